//! Recognises a page that says its own policy is retired, archived,
//! superseded or replaced, and the successor it names (a URL or a policy
//! number). Pure.
//!
//! The rule is about sentence structure, not phrases: a sentence whose
//! subject is the page itself ("this policy", "this page", "this
//! guideline") in a passive or copular retirement form ("has been retired",
//! "was superseded", "is no longer in effect"), or a publisher that retired
//! "this policy". A page that *replaces* another ("This policy replaces
//! MP-100") or mentions another retired document is not retired itself.
//! The successor is looked for in that sentence and the two after it.

use std::sync::LazyLock;

use regex::Regex;

/// What a retirement notice says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retirement {
    /// The sentence that says so, as on the page.
    pub notice: String,
    /// The URL or policy number the page points to instead, if any.
    pub successor: Option<String>,
}

/// Sentences after the notice searched for its successor.
const SUCCESSOR_WINDOW: usize = 2;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| unreachable!("static regex: {error}"))
}

/// The page speaking of itself in a retirement form.
static SELF_RETIRED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)this\s+(?:(?:medical|clinical|coverage|payment|reimbursement|corporate|practice|position|policy|web)\s+)?(?:policy|page|document|guideline|guidance|bulletin|statement|article|opinion|position)(?:\s+\([^)]{0,40}\))?\s+(?:has\s+been|had\s+been|was|is\s+now|is|has\s+now\s+been)\s+(?:officially\s+|permanently\s+|formally\s+)?(?:retired|archived|superseded|replaced|rescinded|withdrawn|discontinued|inactivated|sunset(?:ted)?|no\s+longer\s+(?:active|in\s+effect|effective|current|maintained|valid|in\s+use))(?-u:\b)",
    )
});

/// A publisher retiring the page ("The plan has archived this policy").
static RETIRED_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)(?:has|have|had)\s+(?:retired|archived|rescinded|withdrawn|superseded|replaced)\s+this\s+(?:policy|page|document|guideline|guidance|bulletin|statement|opinion)(?-u:\b)",
    )
});

static URL: LazyLock<Regex> = LazyLock::new(|| compile(r#"https?://[^\s<>"'()\[\]]+"#));

/// A word that introduces the successor, then (in the same sentence) an
/// identifier: letters and digits ("MP-310", "CP.MP.145", "L34567").
static NAMED_SUCCESSOR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?-u:\b)(?i:see|consult|refer\s+to|replaced\s+by|superseded\s+by|successor|new\s+policy|current\s+policy|moved\s+(?:to|into)|now\s+(?:in|under|addressed\s+in)|incorporated\s+into|consolidated\s+into|merged\s+into|combined\s+into)[^.;:]{0,60}?(?-u:\b)([A-Z][A-Za-z]{0,7}(?:[-. ][A-Z]{1,4})*[-. ]?\d[\d.\-]*[A-Za-z]?|(?i:policy)\s+(?:(?i:number|no\.?|#)\s*)?\d[\d.\-]*)(?-u:\b)",
    )
});

/// Whether `text` says its own policy is retired, and what replaces it.
/// `own_numbers` are the page's own policy numbers, never its successor.
pub fn retirement(text: &str, own_numbers: &[&str]) -> Option<Retirement> {
    let sentences = sentences(text);
    let index = sentences
        .iter()
        .position(|sentence| says_itself_retired(sentence) || RETIRED_BY.is_match(sentence))?;
    let window = &sentences[index..sentences.len().min(index + 1 + SUCCESSOR_WINDOW)];
    Some(Retirement {
        notice: sentences[index].to_string(),
        successor: successor(window, own_numbers),
    })
}

/// A retirement form whose subject is the page itself: "this policy" not
/// governed by a preposition ("the previous version of this policy was
/// retired" is about an earlier version, not this page).
fn says_itself_retired(sentence: &str) -> bool {
    SELF_RETIRED.find_iter(sentence).any(|found| {
        let before = sentence[..found.start()].trim_end();
        let last_word = before
            .rsplit(|character: char| !character.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        !PREPOSITIONS.contains(&last_word.as_str())
    })
}

/// Words that make "this policy" their object rather than the subject.
const PREPOSITIONS: [&str; 12] = [
    "of", "to", "in", "from", "by", "under", "for", "with", "into", "than", "within", "about",
];

/// The first URL in the window, else the first identifier a successor word
/// introduces that is not the page's own number.
fn successor(window: &[&str], own_numbers: &[&str]) -> Option<String> {
    for sentence in window {
        if let Some(url) = URL.find(sentence) {
            return Some(
                url.as_str()
                    .trim_end_matches(['.', ',', ';', ':'])
                    .to_string(),
            );
        }
    }
    let is_own = |candidate: &str| {
        let normal = normalize_number(candidate);
        own_numbers
            .iter()
            .any(|own| normalize_number(own) == normal)
    };
    window.iter().find_map(|sentence| {
        NAMED_SUCCESSOR
            .captures_iter(sentence)
            .filter_map(|captures| captures.get(1))
            .map(|found| found.as_str().trim_end_matches(['.', '-']).to_string())
            .find(|candidate| !is_own(candidate))
    })
}

/// "MP 204", "mp-204" and "MP.204" are one number.
fn normalize_number(number: &str) -> String {
    number
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|character| character.to_ascii_lowercase())
        .collect()
}

/// Lines, cut after a sentence's final punctuation when a space follows.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let bytes = line.as_bytes();
        for (at, byte) in bytes.iter().enumerate() {
            if matches!(byte, b'.' | b'!' | b'?')
                && bytes.get(at + 1).is_some_and(u8::is_ascii_whitespace)
            {
                push_trimmed(&mut out, &line[start..=at]);
                start = at + 1;
            }
        }
        push_trimmed(&mut out, &line[start..]);
    }
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, sentence: &'a str) {
    let sentence = sentence.trim();
    if !sentence.is_empty() {
        out.push(sentence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<(&str, Option<&str>)>) {
        let found = retirement(text, &["MP-204"]);
        let found = found
            .as_ref()
            .map(|found| (found.notice.as_str(), found.successor.as_deref()));
        assert_eq!(found, expected, "{text}");
    }

    #[test]
    fn a_retired_policy_with_a_successor_number() {
        check(
            "Medical Policy MP-204\nThis policy has been retired. See policy MP-310 for physical therapy services.",
            Some(("This policy has been retired.", Some("MP-310"))),
        );
    }

    #[test]
    fn an_archived_page_with_a_successor_link() {
        check(
            "Archived content\nEffective January 1, 2026 this guideline was archived and is kept for reference only. The current guideline is at https://plan.example/policies/pt-services.html.",
            Some((
                "Effective January 1, 2026 this guideline was archived and is kept for reference only.",
                Some("https://plan.example/policies/pt-services.html"),
            )),
        );
    }

    #[test]
    fn a_publisher_retiring_the_page_without_a_successor() {
        check(
            "Acme Health Plan has rescinded this policy. Claims are reviewed case by case.",
            Some(("Acme Health Plan has rescinded this policy.", None)),
        );
    }

    #[test]
    fn a_successor_named_two_sentences_later() {
        check(
            "This policy was retired on May 1, 2026. Do not use it for later dates of service. Its content was moved into a wider document, RX-12.4, Rehabilitation Therapies.",
            Some(("This policy was retired on May 1, 2026.", Some("RX-12.4"))),
        );
    }

    #[test]
    fn superseded_by_a_numbered_policy_skips_the_own_number() {
        check(
            "This policy (MP-204) is superseded by CP.MP.145 Physical Therapy.",
            Some((
                "This policy (MP-204) is superseded by CP.MP.145 Physical Therapy.",
                Some("CP.MP.145"),
            )),
        );
    }

    #[test]
    fn a_page_that_replaces_another_or_mentions_one_retired_is_not_retired() {
        check("This policy replaces MP-100, which has been retired.", None);
        check(
            "Policy MP-100 has been replaced by this policy. Dry needling is not covered.",
            None,
        );
        check(
            "This policy has not been retired and remains in effect.",
            None,
        );
        check(
            "The board retired its 2015 guidance on needling last year.",
            None,
        );
        check(
            "The earlier version of this policy was retired on June 1; this revision applies now.",
            None,
        );
        check(
            "The 2019 edition of this guideline was withdrawn, and the text below takes its place.",
            None,
        );
    }
}

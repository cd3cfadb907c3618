//! Splits normalized text into sentences and clauses, and marks the
//! sentences that sit in reference-like sections (references, bibliography,
//! "see also", related policies), which never state a position.

/// A sentence with what the classifier needs to know about where it sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub text: &'a str,
    /// Inside a references / bibliography / see-also / related-links section.
    pub in_references: bool,
    /// The index of the line it came from (tables keep one row per line).
    pub line: usize,
}

const REFERENCE_HEADINGS: &[&str] = &[
    "references",
    "reference",
    "bibliography",
    "sources",
    "citations",
    "works cited",
    "see also",
    "related policies",
    "related policy",
    "related content",
    "related links",
    "related resources",
    "additional resources",
    "other resources",
    "resources",
    "related news",
    "in the news",
    "news",
    "latest news",
    "policy history",
    "history",
    "revision history",
];

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "sec", "secs", "e.g", "i.e", "u.s", "dr", "st", "inc", "co", "corp", "v", "vs",
    "art", "ch", "chap", "stat", "ann", "rev", "reg", "regs", "fig", "al", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pt", "ptr", "mr", "ms",
    "mrs", "n.c", "s.c", "p.l", "c", "h.b", "s.b", "f.s", "n.j.s.a", "admin", "approx", "dept",
    "div", "govt", "para", "pp", "vol", "ed", "eds",
];

/// The sentences of the lines `wanted` accepts, each marked with whether it
/// sits in a reference-like section. Skipping unwanted lines early keeps the
/// classifier fast on long pages that mention the service a few times.
pub fn sentences<'a>(text: &'a str, wanted: impl Fn(&str) -> bool) -> Vec<Sentence<'a>> {
    let mut out = Vec::new();
    let mut in_references = false;
    for (line_index, line) in text.lines().enumerate() {
        if let Some(heading) = heading_kind(line) {
            in_references = heading == HeadingKind::References;
        }
        if !wanted(line) {
            continue;
        }
        for sentence in split_line(line) {
            out.push(Sentence {
                text: sentence,
                in_references,
                line: line_index,
            });
        }
    }
    out
}

#[derive(Debug, PartialEq, Eq)]
enum HeadingKind {
    References,
    Other,
}

/// A short line with no sentence punctuation reads as a heading.
fn heading_kind(line: &str) -> Option<HeadingKind> {
    if line.len() > 120 {
        return None;
    }
    let trimmed = line.trim().trim_end_matches(':');
    let words = trimmed.split_whitespace().count();
    if words == 0 || words > 8 || trimmed.ends_with(['.', '!', '?', ';', ',']) {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphabetic());
    if REFERENCE_HEADINGS.iter().any(|heading| {
        lower == *heading
            || lower
                .strip_prefix(heading)
                .is_some_and(|rest| rest.starts_with([' ', '/', '&', '(']))
    }) {
        Some(HeadingKind::References)
    } else if words <= 6 && !line.contains(" | ") {
        Some(HeadingKind::Other)
    } else {
        None
    }
}

/// Splits one line into sentences at `.`, `!` or `?` followed by a space and
/// a capital, digit or quote, except after known abbreviations and initials.
fn split_line(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if matches!(byte, b'.' | b'!' | b'?') && index + 2 < bytes.len() && bytes[index + 1] == b' '
        {
            let next = line[index + 2..].chars().next().unwrap_or(' ');
            let opens_sentence = next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '"' | '\u{201c}' | '(' | '[');
            if opens_sentence && !(byte == b'.' && ends_with_abbreviation(&line[start..index])) {
                let sentence = line[start..=index].trim();
                if !sentence.is_empty() {
                    out.push(sentence);
                }
                start = index + 2;
                index += 2;
                continue;
            }
        }
        index += 1;
    }
    let rest = line[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

fn ends_with_abbreviation(before_period: &str) -> bool {
    let last_word = before_period
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = last_word.to_lowercase();
    // Single letters are initials ("J. Smith") or list markers ("a.").
    let is_initial = lower.chars().count() == 1 && lower.chars().all(char::is_alphabetic);
    is_initial || ABBREVIATIONS.contains(&lower.as_str())
}

/// Splits a sentence into clauses at semicolons and contrastive joints, so
/// "acupuncture is covered; dry needling is not" is judged part by part.
pub fn clauses(sentence: &str) -> Vec<&str> {
    const JOINTS: &[&str] = &[
        "; ",
        ", but ",
        ", whereas ",
        ", while ",
        " whereas ",
        ", however, ",
        "; however, ",
    ];
    let mut pieces = vec![sentence];
    for joint in JOINTS {
        pieces = pieces
            .into_iter()
            .flat_map(|piece| {
                let lower = piece.to_lowercase();
                if lower.len() != piece.len() {
                    // Lowercasing changed byte offsets; do not split on them.
                    return vec![piece];
                }
                let mut parts = Vec::new();
                let mut last = 0;
                for (position, _) in lower.match_indices(joint) {
                    parts.push(&piece[last..position]);
                    last = position + joint.len();
                }
                parts.push(&piece[last..]);
                parts
            })
            .collect();
    }
    pieces
        .into_iter()
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_periods_but_not_abbreviations() {
        let found: Vec<&str> = split_line(
            "See Sec. 4. Dry needling is allowed. It requires 50 hours, e.g. classroom time.",
        );
        assert_eq!(
            found,
            vec![
                "See Sec. 4.",
                "Dry needling is allowed.",
                "It requires 50 hours, e.g. classroom time."
            ]
        );
    }

    #[test]
    fn reference_sections_are_marked() {
        let text = "Policy\nDry needling is covered.\nReferences\nSmith J. Dry needling is unproven. J Pain. 2019.\nCoding\n20560 | Covered";
        let marks: Vec<(bool, &str)> = sentences(text, |_| true)
            .iter()
            .map(|s| (s.in_references, s.text))
            .collect();
        assert!(marks.contains(&(false, "Dry needling is covered.")));
        assert!(marks.contains(&(true, "Smith J. Dry needling is unproven.")));
        assert!(marks.contains(&(false, "20560 | Covered")));
    }

    #[test]
    fn clauses_split_at_contrasts() {
        assert_eq!(
            clauses("Acupuncture is covered; dry needling is not covered, but massage is."),
            vec![
                "Acupuncture is covered",
                "dry needling is not covered",
                "massage is."
            ]
        );
    }
}

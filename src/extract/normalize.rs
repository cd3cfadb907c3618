//! Whitespace and boilerplate normalization shared by every format.
//!
//! Two texts that a reader would call the same must normalize to the same
//! string, byte for byte: that is what keeps cosmetic edits from becoming
//! events. Every rule here removes something that changes between visits
//! without the page's meaning changing.

use std::sync::LazyLock;

use regex::Regex;

/// Lines that are pure pagination, e.g. "Page 3 of 12" or "- 4 -".
static PAGINATION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+)$")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// Collapses whitespace inside lines, drops empty and pagination-only lines.
pub fn normalize_text(raw: &str) -> String {
    let mut builder = TextBuilder::with_capacity(raw.len());
    for line in raw.lines() {
        builder.push_text(line);
        builder.end_line();
    }
    builder.finish()
}

/// Builds normalized text incrementally: whitespace collapses as text is
/// pushed, and a line that ends empty or as a bare page number is dropped.
/// Extraction writes through this directly, so there is no second pass.
pub struct TextBuilder {
    out: String,
    line_start: usize,
    pending_space: bool,
}

impl TextBuilder {
    pub fn with_capacity(capacity: usize) -> TextBuilder {
        TextBuilder {
            out: String::with_capacity(capacity),
            line_start: 0,
            pending_space: false,
        }
    }

    /// Appends text to the current line; any whitespace (line breaks
    /// included) becomes at most one space between words.
    pub fn push_text(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut run_start: Option<usize> = None;
        let mut index = 0;
        while index < bytes.len() {
            let byte = bytes[index];
            let (width, is_break, is_soft_hyphen) = if byte < 0x80 {
                (
                    1,
                    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c),
                    false,
                )
            } else {
                let character = text[index..].chars().next().unwrap_or(' ');
                let soft = character == '\u{ad}';
                (character.len_utf8(), soft || is_space(character), soft)
            };
            if is_break {
                if let Some(start) = run_start.take() {
                    self.push_word(&text[start..index]);
                }
                if !is_soft_hyphen && self.out.len() > self.content_start() {
                    self.pending_space = true;
                }
            } else if run_start.is_none() {
                run_start = Some(index);
            }
            index += width;
        }
        if let Some(start) = run_start {
            self.push_word(&text[start..]);
        }
    }

    fn content_start(&self) -> usize {
        // The line's text starts after the newline that separates it.
        if self.line_start == 0 {
            0
        } else {
            self.line_start + 1
        }
    }

    fn push_word(&mut self, word: &str) {
        if self.out.len() == self.line_start && self.line_start > 0 {
            self.out.push('\n');
        }
        if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        }
        self.out.push_str(word);
    }

    /// Whether the current line has any text yet.
    pub fn line_is_empty(&self) -> bool {
        self.out.len() <= self.content_start()
    }

    /// Ends the current line, dropping it if it is only pagination.
    pub fn end_line(&mut self) {
        self.pending_space = false;
        if self.line_is_empty() {
            self.out.truncate(self.line_start);
            return;
        }
        let start = self.content_start();
        let line = &self.out[start..];
        let volatile = VOLATILE.is_match(line) || has_long_hex_run(line);
        if volatile && !SCRUBS.iter().any(|scrub| scrub.is_match(line)) {
            // Nothing to scrub ("consider" holds "sid"): the rewrite below
            // would only drop a dangling "?" or "&" and an empty line, done
            // here in place instead of through two copies.
            while self.out.ends_with(['?', '&']) && self.out.len() > start {
                self.out.pop();
            }
            let kept = self.out[start..]
                .trim_matches(|c: char| c == '|' || c == '-' || c == ':' || c.is_whitespace());
            if !kept.chars().any(char::is_alphanumeric) {
                self.out.truncate(self.line_start);
                return;
            }
        } else if volatile {
            let scrubbed = scrub_volatile(&self.out[start..]);
            self.out.truncate(start);
            self.out.push_str(&scrubbed);
            if scrubbed.is_empty() {
                self.out.truncate(self.line_start);
                return;
            }
        }
        if looks_like_pagination(&self.out[start..]) {
            self.out.truncate(self.line_start);
            return;
        }
        self.line_start = self.out.len();
    }

    pub fn finish(mut self) -> String {
        self.end_line();
        self.out
    }
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| unreachable!("static regex {pattern}: {error}"))
}

/// Anything that may be boilerplate changing on every visit; lines without
/// it skip the rewriting below.
static VOLATILE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)printed|generated|retrieved|accessed|downloaded|rendered|page\s+\d|visitor|views|hits|session|sid|token|csrf|nonce|utm_|fbclid|gclid",
    )
});

/// What changes between visits without the page changing: print and
/// retrieval stamps, "Page 3 of 12", visitor counters, session tokens,
/// tracking parameters in shown links, long random identifiers.
static SCRUBS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)(?-u:\b)(?:this\s+)?(?:page\s+|document\s+)?(?:was\s+)?(?:printed|generated|retrieved|accessed|downloaded|rendered)\s*(?:on|at)?\s*:?\s*[A-Za-z0-9 ,:/.\-]{0,40}?(?:(?:19|20)\d\d|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)(?:\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,4}(?-u:\b))?",
        r"(?i)(?-u:\b)page\s+\d+\s*(?:of|/)\s*\d+(?-u:\b)",
        r"(?i)(?-u:\b)(?:page\s+)?(?:visitors?|views|hits|visits)(?:\s+count)?\s*(?:since\s+[A-Za-z0-9 ,]+?)?\s*:?\s*[\d,]+(?-u:\b)",
        r"(?i)(?-u:\b)[\d,]+\s+(?:visitors|views|hits|page\s+views)(?-u:\b)",
        r"(?i)(?-u:\b)(?:session(?:\s*id)?|sid|token|csrf|nonce|jsessionid|phpsessid)\s*[:=]\s*[A-Za-z0-9._~+/=\-]{8,}",
        r"(?i)([?&])(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|_ga|_gl)=[^&\s]*&?",
        r"(?-u:\b)[0-9a-f]{24,}(?-u:\b)",
    ]
    .iter()
    .map(|pattern| compile(pattern))
    .collect()
});

/// 24 or more hex digits in a row: a token or an identifier, not prose.
fn has_long_hex_run(line: &str) -> bool {
    let mut run = 0;
    for byte in line.bytes() {
        if byte.is_ascii_hexdigit() {
            run += 1;
            if run >= 24 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// `line` without its volatile parts, whitespace re-collapsed.
fn scrub_volatile(line: &str) -> String {
    let mut text = std::borrow::Cow::Borrowed(line);
    for scrub in SCRUBS.iter() {
        // Repeated: adjacent tracking parameters share their separators.
        for _ in 0..8 {
            match scrub.replace_all(&text, "$1") {
                std::borrow::Cow::Owned(replaced) => text = std::borrow::Cow::Owned(replaced),
                std::borrow::Cow::Borrowed(_) => break,
            }
        }
    }
    let mut cleaned = collapse_whitespace(&text);
    // A shown link that lost all its parameters keeps no dangling "?".
    while cleaned.ends_with(['?', '&']) {
        cleaned.pop();
    }
    let trimmed =
        cleaned.trim_matches(|c: char| c == '|' || c == '-' || c == ':' || c.is_whitespace());
    if trimmed.chars().any(char::is_alphanumeric) {
        cleaned
    } else {
        String::new()
    }
}

/// Cheap pre-check before the regex: pagination lines are short and start
/// with "page", a dash or a digit.
fn looks_like_pagination(line: &str) -> bool {
    line.len() <= 24
        && line
            .as_bytes()
            .first()
            .is_some_and(|byte| matches!(byte, b'p' | b'P' | b'-' | b'0'..=b'9'))
        && PAGINATION_LINE.is_match(line)
}

/// Collapses every run of whitespace (including no-break and zero-width
/// spaces) into one space and drops soft hyphens; trims both ends.
pub fn collapse_whitespace(line: &str) -> String {
    let mut builder = TextBuilder::with_capacity(line.len());
    builder.push_text(line);
    builder.out
}

/// Rejoins sentences that were hard-wrapped across lines (PDF layout, plain
/// text wrapped at 72 columns), undoing end-of-line hyphenation. Headings,
/// list items and table rows keep their own lines.
pub fn reflow(lines: &[&str]) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if is_rule_line(line) {
            // A drawn rule ("-----", "=====") separates; it joins nothing.
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            paragraphs.push(line.to_string());
            continue;
        }
        if current.is_empty() {
            current.push_str(line);
        } else if continues_line(&current, line) {
            if current.ends_with('-') && starts_lowercase(line) {
                current.pop();
            } else {
                current.push(' ');
            }
            current.push_str(line);
        } else {
            paragraphs.push(std::mem::take(&mut current));
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.join("\n")
}

/// A line drawn with one repeated mark, like "--------" or "=======".
fn is_rule_line(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    "-=_*~#\u{2014}\u{2013}\u{2500}".contains(first)
        && line.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && marks.all(|mark| mark == first)
}

fn starts_lowercase(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `next` carries on the sentence that `previous` left open.
fn continues_line(previous: &str, next: &str) -> bool {
    let ends_open = !previous.ends_with(['.', '!', '?', ':', ';']);
    let looks_like_item =
        next.starts_with(['•', '-', '*', '–']) || is_enumerator(next) || next.contains(" | ");
    ends_open
        && !looks_like_item
        && (starts_lowercase(next)
            || previous.ends_with([',', '-'])
            || ends_with_function_word(previous)
            || emphasis_continues(previous, next))
}

/// "... considers dry needling NOT" / "MEDICALLY NECESSARY for ...": a
/// phrase set in capitals for emphasis, wrapped across lines.
fn emphasis_continues(previous: &str, next: &str) -> bool {
    let capitals = |word: &str| word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
    previous
        .split_whitespace()
        .next_back()
        .is_some_and(capitals)
        && previous.split_whitespace().count() > 3
        && next.split_whitespace().next().is_some_and(capitals)
}

/// A line ending in "a", "the", "of", ... cannot end a sentence.
fn ends_with_function_word(line: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "a",
        "an",
        "the",
        "of",
        "to",
        "by",
        "for",
        "and",
        "or",
        "in",
        "on",
        "with",
        "that",
        "under",
        "from",
        "as",
        "is",
        "are",
        "be",
        "not",
        "at",
        "than",
        "which",
        "who",
        "its",
        "within",
        "into",
        "upon",
        "after",
        "before",
        "between",
        "during",
        "per",
        "each",
        "any",
        "such",
        "their",
        "may",
        "must",
        "shall",
        "will",
        "has",
        "have",
        "been",
        "if",
        "including",
        "without",
    ];
    line.rsplit(' ')
        .next()
        .is_some_and(|word| FUNCTION_WORDS.contains(&word))
}

/// "(a) ...", "(3) ...", "(iv) ...": a list enumerator, not a continuation.
fn is_enumerator(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('(') else {
        return false;
    };
    let Some(close) = rest.find(')') else {
        return false;
    };
    close <= 4 && rest[..close].chars().all(|c| c.is_ascii_alphanumeric())
}

pub fn is_space(character: char) -> bool {
    character.is_whitespace()
        || matches!(
            character,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(normalize_text(input), expected, "input: {input:?}");
    }

    #[test]
    fn whitespace_of_every_kind_collapses() {
        check("  a \u{a0}\u{2003} b\t\tc  ", "a b c");
        check("zero\u{200b}width", "zero width");
        check("soft\u{ad}hyphen", "softhyphen");
    }

    #[test]
    fn empty_lines_go() {
        check("\n\n a \n\n\n b \n", "a\nb");
    }

    #[test]
    fn wrapped_sentences_rejoin() {
        assert_eq!(
            reflow(&[
                "Physical therapists may not perform dry needling until the Board",
                "adopts rules. It is investi-",
                "gational.",
                "",
                "- item one",
                "- item two"
            ]),
            "Physical therapists may not perform dry needling until the Board adopts rules. It is investigational.\n- item one\n- item two"
        );
    }

    #[test]
    fn drawn_rules_separate_and_numbers_after_an_open_line_continue_it() {
        assert_eq!(
            reflow(&[
                "NAC 640.680 Dry needling: definitions;",
                "----------------------------------",
                "HISTORY NOTE (not part of the rule)",
                "==================================",
                "A therapist shall provide it to the Board within",
                "14 days after a request.",
            ]),
            "NAC 640.680 Dry needling: definitions;\n----------------------------------\n\
             HISTORY NOTE (not part of the rule)\n==================================\n\
             A therapist shall provide it to the Board within 14 days after a request."
        );
    }

    #[test]
    fn volatile_boilerplate_is_scrubbed() {
        check(
            "Dry needling policy. Page printed on November 26, 2026 at 10:32 PM EST",
            "Dry needling policy.",
        );
        check("Printed: 11/26/2026 22:32", "");
        check("Visitors: 48,213", "");
        check("Policy text | Page 3 of 12", "Policy text |");
        check(
            "See https://example.org/policy?utm_source=mail&utm_medium=email",
            "See https://example.org/policy",
        );
        check("Session ID: 8f3a9c2e77b1d40a | Home", "| Home");
        check(
            "Effective date: January 1, 2026",
            "Effective date: January 1, 2026",
        );
        check(
            "This policy was reviewed on March 3, 2025.",
            "This policy was reviewed on March 3, 2025.",
        );
    }

    #[test]
    fn pagination_lines_go() {
        check(
            "Policy text\nPage 2 of 7\n- 3 -\n4/9\nmore",
            "Policy text\nmore",
        );
        check("See page 2 of the act.", "See page 2 of the act.");
    }
}

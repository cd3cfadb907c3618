//! Splits normalized text into sentences and clauses, and marks the
//! sentences that sit in reference-like sections (references, bibliography,
//! "see also", related policies), which never state a position.

use super::vocabulary;

/// A sentence with what the classifier needs to know about where it sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub text: &'a str,
    /// Inside a references / bibliography / see-also / related-links section.
    pub in_references: bool,
    /// Inside an archived or superseded section: statements of the past.
    pub in_history: bool,
    /// For a short line in a list: the line that introduced the list
    /// ("Not covered:", "The following are investigational:").
    pub lead_in: Option<&'a str>,
    /// The heading of the section it sits in, when that heading gives dates
    /// ("4. Criteria for dates of service on or after 01/01/2027").
    pub dated_section: Option<&'a str>,
    /// The whole line it came from.
    pub line_text: &'a str,
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "sec", "secs", "e.g", "i.e", "u.s", "dr", "st", "inc", "co", "corp", "v", "vs",
    "art", "ch", "chap", "stat", "ann", "rev", "reg", "regs", "fig", "al", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pt", "ptr", "mr", "ms",
    "mrs", "n.c", "s.c", "p.l", "c", "h.b", "s.b", "f.s", "n.j.s.a", "admin", "approx", "dept",
    "div", "govt", "para", "pp", "vol", "ed", "eds",
];

/// Lines kept after a wanted line, so a following "It is ..." can be read.
const CARRY_LINES: usize = 2;
/// The longest line read as a dated lead-in ("For dates of service on or after ...:").
const DATED_LEAD_IN_WORDS: usize = 15;
/// How many lines a list lead-in ("Not covered:") reaches.
const LIST_LINES: usize = 20;

/// The sentences of the lines `wanted` accepts (and of the few lines after
/// each), each marked with whether it sits in a reference-like section.
/// Skipping other lines early keeps the classifier fast on long pages that
/// mention the service a few times.
pub fn sentences<'a>(text: &'a str, wanted: impl Fn(&str) -> bool) -> Vec<Sentence<'a>> {
    let mut out = Vec::new();
    let mut in_references = false;
    let mut in_history = false;
    let mut carry = 0usize;
    let mut dated_section: Option<&'a str> = None;
    // The lead-in, the line it sits on, and the shape of that line's own
    // list marker ("4." in "4. A therapist shall not:").
    // Whether the list is grouped under sub-headings ("E. Alternative
    // services" right after "The following are excluded:"), which then do
    // not end it.
    let mut lead_in: Option<(&'a str, usize, Option<String>)> = None;
    let mut grouped = false;
    for (line_index, line) in text.lines().enumerate() {
        let heading = heading_kind(line);
        let section_title = is_section_title(line);
        if let Some(kind) = &heading {
            in_references = *kind == HeadingKind::References;
            in_history = *kind == HeadingKind::History;
        } else if section_title || (in_references && is_heading_shaped(line)) {
            // A references or resources heading silences its own section
            // only: the next heading, of any length, ends it.
            // "3. Who may perform dry needling" ends a "2. History" section.
            in_references = false;
            in_history = false;
        }
        if heading.is_some() || section_title {
            dated_section = super::timing::has_dates(line).then_some(line);
        } else if line.trim_end().ends_with(':')
            && line.split_whitespace().count() <= DATED_LEAD_IN_WORDS
            && super::timing::has_dates(line)
        {
            // "For dates of service before July 1, 2021:": the paragraphs
            // after it hold for those dates, until the next heading or
            // dated lead-in.
            dated_section = Some(line);
        }
        // Long paragraphs are neither list lead-ins nor items; skip counting them.
        let words = if line.len() > 800 {
            usize::MAX
        } else {
            line.split_whitespace().count()
        };
        let introduces_list =
            words <= 60 && (line.trim_end().ends_with(':') || announces_list(line));
        let is_item = !introduces_list && (is_bulleted(line) || (heading.is_none() && words <= 80));
        // "5." after "4. ... shall not:" is the next section, not an item of its list.
        let sibling = lead_in
            .as_ref()
            .and_then(|(_, _, shape)| shape.as_deref())
            .is_some_and(|shape| marker_shape(line).as_deref() == Some(shape));
        if section_title
            && !introduces_list
            && lead_in
                .as_ref()
                .is_some_and(|(_, start, _)| line_index == start + 1)
        {
            grouped = true;
        } else if (sibling || section_title) && !introduces_list && !grouped {
            // A new numbered section ends the list before it.
            lead_in = None;
        }
        let current_lead_in = match &lead_in {
            Some((text, start, _))
                if is_item && line_index - start <= LIST_LINES * (1 + usize::from(grouped)) =>
            {
                Some(*text)
            }
            _ => None,
        };
        let stance_heading = heading.is_some() && {
            let lower = line.to_ascii_lowercase();
            vocabulary::current()
                .stance_heading_words
                .iter()
                .any(|word| lower.contains(word.as_str()))
        };
        // The line right after a lead-in may be a table's header row.
        let header_slot = lead_in
            .as_ref()
            .is_some_and(|(_, start, _)| line_index == start + 1);
        if introduces_list || stance_heading {
            // The sentence that announces the list, else the line's last.
            let parts = split_line(line);
            let announcing = parts
                .iter()
                .rev()
                .find(|part| part.trim_end().ends_with(':') || announces_list(part))
                .or(parts.last())
                .copied()
                .unwrap_or(line);
            lead_in = Some((announcing, line_index, marker_shape(line)));
            grouped = false;
        } else if !is_item && !header_slot {
            lead_in = None;
            grouped = false;
        }
        if wanted(line) {
            carry = CARRY_LINES;
        } else if carry > 0 {
            carry -= 1;
        } else {
            continue;
        }
        for sentence in split_line(line) {
            out.push(Sentence {
                text: sentence,
                in_references,
                in_history,
                lead_in: current_lead_in,
                dated_section,
                line_text: line,
            });
        }
    }
    out
}

#[derive(Debug, PartialEq, Eq)]
enum HeadingKind {
    References,
    /// "Archived notice", "Superseded guidance": what follows is the past.
    History,
    Other,
}

/// A numbered title such as "2. Position for dates of service through
/// 12/31/2026" or "VII. REVISION HISTORY": short, no sentence punctuation.
fn is_section_title(line: &str) -> bool {
    let trimmed = line.trim();
    is_bulleted(trimmed)
        && trimmed.len() <= 120
        && trimmed.split_whitespace().count() <= 16
        && !trimmed.ends_with(['.', '!', '?', ';', ',', ':'])
        && trimmed
            .split_whitespace()
            .next()
            .is_some_and(|marker| marker.ends_with('.') || marker.ends_with(')'))
}

/// A line shaped like a heading (short, no sentence punctuation, not a list
/// item or table row), however long its words.
fn is_heading_shaped(line: &str) -> bool {
    let trimmed = line.trim();
    let words = trimmed.split_whitespace().count();
    (1..=14).contains(&words)
        && trimmed.len() <= 140
        && trimmed.chars().next().is_some_and(char::is_uppercase)
        && !trimmed.ends_with(['.', '!', ';', ',', ':'])
        && !is_bulleted(trimmed)
        && !trimmed.contains(" | ")
        && !is_date_line(trimmed)
}

/// A short line with no sentence punctuation reads as a heading.
fn heading_kind(line: &str) -> Option<HeadingKind> {
    if is_section_title(line) {
        // "VII. REVISION HISTORY", "4. References": the title after its number.
        let title = line.trim().split_once(char::is_whitespace)?.1;
        return heading_kind(title).filter(|kind| *kind != HeadingKind::Other);
    }
    if line.len() > 120 || is_bulleted(line) || is_date_line(line) {
        return None;
    }
    let trimmed = line.trim().trim_end_matches(':');
    if !trimmed.chars().any(char::is_alphabetic) {
        return None;
    }
    let words = trimmed.split_whitespace().count();
    if words == 0 || words > 12 || trimmed.ends_with(['.', '!', '?', ';', ',']) {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphabetic());
    if vocabulary::current()
        .reference_headings
        .iter()
        .any(|heading| {
            lower == heading
                || lower
                    .strip_prefix(heading.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', '/', '&', '(', ':']))
        })
    {
        Some(HeadingKind::References)
    } else if vocabulary::current()
        .history_heading_words
        .iter()
        .any(|word| lower.contains(word.as_str()))
    {
        Some(HeadingKind::History)
    } else if words <= 6 && !line.contains(" | ") {
        Some(HeadingKind::Other)
    } else {
        None
    }
}

/// Whether a line is a bulleted or numbered list item.
pub fn is_list_item(line: &str) -> bool {
    is_bulleted(line)
}

/// A list item: "\u{2022} ...", "* ...", "- ...", "(5) ...", "a. ...", "3) ...".
fn is_bulleted(line: &str) -> bool {
    let trimmed = line.trim_start();
    if trimmed.starts_with(['\u{2022}', '*', '-', '\u{2013}', '\u{25aa}', '\u{25cf}']) {
        return true;
    }
    let marker = trimmed.split(char::is_whitespace).next().unwrap_or("");
    let inner = marker.trim_start_matches('(').trim_end_matches([')', '.']);
    let numbered = !inner.is_empty()
        && inner.chars().all(|c| c.is_ascii_digit() || c == '.')
        && inner.starts_with(|c: char| c.is_ascii_digit())
        && marker.len() <= 8;
    let lettered = marker.len() <= 5
        && marker.len() > inner.len()
        && !inner.is_empty()
        && inner.len() <= 4
        && (inner.chars().all(|c| c.is_ascii_lowercase())
            || inner.chars().all(|c| "IVXLivxl".contains(c))
            || inner.len() == 1);
    numbered || lettered
}

/// The shape of a line's list marker, digits and letters generalized:
/// "4." and "12." are both "9.", "(a)" and "(c)" both "(a)".
fn marker_shape(line: &str) -> Option<String> {
    if !is_bulleted(line) {
        return None;
    }
    let marker = line.split_whitespace().next()?;
    // "(ii)" under "(b)" is a child: roman numerals get their own class.
    let inner = marker.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let roman = !inner.is_empty() && inner.chars().all(|c| "ivxlcdm".contains(c));
    let mut shape = String::new();
    for character in marker.chars() {
        let class = if roman && character.is_ascii_alphabetic() {
            'i'
        } else if character.is_ascii_digit() {
            '9'
        } else if character.is_ascii_lowercase() {
            'a'
        } else if character.is_ascii_uppercase() {
            'A'
        } else {
            character
        };
        if !(shape.ends_with(class) && class.is_ascii_alphanumeric()) {
            shape.push(class);
        }
    }
    // Bullets repeat at every level once a nested list is flattened; only
    // numbers and letters tell a sibling from a child.
    shape
        .contains(|c: char| c.is_ascii_alphanumeric())
        .then_some(shape)
}

/// "The services listed in this section are not covered", "the following":
/// a sentence that announces the list after it.
fn announces_list(line: &str) -> bool {
    super::doc_matches::is_match(&vocabulary::current().list_announcers, line)
}

/// A line that is only a date ("November 18, 2025"): a byline, not a heading.
fn is_date_line(line: &str) -> bool {
    line.len() <= 30
        && super::timing::dates_in(line).iter().any(|mention| {
            !mention.approximate && mention.end - mention.start + 6 >= line.trim().len()
        })
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
        " but ",
        ", whereas ",
        ", while ",
        " whereas ",
        ", however, ",
        ", although ",
        " although ",
        ", and ",
    ];
    // ASCII lowercasing keeps byte offsets: pieces are ranges into both.
    let lower = sentence.to_ascii_lowercase();
    let mut ranges = vec![(0, sentence.len())];
    for joint in JOINTS {
        ranges = ranges
            .into_iter()
            .flat_map(|(start, end)| {
                let mut parts = Vec::new();
                let mut last = start;
                for (position, _) in lower[start..end].match_indices(joint) {
                    parts.push((last, start + position));
                    last = start + position + joint.len();
                }
                parts.push((last, end));
                parts
            })
            .collect();
    }
    ranges
        .into_iter()
        .map(|(start, end)| sentence[start..end].trim())
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

//! Differences between two versions of a page's normalized text, through
//! `similar`: a unified line diff for terminals and the change log, a
//! word-highlighted form for the HTML report, and a word-level similarity.
//! Pure.

use similar::{ChangeTag, TextDiff};

/// A unified diff with `context` lines around each change.
pub fn unified(old: &str, new: &str, old_label: &str, new_label: &str, context: usize) -> String {
    let old = with_final_newline(old);
    let new = with_final_newline(new);
    TextDiff::from_lines(&old, &new)
        .unified_diff()
        .context_radius(context)
        .header(old_label, new_label)
        .to_string()
}

fn with_final_newline(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

/// Counts of added and removed lines.
pub fn line_counts(old: &str, new: &str) -> (usize, usize) {
    let diff = TextDiff::from_lines(old, new);
    let mut added = 0;
    let mut removed = 0;
    for change in diff.iter_all_changes() {
        match change.tag() {
            ChangeTag::Insert => added += 1,
            ChangeTag::Delete => removed += 1,
            ChangeTag::Equal => {}
        }
    }
    (added, removed)
}

/// Share of words the two texts have in common, 0.0 to 1.0. Word level
/// because a line-level ratio drops to 0 when every line was reflowed.
pub fn word_similarity(old: &str, new: &str) -> f32 {
    if old.is_empty() && new.is_empty() {
        return 1.0;
    }
    TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_unicode_words(old, new)
        .ratio()
}

/// What a line of the highlighted diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineTag {
    Same,
    Added,
    Removed,
}

/// One line of a highlighted diff: segments flagged `true` are the words that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    pub tag: LineTag,
    pub segments: Vec<(bool, String)>,
}

/// Changed lines with the changed words marked, plus up to `context`
/// unchanged lines around each change; `None` marks skipped lines.
pub fn highlighted(old: &str, new: &str, context: usize) -> Vec<Option<DiffLine>> {
    let old = with_final_newline(old);
    let new = with_final_newline(new);
    let diff = TextDiff::from_lines(&old, &new);
    let mut out = Vec::new();
    for (group_index, group) in diff.grouped_ops(context).iter().enumerate() {
        if group_index > 0 {
            out.push(None);
        }
        for op in group {
            for change in diff.iter_inline_changes(op) {
                let tag = match change.tag() {
                    ChangeTag::Equal => LineTag::Same,
                    ChangeTag::Insert => LineTag::Added,
                    ChangeTag::Delete => LineTag::Removed,
                };
                let segments = change
                    .iter_strings_lossy()
                    .map(|(emphasized, text)| (emphasized, text.trim_end_matches('\n').to_string()))
                    .filter(|(_, text)| !text.is_empty())
                    .collect();
                out.push(Some(DiffLine { tag, segments }));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unified_diff_shows_the_changed_line() {
        let diff = unified("a\nb\nc", "a\nB\nc", "v1", "v2", 1);
        assert!(diff.contains("-b\n+B\n"), "{diff}");
        assert!(diff.starts_with("--- v1\n+++ v2\n"));
    }

    #[test]
    fn counts_and_similarity() {
        assert_eq!(line_counts("a\nb\n", "a\nc\nd\n"), (2, 1));
        assert!(word_similarity("one two three four", "one two three five") > 0.7);
        assert!(word_similarity("alpha beta", "gamma delta") < 0.5);
        assert_eq!(word_similarity("", ""), 1.0);
    }

    #[test]
    fn highlighting_marks_only_the_changed_word() {
        let lines = highlighted(
            "Dry needling is covered.",
            "Dry needling is not covered.",
            0,
        );
        let added = lines
            .iter()
            .flatten()
            .find(|line| line.tag == LineTag::Added)
            .unwrap();
        let emphasized: Vec<&str> = added
            .segments
            .iter()
            .filter(|(flag, _)| *flag)
            .map(|(_, text)| text.as_str())
            .collect();
        assert_eq!(emphasized.concat().trim(), "not");
    }
}

//! Text helpers of change detection: date-only edits, and diffs cut to size.

use std::sync::LazyLock;

use regex::Regex;

use super::MAX_DIFF_BYTES;

/// Whether the two texts differ only in dates (a revised or reviewed stamp).
pub(super) fn only_dates_changed(old: &str, new: &str) -> bool {
    static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(?-u:\b)")
            .unwrap_or_else(|error| unreachable!("static regex: {error}"))
    });
    DATE_LIKE.replace_all(old, "<date>") == DATE_LIKE.replace_all(new, "<date>")
}

pub(super) fn truncate(mut text: String) -> String {
    if text.len() > MAX_DIFF_BYTES {
        let mut cut = MAX_DIFF_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text.push_str("\n… (diff truncated; `needlewatch diff` shows all of it)\n");
    }
    text
}

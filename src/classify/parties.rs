//! Who else a page speaks of: other states and jurisdictions, and Medicare
//! quoted on a plan's page. A clause about them states nothing about this
//! page's own state or plan.

use super::doc_matches;
use super::vocabulary;

/// The state a board page is about: the one it names most, counting the
/// first one named (usually in the page's own title) twice more.
pub(super) fn home_state(text: &str) -> Option<&str> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (index, found) in vocabulary::current().state_name.find_iter(text).enumerate() {
        *counts.entry(found.as_str()).or_default() += if index == 0 { 3 } else { 1 };
    }
    counts
        .into_iter()
        .max_by_key(|&(name, count)| (count, std::cmp::Reverse(name)))
        .map(|(name, _)| name)
}

/// A clause about another state's rules ("Oregon physical therapists may
/// not ...", "that state's board") states nothing about this page's state.
pub(super) fn about_another_state<'a>(
    clause: &str,
    home: impl FnOnce() -> Option<&'a str>,
) -> bool {
    let state_name = &vocabulary::current().state_name;
    let named: Vec<&str> = if doc_matches::may_match(state_name, clause) {
        state_name
            .find_iter(clause)
            .map(|found| found.as_str())
            .collect()
    } else {
        Vec::new()
    };
    let lower = clause.to_ascii_lowercase();
    let words = &vocabulary::current().words;
    let elsewhere = words
        .elsewhere
        .iter()
        .any(|phrase| lower.contains(phrase.as_str()))
        || vocabulary::current()
            .patterns
            .other_jurisdictions
            .is_match(&lower);
    if named.is_empty() && !elsewhere {
        return false;
    }
    // "a licensee who also holds a license in a state that permits it":
    // another state's law, even when the clause names this one.
    if words
        .other_state_law
        .iter()
        .any(|phrase| lower.contains(phrase.as_str()))
    {
        return true;
    }
    !home().is_some_and(|home| named.contains(&home))
}

//! What a clause is about besides its stance: whether only assistants or
//! another profession are its subject, whether a limit or subgroup
//! qualifies it, a concession to cut off, an open "whether", and a wait on
//! rulemaking that carries the topic over.

use super::doc_matches;
use super::vocabulary::{self, Patterns};

fn patterns() -> &'static Patterns {
    &vocabulary::current().patterns
}

/// "Whether the guidance still applies ...", "Whether, and on what terms,
/// ...": a question posed without its question mark.
pub fn opens_with_whether(text: &str) -> bool {
    text.trim_start().get(..8).is_some_and(|head| {
        head.eq_ignore_ascii_case("whether ") || head.eq_ignore_ascii_case("whether,")
    })
}

/// A limit, a subgroup or a billing rule qualifies the clause, except
/// "exceeds the scope" and "beyond the Board's authority", which are bans.
pub fn is_qualified(clause: &str) -> bool {
    let vocabulary = vocabulary::current();
    // Lowercased only when a qualifier is found (most clauses have none);
    // ASCII lowercasing keeps byte offsets, so match positions index it.
    let mut lowered: Option<String> = None;
    if !doc_matches::may_match(&vocabulary.qualifier, clause) {
        return false;
    }
    vocabulary.qualifier.find_iter(clause).any(|found| {
        let lower = lowered.get_or_insert_with(|| clause.to_ascii_lowercase());
        // "including but not limited to": a list, not a limit.
        if lower[..found.start()].ends_with("not ") {
            return false;
        }
        let cue = &lower[found.start()..found.end()];
        let after = &lower[found.end()..];
        let near = after.get(..after.len().min(40)).unwrap_or(after);
        !vocabulary.qualifier_positions.iter().any(|(start, words)| {
            cue.starts_with(start.as_str()) && words.iter().any(|word| near.contains(word.as_str()))
        })
    })
}

/// "A PTA may not perform dry needling": a board's status is about
/// physical therapists, and this clause names only their assistants (or
/// aides, technicians, students) or another profession (acupuncturists,
/// chiropractors). A clause that also names the therapist
/// ("may not delegate it to an assistant") is about the therapist.
pub(super) fn about_assistants_only(lower: &str) -> bool {
    let words_list = &vocabulary::current().words;
    let mut others = false;
    let mut therapists = false;
    let mut words = words_of(lower).peekable();
    while let Some(word) = words.next() {
        if contains_word(&words_list.assistants, word)
            || contains_word(&words_list.other_actors, word)
        {
            others = true;
        } else if contains_word(&words_list.therapists, word)
            && !words
                .peek()
                .is_some_and(|next| next.starts_with("assistant"))
        {
            therapists = true;
        }
    }
    others && !therapists
}

/// Whether `text` names physical therapist assistants or aides.
pub fn names_assistants(text: &str) -> bool {
    words_of(&text.to_ascii_lowercase()).any(is_assistant_word)
}

fn is_assistant_word(word: &str) -> bool {
    contains_word(&vocabulary::current().words.assistants, word)
}

/// Whether `word` is one of `list` (whole words, already lowercase).
pub(super) fn contains_word(list: &[String], word: &str) -> bool {
    list.iter().any(|entry| entry == word)
}

/// The alphanumeric words of already-lowercased text.
fn words_of(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
}

pub(super) fn starts_with_until(cue: &str) -> bool {
    cue.get(..5)
        .is_some_and(|head| head.eq_ignore_ascii_case("until"))
}

pub fn concession_removed(clause: &str) -> &str {
    vocabulary::current()
        .words
        .concessions
        .iter()
        .filter_map(|marker| find_ignoring_ascii_case(clause, marker))
        .min()
        .map_or(clause, |cut| &clause[..cut])
}

/// The first position of `needle` (lowercase ASCII) in `haystack`, ignoring
/// ASCII case, without lowercasing a copy.
fn find_ignoring_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    let first = *needle.first()?;
    haystack
        .as_bytes()
        .windows(needle.len())
        .enumerate()
        .filter(|(_, window)| window[0].to_ascii_lowercase() == first)
        .find(|(_, window)| window.eq_ignore_ascii_case(needle))
        .map(|(position, _)| position)
        .filter(|&position| haystack.is_char_boundary(position))
}

/// Whether the text describes a wait on rulemaking ("until the rules are
/// adopted", "rules are pending").
pub fn waits_on_rules(text: &str) -> bool {
    if doc_matches::is_match(&vocabulary::current().board_on_hold, text) {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    patterns().until_program.is_match(&lower)
        || patterns().rulemaking_pending.is_match(&lower)
        || patterns().program_not_yet.is_match(&lower)
}

//! What a negation attaches to inside one clause: a "not" among the words
//! just before a cue, a negated scope ("Nothing in this act prohibits",
//! "neither ... nor", a denial frame), an opening "No", a negation in an
//! auxiliary's slot; and the cues that are not about the service at all (one
//! of two alternatives, a relative clause about another noun).

use super::subjects::contains_word;
use super::vocabulary::{self, Patterns};

fn patterns() -> &'static Patterns {
    &vocabulary::current().patterns
}

/// "permitted or prohibited", "covered or not": the cue is one of two
/// alternatives, which states neither.
pub(super) fn offers_alternatives(after_cue: &str) -> bool {
    let Some(rest) = after_cue
        .trim_start_matches(',')
        .trim_start()
        .strip_prefix("or ")
    else {
        return false;
    };
    let alternative = rest.split_whitespace().next().unwrap_or("");
    vocabulary::current()
        .words
        .stance_alternatives
        .iter()
        .any(|word| alternative.trim_matches(|c: char| !c.is_ascii_alphanumeric()) == word)
}

/// "education, which are covered": a relative clause right before the cue
/// whose antecedent is not the service.
pub(super) fn relative_clause_elsewhere(lower: &str, cue_start: usize) -> bool {
    let before = lower[..cue_start].trim_end();
    let Some(relative) = vocabulary::current()
        .words
        .relative_pronouns
        .iter()
        .filter_map(|pronoun| {
            before
                .rfind(pronoun.as_str())
                .filter(|&at| before[at + pronoun.len()..].split_whitespace().count() <= 2)
        })
        .max()
    else {
        return false;
    };
    let antecedent = lower[..relative].trim_end().trim_end_matches(',');
    let tail_start = antecedent
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(3)
        .map_or(0, |(index, _)| index);
    !vocabulary::current()
        .mention
        .is_match(&antecedent[tail_start..])
}

/// The one-word slot after an auxiliary in a cue ("is not prohibited")
/// holds a negation.
pub(super) fn adverb_is_negation(captures: &regex::Captures<'_>) -> bool {
    captures.iter().skip(1).flatten().any(|slot| {
        let word = slot.as_str().trim().to_ascii_lowercase();
        vocabulary::current().negation_words.contains(&word)
    })
}

/// "Nothing in this chapter ... prohibits ...", "Neither the act nor ...":
/// a scope negation anywhere before the cue in the clause.
pub(super) fn in_negated_scope(lower: &str, position: usize) -> bool {
    let before = &lower[..position];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    // "Nothing in this act prohibits ..." negates the act's reach;
    // "nothing has changed since the opinion" does not.
    let followers = &vocabulary::current().words.scope_negation_followers;
    // "It is not accurate to say that X does not allow ...": the frame denies
    // what it embeds.
    // Every denial frame ends in "that": skip the pattern when there is none.
    (before.contains(" that") && patterns().denial_frame.is_match(before))
        || words.iter().enumerate().any(|(index, word)| {
            *word == "neither"
                || (*word == "nothing"
                    && words
                        .get(index + 1)
                        .is_none_or(|next| contains_word(followers, next)))
        })
        || patterns().negated_verb.find_iter(before).any(|found| {
            // A "not" among the last three words is the local negation that
            // `is_negated` already counts ("is not considered medically necessary").
            before[found.start()..].split_whitespace().count() > 3
        })
}

/// The clause opens with "No ..." or "None ..." (after any "Q:"/"A:" label
/// or quotation mark). "Nothing" and "neither" are scope negations instead.
pub(super) fn opens_with_negation(lower: &str) -> bool {
    let first = lower
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    first != "nothing"
        && first != "neither"
        && vocabulary::current()
            .clause_openers
            .iter()
            .any(|opener| opener == first)
}

/// A negation word among the three words before `position`, not across a
/// comma or colon (which usually starts a new phrase).
pub(super) fn is_negated(lower: &str, position: usize) -> bool {
    let before = &lower[..position];
    let phrase_start = before
        .rfind([',', ':', '(', '|', ';', '\u{2013}', '\u{2014}'])
        .map_or(0, |index| {
            index + before[index..].chars().next().map_or(1, char::len_utf8)
        })
        .max(before.rfind(" - ").map_or(0, |index| index + 3));
    let negations = &vocabulary::current().negation_words;
    let words: Vec<&str> = before[phrase_start..]
        .split_whitespace()
        .rev()
        .take(7)
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    // "no physical therapist in this state may perform": "no" before the
    // subject negates the verb however long the subject is.
    let denied_subject = words.iter().enumerate().any(|(index, word)| {
        *word == "no"
            && index > 0
            && words[..index]
                .iter()
                .any(|subject| contains_word(&vocabulary::current().words.denied_subjects, subject))
    });
    // "with nothing injected", "for no charge": a negation inside a noun
    // phrase after a preposition binds that phrase only.
    let prepositions = &vocabulary::current().words.prepositions;
    denied_subject
        || words.iter().enumerate().take(3).any(|(index, word)| {
            negations.iter().any(|negation| negation == word)
                && !words
                    .get(index + 1)
                    .is_some_and(|before| contains_word(prepositions, before))
        })
}

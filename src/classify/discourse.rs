//! The dialogue forms of board and payer pages: FAQ labels, questions and
//! their "Yes."/"No." answers, and motions with their outcomes.

use crate::model::Status;

use super::vocabulary::{self, Words};

fn words() -> &'static Words {
    &vocabulary::current().words
}

fn has_word(list: &[String], lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|word| list.iter().any(|entry| entry == word))
}

/// Drops an FAQ label ("Q:", "A:", "Question:", "Answer:") or a subject
/// line's ("Re:", "Subject:").
pub(super) fn strip_label(sentence: &str) -> &str {
    let trimmed = sentence.trim_start();
    // Numbered FAQ labels: "Q3.", "Q12:", "Question 4:".
    for prefix in &words().numbered_labels {
        if let Some(head) = trimmed.get(..prefix.len())
            && head.eq_ignore_ascii_case(prefix)
        {
            let rest = &trimmed[prefix.len()..];
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0
                && let Some(after) = rest[digits..].strip_prefix(['.', ':', ')'])
            {
                return after.trim_start();
            }
        }
    }
    for label in &words().labels {
        if let Some(head) = trimmed.get(..label.len())
            && head.eq_ignore_ascii_case(label)
        {
            return trimmed[label.len()..].trim_start();
        }
    }
    sentence
}

/// What a motion proposes: "Motion to issue a statement finding that X" → "X".
pub(super) fn motion_content(sentence: &str) -> Option<&str> {
    let lower = sentence.trim_start().to_ascii_lowercase();
    // "Motion to ...", "It was moved by ...": the motion word among the
    // sentence's first few words.
    let is_motion = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
        .take(MOTION_WORD_REACH)
        .any(|word| {
            words()
                .motion_openings
                .iter()
                .any(|opening| opening == word)
        });
    if !is_motion {
        return None;
    }
    let offset = sentence.len() - sentence.trim_start().len();
    let that = lower
        .match_indices(" that")
        .map(|(position, _)| position)
        .find(|&position| lower[position + 5..].starts_with([' ', ',']))?;
    Some(sentence[offset + that + 6..].trim_start_matches([' ', ',']))
}

/// How far into a sentence its motion word may stand.
const MOTION_WORD_REACH: usize = 4;

/// Whether a sentence reports that the motion before it passed (`true`)
/// or failed (`false`).
pub(super) fn motion_outcome(sentence: &str) -> Option<bool> {
    let lower = sentence.to_ascii_lowercase();
    if has_word(&words().motion_failed, &lower) {
        Some(false)
    } else if has_word(&words().motion_passed, &lower) {
        Some(true)
    } else {
        None
    }
}

/// "Can I start?", "May I offer it?": a question about practising, not about
/// qualifying or paperwork.
pub(super) fn asks_to_practice(question: &str) -> bool {
    has_word(&words().practice_verbs, &question.to_ascii_lowercase())
}

/// "Not yet.", "Not at this time.", "Not quite": an answer that says wait.
pub(super) fn answers_not_yet(body: &str) -> bool {
    let lower = body.trim_start().to_ascii_lowercase();
    if words().not_yet_answers.iter().any(|opening| {
        lower
            .strip_prefix(opening.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '!', ' ']))
    }) {
        return true;
    }
    // A bare "Not" answer of a few words ("Not quite.", "Not for now."):
    // the sentence ends before any condition is stated.
    lower.strip_prefix("not ").is_some_and(|rest| {
        let answer = rest.split(['.', '!', ';']).next().unwrap_or(rest);
        rest.contains(['.', '!', ';'])
            && answer.split_whitespace().count() <= BARE_ANSWER_WORDS
            && !answer.contains(',')
    })
}

/// The most words a bare "Not ..." answer has after "Not".
const BARE_ANSWER_WORDS: usize = 3;

/// "Yes, ..." / "No. ..." opening an answer: the answer, and the rest.
pub(super) fn split_answer(sentence: &str) -> (Option<bool>, &str) {
    let trimmed = sentence.trim_start();
    for (word, yes) in [("yes", true), ("no", false)] {
        if trimmed.len() > word.len()
            && trimmed
                .get(..word.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(word))
            && trimmed[word.len()..].starts_with(['.', ',', ';', ':', '!', ' '])
            && !trimmed[word.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_lowercase())
        {
            let rest = trimmed[word.len()..].trim_start_matches(['.', ',', ';', ':', '!', ' ']);
            return (Some(yes), rest);
        }
    }
    if trimmed.eq_ignore_ascii_case("yes.") || trimmed.eq_ignore_ascii_case("yes") {
        return (Some(true), "");
    }
    if trimmed.eq_ignore_ascii_case("no.") || trimmed.eq_ignore_ascii_case("no") {
        return (Some(false), "");
    }
    (None, sentence)
}

/// A yes/no question turned into the statement it asks about, so its cues
/// read: "May a physical therapist perform dry needling" → "may perform dry
/// needling".
pub(super) fn as_statement(question: &str) -> String {
    vocabulary::current()
        .patterns
        .inverted_question
        .replace(question, "$1 $2")
        .into_owned()
}

pub(super) fn opposite(status: Status) -> Status {
    match status {
        Status::Allowed => Status::NotAllowed,
        Status::NotAllowed => Status::Allowed,
        Status::Covered => Status::NotCovered,
        Status::NotCovered => Status::Covered,
        other => other,
    }
}

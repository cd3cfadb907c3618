//! How legal and policy sentences are built, as far as the clause model
//! needs it: who a clause is about, which act a negation attaches to,
//! whether a duty presupposes permission, whether a clause defines the
//! service or puts it inside physical therapy's scope, and what legal force
//! a sentence carries.
//!
//! Each test here is a statement about sentence structure (actor + modal +
//! negation + act), with its word lists in `vocabulary.toml`; none keys on
//! one document's wording. Pure: text in, answers out.

use super::clause::{Actor, CONDITIONAL, FULL, Force, QUALIFIED, Statement};
use super::vocabulary;

/// How many words after a negation its verb may stand ("shall not be
/// delegated", "may not, under any circumstances, be billed").
const VERB_REACH: usize = 5;

/// Who the clause is about: therapists when it names them, else the
/// assistants or other profession it names, else nobody in particular.
/// `lower` is the clause lowercased.
pub fn actor_of(lower: &str) -> Actor {
    let vocabulary = vocabulary::current();
    if vocabulary.therapist_words.is_match(lower) {
        return Actor::Therapist;
    }
    let names = |list: &[String]| {
        lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| list.iter().any(|entry| entry == word))
    };
    if names(&vocabulary.words.assistants) {
        Actor::Assistant
    } else if names(&vocabulary.words.other_actors) {
        Actor::OtherProfession
    } else {
        Actor::Unspecified
    }
}

/// Whether the negation (or prohibition cue) that ends at `cue_end` binds a
/// side act rather than the service: "shall not be delegated", "may not be
/// billed as acupuncture", "shall not perform dry needling beyond the
/// therapist's training". The act a "not" attaches to is the first verb
/// after it; a competence bound anywhere after the cue limits, not bans.
pub fn negates_side_act(lower: &str, cue_start: usize, cue_end: usize) -> bool {
    let vocabulary = vocabulary::current();
    let cue = &lower[cue_start..cue_end.min(lower.len())];
    if vocabulary.side_acts.is_match(cue) {
        return true;
    }
    let after = &lower[cue_end.min(lower.len())..];
    if vocabulary.competence_limit.is_match(cue) || vocabulary.competence_limit.is_match(after) {
        return true;
    }
    // The first words after the cue: skip auxiliaries and adverbs to the verb.
    let window_end = after
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(VERB_REACH)
        .map_or(after.len(), |(index, _)| index);
    let window = &after[..window_end];
    // A side act in the window that comes before any mention of the
    // service is the verb the negation binds.
    let side = vocabulary.side_acts.find(window).map(|found| found.start());
    let service = vocabulary.mention.find(window).map(|found| found.start());
    match (side, service) {
        (Some(side), Some(service)) => side < service,
        (Some(_), None) => true,
        _ => false,
    }
}

/// "A physical therapist who performs dry needling shall complete 50 hours
/// of training and document consent": an obligation placed on those who do
/// the service, which presupposes they may. `lower` is the clause
/// lowercased; the caller has checked the clause is about the service and
/// states no permission or prohibition of its own.
pub fn places_duty_on_practitioners(lower: &str) -> bool {
    let vocabulary = vocabulary::current();
    let Some(modal) = vocabulary.duty_modals.find(lower) else {
        return false;
    };
    // "is not required to": the absence of a duty, not a duty (the
    // negation may stand before the modal or inside it).
    let is_negation = |word: &str| {
        vocabulary::current()
            .negation_words
            .iter()
            .any(|negation| negation == word)
    };
    let before = &lower[..modal.start()];
    if before.split_whitespace().rev().take(2).any(is_negation)
        || lower[modal.start()..modal.end()]
            .split_whitespace()
            .any(is_negation)
    {
        return false;
    }
    let after = &lower[modal.end()..];
    let negated_modal = after.split_whitespace().next().is_some_and(is_negation);
    !negated_modal && vocabulary.duty_objects.is_match(lower)
}

/// "'Dry needling' means a skilled intervention ...": the clause defines
/// the service, and does not define it as another discipline's practice.
pub fn defines_service(clause: &str, lower: &str) -> bool {
    let vocabulary = vocabulary::current();
    if !vocabulary.definition_verbs.is_match(clause) {
        return false;
    }
    let Some(definition) = vocabulary.definition.find(clause) else {
        return false;
    };
    // The definition must open the clause (after "As used in this section,").
    let lead = &lower[..definition.start()];
    if lead.split_whitespace().count() > 8 {
        return false;
    }
    !vocabulary
        .rival_practice
        .is_match(&lower[definition.end()..])
}

/// "amends the scope of practice to include intramuscular needling",
/// "physical therapy includes ... dry needling": the service placed inside
/// physical therapy. Not when the including thing is another discipline
/// ("acupuncture includes dry needling").
pub fn scope_includes_service(clause: &str, lower: &str) -> bool {
    let vocabulary = vocabulary::current();
    let Some(inclusion) = vocabulary.inclusion.find(clause) else {
        return false;
    };
    let before = &lower[..inclusion.start()];
    // "dry needling, including trigger point dry needling": a list of the
    // service's own names, not an inclusion in physical therapy.
    let recent = before
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(3)
        .map_or(before, |(index, _)| &before[index..]);
    // The scope may be named before ("physical therapy includes ...") or
    // after, as where the service is put ("admit dry needling to the
    // physical therapy scope").
    let after = &lower[inclusion.end()..];
    let placed_after = after
        .trim_start_matches(|c: char| !c.is_ascii_alphabetic())
        .split(" to the ")
        .nth(1)
        .is_some_and(|destination| vocabulary.scope_words.is_match(destination));
    (vocabulary.scope_words.is_match(before) || placed_after)
        && !vocabulary.rival_practice.is_match(lower)
        && !vocabulary.mention.is_match(recent)
}

/// "a trigger point dry needling course is approved if ...", "to specify the
/// qualifications for the practice of dry needling": a rule setting
/// requirements for the service regulates a practice that is allowed.
pub fn regulates_practice(lower: &str) -> bool {
    let vocabulary = vocabulary::current();
    vocabulary.regulated_practice.is_match(lower) && vocabulary.regulatory_verbs.is_match(lower)
}

/// "the legislature did not mean for physical therapy to include dry
/// needling": an inclusion in physical therapy's scope, negated.
pub fn scope_excludes_service(clause: &str, lower: &str) -> bool {
    let Some(inclusion) = vocabulary::current().inclusion.find(clause) else {
        return false;
    };
    scope_includes_service(clause, lower)
        && lower[..inclusion.start()]
            .split_whitespace()
            .rev()
            .take(INCLUSION_NEGATION_REACH)
            .any(|word| {
                vocabulary::current()
                    .negation_words
                    .iter()
                    .any(|negation| negation == word)
            })
}

/// How many words before an inclusion verb its negation may stand ("did
/// not mean for physical therapy to include").
const INCLUSION_NEGATION_REACH: usize = 6;

/// The legal force of a sentence: a bill, proposal or petition that names
/// no enactment is not law; an enactment marker makes it law; anything else
/// is the speaker's current position.
pub fn force_of(lower: &str) -> Force {
    let vocabulary = vocabulary::current();
    // "unless and until a bill is enacted": a bill and an enactment
    // supposed in a subordinate clause, neither reported of the main one.
    let asserted = |found: regex::Match<'_>| {
        !lower[..found.start()]
            .split_whitespace()
            .rev()
            .take(6)
            .any(|word| {
                vocabulary
                    .words
                    .conditionals
                    .iter()
                    .any(|conditional| conditional == word)
            })
    };
    let enacted = vocabulary.enactment_markers.find_iter(lower).any(asserted);
    let proposed = vocabulary.proposal_markers.find_iter(lower).any(asserted);
    if proposed && !enacted {
        Force::Proposal
    } else if enacted {
        Force::Law
    } else {
        Force::Position
    }
}

/// "In 2014, the board stated that ...", "On March 3, 2016 the Attorney
/// General opined ...": a sentence that opens on a date and reports what
/// someone said then is history, whatever it reports.
pub fn reports_the_past(lower: &str) -> bool {
    let trimmed = lower.trim_start();
    let opens_dated = vocabulary::current()
        .words
        .dated_openers
        .iter()
        .any(|preposition| {
            trimmed
                .strip_prefix(preposition.as_str())
                .is_some_and(|rest| {
                    rest.split_whitespace()
                        .take(4)
                        .any(|word| is_year(word.trim_matches(|c: char| !c.is_ascii_digit())))
                })
        });
    if !opens_dated {
        return false;
    }
    // The report verb leads the sentence ("In 2014, the board stated ..."),
    // and what is reported is not an enactment, which stays in force.
    let vocabulary = vocabulary::current();
    let head_end = trimmed
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(REPORT_VERB_REACH)
        .map_or(trimmed.len(), |(index, _)| index);
    vocabulary.past_report_verbs.is_match(&trimmed[..head_end])
        && !vocabulary.enactment_markers.is_match(trimmed)
}

/// How many words into a sentence its report verb may stand.
const REPORT_VERB_REACH: usize = 10;

fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20"))
}

/// "may not be billed using acupuncture codes", "not billed with 97140":
/// a negated billing cue followed by how it is billed is a coding rule, not
/// non-coverage.
pub fn billing_rule(lower: &str, cue_end: usize) -> bool {
    let vocabulary = vocabulary::current();
    let cue_start = lower[..cue_end]
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(3)
        .map_or(0, |(index, _)| index);
    if !lower[cue_start..cue_end].contains("bill") {
        return false;
    }
    let after = lower[cue_end..].trim_start();
    vocabulary
        .words
        .billing_manners
        .iter()
        .any(|manner| after.starts_with(manner.as_str()))
}

/// "until the endorsement appears on your license": a wait on the
/// therapist's own credential, not on the board's program.
pub fn waits_on_own_credential(lower: &str) -> bool {
    let Some(until) = lower.find("until ").or_else(|| lower.find("unless ")) else {
        return false;
    };
    let words = &vocabulary::current().words;
    // "You may not perform it until the endorsement shows as active": the
    // reader's own credential.
    let addressed = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| words.second_person.iter().any(|person| person == word));
    addressed
        || lower[until..]
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
            .any(|word| words.own_credential.iter().any(|own| own == word))
}

/// "Until rules were adopted, therapists could not yet perform it": a wait
/// told in the past tense, over now.
pub fn wait_is_past(lower: &str) -> bool {
    let Some(until) = lower.find("until ") else {
        return false;
    };
    lower[until..].split_whitespace().take(8).any(|word| {
        vocabulary::current()
            .words
            .past_auxiliaries
            .iter()
            .any(|past| past == word)
    })
}

/// A payer's non-coverage for what a covering statement leaves out ("for all
/// other indications", "when the criteria are not met").
pub fn limits_coverage(lower: &str) -> bool {
    vocabulary::current().partial_coverage.is_match(lower)
}

/// A table row about authorization ("Prior authorization | No"): its yes/no
/// cells say nothing about coverage.
pub fn about_authorization(lower: &str) -> bool {
    vocabulary::current().authorization_words.is_match(lower)
}

/// A prohibition worded as a condition on the therapist ("may not perform
/// unless registered", "until completing 50 hours", "an unregistered
/// therapist may not"); a wait on rulemaking is an on-hold instead.
pub(super) fn prohibition_is_a_condition(lower: &str, clause: &str) -> bool {
    let vocabulary = vocabulary::current();
    if vocabulary::current()
        .patterns
        .rulemaking_pending
        .is_match(lower)
    {
        return false;
    }
    if let Some(unless) = lower.find("unless ") {
        !vocabulary.until_rules.is_match(&lower[unless..])
            || vocabulary.until_training.is_match(&lower[unless..])
    } else if let Some(until) = lower.find("until ") {
        let after = &lower[until..];
        // "until Respondent has completed the training required by
        // rule": the first thing waited for is the training.
        let training = vocabulary.until_training.find(after).map(|m| m.start());
        let rules = vocabulary.until_rules.find(after).map(|m| m.start());
        match (training, rules) {
            (Some(training), Some(rules)) => training < rules,
            (Some(_), None) => true,
            _ => false,
        }
    } else {
        vocabulary.conditional_subject.is_match(clause)
    }
}

/// A clause with no permission or prohibition of its own that still implies
/// permission: it puts the service inside physical therapy's scope, places
/// duties on those who perform it, or restricts only a side act
/// (delegation, billing). The statement kind and the weight factor.
pub(super) fn implied_permission(
    clause: &str,
    lower: &str,
    side_acts: i32,
) -> Option<(Statement, f32)> {
    // One pass for the words every implication needs (an inclusion verb, a
    // duty or regulatory verb, "limited to"); most clauses have none.
    if !vocabulary::current().implication_triggers.is_match(lower) {
        return (side_acts > 0).then_some((Statement::Condition, QUALIFIED));
    }
    if scope_includes_service(clause, lower) {
        // Put inside physical therapy's definition or scope: a permission
        // by definition, which grants nothing beyond what it defines.
        Some((Statement::Definition, FULL))
    } else if places_duty_on_practitioners(lower)
        || vocabulary::current()
            .patterns
            .restricted_to_therapists
            .is_match(lower)
        || regulates_practice(lower)
    {
        Some((Statement::Condition, CONDITIONAL))
    } else if side_acts > 0 {
        Some((Statement::Condition, QUALIFIED))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(clause: &str, cue: &str) -> bool {
        let lower = clause.to_ascii_lowercase();
        let start = lower.find(cue).unwrap();
        negates_side_act(&lower, start, start + cue.len())
    }

    #[test]
    fn a_negation_binds_the_first_verb_after_it() {
        assert!(side(
            "Dry needling shall not be delegated to support personnel",
            "shall not"
        ));
        assert!(side(
            "The service may not be billed as acupuncture",
            "may not"
        ));
        assert!(side(
            "A therapist shall not perform dry needling beyond the limits of the therapist's training",
            "shall not perform"
        ));
        // Near-miss: the act negated is the service itself.
        assert!(!side(
            "A physical therapist shall not perform dry needling in this state",
            "shall not perform"
        ));
    }

    #[test]
    fn duties_on_practitioners_presuppose_permission() {
        let duty = |text: &str| places_duty_on_practitioners(&text.to_ascii_lowercase());
        assert!(duty(
            "A physical therapist who performs dry needling shall obtain written consent from each patient"
        ));
        assert!(duty(
            "Licensees must complete 40 hours of instruction before their first dry needling session"
        ));
        assert!(duty(
            "Records of every intramuscular needling treatment are required to be kept for six years"
        ));
        assert!(duty(
            "Every dry needling treatment must be documented in the patient record"
        ));
        // Near-miss: the absence of a duty.
        assert!(!duty(
            "A therapist is not required to register before dry needling"
        ));
    }

    #[test]
    fn definitions_and_inclusions_place_the_service() {
        let defines = |text: &str| defines_service(text, &text.to_ascii_lowercase());
        assert!(defines(
            "\"Dry needling\" means a skilled intervention using a thin filiform needle"
        ));
        assert!(defines(
            "As used in this rule, intramuscular manual therapy means the insertion of needles"
        ));
        assert!(!defines(
            "Dry needling means the insertion of needles and is a form of acupuncture"
        ));
        let includes = |text: &str| scope_includes_service(text, &text.to_ascii_lowercase());
        assert!(includes(
            "The act amends the scope of practice to include intramuscular needling"
        ));
        assert!(includes(
            "The practice of physical therapy includes trigger point dry needling"
        ));
        assert!(!includes(
            "The practice of acupuncture includes dry needling"
        ));
    }

    #[test]
    fn bills_are_not_law_until_enacted() {
        let force = |text: &str| force_of(&text.to_ascii_lowercase());
        assert_eq!(
            force("House Bill 220 would let physical therapists dry needle"),
            Force::Proposal
        );
        assert_eq!(
            force("The bill was signed by the governor on May 3, 2023"),
            Force::Law
        );
        assert_eq!(
            force("Physical therapists may perform dry needling"),
            Force::Position
        );
    }

    #[test]
    fn dated_reports_are_history() {
        assert!(reports_the_past(
            "in 2014, the board stated that dry needling was outside the scope"
        ));
        assert!(!reports_the_past(
            "the board states that dry needling is within the scope"
        ));
    }
}

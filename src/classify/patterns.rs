//! The `[patterns]` of `vocabulary.toml`: the cues that need a regular
//! expression rather than a phrase list, compiled once ("{months}" stands
//! for the month-name alternation).

use regex::Regex;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPatterns {
    months: String,
    date: String,
    date_starts: String,
    date_ends: String,
    year_context: String,
    date_label: String,
    policy_number: String,
    training_hours: String,
    years_of_practice: String,
    other_conditions: String,
    not_yet: String,
    program: String,
    rulemaking_pending: String,
    until_program: String,
    negated_verb: String,
    other_code: String,
    fee: String,
    about_medicare: String,
    own_plan: String,
    inverted_question: String,
    other_jurisdictions: String,
    outside_practice: String,
    denial_frame: String,
    program_not_yet: String,
    conditional_mood: String,
    placed_in_scope: String,
    restricted_to_therapists: String,
    past_status: String,
    grants_to_therapists: String,
}

/// The compiled `[patterns]` of `vocabulary.toml`.
pub struct Patterns {
    pub date: Regex,
    pub date_starts: Regex,
    pub date_ends: Regex,
    pub year_context: Regex,
    pub date_label: Regex,
    pub policy_number: Regex,
    pub training_hours: Regex,
    pub years_of_practice: Regex,
    pub other_conditions: Regex,
    pub not_yet: Regex,
    pub program: Regex,
    pub rulemaking_pending: Regex,
    pub until_program: Regex,
    pub negated_verb: Regex,
    pub other_code: Regex,
    pub fee: Regex,
    pub about_medicare: Regex,
    pub own_plan: Regex,
    pub inverted_question: Regex,
    pub other_jurisdictions: Regex,
    pub outside_practice: Regex,
    pub denial_frame: Regex,
    pub program_not_yet: Regex,
    pub conditional_mood: Regex,
    pub placed_in_scope: Regex,
    pub restricted_to_therapists: Regex,
    pub past_status: Regex,
    pub grants_to_therapists: Regex,
}

pub(super) fn compile_patterns(raw: RawPatterns) -> Result<Patterns, String> {
    let compile = |name: &str, pattern: &str| {
        Regex::new(&pattern.replace("{months}", &raw.months))
            .map_err(|error| format!("pattern {name}: {error}"))
    };
    Ok(Patterns {
        date: compile("date", &raw.date)?,
        date_starts: compile("date_starts", &raw.date_starts)?,
        date_ends: compile("date_ends", &raw.date_ends)?,
        year_context: compile("year_context", &raw.year_context)?,
        date_label: compile("date_label", &raw.date_label)?,
        policy_number: compile("policy_number", &raw.policy_number)?,
        training_hours: compile("training_hours", &raw.training_hours)?,
        years_of_practice: compile("years_of_practice", &raw.years_of_practice)?,
        other_conditions: compile("other_conditions", &raw.other_conditions)?,
        not_yet: compile("not_yet", &raw.not_yet)?,
        program: compile("program", &raw.program)?,
        rulemaking_pending: compile("rulemaking_pending", &raw.rulemaking_pending)?,
        until_program: compile("until_program", &raw.until_program)?,
        negated_verb: compile("negated_verb", &raw.negated_verb)?,
        other_code: compile("other_code", &raw.other_code)?,
        fee: compile("fee", &raw.fee)?,
        about_medicare: compile("about_medicare", &raw.about_medicare)?,
        own_plan: compile("own_plan", &raw.own_plan)?,
        inverted_question: compile("inverted_question", &raw.inverted_question)?,
        other_jurisdictions: compile("other_jurisdictions", &raw.other_jurisdictions)?,
        outside_practice: compile("outside_practice", &raw.outside_practice)?,
        denial_frame: compile("denial_frame", &raw.denial_frame)?,
        program_not_yet: compile("program_not_yet", &raw.program_not_yet)?,
        conditional_mood: compile("conditional_mood", &raw.conditional_mood)?,
        placed_in_scope: compile("placed_in_scope", &raw.placed_in_scope)?,
        past_status: compile("past_status", &raw.past_status)?,
        grants_to_therapists: compile("grants_to_therapists", &raw.grants_to_therapists)?,
        restricted_to_therapists: compile(
            "restricted_to_therapists",
            &raw.restricted_to_therapists,
        )?,
    })
}

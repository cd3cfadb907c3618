//! Loads `vocabulary.toml` (embedded at build time) and compiles its phrase
//! lists into matchers. Parsing happens once; a broken vocabulary file is a
//! build-time mistake, caught by this module's tests.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

pub use super::patterns::Patterns;
use super::patterns::{RawPatterns, compile_patterns};

pub(super) const VOCABULARY_TOML: &str = include_str!("vocabulary.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    sections: RawSections,
    service: RawService,
    negation: RawNegation,
    context: RawContext,
    board: RawBoard,
    payer: RawPayer,
    clause: RawClause,
    words: Words,
    qualifier_positions: std::collections::BTreeMap<String, Vec<String>>,
    patterns: RawPatterns,
    jurisdictions: RawJurisdictions,
}

/// Word lists the structural tests compare whole words or openings with
/// (see `[words]` in `vocabulary.toml` for what each is).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub whether_alternatives: Vec<String>,
    pub concessions: Vec<String>,
    pub assistants: Vec<String>,
    pub other_actors: Vec<String>,
    pub therapists: Vec<String>,
    pub denied_subjects: Vec<String>,
    pub scope_negation_followers: Vec<String>,
    pub board_cells_not_allowed: Vec<String>,
    pub board_cells_on_hold: Vec<String>,
    pub board_cells_allowed: Vec<String>,
    pub payer_cells_not_covered: Vec<String>,
    pub payer_cells_covered: Vec<String>,
    pub elsewhere: Vec<String>,
    pub other_state_law: Vec<String>,
    pub labels: Vec<String>,
    pub numbered_labels: Vec<String>,
    pub motion_openings: Vec<String>,
    pub motion_failed: Vec<String>,
    pub motion_passed: Vec<String>,
    pub practice_verbs: Vec<String>,
    pub not_yet_answers: Vec<String>,
    pub that_date: Vec<String>,
    pub relative_pronouns: Vec<String>,
    pub dated_openers: Vec<String>,
    pub conditionals: Vec<String>,
    pub billing_manners: Vec<String>,
    pub own_credential: Vec<String>,
    pub past_auxiliaries: Vec<String>,
    pub second_person: Vec<String>,
    pub stance_alternatives: Vec<String>,
    pub necessity_terms: Vec<String>,
    pub necessity_negators: Vec<String>,
    pub prepositions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJurisdictions {
    names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClause {
    therapist_words: Vec<String>,
    side_acts: Vec<String>,
    competence_limits: Vec<String>,
    competence_bounds: Vec<String>,
    duty_modals: Vec<String>,
    duty_objects: Vec<String>,
    definition_verbs: Vec<String>,
    inclusion_verbs: Vec<String>,
    scope_words: Vec<String>,
    rival_practice: Vec<String>,
    requirement_nouns: Vec<String>,
    regulatory_verbs: Vec<String>,
    restriction_words: Vec<String>,
    proposal_markers: Vec<String>,
    enactment_markers: Vec<String>,
    past_report_verbs: Vec<String>,
    partial_coverage: Vec<String>,
    authorization_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    terms: Vec<String>,
    cpt_codes: Vec<String>,
    other_services: Vec<String>,
    anaphora: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSections {
    reference_headings: Vec<String>,
    history_heading_words: Vec<String>,
    stance_heading_words: Vec<String>,
    list_announcers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNegation {
    words: Vec<String>,
    clause_openers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContext {
    not_statements: Vec<String>,
    historical: Vec<String>,
    qualifiers: Vec<String>,
    speakers: Vec<String>,
    speech_verbs: Vec<String>,
    conditional_subjects: Vec<String>,
    until_rules: Vec<String>,
    until_training: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoard {
    allowed: Vec<String>,
    prohibited: Vec<String>,
    on_hold: Vec<String>,
    no_position: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPayer {
    covered: Vec<String>,
    not_covered: Vec<String>,
    experimental_investigational: Vec<String>,
    not_medically_necessary: Vec<String>,
    benefit_exclusion: Vec<String>,
    no_position: Vec<String>,
    carve_outs: Vec<String>,
}

/// The compiled vocabulary.
pub struct Vocabulary {
    /// Lowercase headings that open a reference-like section.
    pub reference_headings: Vec<String>,
    /// Lowercase words of headings over past (archived, superseded) sections.
    pub history_heading_words: Vec<String>,
    /// Lowercase words that make a short heading a list lead-in.
    pub stance_heading_words: Vec<String>,
    /// A line that announces the list after it.
    pub list_announcers: Regex,
    pub until_rules: Regex,
    /// A speaker and a speech verb close together: reported views.
    pub reported_speech: Regex,
    pub conditional_subject: Regex,
    /// Any service term or CPT code: one pass to find the lines worth reading.
    pub mention: Regex,
    pub other_services: Regex,
    /// Anaphora at the start of a sentence ("It is ...", "This service ...").
    pub anaphora: Regex,
    pub negation_words: Vec<String>,
    pub clause_openers: Vec<String>,
    pub not_statement: Regex,
    pub historical: Regex,
    pub qualifier: Regex,
    pub until_training: Regex,
    pub board_allowed: Regex,
    pub board_prohibited: Regex,
    pub board_on_hold: Regex,
    pub board_no_position: Regex,
    pub payer_covered: Regex,
    pub payer_not_covered: Regex,
    pub payer_no_position: Regex,
    pub reason_experimental: Regex,
    pub reason_not_necessary: Regex,
    pub reason_exclusion: Regex,
    /// A carve-out phrase directly followed by a service term.
    pub carve_out: Regex,
    pub therapist_words: Regex,
    pub side_acts: Regex,
    /// "beyond their training": a bound and a competence limit together.
    pub competence_limit: Regex,
    pub duty_modals: Regex,
    pub duty_objects: Regex,
    /// A definition verb right after the service's name (quotes allowed).
    pub definition: Regex,
    /// Any definition verb: one pass before the longer pattern.
    pub definition_verbs: Regex,
    /// An inclusion verb right before the service's name.
    pub inclusion: Regex,
    pub scope_words: Regex,
    pub rival_practice: Regex,
    /// A requirement noun attached to the service, either way round.
    pub regulated_practice: Regex,
    pub regulatory_verbs: Regex,
    /// Any word an implied permission needs (inclusion, duty and regulatory
    /// verbs, "limited/restricted/reserved to"): one pass to skip the rest.
    pub implication_triggers: Regex,
    pub proposal_markers: Regex,
    pub enactment_markers: Regex,
    pub past_report_verbs: Regex,
    pub partial_coverage: Regex,
    pub authorization_words: Regex,
    pub words: Words,
    /// A qualifier's start and the words right after it that make it a position.
    pub qualifier_positions: Vec<(String, Vec<String>)>,
    pub patterns: Patterns,
    /// Any state's (or DC's) name; longest first so "West Virginia" wins.
    pub state_name: Regex,
}

pub static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    Vocabulary::parse(VOCABULARY_TOML)
        .unwrap_or_else(|error| panic!("the embedded vocabulary.toml is broken: {error}"))
});

thread_local! {
    /// A vocabulary standing in for the embedded one on this thread, for
    /// the ablation benchmark (see `with_vocabulary`).
    static OVERRIDE: std::cell::Cell<Option<&'static Vocabulary>> =
        const { std::cell::Cell::new(None) };
}

/// The vocabulary in use: the embedded one, unless `with_vocabulary` put
/// another in place on this thread.
pub fn current() -> &'static Vocabulary {
    OVERRIDE.with(std::cell::Cell::get).unwrap_or(&VOCABULARY)
}

/// Runs `work` with `vocabulary` in place of the embedded one on this thread.
pub(super) fn with_vocabulary<R>(vocabulary: &'static Vocabulary, work: impl FnOnce() -> R) -> R {
    let previous = OVERRIDE.with(|cell| cell.replace(Some(vocabulary)));
    let result = work();
    OVERRIDE.with(|cell| cell.set(previous));
    result
}

impl Vocabulary {
    pub fn parse(text: &str) -> Result<Vocabulary, String> {
        let raw: RawVocabulary = toml::from_str(text).map_err(|error| error.to_string())?;
        let codes = raw
            .service
            .cpt_codes
            .iter()
            .map(|code| regex::escape(code))
            .collect::<Vec<_>>()
            .join("|");
        let service = phrases(&raw.service.terms)?;
        let compile = |pattern: String| Regex::new(&pattern).map_err(|error| error.to_string());
        let mention = compile(format!(
            "{}|(?-u:\\b)(?:{codes})(?-u:\\b)",
            service.as_str()
        ))?;
        let carve_out = compile(format!(
            "(?i)(?:{})\\s+(?:the\\s+|for\\s+)?(?:{})",
            alternatives(&raw.payer.carve_outs),
            alternatives(&raw.service.terms)
        ))?;
        let anaphora = compile(format!(
            "(?i)^(?:{})(?-u:\\b)",
            alternatives(&raw.service.anaphora)
        ))?;
        Ok(Vocabulary {
            reference_headings: lowercase(raw.sections.reference_headings),
            history_heading_words: lowercase(raw.sections.history_heading_words),
            stance_heading_words: lowercase(raw.sections.stance_heading_words),
            list_announcers: phrases(&raw.sections.list_announcers)?,
            until_rules: phrases(&raw.context.until_rules)?,
            reported_speech: compile(format!(
                "(?i)(?:{})[^.;:]{{0,40}}?(?-u:\\b)(?:{})",
                alternatives(&raw.context.speakers),
                alternatives(&raw.context.speech_verbs)
            ))?,
            conditional_subject: phrases(&raw.context.conditional_subjects)?,
            mention,
            other_services: phrases(&raw.service.other_services)?,
            anaphora,
            negation_words: raw.negation.words,
            clause_openers: raw.negation.clause_openers,
            not_statement: phrases(&raw.context.not_statements)?,
            historical: phrases(&raw.context.historical)?,
            qualifier: phrases(&raw.context.qualifiers)?,
            until_training: phrases(&raw.context.until_training)?,
            board_allowed: phrases(&raw.board.allowed)?,
            board_prohibited: phrases(&raw.board.prohibited)?,
            board_on_hold: phrases(&raw.board.on_hold)?,
            board_no_position: phrases(&raw.board.no_position)?,
            payer_covered: phrases(&raw.payer.covered)?,
            payer_not_covered: phrases(&raw.payer.not_covered)?,
            payer_no_position: phrases(&raw.payer.no_position)?,
            reason_experimental: phrases(&raw.payer.experimental_investigational)?,
            reason_not_necessary: phrases(&raw.payer.not_medically_necessary)?,
            reason_exclusion: phrases(&raw.payer.benefit_exclusion)?,
            carve_out,
            therapist_words: phrases(&raw.clause.therapist_words)?,
            side_acts: phrases(&raw.clause.side_acts)?,
            competence_limit: compile(format!(
                "(?i)(?:{})\\s+(?:[a-z'-]+\\s+){{0,6}}?(?:{})",
                alternatives(&raw.clause.competence_bounds),
                alternatives(&raw.clause.competence_limits)
            ))?,
            duty_modals: phrases(&raw.clause.duty_modals)?,
            duty_objects: phrases(&raw.clause.duty_objects)?,
            definition: compile(format!(
                "(?i)(?:{})[\"'\\x{{201d}}\\x{{2019}})]?\\s*(?:,[^,]{{0,60}},\\s*)?(?:{})",
                alternatives(&raw.service.terms),
                alternatives(&raw.clause.definition_verbs)
            ))?,
            definition_verbs: phrases(&raw.clause.definition_verbs)?,
            inclusion: compile(format!(
                "(?i)(?:{})\\s+(?:the\\s+|of\\s+)?(?:use\\s+of\\s+|practice\\s+of\\s+|performance\\s+of\\s+)?[\"'\\x{{201c}}]?(?:{})",
                alternatives(&raw.clause.inclusion_verbs),
                alternatives(&raw.service.terms)
            ))?,
            scope_words: phrases(&raw.clause.scope_words)?,
            rival_practice: phrases(&raw.clause.rival_practice)?,
            regulated_practice: compile(format!(
                "(?i)(?:{service})\\s+(?:{nouns})|(?:{nouns})\\s+(?:for|in|of)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){{0,3}}?(?:{service})",
                service = alternatives(&raw.service.terms),
                nouns = alternatives(&raw.clause.requirement_nouns),
            ))?,
            regulatory_verbs: phrases(&raw.clause.regulatory_verbs)?,
            implication_triggers: phrases(
                &[
                    &raw.clause.inclusion_verbs[..],
                    &raw.clause.duty_modals[..],
                    &raw.clause.regulatory_verbs[..],
                    &raw.clause.restriction_words[..],
                ]
                .concat(),
            )?,
            proposal_markers: phrases(&raw.clause.proposal_markers)?,
            enactment_markers: phrases(&raw.clause.enactment_markers)?,
            past_report_verbs: phrases(&raw.clause.past_report_verbs)?,
            partial_coverage: phrases(&raw.clause.partial_coverage)?,
            authorization_words: phrases(&raw.clause.authorization_words)?,
            words: raw.words,
            qualifier_positions: raw.qualifier_positions.into_iter().collect(),
            patterns: compile_patterns(raw.patterns)?,
            state_name: {
                let mut names = raw.jurisdictions.names;
                names.sort_by_key(|name| std::cmp::Reverse(name.len()));
                let names: Vec<String> = names.iter().map(|name| regex::escape(name)).collect();
                compile(format!("(?-u:\\b)(?:{})(?-u:\\b)", names.join("|")))?
            },
        })
    }
}

fn lowercase(list: Vec<String>) -> Vec<String> {
    list.into_iter().map(|item| item.to_lowercase()).collect()
}

/// The phrases as one alternation, longest first, each on word boundaries.
fn alternatives(list: &[String]) -> String {
    let mut sorted: Vec<&String> = list.iter().collect();
    sorted.sort_by_key(|phrase| std::cmp::Reverse(phrase.len()));
    sorted
        .iter()
        .map(|phrase| phrase_pattern(phrase))
        .collect::<Vec<_>>()
        .join("|")
}

/// One case-insensitive regex matching any phrase, longest alternatives first
/// so "trigger point dry needling" wins over "dry needling". An empty list
/// matches nothing.
fn phrases(list: &[String]) -> Result<Regex, String> {
    if list.is_empty() {
        return Regex::new(r"[^\s\S]").map_err(|error| error.to_string());
    }
    Regex::new(&format!("(?i)(?:{})", alternatives(list))).map_err(|error| error.to_string())
}

/// The matcher of one phrase, as the lists compile it.
pub(super) fn phrase_matcher(phrase: &str) -> Result<Regex, String> {
    phrases(&[phrase.to_string()])
}

/// Auxiliaries after which one adverb may stand ("may now perform",
/// "is therefore prohibited"). A negation in that slot is caught by the
/// caller, which checks every cue's matched text for negation words.
const AUXILIARIES: &[&str] = &[
    "may", "can", "shall", "must", "is", "are", "was", "were", "will", "be", "been", "not",
];

/// A word written as "stem(ending|ending)": its stem and endings. "(s)"
/// alone is the plural form, handled apart (code descriptors write it
/// literally).
fn inflections(word: &str) -> Option<(&str, &str)> {
    let open = word.find('(')?;
    let inner = word[open + 1..].strip_suffix(')')?;
    (inner.contains('|') && open > 0).then(|| (&word[..open], inner))
}

fn phrase_pattern(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let last = words.len().saturating_sub(1);
    let mut body = String::new();
    for (index, word) in words.iter().enumerate() {
        if *word == "*" {
            // One optional word ("permits a * physical therapist" also
            // matches "permits a licensed physical therapist"), captured so
            // a negation there is noticed.
            body.push_str(r"([a-z-]+\s+)?");
            continue;
        }
        // "fall(s|ing)": one lemma, its endings listed (an empty one makes
        // the bare stem match too: "delegat(e|ed|ing|ion)", "allow(|s)").
        if let Some((stem, endings)) = inflections(word) {
            let escaped = regex::escape(stem);
            let endings: Vec<String> = endings.split('|').map(regex::escape).collect();
            body.push_str(&format!(r"{escaped}(?:{})", endings.join("|")));
            if index == last {
                body.push_str(r"(?-u:\b)");
            }
            if index < last {
                body.push_str(r"\s+");
            }
            continue;
        }
        let optional_plural = word.ends_with("(s)");
        let stem = word.trim_end_matches("(s)");
        let escaped = regex::escape(stem).replace(r"\-", r"[-\s]?");
        let piece = match (optional_plural, index == last) {
            // Code descriptors write the plural literally: "insertion(s)".
            (true, true) => format!(r"{escaped}(?:\(s\)|s?(?-u:\b))"),
            (true, false) => format!(r"{escaped}(?:\(s\)|s)?"),
            (false, true) if stem.chars().last().is_some_and(char::is_alphanumeric) => {
                format!(r"{escaped}(?-u:\b)")
            }
            (false, _) => escaped,
        };
        body.push_str(&piece);
        if index < last {
            body.push_str(r"\s+");
            if words[index + 1] != "*" && AUXILIARIES.contains(&stem.to_ascii_lowercase().as_str())
            {
                // Captured: the only capture groups in cue patterns are these
                // slots, so the caller can check them for a negation.
                body.push_str(r"([a-z]+\s+)?");
            }
        }
    }
    let starts_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
    format!("{}{body}", if starts_word { r"(?-u:\b)" } else { "" })
}

#[cfg(test)]
mod tests;

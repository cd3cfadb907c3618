//! Loads `vocabulary.toml` (embedded at build time) and compiles its phrase
//! lists into matchers. Parsing happens once; a broken vocabulary file is a
//! build-time mistake, caught by this module's tests.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

const VOCABULARY_TOML: &str = include_str!("vocabulary.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    sections: RawSections,
    service: RawService,
    negation: RawNegation,
    context: RawContext,
    board: RawBoard,
    payer: RawPayer,
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
}

pub static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    Vocabulary::parse(VOCABULARY_TOML)
        .unwrap_or_else(|error| panic!("the embedded vocabulary.toml is broken: {error}"))
});

impl Vocabulary {
    fn parse(text: &str) -> Result<Vocabulary, String> {
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
/// so "trigger point dry needling" wins over "dry needling".
fn phrases(list: &[String]) -> Result<Regex, String> {
    Regex::new(&format!("(?i)(?:{})", alternatives(list))).map_err(|error| error.to_string())
}

/// Auxiliaries after which one adverb may stand ("may now perform",
/// "is therefore prohibited"). A negation in that slot is caught by the
/// caller, which checks every cue's matched text for negation words.
const AUXILIARIES: &[&str] = &[
    "may", "can", "shall", "must", "is", "are", "was", "were", "will", "be", "been", "not",
];

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
mod tests {
    use super::*;

    #[test]
    fn the_embedded_vocabulary_parses() {
        let vocabulary = &*VOCABULARY;
        assert!(vocabulary.mention.is_match("Trigger Point Dry Needling"));
        assert!(
            vocabulary
                .mention
                .is_match("needle insertions without injections")
        );
        assert!(vocabulary.mention.is_match("dry-needling"));
        assert!(!vocabulary.mention.is_match("dry needles are sold"));
        assert!(vocabulary.mention.is_match("billed as CPT 20561 only"));
        assert!(vocabulary.mention.is_match("Functional DRY NEEDLING"));
        assert!(!vocabulary.mention.is_match("code 205601"));
        assert!(
            vocabulary
                .carve_out
                .is_match("covered, excluding dry needling")
        );
        assert!(
            vocabulary
                .anaphora
                .is_match("It is considered investigational.")
        );
        assert!(!vocabulary.anaphora.is_match("Items are listed."));
    }

    #[test]
    fn phrases_match_on_word_boundaries() {
        let regex = phrases(&["not covered".to_string()]).unwrap();
        assert!(regex.is_match("is NOT\n covered."));
        assert!(!regex.is_match("knot covered"));
    }
}

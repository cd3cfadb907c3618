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
    service: RawService,
    negation: RawNegation,
    board: RawBoard,
    payer: RawPayer,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    terms: Vec<String>,
    cpt_codes: Vec<String>,
    other_services: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNegation {
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoard {
    allowed: Vec<String>,
    prohibited: Vec<String>,
    on_hold: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPayer {
    covered: Vec<String>,
    not_covered: Vec<String>,
    experimental_investigational: Vec<String>,
    not_medically_necessary: Vec<String>,
    benefit_exclusion: Vec<String>,
}

/// The compiled vocabulary.
pub struct Vocabulary {
    /// Any service term or CPT code: one pass to find the lines worth reading.
    pub mention: Regex,
    pub service: Regex,
    pub cpt_code: Regex,
    pub other_services: Regex,
    pub negation_words: Vec<String>,
    pub board_allowed: Regex,
    pub board_prohibited: Regex,
    pub board_on_hold: Regex,
    pub payer_covered: Regex,
    pub payer_not_covered: Regex,
    pub reason_experimental: Regex,
    pub reason_not_necessary: Regex,
    pub reason_exclusion: Regex,
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
        let mention = Regex::new(&format!(
            "{}|(?-u:\\b)(?:{codes})(?-u:\\b)",
            service.as_str()
        ))
        .map_err(|error| error.to_string())?;
        Ok(Vocabulary {
            mention,
            service,
            cpt_code: Regex::new(&format!(r"(?-u:\b)(?:{codes})(?-u:\b)"))
                .map_err(|error| error.to_string())?,
            other_services: phrases(&raw.service.other_services)?,
            negation_words: raw.negation.words,
            board_allowed: phrases(&raw.board.allowed)?,
            board_prohibited: phrases(&raw.board.prohibited)?,
            board_on_hold: phrases(&raw.board.on_hold)?,
            payer_covered: phrases(&raw.payer.covered)?,
            payer_not_covered: phrases(&raw.payer.not_covered)?,
            reason_experimental: phrases(&raw.payer.experimental_investigational)?,
            reason_not_necessary: phrases(&raw.payer.not_medically_necessary)?,
            reason_exclusion: phrases(&raw.payer.benefit_exclusion)?,
        })
    }
}

/// One case-insensitive regex matching any phrase, longest alternatives first
/// so "trigger point dry needling" wins over "dry needling".
fn phrases(list: &[String]) -> Result<Regex, String> {
    let mut sorted: Vec<&String> = list.iter().collect();
    sorted.sort_by_key(|phrase| std::cmp::Reverse(phrase.len()));
    let alternatives: Vec<String> = sorted.iter().map(|phrase| phrase_pattern(phrase)).collect();
    let pattern = format!("(?i)(?:{})", alternatives.join("|"));
    Regex::new(&pattern).map_err(|error| format!("{error}"))
}

fn phrase_pattern(phrase: &str) -> String {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|word| {
            let optional_plural = word.ends_with("(s)");
            let stem = word.trim_end_matches("(s)");
            let escaped = regex::escape(stem).replace(r"\-", r"[-\s]?");
            if optional_plural {
                format!("{escaped}s?")
            } else {
                escaped
            }
        })
        .collect();
    let body = words.join(r"\s+");
    let starts_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
    let ends_word = phrase
        .trim_end_matches("(s)")
        .chars()
        .last()
        .is_some_and(char::is_alphanumeric);
    format!(
        "{}{body}{}",
        if starts_word { r"(?-u:\b)" } else { "" },
        if ends_word { r"(?-u:\b)" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_vocabulary_parses() {
        let vocabulary = &*VOCABULARY;
        assert!(vocabulary.service.is_match("Trigger Point Dry Needling"));
        assert!(
            vocabulary
                .service
                .is_match("needle insertions without injections")
        );
        assert!(vocabulary.service.is_match("dry-needling"));
        assert!(!vocabulary.service.is_match("dry needles are sold"));
        assert!(vocabulary.cpt_code.is_match("CPT 20561"));
        assert!(vocabulary.mention.is_match("billed as CPT 20561 only"));
        assert!(vocabulary.mention.is_match("Functional DRY NEEDLING"));
        assert!(!vocabulary.cpt_code.is_match("205601"));
    }

    #[test]
    fn phrases_match_on_word_boundaries() {
        let regex = phrases(&["not covered".to_string()]).unwrap();
        assert!(regex.is_match("is NOT\n covered."));
        assert!(!regex.is_match("knot covered"));
    }
}

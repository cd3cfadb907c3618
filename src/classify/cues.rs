//! The cue inventory of `vocabulary.toml`, for checking that the classifier
//! reads rather than remembers: every cue with the list it belongs to, a
//! matcher for it, and a way to classify with some cues taken out (the
//! ablation figure of the benchmark).
//!
//! The names of the service (its synonyms and CPT codes) and the list of
//! jurisdiction names are names, not cues, and are left out.

use regex::Regex;

use super::vocabulary::{self, VOCABULARY_TOML, Vocabulary, phrase_matcher};

/// Lists that name things rather than cue a reading.
const NAMES: &[&str] = &["service.terms", "service.cpt_codes", "jurisdictions.names"];

/// One cue: a phrase of a list, or a named pattern.
pub struct Cue {
    /// "board.allowed", "patterns.fee", ...
    pub list: String,
    pub phrase: String,
    matcher: Regex,
}

impl Cue {
    pub fn matches(&self, text: &str) -> bool {
        self.matcher.is_match(text)
    }
}

/// Every cue of the embedded vocabulary.
pub fn all() -> Result<Vec<Cue>, String> {
    let table: toml::Table = toml::from_str(VOCABULARY_TOML).map_err(|error| error.to_string())?;
    let months = table
        .get("patterns")
        .and_then(|patterns| patterns.get("months"))
        .and_then(toml::Value::as_str)
        .unwrap_or_default()
        .to_string();
    let mut cues = Vec::new();
    walk(&table, "", &mut |list, value| {
        if NAMES.contains(&list) || list == "patterns.months" {
            return Ok(());
        }
        match value {
            toml::Value::String(pattern) if list.starts_with("patterns.") => {
                let matcher = Regex::new(&pattern.replace("{months}", &months))
                    .map_err(|error| format!("{list}: {error}"))?;
                cues.push(Cue {
                    list: list.to_string(),
                    phrase: pattern.clone(),
                    matcher,
                });
            }
            toml::Value::Array(items) => {
                for phrase in items.iter().filter_map(toml::Value::as_str) {
                    cues.push(Cue {
                        list: list.to_string(),
                        phrase: phrase.to_string(),
                        matcher: phrase_matcher(phrase)?,
                    });
                }
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(cues)
}

fn walk(
    table: &toml::Table,
    prefix: &str,
    visit: &mut dyn FnMut(&str, &toml::Value) -> Result<(), String>,
) -> Result<(), String> {
    for (key, value) in table {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner) => walk(inner, &name, visit)?,
            other => visit(&name, other)?,
        }
    }
    Ok(())
}

/// A vocabulary without the given (list, phrase) cues. Patterns cannot be
/// dropped (the code needs every one); phrases can.
pub fn vocabulary_without(dropped: &[(String, String)]) -> Result<Vocabulary, String> {
    let mut table: toml::Table =
        toml::from_str(VOCABULARY_TOML).map_err(|error| error.to_string())?;
    for (list, phrase) in dropped {
        let mut path = list.split('.');
        let Some(first) = path.next() else { continue };
        let mut value = table.get_mut(first);
        for key in path {
            value = value.and_then(|inner| inner.get_mut(key));
        }
        if let Some(toml::Value::Array(items)) = value {
            items.retain(|item| item.as_str() != Some(phrase.as_str()));
        }
    }
    let text = toml::to_string(&table).map_err(|error| error.to_string())?;
    Vocabulary::parse(&text)
}

/// Runs `work` on this thread with `vocabulary` in place of the embedded
/// one. The vocabulary is leaked: this is for benchmarks and tests, which
/// make a handful.
pub fn with_vocabulary<R>(vocabulary: Vocabulary, work: impl FnOnce() -> R) -> R {
    let leaked: &'static Vocabulary = Box::leak(Box::new(vocabulary));
    vocabulary::with_vocabulary(leaked, work)
}

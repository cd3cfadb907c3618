//! The provenance keys of a `[[sources]]` table (`publisher`, `official`,
//! `page`, `stated`, `stated_reason`, `checked`, `evidence`, `states`,
//! `no_official_source`), checked like the other keys: every bad value is a
//! problem with its line.

use std::borrow::Cow;

use toml::Spanned;
use toml::de::DeValue;

use super::Checker;
use crate::config::provenance::{MAX_EVIDENCE_CHARS, Provenance};
use crate::jurisdiction;
use crate::model::{SourceKind, Status};

/// The provenance keys a `[[sources]]` table may hold.
pub(in crate::config) const PROVENANCE_KEYS: &[&str] = &[
    "publisher",
    "official",
    "page",
    "stated",
    "stated_reason",
    "checked",
    "evidence",
    "states",
    "no_official_source",
];

/// The provenance read so far, with the offsets of the values whose fit
/// depends on the source's kind.
#[derive(Default)]
pub(super) struct ProvenanceFields {
    pub provenance: Provenance,
    stated_offset: usize,
    reason_offset: usize,
    states_offset: usize,
}

impl Checker<'_> {
    /// One provenance `key = value`, checked into `fields`.
    pub(super) fn check_provenance_key(
        &mut self,
        key: &Spanned<Cow<'_, str>>,
        value: &Spanned<DeValue<'_>>,
        fields: &mut ProvenanceFields,
    ) {
        let offset = value.span().start;
        let provenance = &mut fields.provenance;
        match key.get_ref().as_ref() {
            "official" => match value.get_ref() {
                DeValue::Boolean(flag) => provenance.official = Some(*flag),
                _ => self.problem(
                    offset,
                    format!(
                        "official must be true or false, found {}",
                        self.snippet(value)
                    ),
                ),
            },
            "states" => {
                fields.states_offset = offset;
                provenance.states = self.check_states(value);
            }
            name => {
                let Some(text) = self.string(key, value) else {
                    return;
                };
                let text = text.to_string();
                match name {
                    "publisher" => provenance.publisher = self.non_empty(name, text, offset),
                    "no_official_source" => {
                        provenance.no_official_source = self.non_empty(name, text, offset)
                    }
                    "page" => match text.parse() {
                        Ok(page) => provenance.page = Some(page),
                        Err(message) => self.problem(offset, message),
                    },
                    "stated" => {
                        fields.stated_offset = offset;
                        match text.parse::<Status>() {
                            Ok(Status::Unknown) | Err(_) => self.problem(
                                offset,
                                format!(
                                    "stated {text:?} is not a position (allowed, not_allowed, on_hold, unclear for a board; covered, not_covered, unclear for a payer)"
                                ),
                            ),
                            Ok(status) => provenance.stated = Some(status),
                        }
                    }
                    "stated_reason" => {
                        fields.reason_offset = offset;
                        match text.parse() {
                            Ok(reason) => provenance.stated_reason = Some(reason),
                            Err(_) => self.problem(
                                offset,
                                format!(
                                    "stated_reason {text:?} is not one of experimental_investigational, not_medically_necessary, benefit_exclusion"
                                ),
                            ),
                        }
                    }
                    "checked" => match text.parse::<jiff::civil::Date>() {
                        Ok(date) if text.len() == 10 => provenance.checked = Some(date),
                        _ => self.problem(
                            offset,
                            format!("checked {text:?} is not a date (YYYY-MM-DD)"),
                        ),
                    },
                    "evidence" => {
                        let length = text.chars().count();
                        if text.trim().is_empty() {
                            self.problem(offset, "evidence is empty".into());
                        } else if length > MAX_EVIDENCE_CHARS {
                            self.problem(
                                offset,
                                format!(
                                    "evidence {:?}… is {length} characters (at most {MAX_EVIDENCE_CHARS}: a short phrase, not a copy of the page)",
                                    text.chars().take(40).collect::<String>()
                                ),
                            );
                        } else {
                            provenance.evidence = Some(text);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// `stated` must be a position of the source's kind, a reason goes with
    /// `not_covered`, and only payers name `states`.
    pub(super) fn check_provenance_fit(&mut self, kind: SourceKind, fields: &ProvenanceFields) {
        let provenance = &fields.provenance;
        if let Some(stated) = provenance.stated
            && !stated.fits(kind)
        {
            self.problem(
                fields.stated_offset,
                format!(
                    "stated {:?} is not a position a {kind} page can take",
                    stated.as_str()
                ),
            );
        }
        if let Some(reason) = provenance.stated_reason
            && provenance.stated != Some(Status::NotCovered)
        {
            self.problem(
                fields.reason_offset,
                format!(
                    "stated_reason {:?} needs stated = \"not_covered\"",
                    reason.as_str()
                ),
            );
        }
        if !provenance.states.is_empty() && kind != SourceKind::Payer {
            self.problem(
                fields.states_offset,
                "states is for payers (a board's subject is its state)".into(),
            );
        }
    }

    fn check_states(&mut self, value: &Spanned<DeValue<'_>>) -> Vec<String> {
        let DeValue::Array(items) = value.get_ref() else {
            self.problem(
                value.span().start,
                format!(
                    "states must be a list of postal codes such as [\"MD\", \"DC\"], found {}",
                    self.snippet(value)
                ),
            );
            return Vec::new();
        };
        let mut states = Vec::new();
        for item in items.iter() {
            let code = match item.get_ref() {
                DeValue::String(text) => jurisdiction::parse(text),
                _ => None,
            };
            match code {
                Some(code) if !states.contains(&code) => states.push(code),
                Some(_) => {}
                None => self.problem(
                    item.span().start,
                    format!(
                        "states: {} is not a US state or DC postal code (e.g. \"MD\")",
                        self.snippet(item)
                    ),
                ),
            }
        }
        states
    }

    fn non_empty(&mut self, name: &str, text: String, offset: usize) -> Option<String> {
        if text.trim().is_empty() {
            self.problem(offset, format!("{name} is empty"));
            return None;
        }
        Some(text)
    }
}

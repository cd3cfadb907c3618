//! The checks behind [`Config::parse`]: a walk over the spanned TOML tree
//! that collects every problem (unknown keys, duplicate ids, bad URLs,
//! selectors, state codes, intervals, out-of-range numbers), each with its
//! line and value, instead of stopping at the first.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use url::Url;

use super::{
    Config, Notify, NotifyFormat, Problem, SETTINGS_KEYS, SOURCE_KEYS, Settings, Source, check_url,
    is_valid_id, parse_interval,
};
use crate::jurisdiction;
use crate::model::SourceKind;

mod fields;
mod provenance;

use fields::SourceFields;

/// Checks config text: the config, or every problem found.
pub(super) fn check(text: &str) -> Result<Config, Vec<Problem>> {
    let line_starts = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(index, _)| index + 1))
        .collect();
    let mut checker = Checker {
        text,
        line_starts,
        problems: Vec::new(),
    };
    let config = checker.check_document();
    if config.sources.is_empty() && checker.problems.is_empty() {
        checker.problem(text.len(), super::NO_SOURCES.into()); // else every crawl silently succeeds
    }
    if checker.problems.is_empty() {
        Ok(config)
    } else {
        Err(checker.problems)
    }
}

struct Checker<'a> {
    text: &'a str,
    /// Byte offset where each line starts, for offset → line lookups.
    line_starts: Vec<usize>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn line_of(&self, offset: usize) -> usize {
        // The number of line starts at or before the offset is the 1-based line.
        self.line_starts.partition_point(|&start| start <= offset)
    }

    fn problem(&mut self, offset: usize, message: String) {
        let line = self.line_of(offset);
        self.problems.push(Problem { line, message });
    }

    fn check_document(&mut self) -> Config {
        let mut config = Config {
            path: None,
            settings: Settings::default(),
            sources: Vec::new(),
            baseline: None,
            notify: None,
        };
        let root = match DeTable::parse(self.text) {
            Ok(root) => root,
            Err(error) => {
                let offset = error.span().map(|span| span.start).unwrap_or(0);
                let message = error.message().trim().to_string();
                self.problem(offset, format!("invalid TOML: {message}"));
                return config;
            }
        };
        for (key, value) in root.get_ref() {
            match key.get_ref().as_ref() {
                "settings" => match value.get_ref() {
                    DeValue::Table(table) => self.check_settings(table, &mut config.settings),
                    _ => self.problem(value.span().start, "[settings] must be a table".into()),
                },
                "notify" => match value.get_ref() {
                    DeValue::Table(table) => config.notify = self.check_notify(table, value.span().start),
                    _ => self.problem(value.span().start, "[notify] must be a table".into()),
                },
                "sources" => match value.get_ref() {
                    DeValue::Array(items) => {
                        let mut first_line_of_id: HashMap<String, usize> = HashMap::new();
                        for item in items.iter() {
                            let DeValue::Table(table) = item.get_ref() else {
                                self.problem(
                                    item.span().start,
                                    "each [[sources]] entry must be a table".into(),
                                );
                                continue;
                            };
                            if let Some(source) =
                                self.check_source(table, item.span().start, &mut first_line_of_id)
                            {
                                config.sources.push(source);
                            }
                        }
                    }
                    _ => self.problem(
                        value.span().start,
                        "`sources` must be an array of tables ([[sources]])".into(),
                    ),
                },
                other => self.problem(
                    key.span().start,
                    format!("unknown top-level key {other:?} (expected [settings], [notify] or [[sources]])"),
                ),
            }
        }
        config
    }

    fn check_settings(&mut self, table: &DeTable<'_>, settings: &mut Settings) {
        for (key, value) in table {
            let offset = value.span().start;
            match key.get_ref().as_ref() {
                "store" => {
                    if let Some(text) = self.string(key, value) {
                        settings.store = PathBuf::from(text);
                    }
                }
                "out" => {
                    if let Some(text) = self.string(key, value) {
                        settings.out = PathBuf::from(text);
                    }
                }
                "user_agent" => {
                    if let Some(text) = self.string(key, value) {
                        if text.trim().is_empty() || text.chars().any(char::is_control) {
                            self.problem(
                                offset,
                                format!("user_agent {text:?} is not a usable header value"),
                            );
                        } else {
                            settings.user_agent = text.to_string();
                        }
                    }
                }
                "concurrency" => {
                    if let Some(number) = self.integer(key, value, 1, 1024) {
                        settings.concurrency = number as usize;
                    }
                }
                "per_host_delay_ms" => {
                    if let Some(number) = self.integer(key, value, 0, 3_600_000) {
                        settings.per_host_delay = Duration::from_millis(number);
                    }
                }
                "timeout_secs" => {
                    if let Some(number) = self.integer(key, value, 1, 3600) {
                        settings.timeout = Duration::from_secs(number);
                    }
                }
                "retries" => {
                    if let Some(number) = self.integer(key, value, 0, 10) {
                        settings.retries = number as u32;
                    }
                }
                "retry_backoff_ms" => {
                    if let Some(number) = self.integer(key, value, 0, 600_000) {
                        settings.retry_backoff = Duration::from_millis(number);
                    }
                }
                "max_body_bytes" => {
                    if let Some(number) = self.integer(key, value, 1024, 1 << 32) {
                        settings.max_body_bytes = number;
                    }
                }
                "respect_robots" => match value.get_ref() {
                    DeValue::Boolean(flag) => settings.respect_robots = *flag,
                    _ => self.problem(
                        offset,
                        format!(
                            "respect_robots must be true or false, found {}",
                            self.snippet(value)
                        ),
                    ),
                },
                "escalate_after" => {
                    if let Some(number) = self.integer(key, value, 1, 1000) {
                        settings.escalate_after = number as u32;
                    }
                }
                "baseline" => {
                    if let Some(text) = self.string(key, value) {
                        settings.baseline = Some(PathBuf::from(text));
                    }
                }
                other => self.problem(
                    key.span().start,
                    format!(
                        "unknown key {other:?} in [settings] (known keys: {})",
                        SETTINGS_KEYS.join(", ")
                    ),
                ),
            }
        }
    }

    fn check_notify(&mut self, table: &DeTable<'_>, table_offset: usize) -> Option<Notify> {
        let before = self.problems.len();
        let mut webhook = None;
        let mut format = NotifyFormat::Json;
        let mut status_changes_only = false;
        let mut timeout = Duration::from_secs(10);
        for (key, value) in table {
            let offset = value.span().start;
            match key.get_ref().as_ref() {
                "webhook" => {
                    if let Some(text) = self.string(key, value) {
                        match Url::parse(text) {
                            Ok(url) if matches!(url.scheme(), "http" | "https") => webhook = Some(url),
                            // A webhook URL is a secret: the messages name no more than its scheme.
                            Ok(url) => self.problem(offset, format!("webhook must be an http(s) URL, not {}: (the URL is not shown: it is a secret)", url.scheme())),
                            Err(error) => self.problem(offset, format!("webhook is not a valid URL: {error} (the URL is not shown: it is a secret)")),
                        }
                    }
                }
                "format" => {
                    if let Some(text) = self.string(key, value) {
                        match text {
                            "json" => format = NotifyFormat::Json,
                            "slack" => format = NotifyFormat::Slack,
                            other => self.problem(offset, format!("format {other:?} must be \"json\" or \"slack\"")),
                        }
                    }
                }
                "on" => {
                    if let Some(text) = self.string(key, value) {
                        match text {
                            "changes" => status_changes_only = false,
                            "status_changes" => status_changes_only = true,
                            other => self.problem(offset, format!("on {other:?} must be \"changes\" or \"status_changes\"")),
                        }
                    }
                }
                "timeout_secs" => {
                    if let Some(number) = self.integer(key, value, 1, 300) {
                        timeout = Duration::from_secs(number);
                    }
                }
                other => self.problem(
                    key.span().start,
                    format!("unknown key {other:?} in [notify] (known keys: webhook, format, on, timeout_secs)"),
                ),
            }
        }
        if table.get("webhook").is_none() {
            self.problem(table_offset, "[notify] needs a `webhook` URL".into());
        }
        if self.problems.len() != before {
            return None;
        }
        Some(Notify {
            webhook: webhook?,
            format,
            status_changes_only,
            timeout,
        })
    }

    fn check_source(
        &mut self,
        table: &DeTable<'_>,
        table_offset: usize,
        first_line_of_id: &mut HashMap<String, usize>,
    ) -> Option<Source> {
        let before = self.problems.len();
        let mut fields = SourceFields::default();
        for (key, value) in table {
            self.check_source_key(key, value, &mut fields, first_line_of_id);
        }
        let label = fields.id.as_deref().unwrap_or("this source");
        self.check_required_source_keys(table, table_offset, label);
        if let Some(kind) = fields.kind {
            self.check_provenance_fit(kind, &fields.provenance);
        }
        let subject = self.check_subject(fields.kind, fields.subject);
        if self.problems.len() != before {
            return None;
        }
        let id = fields.id?;
        Some(Source {
            name: fields.name.unwrap_or_else(|| id.clone()),
            id,
            kind: fields.kind?,
            subject: subject?,
            url: fields.url?,
            selector: fields.selector,
            every: fields.every,
            provenance: fields.provenance.provenance,
        })
    }

    /// One `key = value` of a `[[sources]]` table, checked into `fields`.
    fn check_source_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Spanned<DeValue<'_>>,
        fields: &mut SourceFields,
        first_line_of_id: &mut HashMap<String, usize>,
    ) {
        let offset = value.span().start;
        let name = key.get_ref().as_ref();
        if provenance::PROVENANCE_KEYS.contains(&name) {
            self.check_provenance_key(key, value, &mut fields.provenance);
            return;
        }
        if !SOURCE_KEYS.contains(&name) {
            self.problem(
                key.span().start,
                format!(
                    "unknown key {name:?} in [[sources]] (known keys: {}, {})",
                    SOURCE_KEYS.join(", "),
                    provenance::PROVENANCE_KEYS.join(", ")
                ),
            );
            return;
        }
        let Some(text) = self.string(key, value) else {
            return;
        };
        match name {
            "id" => fields.id = self.check_id(text, offset, first_line_of_id),
            "kind" => match text.parse::<SourceKind>() {
                Ok(parsed) => fields.kind = Some(parsed),
                Err(message) => self.problem(offset, message),
            },
            "subject" => fields.subject = Some((text.to_string(), offset)),
            "name" => fields.name = Some(text.to_string()),
            "url" => match check_url(text) {
                Ok(parsed) => fields.url = Some(parsed),
                Err(message) => self.problem(offset, format!("url {text:?}: {message}")),
            },
            "selector" => fields.selector = self.check_selector(text, offset),
            "every" => match parse_interval(text) {
                Ok(parsed) => fields.every = Some(parsed),
                Err(message) => self.problem(offset, format!("every {text:?}: {message}")),
            },
            _ => {}
        }
    }

    /// A well-formed id not used before.
    fn check_id(
        &mut self,
        text: &str,
        offset: usize,
        first_line_of_id: &mut HashMap<String, usize>,
    ) -> Option<String> {
        if !is_valid_id(text) {
            self.problem(
                offset,
                format!("id {text:?} must be non-empty and use only a-z, 0-9 and '-'"),
            );
            return None;
        }
        if let Some(&first) = first_line_of_id.get(text) {
            self.problem(
                offset,
                format!("duplicate id {text:?} (first used on line {first})"),
            );
            return None;
        }
        first_line_of_id.insert(text.to_string(), self.line_of(offset));
        Some(text.to_string())
    }

    /// "main || #content || body": alternatives, first match wins; each
    /// must be valid CSS.
    fn check_selector(&mut self, text: &str, offset: usize) -> Option<String> {
        let bad = text.split("||").map(str::trim).find(|alternative| {
            alternative.is_empty() || scraper::Selector::parse(alternative).is_err()
        });
        match bad {
            None => Some(text.to_string()),
            Some(alternative) => {
                self.problem(
                    offset,
                    format!("selector {text:?}: {alternative:?} is not valid CSS"),
                );
                None
            }
        }
    }

    fn check_required_source_keys(
        &mut self,
        table: &DeTable<'_>,
        table_offset: usize,
        label: &str,
    ) {
        for field in ["id", "kind", "subject", "url"] {
            if table.get(field).is_none() {
                self.problem(
                    table_offset,
                    format!("{label}: missing required key `{field}`"),
                );
            }
        }
    }

    /// A board's subject is a jurisdiction code, a payer's an id.
    fn check_subject(
        &mut self,
        kind: Option<SourceKind>,
        subject: Option<(String, usize)>,
    ) -> Option<String> {
        let (kind, (text, offset)) = (kind?, subject?);
        let checked = match kind {
            SourceKind::StateBoard => jurisdiction::parse(&text),
            SourceKind::Payer => is_valid_id(&text).then_some(text.clone()),
        };
        if checked.is_none() {
            let message = match kind {
                SourceKind::StateBoard => format!(
                    "subject {text:?} is not a US state or DC postal code (e.g. \"TX\", \"DC\")"
                ),
                SourceKind::Payer => format!(
                    "payer subject {text:?} must use only a-z, 0-9 and '-' (e.g. \"aetna\")"
                ),
            };
            self.problem(offset, message);
        }
        checked
    }

    fn snippet(&self, value: &Spanned<DeValue<'_>>) -> String {
        let span = value.span();
        let raw = self.text.get(span.start..span.end).unwrap_or("?");
        let raw: String = raw.chars().take(60).collect();
        raw
    }

    fn string<'v>(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &'v Spanned<DeValue<'_>>,
    ) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(text) => Some(text.as_ref()),
            _ => {
                let found = self.snippet(value);
                self.problem(
                    value.span().start,
                    format!("{} must be a string, found {found}", key.get_ref()),
                );
                None
            }
        }
    }

    fn integer(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Spanned<DeValue<'_>>,
        min: u64,
        max: u64,
    ) -> Option<u64> {
        let found = self.snippet(value);
        let parsed = match value.get_ref() {
            DeValue::Integer(integer) => {
                u64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix()).ok()
            }
            _ => None,
        };
        match parsed {
            Some(number) if (min..=max).contains(&number) => Some(number),
            _ => {
                self.problem(
                    value.span().start,
                    format!(
                        "{} must be a whole number from {min} to {max}, found {found}",
                        key.get_ref()
                    ),
                );
                None
            }
        }
    }
}

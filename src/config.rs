//! Turns `sources.toml` into a checked [`Config`].
//!
//! Reading the file is kept apart from parsing the text ([`Config::load`] vs
//! [`Config::parse`]) so tests need no files. Parsing walks the spanned TOML
//! tree itself instead of deriving `Deserialize`, because serde stops at the
//! first problem and a user fixing a 60-source watch list wants every bad
//! line at once: unknown keys, duplicate ids, bad URLs, selectors, state
//! codes and intervals are all collected, each with its line and value.
//! Relative paths (`store`, `out`, `baseline`) are resolved against the
//! directory holding the config file.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use url::Url;

use crate::baseline::{Baseline, BaselineError};
use crate::jurisdiction;
use crate::model::SourceKind;

/// A checked configuration: every value here has been validated.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file this came from (for messages); `None` when parsed from a string.
    pub path: Option<PathBuf>,
    pub settings: Settings,
    pub sources: Vec<Source>,
    /// The positions known before any crawl, when `settings.baseline` names a file.
    pub baseline: Option<Baseline>,
    /// Where to send a summary of each run with changes.
    pub notify: Option<Notify>,
}

/// The optional `[notify]` table: a webhook for runs with changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Notify {
    pub webhook: Url,
    pub format: NotifyFormat,
    /// Only runs with a status change, instead of any change.
    pub status_changes_only: bool,
    pub timeout: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotifyFormat {
    /// needlewatch's own JSON summary.
    Json,
    /// `{"text": ...}`, which Slack-compatible incoming webhooks accept.
    Slack,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub store: PathBuf,
    pub out: PathBuf,
    pub user_agent: String,
    pub concurrency: usize,
    pub per_host_delay: Duration,
    pub timeout: Duration,
    pub retries: u32,
    /// First retry waits this long; each further retry doubles it.
    pub retry_backoff: Duration,
    pub max_body_bytes: u64,
    pub respect_robots: bool,
    /// Consecutive failed runs after which a failing source's event turns high.
    pub escalate_after: u32,
    /// A baseline file of known positions (none unless the config names one).
    pub baseline: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            store: PathBuf::from("snapshots"),
            out: PathBuf::from("reports"),
            user_agent: format!(
                "needlewatch/{} (+https://github.com/needlewatch/needlewatch)",
                env!("CARGO_PKG_VERSION")
            ),
            concurrency: 8,
            per_host_delay: Duration::from_millis(1000),
            timeout: Duration::from_secs(30),
            retries: 2,
            retry_backoff: Duration::from_millis(1000),
            max_body_bytes: 20_000_000,
            respect_robots: true,
            escalate_after: 3,
            baseline: None,
        }
    }
}

/// One watched page.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    /// A USPS code for a state board, a payer key for a payer.
    pub subject: String,
    pub name: String,
    pub url: Url,
    /// Checked to parse as CSS; kept as text so `Source` stays `Clone + Send`.
    pub selector: Option<String>,
    pub every: Option<Duration>,
}

/// One problem found in a config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// Everything wrong with a config file, in line order.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", render_problems(.file, .problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

fn render_problems(file: &str, problems: &[Problem]) -> String {
    let mut out = format!(
        "{} problem{} in {file}:",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    for problem in problems {
        if problem.line == 0 {
            out.push_str(&format!("\n  {file}: {}", problem.message));
        } else {
            out.push_str(&format!("\n  {file}:{}: {}", problem.line, problem.message));
        }
    }
    out
}

impl Config {
    /// Reads and checks a config file. Relative paths inside it are resolved
    /// against the file's directory.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config = Config::parse(&text, &path.display().to_string())?;
        let base = path.parent().unwrap_or(Path::new(""));
        config.settings.store = base.join(&config.settings.store);
        config.settings.out = base.join(&config.settings.out);
        if let Some(baseline) = &config.settings.baseline {
            let baseline_path = base.join(baseline);
            let loaded = Baseline::load(&baseline_path).map_err(|error| match error {
                BaselineError::Read { path, source } => ConfigError::Read { path, source },
                BaselineError::Invalid { file, message } => ConfigError::Invalid {
                    file,
                    problems: vec![Problem { line: 0, message }],
                },
            })?;
            config.settings.baseline = Some(baseline_path);
            config.baseline = Some(loaded);
        }
        config.path = Some(path.to_path_buf());
        Ok(config)
    }

    /// Checks config text; `file` names it in messages.
    pub fn parse(text: &str, file: &str) -> Result<Config, ConfigError> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(index, _)| index + 1))
            .collect();
        let mut checker = Checker {
            text,
            line_starts,
            problems: Vec::new(),
        };
        let config = checker.check_document();
        if checker.problems.is_empty() {
            Ok(config)
        } else {
            let mut problems = checker.problems;
            problems.sort_by_key(|problem| problem.line);
            Err(ConfigError::Invalid {
                file: file.to_string(),
                problems,
            })
        }
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}

struct Checker<'a> {
    text: &'a str,
    /// Byte offset where each line starts, for offset → line lookups.
    line_starts: Vec<usize>,
    problems: Vec<Problem>,
}

const SETTINGS_KEYS: &[&str] = &[
    "store",
    "out",
    "user_agent",
    "concurrency",
    "per_host_delay_ms",
    "timeout_secs",
    "retries",
    "retry_backoff_ms",
    "max_body_bytes",
    "respect_robots",
    "escalate_after",
    "baseline",
];
const SOURCE_KEYS: &[&str] = &["id", "kind", "subject", "name", "url", "selector", "every"];

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
                            Ok(_) => self.problem(offset, format!("webhook {text:?} must be an http(s) URL")),
                            Err(error) => self.problem(offset, format!("webhook {text:?}: {error}")),
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
        let mut id = None;
        let mut kind = None;
        let mut subject: Option<(String, usize)> = None;
        let mut name = None;
        let mut url = None;
        let mut selector = None;
        let mut every = None;

        for (key, value) in table {
            let offset = value.span().start;
            match key.get_ref().as_ref() {
                "id" => {
                    if let Some(text) = self.string(key, value) {
                        if !is_valid_id(text) {
                            self.problem(
                                offset,
                                format!(
                                    "id {text:?} must be non-empty and use only a-z, 0-9 and '-'"
                                ),
                            );
                        } else if let Some(first) = first_line_of_id.get(text) {
                            let first = *first;
                            self.problem(
                                offset,
                                format!("duplicate id {text:?} (first used on line {first})"),
                            );
                        } else {
                            first_line_of_id.insert(text.to_string(), self.line_of(offset));
                            id = Some(text.to_string());
                        }
                    }
                }
                "kind" => {
                    if let Some(text) = self.string(key, value) {
                        match text.parse::<SourceKind>() {
                            Ok(parsed) => kind = Some(parsed),
                            Err(message) => self.problem(offset, message),
                        }
                    }
                }
                "subject" => {
                    if let Some(text) = self.string(key, value) {
                        subject = Some((text.to_string(), offset));
                    }
                }
                "name" => {
                    if let Some(text) = self.string(key, value) {
                        name = Some(text.to_string());
                    }
                }
                "url" => {
                    if let Some(text) = self.string(key, value) {
                        match check_url(text) {
                            Ok(parsed) => url = Some(parsed),
                            Err(message) => {
                                self.problem(offset, format!("url {text:?}: {message}"))
                            }
                        }
                    }
                }
                "selector" => {
                    if let Some(text) = self.string(key, value) {
                        // "main || #content || body": alternatives, first match wins.
                        let bad = text.split("||").map(str::trim).find(|alternative| {
                            alternative.is_empty() || scraper::Selector::parse(alternative).is_err()
                        });
                        match bad {
                            None => selector = Some(text.to_string()),
                            Some(alternative) => self.problem(
                                offset,
                                format!("selector {text:?}: {alternative:?} is not valid CSS"),
                            ),
                        }
                    }
                }
                "every" => {
                    if let Some(text) = self.string(key, value) {
                        match parse_interval(text) {
                            Ok(parsed) => every = Some(parsed),
                            Err(message) => {
                                self.problem(offset, format!("every {text:?}: {message}"))
                            }
                        }
                    }
                }
                other => self.problem(
                    key.span().start,
                    format!(
                        "unknown key {other:?} in [[sources]] (known keys: {})",
                        SOURCE_KEYS.join(", ")
                    ),
                ),
            }
        }

        let label = id.clone().unwrap_or_else(|| "this source".to_string());
        for (field, present) in [
            ("id", table.get("id").is_some()),
            ("kind", table.get("kind").is_some()),
            ("subject", table.get("subject").is_some()),
            ("url", table.get("url").is_some()),
        ] {
            if !present {
                self.problem(
                    table_offset,
                    format!("{label}: missing required key `{field}`"),
                );
            }
        }

        let subject = match (kind, subject) {
            (Some(SourceKind::StateBoard), Some((text, offset))) => {
                let code = jurisdiction::parse(&text);
                if code.is_none() {
                    self.problem(offset, format!("subject {text:?} is not a US state or DC postal code (e.g. \"TX\", \"DC\")"));
                }
                code
            }
            (Some(SourceKind::Payer), Some((text, offset))) => {
                if is_valid_id(&text) {
                    Some(text)
                } else {
                    self.problem(
                        offset,
                        format!(
                            "payer subject {text:?} must use only a-z, 0-9 and '-' (e.g. \"aetna\")"
                        ),
                    );
                    None
                }
            }
            _ => None,
        };

        if self.problems.len() != before {
            return None;
        }
        let id = id?;
        let subject = subject?;
        Some(Source {
            name: name.unwrap_or_else(|| id.clone()),
            id,
            kind: kind?,
            subject,
            url: url?,
            selector,
            every,
        })
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

fn is_valid_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

fn check_url(text: &str) -> Result<Url, String> {
    let url = Url::parse(text).map_err(|error| error.to_string())?;
    match url.scheme() {
        "http" | "https" => {
            if url.host_str().is_none_or(str::is_empty) {
                return Err("has no host".into());
            }
            Ok(url)
        }
        "file" => {
            if url.to_file_path().is_err() {
                return Err("is not an absolute local file path".into());
            }
            Ok(url)
        }
        other => Err(format!(
            "scheme {other:?} is not supported (use http, https or file)"
        )),
    }
}

/// Parses an interval such as `90s`, `30m`, `6h`, `1d`, `2w` or `1d12h`.
pub fn parse_interval(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("is empty (use e.g. \"6h\", \"1d\", \"1w\")".into());
    }
    let mut total: u64 = 0;
    let mut digits = String::new();
    for character in trimmed.chars() {
        if character.is_ascii_digit() {
            digits.push(character);
            continue;
        }
        let unit_secs = match character {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(format!("unknown unit {character:?} (use s, m, h, d or w)")),
        };
        let amount: u64 = digits
            .parse()
            .map_err(|_| format!("a number must come before {character:?}"))?;
        digits.clear();
        total = amount
            .checked_mul(unit_secs)
            .and_then(|secs| total.checked_add(secs))
            .ok_or("is too long")?;
    }
    if !digits.is_empty() {
        return Err("needs a unit after the number (s, m, h, d or w)".into());
    }
    if total == 0 {
        return Err("must be longer than zero".into());
    }
    Ok(Duration::from_secs(total))
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} {})", self.id, self.kind, self.subject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[settings]
concurrency = 4
per_host_delay_ms = 0

[[sources]]
id = "tx-board"
kind = "state-board"
subject = "tx"
name = "Texas Board"
url = "https://example.org/tx"
selector = "main"
every = "1d"

[[sources]]
id = "aetna"
kind = "payer"
subject = "aetna"
url = "https://example.org/aetna.pdf"
"#;

    fn problems_of(text: &str) -> Vec<Problem> {
        match Config::parse(text, "sources.toml") {
            Ok(_) => Vec::new(),
            Err(ConfigError::Invalid { problems, .. }) => problems,
            Err(other) => panic!("unexpected error {other}"),
        }
    }

    #[test]
    fn a_good_config_parses_into_checked_types() {
        let config = Config::parse(GOOD, "sources.toml").unwrap();
        assert_eq!(config.settings.concurrency, 4);
        assert_eq!(config.settings.per_host_delay, Duration::ZERO);
        assert_eq!(config.sources.len(), 2);
        let board = &config.sources[0];
        assert_eq!(board.subject, "TX");
        assert_eq!(board.every, Some(Duration::from_secs(86_400)));
        assert_eq!(board.selector.as_deref(), Some("main"));
        assert_eq!(config.sources[1].name, "aetna");
    }

    #[test]
    fn every_problem_is_reported_with_its_line_and_value() {
        let text = r#"[settings]
colour = "blue"

[[sources]]
id = "a"
kind = "state-board"
subject = "TZ"
url = "ftp://example.org/x"
selector = "main[["
every = "soon"

[[sources]]
id = "a"
kind = "payer"
subject = "x"
url = "https://example.org/"
"#;
        let problems = problems_of(text);
        let lines: Vec<usize> = problems.iter().map(|problem| problem.line).collect();
        assert_eq!(lines, vec![2, 7, 8, 9, 10, 13], "{problems:#?}");
        assert!(problems[0].message.contains("\"colour\""));
        assert!(problems[1].message.contains("\"TZ\""));
        assert!(problems[2].message.contains("ftp://example.org/x"));
        assert!(problems[3].message.contains("main[["));
        assert!(problems[4].message.contains("\"soon\""));
        assert!(
            problems[5]
                .message
                .contains("duplicate id \"a\" (first used on line 5)")
        );
    }

    #[test]
    fn missing_keys_and_bad_types_are_problems() {
        let problems = problems_of("[[sources]]\nid = \"x\"\nkind = 3\n");
        assert!(
            problems
                .iter()
                .any(|problem| problem.message.contains("kind must be a string, found 3"))
        );
        assert!(
            problems
                .iter()
                .any(|problem| problem.message.contains("missing required key `url`"))
        );
    }

    #[test]
    fn broken_toml_names_the_line() {
        let problems = problems_of("[settings]\nconcurrency = = 3\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
    }

    #[test]
    fn out_of_range_numbers_are_rejected() {
        let problems = problems_of("[settings]\nconcurrency = 0\ntimeout_secs = -5\n");
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn the_error_message_names_file_line_and_value() {
        let error = Config::parse("[[sources]]\nid = \"Bad Id\"\nkind = \"payer\"\nsubject = \"x\"\nurl = \"https://e.org\"\n", "my.toml").unwrap_err();
        let message = error.to_string();
        assert!(message.contains("my.toml:2:"), "{message}");
        assert!(message.contains("\"Bad Id\""), "{message}");
    }

    #[test]
    fn selector_chains_are_checked_alternative_by_alternative() {
        let base =
            "[[sources]]\nid = \"a\"\nkind = \"payer\"\nsubject = \"x\"\nurl = \"https://e.org\"\n";
        assert!(
            problems_of(&format!("{base}selector = \"main || #content || body\"\n")).is_empty()
        );
        let problems = problems_of(&format!("{base}selector = \"main || [[ || body\"\n"));
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("\"[[\""), "{problems:?}");
    }

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_interval("1d12h"), Ok(Duration::from_secs(129_600)));
        assert_eq!(parse_interval("2w"), Ok(Duration::from_secs(1_209_600)));
        assert!(parse_interval("12").is_err());
        assert!(parse_interval("0h").is_err());
        assert!(parse_interval("1y").is_err());
        assert!(parse_interval("").is_err());
    }
}

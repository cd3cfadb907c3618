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

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use url::Url;

use crate::baseline::{Baseline, BaselineError};
use crate::model::SourceKind;

mod check;
mod lint;
mod provenance;

/// A config without sources is an error, not a crawl that silently does nothing.
const NO_SOURCES: &str = "no sources: the config lists no [[sources]] table, so there is nothing to watch (add at least one; see the README's \"Adding a source\")";

pub use lint::{Lint, lint, normalise_url};
pub use provenance::{MAX_EVIDENCE_CHARS, PageKind, Provenance};

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
    /// The interval given in the file; see [`Source::interval`].
    pub every: Option<Duration>,
    /// What a person saw on the page (all optional).
    pub provenance: Provenance,
}

impl Source {
    /// How often the source is crawled: `every` when given, else the
    /// default of its kind of page, else at every run.
    pub fn interval(&self) -> Option<Duration> {
        self.every
            .or_else(|| self.provenance.page.map(PageKind::default_every))
    }
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
        check::check(text).map_err(|mut problems| {
            problems.sort_by_key(|problem| problem.line);
            ConfigError::Invalid {
                file: file.to_string(),
                problems,
            }
        })
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}

/// The keys `[settings]` may hold.
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
/// The keys a `[[sources]]` table may hold.
const SOURCE_KEYS: &[&str] = &["id", "kind", "subject", "name", "url", "selector", "every"];

/// An id or payer key: non-empty, a-z, 0-9 and '-' only.
fn is_valid_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

/// An http(s) URL with a host, or a local `file://` path.
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
mod tests;

//! The only output formats: the ruleset (JSON, TOML, CSV, Markdown), the
//! change records (`changes.jsonl`), the change log (`CHANGELOG.md`) and the
//! HTML report. Every file is rendered from the store alone, so the same
//! store state always produces the same bytes, and written atomically
//! (temporary file, then rename) so a reader never sees half a file.

pub mod advice;
pub mod as_of;
mod changefiles;
pub mod changelog;
pub mod copies;
pub mod html;
pub mod notify;
pub mod ruleset;
pub mod words;

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::Serialize;

use crate::config::Config;
use crate::model::{ChangeKind, Reason, Severity, Status};
use crate::store::{EventRecord, RunRecord, Store, StoreError};

pub use changefiles::{ChangeFilesWrite, write_change_files};
pub use html::pending_changes;
pub use ruleset::{Rule, Ruleset};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot render {what}: {message}")]
    Render { what: String, message: String },
}

/// A change event as `changes.jsonl` publishes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangeRecord<'a> {
    pub id: String,
    pub run_id: String,
    pub at: String,
    pub kind: ChangeKind,
    pub source_id: &'a str,
    pub subject: &'a str,
    pub old_status: Option<Status>,
    pub new_status: Option<Status>,
    pub old_reason: Option<Reason>,
    pub new_reason: Option<Reason>,
    pub severity: Severity,
    pub summary: &'a str,
    pub url: &'a str,
    pub evidence: &'a [String],
    /// Part of reviewing the rule (see `needlewatch ack`).
    pub review: bool,
    /// Not acknowledged yet.
    pub pending: bool,
    pub ack: Option<AckRecord<'a>>,
    /// A `retired` event's successor (URL or policy number), when named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub successor: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AckRecord<'a> {
    pub by: &'a str,
    pub at: String,
    pub note: &'a str,
}

impl<'a> ChangeRecord<'a> {
    pub fn from_event(event: &'a EventRecord) -> ChangeRecord<'a> {
        ChangeRecord {
            id: event.id.to_string(),
            run_id: event.run_id.to_string(),
            at: event.at.to_string(),
            kind: event.kind,
            source_id: &event.source_id,
            subject: &event.subject,
            old_status: event.old_status,
            new_status: event.new_status,
            old_reason: event.old_reason,
            new_reason: event.new_reason,
            severity: event.severity,
            summary: &event.summary,
            url: &event.url,
            evidence: &event.evidence,
            review: event.review,
            pending: event.ack.is_none(),
            ack: event.ack.as_ref().map(|ack| AckRecord {
                by: &ack.by,
                at: ack.at.to_string(),
                note: &ack.note,
            }),
            successor: event.successor.as_deref(),
        }
    }
}

/// One line of `changes.jsonl`. An event that cannot be encoded is an
/// error, never an empty line.
pub fn change_json(event: &EventRecord) -> Result<String, serde_json::Error> {
    serde_json::to_string(&ChangeRecord::from_event(event))
}

/// The ruleset as the store last left it.
pub fn current_ruleset(config: &Config, store: &Store) -> Result<Ruleset, ReportError> {
    let state = store.ruleset_state()?;
    let generated_at = store.last_finished_run()?.and_then(|run| run.finished_at);
    Ok(ruleset::build(config, store, state.version, generated_at)?)
}

pub fn ruleset_json(ruleset: &Ruleset) -> Result<String, ReportError> {
    let mut bytes = Vec::new();
    write_ruleset_json(ruleset, &mut bytes).map_err(|error| ReportError::Render {
        what: "ruleset.json".into(),
        message: error.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|error| ReportError::Render {
        what: "ruleset.json".into(),
        message: error.to_string(),
    })
}

/// `ruleset.json`'s bytes: pretty JSON and a final newline.
fn write_ruleset_json(ruleset: &Ruleset, writer: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *writer, ruleset).map_err(std::io::Error::from)?;
    writer.write_all(b"\n")
}

pub fn ruleset_toml(ruleset: &Ruleset) -> Result<String, ReportError> {
    toml::to_string_pretty(ruleset).map_err(|error| ReportError::Render {
        what: "ruleset.toml".into(),
        message: error.to_string(),
    })
}

/// One row per rule, for spreadsheets.
pub fn ruleset_csv(ruleset: &Ruleset) -> String {
    let mut out = String::from(
        "kind,subject,status,reason,needs_review,effective_date,last_changed,sources,evidence\n",
    );
    for rule in &ruleset.rules {
        let sources: Vec<&str> = rule
            .sources
            .iter()
            .map(|source| source.id.as_str())
            .collect();
        let fields = [
            rule.kind.to_string(),
            rule.subject.clone(),
            rule.status.to_string(),
            rule.reason
                .map(|reason| reason.to_string())
                .unwrap_or_default(),
            rule.needs_review.to_string(),
            rule.effective_date.clone().unwrap_or_default(),
            rule.last_changed.clone().unwrap_or_default(),
            sources.join(" "),
            rule.evidence.first().cloned().unwrap_or_default(),
        ];
        let escaped: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
        out.push_str(&escaped.join(","));
        out.push('\n');
    }
    out
}

pub fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A Markdown table of the rules, for people.
pub fn ruleset_markdown(ruleset: &Ruleset) -> String {
    let mut out = format!(
        "# Dry needling ruleset (version {})\n\n| kind | subject | status | reason | review | evidence |\n|---|---|---|---|---|---|\n",
        ruleset.version
    );
    for rule in &ruleset.rules {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            rule.kind,
            rule.subject,
            rule.status,
            rule.reason
                .map(|reason| reason.to_string())
                .unwrap_or_default(),
            if rule.needs_review { "yes" } else { "" },
            rule.evidence
                .first()
                .map(|text| markdown_cell(text))
                .unwrap_or_default()
        ));
    }
    out
}

fn markdown_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Writes every output file of a crawl into `out`. The event-based files
/// are streamed from the store, so memory does not grow with their length.
pub fn write_outputs(
    store: &Store,
    ruleset: &Ruleset,
    out: &Path,
    run: Option<&RunRecord>,
) -> Result<(), ReportError> {
    std::fs::create_dir_all(out).map_err(|source| ReportError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    // Streamed: with thousands of sources the text is larger than the ruleset.
    write_streamed(&out.join("ruleset.json"), |writer| {
        Ok(write_ruleset_json(ruleset, writer)?)
    })?;
    write_atomically(&out.join("ruleset.toml"), ruleset_toml(ruleset)?.as_bytes())?;
    // Appended to, not rendered again from the whole history (see changefiles.rs).
    let how = write_change_files(store, out)?;
    tracing::debug!(?how, "change files written");
    let copies = copies::export(store, ruleset, out)?;
    // A page per run, kept, with an index: the history a reviewer can browse.
    // `report.html` is this run's page; rendered again rather than copied,
    // because its links to the stored copies start one directory higher.
    let Some(run) = run else {
        return write_streamed(&out.join("report.html"), |writer| {
            html::render(store, ruleset, None, &copies, writer)
        });
    };
    let runs = out.join("runs");
    std::fs::create_dir_all(&runs).map_err(|source| ReportError::Write {
        path: runs.clone(),
        source,
    })?;
    write_streamed(&runs.join(html::run_page_name(run.id)), |writer| {
        html::render(
            store,
            ruleset,
            Some(run),
            &copies.from_subdirectory(),
            writer,
        )
    })?;
    write_streamed(&out.join("report.html"), |writer| {
        html::render(store, ruleset, Some(run), &copies, writer)
    })?;
    write_streamed(&runs.join("index.html"), |writer| {
        html::render_index(store, writer)
    })
}

/// Errors while streaming an output file.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Writes a file through `fill`, via a temporary file renamed into place.
pub fn write_streamed(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), StreamError>,
) -> Result<(), ReportError> {
    let io_error = |source| ReportError::Write {
        path: path.to_path_buf(),
        source,
    };
    let temporary = temporary_path(path);
    let file = std::fs::File::create(&temporary).map_err(io_error)?;
    let mut writer = std::io::BufWriter::with_capacity(64 * 1024, file);
    match fill(&mut writer) {
        Ok(()) => {}
        Err(StreamError::Store(error)) => return Err(ReportError::Store(error)),
        Err(StreamError::Io(error)) => return Err(io_error(error)),
    }
    let file = writer
        .into_inner()
        .map_err(|error| io_error(error.into_error()))?;
    file.sync_all().map_err(io_error)?;
    drop(file);
    std::fs::rename(&temporary, path).map_err(io_error)
}

pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    write_streamed(path, |writer| Ok(writer.write_all(bytes)?))
}

fn temporary_path(path: &Path) -> std::path::PathBuf {
    path.with_extension(format!(
        "{}.tmp",
        path.extension().and_then(|e| e.to_str()).unwrap_or("out")
    ))
}

/// A timestamp for people: `2026-11-26 22:00 UTC`.
pub fn human_time(at: Timestamp) -> String {
    words::moment(at)
}

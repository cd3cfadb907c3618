//! The records the store keeps, versioned JSON independent of the public
//! output types: snapshots, source states, runs, events and their
//! acknowledgements, and what one source's commit carries.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::{ChangeKind, FetchState, Finding, Reason, Severity, SourceKind, Status};

/// One stored version of a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotRecord {
    pub source_id: String,
    pub seq: u64,
    pub run_id: u64,
    pub fetched_at: Timestamp,
    pub url: String,
    pub final_url: String,
    pub http_status: u16,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub raw_hash: String,
    pub raw_len: u64,
    pub text_hash: String,
    pub format: String,
    pub extractor_version: u32,
    pub classifier_version: u32,
    pub finding: Finding,
    /// The alternative of the source's selector that matched ("body" of
    /// "main || body" when the page had no `<main>`): a fallback is on record.
    #[serde(default)]
    pub selector: Option<String>,
}

/// What needlewatch knows about one source between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceState {
    pub source_id: String,
    pub kind: SourceKind,
    pub subject: String,
    pub last_checked: Option<Timestamp>,
    pub last_fetch: FetchState,
    pub last_error: Option<String>,
    pub consecutive_failures: u32,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The last snapshot that read correctly.
    pub latest_seq: Option<u64>,
    pub status: Status,
    pub reason: Option<Reason>,
    pub last_changed: Option<Timestamp>,
    /// The latest finding asks for review (conflicting statements).
    pub finding_needs_review: bool,
    pub needs_review: bool,
    /// Events of this source that still await a reviewer's acknowledgement.
    #[serde(default)]
    pub pending_review: Vec<u64>,
    /// The latest reading the guards blocked (text collapsed, service no
    /// longer mentioned), kept for a reviewer to diff and accept.
    #[serde(default)]
    pub candidate: Option<Candidate>,
}

/// A blocked reading: the snapshot it would have been (its contents are in
/// the store) and why it was not taken as a version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub record: SnapshotRecord,
    pub blocked_because: String,
}

impl SourceState {
    /// A source needs review while it fails with a status to keep, and
    /// while any of its review events is unacknowledged.
    pub fn refresh_needs_review(&mut self) {
        let failing_with_status = self.consecutive_failures > 0 && self.latest_seq.is_some();
        self.needs_review = failing_with_status || !self.pending_review.is_empty();
    }
}

impl SourceState {
    pub fn new(source_id: &str, kind: SourceKind, subject: &str) -> SourceState {
        SourceState {
            source_id: source_id.to_string(),
            kind,
            subject: subject.to_string(),
            last_checked: None,
            last_fetch: FetchState::Failed,
            last_error: None,
            consecutive_failures: 0,
            etag: None,
            last_modified: None,
            latest_seq: None,
            status: Status::Unknown,
            reason: None,
            last_changed: None,
            finding_needs_review: false,
            needs_review: false,
            pending_review: Vec::new(),
            candidate: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRecord {
    pub id: u64,
    pub started_at: Timestamp,
    pub finished_at: Option<Timestamp>,
    pub state: RunState,
    pub due: u64,
    pub fetched: u64,
    pub not_modified: u64,
    pub failed: u64,
    pub events: u64,
    pub ruleset_version: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunState {
    Running,
    Finished,
    /// The process ended before the run finished (killed, crashed).
    Interrupted,
}

/// A recorded change event, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: u64,
    pub run_id: u64,
    pub at: Timestamp,
    pub kind: ChangeKind,
    pub source_id: String,
    pub subject: String,
    pub old_status: Option<Status>,
    pub new_status: Option<Status>,
    pub old_reason: Option<Reason>,
    pub new_reason: Option<Reason>,
    pub severity: Severity,
    pub summary: String,
    pub url: String,
    pub evidence: Vec<String>,
    /// Snapshots the event compares, when it compares any.
    pub old_seq: Option<u64>,
    pub new_seq: Option<u64>,
    /// The unified text diff for content and status changes.
    pub diff: Option<String>,
    /// Whether acknowledging this event is part of reviewing the rule (a
    /// status change, a broken read, a reading the classifier doubts).
    #[serde(default)]
    pub review: bool,
    /// Who acknowledged the event, when and why; `None` while pending.
    #[serde(default)]
    pub ack: Option<Ack>,
    /// A `retired` event's successor: the URL or policy number the page names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<String>,
}

/// A reviewer's acknowledgement of an event: the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ack {
    pub by: String,
    pub at: Timestamp,
    pub note: String,
}

/// What `verify` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyReport {
    pub snapshots: usize,
    pub contents: usize,
    pub sources: usize,
    pub events: usize,
    /// Contents no snapshot refers to (left by an interrupted commit; harmless).
    pub unreferenced_contents: usize,
    pub problems: Vec<String>,
}

/// A new snapshot with the bytes it references.
#[derive(Debug, Clone)]
pub struct NewSnapshot {
    pub record: SnapshotRecord,
    pub raw: Vec<u8>,
    pub text: String,
}

/// Everything one source's processing writes, committed together.
#[derive(Debug, Clone)]
pub struct SourceCommit {
    pub state: SourceState,
    pub snapshot: Option<NewSnapshot>,
    /// Events without ids; ids are assigned in the transaction.
    pub events: Vec<EventRecord>,
}

/// The ruleset's version counter and the statuses it was last computed from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RulesetState {
    pub version: u64,
    /// `kind/subject` → `status` or `status/reason`, sorted.
    pub statuses: Vec<(String, String)>,
}

/// What the last run wrote into its output directory's change files
/// (`changes.jsonl`, `CHANGELOG.md`), so the next run can append to them
/// instead of rendering the whole history again, and can tell when they
/// are no longer what it wrote (deleted, edited, another directory).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputsRecord {
    /// The output directory, canonical.
    pub dir: String,
    /// The newest event in the files (0: none).
    pub last_event: u64,
    /// The run of that event.
    pub last_run: u64,
    /// [`crate::store::Store::event_revisions`] when they were written: an
    /// event changed since (acknowledged) renders differently.
    pub event_revisions: u64,
    pub changes: FileMark,
    pub changelog: FileMark,
}

/// A file's length and BLAKE3 hash.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileMark {
    pub length: u64,
    pub hash: String,
}

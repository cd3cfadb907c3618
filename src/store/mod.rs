//! The only sled code: snapshots, per-source state, runs and change events.
//!
//! Layout (one sled tree each):
//! - `content_index`: BLAKE3 hash of a raw body or extracted text → where its
//!   LZ4-compressed bytes sit in the append-only pack files (`packs.rs`);
//!   each distinct content is stored once however many snapshots share it;
//! - `snapshots`: `source id \0 seq` → [`SnapshotRecord`] (headers, fetch
//!   time, hashes, the finding, the extractor and classifier versions);
//! - `sources`: source id → [`SourceState`] (validators, last status,
//!   consecutive failures);
//! - `runs`: run id → [`RunRecord`]; `events`: event id → [`EventRecord`];
//! - `meta`: schema version, counters, the ruleset version.
//!
//! Each source's result goes in as one multi-tree transaction
//! ([`Store::commit`]), so a killed run can lose the page in hand but never
//! leave a snapshot without its state or an event without its snapshot.
//! A lock file next to the database keeps a second process out with a clear
//! message. Records are versioned JSON, independent of the public output types.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use crate::model::{ChangeKind, FetchState, Finding, Reason, Severity, SourceKind, Status};

mod packs;

use packs::{Location, Packs};

/// Bump on any incompatible change of the records below.
pub const SCHEMA_VERSION: u32 = 1;

const LOCK_FILE: &str = "needlewatch.lock";
const DB_DIR: &str = "db";
const PACKS_DIR: &str = "packs";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the store {0} is in use by another needlewatch process (a crawl still running?); try again when it has finished"
    )]
    Locked(PathBuf),
    #[error("cannot create or open the store at {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the store at {path} cannot be read: {message}")]
    Database { path: PathBuf, message: String },
    #[error(
        "the store at {path} was written by a newer needlewatch (schema {found}, this build reads {SCHEMA_VERSION}); upgrade needlewatch"
    )]
    NewerSchema { path: PathBuf, found: u32 },
    #[error("a record in the store is damaged ({what}): {message}")]
    Corrupt { what: String, message: String },
    #[error("there is no change event #{0}")]
    NoSuchEvent(u64),
    #[error("change event #{id} was already acknowledged by {by} at {at}")]
    AlreadyAcknowledged { id: u64, by: String, at: Timestamp },
}

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

pub struct Store {
    path: PathBuf,
    db: sled::Db,
    packs: Packs,
    content_index: sled::Tree,
    snapshots: sled::Tree,
    sources: sled::Tree,
    runs: sled::Tree,
    events: sled::Tree,
    meta: sled::Tree,
    // Held for the store's lifetime; the OS releases it if the process dies.
    _lock: File,
}

const META_SCHEMA: &[u8] = b"schema_version";
const META_NEXT_EVENT: &[u8] = b"next_event_id";
const META_NEXT_RUN: &[u8] = b"next_run_id";
const META_RULESET: &[u8] = b"ruleset_state";

/// The ruleset's version counter and the statuses it was last computed from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RulesetState {
    pub version: u64,
    /// `kind/subject` → `status` or `status/reason`, sorted.
    pub statuses: Vec<(String, String)>,
}

impl Store {
    /// Opens (creating if needed) the store in `dir`, taking its lock.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let io_error = |source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io_error)?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_FILE))
            .map_err(io_error)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked(dir.to_path_buf()));
            }
            Err(std::fs::TryLockError::Error(error)) => return Err(io_error(error)),
        }
        let database_error = |error: sled::Error| StoreError::Database {
            path: dir.to_path_buf(),
            message: error.to_string(),
        };
        let db = open_sled(&dir.join(DB_DIR)).map_err(database_error)?;
        let tree = |name: &str| db.open_tree(name).map_err(database_error);
        let store = Store {
            path: dir.to_path_buf(),
            packs: Packs::open(&dir.join(PACKS_DIR)).map_err(io_error)?,
            content_index: tree("content_index")?,
            snapshots: tree("snapshots")?,
            sources: tree("sources")?,
            runs: tree("runs")?,
            events: tree("events")?,
            meta: tree("meta")?,
            db,
            _lock: lock,
        };
        store.check_schema()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn db_error(&self, error: sled::Error) -> StoreError {
        StoreError::Database {
            path: self.path.clone(),
            message: error.to_string(),
        }
    }

    fn check_schema(&self) -> Result<(), StoreError> {
        match self.meta.get(META_SCHEMA).map_err(|e| self.db_error(e))? {
            None => {
                self.meta
                    .insert(META_SCHEMA, &SCHEMA_VERSION.to_be_bytes())
                    .map_err(|e| self.db_error(e))?;
                Ok(())
            }
            Some(bytes) => {
                let found = u32::from_be_bytes(bytes.as_ref().try_into().map_err(|_| {
                    StoreError::Corrupt {
                        what: "schema version".into(),
                        message: format!("{} bytes", bytes.len()),
                    }
                })?);
                if found > SCHEMA_VERSION {
                    Err(StoreError::NewerSchema {
                        path: self.path.clone(),
                        found,
                    })
                } else {
                    Ok(())
                }
            }
        }
    }

    /// Makes everything committed so far durable on disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        // Contents first, so durable records never point at bytes that are not.
        self.packs.sync().map_err(|source| StoreError::Io {
            path: self.path.clone(),
            source,
        })?;
        self.db.flush().map(|_| ()).map_err(|e| self.db_error(e))
    }

    // ---- runs ----

    /// Starts a run, marking any run a killed process left open as interrupted.
    pub fn begin_run(&self, now: Timestamp) -> Result<RunRecord, StoreError> {
        for entry in self.runs.iter() {
            let (key, value) = entry.map_err(|e| self.db_error(e))?;
            let mut run: RunRecord = decode(&value, "run")?;
            if run.state == RunState::Running {
                run.state = RunState::Interrupted;
                self.runs
                    .insert(key, encode(&run))
                    .map_err(|e| self.db_error(e))?;
            }
        }
        let id = self
            .meta
            .update_and_fetch(META_NEXT_RUN, increment)
            .map_err(|e| self.db_error(e))?
            .map(|bytes| read_u64(&bytes))
            .unwrap_or(1);
        let run = RunRecord {
            id,
            started_at: now,
            finished_at: None,
            state: RunState::Running,
            due: 0,
            fetched: 0,
            not_modified: 0,
            failed: 0,
            events: 0,
            ruleset_version: 0,
        };
        self.save_run(&run)?;
        Ok(run)
    }

    pub fn save_run(&self, run: &RunRecord) -> Result<(), StoreError> {
        self.runs
            .insert(run.id.to_be_bytes(), encode(run))
            .map_err(|e| self.db_error(e))?;
        Ok(())
    }

    pub fn runs(&self) -> Result<Vec<RunRecord>, StoreError> {
        self.runs
            .iter()
            .values()
            .map(|value| decode(&value.map_err(|e| self.db_error(e))?, "run"))
            .collect()
    }

    pub fn last_finished_run(&self) -> Result<Option<RunRecord>, StoreError> {
        for value in self.runs.iter().values().rev() {
            let run: RunRecord = decode(&value.map_err(|e| self.db_error(e))?, "run")?;
            if run.state == RunState::Finished {
                return Ok(Some(run));
            }
        }
        Ok(None)
    }

    // ---- sources ----

    pub fn source_state(&self, source_id: &str) -> Result<Option<SourceState>, StoreError> {
        self.sources
            .get(source_id.as_bytes())
            .map_err(|e| self.db_error(e))?
            .map(|value| decode(&value, "source state"))
            .transpose()
    }

    /// Every source state, in id order, one at a time.
    pub fn source_states(&self) -> impl Iterator<Item = Result<SourceState, StoreError>> + '_ {
        self.sources.iter().values().map(|value| match value {
            Ok(bytes) => decode(&bytes, "source state"),
            Err(error) => Err(self.db_error(error)),
        })
    }

    // ---- snapshots and blobs ----

    pub fn snapshot(
        &self,
        source_id: &str,
        seq: u64,
    ) -> Result<Option<SnapshotRecord>, StoreError> {
        self.snapshots
            .get(snapshot_key(source_id, seq))
            .map_err(|e| self.db_error(e))?
            .map(|value| decode(&value, "snapshot"))
            .transpose()
    }

    /// The snapshots of one source, oldest first.
    pub fn snapshots_of(&self, source_id: &str) -> Result<Vec<SnapshotRecord>, StoreError> {
        let mut prefix = source_id.as_bytes().to_vec();
        prefix.push(0);
        self.snapshots
            .scan_prefix(prefix)
            .values()
            .map(|value| decode(&value.map_err(|e| self.db_error(e))?, "snapshot"))
            .collect()
    }

    /// The raw bytes or text stored under `hash`, checked against the hash.
    pub fn content(&self, hash: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let Some(entry) = self
            .content_index
            .get(hash.as_bytes())
            .map_err(|e| self.db_error(e))?
        else {
            return Ok(None);
        };
        let corrupt = |message: String| StoreError::Corrupt {
            what: format!("content {hash}"),
            message,
        };
        let location =
            Location::from_bytes(&entry).ok_or_else(|| corrupt("bad index entry".into()))?;
        let compressed = self
            .packs
            .read(location)
            .map_err(|error| corrupt(format!("pack {} unreadable: {error}", location.pack)))?;
        let bytes = decompress(&compressed, hash)?;
        if content_hash(&bytes) != hash {
            return Err(corrupt("bytes do not match their hash".into()));
        }
        Ok(Some(bytes))
    }

    pub fn raw(&self, hash: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.content(hash)
    }

    pub fn text(&self, hash: &str) -> Result<Option<String>, StoreError> {
        let Some(bytes) = self.content(hash)? else {
            return Ok(None);
        };
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|error| StoreError::Corrupt {
                what: format!("text {hash}"),
                message: error.to_string(),
            })
    }

    // ---- events ----

    /// Every event, oldest first, one at a time.
    pub fn events(&self) -> impl Iterator<Item = Result<EventRecord, StoreError>> + '_ {
        self.events.iter().values().map(|value| match value {
            Ok(bytes) => decode(&bytes, "event"),
            Err(error) => Err(self.db_error(error)),
        })
    }

    /// Checks the store's integrity: every snapshot's raw bytes and text are
    /// present and match their hashes, every source state points at a
    /// snapshot that exists, every event at snapshots that exist.
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        let mut report = VerifyReport::default();
        let mut referenced = std::collections::HashSet::new();
        for value in self.snapshots.iter().values() {
            let record: SnapshotRecord = decode(&value.map_err(|e| self.db_error(e))?, "snapshot")?;
            report.snapshots += 1;
            for (what, hash) in [("raw body", &record.raw_hash), ("text", &record.text_hash)] {
                referenced.insert(hash.clone());
                match self.content(hash) {
                    Ok(Some(_)) => {}
                    Ok(None) => report.problems.push(format!(
                        "{} #{}: {what} {hash} is missing",
                        record.source_id, record.seq
                    )),
                    Err(error) => report
                        .problems
                        .push(format!("{} #{}: {error}", record.source_id, record.seq)),
                }
            }
        }
        report.contents = referenced.len();
        for state in self.source_states() {
            let state = state?;
            report.sources += 1;
            if let Some(seq) = state.latest_seq
                && self.snapshot(&state.source_id, seq)?.is_none()
            {
                report.problems.push(format!(
                    "{}: latest version #{seq} is missing",
                    state.source_id
                ));
            }
        }
        for event in self.events() {
            let event = event?;
            report.events += 1;
            for seq in [event.old_seq, event.new_seq].into_iter().flatten() {
                if self.snapshot(&event.source_id, seq)?.is_none() {
                    report.problems.push(format!(
                        "event #{}: {} version #{seq} is missing",
                        event.id, event.source_id
                    ));
                }
            }
        }
        for key in self.content_index.iter().keys() {
            let key = key.map_err(|e| self.db_error(e))?;
            if !referenced.contains(String::from_utf8_lossy(&key).as_ref()) {
                report.unreferenced_contents += 1;
            }
        }
        Ok(report)
    }

    /// Records a reviewer's acknowledgement of event `id` and updates its
    /// source's review state, atomically.
    pub fn acknowledge(&self, id: u64, ack: Ack) -> Result<EventRecord, StoreError> {
        let result = (&self.events, &self.sources).transaction(|(events, sources)| {
            let Some(bytes) = events.get(id.to_be_bytes())? else {
                return Err(ConflictableTransactionError::Abort(
                    StoreError::NoSuchEvent(id),
                ));
            };
            let mut event: EventRecord =
                decode(&bytes, "event").map_err(ConflictableTransactionError::Abort)?;
            if let Some(earlier) = &event.ack {
                return Err(ConflictableTransactionError::Abort(
                    StoreError::AlreadyAcknowledged {
                        id,
                        by: earlier.by.clone(),
                        at: earlier.at,
                    },
                ));
            }
            event.ack = Some(ack.clone());
            events.insert(&id.to_be_bytes(), encode(&event))?;
            if let Some(bytes) = sources.get(event.source_id.as_bytes())? {
                let mut state: SourceState =
                    decode(&bytes, "source state").map_err(ConflictableTransactionError::Abort)?;
                state.pending_review.retain(|pending| *pending != id);
                state.refresh_needs_review();
                sources.insert(event.source_id.as_bytes(), encode(&state))?;
            }
            Ok(event)
        });
        match result {
            Ok(event) => Ok(event),
            Err(TransactionError::Abort(error)) => Err(error),
            Err(TransactionError::Storage(error)) => Err(self.db_error(error)),
        }
    }

    /// Every event, newest first, one at a time.
    pub fn events_newest_first(
        &self,
    ) -> impl Iterator<Item = Result<EventRecord, StoreError>> + '_ {
        self.events.iter().values().rev().map(|value| match value {
            Ok(bytes) => decode(&bytes, "event"),
            Err(error) => Err(self.db_error(error)),
        })
    }

    pub fn event(&self, id: u64) -> Result<Option<EventRecord>, StoreError> {
        self.events
            .get(id.to_be_bytes())
            .map_err(|e| self.db_error(e))?
            .map(|value| decode(&value, "event"))
            .transpose()
    }

    // ---- ruleset version ----

    pub fn ruleset_state(&self) -> Result<RulesetState, StoreError> {
        Ok(self
            .meta
            .get(META_RULESET)
            .map_err(|e| self.db_error(e))?
            .map(|value| decode(&value, "ruleset state"))
            .transpose()?
            .unwrap_or_default())
    }

    pub fn save_ruleset_state(&self, state: &RulesetState) -> Result<(), StoreError> {
        self.meta
            .insert(META_RULESET, encode(state))
            .map_err(|e| self.db_error(e))?;
        Ok(())
    }

    // ---- the per-source commit ----

    /// Writes one source's new state, snapshot and events atomically and
    /// returns the events with their ids.
    pub fn commit(&self, commit: SourceCommit) -> Result<Vec<EventRecord>, StoreError> {
        let SourceCommit {
            state,
            snapshot,
            mut events,
        } = commit;
        let prepared_snapshot = snapshot.map(|snapshot| {
            (
                snapshot_key(&snapshot.record.source_id, snapshot.record.seq),
                encode(&snapshot.record),
                [
                    (snapshot.record.raw_hash.clone(), snapshot.raw),
                    (
                        snapshot.record.text_hash.clone(),
                        snapshot.text.into_bytes(),
                    ),
                ],
            )
        });
        // Contents are content-addressed and immutable, so they are appended
        // before the transaction: an interrupted commit leaves at most
        // unreferenced bytes behind, never a snapshot without its body.
        if let Some((_, _, parts)) = &prepared_snapshot {
            for (hash, bytes) in parts {
                if self
                    .content_index
                    .contains_key(hash.as_bytes())
                    .map_err(|e| self.db_error(e))?
                {
                    continue;
                }
                let location =
                    self.packs
                        .append(&compress(bytes))
                        .map_err(|source| StoreError::Io {
                            path: self.path.clone(),
                            source,
                        })?;
                self.content_index
                    .insert(hash.as_bytes(), &location.to_bytes())
                    .map_err(|e| self.db_error(e))?;
            }
        }
        let result = (&self.snapshots, &self.sources, &self.events, &self.meta).transaction(
            |(snapshots, sources, events_tree, meta)| {
                if let Some((key, record, _)) = &prepared_snapshot {
                    snapshots.insert(key.as_slice(), record.as_slice())?;
                }
                let mut state = state.clone();
                let mut committed = Vec::with_capacity(events.len());
                if !events.is_empty() {
                    let first = meta
                        .get(META_NEXT_EVENT)?
                        .map(|bytes| read_u64(&bytes))
                        .unwrap_or(0)
                        + 1;
                    for (offset, event) in events.iter().enumerate() {
                        let mut event = event.clone();
                        event.id = first + offset as u64;
                        events_tree.insert(&event.id.to_be_bytes(), encode(&event))?;
                        if event.review {
                            state.pending_review.push(event.id);
                        }
                        committed.push(event);
                    }
                    let last = first + events.len() as u64 - 1;
                    meta.insert(META_NEXT_EVENT, &last.to_be_bytes())?;
                }
                state.refresh_needs_review();
                sources.insert(state.source_id.as_bytes(), encode(&state))?;
                Ok::<_, ConflictableTransactionError<StoreError>>(committed)
            },
        );
        match result {
            Ok(committed) => {
                events.clear();
                Ok(committed)
            }
            Err(TransactionError::Abort(error)) => Err(error),
            Err(TransactionError::Storage(error)) => Err(self.db_error(error)),
        }
    }
}

/// Opens the sled database. Our own lock file is already held, so if sled
/// reports its lock busy, the holder is this process's previous handle whose
/// background threads are still shutting down: wait for them briefly.
fn open_sled(path: &Path) -> Result<sled::Db, sled::Error> {
    let config = sled::Config::new()
        .path(path)
        .cache_capacity(8 * 1024 * 1024)
        .flush_every_ms(Some(100))
        .mode(sled::Mode::HighThroughput);
    let mut attempts = 0;
    loop {
        match config.open() {
            Err(sled::Error::Io(error)) if is_sled_lock_busy(&error) && attempts < 500 => {
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// sled reports a busy lock file as `ErrorKind::Other` with its own
/// message, not as `WouldBlock`.
fn is_sled_lock_busy(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::WouldBlock
        || error.to_string().contains("could not acquire lock")
}

/// The content address used for raw bodies and texts.
pub fn content_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

fn snapshot_key(source_id: &str, seq: u64) -> Vec<u8> {
    let mut key = Vec::with_capacity(source_id.len() + 9);
    key.extend_from_slice(source_id.as_bytes());
    key.push(0);
    key.extend_from_slice(&seq.to_be_bytes());
    key
}

fn increment(old: Option<&[u8]>) -> Option<Vec<u8>> {
    let next = old.map(read_u64).unwrap_or(0) + 1;
    Some(next.to_be_bytes().to_vec())
}

fn read_u64(bytes: &[u8]) -> u64 {
    bytes.try_into().map(u64::from_be_bytes).unwrap_or(0)
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Serializing plain records with string keys cannot fail.
    serde_json::to_vec(value).unwrap_or_default()
}

fn decode<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|error| StoreError::Corrupt {
        what: what.to_string(),
        message: error.to_string(),
    })
}

fn compress(bytes: &[u8]) -> Vec<u8> {
    lz4_flex::compress_prepend_size(bytes)
}

fn decompress(bytes: &[u8], what: &str) -> Result<Vec<u8>, StoreError> {
    lz4_flex::decompress_size_prepended(bytes).map_err(|error| StoreError::Corrupt {
        what: what.to_string(),
        message: error.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding() -> Finding {
        Finding {
            status: Status::Allowed,
            reason: None,
            evidence: vec!["Dry needling is allowed.".into()],
            cpt_codes: vec![],
            terms: vec!["dry needling".into()],
            conditions: vec![],
            effective_date: None,
            policy_number: None,
            needs_review: false,
            next_change: None,
        }
    }

    fn snapshot(source_id: &str, seq: u64, raw: &[u8], text: &str) -> NewSnapshot {
        NewSnapshot {
            record: SnapshotRecord {
                source_id: source_id.into(),
                seq,
                run_id: 1,
                fetched_at: Timestamp::UNIX_EPOCH,
                url: "https://example.org/".into(),
                final_url: "https://example.org/".into(),
                http_status: 200,
                content_type: Some("text/html".into()),
                etag: None,
                last_modified: None,
                raw_hash: content_hash(raw),
                raw_len: raw.len() as u64,
                text_hash: content_hash(text.as_bytes()),
                format: "html".into(),
                extractor_version: 1,
                classifier_version: 1,
                finding: finding(),
            },
            raw: raw.to_vec(),
            text: text.into(),
        }
    }

    fn event(source_id: &str) -> EventRecord {
        EventRecord {
            id: 0,
            run_id: 1,
            at: Timestamp::UNIX_EPOCH,
            kind: ChangeKind::SourceAdded,
            source_id: source_id.into(),
            subject: "TX".into(),
            old_status: None,
            new_status: Some(Status::Allowed),
            old_reason: None,
            new_reason: None,
            severity: Severity::Medium,
            summary: "added".into(),
            url: "https://example.org/".into(),
            evidence: vec![],
            old_seq: None,
            new_seq: Some(1),
            diff: None,
            review: true,
            ack: None,
        }
    }

    #[test]
    fn a_commit_stores_everything_and_dedups_blobs() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let state = SourceState::new("a", SourceKind::StateBoard, "TX");
        let committed = store
            .commit(SourceCommit {
                state: state.clone(),
                snapshot: Some(snapshot("a", 1, b"<p>same</p>", "same")),
                events: vec![event("a"), event("a")],
            })
            .unwrap();
        assert_eq!(
            committed.iter().map(|e| e.id).collect::<Vec<_>>(),
            vec![1, 2]
        );
        store
            .commit(SourceCommit {
                state: SourceState::new("b", SourceKind::StateBoard, "TX"),
                snapshot: Some(snapshot("b", 1, b"<p>same</p>", "same")),
                events: vec![event("b")],
            })
            .unwrap();
        assert_eq!(
            store.content_index.len(),
            2,
            "one raw body and one text, stored once"
        );
        assert_eq!(
            store.packs.size_on_disk().unwrap(),
            (compress(b"<p>same</p>").len() + compress(b"same").len()) as u64
        );
        assert_eq!(store.snapshots_of("a").unwrap().len(), 1);
        assert_eq!(
            store.raw(&content_hash(b"<p>same</p>")).unwrap().unwrap(),
            b"<p>same</p>"
        );
        assert_eq!(store.text(&content_hash(b"same")).unwrap().unwrap(), "same");
        assert_eq!(store.events().count(), 3);
        assert_eq!(store.event(3).unwrap().unwrap().source_id, "b");
        let mut expected = state;
        expected.pending_review = vec![1, 2];
        expected.needs_review = true;
        assert_eq!(
            store.source_state("a").unwrap(),
            Some(expected),
            "review events are pending"
        );
    }

    #[test]
    fn acknowledging_clears_review_and_keeps_the_audit_trail() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let committed = store
            .commit(SourceCommit {
                state: SourceState::new("a", SourceKind::StateBoard, "TX"),
                snapshot: Some(snapshot("a", 1, b"<p>x</p>", "x")),
                events: vec![event("a"), event("a")],
            })
            .unwrap();
        let state = store.source_state("a").unwrap().unwrap();
        assert_eq!(state.pending_review, vec![1, 2]);
        assert!(state.needs_review);
        let ack = Ack {
            by: "reviewer".into(),
            at: Timestamp::UNIX_EPOCH,
            note: "checked the page".into(),
        };
        store.acknowledge(committed[0].id, ack.clone()).unwrap();
        assert!(
            store.source_state("a").unwrap().unwrap().needs_review,
            "one still pending"
        );
        store.acknowledge(committed[1].id, ack.clone()).unwrap();
        let state = store.source_state("a").unwrap().unwrap();
        assert!(!state.needs_review && state.pending_review.is_empty());
        assert_eq!(store.event(1).unwrap().unwrap().ack, Some(ack.clone()));
        assert!(matches!(
            store.acknowledge(1, ack.clone()),
            Err(StoreError::AlreadyAcknowledged { .. })
        ));
        assert!(matches!(
            store.acknowledge(99, ack),
            Err(StoreError::NoSuchEvent(99))
        ));
    }

    #[test]
    fn a_second_open_is_refused_while_the_first_holds_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let _first = Store::open(dir.path()).unwrap();
        assert!(matches!(
            Store::open(dir.path()),
            Err(StoreError::Locked(_))
        ));
    }

    #[test]
    fn sleds_busy_lock_error_is_recognised_for_the_retry() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let _held = sled::Config::new().path(&path).open().unwrap();
        match sled::Config::new().path(&path).open() {
            Err(sled::Error::Io(error)) => assert!(is_sled_lock_busy(&error), "{error:?}"),
            other => panic!(
                "a second open should find the lock held: {:?}",
                other.map(|_| ())
            ),
        }
    }

    #[test]
    fn runs_left_running_become_interrupted() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            let run = store.begin_run(Timestamp::UNIX_EPOCH).unwrap();
            assert_eq!(run.id, 1);
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let second = store.begin_run(Timestamp::UNIX_EPOCH).unwrap();
        assert_eq!(second.id, 2);
        let runs = store.runs().unwrap();
        assert_eq!(runs[0].state, RunState::Interrupted);
        assert_eq!(runs[1].state, RunState::Running);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store
                .meta
                .insert(META_SCHEMA, &(SCHEMA_VERSION + 1).to_be_bytes())
                .unwrap();
            store.flush().unwrap();
        }
        assert!(matches!(
            Store::open(dir.path()),
            Err(StoreError::NewerSchema { .. })
        ));
    }
}

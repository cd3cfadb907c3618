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
use serde::{Serialize, de::DeserializeOwned};

mod commit;
mod meta;
mod packs;
mod read_only;
mod records;
mod verify;

pub use commit::PreparedCommit;

use packs::{Location, Packs};
pub use records::{
    Ack, Candidate, EventRecord, FileMark, NewSnapshot, OutputsRecord, RulesetState, RunRecord,
    RunState, SnapshotRecord, SourceCommit, SourceState, VerifyReport,
};

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
    #[error("no store at {}: run `needlewatch crawl` first", .0.display())]
    Missing(PathBuf),
    #[error("the store at {0} was opened for reading only")]
    ReadOnly(PathBuf),
    #[error("cannot encode a {what} record: {message}")]
    Encode { what: String, message: String },
    #[error("there is no change event #{0}")]
    NoSuchEvent(u64),
    #[error("change event #{id} was already acknowledged by {by} at {at}")]
    AlreadyAcknowledged { id: u64, by: String, at: Timestamp },
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
    // `None` for a store opened for reading (see `read_only.rs`).
    _lock: Option<File>,
    // A reading store's private copy of the database, removed on drop; it
    // comes last so the database is closed before its files go.
    _scratch: Option<read_only::Scratch>,
}

const META_SCHEMA: &[u8] = b"schema_version";
const META_NEXT_EVENT: &[u8] = b"next_event_id";
const META_NEXT_RUN: &[u8] = b"next_run_id";
const META_RULESET: &[u8] = b"ruleset_state";
/// How many times a committed event was changed afterwards (an
/// acknowledgement): each changes how an older event renders.
const META_EVENT_REVISIONS: &[u8] = b"event_revisions";
const META_OUTPUTS: &[u8] = b"outputs";

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
        take_lock(&lock, dir)?;
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
            _lock: Some(lock),
            _scratch: None,
        };
        store.check_schema()?;
        Ok(store)
    }

    /// Refuses a write on a store opened for reading: it would land in the
    /// private copy and be lost.
    fn writable(&self) -> Result<(), StoreError> {
        match self._scratch {
            Some(_) => Err(StoreError::ReadOnly(self.path.clone())),
            None => Ok(()),
        }
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
        self.writable()?;
        for entry in self.runs.iter() {
            let (key, value) = entry.map_err(|e| self.db_error(e))?;
            let mut run: RunRecord = decode(&value, "run")?;
            if run.state == RunState::Running {
                run.state = RunState::Interrupted;
                self.runs
                    .insert(key, encode(&run, "run")?)
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
            .insert(run.id.to_be_bytes(), encode(run, "run")?)
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

    /// Every event, newest first, one at a time.
    pub fn events_newest_first(
        &self,
    ) -> impl Iterator<Item = Result<EventRecord, StoreError>> + '_ {
        self.events.iter().values().rev().map(|value| match value {
            Ok(bytes) => decode(&bytes, "event"),
            Err(error) => Err(self.db_error(error)),
        })
    }

    /// The events after `id`, oldest first, one at a time.
    pub fn events_after(
        &self,
        id: u64,
    ) -> impl Iterator<Item = Result<EventRecord, StoreError>> + '_ {
        let start = id.saturating_add(1).to_be_bytes();
        self.events
            .range(start..)
            .values()
            .map(|value| match value {
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
}

/// Takes the store's lock. A reader holds a shared lock for a moment while
/// it copies the database (see `read_only.rs`), so a crawl that starts just
/// then waits for it rather than failing.
fn take_lock(lock: &File, dir: &Path) -> Result<(), StoreError> {
    const READER_GRACE: std::time::Duration = std::time::Duration::from_secs(2);
    let started = std::time::Instant::now();
    loop {
        match lock.try_lock() {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < READER_GRACE => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked(dir.to_path_buf()));
            }
            Err(std::fs::TryLockError::Error(source)) => {
                return Err(StoreError::Io {
                    path: dir.to_path_buf(),
                    source,
                });
            }
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

/// A record's bytes. A record that cannot be encoded is an error, never an
/// empty value stored in its place.
fn encode<T: Serialize>(value: &T, what: &str) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(value).map_err(|error| StoreError::Encode {
        what: what.to_string(),
        message: error.to_string(),
    })
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
mod tests;

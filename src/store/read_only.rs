//! Opening a store for reading only: what `ruleset`, `changes`, `history`,
//! `diff`, `advise` and `verify` use, so they never create a store, never
//! block a crawl, and work on a copy of a store on read-only media.
//!
//! sled has no read-only mode and keeps its own exclusive lock, so a reader
//! copies the database directory (records only; page contents stay in the
//! pack files, which are append-only and read in place) into a private
//! scratch directory and opens the copy. When no crawl holds the store, the
//! reader takes a shared lock for the moment of the copy, so the copy is
//! exactly what the last commit left. While a crawl writes, the copy is what
//! a power cut at that instant would leave, which sled recovers from; if the
//! copy cannot be opened, the reader copies again.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use super::packs::Packs;
use super::{DB_DIR, LOCK_FILE, PACKS_DIR, Store, StoreError, open_sled};

/// The private copy of a database, removed when the store is dropped.
pub(super) struct Scratch {
    dir: PathBuf,
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // Best effort: a leftover copy in the temp dir is harmless.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// How often a reader copies again when a copy taken during a crawl does
/// not open.
const COPY_ATTEMPTS: u32 = 4;

impl Store {
    /// Opens the store in `dir` for reading. Fails with
    /// [`StoreError::Missing`] when there is none; creates nothing in `dir`.
    pub fn open_read(dir: &Path) -> Result<Store, StoreError> {
        let db_dir = dir.join(DB_DIR);
        if !db_dir.is_dir() {
            return Err(StoreError::Missing(dir.to_path_buf()));
        }
        let io_error = |path: &Path| {
            let path = path.to_path_buf();
            move |source| StoreError::Io { path, source }
        };
        let mut last_error = None;
        for attempt in 0..COPY_ATTEMPTS {
            if attempt > 0 {
                std::thread::sleep(std::time::Duration::from_millis(100 * u64::from(attempt)));
            }
            let scratch = Scratch {
                dir: scratch_dir(attempt),
            };
            {
                // Held only while copying; dropped (and released) before sled opens.
                let _quiet = quiet_lock(dir);
                copy_dir(&db_dir, &scratch.dir).map_err(io_error(&db_dir))?;
            }
            match open_sled(&scratch.dir) {
                Ok(db) => return Store::over_copy(dir, db, scratch),
                Err(error) => last_error = Some(error),
            }
        }
        Err(StoreError::Database {
            path: dir.to_path_buf(),
            message: format!(
                "a crawl is writing it and no consistent copy could be read ({}); try again when it has finished",
                last_error
                    .map(|error| error.to_string())
                    .unwrap_or_default()
            ),
        })
    }

    fn over_copy(dir: &Path, db: sled::Db, scratch: Scratch) -> Result<Store, StoreError> {
        let database_error = |error: sled::Error| StoreError::Database {
            path: dir.to_path_buf(),
            message: error.to_string(),
        };
        let tree = |name: &str| db.open_tree(name).map_err(database_error);
        let store = Store {
            path: dir.to_path_buf(),
            packs: Packs::open_read_only(&dir.join(PACKS_DIR)),
            content_index: tree("content_index")?,
            snapshots: tree("snapshots")?,
            sources: tree("sources")?,
            runs: tree("runs")?,
            events: tree("events")?,
            meta: tree("meta")?,
            db,
            _lock: None,
            _scratch: Some(scratch),
        };
        store.check_schema()?;
        Ok(store)
    }
}

/// A shared lock on the store while it is copied, when one can be had at
/// once: then no crawl is writing. `None` while a crawl holds the store,
/// or on read-only media without a lock file.
fn quiet_lock(dir: &Path) -> Option<File> {
    let file = OpenOptions::new()
        .read(true)
        .open(dir.join(LOCK_FILE))
        .ok()?;
    file.try_lock_shared().ok()?;
    Some(file)
}

fn scratch_dir(attempt: u32) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.subsec_nanos())
        .unwrap_or_default();
    std::env::temp_dir().join(format!(
        "needlewatch-read-{}-{nanos}-{attempt}",
        std::process::id()
    ))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

//! The store's two writes that must be atomic across trees: one source's
//! whole result ([`Store::commit`]: its state, snapshot and events in one
//! transaction) and a reviewer's acknowledgement ([`Store::acknowledge`]).

use std::collections::HashMap;

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::meta::count_event_revision;
use super::packs::Location;
use super::{
    Ack, EventRecord, META_NEXT_EVENT, NewSnapshot, SourceCommit, SourceState, Store, StoreError,
    compress, decode, encode, read_u64, snapshot_key,
};

/// One source's result, encoded, with the contents the store does not hold
/// yet compressed: made by [`Store::prepare_commit`] on the worker that read
/// the page, so the one writer thread only appends, syncs and commits.
pub struct PreparedCommit {
    state: SourceState,
    events: Vec<EventRecord>,
    snapshot: Option<PreparedSnapshot>,
}

struct PreparedSnapshot {
    key: Vec<u8>,
    record: Vec<u8>,
    /// Each content's hash, with its compressed bytes unless already stored.
    contents: [(String, Option<Vec<u8>>); 2],
}

const META_PENDING_ANNOUNCED: &[u8] = b"pending_announced_at";

impl Store {
    /// Writes one source's new state, snapshot and events atomically and
    /// returns the events with their ids.
    pub fn commit(&self, commit: SourceCommit) -> Result<Vec<EventRecord>, StoreError> {
        self.writable()?;
        let prepared = self.prepare_commit(commit)?;
        self.commit_batch(vec![prepared])
            .pop()
            .unwrap_or_else(|| Ok(Vec::new()))
    }

    /// Encodes one source's result and compresses the contents the store
    /// does not hold yet. Writes nothing: the CPU work of a commit, done
    /// where the page was read.
    pub fn prepare_commit(&self, commit: SourceCommit) -> Result<PreparedCommit, StoreError> {
        let SourceCommit {
            state,
            snapshot,
            events,
        } = commit;
        let snapshot = match snapshot {
            None => None,
            Some(snapshot) => {
                let new_content = |hash: &str, bytes: &[u8]| -> Result<_, StoreError> {
                    let stored = self
                        .content_index
                        .contains_key(hash.as_bytes())
                        .map_err(|e| self.db_error(e))?;
                    Ok((hash.to_string(), (!stored).then(|| compress(bytes))))
                };
                Some(PreparedSnapshot {
                    key: snapshot_key(&snapshot.record.source_id, snapshot.record.seq),
                    record: encode(&snapshot.record, "snapshot")?,
                    contents: [
                        new_content(&snapshot.record.raw_hash, &snapshot.raw)?,
                        new_content(&snapshot.record.text_hash, snapshot.text.as_bytes())?,
                    ],
                })
            }
        };
        Ok(PreparedCommit {
            state,
            events,
            snapshot,
        })
    }

    /// Commits several sources' results with one pack sync (group commit),
    /// each in its own transaction; returns one result per commit, in order.
    ///
    /// The order is what keeps a power loss from leaving a record that
    /// points at bytes that never reached the disk:
    /// 1. every new content of the batch is appended to the pack file;
    /// 2. the pack is synced (`fdatasync`): those bytes are now durable;
    /// 3. only then does each source's transaction insert the index entries
    ///    and the records that reference them.
    ///
    /// sled makes step 3 durable on its own schedule (every 100 ms, and at
    /// [`Store::flush`]); whenever that happens, the bytes are already on
    /// disk. One sync per batch instead of one per page keeps a crawl's
    /// throughput: the writer takes everything that queued up while the
    /// previous sync ran.
    pub fn commit_batch(
        &self,
        commits: Vec<PreparedCommit>,
    ) -> Vec<Result<Vec<EventRecord>, StoreError>> {
        let mut appended: HashMap<String, Location> = HashMap::new();
        let prepared: Vec<Result<PreparedCommit, StoreError>> = commits
            .into_iter()
            .map(|commit| self.append_contents(commit, &mut appended))
            .collect();
        if !appended.is_empty()
            && let Err(error) = self.packs.sync()
        {
            // Nothing of this batch may be recorded: its bytes are not durable.
            return prepared
                .into_iter()
                .map(|_| {
                    Err(StoreError::Io {
                        path: self.path.clone(),
                        source: std::io::Error::new(error.kind(), error.to_string()),
                    })
                })
                .collect();
        }
        prepared
            .into_iter()
            .map(|prepared| prepared.and_then(|prepared| self.apply(prepared, &appended)))
            .collect()
    }

    /// Appends one source's new contents, unless stored meanwhile (or
    /// appended earlier in this batch). Their index entries wait for the sync.
    fn append_contents(
        &self,
        commit: PreparedCommit,
        appended: &mut HashMap<String, Location>,
    ) -> Result<PreparedCommit, StoreError> {
        if let Some(snapshot) = &commit.snapshot {
            for (hash, compressed) in &snapshot.contents {
                let Some(compressed) = compressed else {
                    continue;
                };
                if appended.contains_key(hash)
                    || self
                        .content_index
                        .contains_key(hash.as_bytes())
                        .map_err(|e| self.db_error(e))?
                {
                    continue;
                }
                let location = self
                    .packs
                    .append(compressed)
                    .map_err(|source| StoreError::Io {
                        path: self.path.clone(),
                        source,
                    })?;
                appended.insert(hash.clone(), location);
            }
        }
        Ok(commit)
    }

    /// One source's transaction: index entries of its new contents (already
    /// durable), its snapshot, its events with their ids, its state.
    fn apply(
        &self,
        prepared: PreparedCommit,
        appended: &HashMap<String, Location>,
    ) -> Result<Vec<EventRecord>, StoreError> {
        let PreparedCommit {
            state,
            events,
            snapshot,
        } = prepared;
        let result = (
            &self.content_index,
            &self.snapshots,
            &self.sources,
            &self.events,
            &self.meta,
        )
            .transaction(|(content_index, snapshots, sources, events_tree, meta)| {
                if let Some(snapshot) = &snapshot {
                    for (hash, _) in &snapshot.contents {
                        if let Some(location) = appended.get(hash) {
                            content_index.insert(hash.as_bytes(), &location.to_bytes())?;
                        }
                    }
                    snapshots.insert(snapshot.key.as_slice(), snapshot.record.as_slice())?;
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
                        let bytes =
                            encode(&event, "event").map_err(ConflictableTransactionError::Abort)?;
                        events_tree.insert(&event.id.to_be_bytes(), bytes)?;
                        // candidate) is in the audit trail, not the queue.
                        if event.review && event.ack.is_none() {
                            state.pending_review.push(event.id);
                        }
                        committed.push(event);
                    }
                    let last = first + events.len() as u64 - 1;
                    meta.insert(META_NEXT_EVENT, &last.to_be_bytes())?;
                }
                state.refresh_needs_review();
                let bytes =
                    encode(&state, "source state").map_err(ConflictableTransactionError::Abort)?;
                sources.insert(state.source_id.as_bytes(), bytes)?;
                Ok::<_, ConflictableTransactionError<StoreError>>(committed)
            });
        match result {
            Ok(committed) => Ok(committed),
            Err(TransactionError::Abort(error)) => Err(error),
            Err(TransactionError::Storage(error)) => Err(self.db_error(error)),
        }
    }

    /// Stores a blocked reading's raw bytes and text, so the candidate its
    /// source state will point to can be diffed and accepted. Like a
    /// snapshot's contents, they are written before the commit that refers
    /// to them.
    pub fn keep_candidate_contents(&self, candidate: &NewSnapshot) -> Result<(), StoreError> {
        self.append_content(&candidate.record.raw_hash, &candidate.raw)?;
        self.append_content(&candidate.record.text_hash, candidate.text.as_bytes())
    }

    /// When the pending review list was last announced (cron summary,
    /// webhook), so it is announced at most once a day.
    pub fn pending_announced_at(&self) -> Result<Option<jiff::Timestamp>, StoreError> {
        Ok(self
            .meta
            .get(META_PENDING_ANNOUNCED)
            .map_err(|e| self.db_error(e))?
            .and_then(|bytes| std::str::from_utf8(&bytes).ok()?.parse().ok()))
    }

    pub fn set_pending_announced_at(&self, at: jiff::Timestamp) -> Result<(), StoreError> {
        self.meta
            .insert(META_PENDING_ANNOUNCED, at.to_string().as_bytes())
            .map_err(|e| self.db_error(e))?;
        Ok(())
    }

    /// Appends one content to a pack file and indexes it, unless it is
    /// already stored.
    fn append_content(&self, hash: &str, bytes: &[u8]) -> Result<(), StoreError> {
        if self
            .content_index
            .contains_key(hash.as_bytes())
            .map_err(|e| self.db_error(e))?
        {
            return Ok(());
        }
        let location = self
            .packs
            .append(&compress(bytes))
            .and_then(|location| {
                // Durable before the index entry that points at it.
                self.packs.sync()?;
                Ok(location)
            })
            .map_err(|source| StoreError::Io {
                path: self.path.clone(),
                source,
            })?;
        self.content_index
            .insert(hash.as_bytes(), &location.to_bytes())
            .map_err(|e| self.db_error(e))?;
        Ok(())
    }

    /// Records a reviewer's acknowledgement of event `id` and updates its
    /// source's review state, atomically.
    pub fn acknowledge(&self, id: u64, ack: Ack) -> Result<EventRecord, StoreError> {
        self.writable()?;
        let result =
            (&self.events, &self.sources, &self.meta).transaction(|(events, sources, meta)| {
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
                events.insert(
                    &id.to_be_bytes(),
                    encode(&event, "event").map_err(ConflictableTransactionError::Abort)?,
                )?;
                if let Some(bytes) = sources.get(event.source_id.as_bytes())? {
                    let mut state: SourceState = decode(&bytes, "source state")
                        .map_err(ConflictableTransactionError::Abort)?;
                    state.pending_review.retain(|pending| *pending != id);
                    state.refresh_needs_review();
                    sources.insert(
                        event.source_id.as_bytes(),
                        encode(&state, "source state")
                            .map_err(ConflictableTransactionError::Abort)?,
                    )?;
                }
                count_event_revision(meta, id)?;
                Ok(event)
            });
        match result {
            Ok(event) => Ok(event),
            Err(TransactionError::Abort(error)) => Err(error),
            Err(TransactionError::Storage(error)) => Err(self.db_error(error)),
        }
    }
}

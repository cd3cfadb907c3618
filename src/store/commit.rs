//! The store's two writes that must be atomic across trees: one source's
//! whole result ([`Store::commit`]: its state, snapshot and events in one
//! transaction) and a reviewer's acknowledgement ([`Store::acknowledge`]).

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::{
    Ack, EventRecord, META_NEXT_EVENT, NewSnapshot, SourceCommit, SourceState, Store, StoreError,
    compress, decode, encode, read_u64, snapshot_key,
};

const META_PENDING_ANNOUNCED: &[u8] = b"pending_announced_at";

impl Store {
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
                self.append_content(hash, bytes)?;
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
                        // An event recorded already acknowledged (an accepted
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
}

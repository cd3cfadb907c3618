//! The store's counters and bookkeeping in the `meta` tree: the ruleset
//! version, how often committed events were revised, and what the last run
//! wrote into the change files.

use super::{
    META_EVENT_REVISIONS, META_OUTPUTS, META_RULESET, OutputsRecord, RulesetState, Store,
    StoreError, decode, encode, read_u64,
};

impl Store {
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

    /// How many times a committed event was changed afterwards. Any write
    /// that changes a stored event must count itself with
    /// [`count_event_revision`] in its transaction, or the change files
    /// would keep the event's old rendering.
    pub fn event_revisions(&self) -> Result<u64, StoreError> {
        Ok(self.revised_events()?.len() as u64)
    }

    /// The events changed after their commit since revision `count` (as
    /// [`Store::event_revisions`] gave it), in the order of the changes.
    pub fn events_revised_since(&self, count: u64) -> Result<Vec<u64>, StoreError> {
        let revised = self.revised_events()?;
        let start = usize::try_from(count)
            .unwrap_or(usize::MAX)
            .min(revised.len());
        Ok(revised[start..].to_vec())
    }

    /// The log of revised events: one big-endian event id per revision.
    fn revised_events(&self) -> Result<Vec<u64>, StoreError> {
        Ok(self
            .meta
            .get(META_EVENT_REVISIONS)
            .map_err(|e| self.db_error(e))?
            .map(|bytes| bytes.chunks_exact(8).map(read_u64).collect())
            .unwrap_or_default())
    }

    /// What the last run wrote into its change files, if recorded.
    pub fn outputs_record(&self) -> Result<Option<OutputsRecord>, StoreError> {
        self.meta
            .get(META_OUTPUTS)
            .map_err(|e| self.db_error(e))?
            .map(|value| decode(&value, "outputs record"))
            .transpose()
    }

    pub fn save_outputs_record(&self, record: &OutputsRecord) -> Result<(), StoreError> {
        self.meta
            .insert(META_OUTPUTS, encode(record, "outputs record")?)
            .map_err(|e| self.db_error(e))?;
        Ok(())
    }

    pub fn save_ruleset_state(&self, state: &RulesetState) -> Result<(), StoreError> {
        self.meta
            .insert(META_RULESET, encode(state, "ruleset state")?)
            .map_err(|e| self.db_error(e))?;
        Ok(())
    }
}

/// Counts one change of committed event `id`, inside the transaction that
/// makes it (the log grows by 8 bytes per acknowledgement).
pub(super) fn count_event_revision(
    meta: &sled::transaction::TransactionalTree,
    id: u64,
) -> Result<(), sled::transaction::UnabortableTransactionError> {
    let mut log = meta
        .get(META_EVENT_REVISIONS)?
        .map(|bytes| bytes.to_vec())
        .unwrap_or_default();
    log.extend_from_slice(&id.to_be_bytes());
    meta.insert(META_EVENT_REVISIONS, log)?;
    Ok(())
}

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
        Ok(self
            .meta
            .get(META_EVENT_REVISIONS)
            .map_err(|e| self.db_error(e))?
            .map(|bytes| read_u64(&bytes))
            .unwrap_or(0))
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

/// Counts one change of a committed event, inside the transaction that makes it.
pub(super) fn count_event_revision(
    meta: &sled::transaction::TransactionalTree,
) -> Result<(), sled::transaction::UnabortableTransactionError> {
    let count = meta
        .get(META_EVENT_REVISIONS)?
        .map(|bytes| read_u64(&bytes))
        .unwrap_or(0)
        + 1;
    meta.insert(META_EVENT_REVISIONS, &count.to_be_bytes())?;
    Ok(())
}

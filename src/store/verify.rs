//! `needlewatch verify`'s check of the store: every stored version's bytes
//! present and matching their hashes, every reference resolving.

use super::{SnapshotRecord, Store, StoreError, VerifyReport, decode};

impl Store {
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
}

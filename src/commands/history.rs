//! `needlewatch history ID`: the stored versions of one source, newest
//! first, with the source's state.

use super::{CommandResult, known_source, load_config_and_stored_history, store_failure};
use crate::cli::{Exit, GlobalArgs};
use crate::detect::describe;
use crate::report;

pub fn exec(global: &GlobalArgs, id: &str) -> CommandResult {
    let (config, store) = load_config_and_stored_history(global)?;
    known_source(&config, Some(&store), id)?;
    let snapshots = store.snapshots_of(id).map_err(store_failure)?;
    if let Some(state) = store.source_state(id).map_err(store_failure)? {
        say!(
            "{id}: {} · last checked {} · last fetch {}{}{}",
            describe(state.status, state.reason),
            state
                .last_checked
                .map(report::human_time)
                .unwrap_or_else(|| "never".into()),
            state.last_fetch.as_str(),
            if state.consecutive_failures > 0 {
                format!(" · failing for {} run(s)", state.consecutive_failures)
            } else {
                String::new()
            },
            if state.needs_review {
                " · needs review"
            } else {
                ""
            },
        );
        if let Some(error) = &state.last_error {
            say!("  last error: {error}");
        }
    }
    if snapshots.is_empty() {
        say!("No stored versions yet.");
    }
    for snapshot in snapshots.iter().rev() {
        say!(
            "  #{:<4} {}  {:<40} {:>8} bytes  text {}  {}",
            snapshot.seq,
            report::human_time(snapshot.fetched_at),
            describe(snapshot.finding.status, snapshot.finding.reason),
            snapshot.raw_len,
            &snapshot.text_hash[..12.min(snapshot.text_hash.len())],
            snapshot.format
        );
    }
    Ok(Exit::Ok)
}

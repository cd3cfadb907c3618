//! Which sources a run crawls, with what they are compared against: the
//! due list, each source's conditional-GET validators, and the memory
//! figure of the debug log.

use jiff::Timestamp;

use super::CrawlOptions;
use crate::config::{Config, Source};
use crate::fetch::Validators;
use crate::store::{SourceState, Store, StoreError};

/// The sources to crawl now (those asked for, and due unless `force`),
/// each with its state as the last run left it.
pub(super) fn due_sources(
    config: &Config,
    store: &Store,
    options: &CrawlOptions,
    now: Timestamp,
) -> Result<Vec<(Source, Option<SourceState>)>, StoreError> {
    let mut due = Vec::new();
    for source in &config.sources {
        if !options.only.is_empty() && !options.only.contains(&source.id) {
            continue;
        }
        let state = store.source_state(&source.id)?;
        if options.force || is_due(source, state.as_ref(), now) {
            due.push((source.clone(), state));
        }
    }
    Ok(due)
}

/// Peak resident memory so far (Linux), for the debug log.
pub(super) fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn is_due(source: &Source, state: Option<&SourceState>, now: Timestamp) -> bool {
    let (Some(every), Some(last)) = (
        source.interval(),
        state.and_then(|state| state.last_checked),
    ) else {
        return true;
    };
    let every_secs = i64::try_from(every.as_secs()).unwrap_or(i64::MAX);
    // A little slack so a daily cron that starts a few seconds early still runs.
    now.as_second().saturating_sub(last.as_second()) >= every_secs.saturating_sub(60)
}

/// The validators for a conditional GET, once there is a version to keep.
pub(super) fn validators_of(state: Option<&SourceState>) -> Validators {
    state
        .filter(|state| state.latest_seq.is_some())
        .map(|state| Validators {
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
        })
        .unwrap_or_default()
}

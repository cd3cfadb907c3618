//! The report's failures, grouped by cause ("DNS lookup failed: 68
//! sources"), each group a collapsed `<details>` list, so a run in which the
//! network was down reads as one problem, not one card per source.

use std::collections::BTreeMap;

use maud::{Markup, html};

use crate::store::{EventRecord, Store, StoreError};

use super::super::words::cause_words;
use super::event;

/// The failure events of a run, by the cause their source last failed with.
pub(super) fn by_cause(
    store: &Store,
    ids: &[u64],
) -> Result<BTreeMap<String, Vec<EventRecord>>, StoreError> {
    let mut groups: BTreeMap<String, Vec<EventRecord>> = BTreeMap::new();
    for &id in ids {
        let Some(event) = store.event(id)? else {
            continue;
        };
        groups
            .entry(cause_of(store, &event)?)
            .or_default()
            .push(event);
    }
    Ok(groups)
}

/// The stable code of the source's last failure (`dns: …` → `dns`).
fn cause_of(store: &Store, event: &EventRecord) -> Result<String, StoreError> {
    let last_error = store
        .source_state(&event.source_id)?
        .and_then(|state| state.last_error);
    Ok(last_error
        .as_deref()
        .and_then(|error| error.split_once(':'))
        .map(|(code, _)| code.trim().to_string())
        .filter(|code| !code.is_empty() && !code.contains(' '))
        .unwrap_or_else(|| "other".to_string()))
}

/// One collapsed group per cause, largest first.
pub(super) fn groups(groups: &BTreeMap<String, Vec<EventRecord>>) -> Markup {
    let mut ordered: Vec<(&String, &Vec<EventRecord>)> = groups.iter().collect();
    ordered.sort_by_key(|(cause, events)| (std::cmp::Reverse(events.len()), cause.as_str()));
    html! {
        @for (cause, events) in ordered {
            details.failures {
                summary {
                    strong { (cause_words(cause)) } ": " (events.len())
                    (if events.len() == 1 { " source" } else { " sources" })
                    " (" code { (cause) } ")"
                }
                @for failure in events { (event::event(failure, None)) }
            }
        }
    }
}

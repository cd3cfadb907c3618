//! The rules behind the review workflow (pure): a blocked reading kept as a
//! candidate, a page that announces its own retirement recorded as a
//! `retired` event, and a reviewer's `accept` of a candidate turned into a
//! new version with its audit record.

use super::retired::retirement;
use super::{Context, Decision, PreviousVersion, first_read, new_version, take_reading};
use crate::model::{ChangeKind, FetchState, Severity};
use crate::store::{Ack, Candidate, EventRecord, NewSnapshot, SourceState};

/// Keeps a blocked reading on the state (its record) and hands back the
/// snapshot whose contents the store must keep.
pub(super) fn keep_candidate(
    state: &mut SourceState,
    snapshot: NewSnapshot,
    message: String,
) -> NewSnapshot {
    state.candidate = Some(Candidate {
        record: snapshot.record.clone(),
        blocked_because: message,
    });
    snapshot
}

/// The page's own numbers, which are never its successor.
fn own_numbers(previous: Option<&PreviousVersion>) -> Vec<&str> {
    previous
        .and_then(|previous| previous.finding.policy_number.as_deref())
        .into_iter()
        .collect()
}

/// An event that changes what the rule says (its `last_changed`).
pub(super) fn moves_the_rule(event: &EventRecord) -> bool {
    matches!(
        event.kind,
        ChangeKind::SourceAdded | ChangeKind::StatusChanged | ChangeKind::Retired
    )
}

/// Whether the new text announces a retirement the previous one did not.
pub(super) fn newly_retired(snapshot: &NewSnapshot, previous: Option<&PreviousVersion>) -> bool {
    retirement(&snapshot.text, &own_numbers(previous)).is_some()
        && previous.is_none_or(|previous| retirement(&previous.text, &[]).is_none())
}

/// The events of a new version: `change` alone, or with a `retired` event
/// when the page newly says its policy is retired. The `retired` event
/// carries the diff in place of a content change; a status change keeps
/// its own event (and its diff) beside it.
pub(super) fn with_retirement(
    context: &Context<'_>,
    change: EventRecord,
    snapshot: &NewSnapshot,
    previous: Option<&PreviousVersion>,
) -> Vec<EventRecord> {
    if !newly_retired(snapshot, previous) {
        return vec![change];
    }
    let Some(found) = retirement(&snapshot.text, &own_numbers(previous)) else {
        return vec![change];
    };
    let mut retired = change.clone();
    retired.kind = ChangeKind::Retired;
    retired.severity = Severity::High;
    retired.review = true;
    retired.evidence = vec![found.notice.clone()];
    retired.summary = format!(
        "{} says its policy is retired: “{}”{}; now {}",
        context.source.id,
        found.notice,
        found
            .successor
            .as_deref()
            .map(|successor| format!("; successor {successor}"))
            .unwrap_or_default(),
        super::describe(
            snapshot.record.finding.status,
            snapshot.record.finding.reason
        )
    );
    retired.successor = found.successor;
    match change.kind {
        ChangeKind::ContentChanged => vec![retired],
        ChangeKind::StatusChanged => {
            retired.diff = None;
            vec![change, retired]
        }
        _ => vec![change, retired],
    }
}

/// A reviewer accepts the source's blocked reading: it becomes the next
/// version (compared with `previous`, the last good one), its status is
/// applied (a `status_changed` event when it differs, else a
/// `content_changed` one), and the event records who accepted it, when and
/// why, already acknowledged by them. `None` when there is no candidate.
pub fn accept(
    context: &Context<'_>,
    state: &SourceState,
    previous: Option<&PreviousVersion>,
    candidate_text: String,
    candidate_raw: Vec<u8>,
    ack: Ack,
) -> Option<Decision> {
    let candidate = state.candidate.clone()?;
    let mut state = state.clone();
    let mut record = candidate.record;
    record.seq = state.latest_seq.unwrap_or(0) + 1;
    let snapshot = NewSnapshot {
        record,
        raw: candidate_raw,
        text: candidate_text,
    };
    let mut change = match previous {
        Some(previous) => new_version(context, &snapshot, previous),
        None => first_read(context, &snapshot),
    };
    change.summary = format!(
        "Blocked reading accepted by {} ({}): {}",
        ack.by, candidate.blocked_because, change.summary
    );
    change.review = true;
    change.ack = Some(ack);
    if matches!(
        change.kind,
        ChangeKind::StatusChanged | ChangeKind::SourceAdded
    ) {
        state.last_changed = Some(context.now);
    }
    take_reading(&mut state, &snapshot);
    state.last_fetch = FetchState::Ok;
    state.latest_seq = Some(snapshot.record.seq);
    state.candidate = None;
    state.consecutive_failures = 0;
    state.last_error = None;
    Some(Decision {
        state,
        snapshot: Some(snapshot),
        events: vec![change],
        candidate: None,
    })
}

#[cfg(test)]
mod tests;

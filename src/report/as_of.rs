//! The ruleset as it stood at the end of a past day (UTC), rebuilt from the
//! stored history, for an auditor's "what did we believe on 2026-03-01, and
//! why?" (`ruleset --as-of`, `advise --as-of`).
//!
//! Each source's state on that day is replayed from its events and stored
//! versions up to the day's end: the status and reason of its last event,
//! the stored version that reading rested on (its evidence and conditions),
//! whether it was failing then, and which review events were still
//! unacknowledged then. The baseline counts only with positions dated by
//! then; the version is the one the last run finished by then published.
//! What the store never kept cannot be replayed: checks answered with 304
//! leave no trace, so "last checked" is the last stored version or event.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::config::Config;
use crate::model::{ChangeKind, FetchState};
use crate::store::{EventRecord, RunState, SnapshotRecord, SourceState, Store, StoreError};

use super::ReportError;
use super::ruleset::{self, Readings, Ruleset};

/// A moment in the past: the end of a day (UTC), or an exact instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    EndOfDay(Date),
    Instant(Timestamp),
}

impl std::str::FromStr for AsOf {
    type Err = String;

    /// `2026-03-01` (the end of that day, UTC) or `2026-03-01T12:00:00Z`.
    fn from_str(text: &str) -> Result<AsOf, String> {
        if let Ok(day) = text.parse::<Date>() {
            return Ok(AsOf::EndOfDay(day));
        }
        text.parse::<Timestamp>().map(AsOf::Instant).map_err(|_| {
            format!(
                "{text:?} is neither a date (2026-03-01) nor a UTC timestamp (2026-03-01T12:00:00Z)"
            )
        })
    }
}

impl std::fmt::Display for AsOf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AsOf::EndOfDay(day) => write!(f, "the end of {day} (UTC)"),
            AsOf::Instant(at) => write!(f, "{at}"),
        }
    }
}

impl AsOf {
    /// The first instant not included: what happened before it counts.
    pub fn cutoff(self) -> Result<Timestamp, ReportError> {
        match self {
            AsOf::Instant(at) => at
                .checked_add(jiff::SignedDuration::from_nanos(1))
                .map_err(|error| self.unrepresentable(error)),
            AsOf::EndOfDay(day) => day
                .tomorrow()
                .and_then(|next| next.to_zoned_datetime(jiff::tz::TimeZone::UTC))
                .map(|zoned| zoned.timestamp())
                .map_err(|error| self.unrepresentable(error)),
        }
    }

    /// The day whose baseline positions were known then.
    pub fn day(self) -> Date {
        match self {
            AsOf::EndOfDay(day) => day,
            AsOf::Instant(at) => at.to_zoned_datetime(jiff::tz::TimeZone::UTC).date(),
        }
    }

    fn unrepresentable(self, error: jiff::Error) -> ReportError {
        ReportError::Render {
            what: self.to_string(),
            message: error.to_string(),
        }
    }
}

/// The ruleset as it stood at `moment`.
pub fn ruleset_as_of(config: &Config, store: &Store, moment: AsOf) -> Result<Ruleset, ReportError> {
    let cutoff = moment.cutoff()?;
    let day = moment.day();
    let past = StoreAsOf::replay(config, store, cutoff)?;
    let last_run = store
        .runs()?
        .into_iter()
        .filter(|run| run.state == RunState::Finished)
        .filter(|run| run.finished_at.is_some_and(|at| at < cutoff))
        .max_by_key(|run| run.finished_at);
    let standings = config
        .baseline
        .as_ref()
        .map(|baseline| baseline.standings_until(Some(day)))
        .unwrap_or_default();
    Ok(ruleset::build_with_baseline(
        config,
        &past,
        last_run.as_ref().map_or(0, |run| run.ruleset_version),
        last_run.and_then(|run| run.finished_at),
        standings,
    )?)
}

/// Each source's state and stored versions as they stood at `cutoff`.
pub struct StoreAsOf {
    states: HashMap<String, SourceState>,
    snapshots: HashMap<(String, u64), SnapshotRecord>,
}

impl StoreAsOf {
    pub fn replay(
        config: &Config,
        store: &Store,
        cutoff: Timestamp,
    ) -> Result<StoreAsOf, StoreError> {
        let mut events: HashMap<String, Vec<EventRecord>> = HashMap::new();
        for event in store.events() {
            let event = event?;
            if event.at < cutoff {
                events
                    .entry(event.source_id.clone())
                    .or_default()
                    .push(event);
            }
        }
        let mut past = StoreAsOf {
            states: HashMap::new(),
            snapshots: HashMap::new(),
        };
        for source in &config.sources {
            let versions: Vec<SnapshotRecord> = store
                .snapshots_of(&source.id)?
                .into_iter()
                .filter(|snapshot| snapshot.fetched_at < cutoff)
                .collect();
            let own_events = events.remove(&source.id).unwrap_or_default();
            let blank = SourceState::new(&source.id, source.kind, &source.subject);
            if let Some(state) = state_at(blank, &own_events, &versions, cutoff) {
                past.states.insert(source.id.clone(), state);
            }
            for version in versions {
                past.snapshots
                    .insert((version.source_id.clone(), version.seq), version);
            }
        }
        Ok(past)
    }
}

impl Readings for StoreAsOf {
    fn source_state(&self, source_id: &str) -> Result<Option<SourceState>, StoreError> {
        Ok(self.states.get(source_id).cloned())
    }

    fn snapshot(&self, source_id: &str, seq: u64) -> Result<Option<SnapshotRecord>, StoreError> {
        Ok(self.snapshots.get(&(source_id.to_string(), seq)).cloned())
    }
}

/// One source's state at `cutoff`, from its events and versions before it
/// (both oldest first). `None` when nothing had been recorded yet.
fn state_at(
    mut state: SourceState,
    events: &[EventRecord],
    versions: &[SnapshotRecord],
    cutoff: Timestamp,
) -> Option<SourceState> {
    if events.is_empty() && versions.is_empty() {
        return None;
    }
    if let Some(last) = events.iter().rev().find(|event| event.new_status.is_some()) {
        state.status = last.new_status.unwrap_or(state.status);
        state.reason = last.new_reason;
    }
    state.last_changed = events
        .iter()
        .rev()
        .find(|event| {
            event.kind == ChangeKind::SourceAdded
                || (event.new_status.is_some()
                    && (event.old_status, event.old_reason) != (event.new_status, event.new_reason))
        })
        .map(|event| event.at);
    // The version the reading rests on: the last one that read as the
    // status stood, else the last one stored.
    let resting = versions
        .iter()
        .rev()
        .find(|version| {
            (version.finding.status, version.finding.reason) == (state.status, state.reason)
        })
        .or(versions.last());
    state.latest_seq = resting.map(|version| version.seq);
    state.finding_needs_review = resting.is_some_and(|version| version.finding.needs_review);
    let health = events.iter().rev().find(|event| {
        matches!(
            event.kind,
            ChangeKind::FetchFailed
                | ChangeKind::ExtractionFailed
                | ChangeKind::FetchRecovered
                | ChangeKind::SourceAdded
                | ChangeKind::StatusChanged
                | ChangeKind::ContentChanged
        )
    });
    let (fetch, failing_since) = match health {
        Some(event) if event.kind == ChangeKind::FetchFailed => (FetchState::Failed, Some(event)),
        Some(event) if event.kind == ChangeKind::ExtractionFailed => {
            (FetchState::ExtractionFailed, Some(event))
        }
        _ => (FetchState::Ok, None),
    };
    state.last_fetch = fetch;
    state.consecutive_failures = u32::from(failing_since.is_some());
    state.last_error = failing_since.map(|event| event.summary.clone());
    state.last_checked = versions
        .last()
        .map(|version| version.fetched_at)
        .into_iter()
        .chain(events.last().map(|event| event.at))
        .max();
    state.pending_review = events
        .iter()
        .filter(|event| event.review)
        .filter(|event| event.ack.as_ref().is_none_or(|ack| ack.at >= cutoff))
        .map(|event| event.id)
        .collect();
    state.refresh_needs_review();
    Some(state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Severity, SourceKind, Status};
    use crate::store::Ack;

    fn at(text: &str) -> Timestamp {
        text.parse()
            .unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    fn event(
        id: u64,
        when: &str,
        kind: ChangeKind,
        old: Option<Status>,
        new: Status,
    ) -> EventRecord {
        EventRecord {
            id,
            run_id: id,
            at: at(when),
            kind,
            source_id: "tx-board".into(),
            subject: "TX".into(),
            old_status: old,
            new_status: Some(new),
            old_reason: None,
            new_reason: None,
            severity: Severity::High,
            summary: format!("event {id}"),
            url: "https://example.org/tx".into(),
            evidence: Vec::new(),
            old_seq: None,
            new_seq: None,
            diff: None,
            review: kind == ChangeKind::StatusChanged,
            ack: None,
            successor: None,
        }
    }

    #[test]
    fn a_date_means_the_end_of_that_day_and_a_timestamp_that_instant() {
        let day: AsOf = "2026-03-01".parse().expect("date");
        assert_eq!(day.cutoff().expect("cutoff"), at("2026-03-02T00:00:00Z"));
        let instant: AsOf = "2026-03-01T10:00:00Z".parse().expect("timestamp");
        assert!(instant.cutoff().expect("cutoff") > at("2026-03-01T10:00:00Z"));
        assert_eq!(instant.day().to_string(), "2026-03-01");
        assert!("March 1st".parse::<AsOf>().is_err());
    }

    #[test]
    fn the_status_and_pending_reviews_are_those_of_the_moment() {
        let blank = SourceState::new("tx-board", SourceKind::StateBoard, "TX");
        let mut flip = event(
            2,
            "2026-03-05T03:00:00Z",
            ChangeKind::StatusChanged,
            Some(Status::Allowed),
            Status::NotAllowed,
        );
        flip.ack = Some(Ack {
            by: "dana".into(),
            at: at("2026-03-09T12:00:00Z"),
            note: String::new(),
        });
        let history = [
            event(
                1,
                "2026-03-01T03:00:00Z",
                ChangeKind::SourceAdded,
                None,
                Status::Allowed,
            ),
            flip,
        ];
        let on = |cutoff: &str| {
            let events: Vec<EventRecord> = history
                .iter()
                .filter(|e| e.at < at(cutoff))
                .cloned()
                .collect();
            state_at(blank.clone(), &events, &[], at(cutoff))
        };
        assert!(on("2026-02-28T00:00:00Z").is_none(), "nothing known yet");
        let early = on("2026-03-02T00:00:00Z").expect("state");
        assert_eq!(early.status, Status::Allowed);
        assert!(!early.needs_review);
        let flipped = on("2026-03-06T00:00:00Z").expect("state");
        assert_eq!(flipped.status, Status::NotAllowed);
        assert_eq!(flipped.pending_review, vec![2], "not acknowledged yet then");
        assert!(flipped.needs_review);
        let reviewed = on("2026-03-10T00:00:00Z").expect("state");
        assert!(reviewed.pending_review.is_empty(), "acknowledged by then");
        assert_eq!(reviewed.last_changed, Some(at("2026-03-05T03:00:00Z")));
    }

    #[test]
    fn a_source_failing_at_the_moment_keeps_its_status_and_says_so() {
        let blank = SourceState::new("tx-board", SourceKind::StateBoard, "TX");
        let history = [
            event(
                1,
                "2026-03-01T03:00:00Z",
                ChangeKind::SourceAdded,
                None,
                Status::Allowed,
            ),
            event(
                2,
                "2026-03-03T03:00:00Z",
                ChangeKind::FetchFailed,
                Some(Status::Allowed),
                Status::Allowed,
            ),
        ];
        let state = state_at(blank, &history, &[], at("2026-03-04T00:00:00Z")).expect("state");
        assert_eq!(state.status, Status::Allowed);
        assert_eq!(state.last_fetch, FetchState::Failed);
        assert_eq!(state.last_error.as_deref(), Some("event 2"));
    }
}

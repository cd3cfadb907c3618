//! Decides what one source's observation in this run means: the new source
//! state, whether a new snapshot is kept, and which change events to record.
//!
//! Pure: the pipeline gathers the observation and the previous version, this
//! module applies the rules of `INTERFACE.md` (one event kind per situation,
//! status kept on failure, escalation after N failed runs, a status change
//! carrying its own diff) and hands back one [`Decision`] to commit.

use std::sync::LazyLock;

use jiff::Timestamp;
use regex::Regex;

use crate::config::Source;
use crate::diff;
use crate::model::{ChangeKind, FetchState, Finding, Severity, Status};
use crate::store::{EventRecord, NewSnapshot, SourceState};

/// A text shorter than this share of the previous one has collapsed.
const COLLAPSE_RATIO: f64 = 0.4;
/// Stubs ("page moved", login walls) are short; longer pages are judged on content.
const STUB_MAX_CHARS: usize = 700;
/// Diffs kept with an event are cut to this many bytes.
const MAX_DIFF_BYTES: usize = 16_000;

static STUB_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:this page has (?:been )?moved|page (?:has )?moved|page not found|404(?-u:\b)|not found|access denied|forbidden|sign in|log ?in to continue|please log ?in|captcha|are you a (?:human|robot)|verify you are (?:a )?human|temporarily unavailable|service unavailable|internal server error|an error (?:has )?occurred|enable javascript|javascript is required|under maintenance)",
    )
    .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// Everything the rules need about the run and the source.
pub struct Context<'a> {
    pub source: &'a Source,
    pub run_id: u64,
    pub now: Timestamp,
    pub escalate_after: u32,
    /// The baseline position for the source's subject, if a baseline is used.
    pub baseline: Option<(Status, Option<crate::model::Reason>)>,
}

/// The previous good version of the page, for comparison.
pub struct PreviousVersion {
    pub seq: u64,
    pub text: String,
    pub finding: Finding,
    /// Re-read from its raw bytes by this needlewatch version, because an
    /// older one made it.
    pub rederived: bool,
    /// The alternative of the source's selector that matched it, while
    /// that alternative is still part of the configured selector.
    pub selector: Option<String>,
}

/// What happened to the source in this run.
pub enum Observation {
    /// 304, or a body whose bytes or text equal the last version's.
    Unchanged {
        etag: Option<String>,
        last_modified: Option<String>,
        not_modified: bool,
    },
    FetchFailed {
        code: &'static str,
        message: String,
    },
    ExtractionFailed {
        code: &'static str,
        message: String,
    },
    /// A page that read but that the guards do not take as a version (text
    /// collapsed, service no longer mentioned, selector lost and the whole
    /// page read): kept as a candidate.
    Blocked {
        snapshot: Box<NewSnapshot>,
        code: &'static str,
        message: String,
    },
    /// The last version, re-read by a newer needlewatch: its record is
    /// replaced, and nothing is reported.
    Refreshed {
        snapshot: Box<NewSnapshot>,
    },
    /// A page that reads, with a text different from the last version's.
    Read {
        snapshot: Box<NewSnapshot>,
        previous: Option<PreviousVersion>,
    },
}

/// What to commit for this source.
pub struct Decision {
    pub state: SourceState,
    pub snapshot: Option<NewSnapshot>,
    pub events: Vec<EventRecord>,
    /// A blocked reading whose contents the store keeps for review (its
    /// record is `state.candidate`).
    pub candidate: Option<NewSnapshot>,
}

/// Applies the rules to one observation: the source's new state, the
/// snapshot to keep and the events to record, all committed together.
pub fn decide(
    context: &Context<'_>,
    previous: Option<&SourceState>,
    observation: Observation,
) -> Decision {
    let mut state = carried_state(context, previous);
    let mut events = Vec::new();
    let mut candidate = None;
    let snapshot = match screen_broken_read(observation) {
        Observation::Unchanged {
            etag,
            last_modified,
            not_modified,
        } => {
            keep_unchanged(&mut state, etag, last_modified, not_modified);
            recover(context, &mut state, &mut events);
            // The page is the last good version again.
            state.candidate = None;
            None
        }
        Observation::Refreshed { snapshot } => {
            recover(context, &mut state, &mut events);
            take_reading(&mut state, &snapshot);
            state.candidate = None;
            Some(*snapshot)
        }
        Observation::FetchFailed { code, message } => {
            let failure = (ChangeKind::FetchFailed, FetchState::Failed);
            fail(context, &mut state, failure, code, &message, &mut events);
            None
        }
        Observation::ExtractionFailed { code, message } => {
            let failure = (ChangeKind::ExtractionFailed, FetchState::ExtractionFailed);
            fail(context, &mut state, failure, code, &message, &mut events);
            None
        }
        Observation::Blocked {
            snapshot,
            code,
            message,
        } => {
            let failure = (ChangeKind::ExtractionFailed, FetchState::ExtractionFailed);
            fail(context, &mut state, failure, code, &message, &mut events);
            candidate = Some(review::keep_candidate(&mut state, *snapshot, message));
            None
        }
        Observation::Read { snapshot, previous } => {
            recover(context, &mut state, &mut events);
            let change = match &previous {
                None => first_read(context, &snapshot),
                Some(previous) => new_version(context, &snapshot, previous),
            };
            let changes = review::with_retirement(context, change, &snapshot, previous.as_ref());
            if changes.iter().any(review::moves_the_rule) {
                state.last_changed = Some(context.now);
            }
            events.extend(changes);
            state.candidate = None;
            take_reading(&mut state, &snapshot);
            state.latest_seq = Some(snapshot.record.seq);
            state.last_error = None;
            Some(*snapshot)
        }
    };
    Decision {
        state,
        snapshot,
        events,
        candidate,
    }
}

/// The source's last state (or a new one), stamped with this check.
fn carried_state(context: &Context<'_>, previous: Option<&SourceState>) -> SourceState {
    let source = context.source;
    let mut state = previous
        .cloned()
        .unwrap_or_else(|| SourceState::new(&source.id, source.kind, &source.subject));
    state.kind = source.kind;
    state.subject = source.subject.clone();
    state.last_checked = Some(context.now);
    state
}

/// A page that reads but cannot be trusted as a version is an extraction
/// failure, its reading kept as a candidate; a page that says its policy
/// was retired is a new version however short it became.
fn screen_broken_read(observation: Observation) -> Observation {
    match observation {
        Observation::Read { snapshot, previous }
            if !review::newly_retired(&snapshot, previous.as_ref()) =>
        {
            match broken_read(&snapshot, previous.as_ref()) {
                Some(message) => Observation::Blocked {
                    snapshot,
                    code: "unreadable",
                    message,
                },
                None => Observation::Read { snapshot, previous },
            }
        }
        other => other,
    }
}

/// A 304 keeps the validators; an unchanged body brings its own.
fn keep_unchanged(
    state: &mut SourceState,
    etag: Option<String>,
    last_modified: Option<String>,
    not_modified: bool,
) {
    state.last_fetch = if not_modified {
        FetchState::NotModified
    } else {
        FetchState::Ok
    };
    if !not_modified {
        state.etag = etag;
        state.last_modified = last_modified;
    }
}

/// The state takes the snapshot's reading and validators.
fn take_reading(state: &mut SourceState, snapshot: &NewSnapshot) {
    let finding = &snapshot.record.finding;
    state.status = finding.status;
    state.reason = finding.reason;
    state.finding_needs_review = finding.needs_review;
    state.needs_review = finding.needs_review;
    state.last_fetch = FetchState::Ok;
    state.etag = snapshot.record.etag.clone();
    state.last_modified = snapshot.record.last_modified.clone();
}

/// A text that differs from the previous version's: a status change when
/// the status or reason moved, else a content change (low when only dates
/// moved), carrying its diff.
fn new_version(
    context: &Context<'_>,
    snapshot: &NewSnapshot,
    previous: &PreviousVersion,
) -> EventRecord {
    let source = context.source;
    let finding = &snapshot.record.finding;
    let new_seq = snapshot.record.seq;
    let old = &previous.finding;
    let (added, removed) = diff::line_counts(&previous.text, &snapshot.text);
    let unified = truncate(diff::unified(
        &previous.text,
        &snapshot.text,
        &format!("{} #{}", source.id, previous.seq),
        &format!("{} #{new_seq}", source.id),
        2,
    ));
    let seqs = (Some(previous.seq), Some(new_seq));
    if old.status != finding.status || old.reason != finding.reason {
        let summary = format!(
            "{} → {} (+{added} −{removed} lines)",
            describe(old.status, old.reason),
            describe(finding.status, finding.reason)
        );
        let kind = (ChangeKind::StatusChanged, Severity::High);
        return event(
            context,
            kind.0,
            kind.1,
            Some(old),
            finding,
            summary,
            seqs,
            Some(unified),
        );
    }
    let severity = if only_dates_changed(&previous.text, &snapshot.text) {
        Severity::Low
    } else {
        Severity::Medium
    };
    let summary = format!(
        "Text changed (+{added} −{removed} lines); still {}",
        describe(finding.status, finding.reason)
    );
    event(
        context,
        ChangeKind::ContentChanged,
        severity,
        Some(old),
        finding,
        summary,
        seqs,
        Some(unified),
    )
}

/// Why a page that fetched fine cannot be trusted as a new version, if so.
fn broken_read(snapshot: &NewSnapshot, previous: Option<&PreviousVersion>) -> Option<String> {
    let text = &snapshot.text;
    if text.chars().count() <= STUB_MAX_CHARS
        && !snapshot.record.finding.status.is_position()
        && let Some(found) = STUB_PAGE.find(text)
    {
        return Some(format!(
            "the page reads as an error or moved-page stub ({:?})",
            found.as_str()
        ));
    }
    let previous = previous?;
    if let Some(message) = layout_change(snapshot, previous) {
        return Some(message);
    }
    if (text.len() as f64) < previous.text.len() as f64 * COLLAPSE_RATIO {
        return Some(format!(
            "the text collapsed from {} to {} characters",
            previous.text.len(),
            text.len()
        ));
    }
    if previous.finding.mentions_service() && !snapshot.record.finding.mentions_service() {
        return Some("the page no longer mentions dry needling or its CPT codes".into());
    }
    None
}

/// The page matched a different alternative of its selector than last time
/// ("main || body" falling back to `body` once `<main>` is gone): a
/// redesign, reported instead of read as a new version. (`previous.selector`
/// is only set while that alternative is still configured: a selector the
/// user edited is no redesign.)
fn layout_change(snapshot: &NewSnapshot, previous: &PreviousVersion) -> Option<String> {
    let before = previous.selector.as_deref()?;
    let now = snapshot.record.selector.as_deref()?;
    (before != now).then(|| {
        format!("layout changed: the selector matched {now:?}, not {before:?} as last time")
    })
}

/// A source that reads again: its failure count resets, and a
/// `fetch_recovered` event is recorded when it had a version to return to.
fn recover(context: &Context<'_>, state: &mut SourceState, events: &mut Vec<EventRecord>) {
    let failed_runs = state.consecutive_failures;
    let was_failing = failed_runs > 0;
    state.consecutive_failures = 0;
    state.last_error = None;
    state.needs_review = state.finding_needs_review;
    if was_failing && state.latest_seq.is_some() {
        let summary = format!(
            "{} reads again after {failed_runs} failed run{}",
            context.source.id,
            if failed_runs == 1 { "" } else { "s" }
        );
        events.push(status_event(
            context,
            ChangeKind::FetchRecovered,
            Severity::Low,
            state,
            summary,
        ));
    }
}

/// A failed fetch or read: the status is kept, an event is recorded on the
/// first failure and again, high, when it reaches `escalate_after`.
fn fail(
    context: &Context<'_>,
    state: &mut SourceState,
    (kind, fetch): (ChangeKind, FetchState),
    code: &str,
    message: &str,
    events: &mut Vec<EventRecord>,
) {
    state.consecutive_failures += 1;
    state.last_fetch = fetch;
    state.last_error = Some(format!("{code}: {message}"));
    state.needs_review = state.status != Status::Unknown || state.latest_seq.is_some();
    let failures = state.consecutive_failures;
    let verb = if kind == ChangeKind::FetchFailed {
        "could not be fetched"
    } else {
        "could not be read"
    };
    let (severity, summary) = if failures == context.escalate_after {
        (
            Severity::High,
            format!(
                "{} {verb} on {failures} consecutive runs: {message}",
                context.source.id
            ),
        )
    } else if failures == 1 {
        (
            Severity::Low,
            format!("{} {verb}: {message}", context.source.id),
        )
    } else {
        return;
    };
    events.push(status_event(context, kind, severity, state, summary));
}

fn status_event(
    context: &Context<'_>,
    kind: ChangeKind,
    severity: Severity,
    state: &SourceState,
    summary: String,
) -> EventRecord {
    EventRecord {
        id: 0,
        run_id: context.run_id,
        at: context.now,
        kind,
        source_id: context.source.id.clone(),
        subject: context.source.subject.clone(),
        old_status: Some(state.status),
        new_status: Some(state.status),
        old_reason: state.reason,
        new_reason: state.reason,
        severity,
        summary,
        url: context.source.url.to_string(),
        evidence: Vec::new(),
        old_seq: state.latest_seq,
        new_seq: state.latest_seq,
        diff: None,
        // A broken read questions the rule; a failed fetch or recovery does not.
        review: kind == ChangeKind::ExtractionFailed,
        ack: None,
        successor: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    context: &Context<'_>,
    kind: ChangeKind,
    severity: Severity,
    old: Option<&Finding>,
    new: &Finding,
    summary: String,
    (old_seq, new_seq): (Option<u64>, Option<u64>),
    diff: Option<String>,
) -> EventRecord {
    EventRecord {
        id: 0,
        run_id: context.run_id,
        at: context.now,
        kind,
        source_id: context.source.id.clone(),
        subject: context.source.subject.clone(),
        old_status: old.map(|finding| finding.status),
        new_status: Some(new.status),
        old_reason: old.and_then(|finding| finding.reason),
        new_reason: new.reason,
        severity,
        summary,
        url: context.source.url.to_string(),
        evidence: new.evidence.clone(),
        old_seq,
        new_seq,
        diff,
        review: kind == ChangeKind::StatusChanged || new.needs_review,
        ack: None,
        successor: None,
    }
}

pub fn describe(status: Status, reason: Option<crate::model::Reason>) -> String {
    match reason {
        Some(reason) => format!("{status} ({reason})"),
        None => status.to_string(),
    }
}

mod first_read;
mod retired;
mod review;
mod text;

use first_read::first_read;
pub use first_read::stated_disagreement;
pub use retired::{Retirement, retirement};
pub use review::accept;
use text::{only_dates_changed, truncate};

#[cfg(test)]
mod tests;

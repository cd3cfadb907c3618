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
}

pub fn decide(
    context: &Context<'_>,
    previous: Option<&SourceState>,
    observation: Observation,
) -> Decision {
    let source = context.source;
    let mut state = previous
        .cloned()
        .unwrap_or_else(|| SourceState::new(&source.id, source.kind, &source.subject));
    state.kind = source.kind;
    state.subject = source.subject.clone();
    state.last_checked = Some(context.now);
    let was_failing = state.consecutive_failures > 0;
    let failed_runs = state.consecutive_failures;
    let mut events = Vec::new();

    let observation = match observation {
        Observation::Read { snapshot, previous } => match broken_read(&snapshot, previous.as_ref())
        {
            Some(message) => Observation::ExtractionFailed {
                code: "unreadable",
                message,
            },
            None => Observation::Read { snapshot, previous },
        },
        other => other,
    };

    match observation {
        Observation::Unchanged {
            etag,
            last_modified,
            not_modified,
        } => {
            state.last_fetch = if not_modified {
                FetchState::NotModified
            } else {
                FetchState::Ok
            };
            if !not_modified {
                state.etag = etag;
                state.last_modified = last_modified;
            }
            recover(context, &mut state, was_failing, failed_runs, &mut events);
            Decision {
                state,
                snapshot: None,
                events,
            }
        }
        Observation::Refreshed { snapshot } => {
            recover(context, &mut state, was_failing, failed_runs, &mut events);
            let finding = &snapshot.record.finding;
            state.status = finding.status;
            state.reason = finding.reason;
            state.finding_needs_review = finding.needs_review;
            state.needs_review = finding.needs_review;
            state.last_fetch = FetchState::Ok;
            state.etag = snapshot.record.etag.clone();
            state.last_modified = snapshot.record.last_modified.clone();
            Decision {
                state,
                snapshot: Some(*snapshot),
                events,
            }
        }
        Observation::FetchFailed { code, message } => {
            fail(
                context,
                &mut state,
                ChangeKind::FetchFailed,
                FetchState::Failed,
                code,
                &message,
                &mut events,
            );
            Decision {
                state,
                snapshot: None,
                events,
            }
        }
        Observation::ExtractionFailed { code, message } => {
            fail(
                context,
                &mut state,
                ChangeKind::ExtractionFailed,
                FetchState::ExtractionFailed,
                code,
                &message,
                &mut events,
            );
            Decision {
                state,
                snapshot: None,
                events,
            }
        }
        Observation::Read { snapshot, previous } => {
            recover(context, &mut state, was_failing, failed_runs, &mut events);
            let finding = &snapshot.record.finding;
            let new_seq = snapshot.record.seq;
            match previous {
                None => {
                    let differs_from_baseline = context.baseline.filter(|&(status, reason)| {
                        finding.status.is_position()
                            && (status, reason) != (finding.status, finding.reason)
                    });
                    let mut added = event(
                        context,
                        ChangeKind::SourceAdded,
                        Severity::Low,
                        None,
                        &state,
                        finding,
                        format!(
                            "First read of {}: {}",
                            source.id,
                            describe(finding.status, finding.reason)
                        ),
                        (None, Some(new_seq)),
                        None,
                    );
                    if let Some((status, reason)) = differs_from_baseline {
                        // The first reading contradicts what was known before.
                        added.kind = ChangeKind::StatusChanged;
                        added.severity = Severity::High;
                        added.review = true;
                        added.old_status = Some(status);
                        added.old_reason = reason;
                        added.summary = format!(
                            "{} → {} (first read of {}; the baseline said {})",
                            describe(status, reason),
                            describe(finding.status, finding.reason),
                            source.id,
                            describe(status, reason)
                        );
                    }
                    events.push(added);
                    state.last_changed = Some(context.now);
                }
                Some(previous) => {
                    let old = &previous.finding;
                    let status_moved = old.status != finding.status || old.reason != finding.reason;
                    let (added, removed) = diff::line_counts(&previous.text, &snapshot.text);
                    let unified = truncate(diff::unified(
                        &previous.text,
                        &snapshot.text,
                        &format!("{} #{}", source.id, previous.seq),
                        &format!("{} #{new_seq}", source.id),
                        2,
                    ));
                    if status_moved {
                        events.push(event(
                            context,
                            ChangeKind::StatusChanged,
                            Severity::High,
                            Some(old),
                            &state,
                            finding,
                            format!(
                                "{} → {} (+{added} −{removed} lines)",
                                describe(old.status, old.reason),
                                describe(finding.status, finding.reason)
                            ),
                            (Some(previous.seq), Some(new_seq)),
                            Some(unified),
                        ));
                        state.last_changed = Some(context.now);
                    } else {
                        let severity = if only_dates_changed(&previous.text, &snapshot.text) {
                            Severity::Low
                        } else {
                            Severity::Medium
                        };
                        events.push(event(
                            context,
                            ChangeKind::ContentChanged,
                            severity,
                            Some(old),
                            &state,
                            finding,
                            format!(
                                "Text changed (+{added} −{removed} lines); still {}",
                                describe(finding.status, finding.reason)
                            ),
                            (Some(previous.seq), Some(new_seq)),
                            Some(unified),
                        ));
                    }
                }
            }
            state.status = finding.status;
            state.reason = finding.reason;
            state.finding_needs_review = finding.needs_review;
            state.needs_review = finding.needs_review;
            state.latest_seq = Some(new_seq);
            state.last_fetch = FetchState::Ok;
            state.last_error = None;
            state.etag = snapshot.record.etag.clone();
            state.last_modified = snapshot.record.last_modified.clone();
            Decision {
                state,
                snapshot: Some(*snapshot),
                events,
            }
        }
    }
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

fn recover(
    context: &Context<'_>,
    state: &mut SourceState,
    was_failing: bool,
    failed_runs: u32,
    events: &mut Vec<EventRecord>,
) {
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

fn fail(
    context: &Context<'_>,
    state: &mut SourceState,
    kind: ChangeKind,
    fetch: FetchState,
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
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    context: &Context<'_>,
    kind: ChangeKind,
    severity: Severity,
    old: Option<&Finding>,
    _state: &SourceState,
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
    }
}

pub fn describe(status: Status, reason: Option<crate::model::Reason>) -> String {
    match reason {
        Some(reason) => format!("{status} ({reason})"),
        None => status.to_string(),
    }
}

/// Whether the two texts differ only in dates (a revised or reviewed stamp).
fn only_dates_changed(old: &str, new: &str) -> bool {
    static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(?-u:\b)")
            .unwrap_or_else(|error| unreachable!("static regex: {error}"))
    });
    DATE_LIKE.replace_all(old, "<date>") == DATE_LIKE.replace_all(new, "<date>")
}

fn truncate(mut text: String) -> String {
    if text.len() > MAX_DIFF_BYTES {
        let mut cut = MAX_DIFF_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text.push_str("\n… (diff truncated; `needlewatch diff` shows all of it)\n");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Reason, SourceKind};
    use crate::store::{SnapshotRecord, content_hash};

    fn source() -> Source {
        Source {
            id: "tx-board".into(),
            kind: SourceKind::StateBoard,
            subject: "TX".into(),
            name: "Texas".into(),
            url: url::Url::parse("https://example.org/tx").unwrap(),
            selector: None,
            every: None,
        }
    }

    fn finding(status: Status, reason: Option<Reason>) -> Finding {
        Finding {
            status,
            reason,
            evidence: vec![],
            cpt_codes: vec![],
            terms: vec!["dry needling".into()],
            conditions: vec![],
            effective_date: None,
            policy_number: None,
            needs_review: false,
            next_change: None,
        }
    }

    fn read(seq: u64, text: &str, status: Status) -> NewSnapshot {
        NewSnapshot {
            record: SnapshotRecord {
                source_id: "tx-board".into(),
                seq,
                run_id: 1,
                fetched_at: Timestamp::UNIX_EPOCH,
                url: "https://example.org/tx".into(),
                final_url: "https://example.org/tx".into(),
                http_status: 200,
                content_type: None,
                etag: None,
                last_modified: None,
                raw_hash: content_hash(text.as_bytes()),
                raw_len: text.len() as u64,
                text_hash: content_hash(text.as_bytes()),
                format: "text".into(),
                extractor_version: 1,
                classifier_version: 1,
                finding: finding(status, None),
            },
            raw: text.as_bytes().to_vec(),
            text: text.into(),
        }
    }

    fn run(previous: Option<&SourceState>, observation: Observation) -> Decision {
        let source = source();
        let context = Context {
            source: &source,
            run_id: 7,
            now: Timestamp::UNIX_EPOCH,
            escalate_after: 3,
            baseline: None,
        };
        decide(&context, previous, observation)
    }

    fn kinds(decision: &Decision) -> Vec<ChangeKind> {
        decision.events.iter().map(|event| event.kind).collect()
    }

    const ALLOWED_TEXT: &str = "Dry needling is within the scope of practice for physical therapists with 50 hours of training.";

    #[test]
    fn a_first_read_is_source_added() {
        let decision = run(
            None,
            Observation::Read {
                snapshot: Box::new(read(1, ALLOWED_TEXT, Status::Allowed)),
                previous: None,
            },
        );
        assert_eq!(kinds(&decision), vec![ChangeKind::SourceAdded]);
        assert_eq!(decision.events[0].old_status, None);
        assert_eq!(decision.state.status, Status::Allowed);
        assert_eq!(decision.state.latest_seq, Some(1));
    }

    #[test]
    fn a_status_flip_is_one_high_event_with_its_diff() {
        let first = run(
            None,
            Observation::Read {
                snapshot: Box::new(read(1, ALLOWED_TEXT, Status::Allowed)),
                previous: None,
            },
        );
        let flipped = ALLOWED_TEXT.replace("is within", "is not within");
        let previous = PreviousVersion {
            seq: 1,
            text: ALLOWED_TEXT.into(),
            finding: finding(Status::Allowed, None),
            rederived: false,
        };
        let decision = run(
            Some(&first.state),
            Observation::Read {
                snapshot: Box::new(read(2, &flipped, Status::NotAllowed)),
                previous: Some(previous),
            },
        );
        assert_eq!(kinds(&decision), vec![ChangeKind::StatusChanged]);
        let event = &decision.events[0];
        assert_eq!(
            (event.old_status, event.new_status),
            (Some(Status::Allowed), Some(Status::NotAllowed))
        );
        assert_eq!(event.severity, Severity::High);
        assert!(
            event
                .diff
                .as_deref()
                .unwrap_or("")
                .contains("+Dry needling is not within")
        );
    }

    #[test]
    fn failures_keep_the_status_and_escalate_once() {
        let mut state = run(
            None,
            Observation::Read {
                snapshot: Box::new(read(1, ALLOWED_TEXT, Status::Allowed)),
                previous: None,
            },
        )
        .state;
        let mut seen = Vec::new();
        for _ in 0..4 {
            let decision = run(
                Some(&state),
                Observation::FetchFailed {
                    code: "http_status",
                    message: "HTTP status 404".into(),
                },
            );
            seen.push(
                decision
                    .events
                    .iter()
                    .map(|event| event.severity)
                    .collect::<Vec<_>>(),
            );
            state = decision.state;
            assert_eq!(state.status, Status::Allowed);
            assert!(state.needs_review);
        }
        assert_eq!(
            seen,
            vec![vec![Severity::Low], vec![], vec![Severity::High], vec![]]
        );
        let recovered = run(
            Some(&state),
            Observation::Unchanged {
                etag: None,
                last_modified: None,
                not_modified: true,
            },
        );
        assert_eq!(kinds(&recovered), vec![ChangeKind::FetchRecovered]);
        assert!(!recovered.state.needs_review);
        assert_eq!(recovered.state.consecutive_failures, 0);
    }

    #[test]
    fn a_first_fetch_failure_stays_unknown() {
        let decision = run(
            None,
            Observation::FetchFailed {
                code: "timeout",
                message: "timed out".into(),
            },
        );
        assert_eq!(kinds(&decision), vec![ChangeKind::FetchFailed]);
        assert_eq!(decision.state.status, Status::Unknown);
    }

    #[test]
    fn a_moved_stub_is_an_extraction_failure_not_a_status_change() {
        let first = run(
            None,
            Observation::Read {
                snapshot: Box::new(read(1, ALLOWED_TEXT, Status::Allowed)),
                previous: None,
            },
        );
        let previous = PreviousVersion {
            seq: 1,
            text: ALLOWED_TEXT.into(),
            finding: finding(Status::Allowed, None),
            rederived: false,
        };
        let mut stub = read(
            2,
            "This page has moved. Please update your bookmarks.",
            Status::Unclear,
        );
        stub.record.finding.terms.clear();
        let decision = run(
            Some(&first.state),
            Observation::Read {
                snapshot: Box::new(stub),
                previous: Some(previous),
            },
        );
        assert_eq!(kinds(&decision), vec![ChangeKind::ExtractionFailed]);
        assert!(decision.snapshot.is_none());
        assert_eq!(decision.state.status, Status::Allowed);
    }

    #[test]
    fn a_date_only_edit_is_a_low_content_change() {
        assert!(only_dates_changed(
            "Effective January 1, 2024. Text.",
            "Effective March 3, 2025. Text."
        ));
        assert!(!only_dates_changed(
            "Requires 50 hours.",
            "Requires 80 hours."
        ));
    }
}

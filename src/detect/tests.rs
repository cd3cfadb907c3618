//! The event rules, one situation per test.

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
        provenance: Default::default(),
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
            selector: None,
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
fn a_first_read_that_differs_from_the_stated_position_asks_for_review() {
    let mut source = source();
    let first_read_of = |source: &Source| {
        let context = Context {
            source,
            run_id: 7,
            now: Timestamp::UNIX_EPOCH,
            escalate_after: 3,
            baseline: None,
        };
        let observation = Observation::Read {
            snapshot: Box::new(read(1, ALLOWED_TEXT, Status::Allowed)),
            previous: None,
        };
        decide(&context, None, observation).events.remove(0)
    };
    source.provenance.stated = Some(Status::NotAllowed);
    let added = first_read_of(&source);
    assert_eq!(added.kind, ChangeKind::SourceAdded);
    assert!(added.review);
    assert!(
        added.summary.ends_with(
            "reading disagrees with the stated position (stated not_allowed, read allowed)"
        ),
        "{}",
        added.summary
    );
    source.provenance.stated = Some(Status::Allowed);
    let agreeing = first_read_of(&source);
    assert!(!agreeing.review && !agreeing.summary.contains("disagrees"));
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
        selector: None,
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
        selector: None,
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

//! Candidates, retirements and accepting a candidate, one situation per test.

use jiff::Timestamp;

use super::super::{Observation, decide};
use super::*;
use crate::config::Source;
use crate::model::{Finding, SourceKind, Status};
use crate::store::{SnapshotRecord, content_hash};

fn source() -> Source {
    Source {
        id: "acme-dn".into(),
        kind: SourceKind::Payer,
        subject: "acme".into(),
        name: "Acme".into(),
        url: url::Url::parse("https://example.org/acme").unwrap(),
        selector: None,
        every: None,
        provenance: Default::default(),
    }
}

fn read(seq: u64, text: &str, status: Status, terms: &[&str]) -> NewSnapshot {
    NewSnapshot {
        record: SnapshotRecord {
            selector: None,
            source_id: "acme-dn".into(),
            seq,
            run_id: 1,
            fetched_at: Timestamp::UNIX_EPOCH,
            url: "https://example.org/acme".into(),
            final_url: "https://example.org/acme".into(),
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
            finding: Finding {
                status,
                reason: None,
                evidence: vec![],
                cpt_codes: vec![],
                terms: terms.iter().map(|term| term.to_string()).collect(),
                conditions: vec![],
                effective_date: None,
                policy_number: Some("MP-204".into()),
                needs_review: false,
                next_change: None,
            },
        },
        raw: text.as_bytes().to_vec(),
        text: text.into(),
    }
}

const COVERED_TEXT: &str = "Medical policy MP-204. Dry needling is covered when a physical therapist with 50 hours of training performs it, for up to six sessions a year, after a failed trial of exercise therapy.";

fn previous() -> (SourceState, PreviousVersion) {
    let mut state = SourceState::new("acme-dn", SourceKind::Payer, "acme");
    state.latest_seq = Some(1);
    state.status = Status::Covered;
    let first = read(1, COVERED_TEXT, Status::Covered, &["dry needling"]);
    let previous = PreviousVersion {
        selector: None,
        seq: 1,
        text: first.text.clone(),
        finding: first.record.finding.clone(),
        rederived: false,
    };
    (state, previous)
}

fn context(source: &Source) -> Context<'_> {
    Context {
        source,
        run_id: 7,
        now: Timestamp::UNIX_EPOCH,
        escalate_after: 3,
        baseline: None,
    }
}

fn kinds(events: &[EventRecord]) -> Vec<ChangeKind> {
    events.iter().map(|event| event.kind).collect()
}

#[test]
fn a_collapsed_page_is_blocked_and_kept_as_a_candidate() {
    let source = source();
    let (state, previous) = previous();
    let decision = decide(
        &context(&source),
        Some(&state),
        Observation::Read {
            snapshot: Box::new(read(2, "Policies A to Z.", Status::Unclear, &[])),
            previous: Some(previous),
        },
    );
    assert_eq!(kinds(&decision.events), [ChangeKind::ExtractionFailed]);
    assert!(decision.snapshot.is_none(), "not a version");
    assert_eq!(decision.state.status, Status::Covered, "status kept");
    let candidate = decision.state.candidate.as_ref().expect("a candidate");
    assert_eq!(candidate.record.finding.status, Status::Unclear);
    assert!(candidate.blocked_because.contains("collapsed"));
    assert_eq!(
        decision.candidate.map(|snapshot| snapshot.text).as_deref(),
        Some("Policies A to Z."),
        "its contents go to the store"
    );
}

#[test]
fn a_retired_policy_is_read_with_a_retired_event_beside_its_status_change() {
    let source = source();
    let (state, previous) = previous();
    let retired_text = "MP-204 (retired). This policy has been retired. See MP-310.";
    let decision = decide(
        &context(&source),
        Some(&state),
        Observation::Read {
            snapshot: Box::new(read(2, retired_text, Status::Unclear, &[])),
            previous: Some(previous),
        },
    );
    assert_eq!(
        kinds(&decision.events),
        [ChangeKind::StatusChanged, ChangeKind::Retired]
    );
    let retired = &decision.events[1];
    assert_eq!(retired.successor.as_deref(), Some("MP-310"));
    assert!(retired.review);
    assert_eq!(retired.new_status, Some(Status::Unclear));
    assert_eq!(retired.evidence, ["This policy has been retired."]);
    assert_eq!(decision.state.status, Status::Unclear);
    assert_eq!(decision.state.latest_seq, Some(2));
    assert!(decision.state.candidate.is_none());
}

#[test]
fn a_retirement_with_the_same_status_replaces_the_content_change() {
    let source = source();
    let (mut state, mut previous) = previous();
    let unclear = "Medical policy MP-204 on dry needling is being revised; no position is stated for now while the plan reviews it.";
    previous.text = unclear.into();
    previous.finding.status = Status::Unclear;
    state.status = Status::Unclear;
    let retired = format!("{unclear} This policy is no longer in effect.");
    let decision = decide(
        &context(&source),
        Some(&state),
        Observation::Read {
            snapshot: Box::new(read(2, &retired, Status::Unclear, &["dry needling"])),
            previous: Some(PreviousVersion {
                selector: None,
                seq: previous.seq,
                text: previous.text.clone(),
                finding: previous.finding.clone(),
                rederived: false,
            }),
        },
    );
    assert_eq!(kinds(&decision.events), [ChangeKind::Retired]);
    assert!(decision.events[0].diff.is_some(), "it carries the diff");
    assert_eq!(decision.events[0].successor, None);

    // Already retired last time: an edit is an ordinary change.
    previous.text = retired.clone();
    let decision = decide(
        &context(&source),
        Some(&state),
        Observation::Read {
            snapshot: Box::new(read(
                3,
                &format!("{retired} Contact us."),
                Status::Unclear,
                &["dry needling"],
            )),
            previous: Some(previous),
        },
    );
    assert_eq!(kinds(&decision.events), [ChangeKind::ContentChanged]);
}

#[test]
fn accepting_a_candidate_makes_it_the_next_version_with_the_reviewers_name() {
    let source = source();
    let (mut state, previous) = previous();
    let blocked = read(9, "Policies A to Z.", Status::Unclear, &[]);
    state.candidate = Some(Candidate {
        record: blocked.record.clone(),
        blocked_because: "the text collapsed".into(),
    });
    state.consecutive_failures = 2;
    let ack = Ack {
        by: "ana".into(),
        at: Timestamp::UNIX_EPOCH,
        note: "policy index replaced the page".into(),
    };
    let decision = accept(
        &context(&source),
        &state,
        Some(&previous),
        blocked.text.clone(),
        blocked.raw.clone(),
        ack.clone(),
    )
    .expect("a candidate to accept");
    assert_eq!(kinds(&decision.events), [ChangeKind::StatusChanged]);
    let event = &decision.events[0];
    assert_eq!(
        event.ack.as_ref(),
        Some(&ack),
        "recorded as reviewed by ana"
    );
    assert!(event.summary.starts_with("Blocked reading accepted by ana"));
    assert_eq!((event.old_seq, event.new_seq), (Some(1), Some(2)));
    let snapshot = decision.snapshot.expect("a new version");
    assert_eq!(
        snapshot.record.seq, 2,
        "numbered after the last good version"
    );
    assert_eq!(decision.state.latest_seq, Some(2));
    assert_eq!(decision.state.status, Status::Unclear);
    assert_eq!(decision.state.consecutive_failures, 0);
    assert!(decision.state.candidate.is_none());

    state.candidate = None;
    assert!(
        accept(
            &context(&source),
            &state,
            Some(&previous),
            String::new(),
            Vec::new(),
            ack
        )
        .is_none()
    );
}

//! The store: commits, acknowledgements, locking, runs, schema.

use super::*;
use crate::model::{ChangeKind, Finding, Severity, SourceKind, Status};

fn finding() -> Finding {
    Finding {
        status: Status::Allowed,
        reason: None,
        evidence: vec!["Dry needling is allowed.".into()],
        cpt_codes: vec![],
        terms: vec!["dry needling".into()],
        conditions: vec![],
        effective_date: None,
        policy_number: None,
        needs_review: false,
        next_change: None,
    }
}

fn snapshot(source_id: &str, seq: u64, raw: &[u8], text: &str) -> NewSnapshot {
    NewSnapshot {
        record: SnapshotRecord {
            source_id: source_id.into(),
            seq,
            run_id: 1,
            fetched_at: Timestamp::UNIX_EPOCH,
            url: "https://example.org/".into(),
            final_url: "https://example.org/".into(),
            http_status: 200,
            content_type: Some("text/html".into()),
            etag: None,
            last_modified: None,
            raw_hash: content_hash(raw),
            raw_len: raw.len() as u64,
            text_hash: content_hash(text.as_bytes()),
            format: "html".into(),
            extractor_version: 1,
            classifier_version: 1,
            finding: finding(),
            selector: None,
        },
        raw: raw.to_vec(),
        text: text.into(),
    }
}

fn event(source_id: &str) -> EventRecord {
    EventRecord {
        id: 0,
        run_id: 1,
        at: Timestamp::UNIX_EPOCH,
        kind: ChangeKind::SourceAdded,
        source_id: source_id.into(),
        subject: "TX".into(),
        old_status: None,
        new_status: Some(Status::Allowed),
        old_reason: None,
        new_reason: None,
        severity: Severity::Medium,
        summary: "added".into(),
        url: "https://example.org/".into(),
        evidence: vec![],
        old_seq: None,
        new_seq: Some(1),
        diff: None,
        review: true,
        ack: None,
        successor: None,
    }
}

#[test]
fn a_commit_stores_everything_and_dedups_blobs() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let state = SourceState::new("a", SourceKind::StateBoard, "TX");
    let committed = store
        .commit(SourceCommit {
            state: state.clone(),
            snapshot: Some(snapshot("a", 1, b"<p>same</p>", "same")),
            events: vec![event("a"), event("a")],
        })
        .unwrap();
    assert_eq!(
        committed.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![1, 2]
    );
    store
        .commit(SourceCommit {
            state: SourceState::new("b", SourceKind::StateBoard, "TX"),
            snapshot: Some(snapshot("b", 1, b"<p>same</p>", "same")),
            events: vec![event("b")],
        })
        .unwrap();
    assert_eq!(
        store.content_index.len(),
        2,
        "one raw body and one text, stored once"
    );
    assert_eq!(
        store.packs.size_on_disk().unwrap(),
        (compress(b"<p>same</p>").len() + compress(b"same").len()) as u64
    );
    assert_eq!(store.snapshots_of("a").unwrap().len(), 1);
    assert_eq!(
        store.raw(&content_hash(b"<p>same</p>")).unwrap().unwrap(),
        b"<p>same</p>"
    );
    assert_eq!(store.text(&content_hash(b"same")).unwrap().unwrap(), "same");
    assert_eq!(store.events().count(), 3);
    assert_eq!(store.event(3).unwrap().unwrap().source_id, "b");
    let mut expected = state;
    expected.pending_review = vec![1, 2];
    expected.needs_review = true;
    assert_eq!(
        store.source_state("a").unwrap(),
        Some(expected),
        "review events are pending"
    );
}

#[test]
fn acknowledging_clears_review_and_keeps_the_audit_trail() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let committed = store
        .commit(SourceCommit {
            state: SourceState::new("a", SourceKind::StateBoard, "TX"),
            snapshot: Some(snapshot("a", 1, b"<p>x</p>", "x")),
            events: vec![event("a"), event("a")],
        })
        .unwrap();
    let state = store.source_state("a").unwrap().unwrap();
    assert_eq!(state.pending_review, vec![1, 2]);
    assert!(state.needs_review);
    let ack = Ack {
        by: "reviewer".into(),
        at: Timestamp::UNIX_EPOCH,
        note: "checked the page".into(),
    };
    store.acknowledge(committed[0].id, ack.clone()).unwrap();
    assert!(
        store.source_state("a").unwrap().unwrap().needs_review,
        "one still pending"
    );
    store.acknowledge(committed[1].id, ack.clone()).unwrap();
    let state = store.source_state("a").unwrap().unwrap();
    assert!(!state.needs_review && state.pending_review.is_empty());
    assert_eq!(store.event(1).unwrap().unwrap().ack, Some(ack.clone()));
    assert!(matches!(
        store.acknowledge(1, ack.clone()),
        Err(StoreError::AlreadyAcknowledged { .. })
    ));
    assert!(matches!(
        store.acknowledge(99, ack),
        Err(StoreError::NoSuchEvent(99))
    ));
}

#[test]
fn a_second_open_is_refused_while_the_first_holds_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let _first = Store::open(dir.path()).unwrap();
    assert!(matches!(
        Store::open(dir.path()),
        Err(StoreError::Locked(_))
    ));
}

#[test]
fn sleds_busy_lock_error_is_recognised_for_the_retry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let _held = sled::Config::new().path(&path).open().unwrap();
    match sled::Config::new().path(&path).open() {
        Err(sled::Error::Io(error)) => assert!(is_sled_lock_busy(&error), "{error:?}"),
        other => panic!(
            "a second open should find the lock held: {:?}",
            other.map(|_| ())
        ),
    }
}

#[test]
fn runs_left_running_become_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        let run = store.begin_run(Timestamp::UNIX_EPOCH).unwrap();
        assert_eq!(run.id, 1);
        store.flush().unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    let second = store.begin_run(Timestamp::UNIX_EPOCH).unwrap();
    assert_eq!(second.id, 2);
    let runs = store.runs().unwrap();
    assert_eq!(runs[0].state, RunState::Interrupted);
    assert_eq!(runs[1].state, RunState::Running);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        store
            .meta
            .insert(META_SCHEMA, &(SCHEMA_VERSION + 1).to_be_bytes())
            .unwrap();
        store.flush().unwrap();
    }
    assert!(matches!(
        Store::open(dir.path()),
        Err(StoreError::NewerSchema { .. })
    ));
}

/// A record whose serialisation fails, as a map with non-string keys would.
struct Unencodable;

impl Serialize for Unencodable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("this record cannot be encoded"))
    }
}

#[test]
fn a_record_that_cannot_be_encoded_is_an_error_not_an_empty_record() {
    match encode(&Unencodable, "test record") {
        Err(StoreError::Encode { what, message }) => {
            assert_eq!(what, "test record");
            assert!(message.contains("cannot be encoded"), "{message}");
        }
        other => panic!("expected an encoding error, got {other:?}"),
    }
}

//! The review sections: what they list, and hostile text in a pending
//! event or a blocked reading staying text.

use jiff::Timestamp;

use super::*;
use crate::model::{Finding, Severity, SourceKind, Status};
use crate::store::{NewSnapshot, SnapshotRecord, SourceCommit};

const HOSTILE: &str = "<script>alert('x')</script>\"><b onclick=alert(1)>";

fn snapshot(seq: u64, text: &str, status: Status) -> NewSnapshot {
    let hash = crate::store::content_hash(text.as_bytes());
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
            content_type: Some("text/plain".into()),
            etag: None,
            last_modified: None,
            raw_hash: hash.clone(),
            raw_len: text.len() as u64,
            text_hash: hash,
            format: "text".into(),
            extractor_version: 1,
            classifier_version: 1,
            finding: Finding {
                status,
                reason: None,
                evidence: vec![HOSTILE.into()],
                cpt_codes: Vec::new(),
                terms: Vec::new(),
                conditions: Vec::new(),
                effective_date: None,
                policy_number: None,
                needs_review: false,
                next_change: None,
            },
        },
        raw: text.as_bytes().to_vec(),
        text: text.to_string(),
    }
}

fn event(kind: ChangeKind, review: bool) -> EventRecord {
    EventRecord {
        id: 0,
        run_id: 1,
        at: Timestamp::UNIX_EPOCH,
        kind,
        source_id: "acme-dn".into(),
        subject: "acme".into(),
        old_status: Some(Status::NotCovered),
        new_status: Some(Status::Unclear),
        old_reason: None,
        new_reason: None,
        severity: Severity::High,
        summary: HOSTILE.into(),
        url: "https://example.org/acme".into(),
        evidence: vec![HOSTILE.into()],
        old_seq: Some(1),
        new_seq: Some(1),
        diff: None,
        review,
        ack: None,
        successor: Some("javascript:alert(2)".into()),
    }
}

fn sections(store: &Store) -> String {
    let mut bytes = Vec::new();
    write_review_sections(store, false, &mut bytes).unwrap();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn pending_changes_and_blocked_readings_are_listed_with_hostile_text_inert() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut state = SourceState::new("acme-dn", SourceKind::Payer, "acme");
    let good = snapshot(1, "Dry needling is not covered.\n", Status::NotCovered);
    state.latest_seq = Some(1);
    let blocked = snapshot(2, &format!("Archived.\n{HOSTILE}\n"), Status::Unclear);
    store.keep_candidate_contents(&blocked).unwrap();
    state.candidate = Some(Candidate {
        record: blocked.record.clone(),
        blocked_because: HOSTILE.into(),
    });
    store
        .commit(SourceCommit {
            state,
            snapshot: Some(good),
            events: vec![
                event(ChangeKind::Retired, true),
                event(ChangeKind::StatusChanged, true),
                // Asks for review but is neither a status change nor a retirement.
                event(ChangeKind::ExtractionFailed, true),
                event(ChangeKind::ContentChanged, false),
            ],
        })
        .unwrap();

    let pending = pending_changes(&store).unwrap();
    let kinds: Vec<ChangeKind> = pending.iter().map(|event| event.kind).collect();
    assert_eq!(kinds, [ChangeKind::Retired, ChangeKind::StatusChanged]);

    let page = sections(&store);
    assert!(page.contains("Pending review (2)"), "{page}");
    assert!(page.contains("Blocked readings (1)"), "{page}");
    assert!(page.contains("needlewatch accept acme-dn"), "{page}");
    assert!(
        page.contains("Dry needling is not covered."),
        "last good text: {page}"
    );
    assert!(!page.contains("<script>"), "{page}");
    assert!(!page.contains("<b onclick"), "{page}");
    assert!(page.contains("&lt;script&gt;"), "{page}");
    assert!(
        !page.contains("href=\"javascript:"),
        "a successor that is not http(s) is text: {page}"
    );

    store
        .acknowledge(
            pending[0].id,
            crate::store::Ack {
                by: "ana".into(),
                at: Timestamp::UNIX_EPOCH,
                note: String::new(),
            },
        )
        .unwrap();
    assert_eq!(pending_changes(&store).unwrap().len(), 1);
}

#[test]
fn the_top_level_copy_differs_only_in_its_links() {
    let page = format!("<body>{}<p>rest</p>", nav(true).into_string());
    let top = as_top_level(&page);
    assert!(top.contains("href=\"runs/index.html\""), "{top}");
    assert!(top.contains("href=\"CHANGELOG.md\""), "{top}");
    assert!(!top.contains("../"), "{top}");
    assert!(top.ends_with("<p>rest</p>"));
}

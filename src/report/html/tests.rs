//! The report's escaping: hostile text in every field it shows stays text.

use jiff::Timestamp;
use scraper::{Html, Selector};

use super::*;
use crate::model::{Finding, Reason, Severity, SourceKind, Status};
use crate::report::ruleset::{BaselineNote, Rule, RuleSource};
use crate::store::{
    Ack, EventRecord, NewSnapshot, SnapshotRecord, SourceCommit, SourceState, Store,
};

/// A script element, an attribute breaking out of its quotes, an element
/// with an event handler, and a script URL, all in one string.
const HOSTILE: &str =
    "<script>alert('x')</script>\"><img src=x onerror=alert(1)>' onmouseover='alert(2)";

fn render_to_string(store: &Store, ruleset: &Ruleset, run: Option<&RunRecord>) -> String {
    let mut bytes = Vec::new();
    render(store, ruleset, run, &Copies::default(), &mut bytes).unwrap();
    String::from_utf8(bytes).unwrap()
}

/// Every way markup could have escaped into the page: a script or image
/// element, an event-handler attribute, a link that is not http(s).
fn assert_inert(page: &str) {
    let document = Html::parse_document(page);
    let any = Selector::parse("*").unwrap();
    for element in document.select(&any) {
        let name = element.value().name();
        assert!(
            !matches!(name, "script" | "img" | "iframe" | "object" | "embed"),
            "a <{name}> element got into the page:\n{page}"
        );
        for (attribute, value) in element.value().attrs() {
            assert!(
                !attribute.starts_with("on"),
                "an event handler {attribute}={value:?} got into the page:\n{page}"
            );
            if attribute == "href" {
                assert!(
                    value.starts_with("https://")
                        || value.starts_with("http://")
                        || !value.contains(':'),
                    "a non-http link {value:?} got into the page:\n{page}"
                );
            }
        }
    }
    let csp = Selector::parse("meta[http-equiv=\"Content-Security-Policy\"]").unwrap();
    let policy = document
        .select(&csp)
        .next()
        .and_then(|meta| meta.value().attr("content"));
    assert_eq!(policy, Some(CONTENT_SECURITY_POLICY));
}

fn snapshot(seq: u64, text: &str) -> NewSnapshot {
    let text_hash = crate::store::content_hash(text.as_bytes());
    NewSnapshot {
        record: SnapshotRecord {
            source_id: "tx-board".into(),
            seq,
            run_id: 1,
            fetched_at: Timestamp::UNIX_EPOCH,
            url: "https://example.org/tx".into(),
            final_url: "https://example.org/tx".into(),
            http_status: 200,
            content_type: Some("text/plain".into()),
            etag: None,
            last_modified: None,
            raw_hash: text_hash.clone(),
            raw_len: text.len() as u64,
            text_hash,
            format: "text".into(),
            extractor_version: 1,
            classifier_version: 1,
            finding: finding(),
            selector: None,
        },
        raw: text.as_bytes().to_vec(),
        text: text.to_string(),
    }
}

fn finding() -> Finding {
    Finding {
        status: Status::Allowed,
        reason: None,
        evidence: vec![HOSTILE.into()],
        cpt_codes: Vec::new(),
        terms: vec!["dry needling".into()],
        conditions: Vec::new(),
        effective_date: None,
        policy_number: None,
        needs_review: false,
        next_change: None,
    }
}

fn hostile_event(kind: ChangeKind, url: &str) -> EventRecord {
    EventRecord {
        id: 0,
        run_id: 1,
        at: Timestamp::UNIX_EPOCH,
        kind,
        source_id: HOSTILE.into(),
        subject: HOSTILE.into(),
        old_status: Some(Status::NotAllowed),
        new_status: Some(Status::Allowed),
        old_reason: None,
        new_reason: Some(Reason::NotMedicallyNecessary),
        severity: Severity::High,
        summary: HOSTILE.into(),
        url: url.into(),
        evidence: vec![HOSTILE.into(), format!("title: {HOSTILE}")],
        old_seq: Some(1),
        new_seq: Some(2),
        diff: None,
        review: true,
        ack: None,
        successor: None,
    }
}

fn hostile_ruleset() -> Ruleset {
    let source = |url: &str| RuleSource {
        id: HOSTILE.into(),
        url: url.into(),
        status: Status::Allowed,
        reason: None,
        checked_at: Some(HOSTILE.into()),
        fetch: "ok",
        snapshot: Some(HOSTILE.into()),
        error: Some(HOSTILE.into()),
        evidence: Some(HOSTILE.into()),
    };
    Ruleset {
        schema: 1,
        version: 3,
        generated_at: None,
        service: HOSTILE.into(),
        cpt_codes: Vec::new(),
        rules: vec![Rule {
            subject: HOSTILE.into(),
            kind: SourceKind::StateBoard,
            name: HOSTILE.into(),
            status: Status::Allowed,
            reason: None,
            evidence: vec![HOSTILE.into()],
            conditions: vec![HOSTILE.into()],
            effective_date: Some(HOSTILE.into()),
            sources: vec![
                source("javascript:alert(3)"),
                source(&format!("https://example.org/?q={HOSTILE}")),
            ],
            last_changed: None,
            needs_review: true,
            review_reasons: vec![HOSTILE.into()],
            states: vec![HOSTILE.into()],
            basis: "baseline",
            baseline: Some(BaselineNote {
                status: Status::Allowed,
                reason: None,
                as_of: HOSTILE.into(),
                list: HOSTILE.into(),
                list_title: HOSTILE.into(),
                evidence: HOSTILE.into(),
                source_url: Some(HOSTILE.into()),
                problems: vec![HOSTILE.into()],
            }),
        }],
    }
}

#[test]
fn hostile_text_in_every_field_comes_out_inert() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let run = store.begin_run(Timestamp::UNIX_EPOCH).unwrap();
    let state = SourceState::new("tx-board", SourceKind::StateBoard, "TX");
    store
        .commit(SourceCommit {
            state: state.clone(),
            snapshot: Some(snapshot(
                1,
                &format!("Dry needling is not allowed.\n{HOSTILE}\n"),
            )),
            events: Vec::new(),
        })
        .unwrap();
    let events = store
        .commit(SourceCommit {
            state,
            snapshot: Some(snapshot(
                2,
                &format!("Dry needling is allowed.\n{HOSTILE} now\n"),
            )),
            events: vec![
                hostile_event(ChangeKind::StatusChanged, "javascript:alert(4)"),
                hostile_event(
                    ChangeKind::ContentChanged,
                    &format!("https://example.org/\"{HOSTILE}"),
                ),
                hostile_event(ChangeKind::FetchFailed, HOSTILE),
            ],
        })
        .unwrap();
    store
        .acknowledge(
            events[0].id,
            Ack {
                by: HOSTILE.into(),
                at: Timestamp::UNIX_EPOCH,
                note: HOSTILE.into(),
            },
        )
        .unwrap();

    let page = render_to_string(&store, &hostile_ruleset(), Some(&run));
    assert_inert(&page);
    // Each hostile value is on the page as text: the title and summary, the
    // evidence, the diff, the ack's name and note, the rule's cells.
    let shown = Html::parse_document(&page)
        .root_element()
        .text()
        .collect::<String>();
    assert!(
        shown.matches(HOSTILE).count() >= 15,
        "{} times:\n{page}",
        shown.matches(HOSTILE).count()
    );
    assert!(page.contains("Acknowledged by &lt;script&gt;"), "{page}");

    let mut index = Vec::new();
    render_index(&store, &mut index).unwrap();
    assert_inert(&String::from_utf8(index).unwrap());
}

#[test]
fn javascript_urls_never_become_links() {
    assert_eq!(link("javascript:alert(1)", "x").into_string(), "x");
    assert_eq!(
        link("https://example.org/?a=1&b=2", "x").into_string(),
        "<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">x</a>"
    );
}

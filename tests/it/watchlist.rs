//! The watch list itself: a first reading that differs from the position
//! the list says was seen asks for review, and `needlewatch sources check`
//! exits 0, 1 or 2.

use crate::support::*;

fn add_to_source(harness: &Harness, id: &str, lines: &str) {
    let path = harness.path("sources.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let anchor = format!("id = \"{id}\"\n");
    assert!(text.contains(&anchor));
    std::fs::write(&path, text.replace(&anchor, &format!("{anchor}{lines}\n"))).unwrap();
}

#[test]
fn a_first_reading_that_differs_from_stated_needs_review_with_a_note() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board("tx-board", "TX", "/tx/dry-needling"),
            payer("acme-mp204", "acme", "/acme/mp-204"),
        ],
        "",
    );
    // The board page reads allowed; the person who listed it saw not_allowed.
    add_to_source(&harness, "tx-board", "stated = \"not_allowed\"");
    add_to_source(&harness, "acme-mp204", "stated = \"not_covered\"");
    harness.serve_fixture("/tx/dry-needling", "board-v1.html");
    harness.serve_fixture("/acme/mp-204", "payer-v1.html");
    assert_ok(&harness.crawl());

    let changes = harness.changes();
    let added = |id: &str| {
        changes
            .iter()
            .find(|event| event["source_id"] == id && event["kind"] == "source_added")
            .unwrap_or_else(|| panic!("no source_added for {id}: {changes:#?}"))
            .clone()
    };
    let board_event = added("tx-board");
    let summary = board_event["summary"].as_str().unwrap();
    assert!(
        summary.contains(
            "reading disagrees with the stated position (stated not_allowed, read allowed)"
        ),
        "{summary}"
    );
    assert_eq!(board_event["new_status"], "allowed");
    assert_eq!(harness.rule("state-board", "TX")["needs_review"], true);

    let payer_summary = added("acme-mp204")["summary"].as_str().unwrap().to_string();
    assert!(!payer_summary.contains("disagrees"), "{payer_summary}");
    assert_eq!(harness.rule("payer", "acme")["needs_review"], false);
}

const CLEAN: &str = r#"
[[sources]]
id = "tx-board"
kind = "state-board"
subject = "TX"
url = "https://example.org/tx"
publisher = "Texas Board"
official = true
page = "board-page"
stated = "allowed"
checked = "2099-01-01"
"#;

#[test]
fn sources_check_exits_0_when_clean_1_on_a_problem_and_2_on_a_bad_config() {
    let harness = Harness::new();
    let config = harness.path("list.toml");
    let config = config.to_str().unwrap();

    std::fs::write(config, CLEAN).unwrap();
    let output = harness.run(&["sources", "check", "--config", config]);
    assert_ok(&output);
    assert_eq!(stdout(&output), "");

    let copy = CLEAN
        .replace("tx-board", "tx-copy")
        .replace("example.org/tx", "WWW.example.org/tx/?utm_source=x");
    let problems = format!("{CLEAN}{copy}every = \"1h\"\n").replace(
        "page = \"board-page\"\nstated = \"allowed\"\nchecked = \"2099-01-01\"\nevery",
        "page = \"rule\"\nevery",
    );
    std::fs::write(config, problems).unwrap();
    let output = harness.run(&["sources", "check", "--config", config]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let lines: Vec<String> = stdout(&output).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 4, "{lines:#?}");
    assert!(lines[0].starts_with("tx-copy: same page as tx-board"));
    assert!(lines[1].starts_with("tx-copy: no `stated`"));
    assert!(lines[2].starts_with("tx-copy: no `checked`"));
    assert!(lines[3].starts_with("tx-copy: a rule page crawled every 1h"));

    std::fs::write(config, CLEAN.replace("\"board-page\"", "\"webpage\"")).unwrap();
    let output = harness.run(&["sources", "check", "--config", config]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("list.toml:9:"),
        "{}",
        stderr(&output)
    );
}

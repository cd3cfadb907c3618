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

fn shipped_list() -> needlewatch::config::Config {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sources.toml");
    needlewatch::config::Config::load(&path)
        .expect("the shipped sources.toml loads with its baseline")
}

#[test]
fn the_shipped_list_passes_sources_check_as_curated() {
    let config = shipped_list();
    let curated: jiff::civil::Date = "2026-12-06".parse().unwrap();
    let problems: Vec<String> = needlewatch::config::lint(&config, curated)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Fixtures whose reading differs from their source's stated position
/// although the fixture states that position faithfully: classifier
/// issues, reported, not papered over. Each entry is (source id, the
/// status read today); the test fails if another fixture disagrees, if one
/// of these reads differently again, or once one reads as stated (then
/// remove it here).
const KNOWN_DISAGREEMENTS: &[(&str, &str)] = &[
    // A committee report on a bill: the committee's finding that Hawaii
    // leaves dry needling out of the physical therapist's scope shares its
    // clause with "among only seven states" and its ban is worded as
    // "puncturing the skin", so nothing current is read.
    ("hi-sb2225-2020-comm-report", "unclear"),
];

/// Each hand-written fixture modelled on a listed source reads as the
/// position the shipped list says a person saw on that source.
#[test]
fn the_watchlist_fixtures_read_as_their_sources_stated_positions() {
    let config = shipped_list();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/watchlist");
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(folder.join("manifest.toml")).unwrap()).unwrap();
    let today: jiff::civil::Date = "2026-11-26".parse().unwrap();
    let fixtures = manifest["fixture"].as_array().expect("[[fixture]] entries");
    assert_eq!(fixtures.len(), 12);
    let mut disagreements = Vec::new();
    for fixture in fixtures {
        let id = fixture["source"].as_str().unwrap();
        let file = fixture["file"].as_str().unwrap();
        let selector = fixture.get("selector").and_then(|value| value.as_str());
        let source = config
            .source(id)
            .unwrap_or_else(|| panic!("{file}: source {id} is not in sources.toml"));
        let stated = source
            .provenance
            .stated
            .unwrap_or_else(|| panic!("{id} has no `stated` in sources.toml"));
        let body = std::fs::read(folder.join(file)).unwrap();
        let extracted = needlewatch::extract::extract(&body, Some("text/html"), selector)
            .unwrap_or_else(|error| panic!("{file}: {error:?}"));
        let finding = needlewatch::classify::classify_on(&extracted.text, source.kind, today);
        let reason_differs = source.provenance.stated_reason.is_some()
            && finding.reason != source.provenance.stated_reason;
        let known = KNOWN_DISAGREEMENTS
            .iter()
            .find(|(known_id, _)| *known_id == id)
            .map(|(_, read)| *read);
        let differs = finding.status != stated || reason_differs;
        if differs && known != Some(finding.status.as_str()) {
            disagreements.push(format!(
                "{file}: stated {stated} {:?}, read {} {:?}",
                source.provenance.stated_reason, finding.status, finding.reason
            ));
        } else if !differs && known.is_some() {
            disagreements.push(format!(
                "{file}: now reads as stated ({stated}); remove it from KNOWN_DISAGREEMENTS"
            ));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

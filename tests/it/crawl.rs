//! End-to-end crawl scenarios: a watch list served from 127.0.0.1, pages
//! swapped between runs, and the events, ruleset and exit codes checked.

use std::time::Duration;

use crate::fixture_server::{Behaviour, Reply};
use serde_json::json;

use crate::support::*;

fn standard_sources() -> Vec<TestSource> {
    vec![
        board("tx-board", "TX", "/tx/dry-needling"),
        payer("acme-mp204", "acme", "/acme/mp-204"),
        TestSource {
            id: "acme-0412",
            kind: "payer",
            subject: "acme-pdf",
            path: "/acme/0412.pdf",
            selector: None,
        },
        TestSource {
            id: "or-bulletin",
            kind: "state-board",
            subject: "OR",
            path: "/or/bulletin.txt",
            selector: None,
        },
    ]
}

fn serve_version_one(harness: &Harness) {
    harness.serve_fixture("/tx/dry-needling", "board-v1.html");
    harness.serve_fixture("/acme/mp-204", "payer-v1.html");
    harness.serve_fixture("/acme/0412.pdf", "payer-policy.pdf");
    harness.serve_fixture("/or/bulletin.txt", "bulletin.txt");
}

fn first_run() -> Harness {
    let harness = Harness::new();
    harness.write_config(&standard_sources(), "");
    serve_version_one(&harness);
    assert_ok(&harness.crawl());
    harness
}

#[test]
fn the_first_run_adds_every_source_with_its_status() {
    let harness = first_run();
    let changes = harness.changes();
    let mut added = events_of(&changes, "source_added");
    added.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        added,
        vec![
            ("acme-0412".to_string(), json!(null), json!("not_covered")),
            ("acme-mp204".to_string(), json!(null), json!("not_covered")),
            ("or-bulletin".to_string(), json!(null), json!("on_hold")),
            ("tx-board".to_string(), json!(null), json!("allowed")),
        ]
    );
    assert_eq!(changes.len(), 4, "only source_added events: {changes:#?}");
    let ruleset = harness.ruleset();
    assert_eq!(ruleset["version"], 1);
    assert_eq!(
        harness.rule("payer", "acme")["reason"],
        "experimental_investigational"
    );
    assert_eq!(
        harness.rule("payer", "acme-pdf")["reason"],
        "not_medically_necessary"
    );
    assert_eq!(harness.rule("state-board", "TX")["needs_review"], false);
    for name in [
        "ruleset.json",
        "ruleset.toml",
        "changes.jsonl",
        "CHANGELOG.md",
        "report.html",
    ] {
        assert!(
            harness.path("reports").join(name).is_file(),
            "{name} written"
        );
    }
}

#[test]
fn an_identical_rerun_records_nothing_and_takes_the_304_path() {
    let harness = first_run();
    let before = std::fs::read(harness.path("reports/ruleset.json")).unwrap();
    harness.server.clear_log();
    let output = harness.crawl();
    assert_ok(&output);
    assert_eq!(
        stdout(&output),
        "",
        "cron gets no mail when nothing changed"
    );
    assert_eq!(harness.changes().len(), 4);
    let requests = harness.server.requests();
    let page = requests
        .iter()
        .find(|request| request.path == "/tx/dry-needling")
        .expect("page requested");
    assert!(
        page.header("if-none-match").is_some(),
        "conditional GET sent"
    );
    assert_eq!(page.answered, 304);
    assert_eq!(harness.ruleset()["version"], 1);
    let after = std::fs::read(harness.path("reports/ruleset.json")).unwrap();
    assert_ne!(before, after, "checked_at moves on");
    let ruleset = harness.ruleset();
    let source = &ruleset["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|rule| rule["subject"] == "TX")
        .unwrap()["sources"][0];
    assert_eq!(source["fetch"], "not_modified");
}

#[test]
fn a_markup_and_boilerplate_only_change_records_no_event() {
    let harness = first_run();
    harness.serve_fixture("/tx/dry-needling", "board-v1-cosmetic.html");
    harness.server.clear_log();
    assert_ok(&harness.crawl());
    let page = harness
        .server
        .requests()
        .into_iter()
        .find(|request| request.path == "/tx/dry-needling")
        .unwrap();
    assert_eq!(
        page.answered, 200,
        "the changed page was really fetched and parsed"
    );
    assert_eq!(harness.changes().len(), 4, "{:#?}", harness.changes());
    let history = stdout(&harness.run(&["history", "tx-board"]));
    assert_eq!(
        history.matches("  #").count(),
        1,
        "no new version stored:\n{history}"
    );
}

#[test]
fn a_status_flip_is_recorded_with_old_and_new() {
    let harness = first_run();
    harness.serve_fixture("/tx/dry-needling", "board-v2-flip.html");
    let output = harness.run(&["crawl", "--fail-on-change"]);
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    let changes = harness.changes();
    assert_eq!(
        events_of(&changes, "status_changed"),
        vec![(
            "tx-board".to_string(),
            json!("allowed"),
            json!("not_allowed")
        )]
    );
    assert!(
        events_of(&changes, "content_changed").is_empty(),
        "a status change is not also a content change"
    );
    let event = changes
        .iter()
        .find(|event| event["kind"] == "status_changed")
        .unwrap();
    assert_eq!(event["severity"], "high");
    assert_eq!(harness.rule("state-board", "TX")["status"], "not_allowed");
    assert_eq!(harness.ruleset()["version"], 2);
    assert!(
        stdout(&output).contains("status_changed"),
        "cron summary names the change"
    );
    let diff = stdout(&harness.run(&["diff", "tx-board"]));
    assert!(diff.contains("+") && diff.contains("#2"), "{diff}");
    let changelog = std::fs::read_to_string(harness.path("reports/CHANGELOG.md")).unwrap();
    assert!(changelog.contains("Allowed → Not allowed"), "{changelog}");
    assert!(
        !changelog.contains("not_allowed") && !changelog.contains("status_changed"),
        "the change log uses plain words: {changelog}"
    );
    let report = std::fs::read_to_string(harness.path("reports/report.html")).unwrap();
    assert!(report.contains("Status changes (1)"));
}

#[test]
fn a_real_edit_that_keeps_the_status_is_a_content_change() {
    let harness = first_run();
    harness.serve_fixture("/tx/dry-needling", "board-v1-edited.html");
    assert_ok(&harness.crawl());
    let changes = harness.changes();
    assert_eq!(
        events_of(&changes, "content_changed"),
        vec![("tx-board".to_string(), json!("allowed"), json!("allowed"))]
    );
    assert_eq!(harness.ruleset()["version"], 1, "no status moved");
}

#[test]
fn failures_keep_the_status_and_recovery_is_recorded() {
    let harness = first_run();
    harness.serve("/tx/dry-needling", Reply::status(404));
    harness.serve(
        "/acme/mp-204",
        Reply::html(fixture("payer-v1.html")).with_behaviour(Behaviour::Hang),
    );
    let output = harness.crawl();
    assert_ok(&output);
    let changes = harness.changes();
    let mut failed: Vec<String> = events_of(&changes, "fetch_failed")
        .into_iter()
        .map(|event| event.0)
        .collect();
    failed.sort();
    assert_eq!(failed, vec!["acme-mp204", "tx-board"]);
    let tx = harness.rule("state-board", "TX");
    assert_eq!(tx["status"], "allowed", "status kept");
    assert_eq!(tx["needs_review"], true);
    assert_eq!(tx["sources"][0]["fetch"], "failed");
    assert_eq!(harness.rule("payer", "acme")["status"], "not_covered");

    serve_version_one(&harness);
    assert_ok(&harness.crawl());
    let changes = harness.changes();
    let mut recovered: Vec<String> = events_of(&changes, "fetch_recovered")
        .into_iter()
        .map(|event| event.0)
        .collect();
    recovered.sort();
    assert_eq!(recovered, vec!["acme-mp204", "tx-board"]);
    assert_eq!(harness.rule("state-board", "TX")["needs_review"], false);
}

#[test]
fn a_run_where_every_source_fails_exits_1() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/missing")], "");
    let output = harness.crawl();
    assert_eq!(code(&output), 1);
    assert_eq!(events_of(&harness.changes(), "fetch_failed").len(), 1);
    assert_eq!(harness.rule("state-board", "TX")["status"], "unknown");
}

#[test]
fn a_config_error_exits_2_naming_the_line_and_writes_nothing() {
    let harness = Harness::new();
    let text = "[settings]\nper_host_delay_ms = 0\n\n[[sources]]\nid = \"tx\"\nkind = \"state-board\"\nsubject = \"XX\"\nurl = \"https://example.org/\"\nfrequency = \"1d\"\n";
    std::fs::write(harness.path("sources.toml"), text).unwrap();
    let output = harness.crawl();
    assert_eq!(code(&output), 2);
    let message = stderr(&output);
    assert!(
        message.contains("sources.toml:7:") && message.contains("\"XX\""),
        "{message}"
    );
    assert!(
        message.contains("sources.toml:9:") && message.contains("\"frequency\""),
        "{message}"
    );
    assert!(!harness.path("snapshots").exists(), "no store created");
    assert!(!harness.path("reports").exists(), "no outputs written");
    assert!(harness.server.requests().is_empty(), "nothing fetched");
}

#[test]
fn a_second_concurrent_crawl_exits_1_and_touches_nothing() {
    let harness = Harness::new();
    // The page takes longer than a reader's grace on the lock (2 s), and
    // less than the fetch timeout.
    harness.write_config_with_settings(
        &[board("tx-board", "TX", "/slow")],
        "per_host_delay_ms = 0\ntimeout_secs = 15\nretries = 0",
    );
    harness.serve(
        "/slow",
        Reply::html(fixture("board-v1.html"))
            .with_behaviour(Behaviour::Delay(Duration::from_millis(5000))),
    );
    let mut first = harness.command().arg("crawl").spawn().expect("first crawl");
    // Wait until the first crawl holds the store and is fetching.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !harness
        .server
        .requests()
        .iter()
        .any(|request| request.path == "/slow")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "first crawl never fetched"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let second = harness.crawl();
    assert_eq!(code(&second), 1);
    assert!(
        stderr(&second).contains("in use by another needlewatch process"),
        "{}",
        stderr(&second)
    );
    assert!(first.wait().expect("first crawl ends").success());
    let changes = harness.changes();
    assert_eq!(changes.len(), 1, "only the first crawl recorded anything");
    let slow_requests = harness
        .server
        .requests()
        .iter()
        .filter(|request| request.path == "/slow")
        .count();
    assert_eq!(slow_requests, 1, "the second crawl fetched nothing");
}

#[test]
fn intervals_skip_sources_that_are_not_due_unless_forced() {
    let harness = Harness::new();
    let sources = [board("tx-board", "TX", "/tx")];
    harness.write_config(&sources, "");
    let config = std::fs::read_to_string(harness.path("sources.toml")).unwrap();
    std::fs::write(
        harness.path("sources.toml"),
        format!("{config}every = \"1d\"\n"),
    )
    .unwrap();
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    harness.server.clear_log();
    assert_ok(&harness.crawl());
    assert!(
        harness
            .server
            .requests()
            .iter()
            .all(|request| request.path != "/tx"),
        "not due yet"
    );
    assert_ok(&harness.run(&["crawl", "--force"]));
    assert!(
        harness
            .server
            .requests()
            .iter()
            .any(|request| request.path == "/tx"),
        "--force fetches"
    );
}

#[test]
fn read_commands_show_the_store() {
    let harness = first_run();
    let changes = stdout(&harness.run(&["changes", "--source", "tx-board"]));
    assert!(
        changes.contains("source_added") && changes.contains("tx-board"),
        "{changes}"
    );
    assert!(!changes.contains("acme"), "filtered: {changes}");
    let json_lines = stdout(&harness.run(&["changes", "--json"]));
    assert_eq!(json_lines.lines().count(), 4);
    let csv = stdout(&harness.run(&["ruleset", "--format", "csv"]));
    assert!(csv.starts_with("kind,subject,status"), "{csv}");
    let toml_text = stdout(&harness.run(&["ruleset", "--format", "toml"]));
    assert!(toml_text.contains("version = 1"), "{toml_text}");
    let again = stdout(&harness.run(&["ruleset"]));
    assert_eq!(
        again.as_bytes(),
        std::fs::read(harness.path("reports/ruleset.json"))
            .unwrap()
            .as_slice(),
        "byte-stable for the same store"
    );
    let future = stdout(&harness.run(&["changes", "--since", "2999-01-01"]));
    assert!(future.contains("No change events"), "{future}");
    assert_eq!(code(&harness.run(&["changes", "--since", "yesterday"])), 2);
    assert_eq!(code(&harness.run(&["history", "nope"])), 2);
}

#[test]
fn try_fetches_and_classifies_without_storing() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    let output = harness.run(&["try", "tx-board"]);
    assert_ok(&output);
    assert!(
        stdout(&output).contains("status:       allowed"),
        "{}",
        stdout(&output)
    );
    assert!(!harness.path("snapshots").exists(), "try stores nothing");
}

#[test]
fn classify_prints_the_finding_as_json() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages/payer-v1.html");
    let harness = Harness::new();
    let output = harness.run(&[
        "classify",
        path.to_str().unwrap(),
        "--kind",
        "payer",
        "--selector",
        "main",
        "--json",
    ]);
    assert_ok(&output);
    let finding: serde_json::Value =
        serde_json::from_str(stdout(&output).trim()).expect("one JSON object");
    assert_eq!(finding["status"], "not_covered");
    assert_eq!(finding["reason"], "experimental_investigational");
    assert_eq!(finding["cpt_codes"], json!(["20560", "20561"]));
    assert!(!finding["evidence"].as_array().unwrap().is_empty());
    assert_eq!(finding["needs_review"], false);
}

#[test]
fn the_demo_runs_offline_and_shows_real_changes_but_not_cosmetic_ones() {
    let harness = Harness::new();
    let dir = harness.path("demo");
    let output = harness.run(&["demo", "--dir", dir.to_str().unwrap()]);
    assert_ok(&output);
    assert!(
        stdout(&output).contains("report.html"),
        "{}",
        stdout(&output)
    );
    let text = std::fs::read_to_string(dir.join("reports/changes.jsonl")).unwrap();
    let changes: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let second: Vec<(String, String)> = changes
        .iter()
        .filter(|event| event["run_id"] == "2")
        .map(|event| {
            (
                event["source_id"].as_str().unwrap().to_string(),
                event["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut second = second;
    second.sort();
    assert_eq!(
        second,
        vec![
            ("acme-health".to_string(), "status_changed".to_string()),
            (
                "bluecross-example".to_string(),
                "status_changed".to_string()
            ),
            ("ca-board".to_string(), "content_changed".to_string()),
            ("or-board".to_string(), "status_changed".to_string()),
            ("wa-board".to_string(), "status_changed".to_string()),
        ]
    );
    // A second demo run reuses its own directory.
    assert_ok(&harness.run(&["demo", "--dir", dir.to_str().unwrap()]));
    // It refuses a directory it did not create.
    std::fs::create_dir_all(harness.path("mine")).unwrap();
    std::fs::write(harness.path("mine/notes.txt"), "keep me").unwrap();
    assert_eq!(
        code(&harness.run(&["demo", "--dir", harness.path("mine").to_str().unwrap()])),
        1
    );
    assert!(harness.path("mine/notes.txt").exists());
}

fn baseline_setting() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("baseline.toml");
    format!("baseline = \"{}\"", path.display())
}

#[test]
fn a_baseline_gives_every_state_and_payer_a_rule_before_any_crawl() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], &baseline_setting());
    let output = harness.run(&["ruleset"]);
    assert_ok(&output);
    let ruleset: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(ruleset["version"], 0, "an empty store");
    let rules = ruleset["rules"].as_array().unwrap();
    let states: std::collections::BTreeSet<&str> = rules
        .iter()
        .filter(|rule| rule["kind"] == "state-board")
        .map(|rule| rule["subject"].as_str().unwrap())
        .collect();
    for code in needlewatch::jurisdiction::JURISDICTIONS
        .iter()
        .take(needlewatch::jurisdiction::STATES_AND_DC)
    {
        assert!(states.contains(code), "{code} has a rule");
    }
    for payer in [
        "medicare", "tricare", "aetna", "cigna", "uhc", "humana", "anthem", "bcbs-md", "bcbs-sc",
    ] {
        assert!(
            rules
                .iter()
                .any(|rule| rule["kind"] == "payer" && rule["subject"] == payer),
            "{payer} has a rule"
        );
    }
    let tx = rules.iter().find(|rule| rule["subject"] == "TX").unwrap();
    assert_eq!(tx["basis"], "baseline");
    assert!(
        tx["baseline"]["list"].is_string() && tx["baseline"]["as_of"].is_string(),
        "provenance: {tx:#}"
    );
    let idaho = rules.iter().find(|rule| rule["subject"] == "ID").unwrap();
    assert!(
        !idaho["baseline"]["problems"].as_array().unwrap().is_empty(),
        "Idaho is listed twice in the chart"
    );
}

#[test]
fn a_first_reading_that_contradicts_the_baseline_is_a_status_change() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board("or-board", "OR", "/or"),
            board("tx-board", "TX", "/tx"),
        ],
        &baseline_setting(),
    );
    harness.serve_fixture("/or", "board-v1.html"); // says allowed; the baseline says on_hold
    harness.serve_fixture("/tx", "board-v1.html"); // says allowed, as the baseline does
    assert_ok(&harness.crawl());
    let changes = harness.changes();
    assert_eq!(
        events_of(&changes, "status_changed"),
        vec![("or-board".to_string(), json!("on_hold"), json!("allowed"))]
    );
    assert_eq!(
        events_of(&changes, "source_added"),
        vec![("tx-board".to_string(), json!(null), json!("allowed"))]
    );
    assert_eq!(harness.rule("state-board", "OR")["basis"], "crawled");
    assert_eq!(harness.rule("state-board", "CA")["basis"], "baseline");
}

#[test]
fn baseline_check_reports_the_flaws_in_the_data() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], &baseline_setting());
    let output = harness.run(&["baseline", "--check"]);
    assert_eq!(code(&output), 1);
    let text = stdout(&output);
    assert!(text.contains("ID is listed 2 times"), "{text}");
    assert!(text.contains("TN on 2014-12-31"), "{text}");
}

#[test]
fn advise_answers_the_three_billing_questions_with_their_evidence() {
    let harness = Harness::new();
    harness.write_config(&[payer("acme-mp204", "acme", "/acme")], &baseline_setting());
    harness.serve_fixture("/acme", "payer-v2-covered.html");
    assert_ok(&harness.crawl());

    let output = harness.run(&["advise", "--state", "WA", "--payer", "acme", "--json"]);
    assert_ok(&output);
    let advice: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(advice["state"]["status"], "allowed");
    assert_eq!(advice["state"]["basis"], "baseline");
    assert!(advice["state"]["url"].is_string() && advice["state"]["date"].is_string());
    assert_eq!(advice["payer"]["status"], "covered");
    assert_eq!(advice["payer"]["basis"], "crawled");
    assert!(advice["payer"]["url"].as_str().unwrap().contains("/acme"));
    assert_eq!(advice["action"], "bill_payer");
    assert!(advice["summary"].as_str().unwrap().contains("20561"));

    let hawaii = stdout(&harness.run(&["advise", "--state", "hi", "--payer", "acme"]));
    assert!(hawaii.contains("What to do (do_not_perform)"), "{hawaii}");
    let medicare = stdout(&harness.run(&["advise", "--state", "WA", "--payer", "medicare"]));
    assert!(
        medicare.contains("(cash_pay)") && medicare.contains("ABN"),
        "{medicare}"
    );
    assert_eq!(code(&harness.run(&["advise", "--state", "ZZ"])), 2);

    let csv = stdout(&harness.run(&["advise", "--csv"]));
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    let states: std::collections::BTreeSet<&str> = rows
        .iter()
        .map(|row| row.split(',').next().unwrap())
        .collect();
    assert!(states.len() >= 51, "every state and DC: {}", states.len());
    assert!(
        rows.iter().any(|row| row.starts_with("OR,acme,on_hold")),
        "Oregon is on hold in the baseline"
    );
}

#[test]
fn a_webhook_receives_a_summary_of_runs_with_changes_and_a_failing_one_is_not_fatal() {
    let harness = Harness::new();
    let hook = harness.server.url("/hook");
    harness.serve(
        "/hook",
        crate::fixture_server::Reply::new(200, "text/plain", "ok"),
    );
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    let config = std::fs::read_to_string(harness.path("sources.toml")).unwrap();
    std::fs::write(
        harness.path("sources.toml"),
        format!("{config}\n[notify]\nwebhook = \"{hook}\"\n"),
    )
    .unwrap();
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    let posts: Vec<_> = harness
        .server
        .requests()
        .into_iter()
        .filter(|request| request.path == "/hook")
        .collect();
    assert_eq!(posts.len(), 1, "one notice for the first run");
    assert_eq!(posts[0].method, "POST");
    let notice: serde_json::Value = serde_json::from_slice(&posts[0].body).expect("JSON body");
    assert_eq!(notice["counts"]["source_added"], 1);
    assert_eq!(notice["events"][0]["source_id"], "tx-board");

    // No changes: no notice.
    assert_ok(&harness.crawl());
    assert_eq!(
        harness
            .server
            .requests()
            .iter()
            .filter(|request| request.path == "/hook")
            .count(),
        1
    );

    // Slack-compatible form, only on status changes.
    std::fs::write(
        harness.path("sources.toml"),
        format!("{config}\n[notify]\nwebhook = \"{hook}\"\nformat = \"slack\"\non = \"status_changes\"\n"),
    )
    .unwrap();
    harness.serve_fixture("/tx", "board-v2-flip.html");
    assert_ok(&harness.crawl());
    let last = harness
        .server
        .requests()
        .into_iter()
        .rfind(|request| request.path == "/hook")
        .unwrap();
    let slack: serde_json::Value = serde_json::from_slice(&last.body).unwrap();
    let text = slack["text"].as_str().unwrap();
    assert!(text.contains("allowed → not_allowed"), "{text}");

    // A webhook that fails is reported, and the run still succeeds.
    harness.serve("/hook", crate::fixture_server::Reply::status(500));
    harness.serve_fixture("/tx", "board-v1.html");
    let output = harness.crawl();
    assert_ok(&output);
    assert!(
        stderr(&output).contains("webhook") && stderr(&output).contains("500"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_bad_notify_table_is_a_config_error() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    let config = std::fs::read_to_string(harness.path("sources.toml")).unwrap();
    std::fs::write(
        harness.path("sources.toml"),
        format!("{config}\n[notify]\nwebhook = \"ftp://x\"\nformat = \"xml\"\n"),
    )
    .unwrap();
    let output = harness.crawl();
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("webhook must be an http(s) URL, not ftp")
            && !stderr(&output).contains("ftp://x")
            && stderr(&output).contains("\"xml\""),
        "{}",
        stderr(&output)
    );
}

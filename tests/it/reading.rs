//! Reading the store without owning it: read commands never create a store,
//! answer from the baseline when there is none, work while a crawl runs and
//! on a read-only copy; typos get a suggestion and exit 2; advice never
//! overstates; the ruleset can be rebuilt as it stood at a past moment.

use std::path::Path;
use std::time::Duration;

use crate::fixture_server::{Behaviour, Reply};
use crate::support::*;

fn baseline_setting() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("baseline.toml");
    format!("baseline = \"{}\"", path.display())
}

/// Every file under `dir` with its bytes, to show a command wrote nothing.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read file");
                files.push((path.display().to_string(), bytes));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn read_commands_never_create_a_store() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], &baseline_setting());
    let store = harness.path("snapshots");

    let ruleset = harness.run(&["ruleset"]);
    assert_ok(&ruleset);
    assert!(
        stderr(&ruleset).contains("answering from the baseline alone"),
        "{}",
        stderr(&ruleset)
    );
    let rules: serde_json::Value = serde_json::from_str(&stdout(&ruleset)).expect("JSON");
    let tx = rules["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .find(|rule| rule["subject"] == "TX")
        .expect("a TX rule from the baseline");
    assert_eq!(tx["basis"], "baseline");

    let advise = harness.run(&["advise", "--state", "TX"]);
    assert_ok(&advise);
    assert!(stderr(&advise).contains("baseline alone"));

    for args in [
        &["changes"][..],
        &["history", "tx-board"],
        &["diff", "tx-board"],
        &["verify"],
    ] {
        let output = harness.run(args);
        assert_eq!(code(&output), 1, "{args:?}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("no store at")
                && stderr(&output).contains("needlewatch crawl"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert!(
        !store.exists(),
        "a read command created {}",
        store.display()
    );
}

#[test]
fn read_commands_work_while_a_crawl_holds_the_store() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board("tx-board", "TX", "/tx"),
            board("wa-board", "WA", "/slow"),
        ],
        "",
    );
    let slow_settings = "per_host_delay_ms = 0\ntimeout_secs = 15\nretries = 0";
    harness.serve_fixture("/tx", "board-v1.html");
    harness.serve_fixture("/slow", "board-v1.html");
    assert_ok(&harness.crawl());
    harness.write_config_with_settings(
        &[
            board("tx-board", "TX", "/tx"),
            board("wa-board", "WA", "/slow"),
        ],
        slow_settings,
    );
    harness.serve(
        "/slow",
        Reply::html(fixture("board-v1-edited.html"))
            .with_behaviour(Behaviour::Delay(Duration::from_millis(4000))),
    );
    harness.server.clear_log();
    let mut crawl = harness
        .command()
        .args(["crawl", "--force"])
        .spawn()
        .expect("crawl");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !harness.server.requests().iter().any(|r| r.path == "/slow") {
        assert!(
            std::time::Instant::now() < deadline,
            "the crawl never fetched"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    for args in [
        &["ruleset"][..],
        &["changes"],
        &["history", "tx-board"],
        &["diff", "tx-board"],
        &["advise", "--state", "TX"],
        &["verify"],
    ] {
        let output = harness.run(args);
        assert_ok(&output);
        assert!(!stdout(&output).is_empty(), "{args:?} printed nothing");
    }
    let ruleset = harness.run(&["ruleset"]);
    assert!(
        stdout(&ruleset).contains("\"allowed\""),
        "{}",
        stdout(&ruleset)
    );
    assert!(
        crawl.wait().expect("crawl ends").success(),
        "the crawl was disturbed"
    );
}

#[test]
fn read_commands_change_nothing_in_a_read_only_copy_of_a_store() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    harness.serve_fixture("/tx", "board-v2-flip.html");
    harness.crawl();
    let store = harness.path("snapshots");
    let before = contents(&store);
    let mut permissions = Vec::new();
    for (path, _) in &before {
        let mut readonly = std::fs::metadata(path).expect("meta").permissions();
        permissions.push((path.clone(), readonly.clone()));
        readonly.set_readonly(true);
        std::fs::set_permissions(path, readonly).expect("chmod");
    }
    for args in [
        &["ruleset"][..],
        &["changes"],
        &["history", "tx-board"],
        &["diff", "tx-board"],
        &["advise", "--state", "TX"],
        &["verify"],
    ] {
        let output = harness.run(args);
        assert_ok(&output);
    }
    for (path, original) in permissions {
        std::fs::set_permissions(&path, original).expect("chmod back");
    }
    assert!(
        before == contents(&store),
        "a read command wrote into the store"
    );
}

#[test]
fn typos_exit_2_with_a_suggestion_instead_of_an_answer() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board("tx-board", "TX", "/tx"),
            payer("acme-policy", "acme", "/acme"),
        ],
        &baseline_setting(),
    );
    harness.serve_fixture("/tx", "board-v1.html");
    harness.serve_fixture("/acme", "payer-v1.html");
    assert_ok(&harness.crawl());
    let cases: [(&[&str], &str); 6] = [
        (
            &["advise", "--state", "TZ", "--payer", "acme"],
            "\"TN\" or \"TX\"?",
        ),
        (
            &["advise", "--state", "TX", "--payer", "aetan"],
            "did you mean \"aetna\"?",
        ),
        (&["history", "tx-bord"], "did you mean \"tx-board\"?"),
        (&["diff", "acme-polcy"], "did you mean \"acme-policy\"?"),
        (
            &["changes", "--source", "tx-boards"],
            "did you mean \"tx-board\"?",
        ),
        (&["try", "tx-bard"], "did you mean \"tx-board\"?"),
    ];
    for (args, hint) in cases {
        let output = harness.run(args);
        assert_eq!(code(&output), 2, "{args:?}: {}", stdout(&output));
        assert!(
            stderr(&output).contains(hint),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "{args:?} printed an answer");
    }
}

#[test]
fn a_config_without_sources_is_a_config_error() {
    let harness = Harness::new();
    std::fs::write(harness.path("sources.toml"), "[settings]\nretries = 1\n").expect("write");
    let output = harness.crawl();
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("no sources"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("sources.toml"),
        "{}",
        stderr(&output)
    );
    assert!(!harness.path("snapshots").exists());
}

#[test]
fn advice_on_a_contested_state_says_so_and_shows_each_side() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board("tx-board", "TX", "/tx"),
            board("tx-news", "TX", "/tx-news"),
        ],
        "",
    );
    harness.serve_fixture("/tx", "board-v1.html");
    harness.serve_fixture("/tx-news", "board-v2-flip.html");
    assert_ok(&harness.crawl());
    let output = harness.run(&["advise", "--state", "TX"]);
    assert_ok(&output);
    let text = stdout(&output);
    assert!(!text.contains("may perform dry needling in TX."), "{text}");
    assert!(text.contains("needs review"), "{text}");
    assert!(text.contains("tx-board says allowed"), "{text}");
    assert!(text.contains("tx-news says not_allowed"), "{text}");
    let json = harness.run(&["advise", "--state", "TX", "--json"]);
    let advice: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    // Whichever side leads, the advice is never "perform and bill".
    let action = advice["action"].as_str().unwrap_or_default();
    assert!(
        ["review_first", "do_not_perform"].contains(&action),
        "{advice}"
    );
    assert_eq!(advice["state"]["sides"].as_array().map(Vec::len), Some(2));
}

#[test]
fn baseline_conditions_reach_advice_when_the_page_agrees_without_repeating_them() {
    let harness = Harness::new();
    // Washington's baseline position carries the endorsement condition; the
    // fixture board page allows dry needling without naming it.
    harness.write_config(&[board("wa-board", "WA", "/wa")], &baseline_setting());
    harness.serve_fixture("/wa", "board-v1.html");
    assert_ok(&harness.crawl());
    let ruleset: serde_json::Value =
        serde_json::from_str(&stdout(&harness.run(&["ruleset"]))).expect("JSON");
    let wa = ruleset["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .find(|rule| rule["subject"] == "WA" && rule["kind"] == "state-board")
        .expect("WA")
        .clone();
    assert_eq!(wa["status"], "allowed", "{wa}");
    let conditions = wa["conditions"].to_string();
    assert!(conditions.contains("endorsement"), "{conditions}");
    let advice = stdout(&harness.run(&["advise", "--state", "WA"]));
    assert!(
        advice.contains("conditions:") && advice.contains("endorsement"),
        "{advice}"
    );
}

#[test]
fn the_csv_pairs_regional_payers_only_with_their_states() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], &baseline_setting());
    let output = harness.run(&["advise", "--csv"]);
    assert_ok(&output);
    let csv = stdout(&output);
    assert!(
        csv.lines().any(|line| line.starts_with("WA,wa-lni,")),
        "WA pairs with WA L&I"
    );
    assert!(
        !csv.lines().any(|line| line.starts_with("TX,wa-lni,")),
        "a Texas row with a Washington payer"
    );
    assert!(
        csv.lines().any(|line| line.starts_with("TX,medicare,")),
        "national payers pair everywhere"
    );
}

#[test]
fn the_ruleset_as_it_stood_at_a_past_moment_is_rebuilt_from_history() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    let before_any = jiff::Timestamp::now();
    std::thread::sleep(Duration::from_millis(20));
    assert_ok(&harness.crawl());
    let after_first = jiff::Timestamp::now();
    std::thread::sleep(Duration::from_millis(20));
    harness.serve_fixture("/tx", "board-v2-flip.html");
    harness.crawl();
    let after_second = jiff::Timestamp::now();
    std::thread::sleep(Duration::from_millis(20));
    harness.serve_fixture("/tx", "board-v1.html");
    harness.crawl();

    let rule_at = |moment: &str| -> serde_json::Value {
        let output = harness.run(&["ruleset", "--as-of", moment]);
        assert_ok(&output);
        let ruleset: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        ruleset["rules"][0].clone()
    };
    assert_eq!(rule_at(&before_any.to_string())["status"], "unknown");
    let first = rule_at(&after_first.to_string());
    assert_eq!(first["status"], "allowed", "{first}");
    let second = rule_at(&after_second.to_string());
    assert_eq!(second["status"], "not_allowed", "{second}");
    assert!(
        second["evidence"]
            .to_string()
            .to_lowercase()
            .contains("not"),
        "the evidence of the time: {second}"
    );
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    assert_eq!(rule_at(&today)["status"], "allowed");
    let advice = harness.run(&[
        "advise",
        "--state",
        "TX",
        "--as-of",
        &after_second.to_string(),
    ]);
    assert_ok(&advice);
    assert!(
        stdout(&advice).contains("Do not perform"),
        "{}",
        stdout(&advice)
    );
    let bad = harness.run(&["ruleset", "--as-of", "last tuesday"]);
    assert_eq!(code(&bad), 2);
}

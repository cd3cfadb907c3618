//! The reviewer's workflow over several crawls: pending changes stay on the
//! report and in the cron summary until acknowledged, an anonymous review is
//! refused, a blocked reading is kept as a candidate that can be diffed and
//! accepted, and a retired policy is recorded with its successor.

use serde_json::Value;

use crate::support::*;

/// Runs `needlewatch` as the reviewer `name`, whatever the environment says.
fn as_reviewer(harness: &Harness, name: &str, args: &[&str]) -> std::process::Output {
    harness
        .command()
        .args(args)
        .env("NEEDLEWATCH_USER", name)
        .output()
        .expect("run needlewatch")
}

/// Runs `needlewatch` with no way to tell who the reviewer is.
fn anonymously(harness: &Harness, args: &[&str]) -> std::process::Output {
    harness
        .command()
        .args(args)
        .env_remove("NEEDLEWATCH_USER")
        .env_remove("USER")
        .env_remove("LOGNAME")
        .output()
        .expect("run needlewatch")
}

fn report(harness: &Harness) -> String {
    std::fs::read_to_string(harness.path("reports/report.html")).expect("report.html")
}

/// The part of report.html above the run's own event sections.
fn report_top(harness: &Harness) -> String {
    let page = report(harness);
    let end = page
        .find("<h2>Status changes")
        .expect("the run's sections follow the review sections");
    page[..end].to_string()
}

fn only_event(changes: &[Value], kind: &str) -> Value {
    let found: Vec<&Value> = changes
        .iter()
        .filter(|event| event["kind"] == kind)
        .collect();
    assert_eq!(found.len(), 1, "one {kind} event: {changes:#?}");
    found[0].clone()
}

/// Board v1, then the flip to not allowed: one pending status change.
fn flipped_board() -> (Harness, String) {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    harness.serve_fixture("/tx", "board-v2-flip.html");
    assert_ok(&harness.crawl());
    let id = only_event(&harness.changes(), "status_changed")["id"]
        .as_str()
        .unwrap()
        .to_string();
    (harness, id)
}

#[test]
fn a_pending_status_change_stays_at_the_top_of_the_report_until_acknowledged() {
    let (harness, id) = flipped_board();
    // Two quiet runs: the change is no longer this run's news.
    assert_ok(&harness.crawl());
    assert_ok(&harness.crawl());
    let top = report_top(&harness);
    assert!(top.contains("Pending review (1)"), "{top}");
    assert!(top.contains(&format!("needlewatch ack {id}")), "{top}");
    assert!(top.contains("Not allowed"), "old → new shown: {top}");
    let page = report(&harness);
    assert!(
        page.contains("<h2>Status changes (0)</h2>"),
        "the quiet run itself recorded no status change"
    );
    // The report links to every run and to the change log.
    assert!(page.contains("href=\"runs/index.html\""), "{top}");
    assert!(page.contains("href=\"CHANGELOG.md\""), "{top}");
    let run_page = std::fs::read_to_string(harness.path("reports/runs/run-000004.html")).unwrap();
    assert!(run_page.contains("href=\"../CHANGELOG.md\""));
    assert!(run_page.contains("href=\"index.html\""));

    // `changes` shows the review state of each event.
    let listing = stdout(&harness.run(&["changes"]));
    let line = listing
        .lines()
        .find(|line| line.starts_with(&format!("#{id} ")))
        .unwrap_or_else(|| panic!("#{id} listed:\n{listing}"));
    assert!(line.contains(" pending "), "{line}");

    // Acknowledged as the report prints the id ("#N").
    let hashed = format!("#{id}");
    let acked = as_reviewer(
        &harness,
        "ana",
        &["ack", &hashed, "--note", "court ruling read"],
    );
    assert_ok(&acked);
    let top = report_top(&harness);
    assert!(top.contains("Pending review (0)"), "{top}");
    let listing = stdout(&harness.run(&["changes"]));
    let line = listing
        .lines()
        .find(|line| line.starts_with(&format!("#{id} ")))
        .unwrap();
    assert!(
        line.contains(" acked ")
            && line.contains("acknowledged by ana on ")
            && line.contains(": court ruling read"),
        "{line}"
    );
    let json = stdout(&harness.run(&["changes", "--json", "--source", "tx-board"]));
    let event: Value = json
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .find(|event| event["id"] == id.as_str())
        .unwrap();
    assert_eq!(event["pending"], false);
    assert_eq!(event["ack"]["by"], "ana");
    // The plain number works too, and says it was already done.
    let again = as_reviewer(&harness, "ana", &["ack", &id]);
    assert_eq!(code(&again), 2);
    assert!(stderr(&again).contains("already acknowledged by ana"));
}

#[test]
fn ack_refuses_an_anonymous_reviewer_and_a_bad_id() {
    let (harness, id) = flipped_board();
    let refused = anonymously(&harness, &["ack", &id]);
    assert_eq!(code(&refused), 2, "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("--by NAME") && stderr(&refused).contains("NEEDLEWATCH_USER"),
        "says how to name yourself: {}",
        stderr(&refused)
    );
    assert_eq!(
        only_event(&harness.changes(), "status_changed")["pending"],
        true,
        "nothing was recorded"
    );
    let named = anonymously(&harness, &["ack", &id, "--by", "ben"]);
    assert_ok(&named);
    assert_eq!(
        only_event(&harness.changes(), "status_changed")["ack"]["by"],
        "ben"
    );

    let unknown = as_reviewer(&harness, "ana", &["ack", "#9999"]);
    assert_eq!(code(&unknown), 2);
    assert!(
        stderr(&unknown).contains("no change event #9999"),
        "{}",
        stderr(&unknown)
    );
    let garbled = as_reviewer(&harness, "ana", &["ack", "eleven"]);
    assert_eq!(code(&garbled), 2);
    assert!(stderr(&garbled).contains("like 11 or #11"));
}

#[test]
fn the_cron_summary_lists_pending_changes_at_most_once_a_day() {
    let (harness, id) = flipped_board();
    // The flip's run announced it (stdout is not a terminal here: cron).
    let quiet = harness.crawl();
    assert_ok(&quiet);
    assert_eq!(
        stdout(&quiet),
        "",
        "announced by the previous run less than a day ago: a quiet run mails nothing"
    );
    // A day later the reminder comes back, even though the run is quiet.
    {
        let store = needlewatch::store::Store::open(&harness.path("snapshots")).unwrap();
        let yesterday = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(25);
        store.set_pending_announced_at(yesterday).unwrap();
        store.flush().unwrap();
    }
    let reminded = harness.crawl();
    assert_ok(&reminded);
    let text = stdout(&reminded);
    assert!(text.contains("1 change awaiting review"), "{text}");
    assert!(text.contains(&format!("#{id}")), "{text}");
    assert_eq!(stdout(&harness.crawl()), "", "once a day");
    // Acknowledged: no reminder even when a day has passed.
    assert_ok(&as_reviewer(&harness, "ana", &["ack", &id]));
    {
        let store = needlewatch::store::Store::open(&harness.path("snapshots")).unwrap();
        let yesterday = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(25);
        store.set_pending_announced_at(yesterday).unwrap();
        store.flush().unwrap();
    }
    assert_eq!(stdout(&harness.crawl()), "");
}

#[test]
fn the_flip_run_announces_the_pending_change_in_cron() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    let first = harness.crawl();
    assert_ok(&first);
    assert!(
        !stdout(&first).contains("awaiting review"),
        "a first reading is not a status change"
    );
    harness.serve_fixture("/tx", "board-v2-flip.html");
    let flip = harness.crawl();
    assert_ok(&flip);
    assert!(
        stdout(&flip).contains("1 change awaiting review"),
        "{}",
        stdout(&flip)
    );
}

#[test]
fn a_blocked_reading_is_a_candidate_that_a_reviewer_can_diff_and_accept() {
    let harness = Harness::new();
    // A second, healthy source keeps the runs from failing as a whole.
    harness.write_config(
        &[
            board("tx-board", "TX", "/tx"),
            payer("acme-dn", "acme", "/acme"),
        ],
        "",
    );
    harness.serve_fixture("/acme", "payer-v1.html");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    // The board moved its dry-needling text elsewhere: the page collapsed.
    harness.serve_fixture("/tx", "board-moved-away.html");
    assert_ok(&harness.crawl());
    assert_ok(&harness.crawl());
    let changes = harness.changes();
    only_event(&changes, "extraction_failed");
    assert!(
        events_of(&changes, "retired").is_empty(),
        "nothing was retired"
    );
    assert_eq!(
        harness.rule("state-board", "TX")["status"],
        "allowed",
        "kept"
    );

    let diff = harness.run(&["diff", "tx-board", "--candidate"]);
    assert_ok(&diff);
    let diff = stdout(&diff);
    assert!(diff.contains("-Dry needling is within the scope"), "{diff}");
    assert!(diff.contains("+Practice Issues"), "{diff}");
    assert!(diff.contains("needlewatch accept tx-board"), "{diff}");
    let top = report_top(&harness);
    assert!(top.contains("Blocked readings (1)"), "{top}");
    assert!(top.contains("needlewatch accept tx-board"), "{top}");
    assert!(
        top.contains("Practice Act FAQ"),
        "the candidate's text is shown: {top}"
    );
    assert!(
        top.contains("Dry needling is within the scope"),
        "next to the last good text: {top}"
    );

    // No name, a typo, then the real thing.
    assert_eq!(code(&anonymously(&harness, &["accept", "tx-board"])), 2);
    let typo = as_reviewer(&harness, "ana", &["accept", "tx-bord"]);
    assert_eq!(code(&typo), 2);
    assert!(
        stderr(&typo).contains("did you mean \"tx-board\""),
        "{}",
        stderr(&typo)
    );
    let accepted = as_reviewer(
        &harness,
        "ana",
        &["accept", "tx-board", "--note", "guidance moved to the FAQ"],
    );
    assert_ok(&accepted);
    let changes = harness.changes();
    let change = only_event(&changes, "status_changed");
    assert_eq!(change["old_status"], "allowed");
    assert_eq!(change["new_status"], "unclear");
    assert_eq!(change["ack"]["by"], "ana");
    assert_eq!(change["ack"]["note"], "guidance moved to the FAQ");
    assert!(
        change["summary"]
            .as_str()
            .unwrap()
            .contains("accepted by ana"),
        "{change}"
    );
    let failure = only_event(&changes, "extraction_failed");
    assert_eq!(failure["ack"]["by"], "ana", "the blocked read is resolved");
    let rule = harness.rule("state-board", "TX");
    assert_eq!(rule["status"], "unclear");
    assert_eq!(rule["sources"][0]["fetch"], "ok");
    let history = stdout(&harness.run(&["history", "tx-board"]));
    assert_eq!(history.matches("  #").count(), 2, "{history}");
    assert!(!report_top(&harness).contains("Blocked readings"));

    // The next crawl compares against the accepted version: nothing new.
    let before = harness.changes().len();
    assert_ok(&harness.crawl());
    assert_eq!(harness.changes().len(), before, "{:#?}", harness.changes());
    let nothing = as_reviewer(&harness, "ana", &["accept", "tx-board"]);
    assert_eq!(code(&nothing), 1);
    assert!(stderr(&nothing).contains("no blocked reading"));
}

#[test]
fn retired_policies_record_a_retired_event_with_their_successor() {
    let harness = Harness::new();
    harness.write_config(
        &[
            payer("acme-dn", "acme", "/acme"),
            payer("beta-dn", "beta", "/beta"),
        ],
        "",
    );
    harness.serve_fixture("/acme", "payer-v1.html");
    harness.serve_fixture("/beta", "payer-v1.html");
    assert_ok(&harness.crawl());
    harness.serve_fixture("/acme", "payer-retired-successor.html");
    harness.serve_fixture("/beta", "payer-archived-link.html");
    assert_ok(&harness.crawl());
    let changes = harness.changes();
    assert!(
        events_of(&changes, "extraction_failed").is_empty(),
        "a retired page is read, not blocked: {changes:#?}"
    );
    let retired: Vec<&Value> = changes
        .iter()
        .filter(|event| event["kind"] == "retired")
        .collect();
    assert_eq!(retired.len(), 2, "{changes:#?}");
    let successor = |source: &str| {
        retired
            .iter()
            .find(|event| event["source_id"] == source)
            .map(|event| event["successor"].clone())
            .unwrap()
    };
    assert_eq!(successor("acme-dn"), "MP-310");
    assert_eq!(
        successor("beta-dn"),
        "https://policies.acme.example/rehab/mp-310.html"
    );
    for subject in ["acme", "beta"] {
        let rule = harness.rule("payer", subject);
        assert_eq!(rule["status"], "unclear", "{rule}");
        assert_eq!(rule["needs_review"], true, "{rule}");
    }
    // The status moved too, and both the move and the retirement await review.
    assert_eq!(events_of(&changes, "status_changed").len(), 2);
    let top = report_top(&harness);
    assert!(top.contains("Pending review (4)"), "{top}");
    assert!(top.contains("Successor: "), "{top}");
    assert!(top.contains("href=\"https://policies.acme.example/rehab/mp-310.html\""));
    let changelog = std::fs::read_to_string(harness.path("reports/CHANGELOG.md")).unwrap();
    assert!(changelog.contains("**Policy retired**"), "{changelog}");

    // Read again unchanged: no second retirement.
    assert_ok(&harness.crawl());
    assert_eq!(events_of(&harness.changes(), "retired").len(), 2);
}

#[test]
fn a_redesign_that_loses_the_selector_is_read_whole_as_a_candidate() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board("tx-board", "TX", "/tx"),
            payer("acme-dn", "acme", "/acme"),
        ],
        "",
    );
    harness.serve_fixture("/acme", "payer-v1.html");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    // The redesign has no <main>: the configured selector matches nothing.
    let redesigned = fixture_text("board-v1.html")
        .replace(
            "<main id=\"main-content\" class=\"content\">",
            "<div class=\"content\">",
        )
        .replace("</main>", "</div>");
    harness.serve(
        "/tx",
        crate::fixture_server::Reply::html(redesigned.into_bytes()),
    );
    assert_ok(&harness.crawl());
    let failure = only_event(&harness.changes(), "extraction_failed");
    assert!(
        failure["summary"]
            .as_str()
            .unwrap()
            .contains("matches nothing"),
        "{failure}"
    );
    let diff = stdout(&harness.run(&["diff", "tx-board", "--candidate"]));
    assert!(diff.contains("whole page was read instead"), "{diff}");
    assert!(
        diff.contains("+This website uses cookies"),
        "the whole page, its banner included: {diff}"
    );
    assert_ok(&as_reviewer(
        &harness,
        "ana",
        &[
            "accept",
            "tx-board",
            "--note",
            "site redesign; selector to be fixed",
        ],
    ));
    assert_eq!(harness.rule("state-board", "TX")["status"], "allowed");
    // The whole page is now the version: the same redesign reads unchanged.
    let before = harness.changes().len();
    assert_ok(&harness.crawl());
    assert_eq!(harness.changes().len(), before, "{:#?}", harness.changes());
    let fetch = harness.rule("state-board", "TX")["sources"][0]["fetch"].clone();
    assert!(fetch == "ok" || fetch == "not_modified", "{fetch}");
}

#[test]
fn the_webhook_carries_pending_changes_once_a_day_even_after_a_quiet_run() {
    let (harness, id) = flipped_board();
    let hook = harness.server.url("/hook");
    harness.serve(
        "/hook",
        crate::fixture_server::Reply::new(200, "text/plain", "ok"),
    );
    let config = std::fs::read_to_string(harness.path("sources.toml")).unwrap();
    std::fs::write(
        harness.path("sources.toml"),
        format!("{config}\n[notify]\nwebhook = \"{hook}\"\n"),
    )
    .unwrap();
    let posts = |harness: &Harness| {
        harness
            .server
            .requests()
            .into_iter()
            .filter(|request| request.path == "/hook")
            .collect::<Vec<_>>()
    };
    // Announced by the flip's run (under a day ago): a quiet run posts nothing.
    assert_ok(&harness.crawl());
    assert!(posts(&harness).is_empty());
    {
        let store = needlewatch::store::Store::open(&harness.path("snapshots")).unwrap();
        let yesterday = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(25);
        store.set_pending_announced_at(yesterday).unwrap();
        store.flush().unwrap();
    }
    assert_ok(&harness.crawl());
    let sent = posts(&harness);
    assert_eq!(sent.len(), 1, "the day's reminder");
    let notice: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert_eq!(
        notice["events"],
        serde_json::json!([]),
        "the run found nothing"
    );
    assert_eq!(notice["pending_review"][0]["id"], id.as_str(), "{notice}");
    assert_eq!(notice["pending_review"][0]["kind"], "status_changed");
    assert_ok(&harness.crawl());
    assert_eq!(posts(&harness).len(), 1, "once a day");
}

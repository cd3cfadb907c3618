//! A crawl with the network down says so once: one line for the run, not one
//! per source; it stops starting sources once the first few distinct hosts
//! are all unreachable and nothing has answered; statuses are kept; the
//! report groups the failures by cause; the exit code stays 1.
//!
//! Unresolvable hosts use the `.invalid` top-level domain (RFC 6761), which
//! no resolver can answer, and unreachable ones a closed port on loopback
//! addresses, so no test depends on a real network (each run is timed).

use std::time::{Duration, Instant};

use crate::support::*;

/// A port on 127.0.0.1 that nothing listens on (bound, then released).
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    drop(listener);
    port
}

/// `sources.toml` text for board sources `(id, subject, url)`.
fn config_text(sources: &[(String, &str, String)], concurrency: usize) -> String {
    let mut text = format!(
        "[settings]\nper_host_delay_ms = 0\ntimeout_secs = 2\nretries = 1\nretry_backoff_ms = 50\nconcurrency = {concurrency}\n"
    );
    for (id, subject, url) in sources {
        text.push_str(&format!(
            "\n[[sources]]\nid = \"{id}\"\nkind = \"state-board\"\nsubject = \"{subject}\"\nname = \"Board {id}\"\nurl = \"{url}\"\nselector = \"main\"\n"
        ));
    }
    text
}

const SUBJECTS: [&str; 12] = [
    "TX", "OR", "WA", "CA", "PA", "NY", "FL", "OH", "MI", "GA", "NC", "VA",
];

/// Twelve boards on twelve distinct unresolvable hosts.
fn unresolvable_sources() -> Vec<(String, &'static str, String)> {
    SUBJECTS
        .iter()
        .enumerate()
        .map(|(index, subject)| {
            (
                format!("board-{index:02}"),
                *subject,
                format!("http://board-{index:02}.needlewatch-test.invalid/dry-needling"),
            )
        })
        .collect()
}

fn timed_crawl(harness: &Harness) -> (std::process::Output, Duration) {
    let started = Instant::now();
    let output = harness.crawl();
    (output, started.elapsed())
}

#[test]
fn with_dns_down_the_crawl_says_so_in_one_line_stops_early_and_exits_1() {
    let harness = Harness::new();
    std::fs::write(
        harness.path("sources.toml"),
        config_text(&unresolvable_sources(), 2),
    )
    .unwrap();
    let (output, elapsed) = timed_crawl(&harness);
    assert!(
        elapsed < Duration::from_secs(30),
        "no long wait on a resolver: {elapsed:?}"
    );
    assert_eq!(code(&output), 1, "every due source failed or was not tried");
    let printed = format!("{}{}", stdout(&output), stderr(&output));
    let lines: Vec<&str> = printed
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    assert_eq!(lines.len(), 1, "one line for the run:\n{printed}");
    let line = lines[0];
    assert!(
        line.contains("network unreachable: ")
            && line.contains("of 12 sources failed with dns")
            && line.contains("were not tried")
            && line.ends_with("nothing changed; statuses kept"),
        "{line}"
    );

    // Stopped early: only the sources in hand when five distinct hosts had
    // failed were fetched; the rest have no failure event and no state.
    let failed = events_of(&harness.changes(), "fetch_failed").len();
    assert!(
        (5..=7).contains(&failed),
        "{failed} failure events for 12 sources with 2 in flight"
    );
    let never_checked = harness.ruleset()["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|rule| rule["sources"][0]["fetch"] == "none")
        .count();
    assert_eq!(never_checked, 12 - failed, "the others were not tried");

    // The report: the outage on top, the failures grouped by cause, collapsed.
    let report = std::fs::read_to_string(harness.path("reports/report.html")).unwrap();
    assert!(
        report.contains("No page could be read in this run"),
        "{report}"
    );
    assert!(
        report.contains(&format!("{} not tried", 12 - failed)),
        "{report}"
    );
    assert!(
        report
            .contains("<details class=\"failures\"><summary><strong>DNS lookup failed</strong>: ")
            && report.contains(&format!(": {failed} sources (<code>dns</code>)")),
        "{report}"
    );
    assert_eq!(report.matches("<details class=\"failures\">").count(), 1);

    // The next run tries again (nothing was marked checked) and says the same.
    let (output, _) = timed_crawl(&harness);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains("network unreachable: "),
        "{}",
        stderr(&output)
    );
}

#[test]
fn with_connections_refused_statuses_are_kept_and_one_line_is_printed() {
    let harness = Harness::new();
    let paths = ["/tx", "/or", "/wa"];
    for path in paths {
        harness.serve_fixture(path, "board-v1.html");
    }
    let sources = |base: &dyn Fn(&str) -> String| -> Vec<(String, &'static str, String)> {
        paths
            .iter()
            .zip(SUBJECTS)
            .map(|(path, subject)| (format!("board{}", &path[1..]), subject, base(path)))
            .collect()
    };
    let serving = sources(&|path| harness.server.url(path));
    std::fs::write(harness.path("sources.toml"), config_text(&serving, 2)).unwrap();
    assert_ok(&harness.crawl());
    assert_eq!(harness.rule("state-board", "TX")["status"], "allowed");

    let port = closed_port();
    let closed = sources(&|path| format!("http://127.0.0.1:{port}{path}"));
    std::fs::write(harness.path("sources.toml"), config_text(&closed, 2)).unwrap();
    let (output, elapsed) = timed_crawl(&harness);
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
    assert_eq!(code(&output), 1);
    let printed = format!("{}{}", stdout(&output), stderr(&output));
    assert_eq!(
        printed.trim(),
        "needlewatch: network unreachable: 3 of 3 sources failed with connect; nothing changed; statuses kept"
    );
    for subject in ["TX", "OR", "WA"] {
        let rule = harness.rule("state-board", subject);
        assert_eq!(rule["status"], "allowed", "{subject} kept its status");
        assert_eq!(rule["needs_review"], true);
    }
    assert_eq!(events_of(&harness.changes(), "fetch_failed").len(), 3);
    let report = std::fs::read_to_string(harness.path("reports/report.html")).unwrap();
    assert!(
        report.contains("<strong>connection failed</strong>: 3 sources"),
        "{report}"
    );
}

#[test]
fn a_server_that_answers_keeps_the_run_going_and_the_summary_per_source() {
    let harness = Harness::new();
    harness.serve_fixture("/tx", "board-v1.html");
    let mut sources = vec![("board-tx".to_string(), "TX", harness.server.url("/tx"))];
    sources.extend(unresolvable_sources().into_iter().skip(1).take(6));
    std::fs::write(harness.path("sources.toml"), config_text(&sources, 1)).unwrap();
    let (output, elapsed) = timed_crawl(&harness);
    assert!(elapsed < Duration::from_secs(30), "{elapsed:?}");
    assert_ok(&output);
    assert!(
        !stderr(&output).contains("network unreachable"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        events_of(&harness.changes(), "fetch_failed").len(),
        6,
        "every source was tried: one page answered"
    );
}

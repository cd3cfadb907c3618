//! What analysts read: plain words and dates in the report and change log,
//! the rules table (conditions, dates, advice, stored copy), demo commands
//! that work as printed, and webhook URLs that never show.

use std::path::Path;
use std::process::Command;

use scraper::{Html, Selector};

use crate::fixture_server::Reply;
use crate::support::*;

/// Runs the demo into `DIR/demo run` (a space, to test the quoting) and
/// returns that directory and the demo's output.
fn demo(harness: &Harness) -> (std::path::PathBuf, std::process::Output) {
    let output = harness.run(&["demo", "--dir", "demo run"]);
    assert_ok(&output);
    (harness.path("demo run"), output)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn the_demo_prints_commands_that_work_as_printed() {
    let harness = Harness::new();
    let (_, output) = demo(&harness);
    let printed = stdout(&output);
    let commands: Vec<&str> = printed
        .lines()
        .skip_while(|line| !line.starts_with("Try next"))
        .skip(1)
        .filter_map(|line| line.strip_prefix("  "))
        .collect();
    assert!(commands.len() >= 3, "{printed}");
    for command in commands {
        // Run as a user would paste it: by a shell, from the same directory,
        // with nothing added to PATH.
        let result = Command::new("sh")
            .arg("-c")
            .arg(command)
            .current_dir(harness.dir.path())
            .env("PATH", "/usr/bin:/bin")
            .output()
            .expect("sh runs");
        assert_eq!(
            code(&result),
            0,
            "{command}\nstdout:\n{}\nstderr:\n{}",
            stdout(&result),
            stderr(&result)
        );
    }
    let ignored = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(".gitignore"));
    assert!(
        ignored.lines().any(|line| line == "/needlewatch-demo/"),
        "the demo's default directory is git-ignored"
    );
}

#[test]
fn the_report_and_change_log_use_plain_words_and_dates() {
    let harness = Harness::new();
    let (dir, _) = demo(&harness);
    let report = read(&dir.join("reports/report.html"));
    let changelog = read(&dir.join("reports/CHANGELOG.md"));
    for words in [
        "Not covered: experimental/investigational",
        "Not covered: not medically necessary",
        "On hold",
        "Allowed",
        "Status changed",
    ] {
        assert!(report.contains(words), "report.html lacks {words:?}");
        assert!(changelog.contains(words), "CHANGELOG.md lacks {words:?}");
    }
    let machine = regex::Regex::new(
        r"not_covered|not_allowed|on_hold|experimental_investigational|not_medically_necessary|status_changed|content_changed|source_added",
    )
    .unwrap();
    let stamp = regex::Regex::new(r"\d{4}-\d\d-\d\dT\d\d:\d\d|\d\d:\d\d:\d\d").unwrap();
    for (name, text) in [("report.html", &report), ("CHANGELOG.md", &changelog)] {
        assert_eq!(
            machine.find(text).map(|found| found.as_str()),
            None,
            "{name}"
        );
        assert_eq!(stamp.find(text).map(|found| found.as_str()), None, "{name}");
    }
    let human = regex::Regex::new(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC").unwrap();
    assert!(human.is_match(&report) && human.is_match(&changelog));
    // The machine outputs keep the contract's values.
    let changes = read(&dir.join("reports/changes.jsonl"));
    assert!(changes.contains("\"new_reason\":\"experimental_investigational\""));
    assert!(changes.contains("\"kind\":\"status_changed\""));
}

#[test]
fn the_rules_table_shows_conditions_dates_advice_and_a_stored_copy() {
    let harness = Harness::new();
    let (dir, _) = demo(&harness);
    let reports = dir.join("reports");
    let report = read(&reports.join("report.html"));
    let document = Html::parse_document(&report);
    let rows = Selector::parse("table.rules tbody tr").unwrap();
    let cell = |label: &str| Selector::parse(&format!("td[data-label=\"{label}\"]")).unwrap();
    let text_of = |row: &scraper::ElementRef<'_>, label: &str| -> String {
        row.select(&cell(label))
            .next()
            .unwrap_or_else(|| panic!("no {label} cell"))
            .text()
            .collect::<String>()
    };
    let rows: Vec<_> = document.select(&rows).collect();
    assert_eq!(rows.len(), 8, "one row per rule");
    let wa = rows
        .iter()
        .find(|row| text_of(row, "Rule").starts_with("WA"))
        .expect("a WA row");
    assert!(
        text_of(wa, "Conditions").contains("endorsement"),
        "{}",
        text_of(wa, "Conditions")
    );
    let checked = text_of(wa, "Last checked");
    assert!(
        regex::Regex::new(r"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$")
            .unwrap()
            .is_match(&checked),
        "{checked}"
    );
    let acme = rows
        .iter()
        .find(|row| text_of(row, "Rule").starts_with("acme-health"))
        .expect("an acme-health row");
    assert_eq!(text_of(acme, "Effective"), "2026-01-01");

    // The advice is `advise`'s own line.
    let config = dir.join("sources.toml");
    let advice = harness.run(&[
        "--config",
        config.to_str().unwrap(),
        "advise",
        "--state",
        "WA",
        "--json",
    ]);
    assert_ok(&advice);
    let advice: serde_json::Value = serde_json::from_slice(&advice.stdout).unwrap();
    let summary = advice["summary"].as_str().expect("a summary");
    assert_eq!(text_of(wa, "Advice"), summary);

    // The evidence links to a stored copy that holds it, from both pages.
    let link = Selector::parse("td[data-label=\"Evidence\"] a").unwrap();
    let href = wa
        .select(&link)
        .next()
        .expect("a copy link")
        .value()
        .attr("href")
        .unwrap();
    assert!(
        href.starts_with("copies/") && href.ends_with(".txt"),
        "{href}"
    );
    let copy = reports.join(href);
    let quote = Selector::parse("td[data-label=\"Evidence\"] q").unwrap();
    let evidence: String = wa.select(&quote).next().unwrap().text().collect();
    assert!(read(&copy).contains(&evidence), "{evidence}");
    let run_page = read(&reports.join("runs/run-000002.html"));
    assert!(run_page.contains(&format!("href=\"../{href}\"")));

    // A copy is written only when missing: rewriting the outputs (as `ack`
    // does) leaves an existing one alone.
    let marked = format!("{}\nmarker: left alone\n", read(&copy));
    std::fs::write(&copy, &marked).unwrap();
    let changes = read(&reports.join("changes.jsonl"));
    let first: serde_json::Value = serde_json::from_str(changes.lines().next().unwrap()).unwrap();
    let id = first["id"].as_str().unwrap();
    let ack = harness.run(&[
        "--config",
        config.to_str().unwrap(),
        "ack",
        id,
        "--by",
        "tester",
    ]);
    assert_ok(&ack);
    assert_eq!(read(&copy), marked);
}

#[test]
fn webhook_urls_never_show_in_errors_logs_or_reports() {
    const SECRET: &str = "T0DRY/B0NEEDLE/s3cr3tT0ken";
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    let config = read(&harness.path("sources.toml"));
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let check = |webhook: &str, what: &str| {
        std::fs::write(
            harness.path("sources.toml"),
            format!("{config}\n[notify]\nwebhook = \"{webhook}\"\n"),
        )
        .unwrap();
        let output = harness
            .command()
            .args(["crawl", "--force"])
            .env("RUST_LOG", "debug")
            .output()
            .unwrap();
        let printed = format!("{}{}", stdout(&output), stderr(&output));
        assert!(
            !printed.contains(SECRET) && !printed.contains("s3cr3t"),
            "{what}:\n{printed}"
        );
        for file in [
            "report.html",
            "CHANGELOG.md",
            "changes.jsonl",
            "ruleset.json",
        ] {
            let text = read(&harness.path("reports").join(file));
            assert!(!text.contains("s3cr3t"), "{what}: {file}");
        }
        printed
    };
    // Refused: the error names the host only.
    let printed = check(
        &format!("http://127.0.0.1:{closed}/services/{SECRET}?token=s3cr3t"),
        "refused",
    );
    assert!(
        printed.contains(&format!("webhook at 127.0.0.1:{closed} failed")),
        "{printed}"
    );
    // Answered with an error status (a run with a change, so it posts).
    harness.serve(&format!("/services/{SECRET}"), Reply::status(500));
    harness.serve_fixture("/tx", "board-v2-flip.html");
    let printed = check(&harness.server.url(&format!("/services/{SECRET}")), "500");
    assert!(printed.contains("failed (http_status)"), "{printed}");
    // An invalid webhook is a config error that does not echo the URL.
    std::fs::write(
        harness.path("sources.toml"),
        format!("{config}\n[notify]\nwebhook = \"https://hooks.example.com:99999/{SECRET}\"\n"),
    )
    .unwrap();
    let output = harness.crawl();
    assert_eq!(code(&output), 2);
    assert!(!stderr(&output).contains("s3cr3t"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("webhook is not a valid URL"),
        "{}",
        stderr(&output)
    );
}

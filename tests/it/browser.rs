//! The report in a real headless browser (Debian's chromium): it renders,
//! logs no console errors, and a script that came from a scraped page does
//! not run. `.ci/run` installs chromium and sets NEEDLEWATCH_REQUIRE_BROWSER,
//! so in CI this test cannot be skipped; elsewhere, without chromium, it says
//! it was skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::fixture_server::Reply;

use crate::support::*;

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|path| path.exists())
}

/// Runs headless chromium on `page` with `extra` arguments; (stdout, stderr).
fn run_browser(browser: &Path, profile: &Path, page: &Path, extra: &[&str]) -> (String, String) {
    let url = format!("file://{}", page.display());
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("chromium runs");
    (stdout(&output), stderr(&output))
}

fn console_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| line.contains("CONSOLE") || line.contains("Uncaught"))
        .collect()
}

#[test]
fn the_report_renders_in_a_browser_without_console_errors_and_runs_no_scraped_script() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("NEEDLEWATCH_REQUIRE_BROWSER").is_none(),
            "chromium is required here (apt-get install chromium)"
        );
        eprintln!("SKIPPED: no chromium on this machine; .ci/run installs it and runs this test");
        return;
    };
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    let hostile = "<p>&lt;script&gt;document.title='pwned';document.body.setAttribute('data-pwned','script')&lt;/script&gt; \
        &lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt; \
        <a href=\"javascript:document.body.setAttribute('data-pwned','link')\">javascript:alert(1)</a></p></main>";
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    // The scraped markup arrives with the change, so it is in the report's diff.
    harness.serve(
        "/tx",
        Reply::html(fixture_text("board-v2-flip.html").replace("</main>", hostile)),
    );
    assert_ok(&harness.crawl());
    let report = harness.path("reports/report.html");
    let profile = harness.path("chromium-profile");

    // The check can see a script run: a page with a real one shows its mark.
    let control = harness.path("control.html");
    std::fs::write(&control, "<html><body><script>document.body.setAttribute('data-pwned','control')</script></body></html>").unwrap();
    let (control_dom, _) = run_browser(&browser, &profile, &control, &["--dump-dom"]);
    assert!(
        control_dom.contains("data-pwned=\"control\""),
        "the harness detects scripts: {control_dom}"
    );

    let (dom, log) = run_browser(&browser, &profile, &report, &["--dump-dom"]);
    assert!(
        dom.contains("Status changes (1)"),
        "the report rendered: {}",
        &dom[..dom.len().min(500)]
    );
    assert!(
        dom.contains("<title>needlewatch run 2</title>"),
        "the title was not rewritten"
    );
    // Set as an attribute only if a script ran; as text it is just quoted.
    assert!(
        !dom.contains("data-pwned=\""),
        "no scraped script or handler ran"
    );
    assert!(
        dom.contains("&lt;script&gt;document.title"),
        "the scraped script shows as text"
    );
    assert!(
        console_lines(&log).is_empty(),
        "console messages: {:#?}",
        console_lines(&log)
    );

    // Readable on a phone: it renders at 390 px wide.
    let screenshot = harness.path("phone.png");
    let (_, log) = run_browser(
        &browser,
        &profile,
        &report,
        &[
            "--window-size=390,1600",
            &format!("--screenshot={}", screenshot.display()),
        ],
    );
    let png = std::fs::read(&screenshot).expect("a screenshot was written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real picture: {} bytes",
        png.len()
    );
    assert!(
        console_lines(&log).is_empty(),
        "console messages: {:#?}",
        console_lines(&log)
    );

    // The run index renders too.
    let (index, log) = run_browser(
        &browser,
        &profile,
        &harness.path("reports/runs/index.html"),
        &["--dump-dom"],
    );
    assert!(index.contains("run-000002.html"), "{index}");
    assert!(
        console_lines(&log).is_empty(),
        "console messages: {:#?}",
        console_lines(&log)
    );
}

//! Durable writes under real faults: a crawl whose writes start failing at
//! a file size limit (EFBIG, as on a full disk) loses nothing that `verify`
//! or the next crawl would miss; a record pointing past the end of a pack
//! is reported; the change files a crawl appends to are byte for byte what
//! a full rendering gives; a selector that falls back to another
//! alternative is recorded, and a switch is reported as a layout change.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::fixture_server::Reply;
use crate::support::*;
use needlewatch::store::Store;

/// A board page of its own for source `index`, with a long minutes section
/// of pseudo-random words inside `<main>` so its bytes barely compress.
fn bulky_page(index: usize) -> String {
    let mut seed = (index as u64).wrapping_mul(6_364_136_223_846_793_005) ^ 0x9e37_79b9_7f4a_7c15;
    let mut minutes = String::new();
    for _ in 0..6_000 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let length = 2 + (seed >> 60) as usize % 8;
        for shift in 0..length {
            minutes.push((b'a' + ((seed >> (8 + shift * 5)) % 26) as u8) as char);
        }
        minutes.push(' ');
    }
    fixture_text("board-v1.html").replace(
        "</main>",
        &format!("<h2>Minutes of meeting {index}</h2><p>{minutes}</p></main>"),
    )
}

fn bulky_sources(harness: &Harness, count: usize) -> Vec<TestSource> {
    (0..count)
        .map(|index| {
            let path: &'static str = Box::leak(format!("/bulky/{index}").into_boxed_str());
            let id: &'static str = Box::leak(format!("b-{index:02}").into_boxed_str());
            harness.serve(path, Reply::html(bulky_page(index)));
            board(id, "TX", path)
        })
        .collect()
}

/// Runs `needlewatch ARGS` with writes failing past `limit_bytes` per file.
fn run_with_file_limit(harness: &Harness, limit_bytes: u64, args: &str) -> Output {
    let blocks = limit_bytes / 512;
    std::process::Command::new("sh")
        .current_dir(harness.dir.path())
        .env("RUST_LOG", "warn")
        .args([
            "-c",
            &format!("trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" {args}"),
        ])
        .arg(env!("CARGO_BIN_EXE_needlewatch"))
        .output()
        .expect("run sh")
}

fn largest_file(dir: &Path) -> (PathBuf, u64) {
    let mut largest = (PathBuf::new(), 0);
    for entry in walk(dir) {
        let length = std::fs::metadata(&entry).map(|m| m.len()).unwrap_or(0);
        if length > largest.1 {
            largest = (entry, length);
        }
    }
    largest
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn pack_length(harness: &Harness) -> u64 {
    walk(&harness.path("snapshots/packs"))
        .iter()
        .map(|path| std::fs::metadata(path).unwrap().len())
        .sum()
}

#[test]
fn a_crawl_whose_writes_fail_at_a_size_limit_loses_nothing() {
    const SOURCES: usize = 30;
    // A crawl without a limit shows how large the pack grows and that it is
    // the largest file, so the limit below is reached by a pack write.
    let reference = Harness::new();
    let sources = bulky_sources(&reference, SOURCES);
    reference.write_config_with_settings(&sources, "per_host_delay_ms = 0\nconcurrency = 4");
    assert_ok(&reference.crawl());
    let full_pack = pack_length(&reference);
    let (largest, _) = largest_file(&reference.path("snapshots"));
    assert!(
        largest.to_string_lossy().contains("packs"),
        "the pack is the largest file: {}",
        largest.display()
    );
    let limit = full_pack / 2;
    let (_, second_largest) = walk(&reference.path("snapshots"))
        .into_iter()
        .filter(|path| !path.to_string_lossy().contains("packs"))
        .map(|path| {
            let length = std::fs::metadata(&path).unwrap().len();
            (path, length)
        })
        .max_by_key(|(_, length)| *length)
        .unwrap();
    assert!(
        second_largest < limit,
        "no other file reaches the limit ({second_largest} of {limit} bytes)"
    );

    let harness = Harness::new();
    let sources = bulky_sources(&harness, SOURCES);
    harness.write_config_with_settings(&sources, "per_host_delay_ms = 0\nconcurrency = 4");
    let cut_off = run_with_file_limit(&harness, limit, "crawl --no-progress");
    assert_ne!(code(&cut_off), 0, "the crawl reports the failed write");
    assert!(
        stderr(&cut_off).contains("File too large") || stderr(&cut_off).contains("too large"),
        "{}",
        stderr(&cut_off)
    );
    let after_failure = pack_length(&harness);
    assert!(
        after_failure < limit / 512 * 512,
        "the torn bytes of the failed write were cut back ({after_failure} bytes, limit {limit})"
    );
    let verified = harness.run(&["verify"]);
    assert_ok(&verified);
    let committed = {
        let store = Store::open(&harness.path("snapshots")).unwrap();
        sources
            .iter()
            .filter(|source| !store.snapshots_of(source.id).unwrap().is_empty())
            .count()
    };
    assert!(
        0 < committed && committed < SOURCES,
        "the failure came part-way through the run ({committed} of {SOURCES} committed)"
    );

    assert_ok(&harness.crawl());
    assert_ok(&harness.run(&["verify"]));
    let changes = harness.changes();
    let added: BTreeSet<&str> = changes
        .iter()
        .filter(|event| event["kind"] == "source_added")
        .map(|event| event["source_id"].as_str().unwrap())
        .collect();
    assert_eq!(added.len(), SOURCES, "every source added once");
    assert_eq!(changes.len(), SOURCES, "nothing duplicated: {changes:#?}");
    let store = Store::open(&harness.path("snapshots")).unwrap();
    for source in &sources {
        let versions = store.snapshots_of(source.id).unwrap();
        assert_eq!(versions.len(), 1, "{} has one version", source.id);
        let text = store.text(&versions[0].text_hash).unwrap().unwrap();
        assert!(
            text.contains("Minutes of meeting"),
            "{} reads back",
            source.id
        );
    }
}

#[test]
fn verify_reports_a_record_pointing_past_the_end_of_a_pack() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    assert_ok(&harness.run(&["verify"]));
    // A power loss before the bytes reached the disk would leave the pack short.
    let pack = walk(&harness.path("snapshots/packs")).remove(0);
    let length = std::fs::metadata(&pack).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&pack)
        .unwrap()
        .set_len(length - 10)
        .unwrap();
    let damaged = harness.run(&["verify"]);
    assert_eq!(code(&damaged), 1, "{}", stdout(&damaged));
    assert!(
        stdout(&damaged).contains("past the end of pack-000001.bin"),
        "{}",
        stdout(&damaged)
    );
}

/// `changes.jsonl` and `CHANGELOG.md` as a full rendering from the store gives them.
fn full_rendering(harness: &Harness) -> (String, String) {
    let store = Store::open(&harness.path("snapshots")).unwrap();
    let mut changes = String::new();
    for event in store.events() {
        changes.push_str(&needlewatch::report::change_json(&event.unwrap()).unwrap());
        changes.push('\n');
    }
    let mut changelog = Vec::new();
    needlewatch::report::changelog::render(&store, &mut changelog).unwrap();
    (changes, String::from_utf8(changelog).unwrap())
}

/// Runs `needlewatch ARGS` and says how it wrote the change files.
fn run_logged(harness: &Harness, args: &[&str]) -> &'static str {
    let output = harness
        .command()
        .env("RUST_LOG", "needlewatch=debug")
        .args(args)
        .output()
        .unwrap();
    assert_ok(&output);
    let log = stderr(&output);
    if log.contains("Appended") {
        "appended"
    } else if log.contains("Rebuilt") {
        "rebuilt"
    } else {
        panic!("no change files written:\n{log}")
    }
}

/// The change files in `out` equal a full rendering of the store.
fn assert_as_full_rendering(harness: &Harness, out: &str, step: &str) {
    let (changes, changelog) = full_rendering(harness);
    let written_changes = std::fs::read_to_string(harness.path(out).join("changes.jsonl")).unwrap();
    let written_changelog =
        std::fs::read_to_string(harness.path(out).join("CHANGELOG.md")).unwrap();
    assert_eq!(written_changes, changes, "{step}: changes.jsonl");
    assert_eq!(written_changelog, changelog, "{step}: CHANGELOG.md");
}

#[test]
fn appended_change_files_equal_a_full_rendering_over_runs_and_acknowledgements() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board("tx-board", "TX", "/tx"),
            payer("acme-payer", "acme", "/acme"),
        ],
        "",
    );
    harness.serve_fixture("/tx", "board-v1.html");
    harness.serve_fixture("/acme", "payer-v1.html");
    assert_eq!(
        run_logged(&harness, &["crawl"]),
        "rebuilt",
        "nothing written yet"
    );
    assert_as_full_rendering(&harness, "reports", "first run");

    // One run with two kinds of event: a status flip and a failed fetch.
    harness.serve_fixture("/tx", "board-v2-flip.html");
    harness.serve("/acme", Reply::status(500));
    assert_eq!(run_logged(&harness, &["crawl"]), "appended");
    assert_as_full_rendering(&harness, "reports", "second run");
    let flip = harness
        .changes()
        .into_iter()
        .find(|event| event["kind"] == "status_changed")
        .expect("a status change");
    let flip_id = flip["id"].as_str().unwrap().to_string();

    // An acknowledgement changes how an older event reads: its line and
    // its entry are rendered anew while the rest is copied.
    assert_eq!(
        run_logged(
            &harness,
            &["ack", &flip_id, "--by", "tester", "--note", "checked"]
        ),
        "appended"
    );
    assert_as_full_rendering(&harness, "reports", "after the acknowledgement");
    let acknowledged = std::fs::read_to_string(harness.path("reports/CHANGELOG.md")).unwrap();
    assert!(
        acknowledged.contains("acknowledged by tester"),
        "{acknowledged}"
    );

    harness.serve_fixture("/acme", "payer-v2-covered.html");
    assert_eq!(run_logged(&harness, &["crawl"]), "appended");
    assert_as_full_rendering(&harness, "reports", "third run");
    // An acknowledgement of an event in the middle of the files, then a run.
    let failure_id = harness
        .changes()
        .into_iter()
        .find(|event| event["kind"] == "fetch_failed")
        .expect("a failed fetch")["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        run_logged(&harness, &["ack", &failure_id, "--by", "tester"]),
        "appended"
    );
    assert_as_full_rendering(&harness, "reports", "after a second acknowledgement");
    assert_eq!(
        run_logged(&harness, &["crawl"]),
        "appended",
        "no new events"
    );
    assert_as_full_rendering(&harness, "reports", "a run without events");

    // Files that are not what the store wrote are rendered in full again.
    std::fs::remove_file(harness.path("reports/CHANGELOG.md")).unwrap();
    harness.serve_fixture("/tx", "board-v1.html");
    assert_eq!(
        run_logged(&harness, &["crawl"]),
        "rebuilt",
        "a file deleted"
    );
    assert_as_full_rendering(&harness, "reports", "after a deletion");
    let mut edited = std::fs::read_to_string(harness.path("reports/changes.jsonl")).unwrap();
    edited = edited.replacen("tx-board", "tx-b0ard", 1);
    std::fs::write(harness.path("reports/changes.jsonl"), edited).unwrap();
    assert_eq!(run_logged(&harness, &["crawl"]), "rebuilt", "a file edited");
    assert_as_full_rendering(&harness, "reports", "after an edit");
    assert_eq!(
        run_logged(&harness, &["crawl", "--out", "elsewhere"]),
        "rebuilt",
        "another directory"
    );
    assert_as_full_rendering(&harness, "elsewhere", "another directory");
    assert_eq!(run_logged(&harness, &["crawl"]), "rebuilt", "back again");
    assert_as_full_rendering(&harness, "reports", "back again");
    assert_eq!(run_logged(&harness, &["crawl"]), "appended");
}

/// A board source read through the shipped kind of selector, ending in `|| body`.
fn board_with_fallback(id: &'static str, path: &'static str) -> TestSource {
    TestSource {
        selector: Some("main || body"),
        ..board(id, "TX", path)
    }
}

/// The board page after a redesign that dropped its `<main>` block: the
/// same words, but only `body` still matches.
fn redesigned_board_page() -> String {
    let page = fixture_text("board-v1.html");
    let start = page.find("<main").expect("<main>");
    let open_end = start + page[start..].find('>').expect("end of <main>") + 1;
    let mut redesigned = page.clone();
    redesigned.replace_range(start..open_end, "<div class=\"content-area\">");
    redesigned.replace("</main>", "</div>")
}

#[test]
fn a_fallback_to_body_is_recorded_and_a_switch_is_a_layout_change() {
    let harness = Harness::new();
    harness.write_config(
        &[
            board_with_fallback("tx-board", "/tx"),
            board_with_fallback("ok-board", "/ok"),
        ],
        "",
    );
    harness.serve_fixture("/tx", "board-v1.html");
    harness.serve("/ok", Reply::html(redesigned_board_page()));
    assert_ok(&harness.crawl());
    {
        let store = Store::open(&harness.path("snapshots")).unwrap();
        let tx = store.snapshots_of("tx-board").unwrap();
        assert_eq!(tx[0].selector.as_deref(), Some("main"));
        let ok = store.snapshots_of("ok-board").unwrap();
        assert_eq!(
            ok[0].selector.as_deref(),
            Some("body"),
            "a page read through the fallback says so"
        );
    }
    assert_eq!(harness.rule("state-board", "TX")["status"], "allowed");

    // The redesign: `<main>` is gone, `body` matches instead.
    harness.serve("/tx", Reply::html(redesigned_board_page()));
    assert_ok(&harness.crawl());
    let changes = harness.changes();
    let failures: Vec<_> = changes
        .iter()
        .filter(|event| event["kind"] == "extraction_failed")
        .collect();
    assert_eq!(failures.len(), 1, "{changes:#?}");
    assert_eq!(failures[0]["source_id"], "tx-board");
    let summary = failures[0]["summary"].as_str().unwrap();
    assert!(summary.contains("layout changed"), "{summary}");
    assert!(
        summary.contains("\"body\""),
        "names the selector used: {summary}"
    );
    assert!(
        !changes
            .iter()
            .any(|event| event["kind"] == "content_changed" && event["source_id"] == "tx-board"),
        "the switch is not read as a new version: {changes:#?}"
    );
    let store = Store::open(&harness.path("snapshots")).unwrap();
    assert_eq!(store.snapshots_of("tx-board").unwrap().len(), 1);
    let state = store.source_state("tx-board").unwrap().unwrap();
    assert!(state.needs_review, "the source asks for review");
}

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

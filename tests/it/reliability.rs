//! Faults, interruptions and upgrades: every bad input becomes the right
//! event without harming the other sources, a killed run loses and
//! duplicates nothing, and stored data stays verifiable.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::time::Duration;

use crate::fixture_server::{Behaviour, Reply};
use serde_json::Value;

use crate::support::*;

const FAST_SETTINGS: &str = "per_host_delay_ms = 0\ntimeout_secs = 1\nretries = 1\nretry_backoff_ms = 10\nmax_body_bytes = 200000";

fn kinds_by_source(changes: &[Value]) -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for event in changes {
        map.entry(event["source_id"].as_str().unwrap_or_default().to_string())
            .or_default()
            .push(event["kind"].as_str().unwrap_or_default().to_string());
    }
    map
}

/// The peak resident set a crawl may reach, faults and bombs included.
const PEAK_RSS_CEILING_KIB: u64 = 150 * 1024;

/// Runs `needlewatch crawl` and returns its output with its peak resident
/// set in KiB: the largest `VmHWM` (the kernel's high-water mark of the
/// process's memory) read from `/proc/PID/status` every few milliseconds
/// while it runs. Readings taken before the exec (when the child is still a
/// copy of this test process) are skipped by checking the process name;
/// `wait4`'s `ru_maxrss` is not used because it keeps that pre-exec copy's
/// size, which is the size of the whole test binary, not of the crawl.
fn crawl_with_peak_rss(harness: &Harness) -> (std::process::Output, u64) {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = harness
        .command()
        .arg("crawl")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start needlewatch crawl");
    let collect = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes)
                .expect("read the crawl's output");
            bytes
        })
    };
    let stdout = collect(Box::new(child.stdout.take().expect("stdout")));
    let stderr = collect(Box::new(child.stderr.take().expect("stderr")));
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0;
    let mut readings = 0;
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            let field = |name: &str| {
                text.lines()
                    .find_map(|line| line.strip_prefix(name))
                    .map(str::trim)
            };
            let high_water = field("VmHWM:")
                .and_then(|value| value.trim_end_matches("kB").trim().parse::<u64>().ok());
            if let (Some("needlewatch"), Some(kib)) = (field("Name:"), high_water) {
                peak_kib = peak_kib.max(kib);
                readings += 1;
            }
        }
        if let Some(status) = child.try_wait().expect("poll the crawl") {
            break status;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    assert!(
        readings > 0 && peak_kib > 0,
        "cannot measure the crawl's peak RSS from {status_file}"
    );
    let output = std::process::Output {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    };
    (output, peak_kib)
}

/// A valid one-page PDF whose content stream inflates to `inflated_mib` MiB
/// of zero bytes. The compressed stream is built by repeating one
/// steady-state deflate block, so making it costs a few MiB of work whatever
/// it inflates to; the zlib trailer carries the true checksum.
fn pdf_bomb(inflated_mib: usize) -> Vec<u8> {
    let stream = zlib_zeros(inflated_mib);
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> /Contents 4 0 R >>"
            .to_string(),
    ];
    for (index, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", index + 1).as_bytes());
    }
    offsets.push(pdf.len());
    pdf.extend_from_slice(
        format!(
            "4 0 obj\n<< /Length {} /Filter /FlateDecode >>\nstream\n",
            stream.len()
        )
        .as_bytes(),
    );
    pdf.extend_from_slice(&stream);
    pdf.extend_from_slice(b"\nendstream\nendobj\n");
    let xref = pdf.len();
    pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    pdf
}

/// A zlib stream of `mib` MiB of zeros.
fn zlib_zeros(mib: usize) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let chunk = vec![0u8; 1 << 20];
    let mut compress = Compress::new(Compression::best(), true);
    let mut deflate = |input: &[u8]| {
        let mut output = Vec::with_capacity(64 * 1024);
        let start = compress.total_in();
        while compress.total_in() - start < input.len() as u64 {
            let done = (compress.total_in() - start) as usize;
            compress
                .compress_vec(&input[done..], &mut output, FlushCompress::Sync)
                .expect("deflate");
            output.reserve(64 * 1024);
        }
        output
    };
    let first = deflate(&chunk);
    let steady = deflate(&chunk);
    assert_eq!(
        deflate(&chunk),
        steady,
        "zeros after zeros deflate to the same bytes"
    );
    let mut stream = first;
    for _ in 1..mib {
        stream.extend_from_slice(&steady);
    }
    // An empty final block, then Adler-32 of the zeros: A stays 1, B grows by 1 per byte.
    stream.extend_from_slice(&[0x03, 0x00]);
    let length = (mib as u64) << 20;
    let adler = ((length % 65521) << 16) | 1;
    stream.extend_from_slice(&(adler as u32).to_be_bytes());
    stream
}

#[test]
fn the_generated_bomb_is_a_valid_zlib_stream_of_the_promised_size() {
    use std::io::Read;
    let mut inflated = Vec::new();
    flate2::read::ZlibDecoder::new(&zlib_zeros(3)[..])
        .read_to_end(&mut inflated)
        .expect("valid stream with a correct checksum");
    assert_eq!(inflated.len(), 3 << 20);
    assert!(inflated.iter().all(|&byte| byte == 0));
    let bomb = pdf_bomb(160);
    assert!(
        bomb.len() < 200_000,
        "fits under the fault test's body cap: {}",
        bomb.len()
    );
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn every_fault_becomes_the_right_event_and_spares_the_other_sources() {
    let harness = Harness::new();
    let page = fixture("board-v1.html");
    let pdf = fixture("payer-policy.pdf");
    let faults: Vec<(&'static str, Reply, &'static str)> = vec![
        ("/f/404", Reply::status(404), "fetch_failed"),
        ("/f/410", Reply::status(410), "fetch_failed"),
        ("/f/500", Reply::status(500), "fetch_failed"),
        (
            "/f/503",
            Reply::status(503).with_header("Retry-After", "0"),
            "fetch_failed",
        ),
        (
            "/f/hang",
            Reply::html(page.clone()).with_behaviour(Behaviour::Hang),
            "fetch_failed",
        ),
        (
            "/f/reset",
            Reply::html(page.clone()).with_behaviour(Behaviour::ResetMidBody),
            "fetch_failed",
        ),
        (
            "/f/short",
            Reply::html(page.clone()).with_behaviour(Behaviour::ShortBody),
            "fetch_failed",
        ),
        ("/f/empty", Reply::html(Vec::new()), "extraction_failed"),
        ("/f/loop", Reply::redirect("/f/loop"), "fetch_failed"),
        ("/f/big", Reply::html(vec![b'x'; 300_000]), "fetch_failed"),
        (
            "/f/bomb",
            Reply::new(200, "text/html", gzip(&vec![b' '; 20_000_000]))
                .with_header("Content-Encoding", "gzip"),
            "fetch_failed",
        ),
        (
            "/f/1252",
            Reply::new(200, "text/html", fixture("board-1252.html")),
            "source_added",
        ),
        (
            "/f/binary",
            Reply::new(
                200,
                "text/html",
                (0..60_000u32)
                    .map(|n| (n * 7919 % 251) as u8)
                    .collect::<Vec<u8>>(),
            ),
            "extraction_failed",
        ),
        (
            "/f/nested",
            Reply::html(format!(
                "<main>{}dry needling is within the scope{}</main>",
                "<div>".repeat(12_000),
                "</div>".repeat(12_000)
            )),
            "extraction_failed",
        ),
        (
            "/f/bad.pdf",
            Reply::new(200, "application/pdf", pdf[..pdf.len() / 3].to_vec()),
            "extraction_failed",
        ),
        (
            "/f/locked.pdf",
            Reply::new(200, "application/pdf", fixture("encrypted.pdf")),
            "extraction_failed",
        ),
        (
            "/f/bomb.pdf",
            Reply::new(200, "application/pdf", pdf_bomb(160)),
            "extraction_failed",
        ),
        (
            "/f/attribute",
            Reply::html(fixture_text("board-v1.html").replacen(
                "<main",
                &format!("<main data-tracking=\"{}\"", "x".repeat(150_000)),
                1,
            )),
            "source_added",
        ),
        (
            "/f/table",
            Reply::html(fixture_text("board-v1.html").replacen(
                "</main>",
                &format!(
                    "<table>{}</table></main>",
                    "<tr><td>Renewal</td><td>fee</td><td>$75</td></tr>".repeat(3_500)
                ),
                1,
            )),
            "source_added",
        ),
        ("/good", Reply::html(page.clone()), "source_added"),
    ];
    let ids: Vec<String> = faults
        .iter()
        .map(|(path, _, _)| path.trim_start_matches('/').replace(['/', '.'], "-"))
        .collect();
    let sources: Vec<TestSource> = faults
        .iter()
        .zip(&ids)
        .map(|((path, _, _), id)| TestSource {
            id: Box::leak(id.clone().into_boxed_str()),
            kind: "state-board",
            subject: "TX",
            path,
            selector: if path.ends_with(".pdf") {
                None
            } else {
                Some("main")
            },
        })
        .collect();
    harness.write_config_with_settings(&sources, FAST_SETTINGS);
    for (path, reply, _) in &faults {
        harness.serve(path, reply.clone());
    }
    let (output, peak_rss_kib) = crawl_with_peak_rss(&harness);
    assert_ok(&output);
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    assert!(
        peak_rss_kib < PEAK_RSS_CEILING_KIB,
        "peak RSS {} MiB over the {} MiB ceiling; stderr:\n{}",
        peak_rss_kib / 1024,
        PEAK_RSS_CEILING_KIB / 1024,
        stderr(&output)
    );
    let by_source = kinds_by_source(&harness.changes());
    for ((path, _, expected), id) in faults.iter().zip(&ids) {
        assert_eq!(
            by_source.get(id).map(Vec::as_slice),
            Some(&[expected.to_string()][..]),
            "{path}"
        );
    }
    let summaries: BTreeMap<String, String> = harness
        .changes()
        .iter()
        .map(|event| {
            (
                event["source_id"].as_str().unwrap().to_string(),
                event["summary"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        summaries["f-hang"].contains("timed out"),
        "{}",
        summaries["f-hang"]
    );
    assert!(
        summaries["f-big"].contains("limit"),
        "{}",
        summaries["f-big"]
    );
    assert!(
        summaries["f-bomb"].contains("limit"),
        "{}",
        summaries["f-bomb"]
    );
    assert!(
        summaries["f-loop"].contains("redirect"),
        "{}",
        summaries["f-loop"]
    );
    assert!(
        summaries["f-locked-pdf"].contains("encrypted"),
        "{}",
        summaries["f-locked-pdf"]
    );
    assert!(
        summaries["f-nested"].contains("nested"),
        "{}",
        summaries["f-nested"]
    );
    assert!(
        summaries["f-bomb-pdf"].contains("inflate past the")
            && summaries["f-bomb-pdf"].contains("MiB limit"),
        "{}",
        summaries["f-bomb-pdf"]
    );
    assert_eq!(
        harness.rule("state-board", "TX")["status"],
        "allowed",
        "the good sources still decide the rule"
    );
    let retried = harness
        .server
        .requests()
        .iter()
        .filter(|request| request.path == "/f/503")
        .count();
    assert_eq!(retried, 2, "503 is retried once (retries = 1)");
    let not_retried = harness
        .server
        .requests()
        .iter()
        .filter(|request| request.path == "/f/404")
        .count();
    assert_eq!(not_retried, 1, "404 is not retried");
}

#[test]
fn broken_reads_are_extraction_failures_that_keep_the_status_and_recover_quietly() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "escalate_after = 3");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());

    // Each failing run has its only source failing, so it exits 1.
    // 1: a "page moved" stub served with 200.
    harness.serve_fixture("/tx", "moved-stub.html");
    assert_eq!(code(&harness.crawl()), 1);
    // 2: a redesign: the selector matches nothing.
    harness.serve(
        "/tx",
        Reply::html("<html><body><div id=new>Dry needling is allowed.</div></body></html>"),
    );
    assert_eq!(code(&harness.crawl()), 1);
    // 3: the text collapses to a fragment that no longer names the service.
    harness.serve(
        "/tx",
        Reply::html("<html><body><main><p>Loading content, please wait.</p></main></body></html>"),
    );
    assert_eq!(code(&harness.crawl()), 1);

    let changes = harness.changes();
    let failures: Vec<&Value> = changes
        .iter()
        .filter(|event| event["kind"] == "extraction_failed")
        .collect();
    assert_eq!(
        failures.len(),
        2,
        "first failure and the escalation, not one per run: {changes:#?}"
    );
    assert_eq!(failures[0]["severity"], "low");
    assert_eq!(failures[1]["severity"], "high");
    assert!(events_of(&changes, "status_changed").is_empty());
    let rule = harness.rule("state-board", "TX");
    assert_eq!(rule["status"], "allowed", "status kept");
    assert_eq!(rule["needs_review"], true);
    assert_eq!(rule["sources"][0]["fetch"], "extraction_failed");
    let history = stdout(&harness.run(&["history", "tx-board"]));
    assert_eq!(
        history.matches("  #").count(),
        1,
        "no broken page was stored as a version:\n{history}"
    );

    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    let changes = harness.changes();
    assert_eq!(events_of(&changes, "fetch_recovered").len(), 1);
    assert!(
        events_of(&changes, "status_changed").is_empty(),
        "recovery is not a status change"
    );
    assert!(
        events_of(&changes, "content_changed").is_empty(),
        "recovery is not a content change"
    );

    // The broken reads still await a reviewer: the review workflow.
    assert_eq!(harness.rule("state-board", "TX")["needs_review"], true);
    let pending = stdout(&harness.run(&["changes", "--pending", "--json"]));
    let pending: Vec<Value> = pending
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let to_review: Vec<&Value> = pending
        .iter()
        .filter(|event| event["review"] == true)
        .collect();
    assert_eq!(
        to_review.len(),
        2,
        "the two extraction failures: {pending:#?}"
    );
    for event in &to_review {
        let id = event["id"].as_str().unwrap();
        let output = harness
            .command()
            .args(["ack", id, "--note", "selector checked after the redesign"])
            .env("NEEDLEWATCH_USER", "ana")
            .output()
            .unwrap();
        assert_ok(&output);
    }
    assert_eq!(
        harness.rule("state-board", "TX")["needs_review"],
        false,
        "acknowledged: the outputs were rewritten"
    );
    let acked = harness
        .changes()
        .into_iter()
        .find(|event| event["kind"] == "extraction_failed")
        .unwrap();
    assert_eq!(acked["ack"]["by"], "ana");
    assert_eq!(acked["ack"]["note"], "selector checked after the redesign");
    let changelog = std::fs::read_to_string(harness.path("reports/CHANGELOG.md")).unwrap();
    assert!(changelog.contains("acknowledged by ana"), "{changelog}");
    let again = harness
        .command()
        .args(["ack", to_review[0]["id"].as_str().unwrap()])
        .env("NEEDLEWATCH_USER", "ana")
        .output()
        .unwrap();
    assert_eq!(code(&again), 2, "already acknowledged");
    assert!(
        stderr(&again).contains("already acknowledged by ana"),
        "{}",
        stderr(&again)
    );
    assert_eq!(code(&harness.run(&["ack", "9999"])), 2);
}

#[test]
fn a_lost_service_mention_is_an_extraction_failure() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    let replaced = fixture_text("board-v1.html")
        .replace("Dry Needling", "Telehealth")
        .replace("dry needling", "telehealth")
        .replace("Dry needling", "Telehealth");
    harness.serve("/tx", Reply::html(replaced));
    assert_eq!(code(&harness.crawl()), 1, "its only source failed");
    let changes = harness.changes();
    assert_eq!(
        events_of(&changes, "extraction_failed").len(),
        1,
        "{changes:#?}"
    );
    assert!(
        changes.last().unwrap()["summary"]
            .as_str()
            .unwrap()
            .contains("no longer mentions")
    );
}

#[test]
fn volatile_boilerplate_inside_the_selected_region_is_not_a_change() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    let page = |stamp: &str, visitors: u32, session: &str| {
        fixture_text("board-v1.html").replace(
            "</main>",
            &format!("<p>Page printed on {stamp}. Visitors: {visitors}. Session ID: {session}</p><p><a href=\"/x?utm_source=a\">https://example.org/rules?utm_source=news{visitors}</a></p></main>"),
        )
    };
    harness.serve(
        "/tx",
        Reply::html(page(
            "November 1, 2026 at 9:14 AM",
            1041,
            "a81f0c2d9e7b4a11c3d5",
        )),
    );
    assert_ok(&harness.crawl());
    harness.serve(
        "/tx",
        Reply::html(page(
            "November 26, 2026 at 10:02 PM",
            1187,
            "ffe01b22c9d84e7710aa",
        )),
    );
    assert_ok(&harness.crawl());
    assert_eq!(
        harness.changes().len(),
        1,
        "only source_added: {:#?}",
        harness.changes()
    );
}

#[test]
fn a_date_only_edit_is_a_low_severity_content_change_and_one_not_flips_the_status() {
    let harness = Harness::new();
    harness.write_config(&[payer("acme", "acme", "/acme")], "");
    let text = fixture_text("payer-v1.html");
    harness.serve("/acme", Reply::html(text.clone()));
    assert_ok(&harness.crawl());
    // Only the policy's effective date moves.
    let old_date = "<th>Effective date</th><td>March 1, 2024</td>";
    assert!(text.contains(old_date), "the fixture's effective date row");
    let redated = text.replacen(old_date, "<th>Effective date</th><td>March 3, 2025</td>", 1);
    harness.serve("/acme", Reply::html(redated));
    assert_ok(&harness.crawl());
    let content: Vec<Value> = harness
        .changes()
        .into_iter()
        .filter(|event| event["kind"] == "content_changed")
        .collect();
    assert_eq!(content.len(), 1, "{:#?}", harness.changes());
    assert_eq!(content[0]["severity"], "low", "only a date moved");

    // One added "not" turns "is covered" around.
    let covered = fixture_text("payer-v2-covered.html");
    harness.serve("/acme", Reply::html(covered.clone()));
    assert_ok(&harness.crawl());
    assert_eq!(harness.rule("payer", "acme")["status"], "covered");
    let negated = covered.replacen(
        "medically necessary when",
        "not medically necessary when",
        1,
    );
    assert_ne!(
        negated, covered,
        "the fixture states coverage as 'medically necessary when'"
    );
    harness.serve("/acme", Reply::html(negated));
    assert_ok(&harness.crawl());
    let flips = events_of(&harness.changes(), "status_changed");
    assert_eq!(
        flips.last().map(|flip| (flip.1.clone(), flip.2.clone())),
        Some((Value::from("covered"), Value::from("not_covered")))
    );
}

#[test]
fn an_upgrade_alone_produces_no_event() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    let body = fixture("board-v1.html");
    harness.serve("/tx", Reply::html(body.clone()).without_etag());
    assert_ok(&harness.crawl());

    // Rewrite the stored version as if an older needlewatch had made it,
    // with an extraction that differs from today's.
    {
        use needlewatch::store::{NewSnapshot, SourceCommit, Store};
        let store = Store::open(&harness.path("snapshots")).unwrap();
        let state = store.source_state("tx-board").unwrap().unwrap();
        let mut record = store.snapshot("tx-board", 1).unwrap().unwrap();
        let old_text = format!(
            "{}\nOld extractor leftovers: Skip to content Menu",
            store.text(&record.text_hash).unwrap().unwrap()
        );
        record.extractor_version = 0;
        record.text_hash = needlewatch::store::content_hash(old_text.as_bytes());
        store
            .commit(SourceCommit {
                state,
                snapshot: Some(NewSnapshot {
                    record,
                    raw: body.clone(),
                    text: old_text,
                }),
                events: Vec::new(),
            })
            .unwrap();
        store.flush().unwrap();
    }

    assert_ok(&harness.crawl());
    assert_eq!(
        harness.changes().len(),
        1,
        "only the first source_added: {:#?}",
        harness.changes()
    );
    let history = stdout(&harness.run(&["history", "tx-board"]));
    assert_eq!(
        history.matches("  #").count(),
        1,
        "the old reading was replaced, not added:\n{history}"
    );
    assert_ok(&harness.run(&["verify"]));
}

/// An upgrade re-reads the old version as of the day it was fetched. When
/// a dated statement took effect in between, the position did change: that
/// is an event, not a silent refresh.
#[test]
fn a_position_that_changed_by_date_is_reported_even_across_an_upgrade() {
    let harness = Harness::new();
    harness.write_config(&[payer("acme", "acme", "/acme")], "");
    let page = "<html><body><main><h1>Dry Needling</h1>\
        <p>Dry needling is covered for dates of service through December 31, 2025.</p>\
        <p>For dates of service on or after January 1, 2026, dry needling is considered \
        investigational and is not covered.</p></main></body></html>";
    harness.serve("/acme", Reply::html(page).without_etag());
    assert_ok(&harness.crawl());

    // As if an older needlewatch had read the same bytes in mid-2025.
    {
        use needlewatch::store::{NewSnapshot, SourceCommit, Store};
        let store = Store::open(&harness.path("snapshots")).unwrap();
        let state = store.source_state("acme").unwrap().unwrap();
        let mut record = store.snapshot("acme", 1).unwrap().unwrap();
        let text = store.text(&record.text_hash).unwrap().unwrap();
        record.classifier_version = 0;
        record.fetched_at = "2025-06-01T00:00:00Z".parse().unwrap();
        store
            .commit(SourceCommit {
                state,
                snapshot: Some(NewSnapshot {
                    record,
                    raw: page.as_bytes().to_vec(),
                    text,
                }),
                events: Vec::new(),
            })
            .unwrap();
        store.flush().unwrap();
    }

    assert_ok(&harness.crawl());
    let changes = harness.changes();
    let flips: Vec<&Value> = changes
        .iter()
        .filter(|event| event["kind"] == "status_changed")
        .collect();
    assert_eq!(flips.len(), 1, "{changes:#?}");
    assert_eq!(flips[0]["old_status"], "covered", "{changes:#?}");
    assert_eq!(flips[0]["new_status"], "not_covered", "{changes:#?}");
}

#[test]
fn verify_detects_damaged_stored_bytes() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    assert_ok(&harness.crawl());
    let clean = harness.run(&["verify"]);
    assert_ok(&clean);
    assert!(stdout(&clean).contains("OK"));
    let pack = std::fs::read_dir(harness.path("snapshots/packs"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut bytes = std::fs::read(&pack).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&pack, bytes).unwrap();
    let damaged = harness.run(&["verify"]);
    assert_eq!(code(&damaged), 1, "{}", stdout(&damaged));
    assert!(stdout(&damaged).contains("PROBLEM"), "{}", stdout(&damaged));
}

#[test]
fn scraped_markup_appears_as_text_in_the_report() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    let hostile = fixture_text("board-v1.html").replace(
        "</main>",
        "<p>Dry needling is within the scope of practice &lt;script&gt;alert('x')&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; javascript:alert(2)</p></main>",
    );
    harness.serve("/tx", Reply::html(hostile));
    assert_ok(&harness.crawl());
    let report = std::fs::read_to_string(harness.path("reports/report.html")).unwrap();
    assert!(
        report.contains("&lt;script&gt;alert("),
        "the scraped script shows as text"
    );
    assert!(
        !report.to_ascii_lowercase().contains("<script"),
        "no script element in the report"
    );
    assert!(
        !report.contains("<img src=x"),
        "no scraped element in the report"
    );
    assert!(
        !report.contains("href=\"javascript:"),
        "no javascript: link"
    );
}

/// Sources for the interruption tests: slow enough that a kill lands mid-run.
fn slow_sources(harness: &Harness, count: usize) -> Vec<TestSource> {
    let mut sources = Vec::new();
    for index in 0..count {
        let path: &'static str = Box::leak(format!("/s/{index}").into_boxed_str());
        let id: &'static str = Box::leak(format!("s-{index:02}").into_boxed_str());
        let text =
            fixture_text("board-v1.html").replace("50 hours", &format!("{} hours", 40 + index));
        harness.serve(
            path,
            Reply::html(text).with_behaviour(Behaviour::Delay(Duration::from_millis(25))),
        );
        sources.push(board(id, "TX", path));
    }
    sources
}

#[test]
fn a_killed_crawl_loses_and_duplicates_nothing() {
    let trials = 24;
    let mut killed_mid_run = 0;
    for trial in 0..trials {
        let harness = Harness::new();
        let sources = slow_sources(&harness, 30);
        harness.write_config_with_settings(
            &sources,
            "per_host_delay_ms = 0\ntimeout_secs = 5\nconcurrency = 3",
        );
        let mut child = harness
            .command()
            .args(["crawl", "--no-progress"])
            .spawn()
            .unwrap();
        // Spread the kill points over the run (which takes about 300 ms).
        let delay = 20 + (trial * 37 % 400) as u64;
        std::thread::sleep(Duration::from_millis(delay));
        let finished_before_kill = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let _ = child.wait();
        if !finished_before_kill {
            killed_mid_run += 1;
        }

        let output = harness.crawl();
        assert_ok(&output);
        assert_ok(&harness.run(&["verify"]));
        let changes = harness.changes();
        let added: BTreeSet<String> = changes
            .iter()
            .filter(|event| event["kind"] == "source_added")
            .map(|event| event["source_id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(added.len(), 30, "trial {trial}: every source added once");
        assert_eq!(
            changes.len(),
            30,
            "trial {trial}: nothing duplicated: {changes:#?}"
        );
        let ids: BTreeSet<&str> = changes
            .iter()
            .map(|event| event["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids.len(), changes.len(), "trial {trial}: event ids unique");
        {
            let store = needlewatch::store::Store::open(&harness.path("snapshots")).unwrap();
            for source in &sources {
                let versions = store.snapshots_of(source.id).unwrap();
                assert_eq!(
                    versions.len(),
                    1,
                    "trial {trial}: {} has one version",
                    source.id
                );
            }
        }
        let ruleset = harness.ruleset();
        assert_eq!(ruleset["rules"][0]["sources"].as_array().unwrap().len(), 30);
        assert_eq!(ruleset["rules"][0]["status"], "allowed");
    }
    assert!(
        killed_mid_run >= 20,
        "only {killed_mid_run} of {trials} kills landed mid-run"
    );
}

#[test]
fn sigterm_finishes_the_pages_in_hand_and_exits_cleanly() {
    let harness = Harness::new();
    let sources = slow_sources(&harness, 30);
    harness.write_config_with_settings(
        &sources,
        "per_host_delay_ms = 0\ntimeout_secs = 5\nconcurrency = 2",
    );
    let child = harness
        .command()
        .args(["crawl", "--no-progress"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Signal only once the crawl is fetching (its handler is in place by then).
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while harness
        .server
        .requests()
        .iter()
        .filter(|request| request.path.starts_with("/s/"))
        .count()
        < 3
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the crawl never started fetching"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "a clean exit");
    assert!(
        stdout(&output).contains("(interrupted)"),
        "{}",
        stdout(&output)
    );
    let done = harness.changes().len();
    assert!(
        done > 0 && done < 30,
        "some but not all sources were processed: {done}"
    );
    assert_ok(&harness.run(&["verify"]));
    // The next run picks up the rest.
    assert_ok(&harness.crawl());
    assert_eq!(harness.changes().len(), 30);
}

#[test]
fn a_failing_robots_txt_is_a_fetch_failure_event_not_a_crash() {
    let harness = Harness::new();
    harness.write_config(&[board("tx-board", "TX", "/tx")], "");
    harness.serve_fixture("/tx", "board-v1.html");
    harness.serve("/robots.txt", Reply::status(503));
    let output = harness.crawl();
    assert_eq!(
        code(&output),
        1,
        "its only source failed: {}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    let failures = events_of(&harness.changes(), "fetch_failed");
    assert_eq!(failures.len(), 1, "{:#?}", harness.changes());
    let event = harness
        .changes()
        .into_iter()
        .find(|event| event["kind"] == "fetch_failed")
        .unwrap();
    let summary = event["summary"].as_str().unwrap_or_default().to_string();
    assert!(
        summary.contains("robots.txt answered HTTP 503") && summary.contains("RFC 9309"),
        "{summary}"
    );
    assert!(
        harness
            .server
            .requests()
            .iter()
            .all(|request| request.path != "/tx"),
        "the page itself is not fetched"
    );
}

//! The fetch stage against a misbehaving server: robots.txt, compression,
//! size caps, redirects, retries, character sets.

use std::io::Write;
use std::time::Duration;

use crate::fixture_server::{Behaviour, Reply};
use needlewatch::config::Settings;
use needlewatch::extract::extract;
use needlewatch::fetch::{FetchFailure, Fetcher, Outcome, Validators};
use url::Url;

use crate::support::*;

fn settings() -> Settings {
    Settings {
        per_host_delay: Duration::ZERO,
        timeout: Duration::from_secs(2),
        retries: 2,
        retry_backoff: Duration::from_millis(20),
        max_body_bytes: 64 * 1024,
        ..Settings::default()
    }
}

fn fetch(harness: &Harness, settings: &Settings, path: &str) -> Outcome {
    let fetcher = Fetcher::new(settings).expect("client");
    let url = Url::parse(&harness.server.url(path)).unwrap();
    harness.block_on(fetcher.fetch(&url, &Validators::default()))
}

fn failure(outcome: Outcome) -> FetchFailure {
    match outcome {
        Outcome::Failed(failure) => failure,
        other => panic!("expected a failure, got {other:?}"),
    }
}

#[test]
fn robots_txt_is_honoured_and_fetched_once_per_host() {
    let harness = Harness::new();
    harness.serve(
        "/robots.txt",
        Reply::new(200, "text/plain", fixture("robots.txt")),
    );
    harness.serve_fixture("/private/page", "board-v1.html");
    harness.serve_fixture("/public/page", "board-v1.html");
    let fetcher = Fetcher::new(&settings()).unwrap();
    let private = Url::parse(&harness.server.url("/private/page")).unwrap();
    let public = Url::parse(&harness.server.url("/public/page")).unwrap();
    let (blocked, allowed) = harness.block_on(async {
        (
            fetcher.fetch(&private, &Validators::default()).await,
            fetcher.fetch(&public, &Validators::default()).await,
        )
    });
    assert_eq!(failure(blocked), FetchFailure::Robots);
    assert!(matches!(allowed, Outcome::Page(_)));
    let requests = harness.server.requests();
    assert_eq!(
        requests
            .iter()
            .filter(|request| request.path == "/robots.txt")
            .count(),
        1
    );
    assert!(
        requests
            .iter()
            .all(|request| request.path != "/private/page"),
        "never asked for a disallowed page"
    );
    let agent = requests[0].header("user-agent").unwrap_or_default();
    assert!(
        agent.starts_with("needlewatch/"),
        "identifying User-Agent: {agent}"
    );
}

#[test]
fn gzip_bodies_are_decoded() {
    let harness = Harness::new();
    let page = fixture("board-v1.html");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&page).unwrap();
    let gzipped = encoder.finish().unwrap();
    harness.serve(
        "/gz",
        Reply::new(200, "text/html", gzipped).with_header("Content-Encoding", "gzip"),
    );
    let Outcome::Page(fetched) = fetch(&harness, &settings(), "/gz") else {
        panic!("page expected")
    };
    assert_eq!(fetched.body, page);
    let accepted = harness.server.requests()[1]
        .header("accept-encoding")
        .unwrap_or_default()
        .to_string();
    assert!(
        accepted.contains("gzip") && accepted.contains("br"),
        "{accepted}"
    );
}

#[test]
fn a_body_over_the_cap_is_an_outcome_not_a_crash() {
    let harness = Harness::new();
    let settings = Settings {
        max_body_bytes: 4096,
        ..settings()
    };
    harness.serve("/big", Reply::new(200, "text/html", vec![b'a'; 100_000]));
    assert_eq!(
        failure(fetch(&harness, &settings, "/big")),
        FetchFailure::TooLarge { limit: 4096 }
    );
    // A gzip bomb: small on the wire, huge once decoded; the cap applies to the decoded bytes.
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![b' '; 50_000_000]).unwrap();
    let bomb = encoder.finish().unwrap();
    assert!(bomb.len() < 100_000);
    harness.serve(
        "/bomb",
        Reply::new(200, "text/html", bomb).with_header("Content-Encoding", "gzip"),
    );
    assert_eq!(
        failure(fetch(&harness, &settings, "/bomb")),
        FetchFailure::TooLarge { limit: 4096 }
    );
}

#[test]
fn client_errors_are_not_retried_and_server_errors_are() {
    let harness = Harness::new();
    harness.serve("/gone", Reply::status(410));
    harness.serve("/busy", Reply::status(503).with_header("Retry-After", "0"));
    assert_eq!(
        failure(fetch(&harness, &settings(), "/gone")),
        FetchFailure::HttpStatus(410)
    );
    assert_eq!(
        failure(fetch(&harness, &settings(), "/busy")),
        FetchFailure::HttpStatus(503)
    );
    let requests = harness.server.requests();
    assert_eq!(
        requests
            .iter()
            .filter(|request| request.path == "/gone")
            .count(),
        1
    );
    assert_eq!(
        requests
            .iter()
            .filter(|request| request.path == "/busy")
            .count(),
        3,
        "1 try + 2 retries"
    );
}

#[test]
fn broken_connections_and_loops_become_failures() {
    let harness = Harness::new();
    let settings = Settings {
        retries: 0,
        ..settings()
    };
    harness.serve("/hang", Reply::html("x").with_behaviour(Behaviour::Hang));
    harness.serve(
        "/short",
        Reply::html(fixture("board-v1.html")).with_behaviour(Behaviour::ShortBody),
    );
    harness.serve(
        "/reset",
        Reply::html(fixture("board-v1.html")).with_behaviour(Behaviour::ResetMidBody),
    );
    harness.serve("/loop-a", Reply::redirect("/loop-b"));
    harness.serve("/loop-b", Reply::redirect("/loop-a"));
    assert_eq!(
        failure(fetch(&harness, &settings, "/hang")),
        FetchFailure::Timeout
    );
    assert_eq!(failure(fetch(&harness, &settings, "/short")).code(), "body");
    assert!(matches!(
        failure(fetch(&harness, &settings, "/reset")).code(),
        "body" | "connect" | "other"
    ));
    assert_eq!(
        failure(fetch(&harness, &settings, "/loop-a")).code(),
        "redirect_loop"
    );
}

#[test]
fn a_windows_1252_page_without_a_charset_header_reads_correctly() {
    let harness = Harness::new();
    harness.serve(
        "/nv",
        Reply::new(200, "text/html", fixture("board-1252.html")),
    );
    let Outcome::Page(page) = fetch(&harness, &settings(), "/nv") else {
        panic!("page expected")
    };
    let extracted =
        extract(&page.body, page.content_type.as_deref(), Some("main")).expect("extracts");
    let expected = fixture_text("board-1252.expected.txt");
    assert!(
        extracted.text.contains(expected.trim()),
        "expected {:?} in\n{}",
        expected.trim(),
        extracted.text
    );
}

#[test]
fn file_urls_read_local_files() {
    let harness = Harness::new();
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages/bulletin.txt");
    let fetcher = Fetcher::new(&settings()).unwrap();
    let url = Url::from_file_path(&path).unwrap();
    let Outcome::Page(page) = harness.block_on(fetcher.fetch(&url, &Validators::default())) else {
        panic!("page expected")
    };
    assert_eq!(page.body, fixture("bulletin.txt"));
    let missing = Url::from_file_path("/nonexistent/needlewatch.html").unwrap();
    assert_eq!(
        failure(harness.block_on(fetcher.fetch(&missing, &Validators::default()))).code(),
        "file"
    );
}

#[test]
fn refused_connections_and_tls_failures_are_classified() {
    let harness = Harness::new();
    // Without robots.txt: an unreachable robots.txt would stop the fetch first
    // (see a_failing_robots_txt_disallows_the_whole_site_with_a_clear_cause).
    let settings = Settings {
        retries: 0,
        respect_robots: false,
        ..settings()
    };
    let fetcher = Fetcher::new(&settings).unwrap();
    // A port that was just free: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = Url::parse(&format!("http://127.0.0.1:{closed}/page")).unwrap();
    let outcome = harness.block_on(fetcher.fetch(&refused, &Validators::default()));
    assert_eq!(failure(outcome).code(), "connect");
    // TLS spoken to a server that answers in plain HTTP fails the handshake.
    let plain = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let plain_port = plain.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in plain.incoming().flatten().take(2) {
            let mut stream = stream;
            let _ = std::io::Write::write_all(
                &mut stream,
                b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
            );
        }
    });
    let tls = Url::parse(&format!("https://127.0.0.1:{plain_port}/tls")).unwrap();
    let outcome = harness.block_on(fetcher.fetch(&tls, &Validators::default()));
    assert_eq!(failure(outcome).code(), "tls");
}

#[test]
fn file_urls_are_capped_and_only_regular_files_are_read() {
    let harness = Harness::new();
    let fetcher = Fetcher::new(&settings()).unwrap();
    let read = |path: &std::path::Path| {
        let url = Url::from_file_path(path).unwrap();
        let started = std::time::Instant::now();
        let outcome = harness.block_on(fetcher.fetch(&url, &Validators::default()));
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{} took {:?}",
            path.display(),
            started.elapsed()
        );
        failure(outcome)
    };
    let device = read(std::path::Path::new("/dev/zero"));
    assert_eq!(device.code(), "file");
    assert!(
        device.to_string().contains("not a regular file (a device)"),
        "{device}"
    );

    let directory = read(harness.dir.path());
    assert!(directory.to_string().contains("a directory"), "{directory}");

    let fifo = harness.path("pipe.html");
    let fifo_name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(fifo_name.as_ptr(), 0o600) }, 0);
    let fifo_failure = read(&fifo);
    assert!(
        fifo_failure.to_string().contains("a FIFO"),
        "{fifo_failure}"
    );

    let big = harness.path("big.html");
    std::fs::write(&big, vec![b'x'; 64 * 1024 + 1]).unwrap();
    assert_eq!(read(&big), FetchFailure::TooLarge { limit: 64 * 1024 });
    let fits = harness.path("fits.html");
    std::fs::write(&fits, vec![b'x'; 64 * 1024]).unwrap();
    let url = Url::from_file_path(&fits).unwrap();
    let Outcome::Page(page) = harness.block_on(fetcher.fetch(&url, &Validators::default())) else {
        panic!("a file at the limit is read")
    };
    assert_eq!(page.body.len(), 64 * 1024);
}

/// Fetches `/private/page` and `/public/page` with a fresh fetcher (so
/// robots.txt is read again) and says which were fetched.
fn robots_verdicts(harness: &Harness, settings: &Settings) -> (Outcome, Outcome) {
    harness.serve_fixture("/private/page", "board-v1.html");
    harness.serve_fixture("/public/page", "board-v1.html");
    let fetcher = Fetcher::new(settings).unwrap();
    let private = Url::parse(&harness.server.url("/private/page")).unwrap();
    let public = Url::parse(&harness.server.url("/public/page")).unwrap();
    harness.block_on(async {
        (
            fetcher.fetch(&private, &Validators::default()).await,
            fetcher.fetch(&public, &Validators::default()).await,
        )
    })
}

fn page_requests(harness: &Harness) -> usize {
    harness
        .server
        .requests()
        .iter()
        .filter(|request| request.path.ends_with("/page"))
        .count()
}

#[test]
fn a_missing_or_forbidden_robots_txt_allows_everything() {
    for status in [404, 403, 401, 410] {
        let harness = Harness::new();
        harness.serve("/robots.txt", Reply::status(status));
        let (private, public) = robots_verdicts(&harness, &settings());
        assert!(matches!(private, Outcome::Page(_)), "robots.txt {status}");
        assert!(matches!(public, Outcome::Page(_)), "robots.txt {status}");
    }
}

#[test]
fn a_failing_robots_txt_disallows_the_whole_site_with_a_clear_cause() {
    let harness = Harness::new();
    harness.serve("/robots.txt", Reply::status(503));
    let (private, public) = robots_verdicts(&harness, &settings());
    for outcome in [private, public] {
        let failure = failure(outcome);
        assert_eq!(failure.code(), "robots_unavailable");
        assert!(
            failure.to_string().contains("HTTP 503") && failure.to_string().contains("RFC 9309"),
            "{failure}"
        );
    }
    assert_eq!(page_requests(&harness), 0, "no page asked for");
    let robots_requests = harness
        .server
        .requests()
        .iter()
        .filter(|request| request.path == "/robots.txt")
        .count();
    assert_eq!(
        robots_requests, 3,
        "a 5xx robots.txt is retried (retries = 2), once per run"
    );

    // Unreachable: nothing listens on the origin's port.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let fetcher = Fetcher::new(&Settings {
        retries: 0,
        ..settings()
    })
    .unwrap();
    let url = Url::parse(&format!("http://127.0.0.1:{closed}/page")).unwrap();
    let failure = failure(harness.block_on(fetcher.fetch(&url, &Validators::default())));
    // Still a complete disallow, coded as the network failure it is, so a
    // network outage reads as one.
    assert_eq!(failure.code(), "connect");
    assert!(
        failure.to_string().contains("could not be fetched")
            && failure.to_string().contains("RFC 9309"),
        "{failure}"
    );
}

#[test]
fn robots_txt_redirects_are_followed_up_to_five_times() {
    let harness = Harness::new();
    let rules = Reply::new(200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    harness.serve("/robots.txt", Reply::redirect("/hop1"));
    for hop in 1..5 {
        harness.serve(
            &format!("/hop{hop}"),
            Reply::redirect(&format!("/hop{}", hop + 1)),
        );
    }
    harness.serve("/hop5", rules.clone());
    let (private, public) = robots_verdicts(&harness, &settings());
    assert_eq!(
        failure(private),
        FetchFailure::Robots,
        "five redirects are followed"
    );
    assert!(matches!(public, Outcome::Page(_)));

    // A sixth redirect: the file counts as unavailable, which allows everything.
    harness.serve("/hop5", Reply::redirect("/hop6"));
    harness.serve("/hop6", rules);
    let (private, _) = robots_verdicts(&harness, &settings());
    assert!(
        matches!(private, Outcome::Page(_)),
        "gave up after five redirects: {private:?}"
    );
}

#[test]
fn robots_rules_are_applied_to_the_letter_over_http() {
    let harness = Harness::new();
    harness.serve(
        "/robots.txt",
        Reply::new(
            200,
            "text/plain",
            "User-agent:\nDisallow: /public/\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/page$\nDisallow: /*.pdf$\n",
        ),
    );
    harness.serve_fixture("/private/other", "board-v1.html");
    harness.serve_fixture("/public/policy.pdf", "payer-policy.pdf");
    let (private, public) = robots_verdicts(&harness, &settings());
    assert!(matches!(private, Outcome::Page(_)), "the longer Allow wins");
    assert!(
        matches!(public, Outcome::Page(_)),
        "the empty User-agent line matches no one"
    );
    let fetcher = Fetcher::new(&settings()).unwrap();
    for (path, why) in [
        ("/private/other", "Disallow: /private/"),
        ("/public/policy.pdf", "Disallow: /*.pdf$"),
    ] {
        let url = Url::parse(&harness.server.url(path)).unwrap();
        let outcome = harness.block_on(fetcher.fetch(&url, &Validators::default()));
        assert_eq!(failure(outcome), FetchFailure::Robots, "{path}: {why}");
    }
}

//! Retry and header helpers of the fetcher.

use super::*;

#[test]
fn transient_failures_are_retried_and_client_errors_are_not() {
    assert!(FetchFailure::HttpStatus(503).is_transient());
    assert!(FetchFailure::HttpStatus(429).is_transient());
    assert!(FetchFailure::Timeout.is_transient());
    assert!(!FetchFailure::HttpStatus(404).is_transient());
    assert!(!FetchFailure::HttpStatus(410).is_transient());
    assert!(!FetchFailure::Robots.is_transient());
    assert!(!FetchFailure::TooLarge { limit: 1 }.is_transient());
}

#[test]
fn retry_after_reads_seconds() {
    let mut headers = HeaderMap::new();
    headers.insert(RETRY_AFTER, "7".parse().unwrap());
    assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
    headers.insert(
        RETRY_AFTER,
        "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
    );
    assert_eq!(retry_after(&headers), Some(Duration::ZERO));
    headers.insert(RETRY_AFTER, "soon".parse().unwrap());
    assert_eq!(retry_after(&headers), None);
}

/// A resolver that answers every lookup the way a resolver does for a
/// name that does not exist, so the test needs no network.
struct NoSuchHost;

impl reqwest::dns::Resolve for NoSuchHost {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let error: Box<dyn std::error::Error + Send + Sync> =
                format!("no address for {host}").into();
            Err(error)
        })
    }
}

#[tokio::test]
async fn a_failed_name_lookup_is_classified_as_dns() {
    let client = client_builder()
        .dns_resolver(std::sync::Arc::new(NoSuchHost))
        .build()
        .unwrap();
    let error = client
        .get("http://board.example.invalid/rules")
        .send()
        .await
        .expect_err("the lookup cannot succeed");
    let failure = classify_error(&error);
    assert_eq!(failure.code(), "dns", "{failure}");
    assert!(
        failure.to_string().contains("board.example.invalid"),
        "{failure}"
    );
}

/// Serves one HTTPS response on 127.0.0.1 with the test certificate (signed
/// by `tests/fixtures/tls/ca.pem`) and returns the port.
fn serve_https_once(body: &'static str) -> u16 {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    use std::io::{Read, Write};
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls/");
    let certs = vec![CertificateDer::from_pem_file(format!("{fixtures}server.pem")).unwrap()];
    let key = PrivateKeyDer::from_pem_file(format!("{fixtures}server-key.pem")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    let config = std::sync::Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten().take(2) {
            let connection = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::StreamOwned::new(connection, stream);
            let mut request = Vec::new();
            let mut buffer = [0u8; 1024];
            while !request.windows(4).any(|window| window == b"\r\n\r\n") {
                match tls.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(read) => request.extend_from_slice(&buffer[..read]),
                }
            }
            let _ = write!(
                tls,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    port
}

#[tokio::test]
async fn https_works_with_the_ring_provider_and_untrusted_certificates_fail() {
    let port = serve_https_once("<main>Dry needling is allowed.</main>");
    let settings = Settings {
        respect_robots: false,
        per_host_delay: Duration::ZERO,
        retries: 0,
        ..Settings::default()
    };
    let url = Url::parse(&format!("https://localhost:{port}/rules")).unwrap();

    // Trusted only by the system store: the test CA is unknown there.
    let fetcher = Fetcher::new(&settings).unwrap();
    let Outcome::Failed(failure) = fetcher.fetch(&url, &Validators::default()).await else {
        panic!("a certificate from an unknown CA must be refused");
    };
    assert_eq!(failure.code(), "tls", "{failure}");

    // Trusting the test CA: a full handshake and a page.
    let ca = reqwest::Certificate::from_pem(
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/tls/ca.pem"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut fetcher = Fetcher::new(&settings).unwrap();
    fetcher.client = client_builder().tls_certs_only([ca]).build().unwrap();
    match fetcher.fetch(&url, &Validators::default()).await {
        Outcome::Page(page) => assert_eq!(page.body, b"<main>Dry needling is allowed.</main>"),
        other => panic!("expected the page over TLS, got {other:?}"),
    }
}

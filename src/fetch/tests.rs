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

#[test]
fn path_and_query_keeps_the_query() {
    let url = Url::parse("https://example.org/a/b?x=1").unwrap();
    assert_eq!(path_and_query(&url), "/a/b?x=1");
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
    let client = reqwest::Client::builder()
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

//! The only HTTP code: fetches one URL politely and turns whatever happens
//! into an [`Outcome`].
//!
//! A page that cannot be fetched is data, not an error: every failure
//! (DNS, connect, timeout, TLS, an HTTP error status, a body over the size
//! cap, a robots.txt refusal, a redirect loop, a cut-off body) comes back as
//! [`Outcome::Failed`] so the pipeline can record it as an event and carry on.
//! `Err` is reserved for a client that cannot be built at all.
//!
//! Politeness: one robots.txt per origin per run, a minimum delay between
//! requests to one host, retries with exponential backoff (honouring
//! `Retry-After`) only on failures that may pass: timeouts, connection
//! errors, 429 and 5xx. Conditional GET uses the validators of the last
//! stored version, so an unchanged page costs a 304 and no parsing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::{
    CONTENT_TYPE, ETAG, HeaderMap, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER,
};
use tokio::sync::{Mutex as AsyncMutex, OnceCell};
use tokio::time::Instant;
use url::Url;

use crate::config::Settings;
use crate::robots::Robots;

/// Validators remembered from the last version, for a conditional GET.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A page that was fetched with a success status.
#[derive(Debug, Clone)]
pub struct Page {
    pub final_url: String,
    pub http_status: u16,
    pub content_type: Option<String>,
    pub validators: Validators,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone)]
pub enum Outcome {
    Page(Page),
    /// The server answered 304: the stored version is current.
    NotModified,
    Failed(FetchFailure),
}

/// Why a fetch failed. `code()` is the stable short name used in events.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchFailure {
    #[error("DNS lookup failed: {0}")]
    Dns(String),
    #[error("connection failed: {0}")]
    Connect(String),
    #[error("timed out")]
    Timeout,
    #[error("TLS failed: {0}")]
    Tls(String),
    #[error("HTTP status {0}")]
    HttpStatus(u16),
    #[error("body larger than the {limit}-byte limit")]
    TooLarge { limit: u64 },
    #[error("disallowed by robots.txt")]
    Robots,
    #[error("too many redirects: {0}")]
    Redirects(String),
    #[error("connection broke while reading the body: {0}")]
    Body(String),
    #[error("cannot read local file: {0}")]
    File(String),
    #[error("request failed: {0}")]
    Other(String),
}

impl FetchFailure {
    pub fn code(&self) -> &'static str {
        match self {
            FetchFailure::Dns(_) => "dns",
            FetchFailure::Connect(_) => "connect",
            FetchFailure::Timeout => "timeout",
            FetchFailure::Tls(_) => "tls",
            FetchFailure::HttpStatus(_) => "http_status",
            FetchFailure::TooLarge { .. } => "too_large",
            FetchFailure::Robots => "robots",
            FetchFailure::Redirects(_) => "redirect_loop",
            FetchFailure::Body(_) => "body",
            FetchFailure::File(_) => "file",
            FetchFailure::Other(_) => "other",
        }
    }

    /// Failures that may pass if we try again shortly.
    fn is_transient(&self) -> bool {
        match self {
            FetchFailure::Dns(_)
            | FetchFailure::Connect(_)
            | FetchFailure::Timeout
            | FetchFailure::Body(_)
            | FetchFailure::Other(_) => true,
            FetchFailure::HttpStatus(status) => *status == 429 || *status >= 500,
            _ => false,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("cannot build the HTTP client: {0}")]
pub struct ClientError(String);

/// Longest `Retry-After` we are willing to honour inside one run.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(120);

pub struct Fetcher {
    client: reqwest::Client,
    robots_agent: String,
    per_host_delay: Duration,
    retries: u32,
    retry_backoff: Duration,
    max_body_bytes: u64,
    respect_robots: bool,
    last_request_by_host: Mutex<HashMap<String, Arc<AsyncMutex<Option<Instant>>>>>,
    robots_by_origin: Mutex<HashMap<String, Arc<OnceCell<Robots>>>>,
}

impl Fetcher {
    pub fn new(settings: &Settings) -> Result<Fetcher, ClientError> {
        let client = reqwest::Client::builder()
            .user_agent(settings.user_agent.clone())
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::limited(10))
            .pool_max_idle_per_host(settings.concurrency)
            .build()
            .map_err(|error| ClientError(error_chain(&error)))?;
        let robots_agent = settings
            .user_agent
            .split(['/', ' '])
            .next()
            .unwrap_or("needlewatch")
            .to_string();
        Ok(Fetcher {
            client,
            robots_agent,
            per_host_delay: settings.per_host_delay,
            retries: settings.retries,
            retry_backoff: settings.retry_backoff,
            max_body_bytes: settings.max_body_bytes,
            respect_robots: settings.respect_robots,
            last_request_by_host: Mutex::new(HashMap::new()),
            robots_by_origin: Mutex::new(HashMap::new()),
        })
    }

    /// Fetches `url`, conditionally when `validators` are known.
    pub async fn fetch(&self, url: &Url, validators: &Validators) -> Outcome {
        if url.scheme() == "file" {
            return self.read_file(url).await;
        }
        if self.respect_robots && !self.robots_for(url).await.allows(&path_and_query(url)) {
            return Outcome::Failed(FetchFailure::Robots);
        }
        let mut attempt = 0;
        loop {
            self.wait_turn(url).await;
            let (outcome, retry_after) = self.attempt(url, validators).await;
            let Outcome::Failed(failure) = &outcome else {
                return outcome;
            };
            if attempt >= self.retries || !failure.is_transient() {
                return outcome;
            }
            let backoff = self.retry_backoff.saturating_mul(1 << attempt.min(16));
            let wait = match retry_after {
                Some(asked) if asked > MAX_RETRY_AFTER => return outcome,
                Some(asked) => asked.max(backoff),
                None => backoff,
            };
            tracing::debug!(%url, %failure, ?wait, "retrying");
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    async fn attempt(&self, url: &Url, validators: &Validators) -> (Outcome, Option<Duration>) {
        let mut request = self.client.get(url.clone());
        if let Some(etag) = &validators.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(last_modified) = &validators.last_modified {
            request = request.header(IF_MODIFIED_SINCE, last_modified);
        }
        let mut response = match request.send().await {
            Ok(response) => response,
            Err(error) => return (Outcome::Failed(classify_error(&error)), None),
        };
        let status = response.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return (Outcome::NotModified, None);
        }
        if !status.is_success() {
            let retry_after = retry_after(response.headers());
            return (
                Outcome::Failed(FetchFailure::HttpStatus(status.as_u16())),
                retry_after,
            );
        }
        if response
            .content_length()
            .is_some_and(|length| length > self.max_body_bytes)
        {
            return (
                Outcome::Failed(FetchFailure::TooLarge {
                    limit: self.max_body_bytes,
                }),
                None,
            );
        }
        let headers = response.headers().clone();
        let final_url = response.url().to_string();
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() as u64 + chunk.len() as u64 > self.max_body_bytes {
                        return (
                            Outcome::Failed(FetchFailure::TooLarge {
                                limit: self.max_body_bytes,
                            }),
                            None,
                        );
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(error) => return (Outcome::Failed(classify_error(&error)), None),
            }
        }
        let page = Page {
            final_url,
            http_status: status.as_u16(),
            content_type: header_text(&headers, CONTENT_TYPE),
            validators: Validators {
                etag: header_text(&headers, ETAG),
                last_modified: header_text(&headers, LAST_MODIFIED),
            },
            body,
        };
        (Outcome::Page(page), None)
    }

    async fn read_file(&self, url: &Url) -> Outcome {
        let Ok(path) = url.to_file_path() else {
            return Outcome::Failed(FetchFailure::File(format!("{url} is not a local path")));
        };
        let limit = self.max_body_bytes;
        let read = async {
            let metadata = tokio::fs::metadata(&path).await?;
            if metadata.len() > limit {
                return Ok(None);
            }
            tokio::fs::read(&path).await.map(Some)
        };
        match read.await {
            Ok(Some(body)) => Outcome::Page(Page {
                final_url: url.to_string(),
                http_status: 200,
                content_type: content_type_for_path(&path).map(str::to_string),
                validators: Validators::default(),
                body,
            }),
            Ok(None) => Outcome::Failed(FetchFailure::TooLarge { limit }),
            Err(error) => {
                Outcome::Failed(FetchFailure::File(format!("{}: {error}", path.display())))
            }
        }
    }

    /// Sleeps until this host may be asked again, then claims the slot.
    async fn wait_turn(&self, url: &Url) {
        if self.per_host_delay.is_zero() {
            return;
        }
        let host = format!(
            "{}:{}",
            url.host_str().unwrap_or(""),
            url.port_or_known_default().unwrap_or(0)
        );
        let slot = {
            let mut hosts = self
                .last_request_by_host
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            hosts.entry(host).or_default().clone()
        };
        let mut last = slot.lock().await;
        if let Some(previous) = *last {
            tokio::time::sleep_until(previous + self.per_host_delay).await;
        }
        *last = Some(Instant::now());
    }

    async fn robots_for(&self, url: &Url) -> Robots {
        let origin = url.origin().ascii_serialization();
        let cell = {
            let mut origins = self
                .robots_by_origin
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            origins.entry(origin.clone()).or_default().clone()
        };
        cell.get_or_init(|| async {
            let Ok(robots_url) = Url::parse(&format!("{origin}/robots.txt")) else {
                return Robots::allow_all();
            };
            self.wait_turn(&robots_url).await;
            let (outcome, _) = self.attempt(&robots_url, &Validators::default()).await;
            match outcome {
                Outcome::Page(page) => {
                    Robots::parse(&String::from_utf8_lossy(&page.body), &self.robots_agent)
                }
                // A missing or unreadable robots.txt places no restriction (RFC 9309 §2.3.1.3).
                Outcome::Failed(failure) => {
                    tracing::debug!(%origin, %failure, "no usable robots.txt");
                    Robots::allow_all()
                }
                Outcome::NotModified => Robots::allow_all(),
            }
        })
        .await
        .clone()
    }
}

/// Posts a JSON document (a run notification) and returns the HTTP status.
/// Kept here so this module stays the only one that speaks HTTP.
pub async fn post_json(
    url: &Url,
    body: String,
    timeout: Duration,
    user_agent: &str,
) -> Result<u16, FetchFailure> {
    let client = reqwest::Client::builder()
        .user_agent(user_agent.to_string())
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::limited(5))
        .build()
        .map_err(|error| FetchFailure::Other(error_chain(&error)))?;
    let response = client
        .post(url.clone())
        .header(CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await
        .map_err(|error| classify_error(&error))?;
    let status = response.status();
    if status.is_success() {
        Ok(status.as_u16())
    } else {
        Err(FetchFailure::HttpStatus(status.as_u16()))
    }
}

fn path_and_query(url: &Url) -> String {
    match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_string(),
    }
}

fn header_text(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|value| value.to_str().ok())
        .map(str::to_string)
}

/// `Retry-After` as seconds or as an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = jiff::fmt::rfc2822::parse(text).ok()?.timestamp();
    let wait = when.as_second() - jiff::Timestamp::now().as_second();
    Some(Duration::from_secs(wait.max(0) as u64))
}

fn content_type_for_path(path: &std::path::Path) -> Option<&'static str> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match extension.as_str() {
        "html" | "htm" => "text/html",
        "pdf" => "application/pdf",
        "txt" | "text" => "text/plain",
        _ => return None,
    })
}

/// The whole chain of causes, because reqwest's top-level message is often
/// just "error sending request".
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

fn classify_error(error: &reqwest::Error) -> FetchFailure {
    let chain = error_chain(error);
    let lower = chain.to_ascii_lowercase();
    let mentions_tls = ["certificate", "tls", "handshake", "rustls"]
        .iter()
        .any(|needle| lower.contains(needle));
    if error.is_timeout() || lower.contains("timed out") {
        FetchFailure::Timeout
    } else if error.is_redirect() {
        FetchFailure::Redirects(chain)
    } else if lower.contains("dns error") || lower.contains("failed to lookup address") {
        FetchFailure::Dns(chain)
    } else if mentions_tls {
        FetchFailure::Tls(chain)
    } else if error.is_connect() {
        FetchFailure::Connect(chain)
    } else if error.is_body() || error.is_decode() || error.is_request() {
        FetchFailure::Body(chain)
    } else {
        FetchFailure::Other(chain)
    }
}

#[cfg(test)]
mod tests;

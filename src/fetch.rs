//! The only HTTP code: fetches one URL politely and turns whatever happens
//! into an [`Outcome`].
//!
//! A page that cannot be fetched is data, not an error: every failure
//! (DNS, connect, timeout, TLS, an HTTP error status, a body over the size
//! cap, a robots.txt refusal, a redirect loop, a cut-off body) comes back as
//! [`Outcome::Failed`] so the pipeline can record it as an event and carry on.
//! `Err` is reserved for a client that cannot be built at all.
//!
//! Politeness: one robots.txt per origin per run (read per RFC 9309: a 5xx
//! or unreachable robots.txt stops the whole origin for the run, see
//! [`crate::robots`]), a minimum delay between
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
use crate::robots::{Access, Robots, RobotsAnswer};

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
    #[error("{reason}")]
    RobotsUnavailable { reason: String, cause: &'static str },
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
            FetchFailure::RobotsUnavailable { cause, .. } => cause,
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

/// RFC 9309 §2.5: a crawler must read at least 500 KiB of robots.txt, and
/// may ignore what comes after its limit.
const ROBOTS_MAX_BYTES: u64 = 512 * 1024;
/// RFC 9309 §2.3.1.2: follow at least five consecutive redirects.
const ROBOTS_MAX_REDIRECTS: usize = 5;

/// What to do with a body that grows past its size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Overflow {
    Fail,
    /// Keep the first `limit` bytes (robots.txt: rules past the limit are ignored).
    Truncate,
}

/// Longest `Retry-After` we are willing to honour inside one run.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(120);

pub struct Fetcher {
    client: reqwest::Client,
    robots_client: reqwest::Client,
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
        let build = |redirects: usize| {
            client_builder()
                .user_agent(settings.user_agent.clone())
                .timeout(settings.timeout)
                .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
                .redirect(reqwest::redirect::Policy::limited(redirects))
                .pool_max_idle_per_host(settings.concurrency)
                .build()
                .map_err(|error| ClientError(error_chain(&error)))
        };
        let client = build(10)?;
        let robots_client = build(ROBOTS_MAX_REDIRECTS)?;
        let robots_agent = settings
            .user_agent
            .split(['/', ' '])
            .next()
            .unwrap_or("needlewatch")
            .to_string();
        Ok(Fetcher {
            client,
            robots_client,
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
        if self.respect_robots {
            let robots = self.robots_for(url).await;
            match robots.check(url.as_str()) {
                Access::Allowed => {}
                Access::Disallowed => return Outcome::Failed(FetchFailure::Robots),
                Access::Unavailable(reason) => {
                    let cause = robots.unavailable_cause().unwrap_or("robots_unavailable");
                    return Outcome::Failed(FetchFailure::RobotsUnavailable { reason, cause });
                }
            }
        }
        self.fetch_with_retries(&self.client, url, validators, Overflow::Fail)
            .await
    }

    async fn fetch_with_retries(
        &self,
        client: &reqwest::Client,
        url: &Url,
        validators: &Validators,
        overflow: Overflow,
    ) -> Outcome {
        let mut attempt = 0;
        loop {
            self.wait_turn(url).await;
            let (outcome, retry_after) = self.attempt(client, url, validators, overflow).await;
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

    async fn attempt(
        &self,
        client: &reqwest::Client,
        url: &Url,
        validators: &Validators,
        overflow: Overflow,
    ) -> (Outcome, Option<Duration>) {
        let limit = match overflow {
            Overflow::Fail => self.max_body_bytes,
            Overflow::Truncate => self.max_body_bytes.min(ROBOTS_MAX_BYTES),
        };
        let mut request = client.get(url.clone());
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
        if overflow == Overflow::Fail
            && response
                .content_length()
                .is_some_and(|length| length > limit)
        {
            return (Outcome::Failed(FetchFailure::TooLarge { limit }), None);
        }
        let headers = response.headers().clone();
        let final_url = response.url().to_string();
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() as u64 + chunk.len() as u64 > limit {
                        if overflow == Overflow::Fail {
                            return (Outcome::Failed(FetchFailure::TooLarge { limit }), None);
                        }
                        let room = (limit as usize).saturating_sub(body.len());
                        body.extend_from_slice(&chunk[..room.min(chunk.len())]);
                        break;
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

    /// Reads a `file://` source under the same size cap as HTTP bodies.
    /// Only regular files are read: a directory, FIFO, socket or device
    /// (`/dev/zero` would never end, a FIFO would block) is a failure.
    async fn read_file(&self, url: &Url) -> Outcome {
        let Ok(path) = url.to_file_path() else {
            return Outcome::Failed(FetchFailure::File(format!("{url} is not a local path")));
        };
        let limit = self.max_body_bytes;
        match file::read_regular_file(&path, limit).await {
            Ok(body) => Outcome::Page(Page {
                final_url: url.to_string(),
                http_status: 200,
                content_type: file::content_type_for_path(&path).map(str::to_string),
                validators: Validators::default(),
                body,
            }),
            Err(failure) => Outcome::Failed(failure),
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
            let outcome = self
                .fetch_with_retries(
                    &self.robots_client,
                    &robots_url,
                    &Validators::default(),
                    Overflow::Truncate,
                )
                .await;
            let unreachable;
            let answer = match &outcome {
                Outcome::Page(page) => RobotsAnswer::Body(&page.body),
                Outcome::Failed(FetchFailure::HttpStatus(status)) => RobotsAnswer::Status(*status),
                Outcome::Failed(FetchFailure::Redirects(_)) => RobotsAnswer::TooManyRedirects,
                Outcome::Failed(failure) => {
                    unreachable = failure.to_string();
                    RobotsAnswer::Unreachable(&unreachable)
                }
                // Never asked conditionally, so a 304 is a server quirk: read it as "no file".
                Outcome::NotModified => RobotsAnswer::Status(404),
            };
            let mut robots = Robots::from_answer(answer, &self.robots_agent);
            if let Robots::DisallowAll { reason, cause } = &mut robots {
                // An origin that does not answer at all fails as the network does.
                if let Outcome::Failed(
                    failure @ (FetchFailure::Dns(_)
                    | FetchFailure::Connect(_)
                    | FetchFailure::Timeout
                    | FetchFailure::Tls(_)),
                ) = &outcome
                {
                    // Said once for the whole run when the network is down.
                    *cause = failure.code();
                    tracing::info!(%origin, "{reason}");
                } else {
                    tracing::warn!(%origin, "{reason}");
                }
            }
            robots
        })
        .await
        .clone()
    }
}

/// A client builder with TLS ready. reqwest is built without a default
/// crypto provider (ring is a pure-Rust build, aws-lc a long C one), and
/// `ClientBuilder::build` panics when none is installed, so every client
/// in the program is made here.
pub(crate) fn client_builder() -> reqwest::ClientBuilder {
    // Err only means a provider is installed already, which is all we need.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
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

mod file;
mod post;

pub use post::post_json;

#[cfg(test)]
mod tests;

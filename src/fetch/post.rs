//! Posting a run notification (a webhook): kept in `fetch` so this module
//! stays the only one that speaks HTTP.

use std::time::Duration;

use reqwest::header::CONTENT_TYPE;
use url::Url;

use super::{FetchFailure, classify_error, client_builder, error_chain};

/// Posts a JSON document (a run notification) and returns the HTTP status.
pub async fn post_json(
    url: &Url,
    body: String,
    timeout: Duration,
    user_agent: &str,
) -> Result<u16, FetchFailure> {
    let client = client_builder()
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

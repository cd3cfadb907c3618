//! The notification sent to a webhook after a run with changes: a JSON
//! summary of the run (needlewatch's own form) or a Slack-compatible
//! `{"text": ...}` message, with the changes still awaiting review when it
//! is their day to be announced. Pure: the summary in, the body out.

use serde::Serialize;

use crate::config::NotifyFormat;
use crate::detect::describe;
use crate::model::ChangeKind;
use crate::store::{EventRecord, RunRecord};

use super::ChangeRecord;

#[derive(Serialize)]
struct RunNotice<'a> {
    service: &'static str,
    run_id: u64,
    started_at: String,
    finished_at: Option<String>,
    due: u64,
    fetched: u64,
    not_modified: u64,
    failed: u64,
    ruleset_version: u64,
    counts: std::collections::BTreeMap<&'static str, u64>,
    /// The most important events of the run (status changes first).
    events: Vec<ChangeRecord<'a>>,
    /// Events of the run not listed above.
    more_events: u64,
    /// Status changes and retired policies still awaiting a reviewer
    /// (whatever run found them); sent at most once a day.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pending_review: Vec<ChangeRecord<'a>>,
    report: String,
}

/// The request body for `format`.
pub fn body<'a>(
    format: NotifyFormat,
    run: &RunRecord,
    counts: &std::collections::BTreeMap<ChangeKind, u64>,
    highlights: &'a [EventRecord],
    pending: &'a [EventRecord],
    report_path: &str,
) -> String {
    let total: u64 = counts.values().sum();
    match format {
        NotifyFormat::Json => {
            let notice = RunNotice {
                service: "dry needling",
                run_id: run.id,
                started_at: run.started_at.to_string(),
                finished_at: run.finished_at.map(|at| at.to_string()),
                due: run.due,
                fetched: run.fetched,
                not_modified: run.not_modified,
                failed: run.failed,
                ruleset_version: run.ruleset_version,
                counts: counts
                    .iter()
                    .map(|(kind, count)| (kind.as_str(), *count))
                    .collect(),
                events: highlights.iter().map(ChangeRecord::from_event).collect(),
                more_events: total.saturating_sub(highlights.len() as u64),
                pending_review: pending.iter().map(ChangeRecord::from_event).collect(),
                report: report_path.to_string(),
            };
            serde_json::to_string(&notice).unwrap_or_default()
        }
        NotifyFormat::Slack => {
            let mut text = format!(
                "*needlewatch run {}*: {} event{} ({} due, {} failed), ruleset version {}",
                run.id,
                total,
                if total == 1 { "" } else { "s" },
                run.due,
                run.failed,
                run.ruleset_version
            );
            for event in highlights.iter().take(20) {
                let change = match event.kind {
                    ChangeKind::StatusChanged => format!(
                        "{} → {}",
                        event
                            .old_status
                            .map(|status| describe(status, event.old_reason))
                            .unwrap_or_default(),
                        event
                            .new_status
                            .map(|status| describe(status, event.new_reason))
                            .unwrap_or_default()
                    ),
                    _ => event.summary.clone(),
                };
                text.push_str(&format!(
                    "\n• {} {} `{}`: {}",
                    event.kind, event.subject, event.source_id, change
                ));
            }
            if total > 20 {
                text.push_str(&format!("\n… and {} more; see {report_path}", total - 20));
            }
            if !pending.is_empty() {
                text.push_str(&format!(
                    "\n*Awaiting review ({})*: acknowledge with `needlewatch ack ID`",
                    pending.len()
                ));
                for event in pending.iter().take(20) {
                    text.push_str(&format!(
                        "\n• #{} {} {} `{}`: {}",
                        event.id, event.kind, event.subject, event.source_id, event.summary
                    ));
                }
            }
            serde_json::json!({ "text": text }).to_string()
        }
    }
}

/// How a webhook is named anywhere a person or a log can see it: its host
/// only, because the rest of a webhook URL (path, query, credentials) is
/// the secret that lets anyone post to the channel.
pub fn webhook_host(url: &url::Url) -> String {
    match url.port() {
        Some(port) => format!("{}:{port}", url.host_str().unwrap_or("(no host)")),
        None => url.host_str().unwrap_or("(no host)").to_string(),
    }
}

/// `text` (an error message, say) with every trace of the webhook URL
/// beyond its host replaced by the host.
pub fn redact_webhook(text: &str, url: &url::Url) -> String {
    let host = webhook_host(url);
    let mut redacted = text.replace(url.as_str(), &format!("{}://{host}/…", url.scheme()));
    let path_and_query = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_string(),
    };
    if path_and_query.len() > 1 {
        redacted = redacted.replace(&path_and_query, "/…");
    }
    for secret in [
        url.password(),
        Some(url.username()).filter(|name| !name.is_empty()),
    ]
    .into_iter()
    .flatten()
    {
        redacted = redacted.replace(secret, "…");
    }
    redacted
}

#[cfg(test)]
mod webhook_tests {
    use super::*;

    #[test]
    fn a_webhook_is_named_by_its_host_only() {
        let url =
            url::Url::parse("https://hooks.example.com/services/T0/B0/s3cr3t?token=abc").unwrap();
        assert_eq!(webhook_host(&url), "hooks.example.com");
        let message = format!("error sending request for url ({url}): connection refused");
        let redacted = redact_webhook(&message, &url);
        assert!(
            !redacted.contains("s3cr3t") && !redacted.contains("token"),
            "{redacted}"
        );
        assert!(redacted.contains("hooks.example.com"), "{redacted}");
        let with_credentials = url::Url::parse("http://user:pw0rd@127.0.0.1:9/hook").unwrap();
        assert_eq!(webhook_host(&with_credentials), "127.0.0.1:9");
        let redacted = redact_webhook(
            "failed: http://user:pw0rd@127.0.0.1:9/hook and pw0rd again",
            &with_credentials,
        );
        assert!(
            !redacted.contains("pw0rd") && !redacted.contains("/hook"),
            "{redacted}"
        );
    }
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;
    use crate::model::{Severity, Status};
    use crate::store::RunState;

    fn run() -> RunRecord {
        RunRecord {
            id: 4,
            started_at: Timestamp::UNIX_EPOCH,
            finished_at: Some(Timestamp::UNIX_EPOCH),
            state: RunState::Finished,
            due: 2,
            fetched: 0,
            not_modified: 2,
            failed: 0,
            events: 0,
            ruleset_version: 3,
        }
    }

    fn pending_change() -> EventRecord {
        EventRecord {
            id: 11,
            run_id: 2,
            at: Timestamp::UNIX_EPOCH,
            kind: ChangeKind::Retired,
            source_id: "acme-dn".into(),
            subject: "acme".into(),
            old_status: Some(Status::NotCovered),
            new_status: Some(Status::Unclear),
            old_reason: None,
            new_reason: None,
            severity: Severity::High,
            summary: "acme-dn says its policy is retired".into(),
            url: "https://example.org/acme".into(),
            evidence: Vec::new(),
            old_seq: Some(1),
            new_seq: Some(2),
            diff: None,
            review: true,
            ack: None,
            successor: Some("MP-310".into()),
        }
    }

    #[test]
    fn pending_changes_ride_along_only_when_given() {
        let counts = std::collections::BTreeMap::new();
        let pending = [pending_change()];
        let quiet = body(NotifyFormat::Json, &run(), &counts, &[], &[], "r.html");
        assert!(!quiet.contains("pending_review"), "{quiet}");
        let json: serde_json::Value = serde_json::from_str(&body(
            NotifyFormat::Json,
            &run(),
            &counts,
            &[],
            &pending,
            "r.html",
        ))
        .unwrap();
        assert_eq!(json["pending_review"][0]["id"], "11");
        assert_eq!(json["pending_review"][0]["successor"], "MP-310");
        let slack: serde_json::Value = serde_json::from_str(&body(
            NotifyFormat::Slack,
            &run(),
            &counts,
            &[],
            &pending,
            "r.html",
        ))
        .unwrap();
        let text = slack["text"].as_str().unwrap();
        assert!(text.contains("*Awaiting review (1)*"), "{text}");
        assert!(text.contains("• #11 retired acme `acme-dn`"), "{text}");
    }
}

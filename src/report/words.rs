//! Plain words and dates for the outputs people read (`report.html`,
//! `CHANGELOG.md`): "Not covered: experimental/investigational" rather than
//! `not_covered/experimental_investigational`, `2026-11-26 22:00 UTC` rather
//! than an RFC 3339 stamp with nanoseconds. The machine outputs
//! (`ruleset.json`, `changes.jsonl`) keep the contract's values and never use
//! this module. Pure.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use jiff::Timestamp;
use jiff::civil::Date;
use regex::{Captures, Regex};

use crate::model::{ChangeKind, FetchState, Reason, SourceKind, Status};

/// A status, with its reason when there is one: "Not covered: benefit exclusion".
pub fn position(status: Status, reason: Option<Reason>) -> String {
    let status = status_words(status);
    match reason {
        Some(reason) => format!("{status}: {}", reason_words(reason)),
        None => status.to_string(),
    }
}

pub fn status_words(status: Status) -> &'static str {
    match status {
        Status::Allowed => "Allowed",
        Status::NotAllowed => "Not allowed",
        Status::OnHold => "On hold",
        Status::Covered => "Covered",
        Status::NotCovered => "Not covered",
        Status::Unclear => "Unclear",
        Status::Unknown => "Unknown",
    }
}

pub fn reason_words(reason: Reason) -> &'static str {
    match reason {
        Reason::ExperimentalInvestigational => "experimental/investigational",
        Reason::NotMedicallyNecessary => "not medically necessary",
        Reason::BenefitExclusion => "benefit exclusion",
    }
}

/// What happened, as a heading for one event.
pub fn event_words(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::SourceAdded => "New source",
        ChangeKind::StatusChanged => "Status changed",
        ChangeKind::ContentChanged => "Content changed",
        ChangeKind::ExtractionFailed => "Could not be read",
        ChangeKind::FetchFailed => "Could not be fetched",
        ChangeKind::FetchRecovered => "Reads again",
        ChangeKind::Retired => "Policy retired",
    }
}

pub fn kind_words(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::StateBoard => "State board",
        SourceKind::Payer => "Payer",
    }
}

pub fn fetch_words(fetch: FetchState) -> &'static str {
    match fetch {
        FetchState::Ok => "read",
        FetchState::NotModified => "unchanged",
        FetchState::Failed => "fetch failed",
        FetchState::ExtractionFailed => "could not be read",
    }
}

/// A fetch state as the ruleset names it (`ok`, `not_modified`, `failed`,
/// `extraction_failed`, or `none` before the first check), in words.
pub fn fetch_name_words(name: &str) -> &str {
    match name {
        "ok" => fetch_words(FetchState::Ok),
        "not_modified" => fetch_words(FetchState::NotModified),
        "failed" => fetch_words(FetchState::Failed),
        "extraction_failed" => fetch_words(FetchState::ExtractionFailed),
        "none" => "not checked yet",
        other => other,
    }
}

/// The cause of a failure, from its stable code (`FetchFailure::code`, or
/// the extraction guard's code): "dns" → "DNS lookup failed".
pub fn cause_words(code: &str) -> &str {
    match code {
        "dns" => "DNS lookup failed",
        "connect" => "connection failed",
        "timeout" => "timed out",
        "tls" => "TLS failed",
        "http_status" => "HTTP error status",
        "too_large" => "page over the size limit",
        "robots" => "disallowed by robots.txt",
        "redirect_loop" => "too many redirects",
        "body" => "connection broke while reading",
        "file" => "local file unreadable",
        "other" => "request failed",
        "empty" => "empty page",
        "selector_matched_nothing" => "selector matched nothing",
        "bad_selector" => "bad selector",
        "binary" => "binary data instead of text",
        "pdf" => "unreadable PDF",
        "too_deep" => "markup nested too deep",
        "unreadable" => "page unreadable (a stub, collapsed text, or no mention of dry needling)",
        "internal" => "internal error (a bug)",
        other => other,
    }
}

/// An event's stored summary in plain words: the machine names a summary
/// quotes ("not_covered (experimental_investigational) → covered") read as
/// "not covered: experimental/investigational → covered". Stored summaries
/// keep their words, so stores written by earlier versions read the same.
pub fn plain_summary(summary: &str) -> String {
    static WITH_REASON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(not_allowed|on_hold|not_covered|allowed|covered|unclear|unknown) \((experimental_investigational|not_medically_necessary|benefit_exclusion)\)")
            .unwrap_or_else(|error| unreachable!("static regex: {error}"))
    });
    static MACHINE_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(not_allowed|on_hold|not_covered|experimental_investigational|not_medically_necessary|benefit_exclusion)\b")
            .unwrap_or_else(|error| unreachable!("static regex: {error}"))
    });
    let with_reason = WITH_REASON.replace_all(summary, |found: &Captures<'_>| {
        format!("{}: {}", &found[1], &found[2])
    });
    MACHINE_NAME
        .replace_all(&with_reason, |found: &Captures<'_>| {
            let name = &found[1];
            match (name.parse::<Status>(), name.parse::<Reason>()) {
                (Ok(status), _) => status_words(status).to_lowercase(),
                (_, Ok(reason)) => reason_words(reason).to_string(),
                _ => name.to_string(),
            }
        })
        .into_owned()
}

/// Failure causes that say the network (not a page) is the problem.
const NETWORK_CAUSES: [&str; 4] = ["dns", "connect", "timeout", "tls"];

/// The one line for a run in which no page was read and most failures (four
/// in five) share one network cause: "network unreachable: 68 of 68 sources
/// failed with dns; nothing changed; statuses kept". `None` for any other run.
pub fn outage_line(
    due: u64,
    read: u64,
    failed: u64,
    not_tried: u64,
    causes: &BTreeMap<&str, u64>,
) -> Option<String> {
    if read > 0 || failed == 0 {
        return None;
    }
    let (cause, count) = causes
        .iter()
        .max_by_key(|(cause, count)| (**count, std::cmp::Reverse(**cause)))?;
    if !NETWORK_CAUSES.contains(cause) || count * 5 < failed * 4 {
        return None;
    }
    let what = match *cause {
        "dns" | "connect" => "network unreachable",
        "timeout" => "network not answering",
        _ => "secure connections failing (check the CA certificates or a proxy)",
    };
    let mut line = format!("{what}: {count} of {due} sources failed with {cause}");
    let others = failed.saturating_sub(*count);
    if others > 0 {
        line.push_str(&format!(" ({others} more for other causes)"));
    }
    if not_tried > 0 {
        line.push_str(&format!(", so the other {not_tried} were not tried"));
    }
    line.push_str("; nothing changed; statuses kept");
    Some(line)
}

/// A moment: `2026-11-26 22:00 UTC`.
pub fn moment(at: Timestamp) -> String {
    at.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// A date or time stored as text (RFC 3339, possibly with fractions, or a
/// plain date) in the same form; text that is neither is shown as it is.
pub fn date_text(text: &str) -> String {
    if let Ok(at) = text.parse::<Timestamp>() {
        return moment(at);
    }
    if let Ok(date) = text.parse::<Date>() {
        return date.strftime("%Y-%m-%d").to_string();
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_reads_as_words_with_its_reason() {
        assert_eq!(
            position(
                Status::NotCovered,
                Some(Reason::ExperimentalInvestigational)
            ),
            "Not covered: experimental/investigational"
        );
        assert_eq!(position(Status::OnHold, None), "On hold");
        assert_eq!(position(Status::Allowed, None), "Allowed");
    }

    #[test]
    fn no_word_shown_to_people_keeps_an_underscore() {
        let statuses = [
            Status::Allowed,
            Status::NotAllowed,
            Status::OnHold,
            Status::Covered,
            Status::NotCovered,
            Status::Unclear,
            Status::Unknown,
        ];
        let reasons = [
            None,
            Some(Reason::ExperimentalInvestigational),
            Some(Reason::NotMedicallyNecessary),
            Some(Reason::BenefitExclusion),
        ];
        for status in statuses {
            for reason in reasons {
                assert!(!position(status, reason).contains('_'));
            }
        }
        for code in [
            "dns",
            "connect",
            "http_status",
            "redirect_loop",
            "too_large",
            "selector_matched_nothing",
            "bad_selector",
            "too_deep",
        ] {
            assert!(!cause_words(code).contains('_'), "{code}");
        }
        for name in ["ok", "not_modified", "failed", "extraction_failed", "none"] {
            assert!(!fetch_name_words(name).contains('_'), "{name}");
        }
    }

    #[test]
    fn summaries_quote_positions_in_words() {
        assert_eq!(
            plain_summary("not_covered (experimental_investigational) → covered (+3 −1 lines)"),
            "not covered: experimental/investigational → covered (+3 −1 lines)"
        );
        assert_eq!(
            plain_summary("Text changed (+1 −1 lines); still not_allowed"),
            "Text changed (+1 −1 lines); still not allowed"
        );
        assert_eq!(
            plain_summary("stated on_hold, read allowed; see not_allowed_page.html"),
            "stated on hold, read allowed; see not_allowed_page.html"
        );
    }

    #[test]
    fn an_outage_is_one_line_and_only_when_the_network_failed() {
        let causes =
            |pairs: &[(&'static str, u64)]| pairs.iter().copied().collect::<BTreeMap<_, _>>();
        assert_eq!(
            outage_line(68, 0, 68, 0, &causes(&[("dns", 68)])).as_deref(),
            Some(
                "network unreachable: 68 of 68 sources failed with dns; nothing changed; statuses kept"
            )
        );
        assert_eq!(
            outage_line(68, 0, 9, 59, &causes(&[("dns", 8), ("http_status", 1)])).as_deref(),
            Some(
                "network unreachable: 8 of 68 sources failed with dns (1 more for other causes), so the other 59 were not tried; nothing changed; statuses kept"
            )
        );
        assert!(
            outage_line(10, 0, 10, 0, &causes(&[("tls", 10)]))
                .is_some_and(|line| line.starts_with("secure connections failing"))
        );
        // A page was read: the network works, whatever else failed.
        assert_eq!(outage_line(68, 1, 67, 0, &causes(&[("dns", 67)])), None);
        // No cause dominates, or the dominant one is not the network.
        assert_eq!(
            outage_line(10, 0, 10, 0, &causes(&[("dns", 5), ("connect", 5)])),
            None
        );
        assert_eq!(
            outage_line(10, 0, 10, 0, &causes(&[("http_status", 10)])),
            None
        );
    }

    #[test]
    fn dates_lose_their_fractions_and_keep_their_day() {
        assert_eq!(
            date_text("2026-11-26T22:00:07.123456789Z"),
            "2026-11-26 22:00 UTC"
        );
        assert_eq!(date_text("2026-03-01"), "2026-03-01");
        assert_eq!(date_text("spring 2026"), "spring 2026");
        let at: Timestamp = "2026-11-26T22:00:07.5Z".parse().unwrap();
        assert_eq!(moment(at), "2026-11-26 22:00 UTC");
    }
}

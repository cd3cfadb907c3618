//! `needlewatch changes`: list recorded change events, oldest first,
//! filtered by date, source or review state, each with its review state
//! (`pending`, `acked` with who, when and why, or `-`).

use std::io::Write;

use super::{
    CommandError, CommandResult, known_source, load_config_and_stored_history, store_failure,
};
use crate::cli::{ChangesArgs, Exit, GlobalArgs};
use crate::report;
use crate::store::EventRecord;

pub fn exec(global: &GlobalArgs, args: &ChangesArgs) -> CommandResult {
    let (config, store) = load_config_and_stored_history(global)?;
    if let Some(id) = &args.source {
        known_source(&config, Some(&store), id)?;
    }
    let since = args.since.as_deref().map(parse_since).transpose()?;
    let mut stdout = std::io::stdout().lock();
    let mut shown = 0;
    for event in store.events() {
        let event = event.map_err(store_failure)?;
        if since.is_some_and(|since| event.at < since)
            || args
                .source
                .as_ref()
                .is_some_and(|id| *id != event.source_id)
            || (args.pending && event.ack.is_some())
        {
            continue;
        }
        shown += 1;
        let line = if args.json {
            report::change_json(&event).map_err(|error| {
                CommandError::failure(format!("cannot encode event #{}: {error}", event.id))
            })?
        } else {
            format!(
                "#{:<5} {}  {:<7} {:<17} {:<4} {:<28} {:<8} {}{}",
                event.id,
                report::human_time(event.at),
                event.severity.as_str(),
                event.kind.as_str(),
                event.subject,
                event.source_id,
                review_state(&event),
                event.summary,
                acknowledgement(&event)
            )
        };
        if writeln!(stdout, "{line}").is_err() {
            break;
        }
    }
    if shown == 0 && !args.json {
        let _ = writeln!(
            stdout,
            "No change events recorded{}.",
            if since.is_some() || args.source.is_some() || args.pending {
                " for that filter"
            } else {
                ""
            }
        );
    }
    Ok(Exit::Ok)
}

/// The event's review state: `pending` (awaiting a reviewer), `acked`,
/// or `-` (no review asked for).
fn review_state(event: &EventRecord) -> &'static str {
    match (&event.ack, event.review) {
        (Some(_), _) => "acked",
        (None, true) => "pending",
        (None, false) => "-",
    }
}

/// " [acknowledged by ana on 2026-12-06 05:10 UTC: note]" for an acknowledged event.
fn acknowledgement(event: &EventRecord) -> String {
    event
        .ack
        .as_ref()
        .map(|ack| {
            format!(
                " [acknowledged by {} on {}{}]",
                ack.by,
                report::human_time(ack.at),
                if ack.note.is_empty() {
                    String::new()
                } else {
                    format!(": {}", ack.note)
                }
            )
        })
        .unwrap_or_default()
}

/// `--since`: a timestamp, or a date meaning its start in UTC.
fn parse_since(text: &str) -> Result<jiff::Timestamp, CommandError> {
    if let Ok(timestamp) = text.parse::<jiff::Timestamp>() {
        return Ok(timestamp);
    }
    let date: jiff::civil::Date = text.parse().map_err(|_| {
        CommandError::usage(format!(
            "--since {text:?}: use a date like 2026-11-01 or a timestamp like 2026-11-01T00:00:00Z"
        ))
    })?;
    date.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .map(|zoned| zoned.timestamp())
        .map_err(|error| CommandError::usage(format!("--since {text:?}: {error}")))
}

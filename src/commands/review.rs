//! The reviewer's commands: `needlewatch ack ID` records who reviewed a
//! change event, when and why, and rewrites the outputs. Also what `accept`
//! and `crawl` share about reviewing: naming the reviewer, rewriting the
//! outputs, and the once-a-day reminder of changes still awaiting review.

use std::path::PathBuf;

use anyhow::Context as _;

use super::{CommandError, CommandResult, load_config_and_store, store_failure};
use crate::cli::{AckArgs, Exit, GlobalArgs};
use crate::config::Config;
use crate::report;
use crate::store::{Ack, EventRecord, Store, StoreError};

/// The pending list is announced again after this long (a little under a
/// day, so a daily cron that starts a few minutes early still announces it).
const ANNOUNCE_EVERY_SECS: i64 = 23 * 3600;

pub fn exec_ack(global: &GlobalArgs, args: &AckArgs) -> CommandResult {
    let id = parse_event_id(&args.id)?;
    let by = reviewer(args.by.as_deref())?;
    let (config, store) = load_config_and_store(global)?;
    let ack = Ack {
        by,
        at: jiff::Timestamp::now(),
        note: args.note.clone().unwrap_or_default(),
    };
    let event = store.acknowledge(id, ack).map_err(|error| match error {
        StoreError::NoSuchEvent(_) => CommandError::usage(unknown_event(&store, id)),
        StoreError::AlreadyAcknowledged { .. } => CommandError::usage(error.to_string()),
        other => store_failure(other),
    })?;
    store.flush().map_err(store_failure)?;
    rewrite_outputs(&config, &store, args.out.clone())?;
    let pending = store
        .source_state(&event.source_id)
        .map_err(store_failure)?
        .map(|state| state.pending_review.len())
        .unwrap_or(0);
    say!(
        "Acknowledged #{} ({} {} {}) as {}; {} review event{} left for {}.",
        event.id,
        event.kind,
        event.subject,
        event.source_id,
        event
            .ack
            .as_ref()
            .map(|ack| ack.by.as_str())
            .unwrap_or_default(),
        pending,
        if pending == 1 { "" } else { "s" },
        event.source_id
    );
    Ok(Exit::Ok)
}

/// An event id as the report and `changes` print it: `11` or `#11`.
fn parse_event_id(text: &str) -> Result<u64, CommandError> {
    text.trim()
        .trim_start_matches('#')
        .parse()
        .map_err(|_| {
            CommandError::usage(format!(
                "{text:?} is not a change event id: use the number the report or `needlewatch changes` prints, like 11 or #11"
            ))
        })
}

/// The message for an id the store does not have, with what it does have.
fn unknown_event(store: &Store, id: u64) -> String {
    let last = store
        .events_newest_first()
        .next()
        .and_then(Result::ok)
        .map(|event| event.id);
    match last {
        Some(last) => format!(
            "there is no change event #{id} (ids run from #1 to #{last}); `needlewatch changes --pending` lists those awaiting review"
        ),
        None => format!("there is no change event #{id}: no change has been recorded yet"),
    }
}

/// Who reviewed: `--by`, else $NEEDLEWATCH_USER, else $USER. An anonymous
/// review is refused: the audit trail must name someone.
pub(super) fn reviewer(by: Option<&str>) -> Result<String, CommandError> {
    by.map(str::to_string)
        .or_else(|| std::env::var("NEEDLEWATCH_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .ok_or_else(|| {
            CommandError::usage(
                "who is reviewing? The audit trail records a name: pass --by NAME, or set NEEDLEWATCH_USER (or USER). Nothing was recorded.",
            )
        })
}

/// Rewrites every output after a review, so the report and the ruleset's
/// review flags show it.
pub(super) fn rewrite_outputs(
    config: &Config,
    store: &Store,
    out: Option<PathBuf>,
) -> Result<(), CommandError> {
    let out = out.unwrap_or_else(|| config.settings.out.clone());
    let ruleset = report::current_ruleset(config, store).context("building the ruleset")?;
    let run = store.last_finished_run().map_err(store_failure)?;
    report::write_outputs(store, &ruleset, &out, run.as_ref()).context("writing the outputs")?;
    Ok(())
}

/// The changes awaiting review after a crawl (unacknowledged
/// `status_changed` and `retired` events), and whether it is time to
/// announce them in the cron mail and the webhook: at most once a day,
/// remembered in the store.
pub(super) struct Reminder {
    pub pending: Vec<EventRecord>,
    pub due: bool,
}

impl Reminder {
    /// Whether the cron summary and the webhook carry the pending list.
    pub fn announce(&self) -> bool {
        self.due && !self.pending.is_empty()
    }
}

pub(super) fn pending_reminder(store: &Store) -> Reminder {
    let now = jiff::Timestamp::now();
    let due = match store.pending_announced_at() {
        Ok(Some(last)) => now.as_second() - last.as_second() >= ANNOUNCE_EVERY_SECS,
        Ok(None) => true,
        Err(error) => {
            eprintln!("needlewatch: cannot read when pending changes were last announced: {error}");
            false
        }
    };
    let pending = report::pending_changes(store).unwrap_or_else(|error| {
        eprintln!("needlewatch: cannot list the changes awaiting review: {error}");
        Vec::new()
    });
    Reminder { pending, due }
}

/// The pending list under the run summary: on a terminal always, in cron
/// once a day (then [`mark_announced`]). `summary_printed`: the run's
/// summary, with the report's path, is already above.
pub(super) fn print_pending(
    reminder: &Reminder,
    out: &std::path::Path,
    terminal: bool,
    summary_printed: bool,
) {
    if reminder.pending.is_empty() || !(terminal || reminder.due) {
        return;
    }
    let count = reminder.pending.len();
    say!(
        "{count} change{} awaiting review (acknowledge with `needlewatch ack ID --note TEXT`):",
        if count == 1 { "" } else { "s" }
    );
    for event in &reminder.pending {
        say!(
            "  #{:<5} {:<15} {:<12} {:<24} {} ({})",
            event.id,
            event.kind,
            event.subject,
            event.source_id,
            event.summary,
            report::human_time(event.at)
        );
    }
    if !summary_printed {
        say!("Report: {}", out.join("report.html").display());
    }
}

/// Remembers that the pending list was announced now.
pub(super) fn mark_announced(store: &Store) {
    let stored = store
        .set_pending_announced_at(jiff::Timestamp::now())
        .and_then(|()| store.flush());
    if let Err(error) = stored {
        eprintln!("needlewatch: cannot record the pending-review announcement: {error}");
    }
}

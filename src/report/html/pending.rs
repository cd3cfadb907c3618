//! The top of the report, for the reviewer: links to the other pages, every
//! change still awaiting review (unacknowledged `status_changed` and
//! `retired` events, whatever run found them), and every blocked reading
//! (candidate) beside the last good text, with the commands that settle
//! each one.

use std::io::Write;

use maud::{Markup, html};

use crate::diff;
use crate::model::ChangeKind;
use crate::report::words::{event_words, plain_summary, position as describe};
use crate::store::{Candidate, EventRecord, SourceState, Store, StoreError};

use super::super::{StreamError, human_time};
use super::{event, link, write};

/// The most diff lines one blocked reading shows.
const CANDIDATE_DIFF_LINES: usize = 200;

/// The changes awaiting review, oldest first: unacknowledged
/// `status_changed` and `retired` events of every source.
pub fn pending_changes(store: &Store) -> Result<Vec<EventRecord>, StoreError> {
    let mut pending = Vec::new();
    for state in store.source_states() {
        for id in state?.pending_review {
            if let Some(event) = store.event(id)?
                && event.ack.is_none()
                && matches!(event.kind, ChangeKind::StatusChanged | ChangeKind::Retired)
            {
                pending.push(event);
            }
        }
    }
    pending.sort_by_key(|event| event.id);
    Ok(pending)
}

/// The navigation line of a page under `runs/` (`in_runs`) or of
/// `report.html` beside them.
pub(super) fn nav(in_runs: bool) -> Markup {
    let up = if in_runs { "../" } else { "" };
    let runs = if in_runs { "" } else { "runs/" };
    html! {
        p.meta {
            @if in_runs { a href={ (up) "report.html" } { "Latest report" } " · " }
            a href={ (runs) "index.html" } { "Every run" } " · "
            a href={ (up) "CHANGELOG.md" } { "Change log" } " · "
            a href={ (up) "changes.jsonl" } { "changes.jsonl" }
        }
    }
}

/// A run page's bytes as `report.html` (beside `runs/`): only its
/// navigation line differs.
pub fn as_top_level(run_page: &str) -> String {
    let in_runs = nav(true).into_string();
    let top = nav(false).into_string();
    run_page.replacen(&in_runs, &top, 1)
}

/// The review sections, streamed: pending changes, then blocked readings.
pub(super) fn write_review_sections(
    store: &Store,
    in_runs: bool,
    out: &mut dyn Write,
) -> Result<(), StreamError> {
    write(out, nav(in_runs))?;
    let pending = pending_changes(store)?;
    write(out, pending_heading(pending.len()))?;
    for event in &pending {
        write(out, pending_card(event))?;
    }
    let mut blocked = Vec::new();
    for state in store.source_states() {
        let state = state?;
        if state.candidate.is_some() {
            blocked.push(state);
        }
    }
    if blocked.is_empty() {
        return Ok(());
    }
    write(
        out,
        html! { h2 { "Blocked readings (" (blocked.len()) ")" } },
    )?;
    for state in &blocked {
        if let Some(candidate) = &state.candidate {
            let lines = candidate_diff(store, state, candidate)?;
            write(out, candidate_card(state, candidate, &lines))?;
        }
    }
    Ok(())
}

fn pending_heading(count: usize) -> Markup {
    html! {
        h2 { "Pending review (" (count) ")" }
        @if count == 0 {
            p.none { "No status change or retired policy awaits review." }
        } @else {
            p.meta {
                "Status changes and retired policies stay here, whatever later runs found, until a reviewer acknowledges them with "
                code { "needlewatch ack ID --note TEXT" } "."
            }
        }
    }
}

/// One pending change: what moved, why, when, and the command that settles it.
fn pending_card(event: &EventRecord) -> Markup {
    let old = event
        .old_status
        .map(|status| describe(status, event.old_reason))
        .unwrap_or_else(|| "none".into());
    let new = event
        .new_status
        .map(|status| describe(status, event.new_reason))
        .unwrap_or_default();
    html! {
        div class={ "event sev-" (event.severity) } id={ "pending-" (event.id) } {
            div.change {
                (event_words(event.kind)) " · " (event.subject) " · " (event.source_id) " · #" (event.id)
            }
            div { (plain_summary(&event.summary)) }
            div { span.old { (old) } " → " span.new { (new) } }
            @if let Some(successor) = &event.successor {
                div { "Successor: " (link(successor, successor)) }
            }
            @for quote in &event.evidence { blockquote { (quote) } }
            div.pending { "Pending review since " (human_time(event.at)) ": " code { "needlewatch ack " (event.id) } }
            div.meta { (link(&event.url, &event.url)) }
        }
    }
}

/// The last good text against the blocked reading, highlighted.
fn candidate_diff(
    store: &Store,
    state: &SourceState,
    candidate: &Candidate,
) -> Result<Vec<Option<diff::DiffLine>>, StoreError> {
    let good_text = match state.latest_seq {
        Some(seq) => match store.snapshot(&state.source_id, seq)? {
            Some(good) => store.text(&good.text_hash)?.unwrap_or_default(),
            None => String::new(),
        },
        None => String::new(),
    };
    let candidate_text = store.text(&candidate.record.text_hash)?.unwrap_or_default();
    let mut lines = diff::highlighted(&good_text, &candidate_text, 1);
    lines.truncate(CANDIDATE_DIFF_LINES);
    Ok(lines)
}

fn candidate_card(
    state: &SourceState,
    candidate: &Candidate,
    lines: &[Option<diff::DiffLine>],
) -> Markup {
    let id = &state.source_id;
    let finding = &candidate.record.finding;
    html! {
        div.event.sev-medium id={ "candidate-" (id) } {
            div.change { "blocked reading · " (state.subject) " · " (id) }
            div { "Held back: " (candidate.blocked_because) "." }
            div {
                "Last good: " span.old { (describe(state.status, state.reason)) }
                " · this reading: " span.new { (describe(finding.status, finding.reason)) }
                " (fetched " (human_time(candidate.record.fetched_at)) ")"
            }
            @for quote in &finding.evidence { blockquote { (quote) } }
            (event::diff_block(lines))
            div.pending {
                "To take it as the new version: " code { "needlewatch accept " (id) " --note TEXT" }
                " · full diff: " code { "needlewatch diff " (id) " --candidate" }
            }
            div.meta { (link(&candidate.record.url, &candidate.record.url)) }
        }
    }
}

#[cfg(test)]
mod tests;

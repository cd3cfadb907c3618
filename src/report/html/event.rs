//! One change event on the report: what changed, old → new, the evidence,
//! the word-highlighted diff and its review state.

use maud::{Markup, html};

use crate::diff::{self, DiffLine, LineTag};
use crate::model::{ChangeKind, Status};
use crate::store::{Ack, EventRecord, Store, StoreError};

use super::super::human_time;
use super::super::words::{event_words, plain_summary, position};
use super::link;

/// The most diff lines one event shows.
const DIFF_LINES: usize = 400;

/// The highlighted diff of a content or status change, read from the
/// store; `None` for other events or when a version is missing.
pub(super) fn diff_lines(
    store: &Store,
    event: &EventRecord,
) -> Result<Option<Vec<Option<DiffLine>>>, StoreError> {
    if !matches!(
        event.kind,
        ChangeKind::StatusChanged | ChangeKind::ContentChanged
    ) {
        return Ok(None);
    }
    let (Some(old_seq), Some(new_seq)) = (event.old_seq, event.new_seq) else {
        return Ok(None);
    };
    let old = store.snapshot(&event.source_id, old_seq)?;
    let new = store.snapshot(&event.source_id, new_seq)?;
    let (Some(old), Some(new)) = (old, new) else {
        return Ok(None);
    };
    let old_text = store.text(&old.text_hash)?.unwrap_or_default();
    let new_text = store.text(&new.text_hash)?.unwrap_or_default();
    let mut lines = diff::highlighted(&old_text, &new_text, 1);
    lines.truncate(DIFF_LINES);
    Ok(Some(lines))
}

/// The event's block, with `diff` as [`diff_lines`] read it.
pub(super) fn event(event: &EventRecord, diff: Option<&[Option<DiffLine>]>) -> Markup {
    html! {
        div class={ "event sev-" (event.severity) } id={ "change-" (event.id) } {
            div.change {
                (event_words(event.kind)) " · " (event.subject) " · " (event.source_id) " · #" (event.id)
            }
            div { (plain_summary(&event.summary)) }
            @if event.kind == ChangeKind::StatusChanged {
                (status_change(event))
            }
            @for quote in &event.evidence {
                blockquote { (quote) }
            }
            @if let Some(lines) = diff {
                (diff_block(lines))
            }
            (review_state(event))
            div.meta { (human_time(event.at)) " · " (link(&event.url, &event.url)) }
        }
    }
}

/// "old → new", the old one struck through.
fn status_change(event: &EventRecord) -> Markup {
    let old = event
        .old_status
        .map(|status| position(status, event.old_reason))
        .unwrap_or_else(|| position(Status::Unknown, None));
    let new = event
        .new_status
        .map(|status| position(status, event.new_reason))
        .unwrap_or_default();
    html! {
        div { span.old { (old) } " → " span.new { (new) } }
    }
}

pub(super) fn diff_block(lines: &[Option<DiffLine>]) -> Markup {
    html! {
        div.diff {
            @for line in lines {
                @match line {
                    None => div.gap { "⋯" },
                    Some(line) => (diff_line(line)),
                }
            }
        }
    }
}

fn diff_line(line: &DiffLine) -> Markup {
    let (class, sign) = match line.tag {
        LineTag::Added => ("add", "+"),
        LineTag::Removed => ("del", "−"),
        LineTag::Same => ("same", " "),
    };
    html! {
        div class=(class) {
            (sign) " "
            @for (emphasized, text) in &line.segments {
                @if *emphasized { em { (text) } } @else { (text) }
            }
        }
    }
}

/// Who acknowledged the event, or how to, when it awaits review.
fn review_state(event: &EventRecord) -> Markup {
    html! {
        @match &event.ack {
            Some(ack) => (acknowledgement(ack)),
            None if event.review => div.pending {
                "Pending review: " code { "needlewatch ack " (event.id) }
            },
            None => {},
        }
    }
}

fn acknowledgement(ack: &Ack) -> Markup {
    html! {
        div.ack {
            "Acknowledged by " (ack.by) " on " (human_time(ack.at))
            @if !ack.note.is_empty() { ": " (ack.note) }
        }
    }
}

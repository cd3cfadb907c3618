//! `needlewatch accept ID`: a reviewer accepts the reading the guards held
//! back for a source (its candidate) as the new version. The status it
//! reads is applied, the event records who accepted it, when and why, the
//! blocked-read events it resolves are acknowledged, and the outputs are
//! rewritten. The next crawl compares against the accepted version.

use super::review::{reviewer, rewrite_outputs};
use super::{CommandError, CommandResult, load_config_and_store, store_failure};
use crate::cli::{AcceptArgs, Exit, GlobalArgs};
use crate::detect::{self, Context, PreviousVersion, describe};
use crate::model::ChangeKind;
use crate::store::{Ack, SourceCommit, Store};

pub fn exec(global: &GlobalArgs, args: &AcceptArgs) -> CommandResult {
    let by = reviewer(args.by.as_deref())?;
    let (config, store) = load_config_and_store(global)?;
    let id = args.id.as_str();
    let Some(source) = config.source(id) else {
        return Err(CommandError::usage(format!(
            "no source with id {id:?} in the config; {}",
            crate::suggest::hint(id, config.sources.iter().map(|source| source.id.as_str()))
        )));
    };
    let state = store.source_state(id).map_err(store_failure)?;
    let Some((state, candidate)) = state.and_then(|state| {
        let candidate = state.candidate.clone()?;
        Some((state, candidate))
    }) else {
        return Err(CommandError::failure(format!(
            "{id} has no blocked reading to accept: its last crawl read normally (or it was never crawled). `needlewatch changes --source {id}` shows its events."
        )));
    };
    let missing = |what: &str| {
        CommandError::failure(format!(
            "{id}'s blocked reading has lost its {what} in the store; run `needlewatch verify`"
        ))
    };
    let text = store
        .text(&candidate.record.text_hash)
        .map_err(store_failure)?
        .ok_or_else(|| missing("text"))?;
    let raw = store
        .raw(&candidate.record.raw_hash)
        .map_err(store_failure)?
        .ok_or_else(|| missing("page"))?;
    let previous = last_good_version(&store, id, state.latest_seq)?;
    let now = jiff::Timestamp::now();
    let ack = Ack {
        by: by.clone(),
        at: now,
        note: args.note.clone().unwrap_or_default(),
    };
    let run_id = store
        .last_finished_run()
        .map_err(store_failure)?
        .map_or(candidate.record.run_id, |run| run.id);
    let context = Context {
        source,
        run_id,
        now,
        escalate_after: config.settings.escalate_after,
        baseline: None,
    };
    let decision = detect::accept(&context, &state, previous.as_ref(), text, raw, ack.clone())
        .ok_or_else(|| CommandError::failure(format!("{id} has no blocked reading to accept")))?;
    let committed = store
        .commit(SourceCommit {
            state: decision.state,
            snapshot: decision.snapshot,
            events: decision.events,
        })
        .map_err(store_failure)?;
    let resolved = resolve_blocked_reads(&store, id, &ack)?;
    store.flush().map_err(store_failure)?;
    rewrite_outputs(&config, &store, args.out.clone())?;
    for event in &committed {
        say!("#{} {}: {}", event.id, event.kind, event.summary);
    }
    let status = committed
        .first()
        .and_then(|event| {
            event
                .new_status
                .map(|status| describe(status, event.new_reason))
        })
        .unwrap_or_default();
    say!(
        "Accepted {id}'s blocked reading as its new version ({status}), recorded as accepted by {by}; {resolved} blocked-read event{} acknowledged.",
        if resolved == 1 { "" } else { "s" }
    );
    Ok(Exit::Ok)
}

/// The last version that read correctly, to compare the candidate with.
fn last_good_version(
    store: &Store,
    id: &str,
    seq: Option<u64>,
) -> Result<Option<PreviousVersion>, CommandError> {
    let Some(record) = seq
        .map(|seq| store.snapshot(id, seq))
        .transpose()
        .map_err(store_failure)?
        .flatten()
    else {
        return Ok(None);
    };
    let text = store
        .text(&record.text_hash)
        .map_err(store_failure)?
        .unwrap_or_default();
    Ok(Some(PreviousVersion {
        seq: record.seq,
        text,
        finding: record.finding,
        rederived: false,
        // What it is compared with, not what the next read must match.
        selector: None,
    }))
}

/// Acknowledges the source's pending `extraction_failed` events: accepting
/// the reading is the reviewer's answer to them.
fn resolve_blocked_reads(store: &Store, id: &str, ack: &Ack) -> Result<usize, CommandError> {
    let pending = store
        .source_state(id)
        .map_err(store_failure)?
        .map(|state| state.pending_review)
        .unwrap_or_default();
    let mut resolved = 0;
    for event_id in pending {
        let Some(event) = store.event(event_id).map_err(store_failure)? else {
            continue;
        };
        if event.kind != ChangeKind::ExtractionFailed {
            continue;
        }
        let note = format!("resolved by accepting the blocked reading: {}", ack.note);
        let resolution = Ack {
            note: note.trim_end_matches([' ', ':']).to_string(),
            ..ack.clone()
        };
        store
            .acknowledge(event_id, resolution)
            .map_err(store_failure)?;
        resolved += 1;
    }
    Ok(resolved)
}

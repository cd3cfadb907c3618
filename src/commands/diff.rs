//! `needlewatch diff ID`: the unified diff between two stored versions of a
//! source (default: the last two), or with `--candidate` between the last
//! good version and the reading the guards blocked; coloured on a terminal.

use std::io::IsTerminal;

use super::{
    CommandError, CommandResult, known_source, load_config_and_stored_history, store_failure,
};
use crate::cli::{DiffArgs, Exit, GlobalArgs};
use crate::detect::describe;
use crate::diff;
use crate::report;
use crate::store::Store;

pub fn exec(global: &GlobalArgs, args: &DiffArgs) -> CommandResult {
    let (config, store) = load_config_and_stored_history(global)?;
    let id = &args.id;
    known_source(&config, Some(&store), id)?;
    if args.candidate {
        return candidate_diff(&store, id);
    }
    let snapshots = store.snapshots_of(id).map_err(store_failure)?;
    let Some(latest) = snapshots.last() else {
        return Err(CommandError::failure(format!(
            "{id} has no stored versions yet"
        )));
    };
    if snapshots.len() == 1 && args.from.is_none() && args.to.is_none() {
        say!(
            "{id} has one stored version (#{}); there is nothing to compare it with yet.",
            latest.seq
        );
        return Ok(Exit::Ok);
    }
    let to = args.to.unwrap_or(latest.seq);
    let from = args.from.unwrap_or(to.saturating_sub(1));
    let find = |seq: u64| {
        snapshots
            .iter()
            .find(|snapshot| snapshot.seq == seq)
            .ok_or_else(|| {
                CommandError::usage(format!(
                    "{id} has no version #{seq} (it has #1 to #{})",
                    latest.seq
                ))
            })
    };
    let newer = find(to)?;
    let older = find(from)?;
    let old_text = store
        .text(&older.text_hash)
        .map_err(store_failure)?
        .unwrap_or_default();
    let new_text = store
        .text(&newer.text_hash)
        .map_err(store_failure)?
        .unwrap_or_default();
    let old_label = format!(
        "{id} #{} ({}, {})",
        older.seq,
        report::human_time(older.fetched_at),
        describe(older.finding.status, older.finding.reason)
    );
    let new_label = format!(
        "{id} #{} ({}, {})",
        newer.seq,
        report::human_time(newer.fetched_at),
        describe(newer.finding.status, newer.finding.reason)
    );
    print_diff(&old_text, &new_text, &old_label, &new_label);
    Ok(Exit::Ok)
}

/// The blocked reading against the last good version.
fn candidate_diff(store: &Store, id: &str) -> CommandResult {
    let state = store.source_state(id).map_err(store_failure)?;
    let Some((state, candidate)) =
        state.and_then(|state| state.candidate.clone().map(|candidate| (state, candidate)))
    else {
        return Err(CommandError::failure(format!(
            "{id} has no blocked reading (candidate): its last crawl read normally"
        )));
    };
    let good = match state.latest_seq {
        Some(seq) => store.snapshot(id, seq).map_err(store_failure)?,
        None => None,
    };
    let (old_text, old_label) = match &good {
        Some(good) => (
            store
                .text(&good.text_hash)
                .map_err(store_failure)?
                .unwrap_or_default(),
            format!(
                "{id} #{} (last good, {}, {})",
                good.seq,
                report::human_time(good.fetched_at),
                describe(good.finding.status, good.finding.reason)
            ),
        ),
        None => (String::new(), format!("{id} (no good version)")),
    };
    let new_text = store
        .text(&candidate.record.text_hash)
        .map_err(store_failure)?
        .unwrap_or_default();
    let new_label = format!(
        "{id} candidate ({}, {}; blocked: {})",
        report::human_time(candidate.record.fetched_at),
        describe(
            candidate.record.finding.status,
            candidate.record.finding.reason
        ),
        candidate.blocked_because
    );
    print_diff(&old_text, &new_text, &old_label, &new_label);
    say!("Accept it as the new version with `needlewatch accept {id} --note TEXT`.");
    Ok(Exit::Ok)
}

fn print_diff(old_text: &str, new_text: &str, old_label: &str, new_label: &str) {
    let unified = diff::unified(old_text, new_text, old_label, new_label, 3);
    if unified.is_empty() {
        say!("{old_label} and {new_label} have the same text.");
        return;
    }
    let colour = std::io::stdout().is_terminal();
    for line in unified.lines() {
        let painted = match line.as_bytes().first() {
            Some(b'+') if colour && !line.starts_with("+++") => format!("\x1b[32m{line}\x1b[0m"),
            Some(b'-') if colour && !line.starts_with("---") => format!("\x1b[31m{line}\x1b[0m"),
            Some(b'@') if colour => format!("\x1b[36m{line}\x1b[0m"),
            _ => line.to_string(),
        };
        say!("{painted}");
    }
}

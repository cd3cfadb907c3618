//! `needlewatch diff ID`: the unified diff between two stored versions of a
//! source (default: the last two), coloured on a terminal.

use std::io::IsTerminal;

use super::{
    CommandError, CommandResult, known_source, load_config_and_stored_history, store_failure,
};
use crate::cli::{DiffArgs, Exit, GlobalArgs};
use crate::detect::describe;
use crate::diff;
use crate::report;

pub fn exec(global: &GlobalArgs, args: &DiffArgs) -> CommandResult {
    let (config, store) = load_config_and_stored_history(global)?;
    let id = &args.id;
    known_source(&config, Some(&store), id)?;
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
    let unified = diff::unified(&old_text, &new_text, &old_label, &new_label, 3);
    if unified.is_empty() {
        say!("{old_label} and {new_label} have the same text.");
        return Ok(Exit::Ok);
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
    Ok(Exit::Ok)
}

//! The reviewer's commands: `needlewatch ack ID` records who reviewed a
//! change event, when and why, and rewrites the outputs.

use anyhow::Context as _;

use super::{CommandError, CommandResult, load_config_and_store, store_failure};
use crate::cli::{AckArgs, Exit, GlobalArgs};
use crate::report;
use crate::store::{Ack, StoreError};

pub fn exec_ack(global: &GlobalArgs, args: &AckArgs) -> CommandResult {
    let (config, store) = load_config_and_store(global)?;
    let ack = Ack {
        by: reviewer(args.by.as_deref()),
        at: jiff::Timestamp::now(),
        note: args.note.clone().unwrap_or_default(),
    };
    let event = store
        .acknowledge(args.id, ack)
        .map_err(|error| match error {
            StoreError::NoSuchEvent(_) | StoreError::AlreadyAcknowledged { .. } => {
                CommandError::usage(error.to_string())
            }
            other => store_failure(other),
        })?;
    store.flush().map_err(store_failure)?;
    // The ruleset's review flags and the reports change with the acknowledgement.
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| config.settings.out.clone());
    let ruleset = report::current_ruleset(&config, &store).context("building the ruleset")?;
    let run = store.last_finished_run().map_err(store_failure)?;
    report::write_outputs(&store, &ruleset, &out, run.as_ref()).context("writing the outputs")?;
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

/// Who reviewed: `--by`, else $NEEDLEWATCH_USER, $USER, $LOGNAME, else "unknown".
fn reviewer(by: Option<&str>) -> String {
    by.map(str::to_string)
        .or_else(|| std::env::var("NEEDLEWATCH_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

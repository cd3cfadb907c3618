//! `needlewatch verify`: check the store's integrity; exit 1 on a problem.

use super::{CommandResult, load_config_and_stored_history, store_failure};
use crate::cli::{Exit, GlobalArgs};

pub fn exec(global: &GlobalArgs) -> CommandResult {
    let (_config, store) = load_config_and_stored_history(global)?;
    let report = store.verify().map_err(store_failure)?;
    say!(
        "{}: {} versions, {} contents, {} sources, {} events checked; {} unreferenced contents",
        store.path().display(),
        report.snapshots,
        report.contents,
        report.sources,
        report.events,
        report.unreferenced_contents
    );
    if report.problems.is_empty() {
        say!("OK: every stored version is present and matches its hash.");
        return Ok(Exit::Ok);
    }
    for problem in &report.problems {
        say!("PROBLEM: {problem}");
    }
    Ok(Exit::Failure)
}

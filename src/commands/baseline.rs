//! `needlewatch baseline`: the baseline's standing position per state and
//! payer and the flaws in its data (`--check`: exit 1 when there are any).

use super::{CommandError, CommandResult, load_config};
use crate::cli::{Exit, GlobalArgs};
use crate::detect::describe;

pub fn exec(global: &GlobalArgs, check: bool) -> CommandResult {
    let config = load_config(global)?;
    let Some(baseline) = &config.baseline else {
        return Err(CommandError::usage(
            "the config names no baseline (set `baseline = \"baseline.toml\"` in [settings])",
        ));
    };
    let standings = baseline.standings();
    say!(
        "{}: {} lists, {} positions, {} subjects",
        baseline.path.display(),
        baseline.lists.len(),
        baseline.positions.len(),
        standings.len()
    );
    for ((kind, subject), standing) in &standings {
        let position = &standing.position;
        say!(
            "  {:<12} {:<18} {:<40} as of {}  ({}){}",
            kind.as_str(),
            subject,
            describe(position.status, position.reason),
            position.as_of,
            position.list,
            if standing.problems.is_empty() {
                ""
            } else {
                "  [flawed data]"
            }
        );
    }
    if baseline.problems.is_empty() {
        say!("No flaws found in the baseline data.");
        return Ok(Exit::Ok);
    }
    say!("Flaws in the baseline data ({}):", baseline.problems.len());
    for problem in &baseline.problems {
        say!("  - {problem}");
    }
    Ok(if check { Exit::Failure } else { Exit::Ok })
}

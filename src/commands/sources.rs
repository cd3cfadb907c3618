//! `needlewatch sources check`: lint the watch list (see
//! [`crate::config::lint`]). One line per problem on stdout, a summary on
//! stderr; exit 1 on any problem, 2 when the config cannot be read.

use super::{CommandResult, load_config};
use crate::cli::{Exit, GlobalArgs, SourcesAction};
use crate::config::lint;

pub fn exec(global: &GlobalArgs, action: SourcesAction) -> CommandResult {
    match action {
        SourcesAction::Check => check(global),
    }
}

fn check(global: &GlobalArgs) -> CommandResult {
    let config = load_config(global)?;
    let today = crate::pipeline::civil_date(jiff::Timestamp::now());
    let problems = lint(&config, today);
    for problem in &problems {
        say!("{problem}");
    }
    let file = global.config.display();
    let sources = config.sources.len();
    if problems.is_empty() {
        eprintln!("{file}: {sources} sources, no problems");
        return Ok(Exit::Ok);
    }
    eprintln!(
        "{file}: {sources} sources, {} problem{}",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    Ok(Exit::Failure)
}

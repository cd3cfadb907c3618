//! `needlewatch demo`: the whole pipeline offline on bundled pages (the
//! work is in `crate::demo`); prints both crawls' summaries and where the
//! outputs are.

use std::path::Path;

use super::crawl::print_summary;
use super::{CommandError, CommandResult, runtime};
use crate::cli::Exit;

pub fn exec(dir: &Path) -> CommandResult {
    let run = runtime()?
        .block_on(crate::demo::run(dir))
        .map_err(|error| CommandError::failure(error.to_string()))?;
    let out = run.dir.join("reports");
    say!("needlewatch demo: eight pages (five state boards, three payers) served from 127.0.0.1\n");
    say!("First crawl: version 1 of every page.");
    print_summary(&run.first, &out, true);
    say!(
        "\nSecond crawl: version 2, with real changes and cosmetic-only edits (which must stay silent)."
    );
    print_summary(&run.second, &out, true);
    let config = run.dir.join("sources.toml");
    say!(
        "\nOpen the report:   {}\nThe ruleset:       {}\nThe change log:    {}\nTry next:          needlewatch --config {} changes\n                   needlewatch --config {} diff or-board\n                   needlewatch --config {} ruleset --format md",
        out.join("report.html").display(),
        out.join("ruleset.json").display(),
        out.join("CHANGELOG.md").display(),
        config.display(),
        config.display(),
        config.display()
    );
    Ok(Exit::Ok)
}

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
    let config = shell_word(&run.dir.join("sources.toml").display().to_string());
    let program = program_to_print();
    say!(
        "\nOpen the report:   {}\nThe ruleset:       {}\nThe change log:    {}",
        out.join("report.html").display(),
        out.join("ruleset.json").display(),
        out.join("CHANGELOG.md").display(),
    );
    say!("\nTry next (from this directory, as printed):");
    for command in TRY_NEXT {
        say!("  {program} --config {config} {command}");
    }
    Ok(Exit::Ok)
}

/// Commands worth trying on the demo's store, after the program and config.
const TRY_NEXT: [&str; 4] = [
    "changes",
    "diff or-board",
    "ruleset --format md",
    "advise --state WA --payer acme-health",
];

/// The program as a shell can run it: the path of the binary that is
/// running (it may not be on `PATH`, e.g. after `cargo run`).
fn program_to_print() -> String {
    std::env::current_exe()
        .map(|path| shell_word(&path.display().to_string()))
        .unwrap_or_else(|_| "needlewatch".to_string())
}

/// `word` quoted for a POSIX shell when it needs to be.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || "_./:@%+=,-".contains(character));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn words_a_shell_would_split_are_quoted() {
        assert_eq!(shell_word("/usr/bin/needlewatch"), "/usr/bin/needlewatch");
        assert_eq!(shell_word("my demo/sources.toml"), "'my demo/sources.toml'");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
        assert_eq!(shell_word(""), "''");
    }
}

//! What each subcommand does, on top of the library stages: one file per
//! subcommand, named after it (`crawl.rs` runs `needlewatch crawl`), each
//! with one `exec` that `main` reaches through [`dispatch`]. This is the top
//! of the program: it reads the clock, the terminal and the environment,
//! and turns errors into messages and exit codes. `cli` only describes the
//! arguments; nothing below this module knows about the command line.

use std::path::{Path, PathBuf};

use crate::cli::{Cli, Command, Exit, GlobalArgs};
use crate::config::{Config, ConfigError};
use crate::detect::describe;
use crate::model::{Finding, SourceKind};
use crate::store::{Store, StoreError};

/// `println!` that stops quietly when stdout is closed (`needlewatch ... | head`),
/// as other command-line tools do, instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

/// `print!` with the same behaviour as [`say!`].
macro_rules! say_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if write!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

mod accept;
mod advise;
mod baseline;
mod changes;
mod classify;
mod crawl;
mod demo;
mod diff;
mod history;
mod review;
mod ruleset;
mod sources;
mod r#try;
mod verify;

/// An error that ends a command, with the exit code it calls for.
#[derive(Debug)]
pub struct CommandError {
    pub exit: Exit,
    pub message: String,
}

impl CommandError {
    pub fn usage(message: impl Into<String>) -> CommandError {
        CommandError {
            exit: Exit::Usage,
            message: message.into(),
        }
    }

    pub fn failure(message: impl Into<String>) -> CommandError {
        CommandError {
            exit: Exit::Failure,
            message: message.into(),
        }
    }
}

impl From<anyhow::Error> for CommandError {
    fn from(error: anyhow::Error) -> CommandError {
        CommandError::failure(format!("{error:#}"))
    }
}

pub type CommandResult = Result<Exit, CommandError>;

/// Runs the parsed command: the one table of subcommands and their files.
pub fn dispatch(cli: Cli) -> CommandResult {
    let Cli { global, command } = cli;
    match command {
        Command::Crawl(args) => crawl::exec(&global, &args),
        Command::Classify(args) => classify::exec(&args),
        Command::Try { id } => r#try::exec(&global, &id),
        Command::Ruleset { format } => ruleset::exec(&global, format),
        Command::Changes(args) => changes::exec(&global, &args),
        Command::History { id } => history::exec(&global, &id),
        Command::Diff(args) => diff::exec(&global, &args),
        Command::Demo { dir } => demo::exec(&dir),
        Command::Advise(args) => advise::exec(&global, &args),
        Command::Ack(args) => review::exec_ack(&global, &args),
        Command::Accept(args) => accept::exec(&global, &args),
        Command::Baseline { check } => baseline::exec(&global, check),
        Command::Verify => verify::exec(&global),
        Command::Sources { action } => sources::exec(&global, action),
    }
}

fn load_config(global: &GlobalArgs) -> Result<Config, CommandError> {
    Config::load(&global.config).map_err(|error| match error {
        ConfigError::Read { .. } => CommandError::usage(error.to_string()),
        ConfigError::Invalid { .. } => CommandError::usage(format!(
            "invalid config: {error}\nNothing was fetched or written."
        )),
    })
}

fn store_dir(config: &Config, flag: Option<&Path>) -> PathBuf {
    flag.map(Path::to_path_buf)
        .unwrap_or_else(|| config.settings.store.clone())
}

fn open_store(config: &Config, global: &GlobalArgs) -> Result<Store, CommandError> {
    Store::open(&store_dir(config, global.store.as_deref()))
        .map_err(|error| CommandError::failure(error.to_string()))
}

/// The config and the store most commands start from.
fn load_config_and_store(global: &GlobalArgs) -> Result<(Config, Store), CommandError> {
    let config = load_config(global)?;
    let store = open_store(&config, global)?;
    Ok((config, store))
}

fn runtime() -> Result<tokio::runtime::Runtime, CommandError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|error| CommandError::failure(format!("cannot start the async runtime: {error}")))
}

fn store_failure(error: StoreError) -> CommandError {
    CommandError::failure(error.to_string())
}

/// A finding as `classify` and `try` print it.
fn print_finding(finding: &Finding, kind: SourceKind, json: bool) {
    if json {
        let mut value = serde_json::to_value(finding).unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            object.insert("kind".into(), serde_json::Value::String(kind.to_string()));
        }
        say!("{value}");
        return;
    }
    say!("kind:         {kind}");
    say!("status:       {}", describe(finding.status, finding.reason));
    say!(
        "needs review: {}",
        if finding.needs_review { "yes" } else { "no" }
    );
    if !finding.terms.is_empty() {
        say!("terms:        {}", finding.terms.join(", "));
    }
    if !finding.cpt_codes.is_empty() {
        say!("CPT codes:    {}", finding.cpt_codes.join(", "));
    }
    if !finding.conditions.is_empty() {
        say!("conditions:   {}", finding.conditions.join("; "));
    }
    if let Some(date) = &finding.effective_date {
        say!("date:         {date}");
    }
    if let Some(number) = &finding.policy_number {
        say!("policy:       {number}");
    }
    for quote in &finding.evidence {
        say!("evidence:     “{quote}”");
    }
}

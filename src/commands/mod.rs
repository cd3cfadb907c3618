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
        Command::Ruleset { format, as_of } => ruleset::exec(&global, format, as_of),
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

/// The store for a command that only reads: never created, never locked
/// against a crawl, readable on read-only media. `None` when there is none.
fn open_store_for_reading(
    config: &Config,
    global: &GlobalArgs,
) -> Result<Option<Store>, CommandError> {
    match Store::open_read(&store_dir(config, global.store.as_deref())) {
        Ok(store) => Ok(Some(store)),
        Err(StoreError::Missing(_)) => Ok(None),
        Err(error) => Err(store_failure(error)),
    }
}

/// The config and the store for a read command that needs stored history:
/// exit 1, naming the missing store, when there is none.
fn load_config_and_stored_history(global: &GlobalArgs) -> Result<(Config, Store), CommandError> {
    let config = load_config(global)?;
    let dir = store_dir(&config, global.store.as_deref());
    let store = open_store_for_reading(&config, global)?
        .ok_or_else(|| store_failure(StoreError::Missing(dir)))?;
    Ok((config, store))
}

/// The ruleset a read command answers from: the store's (as of a day when
/// asked), or the baseline alone when there is no store yet, said on stderr.
fn ruleset_for_reading(
    config: &Config,
    global: &GlobalArgs,
    as_of: Option<&str>,
) -> Result<crate::report::Ruleset, CommandError> {
    use anyhow::Context as _;
    let as_of = as_of
        .map(str::parse::<crate::report::as_of::AsOf>)
        .transpose()
        .map_err(|message| CommandError::usage(format!("--as-of {message}")))?;
    let Some(store) = open_store_for_reading(config, global)? else {
        let dir = store_dir(config, global.store.as_deref());
        eprintln!(
            "note: no store at {}: answering from the baseline alone (run `needlewatch crawl` to read the pages)",
            dir.display()
        );
        let standings = config
            .baseline
            .as_ref()
            .map(|baseline| baseline.standings_until(as_of.map(|moment| moment.day())))
            .unwrap_or_default();
        let ruleset = crate::report::ruleset::build_with_baseline(
            config,
            &crate::report::ruleset::NoStore,
            0,
            None,
            standings,
        );
        return Ok(ruleset.context("building the ruleset from the baseline")?);
    };
    let ruleset = match as_of {
        Some(moment) => crate::report::as_of::ruleset_as_of(config, &store, moment)
            .with_context(|| format!("rebuilding the ruleset as of {moment}"))?,
        None => crate::report::current_ruleset(config, &store).context("building the ruleset")?,
    };
    Ok(ruleset)
}

/// A source id the config or the store knows, or a usage error with the
/// nearest known id.
fn known_source(config: &Config, store: Option<&Store>, id: &str) -> Result<(), CommandError> {
    if config.source(id).is_some() {
        return Ok(());
    }
    let mut known: Vec<String> = config.sources.iter().map(|s| s.id.clone()).collect();
    if let Some(store) = store {
        if store.source_state(id).map_err(store_failure)?.is_some() {
            return Ok(());
        }
        for state in store.source_states() {
            known.push(state.map_err(store_failure)?.source_id);
        }
    }
    known.sort();
    known.dedup();
    Err(CommandError::usage(format!(
        "no source with id {id:?} in the config or the store; {}",
        crate::suggest::hint(id, known.iter().map(String::as_str))
    )))
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

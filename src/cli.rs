//! The command line: clap definitions and the exit codes of `INTERFACE.md`.
//! It only describes the arguments: `main` parses them here and hands them
//! to `commands`, which this module knows nothing of.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Exit codes of `needlewatch crawl` (and the other commands).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The command did its job.
    Ok = 0,
    /// The run could not do its job (store locked or unreadable, every due source failed).
    Failure = 1,
    /// Bad usage or an invalid config: nothing fetched, nothing written.
    Usage = 2,
    /// `--fail-on-change` and at least one status changed.
    StatusChanged = 3,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "needlewatch",
    version,
    about = "Watches state-board and payer pages on dry needling by physical therapists (CPT 20560/20561) and keeps a ruleset current"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// The watch list.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        default_value = "sources.toml"
    )]
    pub config: PathBuf,
    /// The store directory (default: `store` in the config, else ./snapshots).
    #[arg(long, global = true, value_name = "DIR")]
    pub store: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fetch every due source, store snapshots, record changes, write the outputs.
    Crawl(CrawlArgs),
    /// Classify one local HTML, PDF or text file and print the finding.
    Classify(ClassifyArgs),
    /// Fetch, extract and classify one configured source; store nothing.
    Try {
        /// The source id.
        id: String,
    },
    /// Print the current ruleset.
    Ruleset {
        #[arg(long, value_enum, default_value_t = RulesetFormat::Json)]
        format: RulesetFormat,
        /// The ruleset as it stood at the end of this day (UTC), or at this
        /// UTC timestamp, rebuilt from the stored history.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// List recorded change events, oldest first.
    Changes(ChangesArgs),
    /// List the stored versions of one source.
    History {
        /// The source id.
        id: String,
    },
    /// Show the text diff between two stored versions of a source.
    Diff(DiffArgs),
    /// Run the whole pipeline offline on bundled pages: crawl version 1,
    /// swap in version 2, crawl again, and show where the outputs are.
    Demo {
        /// Where to keep the demo's config, store and reports.
        #[arg(long, value_name = "DIR", default_value = "needlewatch-demo")]
        dir: PathBuf,
    },
    /// Billing guidance: may a PT perform dry needling in a state, does a
    /// payer cover it, and what to do; or the whole state × payer matrix.
    Advise(AdviseArgs),
    /// Acknowledge a change event: record who reviewed it, when and why.
    Ack(AckArgs),
    /// Accept a source's blocked reading (a candidate the guards held back:
    /// text collapsed, service no longer mentioned) as its new version.
    Accept(AcceptArgs),
    /// Show the baseline's standing positions and the flaws in its data.
    Baseline {
        /// Exit 1 when the baseline data has flaws.
        #[arg(long)]
        check: bool,
    },
    /// Check the store's integrity: every stored version's bytes present and
    /// matching their hashes, every reference resolving. Exit 1 on a problem.
    Verify,
    /// Work on the watch list itself.
    Sources {
        #[command(subcommand)]
        action: SourcesAction,
    },
}

#[derive(Debug, Clone, Copy, Subcommand)]
pub enum SourcesAction {
    /// Lint the watch list: duplicate pages, missing or stale provenance
    /// (`stated`, `checked`), static pages crawled more than weekly, payers
    /// and jurisdictions with no official source. One line per problem;
    /// exit 1 on any problem, 2 when the config cannot be read.
    Check,
}

#[derive(Debug, Args)]
pub struct CrawlArgs {
    /// Where to write ruleset.json, ruleset.toml, changes.jsonl, CHANGELOG.md, report.html.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Only this source (repeatable).
    #[arg(long, value_name = "ID")]
    pub only: Vec<String>,
    /// Ignore per-source `every` intervals.
    #[arg(long)]
    pub force: bool,
    /// Exit 3 when at least one status changed.
    #[arg(long)]
    pub fail_on_change: bool,
    /// No progress display, even on a terminal.
    #[arg(long)]
    pub no_progress: bool,
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// An HTML, PDF or text file.
    pub file: PathBuf,
    /// What the document is (guessed from its wording when omitted).
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// CSS selector for the part of an HTML page that counts.
    #[arg(long, value_name = "CSS")]
    pub selector: Option<String>,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Also print the extracted text the finding rests on.
    #[arg(long)]
    pub show_text: bool,
    /// Print every clause that mentions the service with its reading (who,
    /// kind, negation, legal force, date) and the precedence step that
    /// decided; with --json, under "clauses".
    #[arg(long)]
    pub explain: bool,
    /// Read the page as of this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    StateBoard,
    Payer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesetFormat {
    Json,
    Toml,
    Csv,
    Md,
}

#[derive(Debug, Args)]
pub struct ChangesArgs {
    /// Only events at or after this date (YYYY-MM-DD) or timestamp.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only events of this source.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// One JSON object a line, as in changes.jsonl.
    #[arg(long)]
    pub json: bool,
    /// Only events no reviewer has acknowledged yet.
    #[arg(long)]
    pub pending: bool,
}

#[derive(Debug, Args)]
pub struct AdviseArgs {
    /// The state (USPS code, DC included).
    #[arg(long, value_name = "XX", required_unless_present = "csv")]
    pub state: Option<String>,
    /// The payer key (as in sources.toml or the baseline, e.g. "medicare").
    #[arg(long, value_name = "KEY")]
    pub payer: Option<String>,
    /// One JSON object.
    #[arg(long)]
    pub json: bool,
    /// Every state × payer as CSV.
    #[arg(long, conflicts_with_all = ["state", "payer", "json"])]
    pub csv: bool,
    /// Advice as it stood at the end of this day (UTC), or at this UTC
    /// timestamp, from the stored history.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, Args)]
pub struct AckArgs {
    /// The event's id as printed: `11` or `#11` (the `id` in changes.jsonl).
    pub id: String,
    /// Why: what the reviewer checked or decided.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Who (default: $NEEDLEWATCH_USER, else $USER; refused when none is set).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Where to rewrite the outputs (default: `out` from the config, else ./reports).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// The source id whose blocked reading becomes its new version.
    pub id: String,
    /// Why: what the reviewer checked or decided.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Who (default: $NEEDLEWATCH_USER, else $USER; refused when none is set).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Where to rewrite the outputs (default: `out` from the config, else ./reports).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The source id.
    pub id: String,
    /// The older version (default: the one before --to).
    #[arg(long, value_name = "N")]
    pub from: Option<u64>,
    /// The newer version (default: the latest).
    #[arg(long, value_name = "N")]
    pub to: Option<u64>,
    /// The blocked reading (candidate) against the last good version.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub candidate: bool,
}

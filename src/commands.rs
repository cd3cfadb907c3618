//! What each subcommand does, on top of the library stages. This is the top
//! of the program: it reads the clock, the terminal and the environment,
//! and turns errors into messages and exit codes.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;

use crate::cli::{
    AckArgs, AdviseArgs, ChangesArgs, ClassifyArgs, Cli, Command, CommandError, CrawlArgs,
    DiffArgs, Exit, KindArg, RulesetFormat,
};
use crate::config::{Config, ConfigError};
use crate::detect::describe;
use crate::diff;
use crate::fetch::{Fetcher, Outcome, Validators};
use crate::model::{ChangeKind, Finding, SourceKind};
use crate::pipeline::{self, CrawlOptions, CrawlSummary};
use crate::report;
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

type CommandResult = Result<Exit, CommandError>;

pub fn dispatch(cli: Cli) -> CommandResult {
    let Cli { global, command } = cli;
    match command {
        Command::Classify(args) => classify_file(&args),
        Command::Crawl(args) => {
            let config = load_config(&global.config)?;
            crawl(&config, global.store.as_deref(), &args)
        }
        Command::Try { id } => {
            let config = load_config(&global.config)?;
            try_source(&config, &id)
        }
        Command::Ruleset { format } => {
            let config = load_config(&global.config)?;
            let store = open_store(&config, global.store.as_deref())?;
            print_ruleset(&config, &store, format)
        }
        Command::Changes(args) => {
            let config = load_config(&global.config)?;
            let store = open_store(&config, global.store.as_deref())?;
            list_changes(&store, &args)
        }
        Command::History { id } => {
            let config = load_config(&global.config)?;
            let store = open_store(&config, global.store.as_deref())?;
            history(&config, &store, &id)
        }
        Command::Diff(args) => {
            let config = load_config(&global.config)?;
            let store = open_store(&config, global.store.as_deref())?;
            show_diff(&config, &store, &args)
        }
        Command::Demo { dir } => demo(&dir),
        Command::Advise(args) => {
            let config = load_config(&global.config)?;
            let store = open_store(&config, global.store.as_deref())?;
            advise(&config, &store, &args)
        }
        Command::Ack(args) => {
            let config = load_config(&global.config)?;
            let store = open_store(&config, global.store.as_deref())?;
            acknowledge(&config, &store, &args)
        }
        Command::Baseline { check } => {
            let config = load_config(&global.config)?;
            show_baseline(&config, check)
        }
        Command::Verify => {
            let config = load_config(&global.config)?;
            let store = open_store(&config, global.store.as_deref())?;
            verify(&store)
        }
    }
}

fn load_config(path: &Path) -> Result<Config, CommandError> {
    Config::load(path).map_err(|error| match error {
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

fn open_store(config: &Config, flag: Option<&Path>) -> Result<Store, CommandError> {
    Store::open(&store_dir(config, flag)).map_err(|error| CommandError::failure(error.to_string()))
}

fn runtime() -> Result<tokio::runtime::Runtime, CommandError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|error| CommandError::failure(format!("cannot start the async runtime: {error}")))
}

fn crawl(config: &Config, store_flag: Option<&Path>, args: &CrawlArgs) -> CommandResult {
    for id in &args.only {
        if config.source(id).is_none() {
            return Err(CommandError::usage(format!(
                "--only {id:?}: no source with that id in the config"
            )));
        }
    }
    let store = Arc::new(open_store(config, store_flag)?);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| config.settings.out.clone());
    let options = CrawlOptions {
        only: args.only.clone(),
        force: args.force,
    };
    let interactive = std::io::stderr().is_terminal() && !args.no_progress;
    let stop = Arc::new(AtomicBool::new(false));
    let runtime = runtime()?;
    let summary = runtime.block_on(async {
        spawn_signal_watch(Arc::clone(&stop));
        let progress = |done: usize, total: usize| {
            if interactive {
                let mut stderr = std::io::stderr();
                let _ = write!(stderr, "\r\x1b[2K{}", progress_bar(done, total));
                if done == total {
                    let _ = writeln!(stderr);
                }
            }
        };
        pipeline::crawl(
            config,
            Arc::clone(&store),
            &out,
            &options,
            Arc::clone(&stop),
            progress,
        )
        .await
    });
    let summary = summary.map_err(|error| CommandError::failure(error.to_string()))?;
    print_summary(&summary, &out, std::io::stdout().is_terminal());
    if let Some(notify) = &config.notify {
        send_notification(
            notify,
            &config.settings.user_agent,
            &summary,
            &out,
            &runtime,
        );
    }
    if summary.all_failed() {
        eprintln!(
            "needlewatch: every due source failed ({}); see {}",
            summary.run.failed,
            out.join("report.html").display()
        );
        return Ok(Exit::Failure);
    }
    if args.fail_on_change && summary.count(ChangeKind::StatusChanged) > 0 {
        return Ok(Exit::StatusChanged);
    }
    Ok(Exit::Ok)
}

/// Ctrl-C or SIGTERM: finish the pages in hand, start no new ones.
fn spawn_signal_watch(stop: Arc<AtomicBool>) {
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let Ok(mut terminate) = signal(SignalKind::terminate()) else {
                return;
            };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        eprintln!("needlewatch: stopping after the pages in hand");
        stop.store(true, Ordering::SeqCst);
    });
}

/// On a terminal: always a summary. Otherwise (cron): nothing unless
/// something changed, so MAILTO mails exactly the runs worth reading.
fn print_summary(summary: &CrawlSummary, out: &Path, terminal: bool) {
    let total = summary.total_events();
    if !terminal && total == 0 {
        return;
    }
    let run = &summary.run;
    say!(
        "needlewatch run {}: {} due, {} fetched, {} unchanged (304), {} failed; {} event{}; ruleset version {}{}",
        run.id,
        run.due,
        run.fetched,
        run.not_modified,
        run.failed,
        total,
        if total == 1 { "" } else { "s" },
        run.ruleset_version,
        if summary.interrupted {
            " (interrupted)"
        } else {
            ""
        }
    );
    for event in &summary.highlights {
        say!(
            "  [{}] {:<17} {:<12} {:<24} {}",
            event.severity,
            event.kind,
            event.subject,
            event.source_id,
            event.summary
        );
    }
    let hidden = total.saturating_sub(summary.highlights.len() as u64);
    if hidden > 0 {
        say!("  … and {hidden} more (see the report)");
    }
    say!("Report: {}", out.join("report.html").display());
}

fn guess_kind(text: &str) -> SourceKind {
    let lower = text.to_lowercase();
    let payer_words = [
        "coverage",
        "covered",
        "medical policy",
        "medically necessary",
        "investigational",
        "reimburse",
        "member",
        "benefit",
    ];
    let board_words = [
        "scope of practice",
        "board of physical therapy",
        "licensee",
        "physical therapist assistant",
        "practice act",
        "rule ",
    ];
    let count = |words: &[&str]| {
        words
            .iter()
            .map(|word| lower.matches(word).count())
            .sum::<usize>()
    };
    if count(&payer_words) > count(&board_words) {
        SourceKind::Payer
    } else {
        SourceKind::StateBoard
    }
}

fn classify_file(args: &ClassifyArgs) -> CommandResult {
    let body = std::fs::read(&args.file).map_err(|error| {
        CommandError::usage(format!("cannot read {}: {error}", args.file.display()))
    })?;
    if let Some(selector) = &args.selector
        && scraper::Selector::parse(selector).is_err()
    {
        return Err(CommandError::usage(format!(
            "--selector {selector:?} is not valid CSS"
        )));
    }
    let content_type = match args
        .file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => Some("text/html"),
        Some("pdf") => Some("application/pdf"),
        Some("txt") => Some("text/plain"),
        _ => None,
    };
    let extracted = crate::extract::extract(&body, content_type, args.selector.as_deref())
        .map_err(|failure| CommandError::failure(format!("{}: {failure}", args.file.display())))?;
    let kind = match args.kind {
        Some(KindArg::StateBoard) => SourceKind::StateBoard,
        Some(KindArg::Payer) => SourceKind::Payer,
        None => guess_kind(&extracted.text),
    };
    let today = args
        .as_of
        .unwrap_or_else(|| pipeline::civil_date(jiff::Timestamp::now()));
    let explanation = crate::classify::explain_on(&extracted.text, kind, today);
    if args.show_text {
        say!("{}\n----", extracted.text);
    }
    if args.explain && args.json {
        let mut value = serde_json::to_value(&explanation.finding).unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            object.insert("kind".into(), serde_json::Value::String(kind.to_string()));
            object.insert(
                "clauses".into(),
                serde_json::to_value(&explanation.clauses).unwrap_or_default(),
            );
            object.insert(
                "decided_by".into(),
                serde_json::Value::String(explanation.decided_by.clone()),
            );
        }
        say!("{value}");
        return Ok(Exit::Ok);
    }
    print_finding(&explanation.finding, kind, args.json);
    if args.explain {
        print_explanation(&explanation);
    }
    Ok(Exit::Ok)
}

/// The clause readings behind a finding, for an analyst.
fn print_explanation(explanation: &crate::classify::Explanation) {
    say!("");
    say!("clauses read ({}):", explanation.clauses.len());
    for (number, clause) in explanation.clauses.iter().enumerate() {
        let verdict = match (&clause.set_aside, clause.in_force) {
            (Some(why), _) => format!("set aside: {why}"),
            (None, false) => "not in force on the reading date".to_string(),
            (None, true) => format!("counts (weight {:.2})", clause.weight),
        };
        let reading = match clause.reason {
            Some(reason) => format!("{} ({reason})", clause.status),
            None => clause.status.to_string(),
        };
        say!("  [{}] \"{}\"", number + 1, clause.text);
        say!(
            "      who: {}; kind: {}; negation: {}; force: {}; date: {}",
            clause.who,
            clause.kind,
            clause.negation,
            clause.force,
            clause.date.as_deref().unwrap_or("none")
        );
        say!("      reads as: {reading}; {verdict}");
    }
    say!("decided by: {}", explanation.decided_by);
}

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

fn try_source(config: &Config, id: &str) -> CommandResult {
    let source = config
        .source(id)
        .ok_or_else(|| CommandError::usage(format!("no source with id {id:?} in the config")))?
        .clone();
    let fetcher =
        Fetcher::new(&config.settings).map_err(|error| CommandError::failure(error.to_string()))?;
    let outcome = runtime()?.block_on(fetcher.fetch(&source.url, &Validators::default()));
    let page = match outcome {
        Outcome::Page(page) => page,
        Outcome::NotModified => {
            return Err(CommandError::failure(format!(
                "{id}: the server answered 304 to an unconditional request"
            )));
        }
        Outcome::Failed(failure) => {
            return Err(CommandError::failure(format!(
                "{id}: fetch failed ({}): {failure}",
                failure.code()
            )));
        }
    };
    say!("source:       {source}");
    say!(
        "fetched:      {} (HTTP {}, {} bytes, {})",
        page.final_url,
        page.http_status,
        page.body.len(),
        page.content_type.as_deref().unwrap_or("no content type")
    );
    match pipeline::classify_bytes(
        &page.body,
        page.content_type.as_deref(),
        source.selector.as_deref(),
        source.kind,
        pipeline::civil_date(jiff::Timestamp::now()),
    ) {
        Ok((extracted, finding)) => {
            say!(
                "text:         {} characters, {} lines ({})",
                extracted.text.len(),
                extracted.text.lines().count(),
                extracted.format.as_str()
            );
            print_finding(&finding, source.kind, false);
            Ok(Exit::Ok)
        }
        Err(failure) => Err(CommandError::failure(format!(
            "{id}: extraction failed ({}): {failure}",
            failure.code()
        ))),
    }
}

fn print_ruleset(config: &Config, store: &Store, format: RulesetFormat) -> CommandResult {
    let ruleset = report::current_ruleset(config, store).context("building the ruleset")?;
    let text = match format {
        RulesetFormat::Json => report::ruleset_json(&ruleset).context("rendering JSON")?,
        RulesetFormat::Toml => report::ruleset_toml(&ruleset).context("rendering TOML")?,
        RulesetFormat::Csv => report::ruleset_csv(&ruleset),
        RulesetFormat::Md => report::ruleset_markdown(&ruleset),
    };
    say_raw!("{text}");
    Ok(Exit::Ok)
}

fn parse_since(text: &str) -> Result<jiff::Timestamp, CommandError> {
    if let Ok(timestamp) = text.parse::<jiff::Timestamp>() {
        return Ok(timestamp);
    }
    let date: jiff::civil::Date = text.parse().map_err(|_| {
        CommandError::usage(format!(
            "--since {text:?}: use a date like 2026-11-01 or a timestamp like 2026-11-01T00:00:00Z"
        ))
    })?;
    date.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .map(|zoned| zoned.timestamp())
        .map_err(|error| CommandError::usage(format!("--since {text:?}: {error}")))
}

fn list_changes(store: &Store, args: &ChangesArgs) -> CommandResult {
    let since = args.since.as_deref().map(parse_since).transpose()?;
    let mut stdout = std::io::stdout().lock();
    let mut shown = 0;
    for event in store.events() {
        let event = event.map_err(store_failure)?;
        if since.is_some_and(|since| event.at < since)
            || args
                .source
                .as_ref()
                .is_some_and(|id| *id != event.source_id)
            || (args.pending && event.ack.is_some())
        {
            continue;
        }
        shown += 1;
        let line = if args.json {
            report::change_json(&event)
        } else {
            format!(
                "#{:<5} {}  {:<7} {:<17} {:<4} {:<28} {}",
                event.id,
                report::human_time(event.at),
                event.severity.as_str(),
                event.kind.as_str(),
                event.subject,
                event.source_id,
                event.summary
            )
        };
        if writeln!(stdout, "{line}").is_err() {
            break;
        }
    }
    if shown == 0 && !args.json {
        let _ = writeln!(
            stdout,
            "No change events recorded{}.",
            if since.is_some() || args.source.is_some() || args.pending {
                " for that filter"
            } else {
                ""
            }
        );
    }
    Ok(Exit::Ok)
}

fn store_failure(error: StoreError) -> CommandError {
    CommandError::failure(error.to_string())
}

fn history(config: &Config, store: &Store, id: &str) -> CommandResult {
    if config.source(id).is_none() && store.source_state(id).map_err(store_failure)?.is_none() {
        return Err(CommandError::usage(format!(
            "no source with id {id:?} in the config or the store"
        )));
    }
    let snapshots = store.snapshots_of(id).map_err(store_failure)?;
    if let Some(state) = store.source_state(id).map_err(store_failure)? {
        say!(
            "{id}: {} · last checked {} · last fetch {}{}{}",
            describe(state.status, state.reason),
            state
                .last_checked
                .map(report::human_time)
                .unwrap_or_else(|| "never".into()),
            state.last_fetch.as_str(),
            if state.consecutive_failures > 0 {
                format!(" · failing for {} run(s)", state.consecutive_failures)
            } else {
                String::new()
            },
            if state.needs_review {
                " · needs review"
            } else {
                ""
            },
        );
        if let Some(error) = &state.last_error {
            say!("  last error: {error}");
        }
    }
    if snapshots.is_empty() {
        say!("No stored versions yet.");
    }
    for snapshot in snapshots.iter().rev() {
        say!(
            "  #{:<4} {}  {:<40} {:>8} bytes  text {}  {}",
            snapshot.seq,
            report::human_time(snapshot.fetched_at),
            describe(snapshot.finding.status, snapshot.finding.reason),
            snapshot.raw_len,
            &snapshot.text_hash[..12.min(snapshot.text_hash.len())],
            snapshot.format
        );
    }
    Ok(Exit::Ok)
}

fn show_diff(config: &Config, store: &Store, args: &DiffArgs) -> CommandResult {
    let id = &args.id;
    if config.source(id).is_none() && store.source_state(id).map_err(store_failure)?.is_none() {
        return Err(CommandError::usage(format!(
            "no source with id {id:?} in the config or the store"
        )));
    }
    let snapshots = store.snapshots_of(id).map_err(store_failure)?;
    let Some(latest) = snapshots.last() else {
        return Err(CommandError::failure(format!(
            "{id} has no stored versions yet"
        )));
    };
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

fn verify(store: &Store) -> CommandResult {
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

fn demo(dir: &Path) -> CommandResult {
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

fn show_baseline(config: &Config, check: bool) -> CommandResult {
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

fn acknowledge(config: &Config, store: &Store, args: &AckArgs) -> CommandResult {
    let by = args
        .by
        .clone()
        .or_else(|| std::env::var("NEEDLEWATCH_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    let ack = crate::store::Ack {
        by,
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
    let ruleset = report::current_ruleset(config, store).context("building the ruleset")?;
    let run = store.last_finished_run().map_err(store_failure)?;
    report::write_outputs(store, &ruleset, &out, run.as_ref()).context("writing the outputs")?;
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

fn advise(config: &Config, store: &Store, args: &AdviseArgs) -> CommandResult {
    let ruleset = report::current_ruleset(config, store).context("building the ruleset")?;
    if args.csv {
        say_raw!("{}", report::advice::matrix_csv(&ruleset));
        return Ok(Exit::Ok);
    }
    let state = args
        .state
        .as_deref()
        .unwrap_or_default()
        .to_ascii_uppercase();
    if !crate::config::JURISDICTIONS.contains(&state.as_str()) {
        return Err(CommandError::usage(format!(
            "--state {state:?} is not a US state or DC postal code"
        )));
    }
    let advice = report::advice::advise(&ruleset, &state, args.payer.as_deref());
    if args.json {
        say!(
            "{}",
            serde_json::to_string_pretty(&advice).unwrap_or_default()
        );
        return Ok(Exit::Ok);
    }
    let show = |question: &str, answer: &report::advice::Answer| {
        say!("{question}");
        say!(
            "  {} — {}{}",
            answer.subject,
            describe(answer.status, answer.reason),
            if answer.needs_review {
                " (needs review)"
            } else {
                ""
            }
        );
        if !answer.conditions.is_empty() {
            say!("  conditions: {}", answer.conditions.join("; "));
        }
        for quote in answer.evidence.iter().take(2) {
            say!("  “{quote}”");
        }
        say!(
            "  rests on: {}{}{}",
            answer.basis,
            answer
                .date
                .as_deref()
                .map(|date| format!(", dated {date}"))
                .unwrap_or_default(),
            answer
                .url
                .as_deref()
                .map(|url| format!(", {url}"))
                .unwrap_or_default()
        );
    };
    show(
        "May a physical therapist perform dry needling here?",
        &advice.state,
    );
    if let Some(payer) = &advice.payer {
        show("Does the payer cover it?", payer);
    }
    say!(
        "What to do ({}):\n  {}",
        advice.action.as_str(),
        advice.summary
    );
    Ok(Exit::Ok)
}

/// Posts the run summary to the webhook when the run recorded what it asks
/// for. A failure is reported on stderr and never fails the run.
fn send_notification(
    notify: &crate::config::Notify,
    user_agent: &str,
    summary: &CrawlSummary,
    out: &Path,
    runtime: &tokio::runtime::Runtime,
) {
    let wanted = if notify.status_changes_only {
        summary.count(ChangeKind::StatusChanged)
    } else {
        summary.total_events()
    };
    if wanted == 0 {
        return;
    }
    let report = out.join("report.html").display().to_string();
    let body = report::notify::body(
        notify.format,
        &summary.run,
        &summary.counts,
        &summary.highlights,
        &report,
    );
    let sent = runtime.block_on(crate::fetch::post_json(
        &notify.webhook,
        body,
        notify.timeout,
        user_agent,
    ));
    if let Err(failure) = sent {
        eprintln!(
            "needlewatch: the webhook {} failed ({}): {failure}; the run itself is recorded",
            notify.webhook,
            failure.code()
        );
    }
}

/// "[##########..........] 12/40 sources"
fn progress_bar(done: usize, total: usize) -> String {
    const WIDTH: usize = 30;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(WIDTH);
    format!(
        "crawling [{}{}] {done}/{total} sources",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled)
    )
}

//! `needlewatch crawl`: fetch every due source, store, detect changes, write
//! the outputs, print a summary (on a terminal always, in cron only when
//! something changed) and post the webhook.

use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use indicatif::{ProgressBar, ProgressStyle};

use super::review::{self, Reminder};
use super::{CommandError, CommandResult, load_config, open_store, runtime};
use crate::cli::{CrawlArgs, Exit, GlobalArgs};
use crate::config::Config;
use crate::model::ChangeKind;
use crate::pipeline::{self, CrawlOptions, CrawlSummary};
use crate::report;

pub fn exec(global: &GlobalArgs, args: &CrawlArgs) -> CommandResult {
    let config = load_config(global)?;
    for id in &args.only {
        if config.source(id).is_none() {
            return Err(CommandError::usage(format!(
                "--only {id:?}: no source with that id in the config; {}",
                crate::suggest::hint(id, config.sources.iter().map(|s| s.id.as_str()))
            )));
        }
    }
    let store = Arc::new(open_store(&config, global)?);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| config.settings.out.clone());
    let options = CrawlOptions {
        only: args.only.clone(),
        force: args.force,
    };
    let progress = progress_bar(!args.no_progress && std::io::stderr().is_terminal());
    let stop = Arc::new(AtomicBool::new(false));
    let runtime = runtime()?;
    let summary = runtime.block_on(async {
        spawn_signal_watch(Arc::clone(&stop));
        let on_progress = |done: usize, total: usize| {
            progress.set_length(total as u64);
            progress.set_position(done as u64);
            if done == total {
                progress.finish();
            }
        };
        pipeline::crawl(
            &config,
            Arc::clone(&store),
            &out,
            &options,
            Arc::clone(&stop),
            on_progress,
        )
        .await
    });
    if !progress.is_hidden() {
        // The finished bar stays on screen, with the summary below it.
        eprintln!();
    }
    let summary = summary.map_err(|error| CommandError::failure(error.to_string()))?;
    let terminal = std::io::stdout().is_terminal();
    let outage = outage_line(&summary);
    match &outage {
        // One line for the whole run instead of one per source; the detail
        // is in the report and in the `RUST_LOG=needlewatch=info` log.
        Some(line) => {
            eprintln!("needlewatch: {line}");
            if terminal {
                say!("Report: {}", out.join("report.html").display());
            }
        }
        None => print_summary(&summary, &out, terminal),
    }
    let reminder = review::pending_reminder(&store);
    let summary_printed = terminal || summary.total_events() > 0;
    review::print_pending(&reminder, &out, terminal, summary_printed);
    notify(&config, &summary, &reminder, &out, &runtime);
    if reminder.announce() {
        review::mark_announced(&store);
    }
    if summary.all_failed() {
        if outage.is_none() {
            eprintln!(
                "needlewatch: every due source failed ({}); see {}",
                summary.run.failed,
                out.join("report.html").display()
            );
        }
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
pub(super) fn print_summary(summary: &CrawlSummary, out: &Path, terminal: bool) {
    let total = summary.total_events();
    if !terminal && total == 0 && summary.not_tried == 0 {
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
            report::words::plain_summary(&event.summary)
        );
    }
    if summary.not_tried > 0 {
        say!(
            "  {} sources not tried: the first hosts were all unreachable (they stay due for the next run)",
            summary.not_tried
        );
    }
    let hidden = total.saturating_sub(summary.highlights.len() as u64);
    if hidden > 0 {
        say!("  … and {hidden} more (see the report)");
    }
    say!("Report: {}", out.join("report.html").display());
}

/// Posts the run summary to the webhook when the config has one and the run
/// recorded what it asks for. A failure is reported on stderr and never
/// fails the run.
fn notify(
    config: &Config,
    summary: &CrawlSummary,
    reminder: &Reminder,
    out: &Path,
    runtime: &tokio::runtime::Runtime,
) {
    let Some(notify) = &config.notify else {
        return;
    };
    let wanted = if notify.status_changes_only {
        summary.count(ChangeKind::StatusChanged)
    } else {
        summary.total_events()
    };
    // Changes still awaiting review are announced once a day even when the
    // run itself found nothing.
    let pending: &[crate::store::EventRecord] = if reminder.announce() {
        &reminder.pending
    } else {
        &[]
    };
    if wanted == 0 && pending.is_empty() {
        return;
    }
    let report = out.join("report.html").display().to_string();
    let body = report::notify::body(
        notify.format,
        &summary.run,
        &summary.counts,
        &summary.highlights,
        pending,
        &report,
    );
    let sent = runtime.block_on(crate::fetch::post_json(
        &notify.webhook,
        body,
        notify.timeout,
        &config.settings.user_agent,
    ));
    if let Err(failure) = sent {
        // The URL is a secret: name the host only, also inside the error.
        eprintln!(
            "needlewatch: the webhook at {} failed ({}): {}; the run itself is recorded",
            report::notify::webhook_host(&notify.webhook),
            failure.code(),
            report::notify::redact_webhook(&failure.to_string(), &notify.webhook)
        );
    }
}

/// The one line for a run in which the network, not a page, failed (see
/// `report::words::outage_line`); `None` for any other run.
pub(super) fn outage_line(summary: &CrawlSummary) -> Option<String> {
    let run = &summary.run;
    report::words::outage_line(
        run.due,
        run.fetched + run.not_modified,
        run.failed,
        summary.not_tried,
        &summary.failure_causes,
    )
}

/// "crawling [##########..........] 12/40 sources" on a terminal; hidden
/// otherwise (cron, `--no-progress`), so the call sites need no branching.
fn progress_bar(shown: bool) -> ProgressBar {
    if !shown {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("crawling [{bar:30}] {pos}/{len} sources")
        .map(|style| style.progress_chars("#."))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::new(0).with_style(style)
}

//! Runs the stages in order for a crawl: pick the due sources, fetch them
//! concurrently, and for each page as soon as it arrives extract, classify,
//! decide and commit, then write the outputs.
//!
//! Fetching is the only async part. Each fetched page goes to a blocking
//! worker that does the CPU work and commits that one source atomically, so
//! a killed run loses at most the pages in flight and memory does not grow
//! with the number of sources. A shutdown signal stops new sources from
//! starting; the ones in hand finish and the run is recorded as interrupted.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use futures_util::StreamExt;
use jiff::Timestamp;

use crate::config::{Config, Source};
use crate::detect::{self, Context, Decision};
use crate::fetch::{ClientError, Fetcher, Outcome, Validators};
use crate::model::{ChangeKind, FetchState, Reason, SourceKind, Status};
use crate::report::{self, ReportError, Ruleset};
use crate::store::{
    EventRecord, RunRecord, RunState, SourceCommit, SourceState, Store, StoreError,
};

mod read;

pub use read::{civil_date, classify_bytes};

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("unknown source id {0:?} (not in the config)")]
    UnknownSource(String),
    #[error("a worker thread failed: {0}")]
    Worker(String),
}

#[derive(Debug, Clone, Default)]
pub struct CrawlOptions {
    /// Only these source ids (all when empty).
    pub only: Vec<String>,
    /// Ignore per-source intervals.
    pub force: bool,
}

/// Events kept in memory for the terminal summary; the rest stay in the
/// store and the report, so memory does not grow with the watch list.
pub const SUMMARY_EVENTS: usize = 200;

/// What a crawl did, for the exit code and the terminal summary.
#[derive(Debug, Clone)]
pub struct CrawlSummary {
    pub run: RunRecord,
    /// How many events of each kind this run recorded.
    pub counts: BTreeMap<ChangeKind, u64>,
    /// The most important events (status changes first), at most
    /// [`SUMMARY_EVENTS`].
    pub highlights: Vec<EventRecord>,
    pub ruleset: Ruleset,
    pub interrupted: bool,
}

impl CrawlSummary {
    /// Every due source failed: the run could not do its job.
    pub fn all_failed(&self) -> bool {
        self.run.due > 0 && self.run.failed == self.run.due
    }

    pub fn count(&self, kind: ChangeKind) -> u64 {
        self.counts.get(&kind).copied().unwrap_or(0)
    }

    pub fn total_events(&self) -> u64 {
        self.counts.values().sum()
    }
}

/// Keeps the highest-ranked events, at most [`SUMMARY_EVENTS`] of them.
fn keep_highlights(highlights: &mut Vec<EventRecord>) {
    highlights.sort_by_key(|event| (report::changelog::kind_rank(event.kind), event.id));
    highlights.truncate(SUMMARY_EVENTS);
}

/// What happened to one source, for the run's counters.
enum SourceResult {
    Skipped,
    Done {
        fetched: bool,
        not_modified: bool,
        failed: bool,
        events: Vec<EventRecord>,
    },
}

/// The run's counters and the events kept for its summary, as sources finish.
#[derive(Default)]
struct Tally {
    fetched: u64,
    not_modified: u64,
    failed: u64,
    counts: BTreeMap<ChangeKind, u64>,
    highlights: Vec<EventRecord>,
}

impl Tally {
    fn add(&mut self, result: SourceResult) {
        let SourceResult::Done {
            fetched,
            not_modified,
            failed,
            events,
        } = result
        else {
            return;
        };
        self.fetched += u64::from(fetched);
        self.not_modified += u64::from(not_modified);
        self.failed += u64::from(failed);
        for event in &events {
            *self.counts.entry(event.kind).or_default() += 1;
        }
        self.highlights.extend(events);
        if self.highlights.len() >= 2 * SUMMARY_EVENTS {
            keep_highlights(&mut self.highlights);
        }
    }
}

/// Runs one crawl against an open store and writes the outputs into `out`.
/// `stop` is set (by a signal handler) to stop starting new sources.
pub async fn crawl(
    config: &Config,
    store: Arc<Store>,
    out: &Path,
    options: &CrawlOptions,
    stop: Arc<AtomicBool>,
    on_progress: impl FnMut(usize, usize),
) -> Result<CrawlSummary, PipelineError> {
    for id in &options.only {
        if config.source(id).is_none() {
            return Err(PipelineError::UnknownSource(id.clone()));
        }
    }
    let started = Timestamp::now();
    tracing::debug!(peak_rss_kb = peak_rss_kb(), "config loaded, store open");
    let mut run = store.begin_run(started)?;
    let due = due_sources(config, &store, options, started)?;
    run.due = due.len() as u64;
    let worker = Arc::new(Worker::new(config, Arc::clone(&store), run.id)?);
    let tally = process_all(worker, due, config.settings.concurrency, &stop, on_progress).await?;
    let interrupted = stop.load(Ordering::SeqCst);
    tracing::debug!(elapsed = ?started.duration_until(Timestamp::now()), peak_rss_kb = peak_rss_kb(), "sources processed");
    finish_run(config, &store, out, run, tally, interrupted, started)
}

/// The sources to crawl now: those asked for, and due unless `force`.
fn due_sources(
    config: &Config,
    store: &Store,
    options: &CrawlOptions,
    now: Timestamp,
) -> Result<Vec<Source>, StoreError> {
    let mut due = Vec::new();
    for source in &config.sources {
        if !options.only.is_empty() && !options.only.contains(&source.id) {
            continue;
        }
        if options.force || is_due(source, store.source_state(&source.id)?.as_ref(), now) {
            due.push(source.clone());
        }
    }
    Ok(due)
}

/// Fetches the due sources concurrently and processes each as it arrives;
/// once `stop` is set, sources not yet started are skipped.
async fn process_all(
    worker: Arc<Worker>,
    due: Vec<Source>,
    concurrency: usize,
    stop: &Arc<AtomicBool>,
    mut on_progress: impl FnMut(usize, usize),
) -> Result<Tally, PipelineError> {
    let total = due.len();
    on_progress(0, total);
    let mut results = futures_util::stream::iter(due)
        .map(|source| {
            let worker = Arc::clone(&worker);
            let stop = Arc::clone(stop);
            async move {
                if stop.load(Ordering::SeqCst) {
                    return Ok(SourceResult::Skipped);
                }
                process_source(source, &worker).await
            }
        })
        .buffer_unordered(concurrency);
    let mut tally = Tally::default();
    let mut done = 0;
    while let Some(result) = results.next().await {
        tally.add(result?);
        done += 1;
        on_progress(done, total);
    }
    Ok(tally)
}

/// Records the run's end, moves the ruleset version when a rule's status
/// or reason moved, flushes the store and writes the outputs.
fn finish_run(
    config: &Config,
    store: &Store,
    out: &Path,
    mut run: RunRecord,
    mut tally: Tally,
    interrupted: bool,
    started: Timestamp,
) -> Result<CrawlSummary, PipelineError> {
    run.fetched = tally.fetched;
    run.not_modified = tally.not_modified;
    run.failed = tally.failed;
    run.events = tally.counts.values().sum();
    keep_highlights(&mut tally.highlights);
    run.finished_at = Some(Timestamp::now());
    run.state = if interrupted {
        RunState::Interrupted
    } else {
        RunState::Finished
    };
    let previous_state = store.ruleset_state()?;
    let mut ruleset =
        report::ruleset::build(config, store, previous_state.version, run.finished_at)?;
    let next = report::ruleset::next_state(&previous_state, &ruleset);
    ruleset.version = next.version;
    run.ruleset_version = next.version;
    store.save_ruleset_state(&next)?;
    store.save_run(&run)?;
    store.flush()?;
    tracing::debug!(elapsed = ?started.duration_until(Timestamp::now()), peak_rss_kb = peak_rss_kb(), "ruleset built and store flushed");
    report::write_outputs(store, &ruleset, out, Some(&run))?;
    tracing::debug!(elapsed = ?started.duration_until(Timestamp::now()), peak_rss_kb = peak_rss_kb(), "outputs written");
    Ok(CrawlSummary {
        run,
        counts: tally.counts,
        highlights: tally.highlights,
        ruleset,
        interrupted,
    })
}

/// Peak resident memory so far (Linux), for the debug log.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn is_due(source: &Source, state: Option<&SourceState>, now: Timestamp) -> bool {
    let (Some(every), Some(last)) = (
        source.interval(),
        state.and_then(|state| state.last_checked),
    ) else {
        return true;
    };
    let every_secs = i64::try_from(every.as_secs()).unwrap_or(i64::MAX);
    // A little slack so a daily cron that starts a few seconds early still runs.
    now.as_second().saturating_sub(last.as_second()) >= every_secs.saturating_sub(60)
}

/// What every source's task shares in one run.
struct Worker {
    fetcher: Fetcher,
    /// Baseline status per subject, for comparing first readings.
    baseline: HashMap<(SourceKind, String), (Status, Option<Reason>)>,
    store: Arc<Store>,
    run_id: u64,
    escalate_after: u32,
    /// Parsing and classifying run at most one page per core at a time:
    /// more would not finish sooner, and each extra thread holds its own
    /// allocator arena, which is what makes memory grow with the run.
    cpu_slots: tokio::sync::Semaphore,
}

impl Worker {
    fn new(config: &Config, store: Arc<Store>, run_id: u64) -> Result<Worker, ClientError> {
        Ok(Worker {
            fetcher: Fetcher::new(&config.settings)?,
            baseline: config
                .baseline
                .as_ref()
                .map(|baseline| {
                    baseline
                        .standings()
                        .into_iter()
                        .map(|(key, standing)| {
                            (key, (standing.position.status, standing.position.reason))
                        })
                        .collect()
                })
                .unwrap_or_default(),
            store,
            run_id,
            escalate_after: config.settings.escalate_after,
            cpu_slots: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |cores| cores.get()),
            ),
        })
    }
}

/// One source: fetch it (conditionally, with the last validators), then
/// read, decide and commit it in one store call.
async fn process_source(source: Source, worker: &Worker) -> Result<SourceResult, PipelineError> {
    let previous_state = worker.store.source_state(&source.id)?;
    let outcome = worker
        .fetcher
        .fetch(&source.url, &validators_of(previous_state.as_ref()))
        .await;
    let now = Timestamp::now();
    let (fetched, not_modified, failed) = match &outcome {
        Outcome::Page(_) => (true, false, false),
        Outcome::NotModified => (false, true, false),
        Outcome::Failed(_) => (false, false, true),
    };
    let commit = {
        let store = Arc::clone(&worker.store);
        let context = SourceRun {
            baseline: worker
                .baseline
                .get(&(source.kind, source.subject.clone()))
                .copied(),
            run_id: worker.run_id,
            escalate_after: worker.escalate_after,
            now,
        };
        move || decide_and_commit(&store, &source, &context, previous_state, outcome)
    };
    // Only a fetched page means CPU work (parsing, classifying); a 304 or a
    // failure is a small commit, cheaper to do here than to hand off.
    let committed = if fetched {
        let _slot = worker
            .cpu_slots
            .acquire()
            .await
            .map_err(|error| PipelineError::Worker(error.to_string()))?;
        tokio::task::spawn_blocking(commit)
            .await
            .map_err(|error| PipelineError::Worker(error.to_string()))?
    } else {
        commit()
    };
    let (events, unreadable) = committed?;
    Ok(SourceResult::Done {
        fetched: fetched && !unreadable,
        not_modified,
        failed: failed || unreadable,
        events,
    })
}

/// The validators for a conditional GET, once there is a version to keep.
fn validators_of(state: Option<&SourceState>) -> Validators {
    state
        .filter(|state| state.latest_seq.is_some())
        .map(|state| Validators {
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
        })
        .unwrap_or_default()
}

/// What the rules need about this run, besides the source.
struct SourceRun {
    baseline: Option<(Status, Option<Reason>)>,
    run_id: u64,
    escalate_after: u32,
    now: Timestamp,
}

/// Reads the outcome, applies the event rules and commits the source's
/// whole result (state, snapshot, events) in one store call. Returns the
/// committed events and whether the page fetched but could not be read.
fn decide_and_commit(
    store: &Store,
    source: &Source,
    run: &SourceRun,
    previous_state: Option<SourceState>,
    outcome: Outcome,
) -> Result<(Vec<EventRecord>, bool), StoreError> {
    let observation = read::observe(
        store,
        source,
        previous_state.as_ref(),
        outcome,
        run.run_id,
        run.now,
    )?;
    let context = Context {
        source,
        run_id: run.run_id,
        now: run.now,
        escalate_after: run.escalate_after,
        baseline: run.baseline,
    };
    let Decision {
        state,
        snapshot,
        events,
        candidate,
    } = detect::decide(&context, previous_state.as_ref(), observation);
    if let Some(candidate) = &candidate {
        store.keep_candidate_contents(candidate)?;
    }
    let unreadable = state.last_fetch == FetchState::ExtractionFailed;
    let committed = store.commit(SourceCommit {
        state,
        snapshot,
        events,
    })?;
    Ok((committed, unreadable))
}

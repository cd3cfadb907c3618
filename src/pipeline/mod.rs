//! Runs the stages in order for a crawl: pick the due sources, fetch them
//! concurrently, and for each page as soon as it arrives extract, classify,
//! decide and commit, then write the outputs.
//!
//! Fetching is the only async part. Each fetched page goes to a blocking
//! worker that does the CPU work; its result goes to the run's one store
//! writer (`writer.rs`), which commits each source atomically, so a killed
//! run loses at most the pages in flight and memory does not grow with the
//! number of sources. No sled or file I/O runs on the async threads: the
//! run's start and end run on the blocking pool, commits on the writer.
//! A shutdown signal stops new sources from starting; the ones in hand
//! finish and the run is recorded as interrupted.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use futures_util::StreamExt;
use jiff::Timestamp;

use crate::config::{Config, Source};
use crate::detect::{self, Context, Decision};
use crate::fetch::{ClientError, Fetcher, Outcome};
use crate::model::{ChangeKind, FetchState, Reason, SourceKind, Status};
use crate::report::{self, ReportError, Ruleset};
use crate::store::{
    EventRecord, RunRecord, RunState, SourceCommit, SourceState, Store, StoreError,
};

mod due;
mod outage;
mod read;
mod writer;

use due::{due_sources, peak_rss_kb, validators_of};
use outage::{NetworkVerdict, Reach};

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
    /// Failed sources by cause (`FetchFailure::code`, or `unreadable`).
    pub failure_causes: BTreeMap<&'static str, u64>,
    /// The network looked down (see `outage.rs`), so these due sources
    /// were not fetched; their states are untouched.
    pub not_tried: u64,
}

impl CrawlSummary {
    /// Every due source failed: the run could not do its job.
    pub fn all_failed(&self) -> bool {
        self.run.due > 0 && self.run.failed + self.not_tried == self.run.due
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
    /// Not fetched because the network looked down.
    NotTried,
    Done {
        fetched: bool,
        not_modified: bool,
        failed: bool,
        events: Vec<EventRecord>,
        /// Why it failed, when it did.
        cause: Option<&'static str>,
        host: String,
        reach: Reach,
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
    failure_causes: BTreeMap<&'static str, u64>,
    not_tried: u64,
    verdict: NetworkVerdict,
}

impl Tally {
    fn add(&mut self, result: SourceResult) {
        let SourceResult::Done {
            fetched,
            not_modified,
            failed,
            events,
            cause,
            host,
            reach,
        } = result
        else {
            self.not_tried += u64::from(matches!(result, SourceResult::NotTried));
            return;
        };
        self.verdict.observe(&host, reach);
        if let Some(cause) = cause {
            *self.failure_causes.entry(cause).or_default() += 1;
        }
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
    let (mut run, due) = {
        let (config, store, options) = (config.clone(), Arc::clone(&store), options.clone());
        blocking(move || {
            let run = store.begin_run(started)?;
            let due = due_sources(&config, &store, &options, started)?;
            Ok((run, due))
        })
        .await?
    };
    run.due = due.len() as u64;
    let (writer, commits) = writer::Writer::start(Arc::clone(&store))?;
    let worker = Arc::new(Worker::new(config, Arc::clone(&store), run.id, commits)?);
    let processed = process_all(worker, due, config.settings.concurrency, &stop, on_progress).await;
    let interrupted = stop.load(Ordering::SeqCst);
    let (config, out) = (config.clone(), out.to_path_buf());
    blocking(move || {
        // Every task (and so every sender) is gone: the queue drains and
        // the writer ends, even when the run stopped on an error.
        let stats = writer.finish()?;
        tracing::debug!(
            elapsed = ?started.duration_until(Timestamp::now()),
            commits = stats.commits,
            batches = stats.batches,
            largest_batch = stats.largest_batch,
            writer_busy = ?stats.busy,
            peak_rss_kb = peak_rss_kb(),
            "sources processed"
        );
        finish_run(&config, &store, &out, run, processed?, interrupted, started)
    })
    .await
}

/// Runs blocking store or file work on tokio's blocking pool.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, PipelineError> + Send + 'static,
) -> Result<T, PipelineError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| PipelineError::Worker(error.to_string()))?
}

/// Fetches the due sources concurrently and processes each as it arrives;
/// once `stop` is set, sources not yet started are skipped.
async fn process_all(
    worker: Arc<Worker>,
    due: Vec<(Source, Option<SourceState>)>,
    concurrency: usize,
    stop: &Arc<AtomicBool>,
    mut on_progress: impl FnMut(usize, usize),
) -> Result<Tally, PipelineError> {
    let total = due.len();
    on_progress(0, total);
    let network_down = Arc::new(AtomicBool::new(false));
    let mut results = futures_util::stream::iter(due)
        .map(|(source, previous_state)| {
            let worker = Arc::clone(&worker);
            let stop = Arc::clone(stop);
            let network_down = Arc::clone(&network_down);
            async move {
                if stop.load(Ordering::SeqCst) {
                    return Ok(SourceResult::Skipped);
                }
                if network_down.load(Ordering::SeqCst) {
                    return Ok(SourceResult::NotTried);
                }
                process_source(source, previous_state, &worker).await
            }
        })
        .buffer_unordered(concurrency);
    let mut tally = Tally::default();
    let mut done = 0;
    while let Some(result) = results.next().await {
        tally.add(result?);
        if tally.verdict.network_down() && !network_down.swap(true, Ordering::SeqCst) {
            tracing::info!("the network looks down: starting no more sources");
        }
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
        failure_causes: tally.failure_causes,
        not_tried: tally.not_tried,
    })
}

/// What every source's task shares in one run.
struct Worker {
    fetcher: Fetcher,
    /// Baseline status per subject, for comparing first readings.
    baseline: HashMap<(SourceKind, String), (Status, Option<Reason>)>,
    store: Arc<Store>,
    commits: writer::Commits,
    run_id: u64,
    escalate_after: u32,
    /// Parsing and classifying run at most one page per core at a time:
    /// more would not finish sooner, and each extra thread holds its own
    /// allocator arena, which is what makes memory grow with the run.
    cpu_slots: tokio::sync::Semaphore,
}

impl Worker {
    fn new(
        config: &Config,
        store: Arc<Store>,
        run_id: u64,
        commits: writer::Commits,
    ) -> Result<Worker, ClientError> {
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
            commits,
            run_id,
            escalate_after: config.settings.escalate_after,
            cpu_slots: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |cores| cores.get()),
            ),
        })
    }
}

/// One source: fetch it (conditionally, with the last validators), read
/// and decide it, then hand its whole result to the store writer.
async fn process_source(
    source: Source,
    previous_state: Option<SourceState>,
    worker: &Worker,
) -> Result<SourceResult, PipelineError> {
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
    let fetch_failure = match &outcome {
        Outcome::Failed(failure) => {
            tracing::info!(source = %source.id, url = %source.url, cause = failure.code(), %failure, "fetch failed");
            Some(failure.code())
        }
        _ => None,
    };
    let reach = Reach::of_outcome(&outcome, &source.url);
    let host = source.url.host_str().unwrap_or_default().to_string();
    let decide = {
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
        // Compressing the new contents is part of the CPU work, done here
        // rather than on the one writer thread.
        move || {
            let (commit, unreadable) =
                decide_source(&store, &source, &context, previous_state, outcome)?;
            Ok::<_, StoreError>((store.prepare_commit(commit)?, unreadable))
        }
    };
    // Only a fetched page means CPU work (parsing, classifying) and store
    // reads (the previous version); a 304 or a failure is decided from the
    // state alone, cheaper here than handed off.
    let (commit, unreadable) = if fetched {
        let _slot = worker
            .cpu_slots
            .acquire()
            .await
            .map_err(|error| PipelineError::Worker(error.to_string()))?;
        tokio::task::spawn_blocking(decide)
            .await
            .map_err(|error| PipelineError::Worker(error.to_string()))??
    } else {
        decide()?
    };
    let events = worker.commits.commit(commit).await?;
    Ok(SourceResult::Done {
        fetched: fetched && !unreadable,
        not_modified,
        failed: failed || unreadable,
        events,
        cause: fetch_failure.or(unreadable.then_some("unreadable")),
        host,
        reach,
    })
}

/// What the rules need about this run, besides the source.
struct SourceRun {
    baseline: Option<(Status, Option<Reason>)>,
    run_id: u64,
    escalate_after: u32,
    now: Timestamp,
}

/// Reads the outcome and applies the event rules. Returns the source's
/// whole result (state, snapshot, events) to commit in one store call, and
/// whether the page fetched but could not be read.
fn decide_source(
    store: &Store,
    source: &Source,
    run: &SourceRun,
    previous_state: Option<SourceState>,
    outcome: Outcome,
) -> Result<(SourceCommit, bool), StoreError> {
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
    Ok((
        SourceCommit {
            state,
            snapshot,
            events,
        },
        unreadable,
    ))
}

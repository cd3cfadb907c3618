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

use crate::classify::{CLASSIFIER_VERSION, classify_on};
use crate::config::{Config, Source};
use crate::detect::{self, Context, Decision, Observation, PreviousVersion};
use crate::extract::{EXTRACTOR_VERSION, extract};
use crate::fetch::{ClientError, Fetcher, Outcome, Page, Validators};
use crate::model::{ChangeKind, Finding, Reason, SourceKind, Status};
use crate::report::{self, ReportError, Ruleset};
use crate::store::{
    EventRecord, NewSnapshot, RunRecord, RunState, SnapshotRecord, SourceState, Store, StoreError,
    content_hash,
};

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

/// Runs one crawl against an open store and writes the outputs into `out`.
/// `stop` is set (by a signal handler) to stop starting new sources.
pub async fn crawl(
    config: &Config,
    store: Arc<Store>,
    out: &Path,
    options: &CrawlOptions,
    stop: Arc<AtomicBool>,
    mut on_progress: impl FnMut(usize, usize),
) -> Result<CrawlSummary, PipelineError> {
    for id in &options.only {
        if config.source(id).is_none() {
            return Err(PipelineError::UnknownSource(id.clone()));
        }
    }
    let started = Timestamp::now();
    tracing::debug!(peak_rss_kb = peak_rss_kb(), "config loaded, store open");
    let mut run = store.begin_run(started)?;
    let mut due: Vec<Source> = Vec::new();
    for source in &config.sources {
        if !options.only.is_empty() && !options.only.contains(&source.id) {
            continue;
        }
        if options.force || is_due(source, store.source_state(&source.id)?.as_ref(), started) {
            due.push(source.clone());
        }
    }
    run.due = due.len() as u64;
    let total = due.len();
    on_progress(0, total);

    let worker = Arc::new(Worker {
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
        store: Arc::clone(&store),
        run_id: run.id,
        escalate_after: config.settings.escalate_after,
        cpu_slots: tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, |cores| cores.get()),
        ),
    });
    let mut results = futures_util::stream::iter(due)
        .map(|source| {
            let worker = Arc::clone(&worker);
            let stop = Arc::clone(&stop);
            async move {
                if stop.load(Ordering::SeqCst) {
                    return Ok(SourceResult::Skipped);
                }
                worker.process(source).await
            }
        })
        .buffer_unordered(config.settings.concurrency);

    let mut counts: BTreeMap<ChangeKind, u64> = BTreeMap::new();
    let mut highlights: Vec<EventRecord> = Vec::new();
    let mut done = 0;
    while let Some(result) = results.next().await {
        match result? {
            SourceResult::Skipped => {}
            SourceResult::Done {
                fetched,
                not_modified,
                failed,
                events: new_events,
            } => {
                run.fetched += u64::from(fetched);
                run.not_modified += u64::from(not_modified);
                run.failed += u64::from(failed);
                for event in &new_events {
                    *counts.entry(event.kind).or_default() += 1;
                }
                highlights.extend(new_events);
                if highlights.len() >= 2 * SUMMARY_EVENTS {
                    keep_highlights(&mut highlights);
                }
            }
        }
        done += 1;
        on_progress(done, total);
    }
    drop(results);

    let interrupted = stop.load(Ordering::SeqCst);
    run.events = counts.values().sum();
    keep_highlights(&mut highlights);
    run.finished_at = Some(Timestamp::now());
    run.state = if interrupted {
        RunState::Interrupted
    } else {
        RunState::Finished
    };

    tracing::debug!(elapsed = ?started.duration_until(Timestamp::now()), peak_rss_kb = peak_rss_kb(), "sources processed");

    // The version moves only when a rule's status or reason moved.
    let previous_state = store.ruleset_state()?;
    let mut ruleset =
        report::ruleset::build(config, &store, previous_state.version, run.finished_at)?;
    let next = report::ruleset::next_state(&previous_state, &ruleset);
    ruleset.version = next.version;
    run.ruleset_version = next.version;
    store.save_ruleset_state(&next)?;
    store.save_run(&run)?;
    store.flush()?;
    tracing::debug!(elapsed = ?started.duration_until(Timestamp::now()), peak_rss_kb = peak_rss_kb(), "ruleset built and store flushed");
    report::write_outputs(&store, &ruleset, out, Some(&run))?;
    tracing::debug!(elapsed = ?started.duration_until(Timestamp::now()), peak_rss_kb = peak_rss_kb(), "outputs written");
    Ok(CrawlSummary {
        run,
        counts,
        highlights,
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
    let (Some(every), Some(last)) = (source.every, state.and_then(|state| state.last_checked))
    else {
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
    async fn process(&self, source: Source) -> Result<SourceResult, PipelineError> {
        process_source(source, self).await
    }
}

async fn process_source(source: Source, worker: &Worker) -> Result<SourceResult, PipelineError> {
    let store = Arc::clone(&worker.store);
    let (run_id, escalate_after) = (worker.run_id, worker.escalate_after);
    let baseline = worker
        .baseline
        .get(&(source.kind, source.subject.clone()))
        .copied();
    let previous_state = store.source_state(&source.id)?;
    let validators = previous_state
        .as_ref()
        .filter(|state| state.latest_seq.is_some())
        .map(|state| Validators {
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
        })
        .unwrap_or_default();
    let outcome = worker.fetcher.fetch(&source.url, &validators).await;
    let now = Timestamp::now();
    let (fetched, not_modified, failed) = match &outcome {
        Outcome::Page(_) => (true, false, false),
        Outcome::NotModified => (false, true, false),
        Outcome::Failed(_) => (false, false, true),
    };
    let work = move || -> Result<(Vec<EventRecord>, bool), StoreError> {
        let observation = observe(
            &store,
            &source,
            previous_state.as_ref(),
            outcome,
            run_id,
            now,
        )?;
        let context = Context {
            source: &source,
            run_id,
            now,
            escalate_after,
            baseline,
        };
        let Decision {
            state,
            snapshot,
            events,
        } = detect::decide(&context, previous_state.as_ref(), observation);
        let unreadable = state.last_fetch == crate::model::FetchState::ExtractionFailed;
        let committed = store.commit(crate::store::SourceCommit {
            state,
            snapshot,
            events,
        })?;
        Ok((committed, unreadable))
    };
    // Only a fetched page means CPU work (parsing, classifying); a 304 or a
    // failure is a small commit, cheaper to do here than to hand off.
    let decision_events = if fetched {
        let _slot = worker
            .cpu_slots
            .acquire()
            .await
            .map_err(|error| PipelineError::Worker(error.to_string()))?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|error| PipelineError::Worker(error.to_string()))?
    } else {
        work()
    };
    let (events, unreadable) = decision_events?;
    Ok(SourceResult::Done {
        fetched: fetched && !unreadable,
        not_modified,
        failed: failed || unreadable,
        events,
    })
}

/// Turns a fetch outcome into an observation: extraction, classification and
/// the comparison with the last good version all happen here.
fn observe(
    store: &Store,
    source: &Source,
    previous_state: Option<&SourceState>,
    outcome: Outcome,
    run_id: u64,
    now: Timestamp,
) -> Result<Observation, StoreError> {
    let page = match outcome {
        Outcome::NotModified => {
            return Ok(Observation::Unchanged {
                etag: None,
                last_modified: None,
                not_modified: true,
            });
        }
        Outcome::Failed(failure) => {
            return Ok(Observation::FetchFailed {
                code: failure.code(),
                message: failure.to_string(),
            });
        }
        Outcome::Page(page) => page,
    };
    let previous_record = match previous_state.and_then(|state| state.latest_seq) {
        Some(seq) => store.snapshot(&source.id, seq)?,
        None => None,
    };
    let raw_hash = content_hash(&page.body);
    if let Some(record) = &previous_record
        && record.raw_hash == raw_hash
        && is_current(record)
    {
        // Same bytes, same code: nothing to parse.
        return Ok(unchanged(&page));
    }
    let (extracted, finding) = match read_guarded(
        &page.body,
        page.content_type.as_deref(),
        source,
        civil_date(now),
    ) {
        Ok(read) => read,
        Err(failure) => {
            return Ok(Observation::ExtractionFailed {
                code: failure.code(),
                message: failure.to_string(),
            });
        }
    };
    let text_hash = content_hash(extracted.text.as_bytes());
    let previous = match previous_record {
        Some(record) => {
            // The same bytes as last time (read by an older needlewatch):
            // their text is the one just extracted.
            let same_bytes = (record.raw_hash == raw_hash).then_some(&extracted.text);
            Some(previous_version(store, source, record, same_bytes)?)
        }
        None => None,
    };
    let same_reading = previous.as_ref().is_some_and(|previous| {
        previous.text == extracted.text
            && (previous.finding.status, previous.finding.reason)
                == (finding.status, finding.reason)
    });
    let refreshed = same_reading && previous.as_ref().is_some_and(|previous| previous.rederived);
    if same_reading && !refreshed {
        return Ok(unchanged(&page));
    }
    // Same page and reading, newer needlewatch: store the new reading over
    // the old one and say nothing (an upgrade is not a change).
    let seq = match &previous {
        Some(previous) if refreshed => previous.seq,
        _ => {
            previous_state
                .and_then(|state| state.latest_seq)
                .unwrap_or(0)
                + 1
        }
    };
    let record = SnapshotRecord {
        source_id: source.id.clone(),
        seq,
        run_id,
        fetched_at: now,
        url: source.url.to_string(),
        final_url: page.final_url.clone(),
        http_status: page.http_status,
        content_type: page.content_type.clone(),
        etag: page.validators.etag.clone(),
        last_modified: page.validators.last_modified.clone(),
        raw_hash,
        raw_len: page.body.len() as u64,
        text_hash,
        format: extracted.format.as_str().to_string(),
        extractor_version: EXTRACTOR_VERSION,
        classifier_version: CLASSIFIER_VERSION,
        finding,
    };
    let snapshot = Box::new(NewSnapshot {
        record,
        raw: page.body,
        text: extracted.text,
    });
    if refreshed {
        return Ok(Observation::Refreshed { snapshot });
    }
    Ok(Observation::Read { snapshot, previous })
}

/// The calendar date (UTC) of a moment, for date-of-service reasoning.
pub fn civil_date(at: Timestamp) -> jiff::civil::Date {
    at.to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

fn unchanged(page: &Page) -> Observation {
    Observation::Unchanged {
        etag: page.validators.etag.clone(),
        last_modified: page.validators.last_modified.clone(),
        not_modified: false,
    }
}

fn is_current(record: &SnapshotRecord) -> bool {
    record.extractor_version == EXTRACTOR_VERSION && record.classifier_version == CLASSIFIER_VERSION
}

/// The previous version's text and finding, re-derived from its raw bytes
/// when it was made by another extractor or classifier version, so an
/// upgrade alone never produces an event.
fn previous_version(
    store: &Store,
    source: &Source,
    record: SnapshotRecord,
    same_bytes: Option<&String>,
) -> Result<PreviousVersion, StoreError> {
    if !is_current(&record) {
        let fetched_on = civil_date(record.fetched_at);
        let rederived = match same_bytes {
            Some(text) => Some((text.clone(), classify_on(text, source.kind, fetched_on))),
            None => match store.raw(&record.raw_hash)? {
                Some(raw) => read_guarded(&raw, record.content_type.as_deref(), source, fetched_on)
                    .ok()
                    .map(|(extracted, finding)| (extracted.text, finding)),
                None => None,
            },
        };
        if let Some((text, finding)) = rederived {
            return Ok(PreviousVersion {
                seq: record.seq,
                text,
                finding,
                rederived: true,
            });
        }
    }
    let text = store.text(&record.text_hash)?.unwrap_or_default();
    Ok(PreviousVersion {
        seq: record.seq,
        text,
        finding: record.finding,
        rederived: false,
    })
}

/// Why a page could not be read.
enum ReadFailure {
    Extract(crate::extract::ExtractFailure),
    /// Extraction or classification panicked: a bug.
    Internal,
}

impl ReadFailure {
    fn code(&self) -> &'static str {
        match self {
            ReadFailure::Extract(failure) => failure.code(),
            ReadFailure::Internal => "internal",
        }
    }
}

impl std::fmt::Display for ReadFailure {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadFailure::Extract(failure) => failure.fmt(formatter),
            ReadFailure::Internal => formatter.write_str(
                "needlewatch failed while reading this page (a bug; please report it with the page)",
            ),
        }
    }
}

/// [`classify_bytes`] for a crawled source: a bug in extraction or
/// classification costs one page, not the run.
fn read_guarded(
    body: &[u8],
    content_type: Option<&str>,
    source: &Source,
    today: jiff::civil::Date,
) -> Result<(crate::extract::Extracted, Finding), ReadFailure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        classify_bytes(
            body,
            content_type,
            source.selector.as_deref(),
            source.kind,
            today,
        )
    }))
    .map_err(|_| ReadFailure::Internal)?
    .map_err(ReadFailure::Extract)
}

/// Extracts and classifies one local file, the way a crawl would.
pub fn classify_bytes(
    body: &[u8],
    content_type: Option<&str>,
    selector: Option<&str>,
    kind: crate::model::SourceKind,
    today: jiff::civil::Date,
) -> Result<(crate::extract::Extracted, Finding), crate::extract::ExtractFailure> {
    let extracted = extract(body, content_type, selector)?;
    let finding = classify_on(&extracted.text, kind, today);
    Ok((extracted, finding))
}

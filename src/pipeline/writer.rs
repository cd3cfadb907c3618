//! The run's one store writer: a plain thread fed by a channel, so sled
//! transactions and pack-file writes and syncs never run on the async
//! threads that drive the fetches.
//!
//! Each source's task sends its finished result and awaits the reply
//! without holding a thread. The writer takes everything that queued up
//! while it was busy and commits it as one batch with a single pack sync
//! ([`Store::commit_batch`]): the more the fetches outrun the disk, the
//! larger the batches, so durability costs one `fdatasync` per batch, not
//! per page.

use std::sync::Arc;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::store::{EventRecord, PreparedCommit, Store, StoreError};

use super::PipelineError;

/// At most this many sources per batch, so the first of them does not
/// wait behind an unbounded queue.
const MAX_BATCH: usize = 64;

type Reply = tokio::sync::oneshot::Sender<Result<Vec<EventRecord>, StoreError>>;

/// What the writer did in one run, for the debug log.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct WriterStats {
    pub commits: usize,
    pub batches: usize,
    pub largest_batch: usize,
    /// Time spent appending, syncing and committing.
    pub busy: Duration,
}

/// The sending side, shared by every source's task.
#[derive(Clone)]
pub(super) struct Commits {
    sender: mpsc::Sender<(PreparedCommit, Reply)>,
}

impl Commits {
    /// Hands one source's result to the writer and waits (without blocking
    /// a thread) until it is committed.
    pub async fn commit(&self, commit: PreparedCommit) -> Result<Vec<EventRecord>, PipelineError> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        self.sender
            .send((commit, reply))
            .map_err(|_| PipelineError::Worker("the store writer has stopped".into()))?;
        let committed = answer
            .await
            .map_err(|_| PipelineError::Worker("the store writer has stopped".into()))?;
        Ok(committed?)
    }
}

/// The writer thread; [`Writer::finish`] waits for the queue to drain.
pub(super) struct Writer {
    thread: JoinHandle<WriterStats>,
}

impl Writer {
    pub fn start(store: Arc<Store>) -> Result<(Writer, Commits), PipelineError> {
        let (sender, receiver) = mpsc::channel::<(PreparedCommit, Reply)>();
        let thread = std::thread::Builder::new()
            .name("store-writer".into())
            .spawn(move || write_all(&store, &receiver))
            .map_err(|error| PipelineError::Worker(error.to_string()))?;
        Ok((Writer { thread }, Commits { sender }))
    }

    /// Waits for every queued commit; call once every [`Commits`] is dropped.
    pub fn finish(self) -> Result<WriterStats, PipelineError> {
        self.thread
            .join()
            .map_err(|_| PipelineError::Worker("the store writer panicked".into()))
    }
}

fn write_all(store: &Store, receiver: &mpsc::Receiver<(PreparedCommit, Reply)>) -> WriterStats {
    let mut stats = WriterStats::default();
    while let Ok(first) = receiver.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match receiver.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let started = Instant::now();
        let (commits, replies): (Vec<PreparedCommit>, Vec<Reply>) = batch.into_iter().unzip();
        let results = store.commit_batch(commits);
        stats.busy += started.elapsed();
        stats.commits += replies.len();
        stats.batches += 1;
        stats.largest_batch = stats.largest_batch.max(replies.len());
        for (reply, result) in replies.into_iter().zip(results) {
            // A task that is gone (its run stopped on an error) needs no answer.
            let _ = reply.send(result);
        }
    }
    stats
}

//! `needlewatch demo`: the whole pipeline, offline, on bundled pages.
//!
//! It serves version 1 of eight fixture pages (five state boards, three
//! payers) from a server on 127.0.0.1, crawls them, swaps in version 2 (real
//! status changes, a content edit, and cosmetic-only edits that must stay
//! silent), crawls again, and leaves a normal config, store and reports in
//! the demo directory so every other command can be tried on them.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::config::Config;
use crate::pipeline::{self, CrawlOptions, CrawlSummary, PipelineError};
use crate::store::Store;

mod server;

use server::PageServer;

/// A bundled page: file name, kind, subject, display name, version 1, version 2.
struct DemoPage {
    file: &'static str,
    kind: &'static str,
    subject: &'static str,
    name: &'static str,
    v1: &'static [u8],
    v2: &'static [u8],
}

macro_rules! page {
    ($file:literal, $kind:literal, $subject:literal, $name:literal) => {
        DemoPage {
            file: $file,
            kind: $kind,
            subject: $subject,
            name: $name,
            v1: include_bytes!(concat!("pages/v1/", $file, ".html")),
            v2: include_bytes!(concat!("pages/v2/", $file, ".html")),
        }
    };
}

const PAGES: [DemoPage; 8] = [
    page!(
        "tx-board",
        "state-board",
        "TX",
        "Texas Board of Physical Therapy Examiners"
    ),
    page!(
        "or-board",
        "state-board",
        "OR",
        "Oregon Board of Physical Therapy"
    ),
    page!(
        "wa-board",
        "state-board",
        "WA",
        "Washington State Board of Physical Therapy"
    ),
    page!(
        "ca-board",
        "state-board",
        "CA",
        "Physical Therapy Board of California"
    ),
    page!(
        "pa-board",
        "state-board",
        "PA",
        "Pennsylvania State Board of Physical Therapy"
    ),
    page!(
        "medicare",
        "payer",
        "medicare",
        "Medicare (Example Medicare Services)"
    ),
    page!("acme-health", "payer", "acme-health", "Acme Health"),
    page!(
        "bluecross-example",
        "payer",
        "bluecross-example",
        "Example Blue Cross"
    ),
];

/// Marks a directory as the demo's own, so a rerun may clear it.
const MARKER: &str = ".needlewatch-demo";

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("{0} exists and is not a needlewatch demo directory; choose another with --dir")]
    ForeignDirectory(PathBuf),
    #[error("cannot prepare the demo directory {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot start the local page server: {0}")]
    Server(std::io::Error),
    #[error("the demo config is invalid (a bug): {0}")]
    Config(String),
    #[error(transparent)]
    Pipeline(#[from] PipelineError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// What the demo did, for the terminal.
pub struct DemoRun {
    pub dir: PathBuf,
    pub first: CrawlSummary,
    pub second: CrawlSummary,
}

/// Runs the demo in `dir` (created, or cleared if it is an earlier demo's).
pub async fn run(dir: &Path) -> Result<DemoRun, DemoError> {
    prepare(dir)?;
    let server = PageServer::start().await.map_err(DemoError::Server)?;
    for page in &PAGES {
        server.set(&format!("/{}", page.file), page.v1);
    }
    let config_path = dir.join("sources.toml");
    let io_error = |source| DemoError::Io {
        path: config_path.clone(),
        source,
    };
    std::fs::write(&config_path, demo_config(&server)).map_err(io_error)?;
    let config =
        Config::load(&config_path).map_err(|error| DemoError::Config(error.to_string()))?;
    let store = Arc::new(Store::open(&config.settings.store)?);
    let out = config.settings.out.clone();
    let options = CrawlOptions {
        only: Vec::new(),
        force: true,
    };
    let stop = Arc::new(AtomicBool::new(false));
    let first = pipeline::crawl(
        &config,
        Arc::clone(&store),
        &out,
        &options,
        Arc::clone(&stop),
        |_, _| {},
    )
    .await?;
    for page in &PAGES {
        server.set(&format!("/{}", page.file), page.v2);
    }
    let second = pipeline::crawl(&config, store, &out, &options, stop, |_, _| {}).await?;
    Ok(DemoRun {
        dir: dir.to_path_buf(),
        first,
        second,
    })
}

fn prepare(dir: &Path) -> Result<(), DemoError> {
    let io_error = |source| DemoError::Io {
        path: dir.to_path_buf(),
        source,
    };
    if dir.exists() {
        let is_demo = dir.join(MARKER).exists();
        let is_empty = std::fs::read_dir(dir).map_err(io_error)?.next().is_none();
        if !is_demo && !is_empty {
            return Err(DemoError::ForeignDirectory(dir.to_path_buf()));
        }
        for child in ["snapshots", "reports"] {
            let path = dir.join(child);
            if path.exists() {
                std::fs::remove_dir_all(&path).map_err(io_error)?;
            }
        }
    }
    std::fs::create_dir_all(dir).map_err(io_error)?;
    std::fs::write(
        dir.join(MARKER),
        "Created by `needlewatch demo`; the demo clears this directory's store and reports when it runs again.\n",
    )
    .map_err(io_error)
}

fn demo_config(server: &PageServer) -> String {
    let mut text = String::from(
        "# Written by `needlewatch demo`: eight bundled pages served from 127.0.0.1.\n\
         [settings]\nstore = \"snapshots\"\nout = \"reports\"\nper_host_delay_ms = 0\ntimeout_secs = 5\nretries = 0\nrespect_robots = false\n",
    );
    for page in &PAGES {
        text.push_str(&format!(
            "\n[[sources]]\nid = \"{}\"\nkind = \"{}\"\nsubject = \"{}\"\nname = \"{}\"\nurl = \"{}\"\nselector = \"main\"\n",
            page.file,
            page.kind,
            page.subject,
            page.name,
            server.url(&format!("/{}", page.file))
        ));
    }
    text
}

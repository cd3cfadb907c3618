//! The read path of one source: a fetch outcome becomes an observation for
//! `detect`. The page is extracted and classified under `catch_unwind` (a
//! bug costs a page, not the run), compared with the last good version, and
//! that version is re-derived from its raw bytes when an older needlewatch
//! made it, so an upgrade alone never produces an event.

use jiff::Timestamp;

use crate::classify::{CLASSIFIER_VERSION, classify_on};
use crate::config::Source;
use crate::detect::{Observation, PreviousVersion};
use crate::extract::{EXTRACTOR_VERSION, ExtractFailure, Extracted, extract};
use crate::fetch::{Outcome, Page};
use crate::model::Finding;
use crate::store::{NewSnapshot, SnapshotRecord, SourceState, Store, StoreError, content_hash};

/// Turns a fetch outcome into an observation: extraction, classification and
/// the comparison with the last good version all happen here.
pub(super) fn observe(
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
    let reading = match read_guarded(
        &page.body,
        page.content_type.as_deref(),
        source,
        civil_date(now),
    ) {
        Ok(reading) => reading,
        Err(failure) => {
            if let ReadFailure::Extract(ExtractFailure::SelectorMatchedNothing(_)) = &failure {
                let previous = previous_record.as_ref();
                return Ok(whole_page_reading(
                    source, previous, page, &failure, run_id, now,
                ));
            }
            return Ok(Observation::ExtractionFailed {
                code: failure.code(),
                message: failure.to_string(),
            });
        }
    };
    let previous = match previous_record {
        Some(record) => {
            // The same bytes as last time (read by an older needlewatch):
            // their text is the one just extracted.
            let same_bytes = (record.raw_hash == raw_hash).then_some(&reading.0.text);
            Some(previous_version(store, source, record, same_bytes)?)
        }
        None => None,
    };
    compare(source, previous_state, page, reading, previous, run_id, now)
}

/// A page whose selector matches nothing (a redesign) is read whole: the
/// same text as the last version (a reviewer accepted the whole page) is
/// unchanged; any other reading is blocked and kept as a candidate, so the
/// reviewer sees what the page says now.
fn whole_page_reading(
    source: &Source,
    previous: Option<&SnapshotRecord>,
    page: Page,
    failure: &ReadFailure,
    run_id: u64,
    now: Timestamp,
) -> Observation {
    let extraction_failed = || Observation::ExtractionFailed {
        code: failure.code(),
        message: failure.to_string(),
    };
    let whole = Source {
        selector: None,
        ..source.clone()
    };
    let Ok((extracted, finding)) = read_guarded(
        &page.body,
        page.content_type.as_deref(),
        &whole,
        civil_date(now),
    ) else {
        return extraction_failed();
    };
    if let Some(previous) = previous
        && previous.text_hash == content_hash(extracted.text.as_bytes())
    {
        return unchanged(&page);
    }
    let seq = previous.map_or(0, |previous| previous.seq) + 1;
    let snapshot = new_snapshot(source, page, extracted, finding, seq, run_id, now);
    Observation::Blocked {
        snapshot: Box::new(snapshot),
        code: failure.code(),
        message: format!("{failure}; the whole page was read instead"),
    }
}

/// A page that read, against the previous version: unchanged when the text
/// and status are the same; the same reading by a newer needlewatch
/// refreshes the stored version silently; anything else is a new version.
fn compare(
    source: &Source,
    previous_state: Option<&SourceState>,
    page: Page,
    (extracted, finding): (Extracted, Finding),
    previous: Option<PreviousVersion>,
    run_id: u64,
    now: Timestamp,
) -> Result<Observation, StoreError> {
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
    let snapshot = Box::new(new_snapshot(
        source, page, extracted, finding, seq, run_id, now,
    ));
    if refreshed {
        return Ok(Observation::Refreshed { snapshot });
    }
    Ok(Observation::Read { snapshot, previous })
}

/// The version to store: the page's bytes, its text and what they say.
fn new_snapshot(
    source: &Source,
    page: Page,
    extracted: Extracted,
    finding: Finding,
    seq: u64,
    run_id: u64,
    now: Timestamp,
) -> NewSnapshot {
    let record = SnapshotRecord {
        source_id: source.id.clone(),
        seq,
        run_id,
        fetched_at: now,
        url: source.url.to_string(),
        final_url: page.final_url,
        http_status: page.http_status,
        content_type: page.content_type,
        etag: page.validators.etag,
        last_modified: page.validators.last_modified,
        raw_hash: content_hash(&page.body),
        raw_len: page.body.len() as u64,
        text_hash: content_hash(extracted.text.as_bytes()),
        format: extracted.format.as_str().to_string(),
        extractor_version: EXTRACTOR_VERSION,
        classifier_version: CLASSIFIER_VERSION,
        finding,
        selector: extracted.selector,
    };
    NewSnapshot {
        record,
        raw: page.body,
        text: extracted.text,
    }
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
    // The alternative that matched last time counts only while it is still
    // configured: after the user edits the selector, a new match is no redesign.
    let selector = record.selector.clone().filter(|matched| {
        source.selector.as_deref().is_some_and(|configured| {
            configured
                .split("||")
                .any(|alternative| alternative.trim() == matched)
        })
    });
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
                selector,
            });
        }
    }
    let text = store.text(&record.text_hash)?.unwrap_or_default();
    Ok(PreviousVersion {
        seq: record.seq,
        text,
        finding: record.finding,
        rederived: false,
        selector,
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

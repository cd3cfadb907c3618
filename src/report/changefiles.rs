//! Keeps `changes.jsonl` and `CHANGELOG.md` up to date without rendering
//! the whole history on every run.
//!
//! Both files only grow between runs: `changes.jsonl` gains the new events
//! at its end, `CHANGELOG.md` gains the new runs' sections right under its
//! header. So a run copies the previous file (checked against the length
//! and BLAKE3 hash the store recorded when it was written) and renders only
//! the events after the last one it holds. An event acknowledged since reads
//! differently: its line and its change-log entry are rendered again in
//! place while copying. The result is byte for byte what a full rendering
//! gives. The files are rendered in full instead when that cannot hold: no
//! record yet, another output directory, a file missing or changed since,
//! or new events of a run already written. Each file is still
//! written to a temporary file and renamed, so a reader never sees half.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::Path;

use crate::store::{EventRecord, FileMark, OutputsRecord, Store};

use super::{ReportError, StreamError, change_json, changelog, write_streamed};

const CHANGES: &str = "changes.jsonl";
const CHANGELOG: &str = "CHANGELOG.md";

/// How the change files were brought up to date, for the debug log and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeFilesWrite {
    /// Only the new events were rendered.
    Appended,
    /// The whole history was rendered.
    Rebuilt,
}

/// Brings `changes.jsonl` and `CHANGELOG.md` in `out` up to date with the
/// store and records what they now hold.
pub fn write_change_files(store: &Store, out: &Path) -> Result<ChangeFilesWrite, ReportError> {
    let dir = std::fs::canonicalize(out)
        .map_err(|source| ReportError::Write {
            path: out.to_path_buf(),
            source,
        })?
        .display()
        .to_string();
    let revisions = store.event_revisions()?;
    let (last_event, last_run) = match store.events_newest_first().next().transpose()? {
        Some(event) => (event.id, event.run_id),
        None => (0, 0),
    };
    let appendable = match store.outputs_record()? {
        Some(previous)
            if previous.dir == dir
                && previous.event_revisions <= revisions
                && previous.last_event <= last_event
                && only_new_runs_after(store, &previous)? =>
        {
            Some(previous)
        }
        _ => None,
    };
    let appended = match appendable {
        Some(previous) => append(store, out, &previous)?,
        None => None,
    };
    let (how, (changes, changelog)) = match appended {
        Some(marks) => (ChangeFilesWrite::Appended, marks),
        None => (ChangeFilesWrite::Rebuilt, rebuild(store, out)?),
    };
    store.save_outputs_record(&OutputsRecord {
        dir,
        last_event,
        last_run,
        event_revisions: revisions,
        changes,
        changelog,
    })?;
    Ok(how)
}

/// Whether every event after the files' last one belongs to a later run
/// than theirs (a run's section is never split between two writes).
fn only_new_runs_after(store: &Store, previous: &OutputsRecord) -> Result<bool, ReportError> {
    Ok(match store.events_after(previous.last_event).next() {
        Some(event) => event?.run_id > previous.last_run,
        None => true,
    })
}

fn rebuild(store: &Store, out: &Path) -> Result<(FileMark, FileMark), ReportError> {
    let changes = write_marked(&out.join(CHANGES), |writer| {
        for event in store.events() {
            write_change(writer, &event?)?;
        }
        Ok(())
    })?;
    let changelog = write_marked(&out.join(CHANGELOG), |writer| {
        changelog::render(store, writer)
    })?;
    Ok((changes, changelog))
}

/// Appends the events after `previous.last_event` to copies of the files,
/// or `None` when a file is not what the store recorded.
fn append(
    store: &Store,
    out: &Path,
    previous: &OutputsRecord,
) -> Result<Option<(FileMark, FileMark)>, ReportError> {
    let changes_path = out.join(CHANGES);
    let changelog_path = out.join(CHANGELOG);
    if mark_of(&changes_path).as_ref() != Some(&previous.changes)
        || mark_of(&changelog_path).as_ref() != Some(&previous.changelog)
    {
        return Ok(None);
    }
    // The events already in the files that were acknowledged since, rendered anew.
    let mut revised: HashMap<u64, EventRecord> = HashMap::new();
    for id in store.events_revised_since(previous.event_revisions)? {
        if id > previous.last_event {
            continue;
        }
        match store.event(id)? {
            Some(event) => revised.insert(id, event),
            None => return Ok(None),
        };
    }
    let changes = write_marked(&changes_path, |writer| {
        if revised.is_empty() {
            copy_from(&changes_path, 0, writer)?;
        } else {
            copy_revising_changes(&changes_path, &revised, writer)?;
        }
        for event in store.events_after(previous.last_event) {
            write_change(writer, &event?)?;
        }
        Ok(())
    })?;
    let header = changelog::HEADER.len() as u64;
    let changelog = write_marked(&changelog_path, |writer| {
        writer.write_all(changelog::HEADER.as_bytes())?;
        changelog::render_runs_after(store, previous.last_event, writer)?;
        if revised.is_empty() {
            copy_from(&changelog_path, header, writer)
        } else {
            copy_revising_changelog(&changelog_path, header, &revised, writer)
        }
    })?;
    Ok(Some((changes, changelog)))
}

/// Copies `changes.jsonl`, with the lines of the revised events rendered anew.
fn copy_revising_changes(
    path: &Path,
    revised: &HashMap<u64, EventRecord>,
    writer: &mut dyn Write,
) -> Result<(), StreamError> {
    let mut reader = BufReader::new(File::open(path)?);
    let mut line = Vec::new();
    while reader.read_until(b'\n', &mut line)? > 0 {
        match change_line_id(&line).and_then(|id| revised.get(&id)) {
            Some(event) => write_change(writer, event)?,
            None => writer.write_all(&line)?,
        }
        line.clear();
    }
    Ok(())
}

/// The event id a `changes.jsonl` line starts with (`{"id":"12",`).
fn change_line_id(line: &[u8]) -> Option<u64> {
    let rest = line.strip_prefix(b"{\"id\":\"")?;
    let end = rest.iter().position(|byte| *byte == b'"')?;
    std::str::from_utf8(&rest[..end]).ok()?.parse().ok()
}

/// Copies `CHANGELOG.md` from byte `start` on, with the entries of the
/// revised events rendered anew. An entry is its `- **kind** … [#id]` line
/// and the indented lines under it.
fn copy_revising_changelog(
    path: &Path,
    start: u64,
    revised: &HashMap<u64, EventRecord>,
    writer: &mut dyn Write,
) -> Result<(), StreamError> {
    let mut file = File::open(path)?;
    file.seek(SeekFrom::Start(start))?;
    let mut reader = BufReader::new(file);
    let mut line = Vec::new();
    let mut skipping = false;
    while reader.read_until(b'\n', &mut line)? > 0 {
        if skipping && line.starts_with(b"  ") {
            line.clear();
            continue;
        }
        skipping = false;
        match changelog_entry_id(&line).and_then(|id| revised.get(&id)) {
            Some(event) => {
                changelog::write_event(event, writer)?;
                skipping = true;
            }
            None => writer.write_all(&line)?,
        }
        line.clear();
    }
    Ok(())
}

/// The event id of a change-log entry's first line (`- **…** … [#12]`);
/// scraped text cannot fake it, as its brackets are escaped.
fn changelog_entry_id(line: &[u8]) -> Option<u64> {
    if !line.starts_with(b"- **") {
        return None;
    }
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let rest = line.strip_suffix(b"]")?;
    let open = rest.iter().rposition(|byte| *byte == b'#')?;
    if open == 0 || rest[open - 1] != b'[' {
        return None;
    }
    std::str::from_utf8(&rest[open + 1..]).ok()?.parse().ok()
}

fn write_change(writer: &mut dyn Write, event: &crate::store::EventRecord) -> std::io::Result<()> {
    let line = change_json(event).map_err(std::io::Error::from)?;
    writeln!(writer, "{line}")
}

/// Copies `path` from byte `start` on into `writer`.
fn copy_from(path: &Path, start: u64, writer: &mut dyn Write) -> Result<(), StreamError> {
    let mut file = File::open(path)?;
    file.seek(SeekFrom::Start(start))?;
    std::io::copy(&mut file, writer)?;
    Ok(())
}

/// The length and hash of a file, `None` when it cannot be read.
fn mark_of(path: &Path) -> Option<FileMark> {
    let mut file = File::open(path).ok()?;
    let mut hasher = blake3::Hasher::new();
    let length = std::io::copy(&mut file, &mut hasher).ok()?;
    Some(FileMark {
        length,
        hash: hasher.finalize().to_hex().to_string(),
    })
}

/// Writes a file atomically through `fill` and returns its mark.
fn write_marked(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), StreamError>,
) -> Result<FileMark, ReportError> {
    let mut mark = FileMark::default();
    write_streamed(path, |writer| {
        let mut marking = Marking {
            inner: writer,
            hasher: blake3::Hasher::new(),
            length: 0,
        };
        fill(&mut marking)?;
        mark = FileMark {
            length: marking.length,
            hash: marking.hasher.finalize().to_hex().to_string(),
        };
        Ok(())
    })?;
    Ok(mark)
}

/// A writer that hashes and counts what passes through it.
struct Marking<'a> {
    inner: &'a mut dyn Write,
    hasher: blake3::Hasher,
    length: u64,
}

impl Write for Marking<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.inner.write(bytes)?;
        self.hasher.update(&bytes[..written]);
        self.length += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

//! `report.html` and the per-run pages: one self-contained page (inline CSS,
//! no scripts, no external assets) for the reviewer of a run: status changes
//! first, with old → new, evidence and a word-highlighted diff; then content
//! changes, then failures, then every rule (`rules.rs`); and `runs/index.html`.
//!
//! The markup is written with `maud` templates, which escape every value
//! unless a template wraps it in `PreEscaped` (only the constant style sheet
//! is). Links are emitted only for http(s) URLs. Scraped or configured text
//! can therefore only ever appear as text. The page is streamed: the head,
//! each event and the rules table are rendered and written one at a time.

mod event;
mod failures;
mod pending;
mod rules;

pub use pending::{as_top_level, pending_changes};

use std::io::Write;

use maud::{Markup, PreEscaped, html};

use crate::model::ChangeKind;
use crate::store::{RunRecord, RunState, Store};

use super::changelog::{kind_rank, run_event_ids};
use super::copies::Copies;
use super::{Ruleset, StreamError, human_time};

const STYLE: &str = "
:root{--fg:#1b1f24;--muted:#5b6570;--line:#d8dee4;--add:#e6ffec;--addw:#abf2bc;--del:#ffebe9;--delw:#ffb3ad;--hi:#fff8c5}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);margin:0 auto;max-width:70rem;padding:1rem}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
.meta{color:var(--muted)}.event{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin:.8rem 0;overflow-wrap:anywhere}
.sev-high{border-left:6px solid #cf222e}.sev-medium{border-left:6px solid #bf8700}.sev-low{border-left:6px solid #8c959f}
.change{font-weight:600}.old{text-decoration:line-through;color:#cf222e}.new{color:#1a7f37}
blockquote{margin:.4rem 0;padding:.2rem .6rem;border-left:3px solid var(--line);color:var(--muted)}
.diff{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;border:1px solid var(--line);border-radius:4px;overflow-x:auto;margin:.4rem 0}
.diff div{padding:0 .4rem}.diff .add{background:var(--add)}.diff .del{background:var(--del)}.diff .add em{background:var(--addw);font-style:normal}
.diff .del em{background:var(--delw);font-style:normal}.diff .gap{color:var(--muted)}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
.review{background:var(--hi)}.none{color:var(--muted)}.pending{color:#9a6700;font-weight:600}.ack{color:#1a7f37}
td{overflow-wrap:break-word}.date{white-space:nowrap}ul.conditions{margin:0;padding-left:1.1rem}
details.failures{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;margin:.6rem 0}details.failures summary{cursor:pointer}
.outage{background:var(--del);border:1px solid #cf222e;border-radius:6px;padding:.5rem .8rem}
@media (max-width:44rem){body{padding:.6rem}.table-wrap{overflow-x:visible}
table.rules,table.rules tbody,table.rules tr,table.rules td{display:block;width:100%}table.rules thead{display:none}
table.rules tr{border:1px solid var(--line);border-radius:6px;margin:.6rem 0;padding:.3rem .6rem}table.rules td{border:0;padding:.15rem 0}
table.rules td::before{content:attr(data-label);display:block;font-size:12px;color:var(--muted)}}
";

/// No scripts, no external anything: only the inline style sheet may apply.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// The section whose events are grouped by cause (`failures.rs`).
const FAILURES: &str = "Failures";

/// The report's sections of events, in order, with the kinds each shows.
const SECTIONS: [(&str, &[ChangeKind]); 4] = [
    ("Status changes", &[ChangeKind::StatusChanged]),
    ("Content changes", &[ChangeKind::ContentChanged]),
    (
        FAILURES,
        &[ChangeKind::ExtractionFailed, ChangeKind::FetchFailed],
    ),
    (
        "New and recovered sources",
        &[ChangeKind::SourceAdded, ChangeKind::FetchRecovered],
    ),
];

/// Streams the report for `run` (or just the rules when `None`) to `out`.
pub fn render(
    store: &Store,
    ruleset: &Ruleset,
    run: Option<&RunRecord>,
    copies: &Copies,
    out: &mut dyn Write,
) -> Result<(), StreamError> {
    let ids = match run {
        Some(run) => run_event_ids(store, run.id)?,
        None => Vec::new(),
    };
    let title = match run {
        Some(run) => format!("needlewatch run {}", run.id),
        None => "needlewatch report".to_string(),
    };
    write_page_start(out, &title)?;
    write(out, run_header(&title, run, ids.len(), ruleset.version))?;
    // A run's page lives under `runs/`; `report.html` is its copy beside them.
    pending::write_review_sections(store, copies.in_subdirectory(), out)?;
    for (heading, kinds) in SECTIONS {
        let ranks: Vec<u8> = kinds.iter().map(|&kind| kind_rank(kind)).collect();
        let section: Vec<u64> = ids
            .iter()
            .filter(|(rank, _)| ranks.contains(rank))
            .map(|&(_, id)| id)
            .collect();
        write(out, section_heading(heading, section.len()))?;
        if heading == FAILURES {
            write(out, failures::groups(&failures::by_cause(store, &section)?))?;
            continue;
        }
        for id in section {
            if let Some(event) = store.event(id)? {
                let diff = event::diff_lines(store, &event)?;
                write(out, event::event(&event, diff.as_deref()))?;
            }
        }
    }
    write(out, rules::rules_table(ruleset, copies))?;
    write(out, rules::baseline_flaws(ruleset))?;
    write(
        out,
        html! { p.meta { "Generated by needlewatch. Highlighted rows need review." } },
    )?;
    Ok(write_page_end(out)?)
}

/// The file name of a run's page under `runs/`.
pub fn run_page_name(run_id: u64) -> String {
    format!("run-{run_id:06}.html")
}

/// `runs/index.html`: every run, newest first, with its counters and a link
/// to its page.
pub fn render_index(store: &Store, out: &mut dyn Write) -> Result<(), StreamError> {
    let mut runs = store.runs()?;
    runs.reverse();
    write_page_start(out, "needlewatch runs")?;
    write(out, run_index(&runs))?;
    Ok(write_page_end(out)?)
}

/// The document up to and including `<body>`: the content-security policy
/// and the style sheet.
fn write_page_start(out: &mut dyn Write, title: &str) -> std::io::Result<()> {
    let head = html! {
        meta charset="utf-8";
        meta name="viewport" content="width=device-width, initial-scale=1";
        meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
        title { (title) }
        style { (PreEscaped(STYLE)) }
    };
    // `html`, `head` and `body` stay open across the streamed parts, so
    // their tags (which carry no values) are written around the templates.
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head>{}</head>\n<body>\n",
        head.into_string()
    )
}

fn write_page_end(out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all(b"</body></html>\n")
}

/// Writes one rendered part, a line of its own.
fn write(out: &mut dyn Write, markup: Markup) -> std::io::Result<()> {
    out.write_all(markup.into_string().as_bytes())?;
    out.write_all(b"\n")
}

fn run_header(title: &str, run: Option<&RunRecord>, events: usize, version: u64) -> Markup {
    html! {
        h1 { "Dry needling watch — " (title) }
        @if let Some(run) = run {
            @let not_tried = run.due.saturating_sub(run.fetched + run.not_modified + run.failed);
            p.meta {
                "Started " (human_time(run.started_at))
                " · " (run.due) " due · " (run.fetched) " fetched · "
                (run.not_modified) " unchanged (304) · " (run.failed) " failed · "
                @if not_tried > 0 { (not_tried) " not tried · " }
                (events) " events · ruleset version " (version)
            }
            @if run.fetched + run.not_modified == 0 && run.failed > 0 {
                p.outage {
                    strong { "No page could be read in this run" }
                    ": " (run.failed) " failed"
                    @if not_tried > 0 {
                        " and " (not_tried) " were not tried"
                        @if run.state == RunState::Finished { " (the network looked down)" }
                    }
                    ". Nothing changed; every rule keeps its status. The causes are under Failures."
                }
            }
        }
    }
}

fn section_heading(heading: &str, count: usize) -> Markup {
    html! {
        h2 { (heading) " (" (count) ")" }
        @if count == 0 {
            p.none { "None in this run." }
        }
    }
}

fn run_index(runs: &[RunRecord]) -> Markup {
    html! {
        h1 { "Dry needling watch — runs" }
        p { a href="../report.html" { "Latest report" } " · " a href="../CHANGELOG.md" { "Change log" } }
        div.table-wrap { table {
            thead { tr {
                th { "Run" } th { "Started" } th { "State" } th { "Due" } th { "Fetched" }
                th { "304" } th { "Failed" } th { "Events" } th { "Ruleset" }
            } }
            tbody { @for run in runs {
                tr {
                    td { a href=(run_page_name(run.id)) { "#" (run.id) } }
                    td { (human_time(run.started_at)) }
                    td { (run_state(run.state)) }
                    td { (run.due) } td { (run.fetched) } td { (run.not_modified) }
                    td { (run.failed) } td { (run.events) } td { (run.ruleset_version) }
                }
            } }
        } }
    }
}

fn run_state(state: RunState) -> &'static str {
    match state {
        RunState::Finished => "finished",
        RunState::Running => "running",
        RunState::Interrupted => "interrupted",
    }
}

/// A link to a file needlewatch wrote next to the report (a relative path
/// it made itself, never scraped text).
fn local_link(path: &str, label: &str) -> Markup {
    html! { a href=(path) { (label) } }
}

/// A link for http(s) URLs; anything else is shown as text only.
fn link(url: &str, label: &str) -> Markup {
    let lower = url.trim_start().to_ascii_lowercase();
    html! {
        @if lower.starts_with("https://") || lower.starts_with("http://") {
            a href=(url) rel="noopener noreferrer" { (label) }
        } @else {
            (label)
        }
    }
}

#[cfg(test)]
mod tests;

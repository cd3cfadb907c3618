//! `report.html`: one self-contained page (inline CSS, no scripts, no
//! external assets) for the reviewer of a run: status changes first, with
//! old → new, evidence and a word-highlighted diff; then content changes,
//! then failures, then every rule.
//!
//! Every string that came from a scraped page or a config goes through
//! [`escape`]; links are emitted only for http(s) URLs. Scraped markup can
//! therefore only ever appear as text.

use std::fmt::Write as _;
use std::io::Write;

use crate::detect::describe;
use crate::diff::{self, LineTag};
use crate::model::{ChangeKind, Status};
use crate::store::{EventRecord, RunRecord, Store, StoreError};

use super::changelog::{kind_rank, run_event_ids};
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
";

/// Streams the report for `run` (or just the rules when `None`) to `out`.
pub fn render(
    store: &Store,
    ruleset: &Ruleset,
    run: Option<&RunRecord>,
    out: &mut dyn Write,
) -> Result<(), StreamError> {
    let ids = match run {
        Some(run) => run_event_ids(store, run.id)?,
        None => Vec::new(),
    };

    let mut page = String::with_capacity(64 * 1024);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    let title = match run {
        Some(run) => format!("needlewatch run {}", run.id),
        None => "needlewatch report".to_string(),
    };
    let _ = writeln!(
        page,
        "<title>{}</title><style>{STYLE}</style></head><body>",
        escape(&title)
    );
    let _ = writeln!(page, "<h1>Dry needling watch — {}</h1>", escape(&title));
    if let Some(run) = run {
        let _ = writeln!(
            page,
            "<p class=\"meta\">Started {} · {} due · {} fetched · {} unchanged (304) · {} failed · {} events · ruleset version {}</p>",
            escape(&human_time(run.started_at)),
            run.due,
            run.fetched,
            run.not_modified,
            run.failed,
            ids.len(),
            ruleset.version
        );
    }

    let sections: [(&str, &[ChangeKind]); 4] = [
        ("Status changes", &[ChangeKind::StatusChanged]),
        ("Content changes", &[ChangeKind::ContentChanged]),
        (
            "Failures",
            &[ChangeKind::ExtractionFailed, ChangeKind::FetchFailed],
        ),
        (
            "New and recovered sources",
            &[ChangeKind::SourceAdded, ChangeKind::FetchRecovered],
        ),
    ];
    for (heading, kinds) in sections {
        let ranks: Vec<u8> = kinds.iter().map(|&kind| kind_rank(kind)).collect();
        let section: Vec<u64> = ids
            .iter()
            .filter(|(rank, _)| ranks.contains(rank))
            .map(|&(_, id)| id)
            .collect();
        let _ = writeln!(page, "<h2>{heading} ({})</h2>", section.len());
        if section.is_empty() {
            page.push_str("<p class=\"none\">None in this run.</p>\n");
        }
        for id in section {
            if let Some(event) = store.event(id)? {
                render_event(store, &event, &mut page)?;
            }
            out.write_all(page.as_bytes())?;
            page.clear();
        }
    }

    let _ = writeln!(
        page,
        "<h2>All rules ({})</h2>\n<div class=\"table-wrap\"><table><thead><tr><th>Kind</th><th>Subject</th><th>Status</th><th>Rests on</th><th>Evidence</th><th>Sources</th></tr></thead><tbody>",
        ruleset.rules.len()
    );
    for rule in &ruleset.rules {
        let class = if rule.needs_review {
            " class=\"review\""
        } else {
            ""
        };
        let evidence = rule
            .evidence
            .first()
            .map(|quote| escape(quote))
            .unwrap_or_default();
        let mut sources = String::new();
        for source in &rule.sources {
            let _ = write!(
                sources,
                "{} ({}, {})<br>",
                link(&source.url, &source.id),
                escape(source.status.as_str()),
                escape(source.fetch)
            );
        }
        let basis = match (&rule.baseline, rule.basis) {
            (Some(note), "baseline") => format!(
                "baseline: {} (as of {})",
                escape(&note.list_title),
                escape(&note.as_of)
            ),
            (_, basis) => escape(basis),
        };
        let _ = writeln!(
            page,
            "<tr{class}><td>{}</td><td>{}</td><td>{}{}</td><td>{basis}</td><td>{evidence}</td><td>{sources}</td></tr>",
            escape(rule.kind.as_str()),
            escape(&rule.subject),
            escape(&describe(rule.status, rule.reason)),
            if rule.needs_review {
                " <strong>(review)</strong>"
            } else {
                ""
            },
        );
    }
    page.push_str("</tbody></table></div>\n");
    let mut flaws: Vec<&String> = ruleset
        .rules
        .iter()
        .filter_map(|rule| rule.baseline.as_ref())
        .flat_map(|note| note.problems.iter())
        .collect();
    flaws.sort();
    flaws.dedup();
    if !flaws.is_empty() {
        let _ = writeln!(
            page,
            "<h2>Flaws in the baseline data ({})</h2><ul>",
            flaws.len()
        );
        for flaw in flaws {
            let _ = writeln!(page, "<li>{}</li>", escape(flaw));
        }
        page.push_str("</ul>\n");
    }
    page.push_str("<p class=\"meta\">Generated by needlewatch. Highlighted rows need review.</p>\n</body></html>\n");
    out.write_all(page.as_bytes())?;
    Ok(())
}

fn render_event(store: &Store, event: &EventRecord, page: &mut String) -> Result<(), StoreError> {
    let _ = writeln!(
        page,
        "<div class=\"event sev-{}\" id=\"change-{}\"><div class=\"change\">{} · {} · {} · #{}</div>\n<div>{}</div>",
        event.severity,
        event.id,
        escape(event.kind.as_str()),
        escape(&event.subject),
        escape(&event.source_id),
        event.id,
        escape(&event.summary)
    );
    if event.kind == ChangeKind::StatusChanged {
        let old = event
            .old_status
            .map(|status| describe(status, event.old_reason))
            .unwrap_or_else(|| Status::Unknown.to_string());
        let new = event
            .new_status
            .map(|status| describe(status, event.new_reason))
            .unwrap_or_default();
        let _ = writeln!(
            page,
            "<div><span class=\"old\">{}</span> → <span class=\"new\">{}</span></div>",
            escape(&old),
            escape(&new)
        );
    }
    for quote in &event.evidence {
        let _ = writeln!(page, "<blockquote>{}</blockquote>", escape(quote));
    }
    if matches!(
        event.kind,
        ChangeKind::StatusChanged | ChangeKind::ContentChanged
    ) && let (Some(old_seq), Some(new_seq)) = (event.old_seq, event.new_seq)
    {
        let old = store.snapshot(&event.source_id, old_seq)?;
        let new = store.snapshot(&event.source_id, new_seq)?;
        if let (Some(old), Some(new)) = (old, new) {
            let old_text = store.text(&old.text_hash)?.unwrap_or_default();
            let new_text = store.text(&new.text_hash)?.unwrap_or_default();
            page.push_str("<div class=\"diff\">");
            for line in diff::highlighted(&old_text, &new_text, 1)
                .into_iter()
                .take(400)
            {
                match line {
                    None => page.push_str("<div class=\"gap\">⋯</div>"),
                    Some(line) => {
                        let (class, sign) = match line.tag {
                            LineTag::Added => ("add", "+"),
                            LineTag::Removed => ("del", "−"),
                            LineTag::Same => ("same", " "),
                        };
                        let _ = write!(page, "<div class=\"{class}\">{sign} ");
                        for (emphasized, text) in &line.segments {
                            if *emphasized {
                                let _ = write!(page, "<em>{}</em>", escape(text));
                            } else {
                                page.push_str(&escape(text));
                            }
                        }
                        page.push_str("</div>");
                    }
                }
            }
            page.push_str("</div>\n");
        }
    }
    match &event.ack {
        Some(ack) => {
            let _ = writeln!(
                page,
                "<div class=\"ack\">Acknowledged by {} on {}{}</div>",
                escape(&ack.by),
                escape(&human_time(ack.at)),
                if ack.note.is_empty() {
                    String::new()
                } else {
                    format!(": {}", escape(&ack.note))
                }
            );
        }
        None if event.review => {
            let _ = writeln!(
                page,
                "<div class=\"pending\">Pending review: <code>needlewatch ack {}</code></div>",
                event.id
            );
        }
        None => {}
    }
    let _ = writeln!(
        page,
        "<div class=\"meta\">{} · {}</div></div>",
        escape(&human_time(event.at)),
        link(&event.url, &event.url)
    );
    Ok(())
}

/// The file name of a run's page under `runs/`.
pub fn run_page_name(run_id: u64) -> String {
    format!("run-{run_id:06}.html")
}

/// `runs/index.html`: every run, newest first, with its counters and a link
/// to its page.
pub fn render_index(store: &Store, out: &mut dyn Write) -> Result<(), StreamError> {
    let mut page = String::with_capacity(16 * 1024);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    let _ = writeln!(
        page,
        "<title>needlewatch runs</title><style>{STYLE}</style></head><body>"
    );
    page.push_str("<h1>Dry needling watch — runs</h1>\n<p><a href=\"../report.html\">Latest report</a> · <a href=\"../CHANGELOG.md\">Change log</a></p>\n");
    page.push_str("<div class=\"table-wrap\"><table><thead><tr><th>Run</th><th>Started</th><th>State</th><th>Due</th><th>Fetched</th><th>304</th><th>Failed</th><th>Events</th><th>Ruleset</th></tr></thead><tbody>\n");
    let mut runs = store.runs()?;
    runs.reverse();
    for run in runs {
        let state = match run.state {
            crate::store::RunState::Finished => "finished",
            crate::store::RunState::Running => "running",
            crate::store::RunState::Interrupted => "interrupted",
        };
        let _ = writeln!(
            page,
            "<tr><td><a href=\"{}\">#{}</a></td><td>{}</td><td>{state}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            run_page_name(run.id),
            run.id,
            escape(&human_time(run.started_at)),
            run.due,
            run.fetched,
            run.not_modified,
            run.failed,
            run.events,
            run.ruleset_version
        );
    }
    page.push_str("</tbody></table></div>\n</body></html>\n");
    out.write_all(page.as_bytes())?;
    Ok(())
}

/// A link for http(s) URLs; anything else is shown as text only.
fn link(url: &str, label: &str) -> String {
    let lower = url.trim_start().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(url),
            escape(label)
        )
    } else {
        escape(label)
    }
}

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("a\"b&c"), "a&quot;b&amp;c");
    }

    #[test]
    fn javascript_urls_never_become_links() {
        assert_eq!(link("javascript:alert(1)", "x"), "x");
        assert!(
            link("https://example.org/?a=1&b=2", "x")
                .contains("href=\"https://example.org/?a=1&amp;b=2\"")
        );
    }
}

//! Statuses stated outside plain sentences, and payers' grounds: table rows
//! whose status stands in a cell of its own, bare status lines, and the
//! reason a payer gives for not covering (the ground, not the consequence).

use crate::model::{Reason, SourceKind, Status};

use super::doc_matches;
use super::negation::is_negated;
use super::structure;
use super::subjects::about_assistants_only;
use super::vocabulary;

/// "does not meet medical necessity criteria": a necessity term with a
/// negation among the few words before it.
fn denies_necessity(lower: &str) -> bool {
    let words = &vocabulary::current().words;
    words.necessity_terms.iter().any(|term| {
        lower.match_indices(term.as_str()).any(|(at, _)| {
            // "whether or not medically necessary": a concession, not a ground.
            let before = lower[..at].trim_end();
            let conceded = words.concessions.iter().any(|marker| {
                before
                    .get(before.len().saturating_sub(marker.len() + 2)..)
                    .is_some_and(|tail| tail.contains(marker.trim_end()))
            });
            !conceded
                && lower[..at]
                    .split_whitespace()
                    .rev()
                    .take(NECESSITY_NEGATION_REACH)
                    .any(|word| {
                        words
                            .necessity_negators
                            .iter()
                            .any(|negator| negator == word)
                    })
        })
    })
}

/// How many words before "medical necessity" its negation may stand.
const NECESSITY_NEGATION_REACH: usize = 4;

/// A table row whose status stands in a cell of its own, after cells that
/// name the service: "Dry needling | Permitted | 54 hours of training",
/// "20560 | Needle insertion without injection | Not covered".
pub fn table_row(row: &str, kind: SourceKind) -> Option<(Status, Option<Reason>)> {
    let cells: Vec<&str> = row.split(" | ").map(str::trim).collect();
    if cells.len() < 2 {
        return None;
    }
    if kind == SourceKind::Payer && structure::about_authorization(&row.to_ascii_lowercase()) {
        // "Prior authorization | No": whether to ask first, not whether it is paid.
        return None;
    }
    let (index, status) = cells
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(index, cell)| cell_status(cell, kind).map(|status| (index, status)))?;
    let subject = cells[..index].join(" ");
    if !vocabulary::current().mention.is_match(&subject)
        || (kind == SourceKind::StateBoard && about_assistants_only(&subject.to_ascii_lowercase()))
    {
        return None;
    }
    let reason = if status == Status::NotCovered {
        let rest = cells[index..].join(" | ");
        reason_in(&rest, &rest.to_ascii_lowercase())
    } else {
        None
    };
    Some((status, reason))
}

/// The status a table cell states by itself ("Permitted", "Not covered").
pub fn cell_status(cell: &str, kind: SourceKind) -> Option<Status> {
    cell_status_with(cell, kind, false)
}

/// A sentence that is nothing but a status: "Never covered.", "Excluded."
pub fn bare_status(text: &str, kind: SourceKind) -> Option<Status> {
    cell_status_with(text, kind, true)
}

fn cell_status_with(cell: &str, kind: SourceKind, exact: bool) -> Option<Status> {
    let lower = cell.trim().to_ascii_lowercase();
    let lower = lower.trim_end_matches(['.', ';', ',', '*']);
    let opens = |words: &[String]| {
        words.iter().any(|word| {
            lower == word
                || (!exact
                    && lower
                        .strip_prefix(word.as_str())
                        .is_some_and(|rest| rest.starts_with([' ', ';', ',', '-', '(', ':', '/'])))
        })
    };
    let words = &vocabulary::current().words;
    match kind {
        SourceKind::StateBoard => {
            if opens(&words.board_cells_not_allowed) {
                Some(Status::NotAllowed)
            } else if opens(&words.board_cells_on_hold) {
                Some(Status::OnHold)
            } else if opens(&words.board_cells_allowed) {
                Some(Status::Allowed)
            } else {
                None
            }
        }
        SourceKind::Payer => {
            if opens(&words.payer_cells_not_covered) {
                Some(Status::NotCovered)
            } else if opens(&words.payer_cells_covered) {
                Some(Status::Covered)
            } else {
                None
            }
        }
    }
}

/// The reason for non-coverage a clause gives, if any.
pub fn reason_in(clause: &str, lower: &str) -> Option<Reason> {
    // "reclassified from investigational to not medically necessary": the
    // reason it moved to.
    if let Some(from) = lower.find("from ")
        && let Some(to) = lower[from..].find(" to ").map(|to| from + to + 4)
        && let Some(reason) = reasons_in(&clause[to..], &lower[to..])
    {
        return Some(reason);
    }
    reasons_in(clause, lower)
}

fn reasons_in(clause: &str, lower: &str) -> Option<Reason> {
    let vocabulary = vocabulary::current();
    // "investigational and therefore not medically necessary": the
    // investigational status is the reason; an evidence remark ("insufficient
    // evidence") alone does not outrank "not medically necessary".
    let mut strong_experimental = false;
    let mut weak_experimental = false;
    let experimental = doc_matches::may_match(&vocabulary.reason_experimental, clause);
    for found in experimental
        .then(|| vocabulary.reason_experimental.find_iter(clause))
        .into_iter()
        .flatten()
    {
        if is_negated(lower, found.start()) {
            continue;
        }
        if found.as_str().to_ascii_lowercase().contains("evidence") {
            weak_experimental = true;
        } else {
            strong_experimental = true;
        }
    }
    if strong_experimental {
        return Some(Reason::ExperimentalInvestigational);
    }
    if doc_matches::is_match(&vocabulary.reason_not_necessary, clause) || denies_necessity(lower) {
        return Some(Reason::NotMedicallyNecessary);
    }
    if weak_experimental {
        return Some(Reason::ExperimentalInvestigational);
    }
    if doc_matches::is_match(&vocabulary.reason_exclusion, clause) {
        return Some(Reason::BenefitExclusion);
    }
    None
}

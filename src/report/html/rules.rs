//! The report's table of every rule (what it rests on, its evidence and
//! sources) and the flaws in the baseline data.

use maud::{Markup, html};

use crate::detect::describe;
use crate::report::ruleset::{Rule, RuleSource};

use super::super::Ruleset;
use super::link;

pub(super) fn rules_table(ruleset: &Ruleset) -> Markup {
    html! {
        h2 { "All rules (" (ruleset.rules.len()) ")" }
        div.table-wrap { table {
            thead { tr {
                th { "Kind" } th { "Subject" } th { "Status" } th { "Rests on" }
                th { "Evidence" } th { "Sources" }
            } }
            tbody { @for rule in &ruleset.rules { (rule_row(rule)) } }
        } }
    }
}

fn rule_row(rule: &Rule) -> Markup {
    html! {
        tr class=[rule.needs_review.then_some("review")] {
            td { (rule.kind.as_str()) }
            td { (rule.subject) }
            td {
                (describe(rule.status, rule.reason))
                @if rule.needs_review { " " strong { "(review)" } }
            }
            td { (basis(rule)) }
            td { @if let Some(quote) = rule.evidence.first() { (quote) } }
            td { @for source in &rule.sources { (rule_source(source)) br; } }
        }
    }
}

/// What the rule rests on: the crawl, or the baseline list and its date.
fn basis(rule: &Rule) -> Markup {
    html! {
        @match (&rule.baseline, rule.basis) {
            (Some(note), "baseline") => {
                "baseline: " (note.list_title) " (as of " (note.as_of) ")"
            },
            (_, basis) => (basis),
        }
    }
}

fn rule_source(source: &RuleSource) -> Markup {
    html! {
        (link(&source.url, &source.id)) " (" (source.status.as_str()) ", " (source.fetch) ")"
    }
}

/// Every distinct flaw the baseline data has for the rules shown.
pub(super) fn baseline_flaws(ruleset: &Ruleset) -> Markup {
    let mut flaws: Vec<&String> = ruleset
        .rules
        .iter()
        .filter_map(|rule| rule.baseline.as_ref())
        .flat_map(|note| note.problems.iter())
        .collect();
    flaws.sort();
    flaws.dedup();
    html! {
        @if !flaws.is_empty() {
            h2 { "Flaws in the baseline data (" (flaws.len()) ")" }
            ul { @for flaw in flaws { li { (flaw) } } }
        }
    }
}

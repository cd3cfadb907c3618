//! The report's table of every rule: its position in words, conditions,
//! effective date, when it was last checked, the advice `advise` gives, the
//! evidence with a link to the stored copy of the page it rests on, and its
//! sources; and the flaws in the baseline data.
//!
//! Each cell carries its column's name (`data-label`) so that on a narrow
//! screen the style sheet can lay a row out as a card, label above value.

use maud::{Markup, html};

use crate::model::SourceKind;
use crate::report::advice::advise;
use crate::report::copies::Copies;
use crate::report::ruleset::{Rule, RuleSource};
use crate::report::words::{
    date_text, fetch_name_words, kind_words, moment, plain_summary, position,
};

use super::super::Ruleset;
use super::{link, local_link};

pub(super) fn rules_table(ruleset: &Ruleset, copies: &Copies) -> Markup {
    html! {
        h2 { "All rules (" (ruleset.rules.len()) ")" }
        div.table-wrap { table.rules {
            thead { tr {
                th { "Rule" } th { "Status" } th { "Conditions" } th { "Effective" }
                th { "Last checked" } th { "Advice" } th { "Evidence" } th { "Sources" }
            } }
            tbody { @for rule in &ruleset.rules { (rule_row(ruleset, rule, copies)) } }
        } }
    }
}

fn rule_row(ruleset: &Ruleset, rule: &Rule, copies: &Copies) -> Markup {
    html! {
        tr class=[rule.needs_review.then_some("review")] {
            td data-label="Rule" {
                strong { (rule.subject) } " · " (kind_words(rule.kind))
                @if !rule.name.is_empty() { div.meta { (rule.name) } }
                @if !rule.states.is_empty() { div.meta { "applies in " (rule.states.join(", ")) } }
            }
            td data-label="Status" {
                (position(rule.status, rule.reason))
                @if rule.needs_review { " " strong { "(review)" } }
                div.meta { (basis(rule)) }
                @for reason in &rule.review_reasons { div.meta { "review: " (plain_summary(reason)) } }
            }
            td data-label="Conditions" {
                @if rule.conditions.is_empty() { span.none { "none stated" } }
                @else { ul.conditions { @for condition in &rule.conditions { li { (condition) } } } }
            }
            td.date data-label="Effective" {
                @match &rule.effective_date {
                    Some(date) => (date_text(date)),
                    None => span.none { "not stated" },
                }
            }
            td.date data-label="Last checked" {
                @match last_checked(rule) {
                    Some(at) => (at),
                    None => span.none { "never" },
                }
            }
            td data-label="Advice" { (advice(ruleset, rule)) }
            td.evidence data-label="Evidence" {
                @if let Some(quote) = rule.evidence.first() { q { (quote) } }
                @if let Some(copy) = leading_copy(rule, copies) {
                    div { (local_link(&copy, "stored copy of the page")) }
                }
            }
            td data-label="Sources" { @for source in &rule.sources { (rule_source(source, copies)) br; } }
        }
    }
}

/// The advice line `advise` gives for a state; a payer's depends on the
/// state, so its row says how to ask.
fn advice(ruleset: &Ruleset, rule: &Rule) -> Markup {
    html! {
        @match rule.kind {
            SourceKind::StateBoard => (advise(ruleset, &rule.subject, None).summary),
            SourceKind::Payer => {
                "Depends on the state: " code { "needlewatch advise --state XX --payer " (rule.subject) }
            },
        }
    }
}

/// The latest check of any of the rule's sources, in words.
fn last_checked(rule: &Rule) -> Option<String> {
    rule.sources
        .iter()
        .filter_map(|source| source.checked_at.as_deref())
        .filter_map(|text| text.parse::<jiff::Timestamp>().ok())
        .max()
        .map(moment)
}

/// The stored copy of the page the rule's status came from: the first
/// source that states it, with a copy.
fn leading_copy(rule: &Rule, copies: &Copies) -> Option<String> {
    rule.sources
        .iter()
        .filter(|source| source.status == rule.status && source.reason == rule.reason)
        .find_map(|source| copies.link(&source.id))
}

/// What the rule rests on: the crawl, or the baseline list and its date.
fn basis(rule: &Rule) -> Markup {
    html! {
        @match (&rule.baseline, rule.basis) {
            (Some(note), "baseline") => {
                "from the baseline: " (note.list_title) " (as of " (date_text(&note.as_of)) ")"
            },
            (_, "crawled") => "from the pages crawled",
            (_, "none") => "no position read yet",
            (_, basis) => (basis),
        }
    }
}

fn rule_source(source: &RuleSource, copies: &Copies) -> Markup {
    html! {
        (link(&source.url, &source.id)) " (" (position(source.status, source.reason)) ", "
        (fetch_name_words(source.fetch)) ")"
        @if let Some(copy) = copies.link(&source.id) { " " (local_link(&copy, "copy")) }
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

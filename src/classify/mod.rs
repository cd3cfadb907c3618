//! Reads normalized page text and decides what position it states, with the
//! clauses that show it.
//!
//! Pure: text and today's date in, [`Finding`] out; no I/O, no clock. The
//! words it keys on live in `vocabulary.toml`. The pipeline follows the
//! clause model of `clause.rs`: `sentences` finds the sentences about the
//! service and scopes sections (references, history); `read` walks them and
//! gives each clause a [`clause::Reading`] (who, kind of statement,
//! negation, legal force, time), with `stance` finding the cues and
//! `structure` the sentence forms; `decide` weighs the readings by a
//! documented precedence; `details` pulls out conditions, dates and policy
//! numbers. `explain_on` returns the same finding with every clause's
//! reading and the precedence step that decided.

mod clause;
pub mod cues;
pub use vocabulary::Vocabulary;
mod decide;
mod details;
mod discourse;
mod doc_matches;
mod negation;
mod parties;
mod patterns;
mod read;
mod rows;
mod sentences;
mod stance;
mod structure;
mod subjects;
mod timing;
mod vocabulary;

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::Serialize;

use crate::model::{Finding, Reason, SourceKind, Status};
use read::{DocumentReading, read_document};

/// Bump when the same text may classify differently, so stored findings made
/// by an older version are re-derived before comparing.
pub const CLASSIFIER_VERSION: u32 = 13;

/// Evidence quotes are cut to this many characters.
const MAX_EVIDENCE_CHARS: usize = 400;

/// Classifies `text` as of `today` (a position split by date of service is
/// read as it stands on that day).
pub fn classify_on(text: &str, kind: SourceKind, today: Date) -> Finding {
    read_and_decide(text, kind, today, false).finding
}

/// One clause's reading, for an analyst checking a finding.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainedClause {
    pub text: String,
    pub who: String,
    pub kind: String,
    pub negation: String,
    pub force: String,
    /// The date the clause gives (effective, decision or the latest it names).
    pub date: Option<String>,
    /// Not in force on the reading date (a later date, or history).
    pub in_force: bool,
    /// The status it lends the page.
    pub status: Status,
    pub reason: Option<Reason>,
    pub weight: f32,
    /// Whether it counted; when not, why.
    pub counted: bool,
    pub set_aside: Option<String>,
}

/// A finding with the clauses it rests on and the step that decided it.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub finding: Finding,
    pub clauses: Vec<ExplainedClause>,
    /// The precedence step that decided the status.
    pub decided_by: String,
}

/// Classifies `text` and says how: every clause reading and the decision step.
pub fn explain_on(text: &str, kind: SourceKind, today: Date) -> Explanation {
    read_and_decide(text, kind, today, true)
}

/// Reads `text`, decides, and (when `explain`) quotes every clause reading:
/// the crawl's path skips the quoting.
fn read_and_decide(text: &str, kind: SourceKind, today: Date, with_clauses: bool) -> Explanation {
    let vocabulary = vocabulary::current();
    let mut terms = BTreeSet::new();
    let mut cpt_codes = BTreeSet::new();
    let mut mentions = Vec::new();
    for found in vocabulary.mention.find_iter(text) {
        mentions.push((found.start(), found.end()));
        let matched = found.as_str();
        if matched.bytes().all(|byte| byte.is_ascii_digit()) {
            cpt_codes.insert(matched.to_string());
        } else {
            terms.insert(canonical_term(matched));
        }
    }
    // The service's names are found once; clauses look theirs up by range.
    let _reading = doc_matches::read(text, &[(&vocabulary.mention, mentions)]);
    let DocumentReading {
        sentences,
        readings: votes,
        set_aside,
        about_service,
    } = read_document(text, kind);

    let candidates: &[Status] = match kind {
        SourceKind::StateBoard => &[Status::Allowed, Status::NotAllowed, Status::OnHold],
        SourceKind::Payer => &[Status::Covered, Status::NotCovered],
    };
    // RUST_LOG=needlewatch::classify=trace shows every reading.
    for reading in &votes {
        tracing::trace!(
            ?reading,
            sentence = sentences[reading.sentence].text,
            "reading"
        );
    }
    let decision = decide::decide(&votes, candidates, today);
    let reason = match (decision.status, decision.reason) {
        // Non-coverage with no reason given anywhere is the plan's own
        // exclusion: the contract does not include the service.
        (Status::NotCovered, None) => {
            document_reason(&sentences, &about_service).or(Some(Reason::BenefitExclusion))
        }
        (_, reason) => reason,
    };

    let mut evidence_sentences: Vec<usize> = Vec::new();
    for &carrier in &decision.carriers {
        let sentence = votes[carrier].sentence;
        if !evidence_sentences.contains(&sentence) {
            evidence_sentences.push(sentence);
        }
    }
    let evidence = evidence_sentences
        .iter()
        .take(3)
        .map(|&index| quote(sentences[index].text))
        .collect();

    let mut conditions = Vec::new();
    if matches!(
        decision.status,
        Status::Allowed | Status::Covered | Status::OnHold
    ) {
        for &index in &about_service {
            details::conditions_in(sentences[index].text, &mut conditions);
        }
    }
    let finding = Finding {
        status: decision.status,
        reason,
        evidence,
        cpt_codes: cpt_codes.into_iter().collect(),
        terms: terms.into_iter().collect(),
        conditions,
        effective_date: decision
            .dated
            .map(|date| date.to_string())
            .or_else(|| details::labelled_date(text)),
        policy_number: details::policy_number(text),
        needs_review: decision.needs_review,
        next_change: votes
            .iter()
            .filter_map(|vote| vote.timing.start.filter(|&start| start > today))
            .min()
            .map(|date| date.to_string()),
    };
    let explain = |reading: &clause::Reading, set_aside: Option<&str>| ExplainedClause {
        text: quote(sentences[reading.sentence].text),
        who: reading.actor.to_string(),
        kind: reading.statement.to_string(),
        negation: reading.negation.to_string(),
        force: reading.force.to_string(),
        date: reading
            .timing
            .start
            .or(reading.timing.when)
            .map(|date| date.to_string()),
        in_force: reading.timing.in_force(today),
        status: reading.status,
        reason: reading.reason,
        weight: reading.weight,
        counted: set_aside.is_none(),
        set_aside: set_aside.map(str::to_string),
    };
    if !with_clauses {
        return Explanation {
            finding,
            clauses: Vec::new(),
            decided_by: String::new(),
        };
    }
    let mut clauses: Vec<(usize, ExplainedClause)> = votes
        .iter()
        .map(|reading| (reading.order, explain(reading, None)))
        .chain(set_aside.iter().map(|aside| {
            (
                aside.reading.order,
                explain(&aside.reading, Some(aside.why)),
            )
        }))
        .collect();
    clauses.sort_by_key(|(order, _)| *order);
    Explanation {
        finding,
        clauses: clauses.into_iter().map(|(_, clause)| clause).collect(),
        decided_by: decision.step.to_string(),
    }
}

/// The reason most sentences about the service give, when the deciding
/// statement itself gives none ("Dry needling is not covered." plus a
/// rationale elsewhere that calls the evidence insufficient).
fn document_reason(
    sentences: &[sentences::Sentence<'_>],
    about_service: &[usize],
) -> Option<Reason> {
    let mut counts = [0usize; 3];
    for &index in about_service {
        let text = sentences[index].text;
        match stance::reason_in(text, &text.to_ascii_lowercase()) {
            Some(Reason::NotMedicallyNecessary) => counts[0] += 1,
            Some(Reason::ExperimentalInvestigational) => counts[1] += 1,
            Some(Reason::BenefitExclusion) => counts[2] += 1,
            None => {}
        }
    }
    let reasons = [
        Reason::NotMedicallyNecessary,
        Reason::ExperimentalInvestigational,
        Reason::BenefitExclusion,
    ];
    let best = (0..3).max_by_key(|&index| (counts[index], 3 - index))?;
    (counts[best] > 0).then_some(reasons[best])
}

fn canonical_term(found: &str) -> String {
    let lower = found.to_lowercase().replace("(s)", "s").replace('-', " ");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn quote(sentence: &str) -> String {
    if sentence.chars().count() <= MAX_EVIDENCE_CHARS {
        return sentence.to_string();
    }
    let cut: String = sentence.chars().take(MAX_EVIDENCE_CHARS).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests;

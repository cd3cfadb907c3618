//! Builds the ruleset (one rule per subject) from the configured sources and
//! their stored states, and the public JSON/TOML form of it.
//!
//! When several sources share a subject and disagree, the rule takes the
//! status of the most recent statement (by the effective date the page
//! states, else by when it last changed), lists every source and asks for
//! review. With a baseline, every subject it knows gets a rule from the
//! start; a rule rests on crawled evidence once a source has stated a
//! position, and on the baseline until then (`basis` says which).

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;

use crate::baseline::Standing;
use crate::config::Config;
use crate::model::{FetchState, Finding, Reason, SourceKind, Status};
use crate::store::{RulesetState, SnapshotRecord, SourceState, Store, StoreError};

/// Where the ruleset reads each source's state and stored versions: the
/// store as it is now, the store as it stood on a past day
/// (`as_of::StoreAsOf`), or nothing at all (`NoStore`: the baseline alone).
pub trait Readings {
    fn source_state(&self, source_id: &str) -> Result<Option<SourceState>, StoreError>;
    fn snapshot(&self, source_id: &str, seq: u64) -> Result<Option<SnapshotRecord>, StoreError>;
}

impl Readings for Store {
    fn source_state(&self, source_id: &str) -> Result<Option<SourceState>, StoreError> {
        Store::source_state(self, source_id)
    }

    fn snapshot(&self, source_id: &str, seq: u64) -> Result<Option<SnapshotRecord>, StoreError> {
        Store::snapshot(self, source_id, seq)
    }
}

/// No store yet: every source is unread, so rules rest on the baseline.
pub struct NoStore;

impl Readings for NoStore {
    fn source_state(&self, _source_id: &str) -> Result<Option<SourceState>, StoreError> {
        Ok(None)
    }

    fn snapshot(&self, _source_id: &str, _seq: u64) -> Result<Option<SnapshotRecord>, StoreError> {
        Ok(None)
    }
}

pub const RULESET_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ruleset {
    pub schema: u32,
    pub version: u64,
    pub generated_at: Option<String>,
    pub service: String,
    pub cpt_codes: Vec<String>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub subject: String,
    pub kind: SourceKind,
    pub name: String,
    pub status: Status,
    pub reason: Option<Reason>,
    pub evidence: Vec<String>,
    pub conditions: Vec<String>,
    pub effective_date: Option<String>,
    pub sources: Vec<RuleSource>,
    pub last_changed: Option<String>,
    pub needs_review: bool,
    /// Why the rule needs review, in plain words (empty when it does not).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub review_reasons: Vec<String>,
    /// For a payer: the states where its plan applies (empty: everywhere).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub states: Vec<String>,
    /// What the status rests on: "crawled", "baseline", or "none".
    pub basis: &'static str,
    /// The baseline position for this subject, when there is one.
    pub baseline: Option<BaselineNote>,
}

/// The baseline position a rule can fall back on, with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BaselineNote {
    pub status: Status,
    pub reason: Option<Reason>,
    pub as_of: String,
    pub list: String,
    pub list_title: String,
    pub evidence: String,
    pub source_url: Option<String>,
    /// Flaws the baseline data has for this subject (duplicates, contradictions).
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleSource {
    pub id: String,
    pub url: String,
    pub status: Status,
    pub reason: Option<Reason>,
    pub checked_at: Option<String>,
    pub fetch: &'static str,
    pub snapshot: Option<String>,
    pub error: Option<String>,
    /// The sentence this source's own reading rests on, so a reviewer can
    /// weigh each side when sources disagree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// One source's contribution to its rule. Only what choosing the leading
/// statement needs is kept; the leader's evidence is read afterwards, so
/// memory does not grow with the number of sources.
struct Statement {
    name: String,
    source: RuleSource,
    latest_seq: Option<u64>,
    effective_date: Option<String>,
    last_changed: Option<Timestamp>,
    needs_review: bool,
    /// Why this source asks for review, in plain words.
    review_because: Vec<String>,
    states: Vec<String>,
}

/// Builds the ruleset for the configured sources. `version` and
/// `generated_at` come from the caller, so the same store state always
/// renders the same bytes.
pub fn build(
    config: &Config,
    store: &dyn Readings,
    version: u64,
    generated_at: Option<Timestamp>,
) -> Result<Ruleset, StoreError> {
    build_with_baseline(
        config,
        store,
        version,
        generated_at,
        config
            .baseline
            .as_ref()
            .map(|baseline| baseline.standings())
            .unwrap_or_default(),
    )
}

/// [`build`] with the baseline standings given: all of them, or those a
/// past day knew (`as_of`).
pub fn build_with_baseline(
    config: &Config,
    store: &dyn Readings,
    version: u64,
    generated_at: Option<Timestamp>,
    mut standings: BTreeMap<(SourceKind, String), Standing>,
) -> Result<Ruleset, StoreError> {
    let mut by_subject: BTreeMap<(SourceKind, String), Vec<Statement>> = BTreeMap::new();
    for source in &config.sources {
        let state = store.source_state(&source.id)?;
        let snapshot: Option<SnapshotRecord> =
            match state.as_ref().and_then(|state| state.latest_seq) {
                Some(seq) => store.snapshot(&source.id, seq)?,
                None => None,
            };
        let state =
            state.unwrap_or_else(|| SourceState::new(&source.id, source.kind, &source.subject));
        let fetch = if state.last_checked.is_none() {
            "none"
        } else {
            fetch_name(state.last_fetch)
        };
        let review_because = review_because(&source.id, &state);
        by_subject
            .entry((source.kind, source.subject.clone()))
            .or_default()
            .push(Statement {
                name: source.name.clone(),
                source: RuleSource {
                    id: source.id.clone(),
                    url: source.url.to_string(),
                    status: state.status,
                    reason: state.reason,
                    checked_at: state.last_checked.map(|at| at.to_string()),
                    fetch,
                    snapshot: snapshot.as_ref().map(|record| record.raw_hash.clone()),
                    error: state.last_error.clone(),
                    evidence: snapshot
                        .as_ref()
                        .and_then(|record| record.finding.evidence.first().cloned()),
                },
                latest_seq: snapshot.as_ref().map(|record| record.seq),
                effective_date: snapshot.and_then(|record| record.finding.effective_date),
                last_changed: state.last_changed,
                needs_review: state.needs_review,
                review_because,
                states: source.provenance.states.clone(),
            });
    }
    for key in standings.keys() {
        by_subject.entry(key.clone()).or_default();
    }
    let rules = by_subject
        .into_iter()
        .map(|((kind, subject), statements)| {
            let standing = standings.remove(&(kind, subject.clone()));
            let mut rule = rule_for(store, kind, subject, statements)?;
            apply_baseline(&mut rule, standing);
            Ok(rule)
        })
        .collect::<Result<Vec<Rule>, StoreError>>()?;
    Ok(Ruleset {
        schema: RULESET_SCHEMA,
        version,
        generated_at: generated_at.map(|at| at.to_string()),
        service: "dry needling".into(),
        cpt_codes: vec!["20560".into(), "20561".into()],
        rules,
    })
}

fn fetch_name(state: FetchState) -> &'static str {
    state.as_str()
}

fn rule_for(
    store: &dyn Readings,
    kind: SourceKind,
    subject: String,
    mut statements: Vec<Statement>,
) -> Result<Rule, StoreError> {
    statements.sort_by(|a, b| a.source.id.cmp(&b.source.id));
    let positions: Vec<&Statement> = statements
        .iter()
        .filter(|s| s.source.status.is_position())
        .collect();
    let disagree = positions.windows(2).any(|pair| {
        (pair[0].source.status, pair[0].source.reason)
            != (pair[1].source.status, pair[1].source.reason)
    });
    // Latest statement: the effective date the page gives, else when it last changed.
    let recency =
        |statement: &Statement| (statement.effective_date.clone(), statement.last_changed);
    let leader: Option<&Statement> = if positions.is_empty() {
        statements
            .iter()
            .find(|s| s.source.status == Status::Unclear)
            .or(statements.first())
    } else {
        positions
            .iter()
            .copied()
            .max_by(|a, b| recency(a).cmp(&recency(b)))
    };
    let leader_finding: Option<Finding> =
        match leader.and_then(|s| s.latest_seq.map(|seq| (&s.source.id, seq))) {
            Some((id, seq)) => store.snapshot(id, seq)?.map(|record| record.finding),
            None => None,
        };
    let (status, reason, name) = match leader {
        Some(statement) => (
            statement.source.status,
            statement.source.reason,
            statement.name.clone(),
        ),
        None => (Status::Unknown, None, subject.clone()),
    };
    let finding = leader_finding.unwrap_or_else(|| empty_finding(status, reason));
    let last_changed = statements.iter().filter_map(|s| s.last_changed).max();
    let needs_review = disagree || statements.iter().any(|s| s.needs_review);
    let mut review_reasons = Vec::new();
    if disagree {
        let sides: Vec<String> = positions
            .iter()
            .map(|s| {
                let said = crate::detect::describe(s.source.status, s.source.reason);
                format!("{} says {said}", s.source.id)
            })
            .collect();
        review_reasons.push(format!("sources disagree: {}", sides.join("; ")));
    }
    for statement in &statements {
        review_reasons.extend(statement.review_because.iter().cloned());
    }
    let mut states: Vec<String> = statements
        .iter()
        .flat_map(|s| s.states.iter().cloned())
        .collect();
    states.sort();
    states.dedup();
    Ok(Rule {
        subject,
        kind,
        name,
        status,
        reason,
        evidence: finding.evidence,
        conditions: finding.conditions,
        effective_date: finding.effective_date,
        sources: statements.into_iter().map(|s| s.source).collect(),
        last_changed: last_changed.map(|at| at.to_string()),
        needs_review,
        review_reasons,
        states,
        basis: "none",
        baseline: None,
    })
}

/// Attaches the baseline to a rule, and lets it decide the status when no
/// crawled source has stated a position.
fn apply_baseline(rule: &mut Rule, standing: Option<Standing>) {
    let crawled = rule
        .sources
        .iter()
        .any(|source| source.status.is_position());
    rule.basis = if crawled {
        "crawled"
    } else if standing.is_some() {
        "baseline"
    } else if rule.status == Status::Unknown {
        "none"
    } else {
        "crawled"
    };
    let Some(standing) = standing else {
        return;
    };
    let position = &standing.position;
    if !crawled {
        rule.status = position.status;
        rule.reason = position.reason;
        rule.evidence = vec![position.evidence.clone()];
        rule.conditions = position.conditions.clone();
        rule.effective_date = Some(position.as_of.to_string());
        if !standing.problems.is_empty() {
            rule.needs_review = true;
            rule.review_reasons.extend(
                standing
                    .problems
                    .iter()
                    .map(|problem| format!("the baseline data is flawed here: {problem}")),
            );
        }
    } else if rule.status == position.status && rule.reason == position.reason {
        // The page agrees with the baseline but did not repeat its terms
        // (a board news item rarely restates the training hours): the
        // baseline's conditions still bind, marked as coming from it.
        for condition in &position.conditions {
            let known = rule
                .conditions
                .iter()
                .any(|own| own.eq_ignore_ascii_case(condition));
            if !known {
                rule.conditions
                    .push(format!("{condition} (baseline, as of {})", position.as_of));
            }
        }
    }
    if rule.states.is_empty() {
        rule.states = position.states.clone();
    }
    rule.baseline = Some(BaselineNote {
        status: position.status,
        reason: position.reason,
        as_of: position.as_of.to_string(),
        list: position.list.clone(),
        list_title: standing.list_title.clone(),
        evidence: position.evidence.clone(),
        source_url: position.source_url.clone(),
        problems: standing.problems,
    });
}

/// Why one source asks for review, in words a reviewer acts on.
fn review_because(id: &str, state: &SourceState) -> Vec<String> {
    let mut because = Vec::new();
    if state.consecutive_failures > 0 && state.latest_seq.is_some() {
        let what = match state.last_fetch {
            FetchState::ExtractionFailed => "could not be read as before",
            _ => "could not be fetched",
        };
        let error = state
            .last_error
            .as_deref()
            .map(|error| format!(" ({error})"))
            .unwrap_or_default();
        because.push(format!(
            "{id} {what} on the last check{error}; its last good reading is kept"
        ));
    }
    match state.pending_review.len() {
        0 => {}
        1 => because.push(format!(
            "{id} has a change awaiting a reviewer (#{})",
            state.pending_review[0]
        )),
        n => because.push(format!("{id} has {n} changes awaiting a reviewer")),
    }
    if state.finding_needs_review && because.is_empty() {
        because.push(format!(
            "{id}'s page states its position with qualifications (partial coverage or conflicting statements)"
        ));
    }
    because
}

fn empty_finding(status: Status, reason: Option<Reason>) -> Finding {
    Finding {
        status,
        reason,
        evidence: Vec::new(),
        cpt_codes: Vec::new(),
        terms: Vec::new(),
        conditions: Vec::new(),
        effective_date: None,
        policy_number: None,
        needs_review: false,
        next_change: None,
    }
}

/// The statuses a ruleset is versioned on.
pub fn status_fingerprint(ruleset: &Ruleset) -> Vec<(String, String)> {
    ruleset
        .rules
        .iter()
        .map(|rule| {
            let status = match rule.reason {
                Some(reason) => format!("{}/{}", rule.status, reason),
                None => rule.status.to_string(),
            };
            (format!("{}/{}", rule.kind, rule.subject), status)
        })
        .collect()
}

/// The next ruleset state: the version moves only when a status or reason did.
pub fn next_state(previous: &RulesetState, ruleset: &Ruleset) -> RulesetState {
    let statuses = status_fingerprint(ruleset);
    let changed = previous.statuses != statuses;
    let any_read = ruleset
        .rules
        .iter()
        .any(|rule| rule.status != Status::Unknown);
    RulesetState {
        version: if changed && (any_read || previous.version > 0) {
            previous.version + 1
        } else {
            previous.version
        },
        statuses,
    }
}

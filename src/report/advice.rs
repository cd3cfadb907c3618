//! Billing guidance from the ruleset: the three questions a clinic asks
//! before billing dry needling. May a physical therapist perform it in this
//! state (and on what conditions)? Does this payer cover it (and under which
//! code)? And so what should the clinic do: not perform it, bill the payer
//! with 20560/20561, or treat it as cash-pay? Each answer carries the
//! evidence, URL and date behind it. Pure: ruleset in, advice out.

use serde::Serialize;

use crate::model::{Reason, SourceKind, Status};

use super::ruleset::{Rule, Ruleset};

/// What the clinic should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    DoNotPerform,
    WaitForRules,
    ConfirmWithBoard,
    BillPayer,
    CashPay,
    AskPayer,
    /// The rule is contested or in doubt: a reviewer must settle it first.
    ReviewFirst,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::DoNotPerform => "do_not_perform",
            Action::WaitForRules => "wait_for_rules",
            Action::ConfirmWithBoard => "confirm_with_board",
            Action::BillPayer => "bill_payer",
            Action::CashPay => "cash_pay",
            Action::AskPayer => "ask_payer",
            Action::ReviewFirst => "review_first",
        }
    }
}

/// One answer with what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub subject: String,
    pub status: Status,
    pub reason: Option<Reason>,
    pub conditions: Vec<String>,
    pub evidence: Vec<String>,
    pub url: Option<String>,
    /// The effective date the page gives, else the baseline's date, else when it last changed.
    pub date: Option<String>,
    /// "crawled", "baseline" or "none".
    pub basis: String,
    pub needs_review: bool,
    /// Why the answer is in doubt, in plain words.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub review_reasons: Vec<String>,
    /// What each source says, when they do not all say the same.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sides: Vec<Side>,
}

/// One source's side of a contested rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub source: String,
    pub status: Status,
    pub reason: Option<Reason>,
    pub evidence: Option<String>,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub state: Answer,
    pub payer: Option<Answer>,
    pub action: Action,
    pub summary: String,
}

fn answer(rule: Option<&Rule>, subject: &str) -> Answer {
    let Some(rule) = rule else {
        return Answer {
            subject: subject.to_string(),
            status: Status::Unknown,
            reason: None,
            conditions: Vec::new(),
            evidence: Vec::new(),
            url: None,
            date: None,
            basis: "none".into(),
            needs_review: false,
            review_reasons: Vec::new(),
            sides: Vec::new(),
        };
    };
    let positions = || {
        rule.sources
            .iter()
            .filter(|source| source.status.is_position())
    };
    let contested = positions().any(|source| {
        positions().any(|other| (other.status, other.reason) != (source.status, source.reason))
    });
    let sides = if contested {
        positions()
            .map(|source| Side {
                source: source.id.clone(),
                status: source.status,
                reason: source.reason,
                evidence: source.evidence.clone(),
                url: source.url.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let url = match rule.basis {
        "baseline" => rule
            .baseline
            .as_ref()
            .and_then(|note| note.source_url.clone()),
        _ => rule
            .sources
            .iter()
            .find(|source| source.status == rule.status)
            .or(rule.sources.first())
            .map(|source| source.url.clone()),
    };
    Answer {
        subject: rule.subject.clone(),
        status: rule.status,
        reason: rule.reason,
        conditions: rule.conditions.clone(),
        evidence: rule.evidence.clone(),
        url,
        date: rule
            .effective_date
            .clone()
            .or_else(|| rule.last_changed.clone()),
        basis: rule.basis.to_string(),
        needs_review: rule.needs_review,
        review_reasons: rule.review_reasons.clone(),
        sides,
    }
}

/// Advice for a state, and optionally a payer.
pub fn advise(ruleset: &Ruleset, state: &str, payer: Option<&str>) -> Advice {
    let find = |kind: SourceKind, subject: &str| {
        ruleset
            .rules
            .iter()
            .find(|rule| rule.kind == kind && rule.subject.eq_ignore_ascii_case(subject))
    };
    let state_answer = answer(
        find(SourceKind::StateBoard, state),
        &state.to_ascii_uppercase(),
    );
    let payer_answer = payer.map(|key| answer(find(SourceKind::Payer, key), key));
    let code = state_answer.subject.clone();
    let (action, summary) = match state_answer.status {
        Status::Allowed if state_answer.needs_review => (
            Action::ReviewFirst,
            format!(
                "Do not rely on this yet: whether a physical therapist may perform dry needling in {code} needs review ({}). Confirm with the state board, or have a reviewer settle it, before performing it.",
                doubts(&state_answer)
            ),
        ),
        Status::NotAllowed => (
            Action::DoNotPerform,
            format!(
                "Do not perform dry needling in {code}: it is outside the physical therapy scope of practice there."
            ),
        ),
        Status::OnHold => (
            Action::WaitForRules,
            format!(
                "Do not perform dry needling in {code} yet: physical therapists may not perform it until the board's rules (or endorsements) are in place."
            ),
        ),
        Status::Allowed => payer_action(&code, &state_answer, payer_answer.as_ref()),
        _ => (
            Action::ConfirmWithBoard,
            format!(
                "No clear position for {code}: confirm with the state board that dry needling is within physical therapy practice before performing it."
            ),
        ),
    };
    let summary = match state_answer.status {
        Status::Allowed => summary,
        _ if state_answer.needs_review => format!(
            "{summary} (This rule needs review: {}.)",
            doubts(&state_answer)
        ),
        _ => summary,
    };
    Advice {
        state: state_answer,
        payer: payer_answer,
        action,
        summary,
    }
}

/// Why an answer is in doubt, with each side's evidence when sources
/// disagree, in one line a clinic can act on.
fn doubts(answer: &Answer) -> String {
    let mut parts: Vec<String> = answer.review_reasons.clone();
    if parts.is_empty() {
        parts.push("a reviewer has not yet confirmed the latest reading".into());
    }
    for side in &answer.sides {
        let said = crate::detect::describe(side.status, side.reason);
        let quote = side
            .evidence
            .as_deref()
            .map(|quote| format!(": “{quote}”"))
            .unwrap_or_default();
        parts.push(format!("{} says {said}{quote} <{}>", side.source, side.url));
    }
    parts.join("; ")
}

fn payer_action(code: &str, state: &Answer, payer: Option<&Answer>) -> (Action, String) {
    let permitted = if state.conditions.is_empty() {
        format!("A physical therapist may perform dry needling in {code}.")
    } else {
        format!(
            "A physical therapist may perform dry needling in {code} on these conditions: {}.",
            state.conditions.join("; ")
        )
    };
    let Some(payer) = payer else {
        return (
            Action::AskPayer,
            format!(
                "{permitted} Check the payer's policy before billing; if it will not pay, offer the service as cash-pay."
            ),
        );
    };
    let name = &payer.subject;
    if payer.needs_review && payer.status.is_position() {
        return (
            Action::ReviewFirst,
            format!(
                "{permitted} Whether {name} covers it needs review ({}): confirm {name}'s policy before billing; until then treat it as cash-pay with the patient's written agreement.",
                doubts(payer)
            ),
        );
    }
    match payer.status {
        Status::Covered => {
            let criteria = if payer.conditions.is_empty() {
                String::new()
            } else {
                format!(" Meet its criteria: {}.", payer.conditions.join("; "))
            };
            (
                Action::BillPayer,
                format!(
                    "{permitted} Bill {name} with CPT 20560 (1 or 2 muscles) or 20561 (3 or more muscles).{criteria}"
                ),
            )
        }
        Status::NotCovered => {
            let why = match payer.reason {
                Some(Reason::ExperimentalInvestigational) => {
                    " (it considers dry needling experimental/investigational)"
                }
                Some(Reason::NotMedicallyNecessary) => {
                    " (it considers dry needling not medically necessary)"
                }
                Some(Reason::BenefitExclusion) => " (the plan or the law excludes it)",
                None => "",
            };
            let medicare = if name.eq_ignore_ascii_case("medicare") {
                " Medicare treats 20560/20561 as non-covered by statute, so the patient pays; an ABN is voluntary, not required."
            } else {
                " Tell the patient before treatment and get written agreement to pay."
            };
            (
                Action::CashPay,
                format!(
                    "{permitted} {name} does not cover it{why}: do not bill {name} for dry needling; treat it as cash-pay (patient responsibility).{medicare}"
                ),
            )
        }
        _ => (
            Action::AskPayer,
            format!(
                "{permitted} {name} states no position: ask {name} for its policy (and the code it wants) before billing; otherwise treat it as cash-pay."
            ),
        ),
    }
}

/// The matrix for every state and every payer, as CSV.
pub fn matrix_csv(ruleset: &Ruleset) -> String {
    let mut out = String::from(
        "state,payer,may_perform,state_basis,state_date,state_needs_review,coverage,reason,payer_basis,payer_date,payer_needs_review,action,advice\n",
    );
    let states: Vec<&Rule> = ruleset
        .rules
        .iter()
        .filter(|rule| rule.kind == SourceKind::StateBoard)
        .collect();
    let payers: Vec<&Rule> = ruleset
        .rules
        .iter()
        .filter(|rule| rule.kind == SourceKind::Payer)
        .collect();
    for state in &states {
        let applies =
            |payer: &&&Rule| payer.states.is_empty() || payer.states.contains(&state.subject);
        for payer in payers.iter().filter(applies) {
            let advice = advise(ruleset, &state.subject, Some(&payer.subject));
            let payer_answer = advice.payer.as_ref();
            let fields = [
                advice.state.subject.clone(),
                payer.subject.clone(),
                advice.state.status.to_string(),
                advice.state.basis.clone(),
                advice.state.date.clone().unwrap_or_default(),
                advice.state.needs_review.to_string(),
                payer_answer
                    .map(|answer| answer.status.to_string())
                    .unwrap_or_default(),
                payer_answer
                    .and_then(|answer| answer.reason)
                    .map(|reason| reason.to_string())
                    .unwrap_or_default(),
                payer_answer
                    .map(|answer| answer.basis.clone())
                    .unwrap_or_default(),
                payer_answer
                    .and_then(|answer| answer.date.clone())
                    .unwrap_or_default(),
                payer_answer
                    .map(|answer| answer.needs_review.to_string())
                    .unwrap_or_default(),
                advice.action.as_str().to_string(),
                advice.summary.clone(),
            ];
            let escaped: Vec<String> = fields.iter().map(|field| super::csv_field(field)).collect();
            out.push_str(&escaped.join(","));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests;

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
        };
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
    Advice {
        state: state_answer,
        payer: payer_answer,
        action,
        summary,
    }
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
        for payer in &payers {
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
mod tests {
    use super::*;
    use crate::report::ruleset::{Rule, Ruleset};

    fn rule(kind: SourceKind, subject: &str, status: Status, reason: Option<Reason>) -> Rule {
        Rule {
            subject: subject.into(),
            kind,
            name: subject.into(),
            status,
            reason,
            evidence: vec!["quoted".into()],
            conditions: vec![],
            effective_date: Some("2024-06-22".into()),
            sources: vec![],
            last_changed: None,
            needs_review: false,
            basis: "crawled",
            baseline: None,
        }
    }

    fn ruleset() -> Ruleset {
        Ruleset {
            schema: 1,
            version: 1,
            generated_at: None,
            service: "dry needling".into(),
            cpt_codes: vec![],
            rules: vec![
                rule(SourceKind::StateBoard, "WA", Status::Allowed, None),
                rule(SourceKind::StateBoard, "HI", Status::NotAllowed, None),
                rule(SourceKind::StateBoard, "OR", Status::OnHold, None),
                rule(
                    SourceKind::Payer,
                    "medicare",
                    Status::NotCovered,
                    Some(Reason::BenefitExclusion),
                ),
                rule(SourceKind::Payer, "acme", Status::Covered, None),
            ],
        }
    }

    #[test]
    fn the_state_decides_first_then_the_payer() {
        let rules = ruleset();
        assert_eq!(
            advise(&rules, "HI", Some("acme")).action,
            Action::DoNotPerform
        );
        assert_eq!(
            advise(&rules, "or", Some("acme")).action,
            Action::WaitForRules
        );
        assert_eq!(advise(&rules, "WA", Some("acme")).action, Action::BillPayer);
        assert!(advise(&rules, "WA", Some("acme")).summary.contains("20560"));
        let medicare = advise(&rules, "WA", Some("medicare"));
        assert_eq!(medicare.action, Action::CashPay);
        assert!(medicare.summary.contains("ABN is voluntary"));
        assert_eq!(
            advise(&rules, "WA", Some("unknown-payer")).action,
            Action::AskPayer
        );
        assert_eq!(advise(&rules, "TX", None).action, Action::ConfirmWithBoard);
    }

    #[test]
    fn the_matrix_has_a_row_per_state_and_payer() {
        let csv = matrix_csv(&ruleset());
        assert_eq!(csv.lines().count(), 1 + 3 * 2);
        assert!(
            csv.lines()
                .any(|line| line.starts_with("HI,acme,not_allowed"))
        );
    }
}

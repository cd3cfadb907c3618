//! Advice: the state decides first, doubt is never hidden, payers pair by state.

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
        review_reasons: vec![],
        states: vec![],
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

fn source(id: &str, status: Status, quote: &str) -> crate::report::ruleset::RuleSource {
    crate::report::ruleset::RuleSource {
        id: id.into(),
        url: format!("https://example.org/{id}"),
        status,
        reason: None,
        checked_at: None,
        fetch: "ok",
        snapshot: None,
        error: None,
        evidence: Some(quote.into()),
    }
}

#[test]
fn a_contested_permission_is_never_advised_as_may_perform() {
    let mut rules = ruleset();
    let wa = &mut rules.rules[0];
    wa.needs_review = true;
    wa.review_reasons = vec!["sources disagree".into()];
    wa.sources = vec![
        source(
            "wa-board",
            Status::Allowed,
            "Dry needling is within the scope.",
        ),
        source(
            "wa-ag",
            Status::NotAllowed,
            "Dry needling is outside the scope.",
        ),
    ];
    let advice = advise(&rules, "WA", Some("acme"));
    assert_eq!(advice.action, Action::ReviewFirst);
    assert!(!advice.summary.contains("may perform dry needling in WA."));
    assert!(advice.summary.contains("needs review"));
    assert!(advice.summary.contains("wa-board says allowed"));
    assert!(advice.summary.contains("wa-ag says not_allowed"));
    assert!(advice.summary.contains("outside the scope"));
    assert_eq!(advice.state.sides.len(), 2);
}

#[test]
fn a_permission_in_doubt_for_another_reason_says_why() {
    let mut rules = ruleset();
    rules.rules[0].needs_review = true;
    rules.rules[0].review_reasons = vec!["wa-board could not be fetched on the last check".into()];
    let advice = advise(&rules, "WA", None);
    assert_eq!(advice.action, Action::ReviewFirst);
    assert!(advice.summary.contains("could not be fetched"));
    assert!(advice.state.sides.is_empty());
}

#[test]
fn a_payer_in_doubt_is_not_billed_blindly() {
    let mut rules = ruleset();
    rules.rules[4].needs_review = true;
    rules.rules[4].review_reasons = vec!["covered for some indications only".into()];
    let advice = advise(&rules, "WA", Some("acme"));
    assert_eq!(advice.action, Action::ReviewFirst);
    assert!(advice.summary.contains("covered for some indications only"));
}

#[test]
fn a_regional_payer_is_paired_only_with_the_states_it_serves() {
    let mut rules = ruleset();
    rules.rules[4].states = vec!["WA".into()];
    let csv = matrix_csv(&rules);
    assert!(csv.lines().any(|line| line.starts_with("WA,acme,")));
    assert!(!csv.lines().any(|line| line.starts_with("HI,acme,")));
    assert!(csv.lines().any(|line| line.starts_with("HI,medicare,")));
    assert_eq!(csv.lines().count(), 1 + 3 + 1);
}

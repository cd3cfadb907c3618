//! Payer pages: reasons, mixed policies, dated splits, coding tables.

use super::*;

#[test]
fn payer_reasons() {
    payer(
        "Dry needling is considered experimental and investigational and is not covered.",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
    payer(
        "Dry needling is not considered medically necessary.",
        Status::NotCovered,
        Some(Reason::NotMedicallyNecessary),
    );
    payer(
        "CPT 20560 and 20561 are non-covered unless otherwise specified through a national coverage determination.",
        Status::NotCovered,
        Some(Reason::BenefitExclusion),
    );
    payer(
        "Dry needling is covered when all of the following criteria are met.",
        Status::Covered,
        None,
    );
}

#[test]
fn mixed_policies_judge_each_service_separately() {
    payer(
        "Acupuncture is covered for chronic low back pain; dry needling is not covered because it is investigational.",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
    payer(
        "Acupuncture is covered when criteria are met. Dry needling is excluded from coverage.",
        Status::NotCovered,
        Some(Reason::BenefitExclusion),
    );
}

#[test]
fn date_of_service_splits_read_as_of_today() {
    payer(
        "Dry needling is covered when criteria are met for dates of service before July 1, 2021. For dates of service on or after July 1, 2021, dry needling is considered investigational.",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
    payer(
        "Dry needling is covered when criteria are met. Effective for dates of service on or after January 1, 2028, dry needling will be considered investigational.",
        Status::Covered,
        None,
    );
}

#[test]
fn coding_tables_without_prose() {
    payer(
        "Code | Description | Status\n20560 | Needle insertion(s) without injection(s); 1 or 2 muscle(s) | Not covered - investigational\n20561 | Needle insertion(s) without injection(s); 3 or more muscles | Not covered - investigational",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
}

#[test]
fn carried_subjects_count() {
    payer(
        "Dry needling of trigger points has been reviewed. It is considered investigational.",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
}

#[test]
fn findings_list_terms_codes_and_conditions() {
    let finding = classify_on(
        "Physical therapists may perform dry needling (CPT 20560) after 50 hours of in-person training.",
        SourceKind::StateBoard,
        today(),
    );
    assert_eq!(finding.terms, vec!["dry needling"]);
    assert_eq!(finding.cpt_codes, vec!["20560"]);
    assert!(finding.conditions.iter().any(|c| c.starts_with("50 hours")));
    assert_eq!(finding.evidence.len(), 1);
}

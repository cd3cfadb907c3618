use super::*;

fn stance(clause: &str, kind: SourceKind) -> Option<(Status, Option<Reason>)> {
    judge(clause, kind, Subject::Named, 0, 0).map(|vote| (vote.status, vote.reason))
}

fn board(clause: &str) -> Option<Status> {
    stance(clause, SourceKind::StateBoard).map(|(status, _)| status)
}

#[test]
fn negation_flips_nearby_cues_only() {
    assert_eq!(
        board("Dry needling is within the scope of practice"),
        Some(Status::Allowed)
    );
    assert_eq!(
        board("Dry needling is not within the scope of practice"),
        Some(Status::NotAllowed)
    );
    assert_eq!(
        board("Dry needling does not fall within physical therapy"),
        Some(Status::NotAllowed)
    );
    assert_eq!(
        board("Nothing in this act prohibits a physical therapist from performing dry needling"),
        Some(Status::Allowed)
    );
    assert_eq!(
        board("Neither the act nor the rules permit physical therapists to perform dry needling"),
        Some(Status::NotAllowed)
    );
}

#[test]
fn questions_and_arguments_state_nothing() {
    assert_eq!(
        board("May a physical therapist perform dry needling?"),
        None
    );
    assert_eq!(
        board("The board was asked whether dry needling is within the scope of practice"),
        None
    );
    assert_eq!(
        board("The acupuncture board argued that dry needling is outside the scope"),
        None
    );
}

#[test]
fn waiting_for_rules_is_on_hold_but_waiting_for_training_is_a_condition() {
    assert_eq!(
        board("A physical therapist may not perform dry needling until rules are adopted"),
        Some(Status::OnHold)
    );
    assert_eq!(
        board(
            "A physical therapist may not perform dry needling until completing 50 hours of training"
        ),
        Some(Status::Allowed)
    );
}

#[test]
fn payer_reasons_and_carve_outs() {
    let payer = SourceKind::Payer;
    assert_eq!(
        stance("Dry needling is considered investigational", payer),
        Some((
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational)
        ))
    );
    assert_eq!(
        stance("Acupuncture is covered, excluding dry needling", payer),
        Some((Status::NotCovered, Some(Reason::BenefitExclusion)))
    );
    assert_eq!(
        stance("Dry needling is covered when the criteria are met", payer),
        Some((Status::Covered, None))
    );
    assert_eq!(
        stance("Dry needling is not considered medically necessary", payer),
        Some((Status::NotCovered, Some(Reason::NotMedicallyNecessary)))
    );
}

#[test]
fn limits_weigh_less_than_positions() {
    let vote = judge(
        "Dry needling is not payable on the same day as a trigger point injection",
        SourceKind::Payer,
        Subject::Named,
        0,
        0,
    )
    .unwrap();
    assert_eq!(vote.weight, QUALIFIED);
}

//! The failure classes seen on real published text (issue 10), each with
//! sentences written for this test and a near miss that must read otherwise.

use super::*;

#[test]
fn duties_and_definitions_imply_permission() {
    board(
        "18.5 Dry needling. A physical therapist who performs dry needling shall complete 54 hours of instruction and shall keep a record of each patient's written consent.",
        Status::Allowed,
    );
    board(
        "As used in this chapter, \"intramuscular manual therapy\" means a skilled technique in which a physical therapist inserts a solid filament needle into muscle.",
        Status::Allowed,
    );
    board(
        "Section 3 of the act amends the physical therapy scope of practice to include intramuscular needling.",
        Status::Allowed,
    );
    // Near miss: the defining practice is another discipline.
    board(
        "\"Acupuncture\" includes dry needling and every other insertion of needles for therapy.",
        Status::Unclear,
    );
}

#[test]
fn negations_of_side_acts_are_not_bans() {
    board(
        "A physical therapist may perform dry needling. Dry needling shall not be delegated to support personnel.",
        Status::Allowed,
    );
    board(
        "A physical therapist who offers dry needling shall obtain written consent. The service may not be billed as acupuncture.",
        Status::Allowed,
    );
    board(
        "Licensees shall not perform dry needling beyond the limits of their training and competence.",
        Status::Allowed,
    );
    // Near miss: the act negated is the service itself.
    board(
        "A physical therapist licensed in this state shall not perform dry needling.",
        Status::NotAllowed,
    );
}

#[test]
fn outside_scope_said_in_other_words() {
    board(
        "The board has determined that trigger point dry needling is not a skill of physical therapy in this state.",
        Status::NotAllowed,
    );
    board(
        "Intramuscular needling remains outside the physical therapy scope of practice.",
        Status::NotAllowed,
    );
    board(
        "Read as a whole, the practice act does not mean for physical therapy to include dry needling.",
        Status::NotAllowed,
    );
    // Near miss: the outside-scope wording is itself negated.
    board(
        "Dry needling is not regarded by the board as lying outside the scope of physical therapy practice.",
        Status::Allowed,
    );
}

#[test]
fn bills_and_other_states_are_not_this_states_law() {
    board(
        "House Bill 1210 would permit physical therapists to perform dry needling after 50 hours of training.",
        Status::Unclear,
    );
    board(
        "Most states now permit physical therapists to perform dry needling.",
        Status::Unclear,
    );
    board(
        "Unless and until a bill is enacted, dry needling remains outside the scope of physical therapy practice.",
        Status::NotAllowed,
    );
    // Near miss: the bill was signed, so its grant is law.
    board(
        "The governor signed Senate Bill 44, which permits physical therapists to perform dry needling.",
        Status::Allowed,
    );
}

#[test]
fn history_does_not_outweigh_the_current_statement() {
    board(
        "In 2014, the board stated that dry needling was outside the scope of practice. A physical therapist may perform dry needling after completing 50 hours of training.",
        Status::Allowed,
    );
    board(
        "Until rules were adopted, therapists could not yet perform it. Physical therapists may now perform dry needling.",
        Status::Allowed,
    );
}

#[test]
fn a_resources_heading_silences_only_its_own_section() {
    board(
        "Related links\n\u{2022} Dry needling course providers\n\u{2022} Board rules\nDry Needling by Physical Therapists in This State\nA physical therapist may perform dry needling after 40 hours of instruction.",
        Status::Allowed,
    );
}

#[test]
fn payer_grounds_partial_coverage_and_authorization_rows() {
    payer(
        "Dry needling is investigational and therefore not a covered benefit.",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
    payer(
        "Dry needling is medically necessary for myofascial pain when the criteria below are met. Dry needling for all other indications is considered investigational.",
        Status::Covered,
        None,
    );
    payer(
        "Code | Description | Prior authorization\n20560 | Needle insertion without injection | No authorization needed",
        Status::Unclear,
        None,
    );
}

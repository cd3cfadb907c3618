use super::*;
use jiff::civil::date;

fn today() -> Date {
    date(2026, 11, 26)
}

fn check(text: &str, kind: SourceKind, status: Status, reason: Option<Reason>) {
    let finding = classify_on(text, kind, today());
    assert_eq!(
        (finding.status, finding.reason),
        (status, reason),
        "text: {text}\nfinding: {finding:#?}"
    );
}

fn board(text: &str, status: Status) {
    check(text, SourceKind::StateBoard, status, None);
}

fn payer(text: &str, status: Status, reason: Option<Reason>) {
    check(text, SourceKind::Payer, status, reason);
}

#[test]
fn a_subject_line_posing_a_question_states_nothing() {
    board(
        "Re: Whether the 2019 guidance treating dry needling as within the practice of \
             physical therapy still applies.\n\
             Conclusion\n\
             Physical therapists in this state are not authorized to perform dry needling.",
        Status::NotAllowed,
    );
}

#[test]
fn a_permission_that_lasts_until_a_later_change_is_not_a_wait() {
    board(
        "The repeal of the dry needling rule takes effect on June 1, 2027. On and after \
             that date, physical therapists will not be permitted to perform dry needling.\n\
             Until then, a physical therapist who meets the rule may continue to perform dry \
             needling.",
        Status::Allowed,
    );
    let finding = classify_on(
        "The repeal of the dry needling rule takes effect on June 1, 2027. On and after \
             that date, physical therapists will not be permitted to perform dry needling.",
        SourceKind::StateBoard,
        today(),
    );
    assert_eq!(
        finding.next_change.as_deref(),
        Some("2027-06-01"),
        "{finding:#?}"
    );
}

#[test]
fn no_endorsement_issued_yet_is_on_hold() {
    board(
        "The 2025 act provides that physical therapy includes dry needling by a therapist \
             who holds an endorsement. Because no endorsement has been or can yet be issued, \
             dry needling is not presently within the scope of practice of any therapist.",
        Status::OnHold,
    );
}

#[test]
fn a_board_not_in_a_position_to_answer_states_no_position() {
    board(
        "Several licensees asked about dry needling. The question was referred to the \
             rules committee. Until then, the Board is not in a position to respond to \
             inquiries about dry needling.",
        Status::Unclear,
    );
}

#[test]
fn limits_listed_under_shall_not_do_not_outweigh_the_permission() {
    board(
        "2. Nothing in this chapter shall be construed to prohibit a physical therapist \
             from performing dry needling if the therapist meets this section.\n\
             4. A physical therapist shall not:\n\
             (a) Delegate dry needling to an aide or a student;\n\
             (b) Describe dry needling as acupuncture in any advertisement; or\n\
             (c) Perform dry needling for a purpose other than treating a condition in the plan of care.\n\
             5. A physical therapist assistant shall not perform dry needling.\n\
             6. A physical therapist who performs dry needling keeps a record of training.",
        Status::Allowed,
    );
}

#[test]
fn regional_news_and_history_sections_state_no_current_position() {
    board(
        "Iowa Board Bulletin\n\
             Around the Region: Utah Update\n\
             The Utah board announced that physical therapists licensed there may continue to \
             perform dry needling.\n\
             Disciplinary Actions\n\
             Four orders were entered.",
        Status::Unclear,
    );
    board(
        "Facts and history\n\
             In 2016 the Board adopted a statement. It declared that dry needling falls within \
             the practice of physical therapy.\n\
             Analysis\n\
             Physical therapists are not authorized to perform dry needling.",
        Status::NotAllowed,
    );
}

#[test]
fn proposals_requests_dissents_and_citations_state_nothing() {
    board(
        "Item 7. Letter from the acupuncture association requesting the board to declare \
             that dry needling is acupuncture.\n\
             MOTION by Member Ames, seconded by Member Ruiz, to affirm that dry needling is \
             within the scope of practice. Motion failed, 2-3.",
        Status::Unclear,
    );
    board(
        "We hold that dry needling is not within the scope of physical therapy and that \
             the rule exceeds the Board's statutory authority.\n\
             DISSENT\n\
             I would hold that dry needling falls within the practice of physical therapy.",
        Status::NotAllowed,
    );
    board(
        "Reading list\n\
             A-5. Journal article: \"Dry needling is within the scope of physical therapist \
             practice.\" Journal of Manual Therapy. 2018.",
        Status::Unclear,
    );
}

#[test]
fn open_questions_inside_statements_and_assistant_only_rules_state_nothing() {
    board(
        "This advisory concerns assistants. It does not address, and should not be read as \
             addressing, whether a licensed physical therapist may perform dry needling.",
        Status::Unclear,
    );
    board(
        "PTA corner: a PTA in this state may not perform dry needling, period.",
        Status::Unclear,
    );
    board(
        "The insertion of needles, whether described as dry needling or intramuscular \
             therapy, is not authorized under the practice act.",
        Status::NotAllowed,
    );
}

#[test]
fn numbered_faq_answers_and_informal_wording() {
    board(
        "Q3. Can a physical therapist perform dry needling in this state?\n\
             ----------------------------------\n\
             No.\n\
             The practice act does not reach it.",
        Status::NotAllowed,
    );
    board(
        "Green light! Georgia PTs can dry needle starting in January.",
        Status::Allowed,
    );
    board(
        "Nothing has changed since the 2019 opinion, which concluded that dry needling is not \
             within the scope of practice of physical therapy.",
        Status::NotAllowed,
    );
}

#[test]
fn a_status_cell_in_a_table_row_counts_for_the_row_it_names() {
    board(
        "Procedure | Determination | Notes\n\
             Joint mobilization | Permitted | None.\n\
             Trigger point dry needling | Permitted | 54 hours of in-person instruction.\n\
             Dry needling by an assistant | Not within scope | Assistants may not insert needles.\n\
             Injection of any substance | Not within scope | Dry needling uses solid needles only.",
        Status::Allowed,
    );
    payer(
        "Code | Description | Coverage\n\
             20560 | Needle insertion(s) without injection(s); 1 or 2 muscles | Deny - not med necessary",
        Status::NotCovered,
        Some(Reason::NotMedicallyNecessary),
    );
}

#[test]
fn section_dates_and_dated_log_rows_place_statements_in_time() {
    payer(
        "2. Position for dates of service 04/01/2024 through 12/31/2026\n\
             Dry needling is considered experimental/investigational for all indications.\n\
             4. Criteria for dates of service on or after 01/01/2027\n\
             Dry needling will be considered medically necessary when all of the following are met:\n\
             a. Pain for at least 12 weeks.\n\
             5. Evidence summary\n\
             Newer trials are larger.",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
    payer(
        "Needle insertion without injection does not meet medical necessity criteria.\n\
             VII. REVISION HISTORY\n\
             Date Change\n\
             01/01/2021 Guideline created. Needle insertion without injection classified as experimental/investigational.\n\
             03/01/2025 Reclassified needle insertion without injection from investigational to not medically necessary.",
        Status::NotCovered,
        Some(Reason::NotMedicallyNecessary),
    );
}

#[test]
fn definitions_subjects_and_scope_wording() {
    board(
        "Until then no endorsement can be issued, which means that no physical therapist in \
             this state may perform dry needling today.",
        Status::OnHold,
    );
    board(
        "The board's position is that dry needling, when performed by a physical therapist who \
             meets the conditions below, constitutes the practice of physical therapy.",
        Status::Allowed,
    );
    board(
        "(a) The performance of dry needling is limited to physical therapists who have \
             completed at least 50 hours of instruction.",
        Status::Allowed,
    );
}

#[test]
fn waits_double_negatives_and_concessions() {
    board(
        "The statute says a physical therapist may not perform dry needling without a current \
             Board registration. Because no registration can be issued yet, no licensee is \
             authorized to provide the service at this time, regardless of training completed \
             in another state.",
        Status::OnHold,
    );
    board(
        "Dry needling is not regarded by the Board as lying outside the scope of physical \
             therapy practice.",
        Status::Allowed,
    );
    board(
        "Under our rules a licensed physical therapist can use dry needling once they have \
             finished 30 hours of instruction.",
        Status::Allowed,
    );
    payer(
        "Dry needling is considered experimental, investigational or unproven for all \
             indications, including but not limited to myofascial pain.",
        Status::NotCovered,
        Some(Reason::ExperimentalInvestigational),
    );
}

#[test]
fn distant_and_local_negations_are_counted_once() {
    board(
        "Dry needling is not considered within the scope of physical therapy.",
        Status::NotAllowed,
    );
    payer(
        "The plan does not consider intramuscular needling medically necessary for any \
             condition.",
        Status::NotCovered,
        Some(Reason::NotMedicallyNecessary),
    );
    board(
        "No physical therapist holds the endorsement yet, and nobody can perform dry needling \
             here. A therapist may begin offering dry needling only once the Board begins \
             accepting applications.",
        Status::OnHold,
    );
    board(
        "Is trigger point dry needling part of physical therapy in this state?\nYes. A \
             therapist who completed 46 hours may use it.",
        Status::Allowed,
    );
}

#[test]
fn not_yet_answers_bare_statuses_and_other_professions() {
    board(
        "Legislation this year added dry needling to the practice of physical therapy for \
             holders of a certificate.\n\
             Does that mean I can start offering dry needling to my patients?\n\
             Not yet. The Board cannot issue certificates until its regulations are final.",
        Status::OnHold,
    );
    board(
        "Q. I completed 30 hours of dry needling training. Do I qualify? A. Not yet. You need \
             50 hours before a physical therapist may perform dry needling.",
        Status::Allowed,
    );
    board(
        "Many acupuncturists regard dry needling as acupuncture, and a licensed acupuncturist \
             may use it without further training.",
        Status::Unclear,
    );
    payer(
        "Dry needling, meaning the insertion of needles without injecting any drug.\nNever covered.",
        Status::NotCovered,
        Some(Reason::BenefitExclusion),
    );
}

#[test]
fn a_motion_counts_only_when_it_passes() {
    board(
        "Motion to issue a declaratory statement finding that performing dry needling is not \
             within the practice of physical therapy. Seconded. Passed 5-1.",
        Status::NotAllowed,
    );
    board(
        "Motion to affirm that dry needling is within the scope of practice of physical \
             therapy. Seconded. Motion failed 2-3.",
        Status::Unclear,
    );
    board(
        "It was moved, seconded and unanimously carried to respond that dry needling is not \
             within the scope of practice of physical therapy, and that any change would require \
             legislation.",
        Status::NotAllowed,
    );
}

#[test]
fn a_question_is_about_assistants_only_when_it_names_them() {
    // "acceptable" contains "pta": words count, not substrings.
    board(
        "May a physical therapist perform dry needling as an acceptable treatment?\nYes.",
        Status::Allowed,
    );
    board(
        "May a PTA perform dry needling?\nYes, under supervision.",
        Status::Unclear,
    );
}

#[test]
fn plain_board_statements() {
    board(
        "Dry needling is within the scope of practice of physical therapy.",
        Status::Allowed,
    );
    board(
        "Dry needling is not within the scope of practice of physical therapy.",
        Status::NotAllowed,
    );
    board(
        "A physical therapist may not perform dry needling.",
        Status::NotAllowed,
    );
    board(
        "Dry needling does not fall within the practice of physical therapy.",
        Status::NotAllowed,
    );
    board(
        "Intramuscular manual therapy is prohibited for physical therapists.",
        Status::NotAllowed,
    );
    board(
        "Physical therapists may perform trigger point dry needling after 50 hours of training.",
        Status::Allowed,
    );
    board(
        "A physical therapist shall not perform dry needling.",
        Status::NotAllowed,
    );
}

#[test]
fn double_negatives_and_neither_nor() {
    board(
        "Nothing in this chapter shall be construed to prohibit a physical therapist from performing dry needling.",
        Status::Allowed,
    );
    board(
        "Neither the practice act nor the board's rules authorize a physical therapist to perform dry needling.",
        Status::NotAllowed,
    );
}

#[test]
fn on_hold_until_rules_or_endorsement() {
    board(
        "Although the law now allows it, physical therapists may not perform dry needling until rules are adopted by the board.",
        Status::OnHold,
    );
    board(
        "A physical therapist may not perform dry needling until an endorsement is issued.",
        Status::OnHold,
    );
}

#[test]
fn assistants_do_not_decide_the_therapist_position() {
    board(
        "Dry needling is within the scope of practice for physical therapists. A physical therapist assistant may not perform dry needling.",
        Status::Allowed,
    );
}

#[test]
fn silence_references_and_questions_are_unclear() {
    board(
        "The board met on Tuesday.\nReferences\nDry needling is prohibited, says a 2019 article.",
        Status::Unclear,
    );
    board("Dry needling FAQ", Status::Unclear);
    board(
        "The Board has not taken a position on whether dry needling is within the scope of practice.",
        Status::Unclear,
    );
}

#[test]
fn faq_answers_take_the_question_stance() {
    board(
        "May a physical therapist perform dry needling?\nYes, if the therapist has completed 50 hours of training.",
        Status::Allowed,
    );
    board(
        "May a physical therapist perform dry needling?\nNo. The practice act does not allow it.",
        Status::NotAllowed,
    );
}

#[test]
fn the_later_statement_wins() {
    board(
        "In 2016 the Attorney General concluded that dry needling is outside the scope of physical therapy. In 2023 the Legislature amended the act, and since June 22, 2024 a physical therapist with an endorsement may perform dry needling.",
        Status::Allowed,
    );
}

mod payers;
mod real_text;

//! Reads normalized page text and decides what position it states, with the
//! sentences that show it.
//!
//! Pure: text in, [`Finding`] out, no I/O, no clock. The phrases it keys on
//! live in `vocabulary.toml`; this code decides how they combine: which
//! sentences are about the service, which cues a negation flips, and how
//! many statements agree.

mod details;
mod sentences;
mod vocabulary;

use std::collections::BTreeSet;

use crate::model::{Finding, Reason, SourceKind, Status};
use sentences::{Sentence, clauses, sentences};
use vocabulary::VOCABULARY;

/// Bump when the same text may classify differently, so stored findings made
/// by an older version are re-derived before comparing.
pub const CLASSIFIER_VERSION: u32 = 1;

/// Evidence quotes are cut to this many characters.
const MAX_EVIDENCE_CHARS: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Vote {
    status: Status,
    reason: Option<Reason>,
    sentence: usize,
}

pub fn classify(text: &str, kind: SourceKind) -> Finding {
    let vocabulary = &*VOCABULARY;
    let sentences = sentences(text, |line| vocabulary.mention.is_match(line));
    let mut terms = BTreeSet::new();
    let mut cpt_codes = BTreeSet::new();
    let mut votes = Vec::new();
    let mut conditions = Vec::new();

    for (index, sentence) in sentences.iter().enumerate() {
        let named: Vec<&str> = vocabulary
            .service
            .find_iter(sentence.text)
            .map(|found| found.as_str())
            .collect();
        let coded: Vec<&str> = vocabulary
            .cpt_code
            .find_iter(sentence.text)
            .map(|found| found.as_str())
            .collect();
        if named.is_empty() && coded.is_empty() {
            continue;
        }
        terms.extend(named.iter().map(|term| canonical_term(term)));
        cpt_codes.extend(coded.iter().map(|code| code.to_string()));
        if sentence.in_references {
            continue;
        }
        let before = votes.len();
        for clause in clauses(sentence.text) {
            if let Some(vote) = judge_clause(clause, kind, index) {
                votes.push(vote);
            }
        }
        if votes.len() > before {
            details::conditions_in(sentence.text, &mut conditions);
        }
    }

    let (status, reason, needs_review) = decide(&votes, kind);
    let evidence = evidence_for(&votes, &sentences, status, reason);
    if !matches!(status, Status::Allowed | Status::Covered | Status::OnHold) {
        conditions.clear();
    }
    Finding {
        status,
        reason,
        evidence,
        cpt_codes: cpt_codes.into_iter().collect(),
        terms: terms.into_iter().collect(),
        conditions,
        effective_date: details::labelled_date(text),
        policy_number: details::policy_number(text),
        needs_review,
    }
}

fn canonical_term(found: &str) -> String {
    let lower = found.to_lowercase().replace('-', " ");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The position one clause states about the service, if any.
fn judge_clause(clause: &str, kind: SourceKind, sentence: usize) -> Option<Vote> {
    let vocabulary = &*VOCABULARY;
    let mentions_service =
        vocabulary.service.is_match(clause) || vocabulary.cpt_code.is_match(clause);
    let mentions_other = vocabulary.other_services.is_match(clause);
    if !mentions_service && mentions_other {
        return None;
    }
    let lower = clause.to_lowercase();
    if lower.len() != clause.len() {
        // Offsets below are shared between `clause` and `lower`.
        return judge_clause(&clause.to_ascii_lowercase(), kind, sentence);
    }
    let whole_clause_negated = starts_with_negation(&lower);
    let mut positive = 0i32;
    let mut negative = 0i32;
    let mut count = |matches: regex::Matches<'_, '_>, inherently_positive: bool| {
        for found in matches {
            let flipped = is_negated(&lower, found.start()) ^ whole_clause_negated;
            if inherently_positive ^ flipped {
                positive += 1;
            } else {
                negative += 1;
            }
        }
    };
    match kind {
        SourceKind::StateBoard => {
            if mentions_assistant(&lower) {
                return None;
            }
            count(vocabulary.board_allowed.find_iter(clause), true);
            count(vocabulary.board_prohibited.find_iter(clause), false);
            if vocabulary.board_on_hold.is_match(clause) && (positive > 0 || negative > 0) {
                return Some(Vote {
                    status: Status::OnHold,
                    reason: None,
                    sentence,
                });
            }
            let status = match positive.cmp(&negative) {
                std::cmp::Ordering::Greater => Status::Allowed,
                std::cmp::Ordering::Less => Status::NotAllowed,
                std::cmp::Ordering::Equal => return None,
            };
            Some(Vote {
                status,
                reason: None,
                sentence,
            })
        }
        SourceKind::Payer => {
            let not_necessary = vocabulary.reason_not_necessary.is_match(clause);
            let experimental = vocabulary
                .reason_experimental
                .find_iter(clause)
                .any(|found| !is_negated(&lower, found.start()));
            let excluded = vocabulary.reason_exclusion.is_match(clause);
            count(vocabulary.payer_covered.find_iter(clause), true);
            count(vocabulary.payer_not_covered.find_iter(clause), false);
            if experimental || not_necessary {
                negative += 1;
            }
            if positive > 0 && negative > 0 && (experimental || not_necessary) {
                // "covered ... except when investigational" style: the reason cue decides.
                positive = 0;
            }
            let status = match positive.cmp(&negative) {
                std::cmp::Ordering::Greater => Status::Covered,
                std::cmp::Ordering::Less => Status::NotCovered,
                std::cmp::Ordering::Equal => return None,
            };
            let reason = if status != Status::NotCovered {
                None
            } else if not_necessary {
                Some(Reason::NotMedicallyNecessary)
            } else if experimental {
                Some(Reason::ExperimentalInvestigational)
            } else if excluded {
                Some(Reason::BenefitExclusion)
            } else {
                None
            };
            Some(Vote {
                status,
                reason,
                sentence,
            })
        }
    }
}

fn mentions_assistant(lower: &str) -> bool {
    lower.contains("assistant")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word == "pta" || word == "ptas")
}

fn starts_with_negation(lower: &str) -> bool {
    let first = lower.split_whitespace().next().unwrap_or("");
    matches!(first, "no" | "nothing" | "neither" | "none")
}

/// A negation word among the three words before `position`.
fn is_negated(lower: &str, position: usize) -> bool {
    let negations = &VOCABULARY.negation_words;
    lower[..position]
        .split_whitespace()
        .rev()
        .take(3)
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .any(|word| negations.iter().any(|negation| negation == word))
}

/// Chooses the status most statements support; a tie or a strong minority
/// means the page needs a human.
fn decide(votes: &[Vote], kind: SourceKind) -> (Status, Option<Reason>, bool) {
    if votes.is_empty() {
        return (Status::Unclear, None, false);
    }
    let candidates: &[Status] = match kind {
        SourceKind::StateBoard => &[Status::Allowed, Status::NotAllowed, Status::OnHold],
        SourceKind::Payer => &[Status::Covered, Status::NotCovered],
    };
    let tally = |status: Status| votes.iter().filter(|vote| vote.status == status).count();
    let best = candidates.iter().copied().max_by_key(|&status| {
        // Ties go to the status stated last: later statements supersede earlier ones.
        let last = votes
            .iter()
            .rposition(|vote| vote.status == status)
            .unwrap_or(0);
        (tally(status), last)
    });
    let Some(status) = best else {
        return (Status::Unclear, None, false);
    };
    let winning = tally(status);
    let others = votes.len() - winning;
    let needs_review = others > 0 && others * 2 >= winning;
    let reason = if status == Status::NotCovered {
        let reasons = [
            Reason::NotMedicallyNecessary,
            Reason::ExperimentalInvestigational,
            Reason::BenefitExclusion,
        ];
        reasons
            .into_iter()
            .max_by_key(|&reason| {
                votes
                    .iter()
                    .filter(|vote| vote.reason == Some(reason))
                    .count()
            })
            .filter(|&reason| votes.iter().any(|vote| vote.reason == Some(reason)))
    } else {
        None
    };
    (status, reason, needs_review)
}

fn evidence_for(
    votes: &[Vote],
    sentences: &[Sentence<'_>],
    status: Status,
    reason: Option<Reason>,
) -> Vec<String> {
    let mut chosen: Vec<usize> = votes
        .iter()
        .filter(|vote| vote.status == status && (reason.is_none() || vote.reason == reason))
        .map(|vote| vote.sentence)
        .collect();
    if chosen.is_empty() {
        chosen = votes
            .iter()
            .filter(|vote| vote.status == status)
            .map(|vote| vote.sentence)
            .collect();
    }
    chosen.dedup();
    chosen
        .into_iter()
        .take(3)
        .map(|index| quote(sentences[index].text))
        .collect()
}

fn quote(sentence: &str) -> String {
    if sentence.chars().count() <= MAX_EVIDENCE_CHARS {
        return sentence.to_string();
    }
    let cut: String = sentence.chars().take(MAX_EVIDENCE_CHARS).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, kind: SourceKind, status: Status, reason: Option<Reason>) {
        let finding = classify(text, kind);
        assert_eq!(
            (finding.status, finding.reason),
            (status, reason),
            "text: {text}\nfinding: {finding:#?}"
        );
    }

    fn board(text: &str, status: Status) {
        check(text, SourceKind::StateBoard, status, None);
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
    }

    #[test]
    fn double_negatives_read_as_permission() {
        board(
            "Nothing in this chapter shall be construed to prohibit a physical therapist from performing dry needling.",
            Status::Allowed,
        );
    }

    #[test]
    fn on_hold_until_rules() {
        board(
            "Although the law now allows it, physical therapists may not perform dry needling until rules are adopted by the board.",
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
    fn silence_and_references_are_unclear() {
        board(
            "The board met on Tuesday.\nReferences\nDry needling is prohibited, says a 2019 article.",
            Status::Unclear,
        );
        board("Dry needling FAQ", Status::Unclear);
    }

    #[test]
    fn payer_reasons() {
        let payer = SourceKind::Payer;
        check(
            "Dry needling is considered experimental and investigational and is not covered.",
            payer,
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational),
        );
        check(
            "Dry needling is not considered medically necessary.",
            payer,
            Status::NotCovered,
            Some(Reason::NotMedicallyNecessary),
        );
        check(
            "CPT 20560 and 20561 are non-covered unless otherwise specified through a national coverage determination.",
            payer,
            Status::NotCovered,
            Some(Reason::BenefitExclusion),
        );
        check(
            "Dry needling is covered when all of the following criteria are met.",
            payer,
            Status::Covered,
            None,
        );
    }

    #[test]
    fn mixed_policy_judges_each_service_separately() {
        check(
            "Acupuncture is covered for chronic low back pain; dry needling is not covered because it is investigational.",
            SourceKind::Payer,
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational),
        );
    }

    #[test]
    fn findings_list_terms_codes_and_conditions() {
        let finding = classify(
            "Physical therapists may perform dry needling (CPT 20560) after 50 hours of in-person training.",
            SourceKind::StateBoard,
        );
        assert_eq!(finding.terms, vec!["dry needling"]);
        assert_eq!(finding.cpt_codes, vec!["20560"]);
        assert!(finding.conditions.iter().any(|c| c.starts_with("50 hours")));
        assert_eq!(finding.evidence.len(), 1);
    }
}

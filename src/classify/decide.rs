//! Combines clause readings into one position, by a documented precedence:
//!
//! 1. Only readings of this page's own text count: other states, bills and
//!    proposals, and a plan's quotes of Medicare were set aside by `read`;
//!    clauses about assistants only never became readings.
//! 2. Statements not yet in force (dated after today) are set aside; past
//!    ones (history sections, "previously", "In 2014 the board said")
//!    count only when nothing current is said.
//! 3. A wait for rules in force decides over allowed/not allowed: a law
//!    that allows the service pending rules reads as both.
//! 4. Later beats earlier: among dated statements of different stances, the
//!    latest weighs double and the outdated little.
//! 5. Plain statements outweigh qualified ones (limits, subgroups, side
//!    acts), which add up only so far; an even split goes to the statement
//!    made last and asks for review.
//! 6. A payer covering the service on criteria and denying it for other
//!    indications is partial coverage: covered, needs review.
//!
//! Statements not yet in force (dated after today) are set aside, and past
//! ones ("previously", "through 2021") count only when nothing current is
//! said. Among current statements, the latest-dated ones weigh double and a
//! dated statement outdated by a later one of another stance weighs little:
//! a 2023 law outweighs the 2016 opinion the page recounts. The stance with
//! the most weight wins; a close runner-up asks for review.

use jiff::civil::Date;

use crate::model::{Reason, Status};

use super::clause::{CONDITIONAL, QUALIFIED, Reading as Vote, Statement};

/// Weight factor of the latest-dated statements.
const LATEST: f32 = 2.0;
/// Weight factor of a dated statement that a later one of another stance outdates.
const SUPERSEDED: f32 = 0.3;
/// Weight factor of an "until the rules are adopted" statement.
const ON_HOLD: f32 = 2.0;
/// A runner-up with at least this share of the winner's weight means review.
const CONTESTED: f32 = 0.5;
/// The most that qualified statements of one stance add up to.
const QUALIFIED_TOTAL: f32 = 0.5;
/// A winner lighter than this rests on qualified statements only.
const WEAK: f32 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub status: Status,
    pub reason: Option<Reason>,
    pub needs_review: bool,
    /// Indices into the votes that carry the decision, heaviest first.
    pub carriers: Vec<usize>,
    /// The date of the statement that decided, when it gives one.
    pub dated: Option<Date>,
    /// The precedence step that decided.
    pub step: Step,
}

/// The precedence steps, in the order the module documents them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// No reading in force speaks to the status.
    NothingSaid,
    /// Only past statements were found: the latest of them, for review.
    OnlyHistory,
    /// A wait for rules in force decides over allowed or not allowed.
    OnHoldInForce,
    /// The later-dated statement outweighs earlier ones of another stance.
    LaterDated,
    /// The statements in force, weighed: plain over qualified.
    Weight,
    /// An even split: the statement made last, for review.
    LastStated,
    /// Covered on criteria, not covered for the rest: partial coverage.
    PartialCoverage,
}

impl std::fmt::Display for Step {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            Step::NothingSaid => "no clause in force speaks to the status (unclear)",
            Step::OnlyHistory => {
                "only past statements were found: the latest of them counts, for review"
            }
            Step::OnHoldInForce => {
                "a wait for rules or an endorsement in force decides over allowed/not allowed"
            }
            Step::LaterDated => "later beats earlier: the latest-dated statement outweighs the rest",
            Step::Weight => {
                "current statements weighed: plain statements outweigh qualified ones (limits, side acts, subgroups)"
            }
            Step::LastStated => "an even split: the statement made last wins, for review",
            Step::PartialCoverage => {
                "covered when criteria are met, not covered otherwise: partial coverage is covered, for review"
            }
        })
    }
}

pub fn decide(votes: &[Vote], candidates: &[Status], today: Date) -> Decision {
    // "may not perform before January 1, 2027": barred until a date to come,
    // which is an on-hold, not a ban.
    // A wait on one's own credential ("until your endorsement is issued") is
    // a condition where the page grants the service in force, else a wait.
    let program_waits = votes.iter().any(|vote| {
        vote.status == Status::OnHold
            && vote.statement != Statement::Condition
            && vote.timing.in_force(today)
    });
    let granted = !program_waits
        && votes.iter().any(|vote| {
            vote.status == Status::Allowed
                && vote.statement == Statement::Permission
                && vote.timing.in_force(today)
        });
    let votes: Vec<Vote> = votes
        .iter()
        .map(|vote| {
            if granted && vote.status == Status::OnHold && vote.statement == Statement::Condition {
                return Vote {
                    status: Status::Allowed,
                    weight: vote.weight * CONDITIONAL,
                    ..*vote
                };
            }
            let waits = vote.status == Status::NotAllowed
                && vote.timing.end.is_some_and(|end| end > today)
                && vote.timing.start.is_none();
            if waits {
                Vote {
                    status: Status::OnHold,
                    ..*vote
                }
            } else {
                *vote
            }
        })
        .collect();
    let votes = votes.as_slice();
    let in_force: Vec<usize> = (0..votes.len())
        .filter(|&index| !votes[index].timing.is_future(today))
        .collect();
    let current: Vec<usize> = in_force
        .iter()
        .copied()
        .filter(|&index| !votes[index].timing.is_past(today))
        .collect();
    let only_history = current.is_empty() && !in_force.is_empty();
    let pool = if current.is_empty() {
        in_force
    } else {
        current
    };
    if pool.is_empty() {
        return Decision {
            status: Status::Unclear,
            reason: None,
            needs_review: false,
            carriers: Vec::new(),
            dated: None,
            step: Step::NothingSaid,
        };
    }

    // Dates arbitrate only between stances that both give one.
    let dated_stances: Vec<Status> = pool
        .iter()
        .filter(|&&index| votes[index].timing.when.is_some() && votes[index].status.is_position())
        .map(|&index| votes[index].status)
        .collect();
    let dates_arbitrate = dated_stances.windows(2).any(|pair| pair[0] != pair[1]);
    let latest_dated = pool
        .iter()
        .filter_map(|&index| votes[index].timing.when)
        .max();
    let effective = |index: usize| -> f32 {
        let vote = &votes[index];
        // A law that allows the service pending rules comes with "may not
        // perform" sentences; those are the hold, not a ban.
        let stance = if vote.status == Status::OnHold {
            vote.weight * ON_HOLD
        } else {
            vote.weight
        };
        let Some(when) = vote.timing.when else {
            return stance;
        };
        if !dates_arbitrate {
            return stance;
        }
        if Some(when) == latest_dated {
            return stance * LATEST;
        }
        let outdated = pool.iter().any(|&other| {
            votes[other].status != vote.status
                && votes[other].timing.when.is_some_and(|later| later > when)
        });
        if outdated {
            stance * SUPERSEDED
        } else {
            stance
        }
    };

    let mut scores: Vec<(Status, f32, usize)> = candidates
        .iter()
        .chain(std::iter::once(&Status::Unclear))
        .map(|&status| {
            let members = pool
                .iter()
                .copied()
                .filter(|&index| votes[index].status == status);
            // Limits and side remarks add up only so far: a rule's list of
            // five things a therapist shall not do is not five bans.
            let (qualified, plain): (Vec<usize>, Vec<usize>) = members
                .clone()
                .partition(|&index| votes[index].weight <= QUALIFIED);
            let score: f32 = plain.into_iter().map(effective).sum::<f32>()
                + qualified
                    .into_iter()
                    .map(effective)
                    .sum::<f32>()
                    .min(QUALIFIED_TOTAL);
            let last = members.map(|index| votes[index].order).max().unwrap_or(0);
            (status, score, last)
        })
        .filter(|(_, score, _)| *score > 0.0)
        .collect();
    // Highest score first; on a tie the stance stated last wins.
    scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.2.cmp(&a.2)));
    let Some(&(status, score, _)) = scores.first() else {
        return Decision {
            status: Status::Unclear,
            reason: None,
            needs_review: false,
            carriers: Vec::new(),
            dated: None,
            step: Step::NothingSaid,
        };
    };
    // A law that allows the service pending rules reads as permission plus
    // "may not perform": one full on-hold statement in force decides.
    let on_hold = scores
        .iter()
        .find(|entry| entry.0 == Status::OnHold)
        .map_or(0.0, |entry| entry.1);
    let held = matches!(status, Status::Allowed | Status::NotAllowed) && on_hold >= ON_HOLD;
    let (status, score) = if held {
        (Status::OnHold, on_hold)
    } else {
        (status, score)
    };
    let runner_up = scores
        .iter()
        .filter(|entry| entry.0 != status)
        .map(|entry| entry.1)
        .fold(0.0, f32::max);
    // Partial coverage: what the covering statements leave out is denied.
    let partial = status == Status::Covered
        && pool.iter().any(|&index| {
            votes[index].status == Status::NotCovered
                && votes[index].statement == Statement::Condition
        });
    let tied = scores.get(1).is_some_and(|second| second.1 == score);
    let needs_review = only_history || partial || score < WEAK || runner_up >= CONTESTED * score;

    let mut carriers: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&index| votes[index].status == status)
        .collect();
    carriers.sort_by(|&a, &b| {
        effective(b)
            .total_cmp(&effective(a))
            .then(votes[a].order.cmp(&votes[b].order))
    });
    let reason = if status == Status::NotCovered {
        let reasons = [
            Reason::NotMedicallyNecessary,
            Reason::ExperimentalInvestigational,
            Reason::BenefitExclusion,
        ];
        reasons
            .into_iter()
            .map(|reason| {
                let weight: f32 = carriers
                    .iter()
                    .filter(|&&index| votes[index].reason == Some(reason))
                    .map(|&index| effective(index))
                    .sum();
                (reason, weight)
            })
            .filter(|(_, weight)| *weight > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(reason, _)| reason)
    } else {
        None
    };
    let dated = carriers
        .iter()
        .filter_map(|&index| votes[index].timing.when)
        .max();
    let step = if held {
        Step::OnHoldInForce
    } else if only_history {
        Step::OnlyHistory
    } else if partial {
        Step::PartialCoverage
    } else if tied {
        Step::LastStated
    } else if dates_arbitrate && dated.is_some() && dated == latest_dated {
        Step::LaterDated
    } else {
        Step::Weight
    };
    Decision {
        status,
        reason,
        needs_review,
        carriers,
        dated,
        step,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::timing::Timing;
    use jiff::civil::date;

    fn vote(status: Status, when: Option<Date>, order: usize) -> Vote {
        let timing = Timing {
            when,
            ..Timing::default()
        };
        Vote::new(status, 1.0, timing, order, order)
    }

    const BOARD: &[Status] = &[Status::Allowed, Status::NotAllowed, Status::OnHold];

    #[test]
    fn the_later_dated_statement_wins() {
        let votes = [
            vote(Status::NotAllowed, Some(date(2016, 4, 15)), 0),
            vote(Status::Allowed, Some(date(2024, 6, 22)), 1),
        ];
        let decision = decide(&votes, BOARD, date(2026, 11, 26));
        assert_eq!(decision.status, Status::Allowed);
        assert!(!decision.needs_review);
    }

    #[test]
    fn future_statements_are_not_yet_in_force() {
        let mut future = vote(Status::NotAllowed, None, 1);
        future.timing.start = Some(date(2027, 7, 1));
        let votes = [vote(Status::Allowed, None, 0), future];
        assert_eq!(
            decide(&votes, BOARD, date(2026, 11, 26)).status,
            Status::Allowed
        );
        assert_eq!(
            decide(&votes, BOARD, date(2027, 8, 1)).status,
            Status::NotAllowed
        );
    }

    #[test]
    fn an_even_split_needs_review() {
        let votes = [
            vote(Status::Allowed, None, 0),
            vote(Status::NotAllowed, None, 1),
        ];
        let decision = decide(&votes, BOARD, date(2026, 11, 26));
        assert_eq!(
            decision.status,
            Status::NotAllowed,
            "ties go to the later statement"
        );
        assert!(decision.needs_review);
    }

    #[test]
    fn nothing_said_is_unclear() {
        assert_eq!(
            decide(&[], BOARD, date(2026, 11, 26)).status,
            Status::Unclear
        );
    }
}

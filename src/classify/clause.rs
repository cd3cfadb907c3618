//! The clause model: what one clause says about the service, in the terms
//! a reviewer checks a finding by.
//!
//! Every clause that mentions the service (or carries it over from the
//! sentence before) gets a [`Reading`]: **who** it is about, **what kind of
//! statement** it is, which act a **negation** attaches to, its **legal
//! force**, and its **time**. The status a reading lends the page follows
//! from those five, and `decide` weighs readings by a documented precedence.
//! Nothing here matches phrases: the cue lists live in `vocabulary.toml`,
//! and `stance` and `structure` find them.

use std::fmt;

use crate::model::{Reason, Status};

use super::timing::Timing;

/// Weight of a clause that states a position plainly.
pub const FULL: f32 = 1.0;
/// Weight of a qualified statement (a limit, a subgroup, a billing rule).
pub const QUALIFIED: f32 = 0.25;
/// Weight of a statement whose subject was carried over from the sentence before.
pub const CARRIED: f32 = 0.8;
/// Weight of a permission implied by a condition ("may not ... unless",
/// "a therapist who performs dry needling shall document ...").
pub const CONDITIONAL: f32 = 0.6;

/// Who a clause is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// Physical therapists (licensees): the actor a board status is about.
    Therapist,
    /// PT assistants, aides, technicians, students.
    Assistant,
    /// Acupuncturists, chiropractors, physicians and other professions.
    OtherProfession,
    /// Another state, "most states", other jurisdictions.
    OtherJurisdiction,
    /// The plan or payer (its members, its providers).
    Payer,
    /// Nobody named: "dry needling is ...".
    Unspecified,
}

/// What kind of statement a clause makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statement {
    Permission,
    Prohibition,
    /// "is not within the scope", "is outside": a prohibition by scope.
    OutsideScope,
    /// A duty or condition on those who do it (training, registration,
    /// consent, records, no delegation): presupposes permission.
    Condition,
    /// A definition of the service inside the practice act or rules.
    Definition,
    /// Waiting for rules, an endorsement or a program (on hold).
    Pending,
    /// The speaker says it has no position.
    NoPosition,
    Coverage,
    NonCoverage,
    /// A table row or a bare status line.
    TableStatus,
    /// An answer ("Yes."/"No.") to a question about the service.
    Answer,
}

/// What a negation in the clause attaches to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Negation {
    /// No negation bears on the stance.
    None,
    /// The act itself: "may not perform", "is not covered".
    Act,
    /// A side act, not the service: delegation, billing, advertising,
    /// practice beyond one's training. A limit, so permission is presupposed.
    SideAct,
    /// A prohibition negated: "nothing ... shall be construed to prohibit".
    Prohibition,
}

/// The legal force a clause carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Force {
    /// Enacted law or an adopted rule ("signed", "adopted", "effective").
    Law,
    /// A board's, AG's, court's or payer's own current statement.
    Position,
    /// A bill, a proposed rule, a petition, "would": not law.
    Proposal,
    /// Framed as the past: history, superseded text.
    History,
}

/// One clause's reading.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub actor: Actor,
    pub statement: Statement,
    pub negation: Negation,
    pub force: Force,
    pub timing: Timing,
    /// The status this reading lends the page (`Unclear` for an explicit
    /// "no position").
    pub status: Status,
    pub reason: Option<Reason>,
    pub weight: f32,
    /// Index of the sentence it came from.
    pub sentence: usize,
    /// Order of the clause in the document (for ties: later wins).
    pub order: usize,
}

impl Reading {
    /// A plain reading of `status`: the statement kind follows from it, the
    /// rest is filled in by the caller where it knows better.
    pub fn new(status: Status, weight: f32, timing: Timing, sentence: usize, order: usize) -> Self {
        Reading {
            actor: Actor::Unspecified,
            statement: statement_for(status),
            negation: Negation::None,
            force: Force::Position,
            timing,
            status,
            reason: None,
            weight,
            sentence,
            order,
        }
    }
}

fn statement_for(status: Status) -> Statement {
    match status {
        Status::Allowed => Statement::Permission,
        Status::NotAllowed => Statement::Prohibition,
        Status::OnHold => Statement::Pending,
        Status::Covered => Statement::Coverage,
        Status::NotCovered => Statement::NonCoverage,
        Status::Unclear | Status::Unknown => Statement::NoPosition,
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Actor::Therapist => "physical therapist",
            Actor::Assistant => "assistant",
            Actor::OtherProfession => "other profession",
            Actor::OtherJurisdiction => "other jurisdiction",
            Actor::Payer => "payer",
            Actor::Unspecified => "unspecified",
        })
    }
}

impl fmt::Display for Statement {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Statement::Permission => "permission",
            Statement::Prohibition => "prohibition",
            Statement::OutsideScope => "outside scope",
            Statement::Condition => "condition on practitioners",
            Statement::Definition => "definition",
            Statement::Pending => "pending (on hold)",
            Statement::NoPosition => "no position",
            Statement::Coverage => "coverage",
            Statement::NonCoverage => "non-coverage",
            Statement::TableStatus => "table status",
            Statement::Answer => "answer to a question",
        })
    }
}

impl fmt::Display for Negation {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Negation::None => "none",
            Negation::Act => "the act itself",
            Negation::SideAct => "a side act (delegation, billing, beyond training)",
            Negation::Prohibition => "a prohibition (so a permission)",
        })
    }
}

impl fmt::Display for Force {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Force::Law => "law or adopted rule",
            Force::Position => "current position",
            Force::Proposal => "bill or proposal (not law)",
            Force::History => "history",
        })
    }
}

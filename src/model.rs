//! The vocabulary every stage shares: what kind of page a source is, the
//! positions a page can state, and the kinds of change a run can record.
//!
//! These enums *are* the public vocabulary of `INTERFACE.md`, so their serde
//! form (snake_case strings) is part of the contract. Nothing here does I/O.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What a source publishes: a state's rules for physical therapists, or a
/// payer's coverage policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    StateBoard,
    Payer,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::StateBoard => "state-board",
            SourceKind::Payer => "payer",
        }
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SourceKind {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "state-board" => Ok(SourceKind::StateBoard),
            "payer" => Ok(SourceKind::Payer),
            other => Err(format!(
                "unknown kind {other:?} (expected \"state-board\" or \"payer\")"
            )),
        }
    }
}

/// The position a page states. Board statuses and payer statuses share one
/// enum so a rule can carry either; [`Status::fits`] says which belong to which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Allowed,
    NotAllowed,
    OnHold,
    Covered,
    NotCovered,
    /// A page was read but states no position.
    Unclear,
    /// No page was ever read.
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Allowed => "allowed",
            Status::NotAllowed => "not_allowed",
            Status::OnHold => "on_hold",
            Status::Covered => "covered",
            Status::NotCovered => "not_covered",
            Status::Unclear => "unclear",
            Status::Unknown => "unknown",
        }
    }

    /// Whether this status belongs to the vocabulary of `kind`.
    pub fn fits(self, kind: SourceKind) -> bool {
        match self {
            Status::Unclear | Status::Unknown => true,
            Status::Allowed | Status::NotAllowed | Status::OnHold => kind == SourceKind::StateBoard,
            Status::Covered | Status::NotCovered => kind == SourceKind::Payer,
        }
    }

    /// A status that states a position (not `unclear` or `unknown`).
    pub fn is_position(self) -> bool {
        !matches!(self, Status::Unclear | Status::Unknown)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(match text {
            "allowed" => Status::Allowed,
            "not_allowed" => Status::NotAllowed,
            "on_hold" => Status::OnHold,
            "covered" => Status::Covered,
            "not_covered" => Status::NotCovered,
            "unclear" => Status::Unclear,
            "unknown" => Status::Unknown,
            other => return Err(format!("unknown status {other:?}")),
        })
    }
}

/// Why a payer does not cover the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    ExperimentalInvestigational,
    NotMedicallyNecessary,
    BenefitExclusion,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::ExperimentalInvestigational => "experimental_investigational",
            Reason::NotMedicallyNecessary => "not_medically_necessary",
            Reason::BenefitExclusion => "benefit_exclusion",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Reason {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(match text {
            "experimental_investigational" => Reason::ExperimentalInvestigational,
            "not_medically_necessary" => Reason::NotMedicallyNecessary,
            "benefit_exclusion" => Reason::BenefitExclusion,
            other => return Err(format!("unknown reason {other:?}")),
        })
    }
}

/// What one classified page says. Produced by `classify`, stored with each
/// snapshot, and summarised into the ruleset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub status: Status,
    pub reason: Option<Reason>,
    /// Up to three sentences quoted from the page that the status rests on.
    pub evidence: Vec<String>,
    /// CPT codes for the service that the page mentions ("20560", "20561").
    pub cpt_codes: Vec<String>,
    /// The service terms found ("dry needling", "intramuscular manual therapy", ...).
    pub terms: Vec<String>,
    /// Conditions the page attaches to the position (training, referral, ...).
    #[serde(default)]
    pub conditions: Vec<String>,
    /// The effective, revision or decision date the page gives, ISO `YYYY-MM-DD`.
    #[serde(default)]
    pub effective_date: Option<String>,
    #[serde(default)]
    pub policy_number: Option<String>,
    pub needs_review: bool,
    /// The date a statement on the page that is not yet in force takes
    /// effect ("investigational on or after 2028-01-01"): on that day the
    /// same text may read differently, so it is classified again.
    #[serde(default)]
    pub next_change: Option<String>,
}

impl Finding {
    /// Whether the page mentions the service at all (by any synonym or CPT code).
    pub fn mentions_service(&self) -> bool {
        !self.terms.is_empty() || !self.cpt_codes.is_empty()
    }
}

/// The kinds of change event of `INTERFACE.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    SourceAdded,
    StatusChanged,
    ContentChanged,
    ExtractionFailed,
    FetchFailed,
    FetchRecovered,
    /// The page says its policy is retired, archived, superseded or replaced.
    Retired,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::SourceAdded => "source_added",
            ChangeKind::StatusChanged => "status_changed",
            ChangeKind::ContentChanged => "content_changed",
            ChangeKind::ExtractionFailed => "extraction_failed",
            ChangeKind::FetchFailed => "fetch_failed",
            ChangeKind::FetchRecovered => "fetch_recovered",
            ChangeKind::Retired => "retired",
        }
    }
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the last attempt to read a source went, as the ruleset reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FetchState {
    Ok,
    NotModified,
    Failed,
    ExtractionFailed,
}

impl FetchState {
    pub fn as_str(self) -> &'static str {
        match self {
            FetchState::Ok => "ok",
            FetchState::NotModified => "not_modified",
            FetchState::Failed => "failed",
            FetchState::ExtractionFailed => "extraction_failed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_names() {
        for status in [
            Status::Allowed,
            Status::NotAllowed,
            Status::OnHold,
            Status::Covered,
            Status::NotCovered,
            Status::Unclear,
            Status::Unknown,
        ] {
            assert_eq!(status.as_str().parse::<Status>(), Ok(status));
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.as_str()));
        }
    }

    #[test]
    fn board_statuses_do_not_fit_payers() {
        assert!(Status::Allowed.fits(SourceKind::StateBoard));
        assert!(!Status::Allowed.fits(SourceKind::Payer));
        assert!(Status::NotCovered.fits(SourceKind::Payer));
        assert!(!Status::NotCovered.fits(SourceKind::StateBoard));
        assert!(Status::Unclear.fits(SourceKind::Payer));
    }
}

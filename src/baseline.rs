//! The baseline: positions known before any page was crawled (a state chart,
//! older lists, dated research findings), with their provenance, so the
//! ruleset covers every state and payer from day one.
//!
//! Reading the file checks its structure (unknown keys, unknown lists, a
//! status that does not fit the kind) and fails with the line; the data's
//! own flaws (a subject listed twice in one list, positions of the same date
//! that contradict each other) are collected as [`BaselineProblem`]s and
//! reported, never silently resolved. For each subject the latest dated
//! position stands. Pure apart from [`Baseline::load`] reading the file.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::jurisdiction;
use crate::model::{Reason, SourceKind, Status};

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("cannot read baseline file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBaseline {
    schema: u32,
    lists: Vec<RawList>,
    positions: Vec<Spanned<RawPosition>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList {
    id: String,
    title: String,
    as_of: String,
    provenance: String,
    url: Option<String>,
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPosition {
    list: String,
    kind: String,
    subject: String,
    status: String,
    reason: Option<String>,
    as_of: Option<String>,
    evidence: String,
    #[serde(default)]
    conditions: Vec<String>,
    source_url: Option<String>,
    /// For a payer: the states its plan applies in (default: everywhere).
    #[serde(default)]
    states: Vec<String>,
}

/// One list of positions and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    pub id: String,
    pub title: String,
    pub as_of: Date,
    pub provenance: String,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// One thing one list says about one subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub list: String,
    pub kind: SourceKind,
    pub subject: String,
    pub status: Status,
    pub reason: Option<Reason>,
    pub as_of: Date,
    pub evidence: String,
    pub conditions: Vec<String>,
    pub source_url: Option<String>,
    /// For a payer: the states its plan applies in (empty: everywhere).
    pub states: Vec<String>,
    pub line: usize,
}

/// A flaw in the baseline data itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineProblem {
    /// The same list names a subject more than once.
    Duplicate {
        list: String,
        kind: SourceKind,
        subject: String,
        lines: Vec<usize>,
    },
    /// Positions of the same date disagree.
    Contradiction {
        kind: SourceKind,
        subject: String,
        as_of: Date,
        positions: Vec<(String, Status, Option<Reason>, usize)>,
    },
}

impl BaselineProblem {
    pub fn subject(&self) -> (SourceKind, &str) {
        match self {
            BaselineProblem::Duplicate { kind, subject, .. }
            | BaselineProblem::Contradiction { kind, subject, .. } => (*kind, subject),
        }
    }
}

impl fmt::Display for BaselineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BaselineProblem::Duplicate {
                list,
                kind,
                subject,
                lines,
            } => {
                let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
                write!(
                    f,
                    "{kind} {subject} is listed {} times in list {list} (lines {})",
                    lines.len(),
                    lines.join(", ")
                )
            }
            BaselineProblem::Contradiction {
                kind,
                subject,
                as_of,
                positions,
            } => {
                let sides: Vec<String> = positions
                    .iter()
                    .map(|(list, status, reason, line)| match reason {
                        Some(reason) => format!("{status} ({reason}) in {list} (line {line})"),
                        None => format!("{status} in {list} (line {line})"),
                    })
                    .collect();
                write!(f, "{kind} {subject} on {as_of}: {}", sides.join(" vs "))
            }
        }
    }
}

/// The position that stands for one subject, with what it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub position: Position,
    pub list_title: String,
    /// Flaws in the data for this subject; the rule then needs review.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Baseline {
    pub path: PathBuf,
    pub lists: Vec<List>,
    pub positions: Vec<Position>,
    pub problems: Vec<BaselineProblem>,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let mut baseline = Baseline::parse(&text, &path.display().to_string())?;
        baseline.path = path.to_path_buf();
        Ok(baseline)
    }

    pub fn parse(text: &str, file: &str) -> Result<Baseline, BaselineError> {
        let invalid = |message: String| BaselineError::Invalid {
            file: file.to_string(),
            message,
        };
        // Where each line starts, found once: looking up a position's line
        // is then a binary search, not a count over everything before it.
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset);
        let raw: RawBaseline = toml::from_str(text).map_err(|error| {
            let line = error.span().map(|span| line_of(span.start));
            invalid(match line {
                Some(line) => format!("line {line}: {}", error.message().trim()),
                None => error.message().trim().to_string(),
            })
        })?;
        if raw.schema != 1 {
            return Err(invalid(format!(
                "schema {} is not supported (expected 1)",
                raw.schema
            )));
        }
        let lists = raw
            .lists
            .into_iter()
            .map(check_list)
            .collect::<Result<Vec<List>, String>>()
            .map_err(invalid)?;
        let mut positions = Vec::new();
        for spanned in raw.positions {
            let line = line_of(spanned.span().start);
            let position = check_position(spanned.into_inner(), &lists, line)
                .map_err(|message| invalid(format!("line {line}: {message}")))?;
            positions.push(position);
        }
        let problems = find_problems(&positions);
        Ok(Baseline {
            path: PathBuf::from(file),
            lists,
            positions,
            problems,
        })
    }

    /// For each subject, the latest dated position, with its problems.
    pub fn standings(&self) -> BTreeMap<(SourceKind, String), Standing> {
        self.standings_until(None)
    }

    /// [`Baseline::standings`] as known on `last_day`: positions dated
    /// later did not exist yet.
    pub fn standings_until(
        &self,
        last_day: Option<Date>,
    ) -> BTreeMap<(SourceKind, String), Standing> {
        // One pass over the positions and one over the problems, each
        // grouped by subject, instead of scanning every problem per subject.
        let mut standing_of: BTreeMap<(SourceKind, &str), &Position> = BTreeMap::new();
        let known = |position: &&Position| last_day.is_none_or(|day| position.as_of <= day);
        for position in self.positions.iter().filter(known) {
            let standing = standing_of
                .entry((position.kind, position.subject.as_str()))
                .or_insert(position);
            // Latest date wins; among equals, the later line (a later list) stands.
            if (position.as_of, position.line) > (standing.as_of, standing.line) {
                *standing = position;
            }
        }
        let mut problems_of: BTreeMap<(SourceKind, &str), Vec<String>> = BTreeMap::new();
        for problem in &self.problems {
            problems_of
                .entry(problem.subject())
                .or_default()
                .push(problem.to_string());
        }
        let mut titles: BTreeMap<&str, &str> = BTreeMap::new();
        for list in &self.lists {
            // The first list of an id names it, as a search from the top would.
            titles
                .entry(list.id.as_str())
                .or_insert(list.title.as_str());
        }
        standing_of
            .into_iter()
            .map(|((kind, subject), standing)| {
                let standing = Standing {
                    position: standing.clone(),
                    list_title: titles
                        .get(standing.list.as_str())
                        .map(|title| title.to_string())
                        .unwrap_or_default(),
                    problems: problems_of.remove(&(kind, subject)).unwrap_or_default(),
                };
                ((kind, subject.to_string()), standing)
            })
            .collect()
    }
}

/// A `[[lists]]` entry with its date checked.
fn check_list(list: RawList) -> Result<List, String> {
    let as_of = parse_date(&list.as_of)
        .map_err(|message| format!("list {}: as_of {:?}: {message}", list.id, list.as_of))?;
    Ok(List {
        id: list.id,
        title: list.title,
        as_of,
        provenance: list.provenance,
        url: list.url,
        note: list.note,
    })
}

/// A `[[positions]]` entry checked against its list: kind, status fitting
/// the kind, a reason only with `not_covered`, a jurisdiction for a board,
/// and its date (the list's when it gives none).
fn check_position(raw: RawPosition, lists: &[List], line: usize) -> Result<Position, String> {
    let list = lists
        .iter()
        .find(|list| list.id == raw.list)
        .ok_or_else(|| format!("list {:?} is not defined in [[lists]]", raw.list))?;
    let kind: SourceKind = raw.kind.parse()?;
    let status: Status = raw.status.parse()?;
    if !status.fits(kind) || status == Status::Unknown {
        return Err(format!("status {:?} does not fit kind {kind}", raw.status));
    }
    let reason = raw
        .reason
        .as_deref()
        .map(str::parse::<Reason>)
        .transpose()?;
    if reason.is_some() && status != Status::NotCovered {
        return Err(format!(
            "a reason is only given with not_covered, not with {status}"
        ));
    }
    let subject = match kind {
        SourceKind::StateBoard => jurisdiction::parse(&raw.subject).ok_or_else(|| {
            format!(
                "subject {:?} is not a US state or DC postal code",
                raw.subject
            )
        })?,
        SourceKind::Payer => raw.subject,
    };
    let as_of = match &raw.as_of {
        Some(text) => parse_date(text).map_err(|message| format!("as_of {text:?}: {message}"))?,
        None => list.as_of,
    };
    let states = check_states(&raw.states, kind)?;
    Ok(Position {
        list: raw.list,
        kind,
        subject,
        status,
        reason,
        as_of,
        evidence: raw.evidence,
        conditions: raw.conditions,
        source_url: raw.source_url,
        states,
        line,
    })
}

/// A payer position's `states`: USPS codes, upper-cased; boards have none.
fn check_states(raw: &[String], kind: SourceKind) -> Result<Vec<String>, String> {
    if !raw.is_empty() && kind != SourceKind::Payer {
        return Err("states is for payers (the states their plan applies in)".into());
    }
    raw.iter()
        .map(|code| {
            jurisdiction::parse(code)
                .ok_or_else(|| format!("states: {code:?} is not a US state or DC postal code"))
        })
        .collect()
}

fn find_problems(positions: &[Position]) -> Vec<BaselineProblem> {
    let mut problems = Vec::new();
    // A list may trace one subject through time; the same date twice is a duplicate.
    let mut by_list: BTreeMap<(&str, SourceKind, &str, Date), Vec<usize>> = BTreeMap::new();
    for position in positions {
        by_list
            .entry((
                position.list.as_str(),
                position.kind,
                position.subject.as_str(),
                position.as_of,
            ))
            .or_default()
            .push(position.line);
    }
    for ((list, kind, subject, _), lines) in by_list {
        if lines.len() > 1 {
            problems.push(BaselineProblem::Duplicate {
                list: list.to_string(),
                kind,
                subject: subject.to_string(),
                lines,
            });
        }
    }
    let mut by_date: BTreeMap<(SourceKind, &str, Date), Vec<&Position>> = BTreeMap::new();
    for position in positions {
        by_date
            .entry((position.kind, position.subject.as_str(), position.as_of))
            .or_default()
            .push(position);
    }
    for ((kind, subject, as_of), same_day) in by_date {
        let first = (same_day[0].status, same_day[0].reason);
        if same_day
            .iter()
            .any(|position| (position.status, position.reason) != first)
        {
            problems.push(BaselineProblem::Contradiction {
                kind,
                subject: subject.to_string(),
                as_of,
                positions: same_day
                    .iter()
                    .map(|position| {
                        (
                            position.list.clone(),
                            position.status,
                            position.reason,
                            position.line,
                        )
                    })
                    .collect(),
            });
        }
    }
    problems
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse::<Date>()
        .map_err(|_| "use a date like 2021-07-01".to_string())
}

#[cfg(test)]
mod tests;

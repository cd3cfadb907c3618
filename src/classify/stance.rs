//! What one clause says about the service: a stance (a status, or "no
//! position"), how much it weighs, and the reason a payer gives.
//!
//! A clause counts only when it is about the service (it names it, or its
//! sentence carries the topic over) and states something: questions,
//! "whether ...", and parties' arguments state nothing. Negation flips a cue
//! locally (three words before it) or for the whole clause ("Nothing in
//! this chapter ... prohibits ..."). Statements about assistants, limits,
//! billing edits or delegation weigh little: they qualify a position
//! rather than state it.

use crate::model::{Reason, SourceKind, Status};

use super::timing::{Timing, timing_of};
use super::vocabulary::VOCABULARY;

/// Weight of a clause that states a position plainly.
pub const FULL: f32 = 1.0;
/// Weight of a qualified statement (a limit, a subgroup, a billing rule).
pub const QUALIFIED: f32 = 0.25;
/// Weight of a statement whose subject was carried over from the sentence before.
pub const CARRIED: f32 = 0.8;
/// Weight of a prohibition that reads as a condition ("may not ... unless").
pub const CONDITIONAL: f32 = 0.6;

/// One clause's contribution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vote {
    /// A status, or `Unclear` for an explicit "no position".
    pub status: Status,
    pub reason: Option<Reason>,
    pub weight: f32,
    pub timing: Timing,
    /// Index of the sentence it came from.
    pub sentence: usize,
    /// Order of the clause in the document (for ties: later wins).
    pub order: usize,
}

/// How the clause relates to the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// The clause names the service.
    Named,
    /// The sentence (or the one before it) named it; the clause refers back.
    Carried,
}

/// The stance of `clause`, if it states one.
pub fn judge(
    clause: &str,
    kind: SourceKind,
    subject: Subject,
    sentence: usize,
    order: usize,
) -> Option<Vote> {
    let vocabulary = &*VOCABULARY;
    // "... even if they are Medically Necessary": a concession, not a cue.
    let clause = concession_removed(clause);
    let names_service = vocabulary.mention.is_match(clause);
    if !names_service
        && subject == Subject::Named
        && (vocabulary.other_services.is_match(clause) || OTHER_CODE.is_match(clause))
    {
        // This clause is about another service (or code) named in the same sentence.
        return None;
    }
    // "Whether the guidance may still be applied ...": a question posed
    // as a subject line, without its question mark.
    let is_question = clause.trim_end().ends_with('?') || opens_with_whether(clause);
    if is_question
        || vocabulary.not_statement.is_match(clause)
        || vocabulary.reported_speech.is_match(clause)
    {
        return None;
    }
    // ASCII lowercasing keeps byte offsets, so positions index both strings.
    let lower = clause.to_ascii_lowercase();
    let opener_negated = opens_with_negation(&lower);
    let qualified = is_qualified(clause);
    // "asking whether she may use it", "does not address whether ...": an
    // open question inside a statement states nothing about the service.
    // "whether or not", "whether described as ...", "whether performed by
    // ...": alternatives inside a statement, not a question.
    const ALTERNATIVES: &[&str] = &[
        "or not",
        "described",
        "called",
        "termed",
        "labeled",
        "labelled",
        "known",
        "referred",
        "performed",
        "billed",
        "provided",
        "done",
        "used",
    ];
    let asks_whether = lower.match_indices("whether").any(|(position, found)| {
        let after = &lower[position + found.len()..];
        let Some(after) = after.strip_prefix([' ', ',']) else {
            return false;
        };
        let after = after.trim_start();
        !ALTERNATIVES.iter().any(|word| after.starts_with(word))
            && !lower[..position].ends_with("regardless of ")
    });
    let mut weight = if qualified { QUALIFIED } else { FULL };
    if subject == Subject::Carried && !names_service {
        weight *= CARRIED;
    }
    let timing = timing_of(clause);
    let vote = |status: Status, reason: Option<Reason>, weight: f32| Vote {
        status,
        reason,
        weight,
        timing,
        sentence,
        order,
    };

    let mut positive = 0i32;
    let mut negative = 0i32;
    let mut count = |regex: &regex::Regex, inherently_positive: bool| {
        for captures in regex.captures_iter(clause) {
            let Some(found) = captures.get(0) else {
                continue;
            };
            // A cue that itself begins with the opening "No" is not flipped by it.
            let after_opener = lower[..found.start()].chars().any(char::is_alphanumeric);
            // The opening "No" and a nearby "not"/"no" are one negation, not two.
            let flipped = (is_negated(&lower, found.start()) || (opener_negated && after_opener))
                ^ in_negated_scope(&lower, found.start())
                ^ adverb_is_negation(&captures);
            if inherently_positive ^ flipped {
                positive += 1;
            } else {
                negative += 1;
            }
        }
    };

    match kind {
        SourceKind::StateBoard => {
            if vocabulary.board_no_position.is_match(clause) {
                return Some(vote(Status::Unclear, None, weight));
            }
            if asks_whether || about_assistants_only(&lower) {
                return None;
            }
            count(&vocabulary.board_allowed, true);
            count(&vocabulary.board_prohibited, false);
            if negative > 0 {
                // "may not perform unless registered", "until they complete 50
                // hours", "an unregistered therapist may not": conditions on
                // the therapist, so permission with conditions; a wait on
                // rulemaking is an on-hold instead.
                let waits_on_rulemaking = RULEMAKING_PENDING.is_match(&lower);
                let condition = if let Some(unless) = lower.find("unless ") {
                    !vocabulary.until_rules.is_match(&lower[unless..])
                        || vocabulary.until_training.is_match(&lower[unless..])
                } else if let Some(until) = lower.find("until ") {
                    let after = &lower[until..];
                    // "until Respondent has completed the training required by
                    // rule": the first thing waited for is the training.
                    let training = vocabulary.until_training.find(after).map(|m| m.start());
                    let rules = vocabulary.until_rules.find(after).map(|m| m.start());
                    match (training, rules) {
                        (Some(training), Some(rules)) => training < rules,
                        (Some(_), None) => true,
                        _ => false,
                    }
                } else {
                    vocabulary.conditional_subject.is_match(clause)
                };
                if condition && !waits_on_rulemaking {
                    return Some(vote(Status::Allowed, None, weight * CONDITIONAL));
                }
            }
            // "Until then, a therapist ... may continue to perform": a
            // permission that lasts until a date, not a wait for one.
            let permits_until = positive > 0 && negative == 0;
            let on_hold = vocabulary
                .board_on_hold
                .find_iter(clause)
                .any(|found| !(permits_until && starts_with_until(found.as_str())))
                || (!permits_until && UNTIL_RULES.is_match(&lower))
                || RULEMAKING_PENDING.is_match(&lower)
                || (negative > 0 && NOT_YET.is_match(&lower) && PROGRAM.is_match(&lower));
            if on_hold && (positive > 0 || negative > 0 || names_service) {
                return Some(vote(Status::OnHold, None, weight));
            }
            let status = match positive.cmp(&negative) {
                std::cmp::Ordering::Greater => Status::Allowed,
                std::cmp::Ordering::Less => Status::NotAllowed,
                std::cmp::Ordering::Equal => return None,
            };
            Some(vote(status, None, weight))
        }
        SourceKind::Payer => {
            if vocabulary.payer_no_position.is_match(clause) {
                return Some(vote(Status::Unclear, None, weight));
            }
            if asks_whether {
                return None;
            }
            let reason = reason_in(clause, &lower);
            if vocabulary.carve_out.is_match(clause) {
                // "... covered, excluding dry needling": carved out of the grant.
                return Some(vote(
                    Status::NotCovered,
                    reason.or(Some(Reason::BenefitExclusion)),
                    weight,
                ));
            }
            count(&vocabulary.payer_covered, true);
            count(&vocabulary.payer_not_covered, false);
            if reason.is_some_and(|reason| reason != Reason::BenefitExclusion) {
                if positive > 0 {
                    // "covered" and "investigational" in one clause: a table
                    // row with two dated columns, or a framing; weigh little.
                    weight = weight.min(QUALIFIED);
                }
                // "considered investigational" states non-coverage by itself.
                negative += 1;
                positive = 0;
            }
            if positive == 0 && negative == 0 && names_service && FEE.is_match(clause) {
                // A fee listed for the code in a fee schedule: payable.
                return Some(vote(Status::Covered, None, weight * CONDITIONAL));
            }
            let status = match positive.cmp(&negative) {
                std::cmp::Ordering::Greater => Status::Covered,
                std::cmp::Ordering::Less => Status::NotCovered,
                std::cmp::Ordering::Equal => return None,
            };
            let reason = if status == Status::NotCovered {
                // "does not consider it medically necessary": the negated
                // necessity is the reason even when the words are apart.
                reason.or_else(|| {
                    (lower.contains("medically necessary")
                        || lower.contains("reasonable and necessary"))
                    .then_some(Reason::NotMedicallyNecessary)
                })
            } else {
                None
            };
            Some(vote(status, reason, weight))
        }
    }
}

/// A table row whose status stands in a cell of its own, after cells that
/// name the service: "Dry needling | Permitted | 54 hours of training",
/// "20560 | Needle insertion without injection | Not covered".
pub fn table_row(row: &str, kind: SourceKind) -> Option<(Status, Option<Reason>)> {
    let cells: Vec<&str> = row.split(" | ").map(str::trim).collect();
    if cells.len() < 2 {
        return None;
    }
    let (index, status) = cells
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(index, cell)| cell_status(cell, kind).map(|status| (index, status)))?;
    let subject = cells[..index].join(" ");
    if !VOCABULARY.mention.is_match(&subject)
        || (kind == SourceKind::StateBoard && about_assistants_only(&subject.to_ascii_lowercase()))
    {
        return None;
    }
    let reason = if status == Status::NotCovered {
        let rest = cells[index..].join(" | ");
        reason_in(&rest, &rest.to_ascii_lowercase())
    } else {
        None
    };
    Some((status, reason))
}

/// The status a table cell states by itself ("Permitted", "Not covered").
pub fn cell_status(cell: &str, kind: SourceKind) -> Option<Status> {
    cell_status_with(cell, kind, false)
}

/// A sentence that is nothing but a status: "Never covered.", "Excluded."
pub fn bare_status(text: &str, kind: SourceKind) -> Option<Status> {
    cell_status_with(text, kind, true)
}

fn cell_status_with(cell: &str, kind: SourceKind, exact: bool) -> Option<Status> {
    let lower = cell.trim().to_ascii_lowercase();
    let lower = lower.trim_end_matches(['.', ';', ',', '*']);
    let opens = |words: &[&str]| {
        words.iter().any(|word| {
            lower == *word
                || (!exact
                    && lower
                        .strip_prefix(word)
                        .is_some_and(|rest| rest.starts_with([' ', ';', ',', '-', '(', ':', '/'])))
        })
    };
    match kind {
        SourceKind::StateBoard => {
            if opens(&[
                "not permitted",
                "not allowed",
                "not within scope",
                "not within the scope",
                "not authorized",
                "outside scope",
                "outside the scope",
                "prohibited",
                "no",
            ]) {
                Some(Status::NotAllowed)
            } else if opens(&["pending", "on hold", "not yet"]) {
                Some(Status::OnHold)
            } else if opens(&[
                "permitted",
                "allowed",
                "authorized",
                "within scope",
                "within the scope",
                "yes",
            ]) {
                Some(Status::Allowed)
            } else {
                None
            }
        }
        SourceKind::Payer => {
            if opens(&[
                "not covered",
                "non-covered",
                "noncovered",
                "excluded",
                "deny",
                "denied",
                "not payable",
                "never covered",
                "nc",
                "nc-i",
                "n/c",
                "no",
            ]) {
                Some(Status::NotCovered)
            } else if opens(&["covered", "payable", "yes"]) {
                Some(Status::Covered)
            } else {
                None
            }
        }
    }
}

/// "Whether the guidance still applies ...", "Whether, and on what terms,
/// ...": a question posed without its question mark.
pub fn opens_with_whether(text: &str) -> bool {
    text.trim_start().get(..8).is_some_and(|head| {
        head.eq_ignore_ascii_case("whether ") || head.eq_ignore_ascii_case("whether,")
    })
}

/// A limit, a subgroup or a billing rule qualifies the clause, except
/// "exceeds the scope" and "beyond the Board's authority", which are bans.
pub fn is_qualified(clause: &str) -> bool {
    // (how the qualifier starts, words right after it that make it a position)
    const POSITIONS: &[(&str, &[&str])] = &[
        ("exceed", &["scope", "authority", "practice"]),
        ("beyond", &["scope", "authority", "practice"]),
        ("limited to", &["physical therapist", "licensed physical"]),
        (
            "does not meet",
            &["medical necessity", "medically necessary"],
        ),
        ("do not meet", &["medical necessity", "medically necessary"]),
        (
            "fails to meet",
            &["medical necessity", "medically necessary"],
        ),
    ];
    // ASCII lowercasing keeps byte offsets, so match positions index it.
    let lower = clause.to_ascii_lowercase();
    VOCABULARY.qualifier.find_iter(clause).any(|found| {
        // "including but not limited to": a list, not a limit.
        if lower[..found.start()].ends_with("not ") {
            return false;
        }
        let cue = &lower[found.start()..found.end()];
        let after = &lower[found.end()..];
        let near = after.get(..after.len().min(40)).unwrap_or(after);
        !POSITIONS.iter().any(|(start, words)| {
            cue.starts_with(start) && words.iter().any(|word| near.contains(word))
        })
    })
}

/// "A PTA may not perform dry needling": a board's status is about
/// physical therapists, and this clause names only their assistants (or
/// aides, technicians, students) or another profession (acupuncturists,
/// chiropractors). A clause that also names the therapist
/// ("may not delegate it to an assistant") is about the therapist.
fn about_assistants_only(lower: &str) -> bool {
    let mut others = false;
    let mut therapists = false;
    let mut words = words_of(lower).peekable();
    while let Some(word) = words.next() {
        if is_assistant_word(word)
            || matches!(
                word,
                "technician"
                    | "technicians"
                    | "student"
                    | "students"
                    | "acupuncturist"
                    | "acupuncturists"
                    | "chiropractor"
                    | "chiropractors"
            )
        {
            others = true;
        } else if matches!(word, "pt" | "pts" | "licensee" | "licensees")
            || (matches!(word, "therapist" | "therapists")
                && !words
                    .peek()
                    .is_some_and(|next| next.starts_with("assistant")))
        {
            therapists = true;
        }
    }
    others && !therapists
}

/// Whether `text` names physical therapist assistants or aides.
pub fn names_assistants(text: &str) -> bool {
    words_of(&text.to_ascii_lowercase()).any(is_assistant_word)
}

fn is_assistant_word(word: &str) -> bool {
    matches!(
        word,
        "assistant" | "assistants" | "pta" | "ptas" | "aide" | "aides"
    )
}

/// The alphanumeric words of already-lowercased text.
fn words_of(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
}

fn starts_with_until(cue: &str) -> bool {
    cue.get(..5)
        .is_some_and(|head| head.eq_ignore_ascii_case("until"))
}

pub fn concession_removed(clause: &str) -> &str {
    let lower = clause.to_ascii_lowercase();
    ["even if ", "even when ", "even though ", "regardless of "]
        .iter()
        .filter_map(|marker| lower.find(marker))
        .min()
        .map_or(clause, |cut| &clause[..cut])
}

/// "at this time", "not yet": a wait, when the clause names the program waited for.
static NOT_YET: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)(?:at this time|not yet|yet to|yet been|(?:can|could) yet be|for now|until further notice|at present)(?-u:\b)",
    )
    .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// What an on-hold waits for.
static PROGRAM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)(?:registrations?|certificates?|endorsements?|rules?|regulations?|the act|the law|authorizations?)(?-u:\b)")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// Rules not adopted yet: "until rules are adopted", "no certificates can be issued yet".
static RULEMAKING_PENDING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)(?:rules?|regulations?)\s+(?:are|is|have|has)?\s*(?:not\s+yet|pending|being\s+(?:developed|drafted|written)|not\s+(?:been\s+)?adopted)|(?:pending|until)\s+(?:the\s+)?(?:adoption|rulemaking|effective\s+date\s+of)|(?:issued|available|adopted|final)\s+yet|not\s+yet\s+(?:been\s+)?(?:issued|available|adopted|final|in\s+effect)")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// "until the dry needling rules take effect", "until an endorsement is issued".
static UNTIL_RULES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)until\s+(?:[a-z0-9'-]+\s+){0,12}?(?:rules?|regulations?|endorsements?|certificates?|certifications?|registrations?|authorizations?)(?-u:\b)")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// Whether the text describes a wait on rulemaking ("until the rules are
/// adopted", "rules are pending").
pub fn waits_on_rules(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    VOCABULARY.board_on_hold.is_match(text)
        || UNTIL_RULES.is_match(&lower)
        || RULEMAKING_PENDING.is_match(&lower)
}

/// The one-word slot after an auxiliary in a cue ("is not prohibited")
/// holds a negation.
fn adverb_is_negation(captures: &regex::Captures<'_>) -> bool {
    captures.iter().skip(1).flatten().any(|slot| {
        let word = slot.as_str().trim().to_ascii_lowercase();
        VOCABULARY.negation_words.contains(&word)
    })
}

/// "Nothing in this chapter ... prohibits ...", "Neither the act nor ...":
/// a scope negation anywhere before the cue in the clause.
fn in_negated_scope(lower: &str, position: usize) -> bool {
    let before = &lower[..position];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    // "Nothing in this act prohibits ..." negates the act's reach;
    // "nothing has changed since the opinion" does not.
    const SCOPE: &[&str] = &[
        "in",
        "herein",
        "contained",
        "shall",
        "prohibits",
        "prevents",
        "precludes",
        "restricts",
        "limits",
        "bars",
        "within",
        "under",
        "about",
    ];
    words.iter().enumerate().any(|(index, word)| {
        *word == "neither"
            || (*word == "nothing" && words.get(index + 1).is_none_or(|next| SCOPE.contains(next)))
    }) || NEGATED_VERB.find_iter(before).any(|found| {
        // A "not" among the last three words is the local negation that
        // `is_negated` already counts ("is not considered medically necessary").
        before[found.start()..].split_whitespace().count() > 3
    })
}

/// "does not make dry needling medically necessary": a negated verb whose
/// object comes before the cue.
static NEGATED_VERB: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)not\s+(?:make|makes|render|renders|mean|means|establish|establishes|create|creates|regarded|considered|deemed|viewed|treated|seen|consider|considers|deem|deems)(?-u:\b)")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// A five-digit procedure code other than the service's own.
static OTHER_CODE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)(?:9\d{4}|[0-8]\d{4}|[A-Z]\d{4})(?-u:\b)")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// A fee in a coding row: "20560 ... $22.14".
static FEE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\$\s?\d+(?:\.\d{2})?")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// The reason for non-coverage a clause gives, if any.
pub fn reason_in(clause: &str, lower: &str) -> Option<Reason> {
    // "reclassified from investigational to not medically necessary": the
    // reason it moved to.
    if let Some(from) = lower.find("from ")
        && let Some(to) = lower[from..].find(" to ").map(|to| from + to + 4)
        && let Some(reason) = reasons_in(&clause[to..], &lower[to..])
    {
        return Some(reason);
    }
    reasons_in(clause, lower)
}

fn reasons_in(clause: &str, lower: &str) -> Option<Reason> {
    let vocabulary = &*VOCABULARY;
    // "investigational and therefore not medically necessary": the
    // investigational status is the reason; an evidence remark ("insufficient
    // evidence") alone does not outrank "not medically necessary".
    let mut strong_experimental = false;
    let mut weak_experimental = false;
    for found in vocabulary.reason_experimental.find_iter(clause) {
        if is_negated(lower, found.start()) {
            continue;
        }
        if found.as_str().to_ascii_lowercase().contains("evidence") {
            weak_experimental = true;
        } else {
            strong_experimental = true;
        }
    }
    if strong_experimental {
        return Some(Reason::ExperimentalInvestigational);
    }
    if vocabulary.reason_not_necessary.is_match(clause) {
        return Some(Reason::NotMedicallyNecessary);
    }
    if weak_experimental {
        return Some(Reason::ExperimentalInvestigational);
    }
    if vocabulary.reason_exclusion.is_match(clause) {
        return Some(Reason::BenefitExclusion);
    }
    None
}

/// The clause opens with "No ..." or "None ..." (after any "Q:"/"A:" label
/// or quotation mark). "Nothing" and "neither" are scope negations instead.
fn opens_with_negation(lower: &str) -> bool {
    let first = lower
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    first != "nothing"
        && first != "neither"
        && VOCABULARY
            .clause_openers
            .iter()
            .any(|opener| opener == first)
}

/// A negation word among the three words before `position`, not across a
/// comma or colon (which usually starts a new phrase).
fn is_negated(lower: &str, position: usize) -> bool {
    let before = &lower[..position];
    let phrase_start = before
        .rfind([',', ':', '(', '|', ';', '\u{2013}', '\u{2014}'])
        .map_or(0, |index| {
            index + before[index..].chars().next().map_or(1, char::len_utf8)
        })
        .max(before.rfind(" - ").map_or(0, |index| index + 3));
    let negations = &VOCABULARY.negation_words;
    let words: Vec<&str> = before[phrase_start..]
        .split_whitespace()
        .rev()
        .take(7)
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    // "no physical therapist in this state may perform": "no" before the
    // subject negates the verb however long the subject is.
    let denied_subject = words.iter().enumerate().any(|(index, word)| {
        *word == "no"
            && index > 0
            && words[..index].iter().any(|subject| {
                matches!(
                    *subject,
                    "therapist" | "therapists" | "pt" | "pts" | "licensee" | "licensees" | "person"
                )
            })
    });
    denied_subject
        || words
            .iter()
            .take(3)
            .any(|word| negations.iter().any(|negation| negation == word))
}

#[cfg(test)]
mod tests {
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
            board(
                "Nothing in this act prohibits a physical therapist from performing dry needling"
            ),
            Some(Status::Allowed)
        );
        assert_eq!(
            board(
                "Neither the act nor the rules permit physical therapists to perform dry needling"
            ),
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
}

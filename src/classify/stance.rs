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

use super::timing::timing_of;
use super::vocabulary::{self, Patterns};

fn patterns() -> &'static Patterns {
    &vocabulary::current().patterns
}

pub use super::clause::{CARRIED, CONDITIONAL, FULL, QUALIFIED, Reading};
use super::clause::{Force, Negation, Statement};
use super::structure;

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
) -> Option<Reading> {
    let vocabulary = vocabulary::current();
    // "... even if they are Medically Necessary": a concession, not a cue.
    let clause = concession_removed(clause);
    let names_service = vocabulary.mention.is_match(clause);
    if !names_service
        && subject == Subject::Named
        && (vocabulary.other_services.is_match(clause) || patterns().other_code.is_match(clause))
    {
        // This clause is about another service (or code) named in the same sentence.
        return None;
    }
    let mut weight = if is_qualified(clause) {
        QUALIFIED
    } else {
        FULL
    };
    if subject == Subject::Carried && !names_service {
        weight *= CARRIED;
    }
    let context = Clause {
        text: clause,
        // ASCII lowercasing keeps byte offsets, so positions index both strings.
        lower: clause.to_ascii_lowercase(),
        kind,
        names_service,
        weight,
        timing: timing_of(clause),
        sentence,
        order,
    };
    if let Some(reading) = context.what_kind_of_statement() {
        return reading;
    }
    match kind {
        SourceKind::StateBoard => context.judge_board(),
        SourceKind::Payer => context.judge_payer(),
    }
}

/// One clause being judged, with what every step needs.
struct Clause<'a> {
    text: &'a str,
    lower: String,
    kind: SourceKind,
    names_service: bool,
    weight: f32,
    timing: super::timing::Timing,
    sentence: usize,
    order: usize,
}

/// The cues of a clause, counted by polarity after negation.
#[derive(Default)]
struct Polarity {
    positive: i32,
    negative: i32,
    /// Negations that bind a side act (delegation, billing, practice
    /// beyond one's training) rather than the service.
    side_acts: i32,
    negation: Option<Negation>,
}

impl Polarity {
    fn negation(&self) -> Negation {
        self.negation.unwrap_or(Negation::None)
    }
}

impl Clause<'_> {
    fn reading(
        &self,
        status: Status,
        reason: Option<Reason>,
        weight: f32,
        negation: Negation,
    ) -> Reading {
        let mut reading = Reading::new(status, weight, self.timing, self.sentence, self.order);
        reading.reason = reason;
        reading.negation = negation;
        reading
    }

    /// Step 1, the kind of statement before any cue: a definition of the
    /// service, an explicit "no position", or something that states
    /// nothing (a question, a report of someone's argument). `Some(None)`
    /// means "states nothing".
    fn what_kind_of_statement(&self) -> Option<Option<Reading>> {
        let vocabulary = vocabulary::current();
        // "Whether the guidance may still be applied ...": a question posed
        // as a subject line, without its question mark.
        let is_question = self.text.trim_end().ends_with('?') || opens_with_whether(self.text);
        if self.kind == SourceKind::StateBoard
            && !is_question
            && structure::defines_service(self.text, &self.lower)
        {
            // A definition of the service in the practice act or its rules
            // places it within physical therapy.
            let mut reading = self.reading(Status::Allowed, None, CONDITIONAL, Negation::None);
            reading.statement = Statement::Definition;
            return Some(Some(reading));
        }
        let no_position = match self.kind {
            SourceKind::StateBoard => &vocabulary.board_no_position,
            SourceKind::Payer => &vocabulary.payer_no_position,
        };
        if !is_question && no_position.is_match(self.text) {
            // "has no position on whether ...": a statement about an open question.
            return Some(Some(self.reading(
                Status::Unclear,
                None,
                self.weight,
                Negation::None,
            )));
        }
        // Contractions read as their full forms ("didn't say" as "did not say").
        let expanded = self.lower.replace("n't", " not");
        if is_question
            || vocabulary.not_statement.is_match(self.text)
            || vocabulary.not_statement.is_match(&expanded)
            || patterns().conditional_mood.is_match(&self.lower)
            || vocabulary.reported_speech.is_match(self.text)
            || self.asks_whether()
        {
            return Some(None);
        }
        None
    }

    /// "asking whether she may use it", "does not address whether ...": an
    /// open question inside a statement states nothing about the service.
    /// "whether or not", "whether described as ...": alternatives, not a question.
    fn asks_whether(&self) -> bool {
        let lower = self.lower.as_str();
        lower.match_indices("whether").any(|(position, found)| {
            let after = &lower[position + found.len()..];
            let Some(after) = after.strip_prefix([' ', ',']) else {
                return false;
            };
            let after = after.trim_start();
            !vocabulary::current()
                .words
                .whether_alternatives
                .iter()
                .any(|word| after.starts_with(word.as_str()))
                && !lower[..position].ends_with("regardless of ")
        })
    }

    /// Step 2, the cues and what each negation attaches to: the act itself
    /// (flips the cue), a side act (a restriction), or a prohibition that
    /// is itself negated (a permission).
    fn count(&self, regex: &regex::Regex, inherently_positive: bool, polarity: &mut Polarity) {
        let lower = self.lower.as_str();
        let opener_negated = opens_with_negation(lower);
        for captures in regex.captures_iter(self.text) {
            let Some(found) = captures.get(0) else {
                continue;
            };
            if relative_clause_elsewhere(lower, found.start())
                || offers_alternatives(&lower[found.end()..])
            {
                // "exercise and education, which are covered": the cue is about
                // the relative clause's own antecedent, not the service.
                continue;
            }
            // A cue that itself begins with the opening "No" is not flipped
            // by it, and the opener's reach ends at a colon ("No change was
            // made: it remains covered").
            let after_opener = lower[..found.start()].chars().any(char::is_alphanumeric);
            let opener_reaches =
                opener_negated && after_opener && !lower[..found.start()].contains(':');
            // The opening "No" and a nearby "not"/"no" are one negation, not two.
            let local = is_negated(lower, found.start()) || opener_reaches;
            let scoped = in_negated_scope(lower, found.start());
            let flipped = local ^ scoped ^ adverb_is_negation(&captures);
            if inherently_positive ^ flipped {
                polarity.positive += 1;
                if scoped && !inherently_positive {
                    polarity.negation = Some(Negation::Prohibition);
                }
            } else if self.negates_side_act(found.start(), found.end()) {
                polarity.side_acts += 1;
            } else {
                polarity.negative += 1;
                polarity.negation = Some(Negation::Act);
            }
        }
    }

    fn negates_side_act(&self, start: usize, end: usize) -> bool {
        match self.kind {
            SourceKind::StateBoard => structure::negates_side_act(&self.lower, start, end),
            SourceKind::Payer => structure::billing_rule(&self.lower, end),
        }
    }

    /// "is not a skill of physical therapy", "remains outside the physical
    /// therapy scope": outside scope in other words, unless a wider negation
    /// takes it back ("not regarded as lying outside").
    fn count_placed_in_scope(&self, polarity: &mut Polarity) {
        let lower = self.lower.as_str();
        if polarity.positive > 0 || polarity.negative > 0 {
            return;
        }
        if let Some(found) = patterns().placed_in_scope.find(lower) {
            // "falls under the physical therapy scope of practice"; negated,
            // it is outside scope.
            if is_negated(lower, found.start()) ^ in_negated_scope(lower, found.start()) {
                polarity.negative += 1;
                polarity.negation = Some(Negation::Act);
            } else {
                polarity.positive += 1;
            }
        }
    }

    fn count_outside_practice(&self, polarity: &mut Polarity) {
        let lower = self.lower.as_str();
        if polarity.positive > 0
            || polarity.negative > 0
            || vocabulary::current().competence_limit.is_match(lower)
        {
            return;
        }
        if let Some(found) = patterns().outside_practice.find(lower) {
            if in_negated_scope(lower, found.start()) || is_negated(lower, found.start()) {
                polarity.positive += 1;
                polarity.negation = Some(Negation::Prohibition);
            } else {
                polarity.negative += 1;
                polarity.negation = Some(Negation::Act);
            }
        }
    }

    fn judge_board(&self) -> Option<Reading> {
        let vocabulary = vocabulary::current();
        let lower = self.lower.as_str();
        if about_assistants_only(lower) {
            return None;
        }
        let mut polarity = Polarity::default();
        self.count(&vocabulary.board_allowed, true, &mut polarity);
        self.count(&vocabulary.board_prohibited, false, &mut polarity);
        self.count_outside_practice(&mut polarity);
        self.count_placed_in_scope(&mut polarity);
        let negation = polarity.negation();
        if polarity.negative > 0 && prohibition_is_a_condition(lower, self.text) {
            // "may not perform unless registered", "until they complete 50
            // hours", "an unregistered therapist may not": conditions on
            // the therapist, so permission with conditions.
            let mut reading =
                self.reading(Status::Allowed, None, self.weight * CONDITIONAL, negation);
            reading.statement = Statement::Condition;
            return Some(reading);
        }
        if let Some(reading) = self.wait(&polarity) {
            return Some(reading);
        }
        match polarity.positive.cmp(&polarity.negative) {
            std::cmp::Ordering::Greater => {
                Some(self.reading(Status::Allowed, None, self.weight, negation))
            }
            std::cmp::Ordering::Less => {
                let mut reading = self.reading(Status::NotAllowed, None, self.weight, negation);
                if lower.contains("scope") || lower.contains("outside") {
                    reading.statement = Statement::OutsideScope;
                }
                Some(reading)
            }
            std::cmp::Ordering::Equal if polarity.positive > 0 => None,
            std::cmp::Ordering::Equal if structure::scope_excludes_service(self.text, lower) => {
                let mut reading =
                    self.reading(Status::NotAllowed, None, self.weight, Negation::Act);
                reading.statement = Statement::OutsideScope;
                Some(reading)
            }
            std::cmp::Ordering::Equal => implied_permission(self.text, lower, polarity.side_acts)
                .map(|(statement, factor)| {
                    let mut reading =
                        self.reading(Status::Allowed, None, self.weight * factor, negation);
                    reading.statement = statement;
                    if statement == Statement::Condition && polarity.side_acts > 0 {
                        reading.negation = Negation::SideAct;
                    }
                    reading
                }),
        }
    }

    /// A wait: for rules or a program (on hold), for one's own credential
    /// (a condition where the page grants the service; `decide` tells), or
    /// told in the past (history). "Until then, a therapist may continue to
    /// perform" is a permission that lasts until a date, not a wait.
    fn wait(&self, polarity: &Polarity) -> Option<Reading> {
        let vocabulary = vocabulary::current();
        let lower = self.lower.as_str();
        let permits_until = polarity.positive > 0 && polarity.negative == 0;
        let on_hold = vocabulary
            .board_on_hold
            .find_iter(self.text)
            .any(|found| !(permits_until && starts_with_until(found.as_str())))
            || (!permits_until && patterns().until_program.is_match(lower))
            || patterns().rulemaking_pending.is_match(lower)
            || patterns().program_not_yet.is_match(lower)
            || (polarity.negative > 0
                && patterns().not_yet.is_match(lower)
                && patterns().program.is_match(lower));
        if !on_hold {
            return None;
        }
        let mut reading = self.reading(Status::OnHold, None, self.weight, polarity.negation());
        if structure::waits_on_own_credential(lower) {
            reading.statement = Statement::Condition;
            return Some(reading);
        }
        // A clause that only says the program is not issuing yet ("and no
        // certificate will exist until then") is a wait wherever it stands.
        if polarity.positive == 0
            && polarity.negative == 0
            && !self.names_service
            && !patterns().program_not_yet.is_match(lower)
        {
            return None;
        }
        if structure::wait_is_past(lower) {
            reading.timing.historical = true;
            reading.force = Force::History;
        }
        Some(reading)
    }

    fn judge_payer(&self) -> Option<Reading> {
        let vocabulary = vocabulary::current();
        let lower = self.lower.as_str();
        let reason = reason_in(self.text, lower);
        if vocabulary.carve_out.is_match(self.text) {
            // "... covered, excluding dry needling": carved out of the grant.
            return Some(self.reading(
                Status::NotCovered,
                reason.or(Some(Reason::BenefitExclusion)),
                self.weight,
                Negation::Act,
            ));
        }
        let mut polarity = Polarity::default();
        self.count(&vocabulary.payer_covered, true, &mut polarity);
        self.count(&vocabulary.payer_not_covered, false, &mut polarity);
        let mut weight = self.weight;
        if reason.is_some_and(|reason| reason != Reason::BenefitExclusion) {
            if polarity.positive > 0 {
                // "covered" and "investigational" in one clause: a table
                // row with two dated columns, or a framing; weigh little.
                weight = weight.min(QUALIFIED);
            }
            // "considered investigational" states non-coverage by itself.
            polarity.negative += 1;
            polarity.positive = 0;
        }
        let negation = polarity.negation();
        if polarity.positive == 0
            && polarity.negative == 0
            && self.names_service
            && patterns().fee.is_match(self.text)
        {
            // A fee listed for the code in a fee schedule: payable.
            return Some(self.reading(Status::Covered, None, weight * CONDITIONAL, negation));
        }
        let status = match polarity.positive.cmp(&polarity.negative) {
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
        let mut reading = self.reading(status, reason, weight, negation);
        if status == Status::NotCovered && structure::limits_coverage(lower) {
            // "... for all other indications": what a covering statement
            // leaves out, so partial coverage, not a denial.
            reading.statement = Statement::Condition;
            reading.weight = reading.weight.min(QUALIFIED);
        }
        Some(reading)
    }
}

/// "does not meet medical necessity criteria": a necessity term with a
/// negation among the few words before it.
fn denies_necessity(lower: &str) -> bool {
    let words = &vocabulary::current().words;
    words.necessity_terms.iter().any(|term| {
        lower.match_indices(term.as_str()).any(|(at, _)| {
            // "whether or not medically necessary": a concession, not a ground.
            let before = lower[..at].trim_end();
            let conceded = words.concessions.iter().any(|marker| {
                before
                    .get(before.len().saturating_sub(marker.len() + 2)..)
                    .is_some_and(|tail| tail.contains(marker.trim_end()))
            });
            !conceded
                && lower[..at]
                    .split_whitespace()
                    .rev()
                    .take(NECESSITY_NEGATION_REACH)
                    .any(|word| {
                        words
                            .necessity_negators
                            .iter()
                            .any(|negator| negator == word)
                    })
        })
    })
}

/// How many words before "medical necessity" its negation may stand.
const NECESSITY_NEGATION_REACH: usize = 4;

/// "permitted or prohibited", "covered or not": the cue is one of two
/// alternatives, which states neither.
fn offers_alternatives(after_cue: &str) -> bool {
    let Some(rest) = after_cue
        .trim_start_matches(',')
        .trim_start()
        .strip_prefix("or ")
    else {
        return false;
    };
    let alternative = rest.split_whitespace().next().unwrap_or("");
    vocabulary::current()
        .words
        .stance_alternatives
        .iter()
        .any(|word| alternative.trim_matches(|c: char| !c.is_ascii_alphanumeric()) == word)
}

/// "education, which are covered": a relative clause right before the cue
/// whose antecedent is not the service.
fn relative_clause_elsewhere(lower: &str, cue_start: usize) -> bool {
    let before = lower[..cue_start].trim_end();
    let Some(relative) = vocabulary::current()
        .words
        .relative_pronouns
        .iter()
        .filter_map(|pronoun| {
            before
                .rfind(pronoun.as_str())
                .filter(|&at| before[at + pronoun.len()..].split_whitespace().count() <= 2)
        })
        .max()
    else {
        return false;
    };
    let antecedent = lower[..relative].trim_end().trim_end_matches(',');
    let tail_start = antecedent
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(3)
        .map_or(0, |(index, _)| index);
    !vocabulary::current()
        .mention
        .is_match(&antecedent[tail_start..])
}

/// A prohibition worded as a condition on the therapist ("may not perform
/// unless registered", "until completing 50 hours", "an unregistered
/// therapist may not"); a wait on rulemaking is an on-hold instead.
fn prohibition_is_a_condition(lower: &str, clause: &str) -> bool {
    let vocabulary = vocabulary::current();
    if patterns().rulemaking_pending.is_match(lower) {
        return false;
    }
    if let Some(unless) = lower.find("unless ") {
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
    }
}

/// A clause with no permission or prohibition of its own that still implies
/// permission: it puts the service inside physical therapy's scope, places
/// duties on those who perform it, or restricts only a side act
/// (delegation, billing). The statement kind and the weight factor.
fn implied_permission(clause: &str, lower: &str, side_acts: i32) -> Option<(Statement, f32)> {
    if structure::scope_includes_service(clause, lower) {
        Some((Statement::Permission, FULL))
    } else if structure::places_duty_on_practitioners(lower)
        || patterns().restricted_to_therapists.is_match(lower)
    {
        Some((Statement::Condition, CONDITIONAL))
    } else if side_acts > 0 {
        Some((Statement::Condition, QUALIFIED))
    } else {
        None
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
    if kind == SourceKind::Payer && structure::about_authorization(&row.to_ascii_lowercase()) {
        // "Prior authorization | No": whether to ask first, not whether it is paid.
        return None;
    }
    let (index, status) = cells
        .iter()
        .enumerate()
        .skip(1)
        .find_map(|(index, cell)| cell_status(cell, kind).map(|status| (index, status)))?;
    let subject = cells[..index].join(" ");
    if !vocabulary::current().mention.is_match(&subject)
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
    let opens = |words: &[String]| {
        words.iter().any(|word| {
            lower == word
                || (!exact
                    && lower
                        .strip_prefix(word.as_str())
                        .is_some_and(|rest| rest.starts_with([' ', ';', ',', '-', '(', ':', '/'])))
        })
    };
    let words = &vocabulary::current().words;
    match kind {
        SourceKind::StateBoard => {
            if opens(&words.board_cells_not_allowed) {
                Some(Status::NotAllowed)
            } else if opens(&words.board_cells_on_hold) {
                Some(Status::OnHold)
            } else if opens(&words.board_cells_allowed) {
                Some(Status::Allowed)
            } else {
                None
            }
        }
        SourceKind::Payer => {
            if opens(&words.payer_cells_not_covered) {
                Some(Status::NotCovered)
            } else if opens(&words.payer_cells_covered) {
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
    // ASCII lowercasing keeps byte offsets, so match positions index it.
    let lower = clause.to_ascii_lowercase();
    let vocabulary = vocabulary::current();
    vocabulary.qualifier.find_iter(clause).any(|found| {
        // "including but not limited to": a list, not a limit.
        if lower[..found.start()].ends_with("not ") {
            return false;
        }
        let cue = &lower[found.start()..found.end()];
        let after = &lower[found.end()..];
        let near = after.get(..after.len().min(40)).unwrap_or(after);
        !vocabulary.qualifier_positions.iter().any(|(start, words)| {
            cue.starts_with(start.as_str()) && words.iter().any(|word| near.contains(word.as_str()))
        })
    })
}

/// "A PTA may not perform dry needling": a board's status is about
/// physical therapists, and this clause names only their assistants (or
/// aides, technicians, students) or another profession (acupuncturists,
/// chiropractors). A clause that also names the therapist
/// ("may not delegate it to an assistant") is about the therapist.
fn about_assistants_only(lower: &str) -> bool {
    let words_list = &vocabulary::current().words;
    let mut others = false;
    let mut therapists = false;
    let mut words = words_of(lower).peekable();
    while let Some(word) = words.next() {
        if is_assistant_word(word) || contains_word(&words_list.other_actors, word) {
            others = true;
        } else if contains_word(&words_list.therapists, word)
            && !words
                .peek()
                .is_some_and(|next| next.starts_with("assistant"))
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
    contains_word(&vocabulary::current().words.assistants, word)
}

fn contains_word(list: &[String], word: &str) -> bool {
    list.iter().any(|entry| entry == word)
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
    vocabulary::current()
        .words
        .concessions
        .iter()
        .filter_map(|marker| lower.find(marker.as_str()))
        .min()
        .map_or(clause, |cut| &clause[..cut])
}

/// Whether the text describes a wait on rulemaking ("until the rules are
/// adopted", "rules are pending").
pub fn waits_on_rules(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    vocabulary::current().board_on_hold.is_match(text)
        || patterns().until_program.is_match(&lower)
        || patterns().rulemaking_pending.is_match(&lower)
        || patterns().program_not_yet.is_match(&lower)
}

/// The one-word slot after an auxiliary in a cue ("is not prohibited")
/// holds a negation.
fn adverb_is_negation(captures: &regex::Captures<'_>) -> bool {
    captures.iter().skip(1).flatten().any(|slot| {
        let word = slot.as_str().trim().to_ascii_lowercase();
        vocabulary::current().negation_words.contains(&word)
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
    let followers = &vocabulary::current().words.scope_negation_followers;
    // "It is not accurate to say that X does not allow ...": the frame denies
    // what it embeds.
    patterns().denial_frame.is_match(before)
        || words.iter().enumerate().any(|(index, word)| {
            *word == "neither"
                || (*word == "nothing"
                    && words
                        .get(index + 1)
                        .is_none_or(|next| contains_word(followers, next)))
        })
        || patterns().negated_verb.find_iter(before).any(|found| {
            // A "not" among the last three words is the local negation that
            // `is_negated` already counts ("is not considered medically necessary").
            before[found.start()..].split_whitespace().count() > 3
        })
}

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
    let vocabulary = vocabulary::current();
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
    if vocabulary.reason_not_necessary.is_match(clause) || denies_necessity(lower) {
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
        && vocabulary::current()
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
    let negations = &vocabulary::current().negation_words;
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
            && words[..index]
                .iter()
                .any(|subject| contains_word(&vocabulary::current().words.denied_subjects, subject))
    });
    // "with nothing injected", "for no charge": a negation inside a noun
    // phrase after a preposition binds that phrase only.
    let prepositions = &vocabulary::current().words.prepositions;
    denied_subject
        || words.iter().enumerate().take(3).any(|(index, word)| {
            negations.iter().any(|negation| negation == word)
                && !words
                    .get(index + 1)
                    .is_some_and(|before| contains_word(prepositions, before))
        })
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

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

use super::doc_matches;
use super::timing::timing_of;
use super::vocabulary::{self, Patterns};

fn patterns() -> &'static Patterns {
    &vocabulary::current().patterns
}

pub use super::clause::{CARRIED, CONDITIONAL, FULL, QUALIFIED, Reading};
use super::clause::{Force, Negation, Statement};
use super::negation::{
    adverb_is_negation, in_negated_scope, is_negated, offers_alternatives, opens_with_negation,
    relative_clause_elsewhere,
};
pub use super::rows::{bare_status, reason_in, table_row};
use super::structure::{self, implied_permission, prohibition_is_a_condition};
use super::subjects::{about_assistants_only, starts_with_until};
pub use super::subjects::{
    concession_removed, is_qualified, names_assistants, opens_with_whether, waits_on_rules,
};

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
    let names_service = doc_matches::is_match(&vocabulary.mention, clause);
    if !names_service
        && subject == Subject::Named
        && (doc_matches::is_match(&vocabulary.other_services, clause)
            || doc_matches::is_match(&patterns().other_code, clause))
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
        if !is_question && doc_matches::is_match(no_position, self.text) {
            // "has no position on whether ...": a statement about an open question.
            return Some(Some(self.reading(
                Status::Unclear,
                None,
                self.weight,
                Negation::None,
            )));
        }
        // Contractions read as their full forms ("didn't say" as "did not say").
        let expanded = self
            .lower
            .contains("n't")
            .then(|| self.lower.replace("n't", " not"));
        if is_question
            || doc_matches::is_match(&vocabulary.not_statement, self.text)
            || expanded
                .as_deref()
                .is_some_and(|expanded| vocabulary.not_statement.is_match(expanded))
            || patterns().conditional_mood.is_match(&self.lower)
            || doc_matches::is_match(&vocabulary.reported_speech, self.text)
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
        if !doc_matches::may_match(regex, self.text) {
            return;
        }
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
        let placed = patterns()
            .placed_in_scope
            .find(lower)
            .or_else(|| patterns().grants_to_therapists.find(lower));
        if let Some(found) = placed {
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
        let vocabulary = vocabulary::current();
        if polarity.positive > 0
            || polarity.negative > 0
            || !vocabulary.scope_words.is_match(lower)
            || vocabulary.competence_limit.is_match(lower)
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
        let on_hold = (doc_matches::may_match(&vocabulary.board_on_hold, self.text)
            && vocabulary
                .board_on_hold
                .find_iter(self.text)
                .any(|found| !(permits_until && starts_with_until(found.as_str()))))
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
        if doc_matches::is_match(&vocabulary.carve_out, self.text) {
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
            && doc_matches::is_match(&patterns().fee, self.text)
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

#[cfg(test)]
mod tests;

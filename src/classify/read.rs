//! Walks a document sentence by sentence and turns every clause about the
//! service into a [`Reading`] (the clause model of `clause.rs`), in named
//! steps: motions wait for their outcome, questions wait for their answer,
//! table rows and list items take their status from their cells and
//! lead-ins, and every reading is admitted through one gate that fills in
//! who it is about and its legal force, and sets aside what is not this
//! page's own binding text (other states, bills, a plan quoting Medicare).

use std::cell::OnceCell;

use crate::model::{SourceKind, Status};

use super::clause::{Actor, Force, Reading, Statement};
use super::discourse::{
    answers_not_yet, as_statement, asks_to_practice, motion_content, motion_outcome, opposite,
    split_answer, strip_label,
};
use super::doc_matches;
use super::parties::{about_another_state, home_state};
use super::sentences::{Sentence, clauses, is_list_item, sentences};
use super::stance::{self, Subject};
use super::structure;
use super::timing::{self, Timing};
use super::vocabulary;

/// How many sentences back an "It ..." may refer.
const CARRY_SENTENCES: usize = 2;
/// How far back a bare question ("So can I start?") still asks about the service.
const QUESTION_REACH: usize = 8;

/// A clause the reader looked at and did not count, with why.
#[derive(Debug, Clone)]
pub struct SetAside {
    pub reading: Reading,
    pub why: &'static str,
}

/// Everything read from one document.
pub struct DocumentReading<'a> {
    pub sentences: Vec<Sentence<'a>>,
    /// The readings that count, in document order.
    pub readings: Vec<Reading>,
    /// Readings of clauses about the service that do not count.
    pub set_aside: Vec<SetAside>,
    /// Indices of the sentences about the service.
    pub about_service: Vec<usize>,
}

/// "Until the rules exist, ...": a sentence that opens on a wait for rules
/// or a program.
fn opens_with_wait(body: &str) -> bool {
    let lower = body.trim_start().to_ascii_lowercase();
    let opening = lower.split(',').next().unwrap_or(&lower);
    opening.starts_with("until ") && stance::waits_on_rules(opening)
}

/// A short line with no sentence punctuation: a heading.
fn is_heading_line(body: &str) -> bool {
    let trimmed = body.trim();
    !trimmed.is_empty()
        && trimmed.split_whitespace().count() <= HEADING_WORDS
        && !trimmed.ends_with(['.', '?', '!', ';', ','])
        && !doc_matches::is_match(&vocabulary::current().mention, trimmed)
}

/// The most words a heading between a question and its answer has.
const HEADING_WORDS: usize = 4;

/// Reads `text` as a page of `kind`.
pub fn read_document(text: &str, kind: SourceKind) -> DocumentReading<'_> {
    let vocabulary = vocabulary::current();
    let mut reader = Reader {
        text,
        kind,
        sentences: sentences(text, |line| {
            doc_matches::is_match(&vocabulary.mention, line)
        }),
        home: OnceCell::new(),
        third_party_payer: kind == SourceKind::Payer && vocabulary.patterns.own_plan.is_match(text),
        readings: Vec::new(),
        set_aside: Vec::new(),
        about_service: Vec::new(),
        last_named: None,
        open_question: None,
        asked_about_service: false,
        pending_motion: None,
        order: 0,
        sentence_force: None,
    };
    for index in 0..reader.sentences.len() {
        reader.read_sentence(index);
    }
    DocumentReading {
        sentences: reader.sentences,
        readings: reader.readings,
        set_aside: reader.set_aside,
        about_service: reader.about_service,
    }
}

struct Reader<'a> {
    text: &'a str,
    kind: SourceKind,
    sentences: Vec<Sentence<'a>>,
    /// Found only when a clause names a state: most pages never need it.
    home: OnceCell<Option<&'a str>>,
    third_party_payer: bool,
    readings: Vec<Reading>,
    set_aside: Vec<SetAside>,
    about_service: Vec<usize>,
    last_named: Option<usize>,
    open_question: Option<Reading>,
    asked_about_service: bool,
    /// A motion's content waits for its outcome ("Passed 5-1." or "Failed.").
    pending_motion: Option<(Reading, usize)>,
    order: usize,
    /// The force of the last sentence asked about (sentence index, force).
    sentence_force: Option<(usize, Force)>,
}

impl<'a> Reader<'a> {
    fn read_sentence(&mut self, index: usize) {
        let sentence = self.sentences[index].clone();
        if sentence.in_references {
            self.open_question = None;
            return;
        }
        if !sentence.text.contains(|c: char| c.is_alphanumeric()) {
            // A drawn rule between a question and its answer.
            return;
        }
        let (answer, body) = split_answer(strip_label(sentence.text));
        if answer.is_none() && is_heading_line(body) {
            // "OPINION" between a question and its answer: a heading, which
            // neither answers nor closes the question.
            return;
        }
        self.settle_motion(index, body);
        if self.read_motion(index, body) {
            return;
        }
        if stance::opens_with_whether(body) {
            // "Whether, and on what terms, ... is governed by ...": a question
            // the sentence leaves open.
            return;
        }
        let pending_answer = answer.zip(self.open_question.take());
        let answers_service_question = std::mem::take(&mut self.asked_about_service);
        let names = doc_matches::is_match(&vocabulary::current().mention, body);
        if self.kind == SourceKind::StateBoard && answers_service_question && answers_not_yet(body)
        {
            // "Can I start offering dry needling now? Not yet. ...": a wait.
            let mut reading = self.reading(Status::OnHold, stance::FULL, Timing::default(), index);
            reading.statement = Statement::Answer;
            self.admit(reading, body, body);
            return;
        }
        if body.trim_end().ends_with('?')
            && (names
                || self
                    .last_named
                    .is_some_and(|named| index - named <= QUESTION_REACH))
            && asks_to_practice(body)
        {
            // "So can I start?" right after the service was named asks about it.
            self.asked_about_service = true;
        }
        let carried = !names && self.carries_topic(index, body);
        if names {
            self.last_named = Some(index);
        }
        let before = self.readings.len();
        if names || carried {
            self.about_service.push(index);
            let subject = if names {
                Subject::Named
            } else {
                Subject::Carried
            };
            if body.trim_end().ends_with('?') {
                self.ask(index, body, subject);
                return;
            }
            self.read_statement(index, &sentence, body, names, subject);
        }
        if self.readings[before..]
            .iter()
            .any(|reading| reading.timing.when.is_none())
        {
            self.inherit_dates(index, &sentence, body, before);
        }
        if self.readings.len() == before
            && let Some((yes, question)) = pending_answer
        {
            // "May a physical therapist perform dry needling? Yes, if ..."
            let status = if yes {
                question.status
            } else {
                opposite(question.status)
            };
            self.order += 1;
            let reading = Reading {
                status,
                reason: None,
                sentence: index,
                order: self.order,
                statement: Statement::Answer,
                ..question
            };
            self.readings.push(reading);
        }
    }

    /// "It is ..." refers back; on a board page, a wait on rulemaking next
    /// to a mention ("... until the implementing rules are adopted") is
    /// about the service too, and so is a bare status ("Never covered.").
    fn carries_topic(&self, index: usize, body: &str) -> bool {
        self.last_named
            .is_some_and(|named| index - named <= CARRY_SENTENCES)
            && (vocabulary::current().anaphora.is_match(body.trim_start())
                || (self.kind == SourceKind::StateBoard && stance::waits_on_rules(body))
                // A bare status is a sentence ("Never covered."); a heading
                // such as "Not covered" introduces the items under it.
                || (body.trim_end().ends_with('.')
                    && stance::bare_status(body, self.kind).is_some()))
    }

    /// The outcome of a motion read a sentence or two before.
    fn settle_motion(&mut self, index: usize, body: &str) {
        if let Some((motion, at)) = self.pending_motion.take()
            && index - at <= 2
        {
            match motion_outcome(body) {
                Some(true) => self.readings.push(motion),
                Some(false) => {}
                None => self.pending_motion = Some((motion, at)),
            }
        }
    }

    /// "Motion to find that ...": its content counts only once it passes.
    fn read_motion(&mut self, index: usize, body: &str) -> bool {
        let Some(content) = motion_content(body) else {
            return false;
        };
        if !doc_matches::is_match(&vocabulary::current().mention, content) {
            return false;
        }
        self.order += 1;
        let order = self.order;
        let kind = self.kind;
        let motion = clauses(content).into_iter().find_map(|clause| {
            stance::judge(clause, kind, Subject::Named, index, order)
                .filter(|reading| reading.status.is_position())
        });
        // "It was moved, seconded and unanimously carried that ...".
        match (motion, motion_outcome(body)) {
            (Some(reading), Some(true)) => self.readings.push(reading),
            (Some(reading), None) => self.pending_motion = Some((reading, index)),
            _ => {}
        }
        self.last_named = Some(index);
        true
    }

    /// A question about the service: its reading waits for a "Yes"/"No".
    fn ask(&mut self, index: usize, body: &str, subject: Subject) {
        let asked = as_statement(body.trim_end().trim_end_matches('?'));
        // A question about assistants or aides answers nothing about therapists.
        let about_others = stance::is_qualified(body);
        let about_assistants =
            self.kind == SourceKind::StateBoard && stance::names_assistants(body);
        self.open_question = stance::judge(&asked, self.kind, subject, index, self.order)
            .filter(|reading| reading.status.is_position() && !about_assistants)
            .map(|reading| Reading {
                weight: if about_others {
                    stance::QUALIFIED
                } else {
                    reading.weight
                },
                ..reading
            });
    }

    /// A statement about the service: a table row, or its clauses, or the
    /// list lead-in it sits under.
    fn read_statement(
        &mut self,
        index: usize,
        sentence: &Sentence<'a>,
        body: &str,
        names: bool,
        subject: Subject,
    ) {
        let before = self.readings.len();
        // A sentence about assistants or aides qualifies all its clauses
        // ("..., and a therapist who permits them is disciplined").
        let qualified_sentence = stance::is_qualified(body);
        // A table row whose status sits in a cell of its own:
        // "Trigger point dry needling | Permitted | 54 hours".
        if names && let Some((status, reason)) = stance::table_row(body, self.kind) {
            let mut reading = self.reading(status, stance::FULL, timing::timing_of(body), index);
            reading.reason = reason;
            reading.statement = Statement::TableStatus;
            self.admit(reading, body, body);
            return;
        }
        // An item under "The bill would:" carries its lead-in's force.
        let lead_in_proposes = is_list_item(sentence.line_text)
            && sentence.lead_in.is_some_and(|lead_in| {
                structure::force_of(&lead_in.to_ascii_lowercase()) == Force::Proposal
            });
        for clause in clauses(body) {
            self.order += 1;
            let Some(mut reading) = stance::judge(clause, self.kind, subject, index, self.order)
            else {
                continue;
            };
            if lead_in_proposes {
                reading.force = Force::Proposal;
            }
            if reading.status == Status::NotAllowed && opens_with_wait(body) {
                // "Until the rules exist, therapists may take courses but may
                // not use it": a fronted wait scopes every clause after it.
                reading.status = Status::OnHold;
                reading.statement = Statement::Pending;
            }
            // A wait for rules or a certificate is not a limit on the practice.
            if qualified_sentence && reading.status != Status::OnHold {
                reading.weight = reading.weight.min(stance::QUALIFIED);
            }
            if sentence.in_history {
                reading.timing.historical = true;
                reading.force = Force::History;
            }
            self.admit(reading, clause, body);
        }
        if self.readings.len() == before
            && names
            && let Some(lead_in) = sentence.lead_in
        {
            // A list item under "Not covered:" or "Exclusions".
            self.order += 1;
            if let Some(mut reading) =
                stance::judge(lead_in, self.kind, Subject::Carried, index, self.order)
                    .filter(|reading| reading.status.is_position())
            {
                // "shall not: (a) delegate it to an aide": the item is a
                // limit on the practice, so the ban weighs as one. (Under
                // a grant, "1 unit per day" limits a covered service.)
                if qualified_sentence
                    && !matches!(reading.status, Status::Allowed | Status::Covered)
                {
                    reading.weight = reading.weight.min(stance::QUALIFIED);
                }
                self.admit(reading, lead_in, body);
            }
        }
    }

    /// The gate every reading passes: it is given its actor and legal
    /// force, and set aside when it is not this page's own binding text.
    fn admit(&mut self, mut reading: Reading, clause: &str, sentence: &str) {
        let lower = clause.to_ascii_lowercase();
        reading.actor = match self.kind {
            SourceKind::Payer => Actor::Payer,
            SourceKind::StateBoard => structure::actor_of(&lower),
        };
        if !matches!(reading.force, Force::History | Force::Proposal) {
            reading.force = self.force_of_sentence(reading.sentence, sentence);
        }
        if structure::reports_the_past(&lower) {
            // "In 2014, the board stated that ...": what was said then.
            reading.timing.historical = true;
            reading.force = Force::History;
        }
        if self.kind == SourceKind::StateBoard
            && about_another_state(stance::concession_removed(clause), || {
                *self.home.get_or_init(|| home_state(self.text))
            })
        {
            // "..., regardless of training completed in another state": a
            // concession does not move the clause to another state.
            reading.actor = Actor::OtherJurisdiction;
            self.set_aside.push(SetAside {
                reading,
                why: "about another state or jurisdiction",
            });
            return;
        }
        if self.third_party_payer
            && vocabulary::current()
                .patterns
                .about_medicare
                .is_match(clause)
        {
            self.set_aside.push(SetAside {
                reading,
                why: "a plan's page quoting Medicare states Medicare's position",
            });
            return;
        }
        if reading.force == Force::Proposal && reading.status != Status::OnHold {
            self.set_aside.push(SetAside {
                reading,
                why: "a bill, proposal or petition is not law",
            });
            return;
        }
        self.readings.push(reading);
    }

    /// Dates the sentence's undated statements take from around them,
    /// worked out once for the sentence.
    fn inherit_dates(&mut self, index: usize, sentence: &Sentence<'a>, body: &str, from: usize) {
        let mut inherited = Timing::default();
        if index > 0 {
            // The whole sentence: "On and after that date, X, and Y" dates Y too.
            timing::resolve_that_date(body, &mut inherited, self.sentences[index - 1].text);
        }
        if inherited.when.is_none() {
            if let Some(logged) = timing::leading_date(sentence.line_text) {
                // "03/01/2025 Reclassified ...": a dated log or history row.
                inherited.when = Some(logged);
            } else if let Some(section) = sentence.dated_section {
                // "Criteria for dates of service on or after 01/01/2027":
                // the section's dates hold for its undated statements.
                inherited = timing::timing_of(section);
            }
        }
        for reading in self.readings[from..]
            .iter_mut()
            .filter(|reading| reading.timing.when.is_none())
        {
            reading.timing.start = inherited.start;
            reading.timing.end = inherited.end;
            reading.timing.when = inherited.when;
        }
    }

    /// The legal force of a sentence, worked out once for all its clauses.
    fn force_of_sentence(&mut self, index: usize, sentence: &str) -> Force {
        if let Some((cached, force)) = self.sentence_force
            && cached == index
        {
            return force;
        }
        let force = structure::force_of(&sentence.to_ascii_lowercase());
        self.sentence_force = Some((index, force));
        force
    }

    fn reading(&mut self, status: Status, weight: f32, timing: Timing, index: usize) -> Reading {
        self.order += 1;
        Reading::new(status, weight, timing, index, self.order)
    }
}

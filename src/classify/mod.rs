//! Reads normalized page text and decides what position it states, with the
//! sentences that show it.
//!
//! Pure: text and today's date in, [`Finding`] out; no I/O, no clock. The
//! phrases it keys on live in `vocabulary.toml`; the code decides how they
//! combine: `sentences` finds the sentences about the service and skips
//! reference-like sections, `stance` judges each clause (negation, questions,
//! qualifiers), `timing` places it in time, `decide` weighs the votes, and
//! `details` pulls out conditions, dates and policy numbers.

mod decide;
mod details;
mod sentences;
mod stance;
mod timing;
mod vocabulary;

use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::model::{Finding, Reason, SourceKind, Status};
use sentences::{clauses, sentences};
use stance::{Subject, Vote};
use vocabulary::VOCABULARY;

/// Bump when the same text may classify differently, so stored findings made
/// by an older version are re-derived before comparing.
pub const CLASSIFIER_VERSION: u32 = 10;

/// Evidence quotes are cut to this many characters.
const MAX_EVIDENCE_CHARS: usize = 400;
/// How many sentences back an "It ..." may refer.
const CARRY_SENTENCES: usize = 2;
/// How far back a bare question ("So can I start?") still asks about the service.
const QUESTION_REACH: usize = 8;

/// Classifies `text` as of `today` (a position split by date of service is
/// read as it stands on that day).
pub fn classify_on(text: &str, kind: SourceKind, today: Date) -> Finding {
    let vocabulary = &*VOCABULARY;
    let mut terms = BTreeSet::new();
    let mut cpt_codes = BTreeSet::new();
    for found in vocabulary.mention.find_iter(text) {
        let matched = found.as_str();
        if matched.bytes().all(|byte| byte.is_ascii_digit()) {
            cpt_codes.insert(matched.to_string());
        } else {
            terms.insert(canonical_term(matched));
        }
    }

    let sentences = sentences(text, |line| vocabulary.mention.is_match(line));
    // Found only when a clause names a state: most pages never need it.
    let home = std::cell::OnceCell::new();
    let third_party_payer = kind == SourceKind::Payer && OWN_PLAN.is_match(text);
    let mut votes: Vec<Vote> = Vec::new();
    let mut about_service: Vec<usize> = Vec::new();
    let mut last_named: Option<usize> = None;
    let mut open_question: Option<Vote> = None;
    let mut asked_about_service = false;
    // A motion's content waits for its outcome ("Passed 5-1." or "Failed.").
    let mut pending_motion: Option<(Vote, usize)> = None;
    let mut order = 0;
    for (index, sentence) in sentences.iter().enumerate() {
        if sentence.in_references {
            open_question = None;
            continue;
        }
        if !sentence.text.contains(|c: char| c.is_alphanumeric()) {
            // A drawn rule between a question and its answer.
            continue;
        }
        let (answer, body) = split_answer(strip_label(sentence.text));
        if let Some((motion, at)) = pending_motion.take()
            && index - at <= 2
        {
            match motion_outcome(body) {
                Some(true) => votes.push(motion),
                Some(false) => {}
                None => pending_motion = Some((motion, at)),
            }
        }
        if let Some(content) = motion_content(body)
            && vocabulary.mention.is_match(content)
        {
            order += 1;
            let motion = clauses(content).into_iter().find_map(|clause| {
                stance::judge(clause, kind, Subject::Named, index, order)
                    .filter(|vote| vote.status.is_position())
            });
            // "It was moved, seconded and unanimously carried that ...".
            match (motion, motion_outcome(body)) {
                (Some(vote), Some(true)) => votes.push(vote),
                (Some(vote), None) => pending_motion = Some((vote, index)),
                _ => {}
            }
            last_named = Some(index);
            continue;
        }
        if stance::opens_with_whether(body) {
            // "Whether, and on what terms, ... is governed by ...": a question
            // the sentence leaves open.
            continue;
        }
        let pending_answer = answer.zip(open_question.take());
        let answers_service_question = std::mem::take(&mut asked_about_service);
        let names = vocabulary.mention.is_match(body);
        if kind == SourceKind::StateBoard && answers_service_question && answers_not_yet(body) {
            // "Can I start offering dry needling now? Not yet. ...": a wait.
            order += 1;
            votes.push(Vote {
                status: Status::OnHold,
                reason: None,
                weight: stance::FULL,
                timing: timing::Timing::default(),
                sentence: index,
                order,
            });
            continue;
        }
        if body.trim_end().ends_with('?')
            && (names || last_named.is_some_and(|named| index - named <= QUESTION_REACH))
            && asks_to_practice(body)
        {
            // "So can I start?" right after the service was named asks about it.
            asked_about_service = true;
        }
        // "It is ..." refers back; on a board page, a wait on rulemaking
        // next to a mention ("... until the implementing rules are
        // adopted") is about the service too.
        let carried = !names
            && last_named.is_some_and(|named| index - named <= CARRY_SENTENCES)
            && (vocabulary.anaphora.is_match(body.trim_start())
                || (kind == SourceKind::StateBoard && stance::waits_on_rules(body))
                // "Dry needling, meaning ... . Never covered.": a bare status.
                || stance::bare_status(body, kind).is_some());
        if names {
            last_named = Some(index);
        }
        let before = votes.len();
        if names || carried {
            about_service.push(index);
            let subject = if names {
                Subject::Named
            } else {
                Subject::Carried
            };
            if body.trim_end().ends_with('?') {
                let asked = as_statement(body.trim_end().trim_end_matches('?'));
                // A question about assistants or aides answers nothing about therapists.
                let about_others = stance::is_qualified(body);
                let about_assistants =
                    kind == SourceKind::StateBoard && stance::names_assistants(body);
                open_question = stance::judge(&asked, kind, subject, index, order)
                    .filter(|vote| vote.status.is_position() && !about_assistants)
                    .map(|vote| Vote {
                        weight: if about_others {
                            stance::QUALIFIED
                        } else {
                            vote.weight
                        },
                        ..vote
                    });
                continue;
            }
            // A sentence about assistants or aides qualifies all its clauses
            // ("..., and a therapist who permits them is disciplined").
            let qualified_sentence = stance::is_qualified(body);
            // A table row whose status sits in a cell of its own:
            // "Trigger point dry needling | Permitted | 54 hours".
            let row = if names {
                stance::table_row(body, kind)
            } else {
                None
            };
            if let Some((status, reason)) = row {
                order += 1;
                votes.push(Vote {
                    status,
                    reason,
                    weight: stance::FULL,
                    timing: timing::timing_of(body),
                    sentence: index,
                    order,
                });
            }
            let clauses = if row.is_some() {
                Vec::new()
            } else {
                clauses(body)
            };
            for clause in clauses {
                order += 1;
                // "..., regardless of training completed in another state":
                // a concession does not move the clause to another state.
                if kind == SourceKind::StateBoard
                    && about_another_state(stance::concession_removed(clause), || {
                        *home.get_or_init(|| home_state(text))
                    })
                {
                    continue;
                }
                if third_party_payer && ABOUT_MEDICARE.is_match(clause) {
                    // A plan's page quoting Medicare's rule states Medicare's position, not its own.
                    continue;
                }
                if let Some(mut vote) = stance::judge(clause, kind, subject, index, order) {
                    // A wait for rules or a certificate is not a limit on the practice.
                    if qualified_sentence && vote.status != Status::OnHold {
                        vote.weight = vote.weight.min(stance::QUALIFIED);
                    }
                    if sentence.in_history {
                        vote.timing.historical = true;
                    }
                    votes.push(vote);
                }
            }
            if votes.len() == before
                && names
                && let Some(lead_in) = sentence.lead_in
            {
                // A list item under "Not covered:" or "Exclusions".
                order += 1;
                if let Some(mut vote) = stance::judge(lead_in, kind, Subject::Carried, index, order)
                    .filter(|vote| vote.status.is_position())
                {
                    // "shall not: (a) delegate it to an aide": the item is a
                    // limit on the practice, so the ban weighs as one. (Under
                    // a grant, "1 unit per day" limits a covered service.)
                    if qualified_sentence
                        && !matches!(vote.status, Status::Allowed | Status::Covered)
                    {
                        vote.weight = vote.weight.min(stance::QUALIFIED);
                    }
                    votes.push(vote);
                }
            }
        }
        if votes[before..]
            .iter()
            .any(|vote| vote.timing.when.is_none())
        {
            // Dates the sentence's undated statements take from around them,
            // worked out once for the sentence.
            let mut inherited = timing::Timing::default();
            if index > 0 {
                // The whole sentence: "On and after that date, X, and Y" dates Y too.
                timing::resolve_that_date(body, &mut inherited, sentences[index - 1].text);
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
            for vote in votes[before..]
                .iter_mut()
                .filter(|vote| vote.timing.when.is_none())
            {
                vote.timing.start = inherited.start;
                vote.timing.end = inherited.end;
                vote.timing.when = inherited.when;
            }
        }
        if votes.len() == before
            && let Some((yes, question)) = pending_answer
        {
            // "May a physical therapist perform dry needling? Yes, if ..."
            let status = if yes {
                question.status
            } else {
                opposite(question.status)
            };
            order += 1;
            votes.push(Vote {
                status,
                reason: None,
                sentence: index,
                order,
                ..question
            });
        }
    }

    let candidates: &[Status] = match kind {
        SourceKind::StateBoard => &[Status::Allowed, Status::NotAllowed, Status::OnHold],
        SourceKind::Payer => &[Status::Covered, Status::NotCovered],
    };
    // RUST_LOG=needlewatch::classify=trace shows what each sentence counted for.
    for vote in &votes {
        tracing::trace!(status = ?vote.status, reason = ?vote.reason, weight = vote.weight, timing = ?vote.timing, sentence = sentences[vote.sentence].text, "vote");
    }
    let decision = decide::decide(&votes, candidates, today);
    let reason = match (decision.status, decision.reason) {
        // Non-coverage with no reason given anywhere is the plan's own
        // exclusion: the contract does not include the service.
        (Status::NotCovered, None) => {
            document_reason(&sentences, &about_service).or(Some(Reason::BenefitExclusion))
        }
        (_, reason) => reason,
    };

    let mut evidence_sentences: Vec<usize> = Vec::new();
    for &carrier in &decision.carriers {
        let sentence = votes[carrier].sentence;
        if !evidence_sentences.contains(&sentence) {
            evidence_sentences.push(sentence);
        }
    }
    let evidence = evidence_sentences
        .iter()
        .take(3)
        .map(|&index| quote(sentences[index].text))
        .collect();

    let mut conditions = Vec::new();
    if matches!(
        decision.status,
        Status::Allowed | Status::Covered | Status::OnHold
    ) {
        for &index in &about_service {
            details::conditions_in(sentences[index].text, &mut conditions);
        }
    }
    Finding {
        status: decision.status,
        reason,
        evidence,
        cpt_codes: cpt_codes.into_iter().collect(),
        terms: terms.into_iter().collect(),
        conditions,
        effective_date: decision
            .dated
            .map(|date| date.to_string())
            .or_else(|| details::labelled_date(text)),
        policy_number: details::policy_number(text),
        needs_review: decision.needs_review,
        next_change: votes
            .iter()
            .filter_map(|vote| vote.timing.start.filter(|&start| start > today))
            .min()
            .map(|date| date.to_string()),
    }
}

const STATE_NAMES: [&str; 51] = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "District of Columbia",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

static STATE_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let mut names: Vec<&str> = STATE_NAMES.to_vec();
    // "West Virginia" before "Virginia", "Arkansas" before "Kansas".
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    regex::Regex::new(&format!("(?-u:\\b)(?:{})(?-u:\\b)", names.join("|")))
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// Medicare named as a payer other than the page's own.
static ABOUT_MEDICARE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:cms|original medicare|traditional medicare|medicare part b|medicare (?:physician )?fee schedule|the medicare program)(?-u:\b)")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// Words of a plan speaking of itself: the page is a plan's, not Medicare's.
static OWN_PLAN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:our members|our plan|this plan|the plan's|our providers|our network|members'|member's|members\u{2019}|member\u{2019}s)")
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// The state a board page is about: the one it names most, counting the
/// first one named (usually in the page's own title) twice more.
fn home_state(text: &str) -> Option<&str> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (index, found) in STATE_NAME.find_iter(text).enumerate() {
        *counts.entry(found.as_str()).or_default() += if index == 0 { 3 } else { 1 };
    }
    counts
        .into_iter()
        .max_by_key(|&(name, count)| (count, std::cmp::Reverse(name)))
        .map(|(name, _)| name)
}

/// A clause about another state's rules ("Oregon physical therapists may
/// not ...", "that state's board") states nothing about this page's state.
fn about_another_state<'a>(clause: &str, home: impl FnOnce() -> Option<&'a str>) -> bool {
    let named: Vec<&str> = STATE_NAME
        .find_iter(clause)
        .map(|found| found.as_str())
        .collect();
    let lower = clause.to_ascii_lowercase();
    let elsewhere = [
        "that state's",
        "another state",
        "other states",
        "in that state",
        "neighboring state",
        "other jurisdictions",
        "another jurisdiction",
        "some states",
        "many states",
        "several states",
        "most states",
        "other boards",
        "jurisdictions",
        "a state that",
        "the law of that state",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase));
    if named.is_empty() && !elsewhere {
        return false;
    }
    // "a licensee who also holds a license in a state that permits it":
    // another state's law, even when the clause names this one.
    if ["a state that", "the law of that state"]
        .iter()
        .any(|phrase| lower.contains(phrase))
    {
        return true;
    }
    !home().is_some_and(|home| named.contains(&home))
}

/// Drops an FAQ label ("Q:", "A:", "Question:", "Answer:") or a subject
/// line's ("Re:", "Subject:").
fn strip_label(sentence: &str) -> &str {
    let trimmed = sentence.trim_start();
    // Numbered FAQ labels: "Q3.", "Q12:", "Question 4:".
    for prefix in ["question ", "q"] {
        if let Some(head) = trimmed.get(..prefix.len())
            && head.eq_ignore_ascii_case(prefix)
        {
            let rest = &trimmed[prefix.len()..];
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0
                && let Some(after) = rest[digits..].strip_prefix(['.', ':', ')'])
            {
                return after.trim_start();
            }
        }
    }
    for label in [
        "q:",
        "a:",
        "question:",
        "answer:",
        "q.",
        "a.",
        "re:",
        "subject:",
    ] {
        if let Some(head) = trimmed.get(..label.len())
            && head.eq_ignore_ascii_case(label)
        {
            return trimmed[label.len()..].trim_start();
        }
    }
    sentence
}

/// What a motion proposes: "Motion to issue a statement finding that X" → "X".
fn motion_content(sentence: &str) -> Option<&str> {
    let lower = sentence.trim_start().to_ascii_lowercase();
    let is_motion = ["motion", "moved", "it was moved", "a motion"]
        .iter()
        .any(|opening| lower.starts_with(opening));
    if !is_motion {
        return None;
    }
    let offset = sentence.len() - sentence.trim_start().len();
    let that = lower
        .match_indices(" that")
        .map(|(position, _)| position)
        .find(|&position| lower[position + 5..].starts_with([' ', ',']))?;
    Some(sentence[offset + that + 6..].trim_start_matches([' ', ',']))
}

/// Whether a sentence reports that the motion before it passed (`true`)
/// or failed (`false`).
fn motion_outcome(sentence: &str) -> Option<bool> {
    let lower = sentence.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
        .collect();
    if words.iter().any(|word| {
        matches!(
            *word,
            "failed" | "defeated" | "withdrawn" | "tabled" | "died"
        )
    }) {
        Some(false)
    } else if words.iter().any(|word| {
        matches!(
            *word,
            "passed" | "carried" | "adopted" | "approved" | "unanimously"
        )
    }) {
        Some(true)
    } else {
        None
    }
}

/// "Can I start?", "May I offer it?": a question about practising, not about
/// qualifying or paperwork.
fn asks_to_practice(question: &str) -> bool {
    let lower = question.to_ascii_lowercase();
    [
        "start", "begin", "perform", "offer", "practice", "provide", "treat", "needle", "use",
    ]
    .iter()
    .any(|verb| {
        lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|word| word == *verb)
    })
}

/// "Not yet.", "Not at this time.", "Not quite": an answer that says wait.
fn answers_not_yet(body: &str) -> bool {
    let lower = body.trim_start().to_ascii_lowercase();
    [
        "not yet",
        "not at this time",
        "not quite",
        "not until",
        "not right now",
    ]
    .iter()
    .any(|opening| {
        lower
            .strip_prefix(opening)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '!', ' ']))
    })
}

/// "Yes, ..." / "No. ..." opening an answer: the answer, and the rest.
fn split_answer(sentence: &str) -> (Option<bool>, &str) {
    let trimmed = sentence.trim_start();
    for (word, yes) in [("yes", true), ("no", false)] {
        if trimmed.len() > word.len()
            && trimmed
                .get(..word.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(word))
            && trimmed[word.len()..].starts_with(['.', ',', ';', ':', '!', ' '])
            && !trimmed[word.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_lowercase())
        {
            let rest = trimmed[word.len()..].trim_start_matches(['.', ',', ';', ':', '!', ' ']);
            return (Some(yes), rest);
        }
    }
    if trimmed.eq_ignore_ascii_case("yes.") || trimmed.eq_ignore_ascii_case("yes") {
        return (Some(true), "");
    }
    if trimmed.eq_ignore_ascii_case("no.") || trimmed.eq_ignore_ascii_case("no") {
        return (Some(false), "");
    }
    (None, sentence)
}

/// A yes/no question turned into the statement it asks about, so its cues
/// read: "May a physical therapist perform dry needling" → "may perform dry
/// needling".
fn as_statement(question: &str) -> String {
    static INVERTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\s*(may|can|could|should|shall|is|are|does|do|will)\s+(?:[a-z'-]+\s+){0,5}?(perform|provide|use|practice|engage|bill|offer|be|legally|covered|cover|pay|reimburse|start|begin|resume|do|receive|get)(?-u:\b)")
            .unwrap_or_else(|error| unreachable!("static regex: {error}"))
    });
    INVERTED.replace(question, "$1 $2").into_owned()
}

fn opposite(status: Status) -> Status {
    match status {
        Status::Allowed => Status::NotAllowed,
        Status::NotAllowed => Status::Allowed,
        Status::Covered => Status::NotCovered,
        Status::NotCovered => Status::Covered,
        other => other,
    }
}

/// The reason most sentences about the service give, when the deciding
/// statement itself gives none ("Dry needling is not covered." plus a
/// rationale elsewhere that calls the evidence insufficient).
fn document_reason(
    sentences: &[sentences::Sentence<'_>],
    about_service: &[usize],
) -> Option<Reason> {
    let mut counts = [0usize; 3];
    for &index in about_service {
        let text = sentences[index].text;
        match stance::reason_in(text, &text.to_ascii_lowercase()) {
            Some(Reason::NotMedicallyNecessary) => counts[0] += 1,
            Some(Reason::ExperimentalInvestigational) => counts[1] += 1,
            Some(Reason::BenefitExclusion) => counts[2] += 1,
            None => {}
        }
    }
    let reasons = [
        Reason::NotMedicallyNecessary,
        Reason::ExperimentalInvestigational,
        Reason::BenefitExclusion,
    ];
    let best = (0..3).max_by_key(|&index| (counts[index], 3 - index))?;
    (counts[best] > 0).then_some(reasons[best])
}

fn canonical_term(found: &str) -> String {
    let lower = found.to_lowercase().replace("(s)", "s").replace('-', " ");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
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

    #[test]
    fn payer_reasons() {
        payer(
            "Dry needling is considered experimental and investigational and is not covered.",
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational),
        );
        payer(
            "Dry needling is not considered medically necessary.",
            Status::NotCovered,
            Some(Reason::NotMedicallyNecessary),
        );
        payer(
            "CPT 20560 and 20561 are non-covered unless otherwise specified through a national coverage determination.",
            Status::NotCovered,
            Some(Reason::BenefitExclusion),
        );
        payer(
            "Dry needling is covered when all of the following criteria are met.",
            Status::Covered,
            None,
        );
    }

    #[test]
    fn mixed_policies_judge_each_service_separately() {
        payer(
            "Acupuncture is covered for chronic low back pain; dry needling is not covered because it is investigational.",
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational),
        );
        payer(
            "Acupuncture is covered when criteria are met. Dry needling is excluded from coverage.",
            Status::NotCovered,
            Some(Reason::BenefitExclusion),
        );
    }

    #[test]
    fn date_of_service_splits_read_as_of_today() {
        payer(
            "Dry needling is covered when criteria are met for dates of service before July 1, 2021. For dates of service on or after July 1, 2021, dry needling is considered investigational.",
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational),
        );
        payer(
            "Dry needling is covered when criteria are met. Effective for dates of service on or after January 1, 2028, dry needling will be considered investigational.",
            Status::Covered,
            None,
        );
    }

    #[test]
    fn coding_tables_without_prose() {
        payer(
            "Code | Description | Status\n20560 | Needle insertion(s) without injection(s); 1 or 2 muscle(s) | Not covered - investigational\n20561 | Needle insertion(s) without injection(s); 3 or more muscles | Not covered - investigational",
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational),
        );
    }

    #[test]
    fn carried_subjects_count() {
        payer(
            "Dry needling of trigger points has been reviewed. It is considered investigational.",
            Status::NotCovered,
            Some(Reason::ExperimentalInvestigational),
        );
    }

    #[test]
    fn findings_list_terms_codes_and_conditions() {
        let finding = classify_on(
            "Physical therapists may perform dry needling (CPT 20560) after 50 hours of in-person training.",
            SourceKind::StateBoard,
            today(),
        );
        assert_eq!(finding.terms, vec!["dry needling"]);
        assert_eq!(finding.cpt_codes, vec!["20560"]);
        assert!(finding.conditions.iter().any(|c| c.starts_with("50 hours")));
        assert_eq!(finding.evidence.len(), 1);
    }
}

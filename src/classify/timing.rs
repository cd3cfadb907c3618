//! When a statement holds: dates in a clause ("for dates of service on or
//! after July 1, 2021", "in 2016", "through February 29, 2024") and past-tense
//! framing ("previously", "was considered"). Pure; `today` is passed in.

use jiff::civil::Date;

use super::doc_matches;
use super::vocabulary::{self, Patterns};

fn patterns() -> &'static Patterns {
    &vocabulary::current().patterns
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: Date,
    /// A bare year or month: the date is the period's first day.
    pub approximate: bool,
}

/// Every date in `text`, in order.
pub fn dates_in(text: &str) -> Vec<DateMention> {
    let mut found = Vec::new();
    // Every date form has digits; most clauses have none.
    if !text.bytes().any(|byte| byte.is_ascii_digit())
        || !doc_matches::may_match(&patterns().date, text)
    {
        return found;
    }
    // The fast search finds the dates; captures run on each match alone.
    for located in patterns().date.find_iter(text) {
        let Some(captures) = patterns().date.captures_at(text, located.start()) else {
            continue;
        };
        let Some(whole) = captures.get(0) else {
            continue;
        };
        let parsed = if let Some(month) = captures.name("month") {
            full_date(
                captures.name("year"),
                month_number(month.as_str()),
                captures.name("day"),
            )
            .map(|date| (date, false))
        } else if let Some(month) = captures.name("m2") {
            full_date(
                captures.name("y2"),
                month.as_str().parse().ok(),
                captures.name("d2"),
            )
            .map(|date| (date, false))
        } else if let Some(year) = captures.name("y3") {
            full_date(
                Some(year),
                captures.name("m3").and_then(|m| m.as_str().parse().ok()),
                captures.name("d3"),
            )
            .map(|date| (date, false))
        } else if let Some(month) = captures.name("month4") {
            let year: Option<i16> = captures.name("year4").and_then(|y| y.as_str().parse().ok());
            match (year, month_number(month.as_str())) {
                (Some(year), Some(month)) => {
                    Date::new(year, month, 1).ok().map(|date| (date, true))
                }
                _ => None,
            }
        } else if let Some(year) = captures.name("year5") {
            let before = &text[..whole.start()];
            if !patterns().year_context.is_match(
                before
                    .get(before.len().saturating_sub(12)..)
                    .unwrap_or(before),
            ) {
                continue;
            }
            year.as_str()
                .parse::<i16>()
                .ok()
                .and_then(|year| Date::new(year, 1, 1).ok())
                .map(|date| (date, true))
        } else {
            None
        };
        if let Some((date, approximate)) = parsed {
            found.push(DateMention {
                start: whole.start(),
                end: whole.end(),
                date,
                approximate,
            });
        }
    }
    found
}

fn full_date(
    year: Option<regex::Match<'_>>,
    month: Option<i8>,
    day: Option<regex::Match<'_>>,
) -> Option<Date> {
    let year: i16 = year?.as_str().parse().ok()?;
    let day: i8 = day?.as_str().parse().ok()?;
    Date::new(year, month?, day).ok()
}

fn month_number(name: &str) -> Option<i8> {
    let prefix: String = name
        .chars()
        .take(3)
        .collect::<String>()
        .to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|month| *month == prefix)
        .map(|index| index as i8 + 1)
}

/// When a clause's statement holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timing {
    /// The statement applies from this date.
    pub start: Option<Date>,
    /// The statement applied until this date.
    pub end: Option<Date>,
    /// The latest date the clause mentions (for "the later statement wins").
    pub when: Option<Date>,
    /// Framed as the past ("previously", "was considered").
    pub historical: bool,
}

impl Timing {
    /// Not yet in force on `today`.
    pub fn is_future(&self, today: Date) -> bool {
        self.start.is_some_and(|start| start > today)
    }

    /// In force on `today`: neither still to come nor over.
    pub fn in_force(&self, today: Date) -> bool {
        !self.is_future(today) && !self.is_past(today)
    }

    /// No longer in force on `today`.
    pub fn is_past(&self, today: Date) -> bool {
        self.historical
            || self
                .end
                .is_some_and(|end| end <= today && self.start.is_none_or(|start| start <= end))
    }
}

pub fn timing_of(clause: &str) -> Timing {
    let mut timing = Timing {
        historical: doc_matches::is_match(&vocabulary::current().historical, clause)
            || (has_past_copula(clause)
                && patterns()
                    .past_status
                    .is_match(&clause.to_ascii_lowercase())),
        ..Timing::default()
    };
    for mention in dates_in(clause) {
        let before = &clause[..mention.start];
        let tail = before
            .get(before.len().saturating_sub(60)..)
            .unwrap_or(before);
        if patterns().date_ends.is_match(tail) {
            timing.end = Some(timing.end.map_or(mention.date, |end| end.max(mention.date)));
        } else if patterns().date_starts.is_match(tail) {
            timing.start = Some(
                timing
                    .start
                    .map_or(mention.date, |start| start.max(mention.date)),
            );
        }
        timing.when = Some(
            timing
                .when
                .map_or(mention.date, |when| when.max(mention.date)),
        );
    }
    timing
}

/// A cheap test before the past-status pattern: most clauses have no
/// "was"/"were".
fn has_past_copula(clause: &str) -> bool {
    clause
        .split_whitespace()
        .any(|word| word.eq_ignore_ascii_case("was") || word.eq_ignore_ascii_case("were"))
}

/// The date a line opens with ("01/01/2021 Guideline created."), if any.
pub fn leading_date(line: &str) -> Option<Date> {
    let trimmed = line.trim_start();
    let head = trimmed.get(..trimmed.len().min(24)).unwrap_or(trimmed);
    dates_in(head)
        .first()
        .filter(|mention| mention.start == 0 && !mention.approximate)
        .map(|mention| mention.date)
}

/// Whether `text` gives a date that starts or ends a period.
pub fn has_dates(text: &str) -> bool {
    let timing = timing_of(text);
    timing.start.is_some() || timing.end.is_some()
}

/// "On and after that date, ...": a sentence that dates itself by the date
/// the sentence before gave. Fills in the `timing` of a clause of
/// `sentence` from `earlier` (the text of the sentence before) when the
/// clause names no date of its own.
pub fn resolve_that_date(sentence: &str, timing: &mut Timing, earlier: &str) {
    if timing.when.is_some() {
        return;
    }
    let lower = sentence.to_ascii_lowercase();
    let Some(position) = vocabulary::current()
        .words
        .that_date
        .iter()
        .find_map(|phrase| lower.find(phrase))
    else {
        return;
    };
    let Some(date) = dates_in(earlier).iter().map(|mention| mention.date).max() else {
        return;
    };
    let before = &sentence[..position];
    let tail = before
        .get(before.len().saturating_sub(60)..)
        .unwrap_or(before);
    if patterns().date_ends.is_match(tail) {
        timing.end = Some(date);
    } else if patterns().date_starts.is_match(tail)
        || lower[..position].trim_end().ends_with("on and after")
    {
        timing.start = Some(date);
    }
    timing.when = Some(date);
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn that_date_takes_the_date_of_the_sentence_before() {
        let earlier = "The repeal takes effect March 1, 2027.";
        let mut after = Timing::default();
        resolve_that_date(
            "On and after that date, physical therapists will not be permitted to perform it",
            &mut after,
            earlier,
        );
        assert_eq!(after.start, Some(date(2027, 3, 1)));
        assert_eq!(after.when, Some(date(2027, 3, 1)));
        let mut before = Timing::default();
        resolve_that_date(
            "Claims for services before that date are paid",
            &mut before,
            earlier,
        );
        assert_eq!(before.end, Some(date(2027, 3, 1)));
        assert_eq!(before.start, None);
        // A sentence with a date of its own keeps it.
        let own = "From July 1, 2025, and on and after that date, it is covered";
        let mut own_date = timing_of(own);
        resolve_that_date(own, &mut own_date, earlier);
        assert_eq!(own_date.start, Some(date(2025, 7, 1)));
        assert_eq!(own_date.when, Some(date(2025, 7, 1)));
    }

    #[test]
    fn dates_in_several_forms() {
        let found: Vec<Date> = dates_in(
            "On July 1, 2021 and 03/15/2024 and 2022-06-15, in 2016, June 2019, section 2016.",
        )
        .iter()
        .map(|mention| mention.date)
        .collect();
        assert_eq!(
            found,
            vec![
                date(2021, 7, 1),
                date(2024, 3, 15),
                date(2022, 6, 15),
                date(2016, 1, 1),
                date(2019, 6, 1)
            ]
        );
    }

    #[test]
    fn starts_ends_and_future() {
        let today = date(2026, 11, 26);
        let future = timing_of(
            "for dates of service on or after July 1, 2027, dry needling will be investigational",
        );
        assert_eq!(future.start, Some(date(2027, 7, 1)));
        assert!(future.is_future(today));
        let past = timing_of("covered for dates of service before July 1, 2021");
        assert_eq!(past.end, Some(date(2021, 7, 1)));
        assert!(past.is_past(today));
        let current = timing_of("investigational for dates of service on or after July 1, 2021");
        assert!(!current.is_future(today) && !current.is_past(today));
        assert!(timing_of("Dry needling was previously considered investigational").historical);
        assert_eq!(
            timing_of("In 2016 the Attorney General concluded").when,
            Some(date(2016, 1, 1))
        );
    }
}

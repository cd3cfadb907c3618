//! The particulars a finding carries besides its status: conditions attached
//! to the position, the effective or revision date, the policy number.

use super::doc_matches;
use super::timing::dates_in;
use super::vocabulary;

/// Conditions stated in `sentence`, as short phrases quoted from it.
pub fn conditions_in(sentence: &str, into: &mut Vec<String>) {
    let patterns = &vocabulary::current().patterns;
    for regex in [
        &patterns.training_hours,
        &patterns.years_of_practice,
        &patterns.other_conditions,
    ] {
        if !doc_matches::may_match(regex, sentence) {
            continue;
        }
        for found in regex.find_iter(sentence) {
            let phrase = found.as_str().trim().to_lowercase();
            if !into.contains(&phrase) {
                into.push(phrase);
            }
        }
    }
}

/// The first labelled date in the text ("Effective date: July 1, 2021"),
/// else `None`. ISO `YYYY-MM-DD`.
pub fn labelled_date(text: &str) -> Option<String> {
    // Labels are rarer than dates: find each label, then read the date
    // that starts right after it.
    for label in vocabulary::current().patterns.date_label.find_iter(text) {
        let mut window_end = (label.end() + 40).min(text.len());
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        if let Some(found) = dates_in(&text[label.end()..window_end])
            .into_iter()
            .find(|found| found.start == 0 && !found.approximate)
        {
            return Some(found.date.to_string());
        }
    }
    None
}

pub fn policy_number(text: &str) -> Option<String> {
    vocabulary::current()
        .patterns
        .policy_number
        .captures(text)
        .and_then(|captures| captures.get(1))
        .map(|found| found.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_dates_in_several_formats() {
        assert_eq!(
            labelled_date("Effective Date: July 1, 2021\nx"),
            Some("2021-07-01".into())
        );
        assert_eq!(
            labelled_date("Last reviewed 03/15/2024"),
            Some("2024-03-15".into())
        );
        assert_eq!(
            labelled_date("Revised: 2022-06-15"),
            Some("2022-06-15".into())
        );
        assert_eq!(labelled_date("Printed 2024-01-01"), None);
    }

    #[test]
    fn conditions_are_quoted() {
        let mut found = Vec::new();
        conditions_in(
            "A physical therapist must complete 50 hours of in-person training and two years of licensed practice, with written informed consent.",
            &mut found,
        );
        assert!(found.iter().any(|c| c.starts_with("50 hours")), "{found:?}");
        assert!(
            found
                .iter()
                .any(|c| c.starts_with("two years of licensed practice")),
            "{found:?}"
        );
        assert!(found.iter().any(|c| c.contains("consent")), "{found:?}");
    }

    #[test]
    fn policy_numbers() {
        assert_eq!(
            policy_number("Medical Policy No. MP-740 Dry Needling"),
            Some("MP-740".into())
        );
        assert_eq!(policy_number("Policy Number: 0139"), Some("0139".into()));
    }
}

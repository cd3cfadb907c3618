//! The particulars a finding carries besides its status: conditions attached
//! to the position, the effective or revision date, the policy number.

use std::sync::LazyLock;

use regex::Regex;

use super::timing::dates_in;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| unreachable!("static regex {pattern}: {error}"))
}

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)(?:effective(?:\s+date)?|date\s+effective|last\s+(?:reviewed|revised|updated)|revision\s+date|revised|reviewed|adopted|decided|filed|approved|signed)(?-u:\b)[\s:]*(?:on\s+)?",
    )
});

static POLICY_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)(?:policy|guideline|bulletin|cpb|rule)\s*(?:no\.?|number|#|id)\s*[:#]?\s*([A-Z0-9][A-Z0-9.\-]*[A-Z0-9])",
    )
});

static HOURS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)\d{1,4}\s+(?:(?:total|contact|clock|classroom|training|course|instructional|in-person|face-to-face|hands-on|didactic|practical|supervised|continuing\s+education|ce)\s+)*hours?(?-u:\b)(?:\s+of\s+[a-z\- ]{3,40}?(?:training|instruction|education|coursework|course\s+work))?",
    )
});

static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)(?:one|two|three|four|five|\d{1,2})\s+\(?\d?\)?\s*years?\s+of\s+(?:licensed\s+|clinical\s+|active\s+|post-?graduate\s+)*(?:practice|experience|licensure)",
    )
});

static OTHER_CONDITIONS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)(?:referral|written\s+(?:informed\s+)?consent|informed\s+consent|supervision|endorsement|registration|certification|prior\s+authorization|may\s+not\s+be\s+delegated|shall\s+not\s+be\s+delegated)(?-u:\b)",
    )
});

/// Conditions stated in `sentence`, as short phrases quoted from it.
pub fn conditions_in(sentence: &str, into: &mut Vec<String>) {
    for regex in [&*HOURS, &*YEARS, &*OTHER_CONDITIONS] {
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
    for label in DATE_LABEL.find_iter(text) {
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
    POLICY_NUMBER
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

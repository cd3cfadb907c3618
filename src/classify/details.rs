//! The particulars a finding carries besides its status: conditions attached
//! to the position, the effective or revision date, the policy number.

use std::sync::LazyLock;

use regex::Regex;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| unreachable!("static regex {pattern}: {error}"))
}

const MONTHS: &str = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?-u:\b)(?:(?P<month>{MONTHS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)|(?P<m2>\d{{1,2}})/(?P<d2>\d{{1,2}})/(?P<y2>(?:19|20)\d\d)|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))(?-u:\b)"
    ))
});

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?-u:\b)(?:effective(?:\s+date)?|date\s+effective|last\s+(?:reviewed|revised|updated)|revision\s+date|revised|reviewed|adopted|decided|filed|approved|signed)(?-u:\b)[\s:]*(?:on\s+)?$",
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
    // Dates are rarer than label words, so find dates first and look back.
    for found in DATE.find_iter(text) {
        let mut window_start = found.start().saturating_sub(40);
        while !text.is_char_boundary(window_start) {
            window_start += 1;
        }
        if DATE_LABEL.is_match(&text[window_start..found.start()])
            && let Some(captures) = DATE.captures(found.as_str())
        {
            return iso_date(&captures);
        }
    }
    None
}

fn iso_date(captures: &regex::Captures<'_>) -> Option<String> {
    let (year, month, day) = if let Some(month_name) = captures.name("month") {
        let month = month_number(month_name.as_str())?;
        (
            captures.name("year")?.as_str().parse::<u32>().ok()?,
            month,
            captures.name("day")?.as_str().parse::<u32>().ok()?,
        )
    } else if let Some(month) = captures.name("m2") {
        (
            captures.name("y2")?.as_str().parse().ok()?,
            month.as_str().parse().ok()?,
            captures.name("d2")?.as_str().parse().ok()?,
        )
    } else {
        (
            captures.name("y3")?.as_str().parse().ok()?,
            captures.name("m3")?.as_str().parse().ok()?,
            captures.name("d3")?.as_str().parse().ok()?,
        )
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    let prefix: String = lower.chars().take(3).collect();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|month| *month == prefix)
        .map(|index| index as u32 + 1)
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

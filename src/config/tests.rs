//! Checking sources.toml: every problem with its line and value.

use super::*;

const GOOD: &str = r#"
[settings]
concurrency = 4
per_host_delay_ms = 0

[[sources]]
id = "tx-board"
kind = "state-board"
subject = "tx"
name = "Texas Board"
url = "https://example.org/tx"
selector = "main"
every = "1d"

[[sources]]
id = "aetna"
kind = "payer"
subject = "aetna"
url = "https://example.org/aetna.pdf"
"#;

fn problems_of(text: &str) -> Vec<Problem> {
    match Config::parse(text, "sources.toml") {
        Ok(_) => Vec::new(),
        Err(ConfigError::Invalid { problems, .. }) => problems,
        Err(other) => panic!("unexpected error {other}"),
    }
}

#[test]
fn a_good_config_parses_into_checked_types() {
    let config = Config::parse(GOOD, "sources.toml").unwrap();
    assert_eq!(config.settings.concurrency, 4);
    assert_eq!(config.settings.per_host_delay, Duration::ZERO);
    assert_eq!(config.sources.len(), 2);
    let board = &config.sources[0];
    assert_eq!(board.subject, "TX");
    assert_eq!(board.every, Some(Duration::from_secs(86_400)));
    assert_eq!(board.selector.as_deref(), Some("main"));
    assert_eq!(config.sources[1].name, "aetna");
}

#[test]
fn every_problem_is_reported_with_its_line_and_value() {
    let text = r#"[settings]
colour = "blue"

[[sources]]
id = "a"
kind = "state-board"
subject = "TZ"
url = "ftp://example.org/x"
selector = "main[["
every = "soon"

[[sources]]
id = "a"
kind = "payer"
subject = "x"
url = "https://example.org/"
"#;
    let problems = problems_of(text);
    let lines: Vec<usize> = problems.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, vec![2, 7, 8, 9, 10, 13], "{problems:#?}");
    assert!(problems[0].message.contains("\"colour\""));
    assert!(problems[1].message.contains("\"TZ\""));
    assert!(problems[2].message.contains("ftp://example.org/x"));
    assert!(problems[3].message.contains("main[["));
    assert!(problems[4].message.contains("\"soon\""));
    assert!(
        problems[5]
            .message
            .contains("duplicate id \"a\" (first used on line 5)")
    );
}

#[test]
fn missing_keys_and_bad_types_are_problems() {
    let problems = problems_of("[[sources]]\nid = \"x\"\nkind = 3\n");
    assert!(
        problems
            .iter()
            .any(|problem| problem.message.contains("kind must be a string, found 3"))
    );
    assert!(
        problems
            .iter()
            .any(|problem| problem.message.contains("missing required key `url`"))
    );
}

#[test]
fn broken_toml_names_the_line() {
    let problems = problems_of("[settings]\nconcurrency = = 3\n");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 2);
}

#[test]
fn out_of_range_numbers_are_rejected() {
    let problems = problems_of("[settings]\nconcurrency = 0\ntimeout_secs = -5\n");
    assert_eq!(problems.len(), 2);
}

#[test]
fn the_error_message_names_file_line_and_value() {
    let error = Config::parse("[[sources]]\nid = \"Bad Id\"\nkind = \"payer\"\nsubject = \"x\"\nurl = \"https://e.org\"\n", "my.toml").unwrap_err();
    let message = error.to_string();
    assert!(message.contains("my.toml:2:"), "{message}");
    assert!(message.contains("\"Bad Id\""), "{message}");
}

#[test]
fn selector_chains_are_checked_alternative_by_alternative() {
    let base =
        "[[sources]]\nid = \"a\"\nkind = \"payer\"\nsubject = \"x\"\nurl = \"https://e.org\"\n";
    assert!(problems_of(&format!("{base}selector = \"main || #content || body\"\n")).is_empty());
    let problems = problems_of(&format!("{base}selector = \"main || [[ || body\"\n"));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("\"[[\""), "{problems:?}");
}

#[test]
fn intervals() {
    assert_eq!(parse_interval("90s"), Ok(Duration::from_secs(90)));
    assert_eq!(parse_interval("1d12h"), Ok(Duration::from_secs(129_600)));
    assert_eq!(parse_interval("2w"), Ok(Duration::from_secs(1_209_600)));
    assert!(parse_interval("12").is_err());
    assert!(parse_interval("0h").is_err());
    assert!(parse_interval("1y").is_err());
    assert!(parse_interval("").is_err());
}

#[test]
fn provenance_fields_are_optional_and_checked() {
    let text = r#"[[sources]]
id = "md-board"
kind = "state-board"
subject = "MD"
url = "https://example.org/md"
publisher = "Maryland Board"
official = true
page = "rule"
stated = "allowed"
checked = "2026-12-05"
evidence = "may perform dry needling"

[[sources]]
id = "carefirst"
kind = "payer"
subject = "carefirst"
url = "https://example.org/cf"
page = "policy"
stated = "not_covered"
stated_reason = "experimental_investigational"
states = ["md", "DC"]
no_official_source = "none found"
every = "6h"
"#;
    let config = Config::parse(text, "sources.toml").unwrap();
    let board = &config.sources[0].provenance;
    assert_eq!(board.page, Some(PageKind::Rule));
    assert_eq!(board.stated, Some(crate::model::Status::Allowed));
    assert_eq!(
        board.checked.map(|date| date.to_string()).as_deref(),
        Some("2026-12-05")
    );
    assert_eq!(
        config.sources[0].interval(),
        Some(Duration::from_secs(30 * 86_400))
    );
    let payer = &config.sources[1];
    assert_eq!(payer.provenance.states, vec!["MD", "DC"]);
    assert_eq!(
        payer.interval(),
        Some(Duration::from_secs(6 * 3600)),
        "explicit every wins"
    );
    let plain = Config::parse(GOOD, "sources.toml").unwrap();
    assert_eq!(
        plain.sources[1].interval(),
        None,
        "no page, no every: every run"
    );
}

#[test]
fn bad_provenance_values_are_problems_with_their_lines() {
    let long = "x".repeat(121);
    let text = format!(
        r#"[[sources]]
id = "a"
kind = "state-board"
subject = "TX"
url = "https://example.org/a"
official = "yes"
page = "webpage"
stated = "covered"
checked = "05/12/2026"
evidence = "{long}"
states = ["TX"]
colour = "red"

[[sources]]
id = "b"
kind = "payer"
subject = "b"
url = "https://example.org/b"
stated = "covered"
stated_reason = "because"
states = ["ZZ"]
"#
    );
    let problems = problems_of(&text);
    let lines: Vec<usize> = problems.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, vec![6, 7, 8, 9, 10, 11, 12, 20, 21], "{problems:#?}");
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert!(messages[0].contains("\"yes\""));
    assert!(messages[1].contains("\"webpage\""));
    assert!(messages[2].contains("\"covered\" is not a position a state-board"));
    assert!(messages[3].contains("05/12/2026"));
    assert!(messages[4].contains("121 characters"));
    assert!(messages[5].contains("states is for payers"));
    assert!(messages[6].contains("unknown key \"colour\""));
    assert!(messages[7].contains("\"because\""));
    assert!(messages[8].contains("\"ZZ\""));
}

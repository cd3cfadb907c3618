//! Reading the baseline: flaws reported, standings, line-numbered errors, the shipped file.

use super::*;

const SAMPLE: &str = r#"
schema = 1

[[lists]]
id = "old"
title = "Old chart"
as_of = "2014-12-31"
provenance = "an article"

[[lists]]
id = "new"
title = "New findings"
as_of = "2025-12-03"
provenance = "research notes"

[[positions]]
list = "old"
kind = "state-board"
subject = "ID"
status = "on_hold"
evidence = "listed"

[[positions]]
list = "old"
kind = "state-board"
subject = "ID"
status = "on_hold"
evidence = "listed again"

[[positions]]
list = "old"
kind = "state-board"
subject = "TN"
status = "on_hold"
evidence = "chart"

[[positions]]
list = "new"
kind = "state-board"
subject = "TN"
status = "not_allowed"
as_of = "2014-12-31"
evidence = "AG opinion"

[[positions]]
list = "new"
kind = "state-board"
subject = "TN"
status = "allowed"
as_of = "2015-07-01"
evidence = "law in effect"
"#;

#[test]
fn flaws_are_reported_not_hidden() {
    let baseline = Baseline::parse(SAMPLE, "baseline.toml").unwrap();
    let problems: Vec<String> = baseline.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("ID is listed 2 times in list old")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("TN on 2014-12-31")
            && p.contains("on_hold")
            && p.contains("not_allowed")),
        "{problems:#?}"
    );
}

#[test]
fn the_latest_position_stands_and_carries_its_subjects_problems() {
    let baseline = Baseline::parse(SAMPLE, "baseline.toml").unwrap();
    let standings = baseline.standings();
    let tn = &standings[&(SourceKind::StateBoard, "TN".to_string())];
    assert_eq!(tn.position.status, Status::Allowed);
    assert_eq!(tn.position.as_of, jiff::civil::date(2015, 7, 1));
    assert_eq!(tn.problems.len(), 1);
    assert_eq!(
        standings[&(SourceKind::StateBoard, "ID".to_string())]
            .problems
            .len(),
        1
    );
}

#[test]
fn structural_errors_name_the_line() {
    let broken = SAMPLE.replace("status = \"allowed\"", "status = \"covered\"");
    let error = Baseline::parse(&broken, "baseline.toml")
        .unwrap_err()
        .to_string();
    let bad_line = broken
        .lines()
        .position(|line| line.contains("\"covered\""))
        .unwrap()
        + 1;
    let header_line = broken
        .lines()
        .take(bad_line)
        .collect::<Vec<_>>()
        .iter()
        .rposition(|line| *line == "[[positions]]")
        .unwrap()
        + 1;
    let reported: usize = error
        .split("line ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(
        (header_line..=bad_line).contains(&reported),
        "{error} (block {header_line}..{bad_line})"
    );
    assert!(error.contains("does not fit"), "{error}");
    let unknown = SAMPLE.replace(
        "evidence = \"chart\"",
        "evidence = \"chart\"\ncolour = \"red\"",
    );
    let error = Baseline::parse(&unknown, "baseline.toml")
        .unwrap_err()
        .to_string();
    let colour_line = unknown
        .lines()
        .position(|line| line.starts_with("colour"))
        .unwrap()
        + 1;
    // The file name "baseline.toml" itself contains "line": check the number.
    let reported: usize = error
        .split("line ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no line number in: {error}"));
    assert!(
        reported <= colour_line,
        "{error} (colour on line {colour_line})"
    );
    assert!(error.contains("colour"), "{error}");
}

#[test]
fn the_shipped_baseline_covers_every_state_and_reports_its_known_flaws() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("baseline.toml");
    let baseline = Baseline::load(&path).unwrap();
    let standings = baseline.standings();
    for state in jurisdiction::JURISDICTIONS
        .iter()
        .take(jurisdiction::STATES_AND_DC)
    {
        assert!(
            standings.contains_key(&(SourceKind::StateBoard, state.to_string())),
            "{state} missing"
        );
    }
    let problems: Vec<String> = baseline.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.iter().any(|p| p.contains("ID is listed 2 times")),
        "{problems:#?}"
    );
    assert!(standings.contains_key(&(SourceKind::Payer, "medicare".to_string())));
}

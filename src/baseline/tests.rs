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

/// A long baseline: `count` subjects, each listed twice on the same date.
fn long_baseline(count: usize) -> String {
    let mut text = String::from(
        "schema = 1\n\n[[lists]]\nid = \"chart\"\ntitle = \"Chart\"\nas_of = \"2020-01-01\"\nprovenance = \"notes\"\n",
    );
    for index in 0..count {
        for copy in 0..2 {
            text.push_str(&format!(
                "\n[[positions]]\nlist = \"chart\"\nkind = \"payer\"\nsubject = \"plan-{index}\"\nstatus = \"covered\"\nevidence = \"copy {copy}\"\n"
            ));
        }
    }
    text
}

#[test]
fn positions_in_a_long_baseline_name_their_own_lines() {
    let text = long_baseline(2_000);
    let baseline = Baseline::parse(&text, "baseline.toml").unwrap();
    assert_eq!(baseline.positions.len(), 4_000);
    // Each position's line is within its own block: from its header to its
    // `subject` line, counted the plain way.
    let lines: Vec<&str> = text.lines().collect();
    for position in &baseline.positions {
        let subject_line = lines
            .iter()
            .enumerate()
            .skip(position.line.saturating_sub(1))
            .find(|(_, line)| line.starts_with("subject"))
            .map(|(index, _)| index + 1)
            .unwrap();
        assert!(
            subject_line - position.line <= 3
                && lines[subject_line - 1] == format!("subject = \"{}\"", position.subject),
            "{} on line {}",
            position.subject,
            position.line
        );
    }
    let standings = baseline.standings();
    assert_eq!(standings.len(), 2_000);
    let plan = &standings[&(SourceKind::Payer, "plan-1999".to_string())];
    assert_eq!(plan.position.evidence, "copy 1", "the later line stands");
    assert_eq!(plan.problems.len(), 1, "{:?}", plan.problems);
    assert!(
        plan.problems[0].contains("listed 2 times"),
        "{:?}",
        plan.problems
    );
}

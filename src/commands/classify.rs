//! `needlewatch classify FILE`: extract and classify one local HTML, PDF or
//! text file and print the finding, calling into `crate::classify` exactly
//! as a crawl does.

use super::{CommandError, CommandResult, print_finding};
use crate::cli::{ClassifyArgs, Exit, KindArg};
use crate::model::SourceKind;
use crate::pipeline;

pub fn exec(args: &ClassifyArgs) -> CommandResult {
    let body = std::fs::read(&args.file).map_err(|error| {
        CommandError::usage(format!("cannot read {}: {error}", args.file.display()))
    })?;
    if let Some(selector) = &args.selector
        && scraper::Selector::parse(selector).is_err()
    {
        return Err(CommandError::usage(format!(
            "--selector {selector:?} is not valid CSS"
        )));
    }
    let content_type = match args
        .file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => Some("text/html"),
        Some("pdf") => Some("application/pdf"),
        Some("txt") => Some("text/plain"),
        _ => None,
    };
    let extracted = crate::extract::extract(&body, content_type, args.selector.as_deref())
        .map_err(|failure| CommandError::failure(format!("{}: {failure}", args.file.display())))?;
    let kind = match args.kind {
        Some(KindArg::StateBoard) => SourceKind::StateBoard,
        Some(KindArg::Payer) => SourceKind::Payer,
        None => guess_kind(&extracted.text),
    };
    let today = args
        .as_of
        .unwrap_or_else(|| pipeline::civil_date(jiff::Timestamp::now()));
    let explanation = crate::classify::explain_on(&extracted.text, kind, today);
    if args.show_text {
        say!("{}\n----", extracted.text);
    }
    if args.explain && args.json {
        let mut value = serde_json::to_value(&explanation.finding).unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            object.insert("kind".into(), serde_json::Value::String(kind.to_string()));
            object.insert(
                "clauses".into(),
                serde_json::to_value(&explanation.clauses).unwrap_or_default(),
            );
            object.insert(
                "decided_by".into(),
                serde_json::Value::String(explanation.decided_by.clone()),
            );
        }
        say!("{value}");
        return Ok(Exit::Ok);
    }
    print_finding(&explanation.finding, kind, args.json);
    if args.explain {
        print_explanation(&explanation);
    }
    Ok(Exit::Ok)
}

/// The clause readings behind a finding, for an analyst.
fn print_explanation(explanation: &crate::classify::Explanation) {
    say!("");
    say!("clauses read ({}):", explanation.clauses.len());
    for (number, clause) in explanation.clauses.iter().enumerate() {
        let verdict = match (&clause.set_aside, clause.in_force) {
            (Some(why), _) => format!("set aside: {why}"),
            (None, false) => "not in force on the reading date".to_string(),
            (None, true) => format!("counts (weight {:.2})", clause.weight),
        };
        let reading = match clause.reason {
            Some(reason) => format!("{} ({reason})", clause.status),
            None => clause.status.to_string(),
        };
        say!("  [{}] \"{}\"", number + 1, clause.text);
        say!(
            "      who: {}; kind: {}; negation: {}; force: {}; date: {}",
            clause.who,
            clause.kind,
            clause.negation,
            clause.force,
            clause.date.as_deref().unwrap_or("none")
        );
        say!("      reads as: {reading}; {verdict}");
    }
    say!("decided by: {}", explanation.decided_by);
}

/// A board or a payer, by which words the text uses more.
fn guess_kind(text: &str) -> SourceKind {
    let lower = text.to_lowercase();
    let payer_words = [
        "coverage",
        "covered",
        "medical policy",
        "medically necessary",
        "investigational",
        "reimburse",
        "member",
        "benefit",
    ];
    let board_words = [
        "scope of practice",
        "board of physical therapy",
        "licensee",
        "physical therapist assistant",
        "practice act",
        "rule ",
    ];
    let count = |words: &[&str]| {
        words
            .iter()
            .map(|word| lower.matches(word).count())
            .sum::<usize>()
    };
    if count(&payer_words) > count(&board_words) {
        SourceKind::Payer
    } else {
        SourceKind::StateBoard
    }
}

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
    let finding = crate::classify::classify_on(
        &extracted.text,
        kind,
        pipeline::civil_date(jiff::Timestamp::now()),
    );
    if args.show_text {
        say!("{}\n----", extracted.text);
    }
    print_finding(&finding, kind, args.json);
    Ok(Exit::Ok)
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

//! `needlewatch advise`: billing guidance for a state and a payer (may a PT
//! perform dry needling, does the payer cover it, what to do), or the whole
//! state × payer matrix as CSV.

use anyhow::Context as _;

use super::{CommandError, CommandResult, load_config_and_store};
use crate::cli::{AdviseArgs, Exit, GlobalArgs};
use crate::detect::describe;
use crate::report;

pub fn exec(global: &GlobalArgs, args: &AdviseArgs) -> CommandResult {
    let (config, store) = load_config_and_store(global)?;
    let ruleset = report::current_ruleset(&config, &store).context("building the ruleset")?;
    if args.csv {
        say_raw!("{}", report::advice::matrix_csv(&ruleset));
        return Ok(Exit::Ok);
    }
    let state = args
        .state
        .as_deref()
        .unwrap_or_default()
        .to_ascii_uppercase();
    if !crate::jurisdiction::is_known(&state) {
        return Err(CommandError::usage(format!(
            "--state {state:?} is not a US state or DC postal code"
        )));
    }
    let advice = report::advice::advise(&ruleset, &state, args.payer.as_deref());
    if args.json {
        say!(
            "{}",
            serde_json::to_string_pretty(&advice).unwrap_or_default()
        );
        return Ok(Exit::Ok);
    }
    let show = |question: &str, answer: &report::advice::Answer| {
        say!("{question}");
        say!(
            "  {} — {}{}",
            answer.subject,
            describe(answer.status, answer.reason),
            if answer.needs_review {
                " (needs review)"
            } else {
                ""
            }
        );
        if !answer.conditions.is_empty() {
            say!("  conditions: {}", answer.conditions.join("; "));
        }
        for quote in answer.evidence.iter().take(2) {
            say!("  “{quote}”");
        }
        say!(
            "  rests on: {}{}{}",
            answer.basis,
            answer
                .date
                .as_deref()
                .map(|date| format!(", dated {date}"))
                .unwrap_or_default(),
            answer
                .url
                .as_deref()
                .map(|url| format!(", {url}"))
                .unwrap_or_default()
        );
    };
    show(
        "May a physical therapist perform dry needling here?",
        &advice.state,
    );
    if let Some(payer) = &advice.payer {
        show("Does the payer cover it?", payer);
    }
    say!(
        "What to do ({}):\n  {}",
        advice.action.as_str(),
        advice.summary
    );
    Ok(Exit::Ok)
}

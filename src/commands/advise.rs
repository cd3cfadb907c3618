//! `needlewatch advise`: billing guidance for a state and a payer (may a PT
//! perform dry needling, does the payer cover it, what to do), or the whole
//! state × payer matrix as CSV.

use super::{CommandError, CommandResult, load_config, ruleset_for_reading};
use crate::cli::{AdviseArgs, Exit, GlobalArgs};
use crate::detect::describe;
use crate::jurisdiction::{JURISDICTIONS, STATES_AND_DC};
use crate::model::SourceKind;
use crate::report::{self, Ruleset};
use crate::suggest;

pub fn exec(global: &GlobalArgs, args: &AdviseArgs) -> CommandResult {
    let config = load_config(global)?;
    let ruleset = ruleset_for_reading(&config, global, args.as_of.as_deref())?;
    if args.csv {
        say_raw!("{}", report::advice::matrix_csv(&ruleset));
        return Ok(Exit::Ok);
    }
    let state = known_state(args.state.as_deref().unwrap_or_default())?;
    let payer = args
        .payer
        .as_deref()
        .map(|payer| known_payer(&ruleset, payer))
        .transpose()?;
    let advice = report::advice::advise(&ruleset, &state, payer.as_deref());
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
        for reason in &answer.review_reasons {
            say!("  needs review: {reason}");
        }
        for side in &answer.sides {
            say!(
                "  {} says {}: “{}” <{}>",
                side.source,
                describe(side.status, side.reason),
                side.evidence.as_deref().unwrap_or("(no sentence quoted)"),
                side.url
            );
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

/// The state as a USPS code, or a usage error with the nearest code.
fn known_state(typed: &str) -> Result<String, CommandError> {
    if let Some(code) = crate::jurisdiction::parse(typed) {
        return Ok(code);
    }
    Err(CommandError::usage(format!(
        "--state {typed:?} is not a US state or DC postal code; {}",
        suggest::hint(typed, JURISDICTIONS[..STATES_AND_DC].iter().copied())
    )))
}

/// The payer key as the ruleset spells it (any case), or a usage error with
/// the nearest payer the config or the baseline knows.
fn known_payer(ruleset: &Ruleset, typed: &str) -> Result<String, CommandError> {
    let payers = || {
        ruleset
            .rules
            .iter()
            .filter(|rule| rule.kind == SourceKind::Payer)
            .map(|rule| rule.subject.as_str())
    };
    if let Some(key) = payers().find(|key| key.eq_ignore_ascii_case(typed)) {
        return Ok(key.to_string());
    }
    Err(CommandError::usage(format!(
        "--payer {typed:?} is not a payer in the config or the baseline; {}",
        suggest::hint(typed, payers())
    )))
}

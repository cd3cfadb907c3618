//! `needlewatch ruleset`: print the current ruleset (or, with `--as-of`,
//! the one that stood at the end of a past day) as JSON, TOML, CSV or
//! Markdown. With no store yet, the baseline alone.

use anyhow::Context as _;

use super::{CommandResult, load_config, ruleset_for_reading};
use crate::cli::{Exit, GlobalArgs, RulesetFormat};
use crate::report;

pub fn exec(global: &GlobalArgs, format: RulesetFormat, as_of: Option<String>) -> CommandResult {
    let config = load_config(global)?;
    let ruleset = ruleset_for_reading(&config, global, as_of.as_deref())?;
    let text = match format {
        RulesetFormat::Json => report::ruleset_json(&ruleset).context("rendering JSON")?,
        RulesetFormat::Toml => report::ruleset_toml(&ruleset).context("rendering TOML")?,
        RulesetFormat::Csv => report::ruleset_csv(&ruleset),
        RulesetFormat::Md => report::ruleset_markdown(&ruleset),
    };
    say_raw!("{text}");
    Ok(Exit::Ok)
}

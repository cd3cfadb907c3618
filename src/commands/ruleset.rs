//! `needlewatch ruleset`: print the current ruleset as JSON, TOML, CSV or
//! Markdown.

use anyhow::Context as _;

use super::{CommandResult, load_config_and_store};
use crate::cli::{Exit, GlobalArgs, RulesetFormat};
use crate::report;

pub fn exec(global: &GlobalArgs, format: RulesetFormat) -> CommandResult {
    let (config, store) = load_config_and_store(global)?;
    let ruleset = report::current_ruleset(&config, &store).context("building the ruleset")?;
    let text = match format {
        RulesetFormat::Json => report::ruleset_json(&ruleset).context("rendering JSON")?,
        RulesetFormat::Toml => report::ruleset_toml(&ruleset).context("rendering TOML")?,
        RulesetFormat::Csv => report::ruleset_csv(&ruleset),
        RulesetFormat::Md => report::ruleset_markdown(&ruleset),
    };
    say_raw!("{text}");
    Ok(Exit::Ok)
}

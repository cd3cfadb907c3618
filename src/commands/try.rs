//! `needlewatch try ID`: fetch, extract and classify one configured source
//! and print what a crawl would read; stores nothing.

use super::{CommandError, CommandResult, load_config, print_finding, runtime};
use crate::cli::{Exit, GlobalArgs};
use crate::fetch::{Fetcher, Outcome, Validators};
use crate::pipeline;

pub fn exec(global: &GlobalArgs, id: &str) -> CommandResult {
    let config = load_config(global)?;
    let source = config
        .source(id)
        .ok_or_else(|| {
            CommandError::usage(format!(
                "no source with id {id:?} in the config; {}",
                crate::suggest::hint(id, config.sources.iter().map(|s| s.id.as_str()))
            ))
        })?
        .clone();
    let fetcher =
        Fetcher::new(&config.settings).map_err(|error| CommandError::failure(error.to_string()))?;
    let outcome = runtime()?.block_on(fetcher.fetch(&source.url, &Validators::default()));
    let page = match outcome {
        Outcome::Page(page) => page,
        Outcome::NotModified => {
            return Err(CommandError::failure(format!(
                "{id}: the server answered 304 to an unconditional request"
            )));
        }
        Outcome::Failed(failure) => {
            return Err(CommandError::failure(format!(
                "{id}: fetch failed ({}): {failure}",
                failure.code()
            )));
        }
    };
    say!("source:       {source}");
    say!(
        "fetched:      {} (HTTP {}, {} bytes, {})",
        page.final_url,
        page.http_status,
        page.body.len(),
        page.content_type.as_deref().unwrap_or("no content type")
    );
    match pipeline::classify_bytes(
        &page.body,
        page.content_type.as_deref(),
        source.selector.as_deref(),
        source.kind,
        pipeline::civil_date(jiff::Timestamp::now()),
    ) {
        Ok((extracted, finding)) => {
            say!(
                "text:         {} characters, {} lines ({})",
                extracted.text.len(),
                extracted.text.lines().count(),
                extracted.format.as_str()
            );
            print_finding(&finding, source.kind, false);
            Ok(Exit::Ok)
        }
        Err(failure) => Err(CommandError::failure(format!(
            "{id}: extraction failed ({}): {failure}",
            failure.code()
        ))),
    }
}

//! `needlewatch sources check`: the watch list's editorial problems, which
//! a config can have while being valid (duplicate pages, missing or stale
//! provenance, static pages crawled too often, subjects watched only
//! through copies). Pure: a function of the checked config and today's date.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::time::Duration;

use jiff::ToSpan;
use jiff::civil::Date;
use url::Url;

use super::{Config, Source};
use crate::model::SourceKind;

/// Static pages are crawled at most weekly.
const MIN_STATIC_EVERY: Duration = Duration::from_secs(7 * 86_400);

/// Query parameters that only track the visitor.
const TRACKING_PARAMETERS: &[&str] = &["gclid", "fbclid"];

/// One problem in the watch list, about a source or a subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lint {
    /// The source id, or the subject for coverage problems.
    pub about: String,
    pub message: String,
}

impl fmt::Display for Lint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.about, self.message)
    }
}

/// Every problem of the watch list as of `today`, rule by rule, each in
/// the order of the sources.
pub fn lint(config: &Config, today: Date) -> Vec<Lint> {
    let sources = &config.sources;
    let mut lints = Vec::new();
    lints.extend(duplicate_urls(sources));
    lints.extend(duplicate_names(sources));
    lints.extend(
        sources
            .iter()
            .flat_map(|source| missing_provenance(source, today)),
    );
    lints.extend(sources.iter().filter_map(too_frequent));
    lints.extend(unofficial_subjects(sources));
    lints
}

/// The URL as a page is identified: scheme, `www.`, default ports, a
/// trailing slash, the fragment and tracking parameters do not count.
pub fn normalise_url(url: &Url) -> String {
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let port = match url.port() {
        None | Some(80) | Some(443) => String::new(),
        Some(port) => format!(":{port}"),
    };
    let path = url.path().trim_end_matches('/');
    let query: Vec<String> = url
        .query_pairs()
        .filter(|(name, _)| {
            !name.starts_with("utm_") && !TRACKING_PARAMETERS.contains(&name.as_ref())
        })
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    let scheme = match url.scheme() {
        "http" | "https" => "web",
        other => other,
    };
    let mut normal = format!("{scheme}://{host}{port}{path}");
    if !query.is_empty() {
        normal.push('?');
        normal.push_str(&query.join("&"));
    }
    normal
}

fn duplicate_urls(sources: &[Source]) -> Vec<Lint> {
    let mut first: HashMap<String, &str> = HashMap::new();
    let mut lints = Vec::new();
    for source in sources {
        let normal = normalise_url(&source.url);
        match first.get(&normal) {
            Some(earlier) => lints.push(Lint {
                about: source.id.clone(),
                message: format!("same page as {earlier} ({})", source.url),
            }),
            None => {
                first.insert(normal, &source.id);
            }
        }
    }
    lints
}

fn duplicate_names(sources: &[Source]) -> Vec<Lint> {
    let mut first: HashMap<(String, String), &str> = HashMap::new();
    let mut lints = Vec::new();
    for source in sources {
        let Some(publisher) = &source.provenance.publisher else {
            continue;
        };
        let key = (
            publisher.trim().to_lowercase(),
            source.name.trim().to_lowercase(),
        );
        match first.get(&key) {
            Some(earlier) => lints.push(Lint {
                about: source.id.clone(),
                message: format!(
                    "same publisher and name as {earlier} ({publisher:?}, {:?})",
                    source.name
                ),
            }),
            None => {
                first.insert(key, &source.id);
            }
        }
    }
    lints
}

fn missing_provenance(source: &Source, today: Date) -> Vec<Lint> {
    let provenance = &source.provenance;
    let lint = |message: String| Lint {
        about: source.id.clone(),
        message,
    };
    let mut lints = Vec::new();
    if provenance.stated.is_none() {
        lints.push(lint(
            "no `stated`: record the position seen on the page".into(),
        ));
    }
    match provenance.checked {
        None => lints.push(lint("no `checked`: record when the page was read".into())),
        Some(checked) => {
            let year_ago = today.checked_sub(1.year()).unwrap_or(today);
            if checked < year_ago {
                lints.push(lint(format!(
                    "checked {checked} is more than a year before {today}: read the page again"
                )));
            }
        }
    }
    lints
}

fn too_frequent(source: &Source) -> Option<Lint> {
    let page = source.provenance.page.filter(|page| page.is_static())?;
    let every = source.every.filter(|every| *every < MIN_STATIC_EVERY)?;
    Some(Lint {
        about: source.id.clone(),
        message: format!(
            "a {page} page crawled every {} (static pages: weekly or less often; leave out `every` for {})",
            human(every),
            human(page.default_every())
        ),
    })
}

/// Payers and state boards watched only through copies, unless one of the
/// subject's sources says why no official page exists.
fn unofficial_subjects(sources: &[Source]) -> Vec<Lint> {
    let mut subjects: BTreeMap<(SourceKind, &str), (bool, bool)> = BTreeMap::new();
    for source in sources {
        let entry = subjects
            .entry((source.kind, source.subject.as_str()))
            .or_default();
        entry.0 |= source.provenance.official == Some(true);
        entry.1 |= source.provenance.no_official_source.is_some();
    }
    subjects
        .into_iter()
        .filter(|(_, (official, excused))| !official && !excused)
        .map(|((kind, subject), _)| Lint {
            about: subject.to_string(),
            message: match kind {
                SourceKind::Payer => "payer with no official source (add the payer's own page, or `no_official_source = \"why\"`)".into(),
                SourceKind::StateBoard => "jurisdiction with no official source (add a board, legislature or register page, or `no_official_source = \"why\"`)".into(),
            },
        })
        .collect()
}

fn human(every: Duration) -> String {
    let secs = every.as_secs();
    if secs.is_multiple_of(86_400) {
        format!("{}d", secs / 86_400)
    } else if secs.is_multiple_of(3600) {
        format!("{}h", secs / 3600)
    } else {
        format!("{secs}s")
    }
}

#[cfg(test)]
mod tests;

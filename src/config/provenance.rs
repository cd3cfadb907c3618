//! What a person saw on a watched page, recorded beside it in the watch
//! list (`INTERFACE.md`, "Watch-list provenance"): who publishes the page,
//! whether it is the publisher's own copy, what kind of page it is, the
//! position stated on it and when it was checked. All of it is optional so
//! old watch lists keep working; the kind of page also sets the default
//! crawl interval.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use jiff::civil::Date;

use crate::model::{Reason, Status};

/// `evidence` is a short phrase, not a copy of the page.
pub const MAX_EVIDENCE_CHARS: usize = 120;

const DAY: u64 = 86_400;

/// The provenance fields of one `[[sources]]` entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Provenance {
    pub publisher: Option<String>,
    /// The publisher's own page (board, legislature, register, AG, court,
    /// payer), not a copy.
    pub official: Option<bool>,
    pub page: Option<PageKind>,
    /// The position a person saw on the page.
    pub stated: Option<Status>,
    pub stated_reason: Option<Reason>,
    /// When they saw it.
    pub checked: Option<Date>,
    /// A short phrase seen on the page (at most [`MAX_EVIDENCE_CHARS`]).
    pub evidence: Option<String>,
    /// For payers: the states the policy applies to (USPS codes).
    pub states: Vec<String>,
    /// Why the subject has no official source (accepted by `sources check`).
    pub no_official_source: Option<String>,
}

/// The kind of page a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    Policy,
    BoardPage,
    Statute,
    Rule,
    RegisterNotice,
    Bill,
    Opinion,
    News,
    Secondary,
}

impl PageKind {
    pub const ALL: [PageKind; 9] = [
        PageKind::Policy,
        PageKind::BoardPage,
        PageKind::Statute,
        PageKind::Rule,
        PageKind::RegisterNotice,
        PageKind::Bill,
        PageKind::Opinion,
        PageKind::News,
        PageKind::Secondary,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Policy => "policy",
            PageKind::BoardPage => "board-page",
            PageKind::Statute => "statute",
            PageKind::Rule => "rule",
            PageKind::RegisterNotice => "register-notice",
            PageKind::Bill => "bill",
            PageKind::Opinion => "opinion",
            PageKind::News => "news",
            PageKind::Secondary => "secondary",
        }
    }

    /// How often a page of this kind is crawled when `every` is absent:
    /// live pages daily, codified law monthly, dated documents quarterly.
    pub fn default_every(self) -> Duration {
        let days = match self {
            PageKind::Policy | PageKind::BoardPage => 1,
            PageKind::Statute | PageKind::Rule => 30,
            PageKind::RegisterNotice
            | PageKind::Bill
            | PageKind::Opinion
            | PageKind::News
            | PageKind::Secondary => 90,
        };
        Duration::from_secs(days * DAY)
    }

    /// A page that rarely changes once published: crawling it more often
    /// than weekly only costs the publisher.
    pub fn is_static(self) -> bool {
        !matches!(self, PageKind::Policy | PageKind::BoardPage)
    }
}

impl fmt::Display for PageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PageKind {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        PageKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| {
                let known: Vec<&str> = PageKind::ALL.iter().map(|kind| kind.as_str()).collect();
                format!("page {text:?} is not one of {}", known.join(", "))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_kinds_parse_and_default_their_cadence() {
        for kind in PageKind::ALL {
            assert_eq!(kind.as_str().parse::<PageKind>(), Ok(kind));
        }
        assert!("webpage".parse::<PageKind>().is_err());
        assert_eq!(PageKind::Policy.default_every(), Duration::from_secs(DAY));
        assert_eq!(
            PageKind::BoardPage.default_every(),
            Duration::from_secs(DAY)
        );
        assert_eq!(
            PageKind::Rule.default_every(),
            Duration::from_secs(30 * DAY)
        );
        assert_eq!(
            PageKind::Bill.default_every(),
            Duration::from_secs(90 * DAY)
        );
        assert!(PageKind::Secondary.is_static() && !PageKind::Policy.is_static());
    }
}

//! Whether the network itself looks down, judged from the first results of
//! a run: when the first few distinct hosts all fail to resolve or to
//! connect and nothing has been read, the rest of the watch list would only
//! fail the same way (taking minutes and recording one failure per source),
//! so the run stops starting sources. Pure: outcomes in, verdict out.

use std::collections::BTreeSet;

use url::Url;

use crate::fetch::Outcome;

/// Distinct hosts that must all be unreachable before the run gives up.
pub const HOSTS_TO_GIVE_UP: usize = 5;

/// How one source's fetch ended, as far as the network is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// A server answered (a page, a 304, or an HTTP error, TLS or body
    /// failure after connecting): the network works.
    Answered,
    /// The host's name did not resolve, or nothing accepted the connection.
    Unreachable,
    /// Neither proves anything (a timeout, a local file, robots.txt).
    Unknown,
}

impl Reach {
    /// The reach of one fetch of `url`. A local file proves nothing.
    pub fn of_outcome(outcome: &Outcome, url: &Url) -> Reach {
        match outcome {
            Outcome::Failed(failure) => Reach::of_failure(failure.code()),
            _ if url.scheme() == "file" => Reach::Unknown,
            _ => Reach::Answered,
        }
    }

    /// The reach of a fetch failure by its code (`FetchFailure::code`).
    pub fn of_failure(code: &str) -> Reach {
        match code {
            "dns" | "connect" => Reach::Unreachable,
            "tls" | "http_status" | "too_large" | "redirect_loop" | "body" => Reach::Answered,
            _ => Reach::Unknown,
        }
    }
}

/// The running verdict over a run's results, in the order they arrive.
#[derive(Debug, Clone)]
pub struct NetworkVerdict {
    hosts_to_give_up: usize,
    unreachable_hosts: BTreeSet<String>,
    answered: bool,
}

impl Default for NetworkVerdict {
    fn default() -> NetworkVerdict {
        NetworkVerdict::new(HOSTS_TO_GIVE_UP)
    }
}

impl NetworkVerdict {
    pub fn new(hosts_to_give_up: usize) -> NetworkVerdict {
        NetworkVerdict {
            hosts_to_give_up: hosts_to_give_up.max(1),
            unreachable_hosts: BTreeSet::new(),
            answered: false,
        }
    }

    pub fn observe(&mut self, host: &str, reach: Reach) {
        match reach {
            Reach::Answered => self.answered = true,
            Reach::Unreachable => {
                self.unreachable_hosts.insert(host.to_ascii_lowercase());
            }
            Reach::Unknown => {}
        }
    }

    /// Nothing answered and enough distinct hosts were unreachable: start
    /// no more sources. Once any server has answered, never.
    pub fn network_down(&self) -> bool {
        !self.answered && self.unreachable_hosts.len() >= self.hosts_to_give_up
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict_after(results: &[(&str, Reach)]) -> bool {
        let mut verdict = NetworkVerdict::new(3);
        for (host, reach) in results {
            verdict.observe(host, *reach);
        }
        verdict.network_down()
    }

    #[test]
    fn enough_distinct_unreachable_hosts_and_no_answer_is_down() {
        assert!(verdict_after(&[
            ("a.example", Reach::Unreachable),
            ("b.example", Reach::Unreachable),
            ("c.example", Reach::Unreachable),
        ]));
    }

    #[test]
    fn one_host_failing_many_times_is_not_the_network() {
        assert!(!verdict_after(&[
            ("a.example", Reach::Unreachable),
            ("A.example", Reach::Unreachable),
            ("a.example", Reach::Unreachable),
            ("b.example", Reach::Unreachable),
        ]));
    }

    #[test]
    fn any_answer_means_the_network_works() {
        assert!(!verdict_after(&[
            ("a.example", Reach::Unreachable),
            ("b.example", Reach::Answered),
            ("c.example", Reach::Unreachable),
            ("d.example", Reach::Unreachable),
        ]));
    }

    #[test]
    fn timeouts_prove_nothing_either_way() {
        assert!(!verdict_after(&[
            ("a.example", Reach::Unreachable),
            ("b.example", Reach::Unknown),
            ("c.example", Reach::Unreachable),
        ]));
        assert!(verdict_after(&[
            ("a.example", Reach::Unreachable),
            ("b.example", Reach::Unknown),
            ("c.example", Reach::Unreachable),
            ("d.example", Reach::Unreachable),
        ]));
    }

    #[test]
    fn failure_codes_map_to_reach() {
        assert_eq!(Reach::of_failure("dns"), Reach::Unreachable);
        assert_eq!(Reach::of_failure("connect"), Reach::Unreachable);
        assert_eq!(Reach::of_failure("http_status"), Reach::Answered);
        assert_eq!(Reach::of_failure("timeout"), Reach::Unknown);
    }
}

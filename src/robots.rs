//! robots.txt: what the answer to `GET /robots.txt` means for every other
//! URL on that origin, per RFC 9309. Pure; `fetch` downloads the file and
//! keeps one [`Robots`] per origin.
//!
//! Parsing and matching are `texting_robots`' (tested against Google's
//! reference cases): the group naming our product token wins over `*`, the
//! longest matching rule decides, `Allow` wins a tie, `*` matches any run of
//! characters and `$` anchors the end. What the *status* means is decided
//! here (RFC 9309 §2.3.1): a 2xx body is parsed; a 4xx means no
//! restrictions; a 5xx, or no answer at all, means complete disallow.

/// What fetching `/robots.txt` gave, after following up to five redirects.
#[derive(Debug, Clone, Copy)]
pub enum RobotsAnswer<'a> {
    /// A 2xx answer and its body.
    Body(&'a [u8]),
    /// 400–499: the file is unavailable, so nothing is restricted.
    /// (429 "Too Many Requests" is a server asking us to slow down and counts as 5xx.)
    Status(u16),
    /// More than five redirects: unavailable, so nothing is restricted (§2.3.1.2).
    TooManyRedirects,
    /// No answer: DNS, connection, timeout, TLS, or a broken body.
    Unreachable(&'a str),
}

#[derive(Debug, Clone)]
pub enum Robots {
    AllowAll,
    /// The origin's robots.txt could not be read: crawl nothing there (§2.3.1.4).
    DisallowAll {
        reason: String,
        /// Why, as a fetch failure code: the network's (`dns`, `connect`,
        /// ...) when the origin did not answer, so an outage is seen as one.
        cause: &'static str,
    },
    Rules(std::sync::Arc<texting_robots::Robot>),
}

/// Whether one URL may be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    Allowed,
    Disallowed,
    /// Disallowed because robots.txt itself could not be read.
    Unavailable(String),
}

impl Robots {
    /// Everything allowed (robots.txt not consulted).
    pub fn allow_all() -> Robots {
        Robots::AllowAll
    }

    /// The rules for the crawler whose product token is `agent` (e.g.
    /// "needlewatch"), given what fetching robots.txt returned.
    pub fn from_answer(answer: RobotsAnswer<'_>, agent: &str) -> Robots {
        match answer {
            RobotsAnswer::Body(body) => Robots::parse(body, agent),
            RobotsAnswer::Status(status) if (400..500).contains(&status) && status != 429 => {
                Robots::AllowAll
            }
            RobotsAnswer::Status(status) => Robots::DisallowAll {
                reason: format!(
                    "robots.txt answered HTTP {status}; RFC 9309 says to crawl nothing on the site until it can be read"
                ),
                cause: "robots_unavailable",
            },
            RobotsAnswer::TooManyRedirects => Robots::AllowAll,
            RobotsAnswer::Unreachable(cause) => Robots::DisallowAll {
                reason: format!(
                    "robots.txt could not be fetched ({cause}); RFC 9309 says to crawl nothing on the site until it can be read"
                ),
                cause: "robots_unavailable",
            },
        }
    }

    /// The failure code behind a complete disallow, if this is one.
    pub fn unavailable_cause(&self) -> Option<&'static str> {
        match self {
            Robots::DisallowAll { cause, .. } => Some(cause),
            _ => None,
        }
    }

    /// Parses a robots.txt body. A body the parser rejects places no
    /// restriction, as an empty file would: RFC 9309 asks parsers to skip
    /// what they cannot read rather than fail.
    pub fn parse(body: &[u8], agent: &str) -> Robots {
        match texting_robots::Robot::new(agent, body) {
            Ok(robot) => Robots::Rules(std::sync::Arc::new(robot)),
            Err(error) => {
                tracing::warn!("unreadable robots.txt ignored: {error}");
                Robots::AllowAll
            }
        }
    }

    /// Whether `url` (absolute, or a path plus query starting with '/') may be fetched.
    pub fn check(&self, url: &str) -> Access {
        match self {
            Robots::AllowAll => Access::Allowed,
            Robots::DisallowAll { reason, .. } => Access::Unavailable(reason.clone()),
            Robots::Rules(robot) if robot.allowed(url) => Access::Allowed,
            Robots::Rules(_) => Access::Disallowed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, path: &str, expected: bool) {
        let robots = Robots::parse(body.as_bytes(), "needlewatch");
        let allowed = robots.check(path) == Access::Allowed;
        assert_eq!(allowed, expected, "{path} against\n{body}");
    }

    #[test]
    fn star_group_applies_when_no_group_names_us() {
        let body = "User-agent: *\nDisallow: /private/\n";
        check(body, "/private/page.html", false);
        check(body, "/public/page.html", true);
    }

    #[test]
    fn our_own_group_wins_over_star_and_matching_ignores_case() {
        let body = "User-agent: *\nDisallow: /\n\nUser-agent: NeedleWatch\nDisallow: /secret\n";
        check(body, "/rules.html", true);
        check(body, "/secret/x", false);
    }

    #[test]
    fn the_longest_match_wins_whatever_the_order() {
        let body = "User-agent: *\nAllow: /docs/public/\nDisallow: /docs/\nDisallow: /docs/public/drafts/\n";
        check(body, "/docs/public/a.pdf", true);
        check(body, "/docs/internal.pdf", false);
        check(body, "/docs/public/drafts/b.pdf", false);
    }

    #[test]
    fn allow_beats_disallow_at_equal_length() {
        check(
            "User-agent: *\nDisallow: /page\nAllow: /page\n",
            "/page",
            true,
        );
        check(
            "User-agent: *\nAllow: /page\nDisallow: /page\n",
            "/page",
            true,
        );
        // Equal length, different patterns that both match.
        check("User-agent: *\nDisallow: /a*c\nAllow: /ab*\n", "/abc", true);
    }

    #[test]
    fn star_wildcards_and_dollar_anchors() {
        let body = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n";
        check(body, "/policy/a.pdf", false);
        check(body, "/policy/a.pdf?x=1", true);
        check(body, "/policy/a.pdfx", true);
        check(body, "/search?q=needling", false);
        check(body, "/search?page=2", true);
        check("User-agent: *\nDisallow: /fish*\n", "/fishheads", false);
        check("User-agent: *\nDisallow: /fish$\n", "/fish", false);
        check("User-agent: *\nDisallow: /fish$\n", "/fish/", true);
    }

    #[test]
    fn rules_match_from_the_start_of_the_path_only() {
        let body = "User-agent: *\nDisallow: /private\n";
        check(body, "/private/x", false);
        check(body, "/public/private", true);
    }

    #[test]
    fn an_empty_user_agent_line_matches_no_one() {
        check("User-agent:\nDisallow: /\n", "/page", true);
        check(
            "User-agent:\nDisallow: /\n\nUser-agent: *\nDisallow: /other\n",
            "/page",
            true,
        );
    }

    #[test]
    fn empty_disallow_allows_everything() {
        check("User-agent: *\nDisallow:\n", "/anything", true);
        check("", "/anything", true);
    }

    #[test]
    fn grouped_agents_share_rules() {
        let body = "User-agent: otherbot\nUser-agent: needlewatch\nDisallow: /x\n";
        check(body, "/x/y", false);
        check(body, "/y", true);
    }

    #[test]
    fn status_codes_decide_before_any_rule() {
        let agent = "needlewatch";
        let verdict = |answer| Robots::from_answer(answer, agent).check("/page");
        assert_eq!(verdict(RobotsAnswer::Status(404)), Access::Allowed);
        assert_eq!(verdict(RobotsAnswer::Status(401)), Access::Allowed);
        assert_eq!(verdict(RobotsAnswer::Status(403)), Access::Allowed);
        assert_eq!(verdict(RobotsAnswer::TooManyRedirects), Access::Allowed);
        for status in [500, 503, 429] {
            let Access::Unavailable(reason) = verdict(RobotsAnswer::Status(status)) else {
                panic!("{status} must disallow everything");
            };
            assert!(reason.contains(&status.to_string()), "{reason}");
        }
        let Access::Unavailable(reason) = verdict(RobotsAnswer::Unreachable("connection refused"))
        else {
            panic!("an unreachable robots.txt must disallow everything");
        };
        assert!(reason.contains("connection refused"), "{reason}");
        assert_eq!(
            verdict(RobotsAnswer::Body(b"User-agent: *\nDisallow: /page\n")),
            Access::Disallowed
        );
    }
}

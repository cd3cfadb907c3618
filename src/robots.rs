//! robots.txt: parsing and the allow/disallow decision for one path. Pure;
//! `fetch` downloads the file and keeps one [`Robots`] per origin.
//!
//! Follows RFC 9309: the group whose `User-agent` token matches our product
//! token wins over `*`; within a group the longest matching rule decides, and
//! `Allow` wins a tie. `*` matches any run of characters and `$` anchors the end.

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Robots {
    rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    allow: bool,
    pattern: String,
}

#[derive(Debug, Default)]
struct Group {
    agents: Vec<String>,
    rules: Vec<Rule>,
}

impl Robots {
    /// Everything allowed (no robots.txt, or it could not be read).
    pub fn allow_all() -> Robots {
        Robots::default()
    }

    /// Parses a robots.txt body for the crawler whose product token is `agent`
    /// (e.g. "needlewatch").
    pub fn parse(body: &str, agent: &str) -> Robots {
        let agent = agent.to_ascii_lowercase();
        let mut groups: Vec<Group> = Vec::new();
        let mut in_agent_lines = false;
        for raw_line in body.lines() {
            let line = raw_line.split('#').next().unwrap_or("").trim();
            let Some((field, value)) = line.split_once(':') else {
                continue;
            };
            let field = field.trim().to_ascii_lowercase();
            let value = value.trim();
            match field.as_str() {
                "user-agent" => {
                    if !in_agent_lines {
                        groups.push(Group::default());
                    }
                    in_agent_lines = true;
                    if let Some(group) = groups.last_mut() {
                        group.agents.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agent_lines = false;
                    // An empty Disallow means "allow everything": no rule.
                    if value.is_empty() {
                        continue;
                    }
                    if let Some(group) = groups.last_mut() {
                        group.rules.push(Rule {
                            allow: field == "allow",
                            pattern: value.to_string(),
                        });
                    }
                }
                _ => in_agent_lines = false,
            }
        }
        let matches_us = |group: &&Group| {
            group
                .agents
                .iter()
                .any(|token| token != "*" && agent.starts_with(token.as_str()))
        };
        let chosen: Vec<&Group> = if groups.iter().any(|group| matches_us(&group)) {
            groups.iter().filter(matches_us).collect()
        } else {
            groups
                .iter()
                .filter(|group| group.agents.iter().any(|token| token == "*"))
                .collect()
        };
        Robots {
            rules: chosen
                .into_iter()
                .flat_map(|group| group.rules.iter().cloned())
                .collect(),
        }
    }

    /// Whether `path` (path plus query, starting with '/') may be fetched.
    pub fn allows(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for rule in &self.rules {
            if pattern_matches(&rule.pattern, path) {
                let length = rule.pattern.len();
                let better = match best {
                    None => true,
                    Some((best_length, best_allow)) => {
                        length > best_length || (length == best_length && rule.allow && !best_allow)
                    }
                };
                if better {
                    best = Some((length, rule.allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// Prefix match with `*` wildcards and an optional trailing `$` anchor.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(stripped) => (stripped, true),
        None => (pattern, false),
    };
    let pieces: Vec<&str> = pattern.split('*').collect();
    let mut position = 0;
    for (index, piece) in pieces.iter().enumerate() {
        if index == 0 {
            if !path.starts_with(piece) {
                return false;
            }
            position = piece.len();
            continue;
        }
        let is_last = index == pieces.len() - 1;
        if is_last && anchored {
            return path.len() >= position + piece.len() && path.ends_with(piece);
        }
        match path[position..].find(piece) {
            Some(found) => position += found + piece.len(),
            None => return false,
        }
    }
    !anchored || position == path.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, path: &str, expected: bool) {
        let robots = Robots::parse(body, "needlewatch/0.1");
        assert_eq!(robots.allows(path), expected, "{path} against\n{body}");
    }

    #[test]
    fn star_group_applies_when_no_group_names_us() {
        let body = "User-agent: *\nDisallow: /private/\n";
        check(body, "/private/page.html", false);
        check(body, "/public/page.html", true);
    }

    #[test]
    fn our_own_group_wins_over_star() {
        let body = "User-agent: *\nDisallow: /\n\nUser-agent: needlewatch\nDisallow: /secret\n";
        check(body, "/rules.html", true);
        check(body, "/secret/x", false);
    }

    #[test]
    fn longest_match_wins_and_allow_breaks_ties() {
        let body = "User-agent: *\nDisallow: /docs/\nAllow: /docs/public/\n";
        check(body, "/docs/public/a.pdf", true);
        check(body, "/docs/internal.pdf", false);
    }

    #[test]
    fn wildcards_and_anchors() {
        let body = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n";
        check(body, "/policy/a.pdf", false);
        check(body, "/policy/a.pdf?x=1", true);
        check(body, "/search?q=needling", false);
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
    }
}

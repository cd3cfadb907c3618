//! One test per rule of `sources check`.

use super::*;

const TODAY: &str = "2026-12-06";

/// A complete, official state-board entry; tests vary one thing.
fn board(id: &str, subject: &str, url: &str, extra: &str) -> String {
    format!(
        r#"
[[sources]]
id = "{id}"
kind = "state-board"
subject = "{subject}"
url = "{url}"
publisher = "Board {id}"
official = true
page = "board-page"
stated = "allowed"
checked = "2026-12-01"
{extra}
"#
    )
}

fn check(text: &str, expected: &[&str]) {
    let config = Config::parse(text, "sources.toml").unwrap();
    let found: Vec<String> = lint(&config, TODAY.parse().unwrap())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (line, wanted) in found.iter().zip(expected) {
        assert!(line.contains(wanted), "{line:?} lacks {wanted:?}");
    }
}

#[test]
fn a_complete_list_is_clean() {
    check(&board("a", "TX", "https://example.org/a", ""), &[]);
}

#[test]
fn urls_that_differ_only_in_form_are_duplicates() {
    let url = |u: &str| Url::parse(u).unwrap();
    let same = normalise_url(&url("https://example.org/a/b?x=1"));
    for variant in [
        "http://WWW.Example.org/a/b/?x=1",
        "https://example.org:443/a/b?x=1&utm_source=mail",
        "http://example.org:80/a/b?gclid=3&x=1&fbclid=4#top",
    ] {
        assert_eq!(normalise_url(&url(variant)), same, "{variant}");
    }
    assert_ne!(normalise_url(&url("https://example.org/a/b?x=2")), same);
    let text = board("a", "TX", "https://example.org/a", "")
        + &board("b", "TX", "http://www.example.org/a/?utm_campaign=x", "");
    check(&text, &["b: same page as a"]);
}

#[test]
fn same_publisher_and_name_is_reported() {
    let text = board("a", "TX", "https://example.org/a", "name = \"Rules\"")
        + &board("b", "TX", "https://example.org/b", "name = \"Rules\"")
            .replace("Board b", "Board a");
    check(&text, &["b: same publisher and name as a"]);
}

#[test]
fn missing_stated_or_checked_is_reported() {
    let text = board("a", "TX", "https://example.org/a", "")
        .replace("stated = \"allowed\"\n", "")
        .replace("checked = \"2026-12-01\"\n", "");
    check(&text, &["a: no `stated`", "a: no `checked`"]);
}

#[test]
fn a_check_older_than_a_year_is_stale() {
    let stale = board("a", "TX", "https://example.org/a", "").replace("2026-12-01", "2025-12-05");
    check(&stale, &["a: checked 2025-12-05 is more than a year"]);
    let fresh = board("a", "TX", "https://example.org/a", "").replace("2026-12-01", "2025-12-06");
    check(&fresh, &[]);
}

#[test]
fn a_static_page_crawled_more_than_weekly_is_reported() {
    let text = board("a", "TX", "https://example.org/a", "every = \"1d\"")
        .replace("board-page", "statute");
    check(&text, &["a: a statute page crawled every 1d"]);
    let weekly = board("a", "TX", "https://example.org/a", "every = \"7d\"")
        .replace("board-page", "statute");
    check(&weekly, &[]);
    let live = board("a", "TX", "https://example.org/a", "every = \"6h\"");
    check(&live, &[]);
}

#[test]
fn a_payer_with_no_official_source_is_reported_unless_excused() {
    let payer = r#"
[[sources]]
id = "acme-copy"
kind = "payer"
subject = "acme"
url = "https://copies.example.org/acme"
official = false
page = "secondary"
stated = "not_covered"
checked = "2026-12-01"
"#;
    check(payer, &["acme: payer with no official source"]);
    let excused = payer.to_string() + "no_official_source = \"no Acme page found\"\n";
    check(&excused, &[]);
}

#[test]
fn a_jurisdiction_with_no_official_source_is_reported() {
    let text = board("a", "TX", "https://example.org/a", "")
        + &board("b", "NM", "https://example.org/b", "")
            .replace("official = true", "official = false");
    check(&text, &["NM: jurisdiction with no official source"]);
}

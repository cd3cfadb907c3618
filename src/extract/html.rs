//! HTML to lines of text: decode the character set, parse with `scraper`,
//! keep only the selected region, drop what is never content (scripts,
//! navigation, headers, footers, sidebars, forms, hidden elements) and turn
//! block structure into lines.
//!
//! The walk is iterative (`traverse()` edges, not recursion) so deeply nested
//! markup cannot overflow the stack.

use std::collections::HashSet;
use std::sync::LazyLock;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use regex::bytes::Regex;
use scraper::{ElementRef, Html, Node, Selector};

use super::normalize::TextBuilder;
use super::{ExtractFailure, decode_with, header_charset};

/// Elements whose whole subtree is never page content.
const DROPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "canvas", "button", "select", "textarea", "object", "embed", "head", "dialog",
    "menu",
];

/// ARIA landmark roles that mark the same kinds of chrome as the elements above.
const DROPPED_ROLES: &[&str] = &[
    "banner",
    "navigation",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
];

/// Elements that start and end a line of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
];

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#)
        .unwrap_or_else(|error| unreachable!("static regex: {error}"))
});

/// Decodes an HTML body: header charset, then byte-order mark, then a
/// `<meta charset>` in the first 4 KB, then UTF-8 or windows-1252.
pub fn decode_html(body: &[u8], content_type: Option<&str>) -> String {
    let encoding = header_charset(content_type).or_else(|| {
        let head = &body[..body.len().min(4096)];
        META_CHARSET
            .captures(head)
            .and_then(|captures| captures.get(1))
            .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
            // A page that says "utf-16" in ASCII bytes cannot be UTF-16.
            .map(|encoding| encoding.output_encoding())
    });
    decode_with(body, encoding)
}

/// Deeper than any real page; html5ever's tree building slows down with the
/// square of the nesting depth, so a hostile page could stall a run.
const MAX_NESTING: usize = 4_000;

/// The normalized text of the page, or of the parts `selector` matches.
pub fn html_text(html: &str, selector: Option<&str>) -> Result<String, ExtractFailure> {
    if nesting_exceeds(html, MAX_NESTING) {
        return Err(ExtractFailure::TooDeep(MAX_NESTING));
    }
    let document = Html::parse_document(html);
    let mut text = TextBuilder::with_capacity(html.len() / 4);
    match selector {
        None => write_region(document.root_element(), &mut text),
        Some(css) => {
            // "main || #content || body": the first alternative that matches.
            let mut matches: Vec<ElementRef<'_>> = Vec::new();
            for alternative in css.split("||").map(str::trim) {
                let parsed = Selector::parse(alternative)
                    .map_err(|_| ExtractFailure::BadSelector(alternative.to_string()))?;
                matches = document.select(&parsed).collect();
                if !matches.is_empty() {
                    break;
                }
            }
            if matches.is_empty() {
                return Err(ExtractFailure::SelectorMatchedNothing(css.to_string()));
            }
            let matched_ids: HashSet<NodeId> = matches.iter().map(|element| element.id()).collect();
            for element in matches {
                // A match nested inside another match is already included.
                let nested = element
                    .ancestors()
                    .any(|ancestor| matched_ids.contains(&ancestor.id()));
                if !nested {
                    write_region(element, &mut text);
                    text.end_line();
                }
            }
        }
    }
    Ok(text.finish())
}

/// Whether the open elements ever stand more than `limit` deep: a quick byte
/// scan that mimics how a browser nests tags, without building the tree.
///
/// Only end tags that close an open element pop it (with the elements opened
/// after it, as a browser does); stray end tags change nothing, and `<div/>`
/// outside SVG or MathML opens a `div` like any other start tag, because
/// that is how html5ever reads it.
fn nesting_exceeds(html: &str, limit: usize) -> bool {
    // Elements whose end tag is optional or absent never deepen the tree for
    // long, so they are not counted either way.
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"param", b"source", b"track", b"wbr", b"p", b"li", b"option", b"td", b"th", b"tr",
    ];
    // Their content is text, so tags inside them do not count.
    const RAW_TEXT: &[&[u8]] = &[b"script", b"style", b"textarea", b"title", b"xmp"];
    // How far back an end tag looks for its start tag; a browser looks
    // further, but a page this tangled is hostile anyway.
    const MATCH_WINDOW: usize = 64;

    let bytes = html.as_bytes();
    let mut open: Vec<Vec<u8>> = Vec::new();
    let mut foreign_depth = 0usize;
    let mut index = 0;
    while let Some(offset) = bytes[index..].iter().position(|&byte| byte == b'<') {
        let tag_start = index + offset + 1;
        index = tag_start;
        if bytes[tag_start..].starts_with(b"!--") {
            index = find(bytes, tag_start + 3, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        let closing = bytes.get(tag_start) == Some(&b'/');
        let name_start = if closing { tag_start + 1 } else { tag_start };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = bytes[name_start..]
            .iter()
            .position(|byte| !byte.is_ascii_alphanumeric())
            .map_or(bytes.len(), |end| name_start + end);
        let name = bytes[name_start..name_end].to_ascii_lowercase();
        if VOID.contains(&name.as_slice()) {
            continue;
        }
        if closing {
            let window_start = open.len().saturating_sub(MATCH_WINDOW);
            if let Some(position) = open[window_start..].iter().rposition(|open| *open == name) {
                for closed in open.drain(window_start + position..) {
                    if is_foreign_root(&closed) {
                        foreign_depth -= 1;
                    }
                }
            }
            continue;
        }
        let tag_end = bytes[name_end..]
            .iter()
            .position(|&byte| byte == b'>')
            .map_or(bytes.len(), |end| name_end + end);
        let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
        if self_closing && (foreign_depth > 0 || is_foreign_root(&name)) {
            continue;
        }
        if RAW_TEXT.contains(&name.as_slice()) {
            let mut end_tag = b"</".to_vec();
            end_tag.extend_from_slice(&name);
            index = find_ignoring_case(bytes, tag_end, &end_tag).unwrap_or(bytes.len());
            continue;
        }
        if is_foreign_root(&name) {
            foreign_depth += 1;
        }
        open.push(name);
        if open.len() > limit {
            return true;
        }
    }
    false
}

fn is_foreign_root(name: &[u8]) -> bool {
    name == b"svg" || name == b"math"
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|offset| from + offset)
}

fn find_ignoring_case(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
        .map(|offset| from + offset)
}

/// Appends the visible text of `root`, one block per line.
fn write_region(root: ElementRef<'_>, text: &mut TextBuilder) {
    let mut skipping: Option<NodeId> = None;
    let mut preformatted_depth = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(content) => {
                        if preformatted_depth > 0 {
                            for (index, line) in content.split('\n').enumerate() {
                                if index > 0 {
                                    text.end_line();
                                }
                                text.push_text(line);
                            }
                        } else {
                            // Source line breaks inside a paragraph are just spaces.
                            text.push_text(content);
                        }
                    }
                    Node::Element(element) => {
                        let name = element.name();
                        if node.id() != root.id() && is_dropped(element) {
                            skipping = Some(node.id());
                            continue;
                        }
                        if name == "pre" {
                            preformatted_depth += 1;
                        }
                        if BLOCK_ELEMENTS.contains(&name) {
                            text.end_line();
                            if name == "li" {
                                // Keeps list items recognisable as items downstream.
                                text.push_text("\u{2022} ");
                            }
                        } else if matches!(name, "td" | "th") {
                            // Cells of one row share a line, separated visibly.
                            if !text.line_is_empty() {
                                text.push_text(" | ");
                            }
                        } else if name == "img"
                            && let Some(alt) = element.attr("alt")
                        {
                            text.push_text(" ");
                            text.push_text(alt);
                            text.push_text(" ");
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    let name = element.name();
                    if name == "pre" {
                        preformatted_depth = preformatted_depth.saturating_sub(1);
                    }
                    if BLOCK_ELEMENTS.contains(&name) {
                        text.end_line();
                    }
                }
            }
        }
    }
}

/// A collapsed accordion or tab panel: hidden until a reader opens it, but
/// part of the page's text (FAQ answers live there). Print-only notes and
/// other hidden leftovers are not.
fn is_collapsed_content(element: &scraper::node::Element) -> bool {
    if element
        .attr("hidden")
        .is_some_and(|value| value.trim().eq_ignore_ascii_case("until-found"))
    {
        return true;
    }
    if element.attr("role").is_some_and(|role| {
        role.eq_ignore_ascii_case("tabpanel") || role.eq_ignore_ascii_case("region")
    }) {
        return true;
    }
    let names = format!(
        "{} {}",
        element.attr("class").unwrap_or(""),
        element.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    ["panel", "accordion", "collapse", "answer", "faq", "details"]
        .iter()
        .any(|word| names.contains(word))
}

fn is_dropped(element: &scraper::node::Element) -> bool {
    let name = element.name();
    if DROPPED_ELEMENTS.contains(&name) {
        // An accordion's heading is a button that opens its panel: the
        // question of a collapsed FAQ answer.
        let opens_panel = name == "button" && element.attr("aria-controls").is_some();
        return !opens_panel;
    }
    if element.attr("hidden").is_some() && !is_collapsed_content(element) {
        return true;
    }
    if element
        .attr("aria-hidden")
        .is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if name == "input" {
        return true;
    }
    if let Some(role) = element.attr("role") {
        let role = role.trim().to_ascii_lowercase();
        if DROPPED_ROLES.contains(&role.as_str()) {
            return true;
        }
    }
    if let Some(style) = element.attr("style") {
        let compact: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if compact.contains("display:none") || compact.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, selector: Option<&str>, expected: &str) {
        assert_eq!(html_text(html, selector).unwrap(), expected, "html: {html}");
    }

    #[test]
    fn chrome_and_hidden_elements_are_dropped() {
        let page = r#"<html><head><title>T</title><style>p{}</style></head><body>
            <header>Site header</header><nav><a href="/dn">Dry Needling FAQ</a></nav>
            <div role="banner">Banner</div>
            <main><h1>Dry needling</h1><p>Physical therapists
               may perform it.</p><p hidden>secret</p><div style="display: none">gone</div>
               <script>var x = "dry needling";</script><form><input value="q"></form></main>
            <aside>Sidebar</aside><footer>Updated today</footer></body></html>"#;
        check(
            page,
            None,
            "Dry needling\nPhysical therapists may perform it.",
        );
    }

    #[test]
    fn collapsed_faq_answers_are_text_but_print_notes_are_not() {
        let page = r#"<main><h1>FAQ</h1>
            <button aria-controls="q4">Am I permitted to do dry needling?</button>
            <div class="acc-panel" id="q4" hidden><p>Yes, after 54 hours of instruction.</p></div>
            <div hidden="until-found"><p>Searchable answer.</p></div>
            <div class="print-note" hidden>Printed copy of the page.</div></main>"#;
        check(
            page,
            None,
            "FAQ\nAm I permitted to do dry needling?\nYes, after 54 hours of instruction.\nSearchable answer.",
        );
    }

    #[test]
    fn the_selector_scopes_the_text_and_may_itself_be_chrome() {
        let page = "<body><div id=a><p>one</p></div><p>two</p><header><p>three</p></header></body>";
        check(page, Some("#a"), "one");
        check(page, Some("header"), "three");
        check(page, Some("p"), "one\ntwo\nthree");
    }

    #[test]
    fn selector_alternatives_take_the_first_that_matches() {
        let page = "<body><div id=content><p>two</p></div><p>three</p></body>";
        check(page, Some("main || #content || body"), "two");
        check(page, Some("main || article || body"), "two\nthree");
        assert_eq!(
            html_text(page, Some("main || article")),
            Err(ExtractFailure::SelectorMatchedNothing(
                "main || article".into()
            ))
        );
    }

    #[test]
    fn a_selector_that_matches_nothing_is_a_failure() {
        assert_eq!(
            html_text("<p>x</p>", Some("main")),
            Err(ExtractFailure::SelectorMatchedNothing("main".into()))
        );
    }

    #[test]
    fn table_rows_become_lines_with_cells_separated() {
        let page = "<table><tr><th>Code</th><th>Status</th></tr><tr><td>20560</td><td>Not covered</td></tr></table>";
        check(page, None, "Code | Status\n20560 | Not covered");
    }

    #[test]
    fn inline_markup_does_not_split_words_or_lines() {
        check(
            "<p>dry <b>need</b><i>ling</i> is <a href=x>allowed</a>.</p>",
            None,
            "dry needling is allowed.",
        );
    }

    #[test]
    fn meta_charset_is_honoured_without_a_header() {
        let body = b"<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Dry needling\x94 \xa7 640</p></body></html>";
        let decoded = decode_html(body, Some("text/html"));
        assert!(
            decoded.contains("\u{201c}Dry needling\u{201d} \u{a7} 640"),
            "{decoded}"
        );
    }

    #[test]
    fn the_header_charset_wins_over_meta() {
        let body = "<meta charset=\"windows-1252\"><p>caf\u{e9}</p>".as_bytes();
        let decoded = decode_html(body, Some("text/html; charset=utf-8"));
        assert!(decoded.contains("caf\u{e9}"));
    }

    #[test]
    fn hostile_nesting_is_refused_quickly() {
        let depth = 50_000;
        let page = format!(
            "{}dry needling{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        assert_eq!(
            html_text(&page, None),
            Err(ExtractFailure::TooDeep(MAX_NESTING))
        );
        let self_closed = format!("{}dry needling", "<div/>".repeat(10_000));
        assert_eq!(
            html_text(&self_closed, None),
            Err(ExtractFailure::TooDeep(MAX_NESTING)),
            "outside SVG, <div/> opens a div"
        );
        let stray_end_tags = format!("{}dry needling", "<div></x>".repeat(20_000));
        assert_eq!(
            html_text(&stray_end_tags, None),
            Err(ExtractFailure::TooDeep(MAX_NESTING)),
            "an end tag closes nothing unless its element is open"
        );
        let svg_icons = "<svg><path d='M0 0'/><circle r='1'/></svg><p>dry needling".repeat(depth);
        assert!(
            html_text(&svg_icons, None).is_ok(),
            "SVG self-closing tags are leaves"
        );
        let scripted = format!(
            "<script>{}</script><p>dry needling",
            "if (a<b) { x = '<div>'; }".repeat(depth)
        );
        assert!(
            html_text(&scripted, None).is_ok(),
            "tags inside scripts are text"
        );
        let sibling_paragraphs = "<p>dry needling".repeat(depth);
        assert!(
            html_text(&sibling_paragraphs, None).is_ok(),
            "unclosed <p> siblings are not nesting"
        );
    }

    #[test]
    fn self_closing_divs_found_by_fuzzing_are_refused_quickly() {
        // Before the guard tracked open elements, 80,000 `<div/>` took html5ever 19 s.
        let input = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/regressions/html-selfclose-nesting-slow.bin"
        ))
        .unwrap();
        let page = String::from_utf8_lossy(&input[1..]);
        assert_eq!(
            html_text(&page, Some("main")),
            Err(ExtractFailure::TooDeep(MAX_NESTING))
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 3_000;
        let page = format!(
            "{}dry needling{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let text = html_text(&page, None).unwrap();
        assert!(text.contains("dry needling"));
    }
}

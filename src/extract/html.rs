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
#[cfg(test)]
pub fn html_text(html: &str, selector: Option<&str>) -> Result<String, ExtractFailure> {
    html_text_and_selector(html, selector).map(|(text, _)| text)
}

/// [`html_text`], with the alternative of `selector` that matched (`body`
/// in "main || body" when the page has no `<main>`), so a fallback is on
/// record instead of silent.
pub fn html_text_and_selector(
    html: &str,
    selector: Option<&str>,
) -> Result<(String, Option<String>), ExtractFailure> {
    if nesting_exceeds(html, MAX_NESTING) {
        return Err(ExtractFailure::TooDeep(MAX_NESTING));
    }
    let document = Html::parse_document(html);
    let mut text = TextBuilder::with_capacity(html.len() / 4);
    match selector {
        None => write_region(document.root_element(), &mut text),
        Some(css) => {
            let mut matched = "";
            // "main || #content || body": the first alternative that matches.
            let mut matches: Vec<ElementRef<'_>> = Vec::new();
            for alternative in css.split("||").map(str::trim) {
                let parsed = Selector::parse(alternative)
                    .map_err(|_| ExtractFailure::BadSelector(alternative.to_string()))?;
                matches = document.select(&parsed).collect();
                if !matches.is_empty() {
                    matched = alternative;
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
            return Ok((text.finish(), Some(matched.to_string())));
        }
    }
    Ok((text.finish(), None))
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
mod tests;

//! HTML extraction: chrome dropped, selectors, tables, charsets, hostile nesting.

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

//! PDF to lines of text.
//!
//! `pdf-extract` reads most PDFs in reading order but panics by design on
//! some it does not support, so it runs under `catch_unwind` with `lopdf`'s
//! simpler extractor as the fallback. A PDF neither can read, or one that
//! needs a password, is an [`ExtractFailure::Pdf`], never a crash.
//!
//! Real policy PDFs repeat a header and footer on every page and break
//! sentences across lines (often with a hyphen); both are undone here so the
//! text diffs and classifies like the HTML version of the same policy.
//!
//! A hostile PDF must not take the machine down: [`limits`] bounds the
//! inflated size of its streams, the text it may yield and the time it may
//! take; past any of them the read is an [`ExtractFailure::Pdf`] naming the cap.

mod limits;

use std::cell::Cell;
use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use super::ExtractFailure;
use super::normalize::{collapse_whitespace, normalize_text, reflow};

thread_local! {
    static INSIDE_PDF_EXTRACTOR: Cell<bool> = const { Cell::new(false) };
}

/// Keeps an expected extractor panic off stderr (cron would mail it) while
/// leaving every other panic reported as usual.
fn install_quiet_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if INSIDE_PDF_EXTRACTOR.with(Cell::get) {
                tracing::debug!("pdf extractor panicked: {info}");
            } else {
                previous(info);
            }
        }));
    });
}

pub fn pdf_text(body: &[u8]) -> Result<String, ExtractFailure> {
    limits::check_inflated_size(body, limits::MAX_INFLATED_BYTES).map_err(ExtractFailure::Pdf)?;
    let owned = body.to_vec();
    let text = limits::within_time(limits::TIME_LIMIT, move || read_pdf(&owned))
        .map_err(ExtractFailure::Pdf)??;
    if text.len() > limits::MAX_TEXT_BYTES {
        return Err(text_limit_failure());
    }
    Ok(text)
}

fn text_limit_failure() -> ExtractFailure {
    ExtractFailure::Pdf(format!(
        "the PDF's text is over the {} MiB limit",
        limits::MAX_TEXT_BYTES >> 20
    ))
}

fn read_pdf(body: &[u8]) -> Result<String, ExtractFailure> {
    let mut document = lopdf::Document::load_mem(body)
        .map_err(|error| ExtractFailure::Pdf(format!("not a readable PDF: {error}")))?;
    if document.is_encrypted() {
        // pdf-extract tries the empty user password; a PDF that opens with it is readable.
        if document.decrypt("").is_err() {
            return Err(ExtractFailure::Pdf("the PDF is encrypted".into()));
        }
    }
    check_page_tree(&document).map_err(ExtractFailure::Pdf)?;
    let pages = match pages_with_pdf_extract(&document)? {
        Some(pages) if pages.iter().any(|page| !page.trim().is_empty()) => pages,
        _ => pages_with_lopdf(&document)?,
    };
    Ok(join_pages(&pages))
}

/// Deeper than any real page tree.
const MAX_PAGE_TREE_DEPTH: usize = 64;

/// Refuses a page tree whose /Kids or /Parent links loop: the extractors
/// follow them without a guard and would never return (found by fuzzing).
fn check_page_tree(document: &lopdf::Document) -> Result<(), String> {
    use std::collections::HashSet;
    let root = document
        .catalog()
        .and_then(|catalog| catalog.get(b"Pages"))
        .and_then(lopdf::Object::as_reference)
        .map_err(|_| "the PDF has no page tree".to_string())?;
    let mut seen = HashSet::new();
    let mut stack = vec![(root, 0usize)];
    while let Some((id, depth)) = stack.pop() {
        if !seen.insert(id) {
            return Err("the PDF's page tree loops back on itself".into());
        }
        if depth > MAX_PAGE_TREE_DEPTH {
            return Err("the PDF's page tree is too deep".into());
        }
        let Ok(node) = document.get_dictionary(id) else {
            continue;
        };
        // Inherited attributes are looked up through /Parent: that chain must end.
        let mut ancestors = HashSet::from([id]);
        let mut parent = node
            .get(b"Parent")
            .and_then(lopdf::Object::as_reference)
            .ok();
        while let Some(parent_id) = parent {
            if !ancestors.insert(parent_id) || ancestors.len() > MAX_PAGE_TREE_DEPTH {
                return Err("the PDF's page tree loops back on itself".into());
            }
            parent = document
                .get_dictionary(parent_id)
                .ok()
                .and_then(|dictionary| {
                    dictionary
                        .get(b"Parent")
                        .and_then(lopdf::Object::as_reference)
                        .ok()
                });
        }
        if let Ok(kids) = node.get(b"Kids").and_then(lopdf::Object::as_array) {
            for kid in kids {
                if let Ok(kid_id) = kid.as_reference() {
                    stack.push((kid_id, depth + 1));
                }
            }
        }
    }
    Ok(())
}

/// Text written by pdf-extract, refusing to grow past the shared budget.
struct CappedText<'budget> {
    text: String,
    budget: &'budget Cell<usize>,
}

impl std::fmt::Write for CappedText<'_> {
    fn write_str(&mut self, piece: &str) -> std::fmt::Result {
        let left = self.budget.get();
        if piece.len() > left {
            self.budget.set(0);
            return Err(std::fmt::Error);
        }
        self.budget.set(left - piece.len());
        self.text.push_str(piece);
        Ok(())
    }
}

impl<'writer, 'budget> pdf_extract::ConvertToFmt for &'writer mut CappedText<'budget> {
    type Writer = &'writer mut CappedText<'budget>;
    fn convert(self) -> Self::Writer {
        self
    }
}

/// pdf-extract page by page, as its `extract_text_from_mem_by_pages` does,
/// but on the already loaded document and with the text capped.
fn pages_with_pdf_extract(
    document: &lopdf::Document,
) -> Result<Option<Vec<String>>, ExtractFailure> {
    install_quiet_panic_hook();
    let budget = Cell::new(limits::MAX_TEXT_BYTES);
    INSIDE_PDF_EXTRACTOR.with(|flag| flag.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut pages = Vec::new();
        for number in 1..=document.get_pages().len() as u32 {
            let mut page = CappedText {
                text: String::new(),
                budget: &budget,
            };
            let mut output = pdf_extract::PlainTextOutput::new(&mut page);
            if let Err(error) = pdf_extract::output_doc_page(document, &mut output, number) {
                tracing::debug!("pdf-extract stopped at page {number}: {error}");
                break;
            }
            pages.push(page.text);
        }
        pages
    }));
    INSIDE_PDF_EXTRACTOR.with(|flag| flag.set(false));
    if budget.get() == 0 {
        return Err(text_limit_failure());
    }
    Ok(result.ok())
}

fn pages_with_lopdf(document: &lopdf::Document) -> Result<Vec<String>, ExtractFailure> {
    install_quiet_panic_hook();
    INSIDE_PDF_EXTRACTOR.with(|flag| flag.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        document
            .get_pages()
            .keys()
            .map(|&number| document.extract_text(&[number]).unwrap_or_default())
            .collect::<Vec<String>>()
    }));
    INSIDE_PDF_EXTRACTOR.with(|flag| flag.set(false));
    match result {
        Ok(pages) if pages.iter().any(|page| !page.trim().is_empty()) => Ok(pages),
        Ok(_) => Err(ExtractFailure::Pdf(
            "the PDF has no extractable text".into(),
        )),
        Err(_) => Err(ExtractFailure::Pdf(
            "the PDF's content could not be decoded".into(),
        )),
    }
}

/// Joins pages into one text: drops lines repeated on most pages (running
/// headers and footers, compared with digits masked so "Page 2 of 5" and
/// "Page 3 of 5" count as one), rejoins hyphenated words and sentences
/// broken across lines.
fn join_pages(pages: &[String]) -> String {
    let page_lines: Vec<Vec<String>> = pages
        .iter()
        .map(|page| {
            page.lines()
                .map(collapse_whitespace)
                .filter(|line| !line.is_empty())
                .collect()
        })
        .collect();
    let mut pages_with_line: HashMap<String, usize> = HashMap::new();
    for lines in &page_lines {
        let mut seen: Vec<String> = lines.iter().map(|line| mask_digits(line)).collect();
        seen.sort();
        seen.dedup();
        for masked in seen {
            *pages_with_line.entry(masked).or_default() += 1;
        }
    }
    let repeated = |line: &str| {
        page_lines.len() >= 2
            && pages_with_line
                .get(&mask_digits(line))
                .copied()
                .unwrap_or(0)
                * 2
                > page_lines.len()
    };
    let kept: Vec<&str> = page_lines
        .iter()
        .flatten()
        .filter(|line| !repeated(line))
        .map(String::as_str)
        .collect();
    normalize_text(&reflow(&kept))
}

fn mask_digits(line: &str) -> String {
    line.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_and_footers_are_removed() {
        let pages = vec![
            "Acme Policy 0412\nDry needling is not\ncovered.\nPage 1 of 2".to_string(),
            "Acme Policy 0412\nReferences follow.\nPage 2 of 2".to_string(),
        ];
        assert_eq!(
            join_pages(&pages),
            "Dry needling is not covered.\nReferences follow."
        );
    }

    #[test]
    fn hyphenated_words_rejoin() {
        let pages = vec!["It is considered investi-\ngational and is not\ncovered.".to_string()];
        assert_eq!(
            join_pages(&pages),
            "It is considered investigational and is not covered."
        );
    }

    #[test]
    fn headings_stay_on_their_own_line() {
        let pages = vec!["Policy\nDry needling is covered.".to_string()];
        assert_eq!(join_pages(&pages), "Policy\nDry needling is covered.");
    }

    #[test]
    fn a_page_tree_that_loops_is_refused_instead_of_hanging() {
        // Found by fuzzing: a page whose /Parent is itself made the extractor spin forever.
        let body = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/regressions/pdf-parent-cycle-hang.bin"
        ))
        .unwrap();
        match pdf_text(&body) {
            Err(ExtractFailure::Pdf(message)) => assert!(message.contains("loops"), "{message}"),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_decompression_bomb_is_refused_naming_the_cap() {
        // 64 KiB on disk, 64 MiB of zeros once its content stream is inflated.
        let body = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fuzz/seeds/pdf/flate-bomb-64mib.pdf"
        ))
        .unwrap();
        match pdf_text(&body) {
            Err(ExtractFailure::Pdf(message)) => {
                assert!(message.contains("48 MiB limit"), "{message}")
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn text_past_the_cap_is_refused() {
        let budget = Cell::new(10);
        let mut text = CappedText {
            text: String::new(),
            budget: &budget,
        };
        assert!(std::fmt::Write::write_str(&mut text, "dry ").is_ok());
        assert!(std::fmt::Write::write_str(&mut text, "needling is").is_err());
        assert_eq!(text.text, "dry ");
        assert_eq!(budget.get(), 0);
    }

    #[test]
    fn garbage_is_a_failure_not_a_panic() {
        assert!(matches!(
            pdf_text(b"%PDF-1.4 garbage"),
            Err(ExtractFailure::Pdf(_))
        ));
        let mut truncated =
            b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".to_vec();
        truncated.extend(std::iter::repeat_n(b'x', 500));
        assert!(matches!(pdf_text(&truncated), Err(ExtractFailure::Pdf(_))));
    }
}

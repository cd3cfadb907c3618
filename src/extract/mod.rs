//! Turns a fetched body (HTML, PDF or plain text) into normalized text: the
//! only thing that is hashed, diffed and classified.
//!
//! Pure: bytes in, text out, no I/O. Hashing the normalized text rather than
//! the markup is what keeps markup-only and boilerplate-only edits from ever
//! becoming events. A body that cannot be read as before is an
//! [`ExtractFailure`], which the pipeline records as `extraction_failed`.

mod html;
mod normalize;
mod pdf;

pub use normalize::normalize_text;

/// Bump when extraction output changes for the same input, so stored texts
/// made by an older version are re-derived before comparing.
pub const EXTRACTOR_VERSION: u32 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Pdf,
    Text,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Text => "text",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub format: Format,
    /// Normalized text: one block per line, single spaces, no empty lines.
    pub text: String,
    /// The alternative of the source's selector that matched ("main" or
    /// "body" of "main || body"); `None` without a selector or for PDF and text.
    pub selector: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractFailure {
    #[error("the page is empty")]
    Empty,
    #[error("the selector {0:?} matches nothing on the page")]
    SelectorMatchedNothing(String),
    #[error("the selector {0:?} is not valid CSS")]
    BadSelector(String),
    #[error("the body is binary data, not text")]
    Binary,
    #[error("the PDF cannot be read: {0}")]
    Pdf(String),
    #[error("the markup is nested more than {0} levels deep")]
    TooDeep(usize),
}

impl ExtractFailure {
    pub fn code(&self) -> &'static str {
        match self {
            ExtractFailure::Empty => "empty",
            ExtractFailure::SelectorMatchedNothing(_) => "selector_matched_nothing",
            ExtractFailure::BadSelector(_) => "bad_selector",
            ExtractFailure::Binary => "binary",
            ExtractFailure::Pdf(_) => "pdf",
            ExtractFailure::TooDeep(_) => "too_deep",
        }
    }
}

/// Extracts the normalized text of `body`. `content_type` is the header value
/// if any; `selector` scopes HTML pages (ignored for PDF and text).
pub fn extract(
    body: &[u8],
    content_type: Option<&str>,
    selector: Option<&str>,
) -> Result<Extracted, ExtractFailure> {
    let format = detect_format(body, content_type);
    let mut matched_selector = None;
    let text = match format {
        Format::Pdf => pdf::pdf_text(body)?,
        Format::Html => {
            if looks_binary(body) {
                return Err(ExtractFailure::Binary);
            }
            let decoded = html::decode_html(body, content_type);
            let (text, matched) = html::html_text_and_selector(&decoded, selector)?;
            matched_selector = matched;
            text
        }
        Format::Text => {
            if looks_binary(body) {
                return Err(ExtractFailure::Binary);
            }
            let decoded = decode_text(body, content_type);
            let lines: Vec<&str> = decoded.lines().collect();
            normalize_text(&normalize::reflow(&lines))
        }
    };
    if text.is_empty() {
        return Err(ExtractFailure::Empty);
    }
    Ok(Extracted {
        format,
        text,
        selector: matched_selector,
    })
}

fn detect_format(body: &[u8], content_type: Option<&str>) -> Format {
    let start = trim_ascii_start(&body[..body.len().min(1024)]);
    if start.starts_with(b"%PDF-") {
        return Format::Pdf;
    }
    let mime = content_type
        .and_then(|value| value.split(';').next())
        .map(|value| value.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match mime.as_str() {
        "application/pdf" | "application/x-pdf" => Format::Pdf,
        "text/html" | "application/xhtml+xml" => Format::Html,
        "text/plain" => Format::Text,
        _ => {
            let head = String::from_utf8_lossy(start).to_ascii_lowercase();
            if head.starts_with("<!doctype html")
                || head.starts_with("<html")
                || head.contains("<body")
            {
                Format::Html
            } else {
                Format::Text
            }
        }
    }
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let skip_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = skip_bom
        .iter()
        .position(|byte| !byte.is_ascii_whitespace())
        .unwrap_or(skip_bom.len());
    &skip_bom[first..]
}

/// Binary data served as text: NUL bytes or many control characters early on.
fn looks_binary(body: &[u8]) -> bool {
    let head = &body[..body.len().min(4096)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&byte| byte < 0x20 && !matches!(byte, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 20 > head.len().max(1)
}

/// The character set named in a `Content-Type` header value.
fn header_charset(content_type: Option<&str>) -> Option<&'static encoding_rs::Encoding> {
    let value = content_type?;
    value.split(';').skip(1).find_map(|parameter| {
        let (name, label) = parameter.split_once('=')?;
        if name.trim().eq_ignore_ascii_case("charset") {
            encoding_rs::Encoding::for_label(label.trim().trim_matches('"').as_bytes())
        } else {
            None
        }
    })
}

/// Decodes with `encoding`, or, when none is known, as UTF-8 if the bytes
/// are valid UTF-8 and as windows-1252 (what browsers assume) otherwise.
fn decode_with(body: &[u8], encoding: Option<&'static encoding_rs::Encoding>) -> String {
    if let Some((bom_encoding, _)) = encoding_rs::Encoding::for_bom(body) {
        return bom_encoding.decode_with_bom_removal(body).0.into_owned();
    }
    match encoding {
        Some(encoding) => encoding.decode_without_bom_handling(body).0.into_owned(),
        None => match std::str::from_utf8(body) {
            Ok(text) => text.to_string(),
            Err(_) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(body)
                .0
                .into_owned(),
        },
    }
}

fn decode_text(body: &[u8], content_type: Option<&str>) -> String {
    decode_with(body, header_charset(content_type))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_sniffed_when_the_header_is_missing_or_wrong() {
        assert_eq!(
            detect_format(b"%PDF-1.4 ...", Some("text/html")),
            Format::Pdf
        );
        assert_eq!(detect_format(b"  <!DOCTYPE html><p>x", None), Format::Html);
        assert_eq!(detect_format(b"Rule 12. Dry needling", None), Format::Text);
        assert_eq!(
            detect_format(b"x", Some("text/plain; charset=utf-8")),
            Format::Text
        );
    }

    #[test]
    fn binary_labelled_html_is_a_failure() {
        let mut body = b"<html>".to_vec();
        body.extend((0u8..=255).cycle().take(2000));
        assert_eq!(
            extract(&body, Some("text/html"), None),
            Err(ExtractFailure::Binary)
        );
    }

    #[test]
    fn empty_bodies_are_a_failure() {
        assert_eq!(
            extract(b"", Some("text/html"), None),
            Err(ExtractFailure::Empty)
        );
        assert_eq!(
            extract(b"   \n ", Some("text/plain"), None),
            Err(ExtractFailure::Empty)
        );
    }

    #[test]
    fn plain_text_is_normalized() {
        let extracted = extract(
            b"Rule  1.\r\n\r\n  Dry\tneedling   is allowed. \n",
            Some("text/plain"),
            None,
        )
        .unwrap();
        assert_eq!(extracted.text, "Rule 1.\nDry needling is allowed.");
    }

    #[test]
    fn invalid_utf8_without_a_charset_reads_as_windows_1252() {
        let extracted = extract(
            b"\x93Dry needling\x94 \x97 \xa7 640",
            Some("text/plain"),
            None,
        )
        .unwrap();
        assert_eq!(
            extracted.text,
            "\u{201c}Dry needling\u{201d} \u{2014} \u{a7} 640"
        );
    }
}

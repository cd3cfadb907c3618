//! Cue matches found once per document rather than once per clause.
//!
//! The classifier asks the same cue sets about many short pieces of one
//! text (lines, sentences, clauses), and a regex search on a short string is
//! mostly fixed cost. While a document is read, this module keeps, for each
//! cue set asked about enough of it, the matches of one pass over the whole
//! text; a question about a piece of the text is then answered from those
//! matches by byte range.
//!
//! The answer is exactly the one the regex would give on the piece itself:
//! a piece whose edges touch a word character, a pattern with anchors, a
//! match that crosses the piece's edge, or a piece that is not part of the
//! document (a lowercase copy, a rewritten string) all fall back to running
//! the regex on the piece.

use std::cell::RefCell;
use std::rc::Rc;

use regex::Regex;

/// A cue set is indexed once it has been asked about this many times the
/// document's length (in bytes): one pass over the whole text costs more
/// than searches of the clauses that are read, until the same text is
/// asked about again and again.
const INDEX_AFTER_PASSES: usize = 2;

/// What the document's matches say about a piece of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    Absent,
    Present,
    /// The matches cannot tell; run the regex on the piece.
    Unknown,
}

/// One cue set's matches over the document, or its usage so far.
struct Entry {
    /// The regex's address: cue sets live as long as their vocabulary.
    regex: usize,
    asked_bytes: usize,
    /// Match spans in order, once indexed; `None` while not yet worth it,
    /// and for patterns the spans cannot answer for (anchors, empty matches).
    spans: Option<Vec<(usize, usize)>>,
    usable: bool,
}

struct Document {
    text: Rc<str>,
    /// Where the caller's copy of the text lives, to place pieces in it.
    address: usize,
    entries: Vec<Entry>,
}

thread_local! {
    static DOCUMENT: RefCell<Option<Document>> = const { RefCell::new(None) };
    /// Whether each cue set seen so far is indexable, by address and
    /// pattern length: the patterns are kilobytes long, too long to inspect
    /// for every document.
    static INDEXABLE: RefCell<Vec<(usize, usize, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps `text` as the document being read on this thread until dropped.
pub struct Reading {
    previous: Option<Document>,
}

impl Drop for Reading {
    fn drop(&mut self) {
        let previous = self.previous.take();
        DOCUMENT.with(|document| *document.borrow_mut() = previous);
    }
}

/// Starts reading `text`; `known` are cue sets whose matches over it the
/// caller already has (the service's names, found for the terms).
pub fn read(text: &str, known: &[(&Regex, Vec<(usize, usize)>)]) -> Reading {
    let entries = known
        .iter()
        .map(|(regex, spans)| {
            let usable = known_indexable(regex) && spans.iter().all(|(start, end)| start < end);
            Entry {
                regex: address_of(regex),
                asked_bytes: 0,
                spans: Some(spans.clone()),
                usable,
            }
        })
        .collect();
    let document = Document {
        text: Rc::from(text),
        address: text.as_ptr() as usize,
        entries,
    };
    let previous = DOCUMENT.with(|slot| slot.borrow_mut().replace(document));
    Reading { previous }
}

/// `regex.is_match(piece)`, answered from the document's matches when it can.
pub fn is_match(regex: &Regex, piece: &str) -> bool {
    match presence(regex, piece) {
        Presence::Absent => false,
        Presence::Present => true,
        Presence::Unknown => regex.is_match(piece),
    }
}

/// Whether `regex` may match in `piece`: false only when it surely does not,
/// so a caller can skip iterating over matches.
pub fn may_match(regex: &Regex, piece: &str) -> bool {
    presence(regex, piece) != Presence::Absent
}

fn address_of(regex: &Regex) -> usize {
    regex as *const Regex as usize
}

/// `indexable`, worked out once per cue set.
fn known_indexable(regex: &Regex) -> bool {
    let key = (address_of(regex), regex.as_str().len());
    INDEXABLE.with(|cache| {
        if let Some(&(_, _, answer)) = cache
            .borrow()
            .iter()
            .find(|(address, length, _)| (*address, *length) == key)
        {
            return answer;
        }
        let answer = indexable(regex);
        cache.borrow_mut().push((key.0, key.1, answer));
        answer
    })
}

/// Patterns whose matches in a piece are the document's matches inside it:
/// no anchors, which would see the piece's ends as the text's.
fn indexable(regex: &Regex) -> bool {
    let pattern = regex
        .as_str()
        .replace(r"\\", "")
        .replace(r"\^", "")
        .replace(r"\$", "")
        .replace("[^", "[");
    !(pattern.contains('^')
        || pattern.contains('$')
        || pattern.contains(r"\A")
        || pattern.contains(r"\z")
        || pattern.contains(r"\Z"))
}

/// A byte next to a piece that makes every word-boundary test at the
/// piece's edge come out as at the end of a text.
fn neutral(byte: Option<u8>) -> bool {
    byte.is_none_or(|byte| byte.is_ascii() && !byte.is_ascii_alphanumeric() && byte != b'_')
}

fn presence(regex: &Regex, piece: &str) -> Presence {
    DOCUMENT.with(|slot| {
        let mut slot = slot.borrow_mut();
        let Some(document) = slot.as_mut() else {
            return Presence::Unknown;
        };
        let start = (piece.as_ptr() as usize).wrapping_sub(document.address);
        let end = start.wrapping_add(piece.len());
        let bytes = document.text.as_bytes();
        if piece.is_empty() || start >= bytes.len() || end > bytes.len() || end < start {
            return Presence::Unknown;
        }
        let before = start.checked_sub(1).map(|index| bytes[index]);
        let after = bytes.get(end).copied();
        if !neutral(before) || !neutral(after) {
            return Presence::Unknown;
        }
        let key = address_of(regex);
        let index = match document.entries.iter().position(|entry| entry.regex == key) {
            Some(index) => index,
            None => {
                document.entries.push(Entry {
                    regex: key,
                    asked_bytes: 0,
                    spans: None,
                    usable: known_indexable(regex),
                });
                document.entries.len() - 1
            }
        };
        let text = Rc::clone(&document.text);
        let entry = &mut document.entries[index];
        if !entry.usable {
            return Presence::Unknown;
        }
        if entry.spans.is_none() {
            entry.asked_bytes += piece.len();
            if entry.asked_bytes < text.len() * INDEX_AFTER_PASSES {
                return Presence::Unknown;
            }
            let spans: Vec<(usize, usize)> = regex
                .find_iter(&text)
                .map(|found| (found.start(), found.end()))
                .collect();
            entry.usable = spans.iter().all(|(start, end)| start < end);
            entry.spans = Some(spans);
            if !entry.usable {
                return Presence::Unknown;
            }
        }
        let spans = entry.spans.as_deref().unwrap_or_default();
        presence_in(spans, start, end)
    })
}

/// Whether the non-overlapping, ordered `spans` put a match inside
/// `start..end`. A match touching the range without lying inside it may
/// hide one that does (leftmost-first), so the answer is then unknown.
fn presence_in(spans: &[(usize, usize)], start: usize, end: usize) -> Presence {
    let first = spans.partition_point(|&(_, span_end)| span_end < start);
    let mut answer = Presence::Absent;
    for &(span_start, span_end) in &spans[first..] {
        if span_start > end {
            break;
        }
        if span_start >= start && span_end <= end {
            return Presence::Present;
        }
        answer = Presence::Unknown;
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::super::vocabulary;
    use super::*;

    /// Every piece of a text, asked through the document's matches, gets the
    /// answer the regex gives on the piece alone.
    #[test]
    fn answers_agree_with_the_regex_on_every_piece() {
        let mention = &vocabulary::current().mention;
        let text = "Dry needling, xdry needling; 20560 and dry\nneedling. \
                    DRY NEEDLINGS 205601 (dry needling)";
        let _reading = read(text, &[]);
        for start in (0..=text.len()).filter(|&index| text.is_char_boundary(index)) {
            for end in (start..=text.len()).filter(|&index| text.is_char_boundary(index)) {
                let piece = &text[start..end];
                // Twice: before and after the index is built.
                for _ in 0..2 {
                    assert_eq!(
                        is_match(mention, piece),
                        mention.is_match(piece),
                        "piece {piece:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn anchored_patterns_and_strings_outside_the_document_fall_back() {
        let anaphora = &vocabulary::current().anaphora;
        let text = "Dry needling is listed, and it is covered. It is covered.";
        let _reading = read(text, &[]);
        assert!(!indexable(anaphora));
        let at = text.find("it is").unwrap();
        assert!(is_match(anaphora, &text[at..]));
        let copy = text.to_ascii_uppercase();
        assert!(is_match(&vocabulary::current().mention, &copy));
    }
}

//! Stored copies next to the report: for every source a rule rests on, the
//! extracted text of its current version as `OUT/copies/<source>-<seq>-<hash>.txt`,
//! so a reviewer can read the page the finding came from as it was when
//! read, even after the live page moved. Plain text, so nothing scraped can
//! run when it is opened. A stored version never changes, so a copy is
//! written only when missing.

use std::collections::BTreeMap;
use std::path::Path;

use super::words::moment;
use super::{ReportError, Ruleset, write_atomically};
use crate::store::Store;

/// The directory under the out directory that holds the copies.
pub const COPIES_DIR: &str = "copies";

/// Which copy belongs to which source, and how a page links to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copies {
    /// Source id → file name under [`COPIES_DIR`].
    files: BTreeMap<String, String>,
    /// The way from the linking page to the out directory ("" or "../").
    prefix: &'static str,
}

impl Copies {
    /// The relative link to `source_id`'s copy, when it has one.
    pub fn link(&self, source_id: &str) -> Option<String> {
        self.files
            .get(source_id)
            .map(|file| format!("{}{COPIES_DIR}/{file}", self.prefix))
    }

    /// The same copies, linked from a page one directory down (`runs/`).
    /// Whether the page these links are for sits in a subdirectory (`runs/`).
    pub fn in_subdirectory(&self) -> bool {
        !self.prefix.is_empty()
    }

    pub fn from_subdirectory(&self) -> Copies {
        Copies {
            files: self.files.clone(),
            prefix: "../",
        }
    }
}

/// Writes the missing copies for the ruleset's sources into `out/copies/`.
pub fn export(store: &Store, ruleset: &Ruleset, out: &Path) -> Result<Copies, ReportError> {
    let directory = out.join(COPIES_DIR);
    let mut copies = Copies::default();
    for source in ruleset.rules.iter().flat_map(|rule| rule.sources.iter()) {
        let Some(seq) = store
            .source_state(&source.id)?
            .and_then(|state| state.latest_seq)
        else {
            continue;
        };
        let Some(snapshot) = store.snapshot(&source.id, seq)? else {
            continue;
        };
        let file = file_name(&source.id, seq, &snapshot.text_hash);
        let path = directory.join(&file);
        if !path.exists() {
            let Some(text) = store.text(&snapshot.text_hash)? else {
                continue;
            };
            std::fs::create_dir_all(&directory).map_err(|source| ReportError::Write {
                path: directory.clone(),
                source,
            })?;
            let header = format!(
                "Stored copy of {} (read {}; version {seq} of source {}), the text needlewatch classified.\n\n",
                snapshot.final_url,
                moment(snapshot.fetched_at),
                source.id
            );
            write_atomically(&path, format!("{header}{text}").as_bytes())?;
        }
        copies.files.insert(source.id.clone(), file);
    }
    Ok(copies)
}

/// `tx-board-3-1a2b3c4d5e6f.txt`: readable, unique per stored version, and
/// safe as a file name and a relative link whatever the id holds.
fn file_name(source_id: &str, seq: u64, text_hash: &str) -> String {
    let id: String = source_id
        .chars()
        .map(|character| {
            if character.is_ascii_alphanumeric() || character == '-' {
                character.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let hash: String = text_hash
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(12)
        .collect();
    format!("{id}-{seq}-{hash}.txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_name_is_safe_whatever_the_id() {
        assert_eq!(
            file_name("tx-board", 3, "1a2b3c4d5e6f7788"),
            "tx-board-3-1a2b3c4d5e6f.txt"
        );
        let hostile = file_name("../<script>\"x", 1, "zz\"/..");
        assert!(hostile.ends_with(".txt"));
        assert!(!hostile.contains(['/', '<', '"']));
        assert_eq!(hostile.matches('.').count(), 1, "{hostile}");
    }

    #[test]
    fn a_page_in_a_subdirectory_links_one_level_up() {
        let mut copies = Copies::default();
        copies
            .files
            .insert("tx-board".into(), "tx-board-1-aa.txt".into());
        assert_eq!(
            copies.link("tx-board").as_deref(),
            Some("copies/tx-board-1-aa.txt")
        );
        assert_eq!(
            copies.from_subdirectory().link("tx-board").as_deref(),
            Some("../copies/tx-board-1-aa.txt")
        );
        assert_eq!(copies.link("or-board"), None);
    }
}

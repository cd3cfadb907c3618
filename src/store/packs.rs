//! Append-only pack files for the store's immutable contents (raw bodies and
//! extracted texts).
//!
//! Measured on the crawl benchmark, putting 15–30 KB values into sled cost
//! about half a second of CPU and 40 MB of memory per 1,000 pages, because
//! sled rewrites whole leaf nodes full of large values; appending them to a
//! file costs a few milliseconds. So sled keeps every record and the
//! hash → location index, and the bytes live here. A body is appended before
//! the sled transaction that references it commits: an interrupted run can
//! leave unreferenced bytes at a pack's tail (harmless, reported by
//! `verify`), never a reference to bytes that were not written.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Packs roll over at this size so no single file grows without bound.
const MAX_PACK_BYTES: u64 = 256 * 1024 * 1024;

/// Where one content lives: pack number, byte offset, length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub pack: u32,
    pub offset: u64,
    pub length: u32,
}

impl Location {
    pub fn to_bytes(self) -> [u8; 16] {
        let mut bytes = [0u8; 16];
        bytes[..4].copy_from_slice(&self.pack.to_be_bytes());
        bytes[4..12].copy_from_slice(&self.offset.to_be_bytes());
        bytes[12..].copy_from_slice(&self.length.to_be_bytes());
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Location> {
        if bytes.len() != 16 {
            return None;
        }
        Some(Location {
            pack: u32::from_be_bytes(bytes[..4].try_into().ok()?),
            offset: u64::from_be_bytes(bytes[4..12].try_into().ok()?),
            length: u32::from_be_bytes(bytes[12..].try_into().ok()?),
        })
    }
}

struct Current {
    number: u32,
    file: File,
    length: u64,
}

pub struct Packs {
    dir: PathBuf,
    /// The pack being appended to; `None` when opened for reading only.
    current: Mutex<Option<Current>>,
}

impl Packs {
    pub fn open(dir: &Path) -> std::io::Result<Packs> {
        std::fs::create_dir_all(dir)?;
        let mut highest = 0;
        for entry in std::fs::read_dir(dir)? {
            let name = entry?.file_name();
            if let Some(number) = name
                .to_str()
                .and_then(|name| name.strip_prefix("pack-"))
                .and_then(|rest| rest.strip_suffix(".bin"))
                .and_then(|digits| digits.parse::<u32>().ok())
            {
                highest = highest.max(number);
            }
        }
        let number = highest.max(1);
        let (file, length) = open_for_append(&pack_path(dir, number))?;
        Ok(Packs {
            dir: dir.to_path_buf(),
            current: Mutex::new(Some(Current {
                number,
                file,
                length,
            })),
        })
    }

    /// Pack files for reading only: nothing is created, appends fail.
    pub fn open_read_only(dir: &Path) -> Packs {
        Packs {
            dir: dir.to_path_buf(),
            current: Mutex::new(None),
        }
    }

    /// Appends `bytes` and returns where they are.
    pub fn append(&self, bytes: &[u8]) -> std::io::Result<Location> {
        let length = u32::try_from(bytes.len())
            .map_err(|_| std::io::Error::other("content larger than 4 GiB"))?;
        let mut guard = self
            .current
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let current = guard.as_mut().ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "the pack files were opened for reading only",
            )
        })?;
        if current.length > 0 && current.length + u64::from(length) > MAX_PACK_BYTES {
            let number = current.number + 1;
            let (file, existing) = open_for_append(&pack_path(&self.dir, number))?;
            *current = Current {
                number,
                file,
                length: existing,
            };
        }
        let offset = current.length;
        current.file.write_all(bytes)?;
        current.length += u64::from(length);
        Ok(Location {
            pack: current.number,
            offset,
            length,
        })
    }

    pub fn read(&self, location: Location) -> std::io::Result<Vec<u8>> {
        let file = File::open(pack_path(&self.dir, location.pack))?;
        let mut bytes = vec![0u8; location.length as usize];
        file.read_exact_at(&mut bytes, location.offset)?;
        Ok(bytes)
    }

    /// Makes every appended byte durable.
    pub fn sync(&self) -> std::io::Result<()> {
        let current = self
            .current
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match current.as_ref() {
            Some(current) => current.file.sync_data(),
            None => Ok(()),
        }
    }

    /// Total bytes in all pack files.
    #[cfg(test)]
    pub fn size_on_disk(&self) -> std::io::Result<u64> {
        let mut total = 0;
        for entry in std::fs::read_dir(&self.dir)? {
            total += entry?.metadata()?.len();
        }
        Ok(total)
    }
}

fn pack_path(dir: &Path, number: u32) -> PathBuf {
    dir.join(format!("pack-{number:06}.bin"))
}

fn open_for_append(path: &Path) -> std::io::Result<(File, u64)> {
    let file = OpenOptions::new().create(true).append(true).open(path)?;
    let length = file.metadata()?.len();
    Ok((file, length))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appended_bytes_read_back_across_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let first;
        let second;
        {
            let packs = Packs::open(dir.path()).unwrap();
            first = packs.append(b"hello").unwrap();
            second = packs.append(b"world!").unwrap();
            assert_eq!(second.offset, 5);
        }
        let packs = Packs::open(dir.path()).unwrap();
        assert_eq!(packs.read(first).unwrap(), b"hello");
        assert_eq!(packs.read(second).unwrap(), b"world!");
        let third = packs.append(b"!").unwrap();
        assert_eq!(third.offset, 11, "appends continue after existing bytes");
        assert_eq!(Location::from_bytes(&third.to_bytes()), Some(third));
    }
}

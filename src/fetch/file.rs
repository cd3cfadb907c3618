//! `file://` sources: a local file read under the same size cap as an HTTP
//! body, and only when it is a regular file.

use super::FetchFailure;

pub(super) async fn read_regular_file(
    path: &std::path::Path,
    limit: u64,
) -> Result<Vec<u8>, FetchFailure> {
    use tokio::io::AsyncReadExt;
    let failure =
        |error: std::io::Error| FetchFailure::File(format!("{}: {error}", path.display()));
    // Checked before opening: opening a FIFO blocks until someone writes to it.
    let metadata = tokio::fs::metadata(path).await.map_err(failure)?;
    if !metadata.is_file() {
        return Err(FetchFailure::File(format!(
            "{}: not a regular file ({})",
            path.display(),
            file_kind(&metadata.file_type())
        )));
    }
    if metadata.len() > limit {
        return Err(FetchFailure::TooLarge { limit });
    }
    let file = tokio::fs::File::open(path).await.map_err(failure)?;
    // The file may have been swapped or may grow between the check and the read.
    let mut body = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut body)
        .await
        .map_err(failure)?;
    if body.len() as u64 > limit {
        return Err(FetchFailure::TooLarge { limit });
    }
    Ok(body)
}

fn file_kind(file_type: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_dir() {
        "a directory"
    } else if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else {
        "not a file"
    }
}

pub(super) fn content_type_for_path(path: &std::path::Path) -> Option<&'static str> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match extension.as_str() {
        "html" | "htm" => "text/html",
        "pdf" => "application/pdf",
        "txt" | "text" => "text/plain",
        _ => return None,
    })
}

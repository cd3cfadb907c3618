//! What one PDF may cost: decompressed bytes, extracted text and time.
//!
//! A small PDF can hold streams that inflate to gigabytes, and lopdf inflates
//! object streams while it loads a file, before any of our code sees the
//! document. So the inflated size is measured first, on the raw bytes, with a
//! decoder that counts and discards its output and stops at the cap. Every
//! stream counts, whatever its dictionary says it is, because the extractors
//! inflate a stream without looking at how it is labelled.

use std::io::Read;
use std::sync::mpsc;
use std::time::Duration;

/// Total inflated size of all streams in one PDF. Real policy documents
/// (fonts, page contents, a few images) stay far below it.
pub const MAX_INFLATED_BYTES: u64 = 48 << 20;
/// Extracted text per PDF: over a thousand pages of dense prose.
pub const MAX_TEXT_BYTES: usize = 8 << 20;
/// Wall time for reading one PDF.
pub const TIME_LIMIT: Duration = Duration::from_secs(20);

/// How far back from a `stream` keyword its dictionary may start.
const DICTIONARY_LOOKBACK: usize = 4 * 1024;

/// Refuses a PDF whose streams would inflate past `limit` bytes in total.
pub fn check_inflated_size(body: &[u8], limit: u64) -> Result<u64, String> {
    let mut total: u64 = 0;
    let mut position = 0;
    while let Some(found) = find(&body[position..], b"stream") {
        let keyword = position + found;
        position = keyword + b"stream".len();
        if body[..keyword].ends_with(b"end") {
            continue;
        }
        let data_start = match body.get(position..) {
            Some([b'\r', b'\n', ..]) => position + 2,
            Some([b'\r' | b'\n', ..]) => position + 1,
            _ => continue,
        };
        let dictionary = dictionary_before(body, keyword);
        let remaining = limit.saturating_sub(total);
        let (inflated, consumed) = inflated_size(&body[data_start..], dictionary, remaining);
        total += inflated;
        if total > limit {
            return Err(format!(
                "the PDF's streams inflate past the {} MiB limit (a decompression bomb?)",
                limit >> 20
            ));
        }
        position = data_start + consumed.max(1).min(body.len() - data_start);
    }
    Ok(total)
}

/// The bytes just before the `stream` keyword: the stream's dictionary,
/// perhaps with some of the object before it, which only makes the count
/// try more decoders.
fn dictionary_before(body: &[u8], keyword: usize) -> &[u8] {
    &body[keyword.saturating_sub(DICTIONARY_LOOKBACK)..keyword]
}

/// How many bytes the stream starting at `data` inflates to (at most a little
/// over `limit`), and how many input bytes it took. Mirrors the decoders lopdf
/// applies, including its fallback to raw deflate after a broken zlib header.
/// The data is tried as zlib whatever the dictionary says, so a stream cannot
/// be labelled to slip past this count and still be inflated; the largest
/// count of every reading that applies is the one that counts.
fn inflated_size(data: &[u8], dictionary: &[u8], limit: u64) -> (u64, usize) {
    let lzw = contains(dictionary, b"LZW");
    let (mut largest, consumed) = inflated_by_any(data, lzw, limit);
    if contains(dictionary, b"ASCII85Decode") {
        largest = largest.max(inflated_by_any(&decode_ascii85(data), lzw, limit).0);
    }
    if contains(dictionary, b"ASCIIHexDecode") {
        largest = largest.max(inflated_by_any(&decode_ascii_hex(data), lzw, limit).0);
    }
    (largest, consumed)
}

fn inflated_by_any(input: &[u8], lzw: bool, limit: u64) -> (u64, usize) {
    let (mut largest, consumed) = count_read(flate2::read::ZlibDecoder::new(input), limit);
    if largest == 0 && input.len() > 2 {
        let raw = count_read(flate2::read::DeflateDecoder::new(&input[2..]), limit);
        largest = raw.0;
    }
    if lzw {
        largest = largest.max(count_lzw(input, limit).0);
    }
    (largest, consumed)
}

/// Reads a decoder to its end or to just past `limit`, keeping nothing.
/// Returns the bytes produced and the input the decoder consumed.
fn count_read<R: Read + TotalIn>(mut decoder: R, limit: u64) -> (u64, usize) {
    let mut buffer = vec![0u8; 64 * 1024];
    let mut produced: u64 = 0;
    while produced <= limit {
        match decoder.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(read) => produced += read as u64,
        }
    }
    (produced, decoder.total_in() as usize)
}

trait TotalIn {
    fn total_in(&self) -> u64;
}

impl TotalIn for flate2::read::ZlibDecoder<&[u8]> {
    fn total_in(&self) -> u64 {
        flate2::read::ZlibDecoder::total_in(self)
    }
}

impl TotalIn for flate2::read::DeflateDecoder<&[u8]> {
    fn total_in(&self) -> u64 {
        flate2::read::DeflateDecoder::total_in(self)
    }
}

fn count_lzw(input: &[u8], limit: u64) -> (u64, usize) {
    // lopdf's settings: MSB first, 8-bit symbols, early change.
    let mut decoder = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    let mut buffer = vec![0u8; 64 * 1024];
    let mut produced: u64 = 0;
    let mut consumed = 0;
    while produced <= limit && consumed < input.len() {
        let result = decoder.decode_bytes(&input[consumed..], &mut buffer);
        consumed += result.consumed_in;
        produced += result.consumed_out as u64;
        match result.status {
            Ok(weezl::LzwStatus::Ok) if result.consumed_in + result.consumed_out > 0 => {}
            _ => break,
        }
    }
    (produced, consumed)
}

fn decode_ascii_hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&byte| byte.is_ascii_hexdigit() || byte.is_ascii_whitespace())
        .filter_map(|&byte| (byte as char).to_digit(16).map(|digit| digit as u8))
        .collect();
    digits
        .chunks(2)
        .map(|pair| (pair[0] << 4) | pair.get(1).copied().unwrap_or(0))
        .collect()
}

fn decode_ascii85(data: &[u8]) -> Vec<u8> {
    let mut output = Vec::with_capacity(data.len());
    let mut group: u64 = 0;
    let mut count = 0;
    for &byte in data {
        match byte {
            b'~' => break,
            b'z' if count == 0 => output.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group = group * 85 + u64::from(byte - b'!');
                count += 1;
                if count == 5 {
                    output.extend_from_slice(&(group as u32).to_be_bytes());
                    group = 0;
                    count = 0;
                }
            }
            byte if byte.is_ascii_whitespace() => {}
            _ => break,
        }
    }
    if count > 1 {
        for _ in count..5 {
            group = group * 85 + 84;
        }
        output.extend_from_slice(&(group as u32).to_be_bytes()[..count - 1]);
    }
    output
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

/// Runs `work` on its own thread and gives up waiting after `limit`. The
/// extractors cannot be interrupted, so a read that overruns is left to finish
/// on its own (its memory is already bounded by the caps above) while the run
/// moves on without it.
pub fn within_time<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (sender, receiver) = mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name("pdf-read".into())
        .spawn(move || {
            let _ = sender.send(work());
        })
        .map_err(|error| format!("cannot start the PDF reader: {error}"))?;
    match receiver.recv_timeout(limit) {
        Ok(result) => Ok(result),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "reading the PDF took longer than the {} s limit",
            limit.as_secs()
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err("the PDF reader stopped without an answer".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zlib(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn pdf_with_stream(dictionary: &str, data: &[u8]) -> Vec<u8> {
        let mut body = format!("%PDF-1.7\n4 0 obj\n<< {dictionary} >>\nstream\n").into_bytes();
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        body
    }

    #[test]
    fn a_flate_stream_is_measured_by_its_inflated_size() {
        let pdf = pdf_with_stream("/Filter /FlateDecode", &zlib(&vec![b'a'; 300_000]));
        assert_eq!(check_inflated_size(&pdf, 1 << 20), Ok(300_000));
        let refusal = check_inflated_size(&pdf, 100_000).unwrap_err();
        assert!(refusal.contains("limit"), "{refusal}");
    }

    #[test]
    fn a_mislabelled_or_broken_header_stream_still_counts() {
        // No /Filter at all, and a zlib header lopdf would skip to reach raw deflate.
        let mut broken = zlib(&vec![0u8; 500_000]);
        broken[0] = 0xff;
        let pdf = pdf_with_stream("/Subtype /Image", &broken);
        assert!(check_inflated_size(&pdf, 200_000).is_err());
    }

    #[test]
    fn ascii_wrapped_and_lzw_streams_count() {
        let hex: String = zlib(&vec![b'b'; 300_000])
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        let pdf = pdf_with_stream(
            "/Filter [/ASCIIHexDecode /FlateDecode]",
            format!("{hex}>").as_bytes(),
        );
        assert!(check_inflated_size(&pdf, 200_000).is_err());

        let mut encoder = weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
        let lzw = encoder.encode(&vec![b'c'; 300_000]).unwrap();
        let pdf = pdf_with_stream("/Filter /LZWDecode", &lzw);
        assert!(check_inflated_size(&pdf, 200_000).is_err());
        assert!(check_inflated_size(&pdf, 400_000).is_ok());
    }

    #[test]
    fn ascii85_matches_the_reference_example() {
        assert_eq!(decode_ascii85(b"87cURD]i,\"Ebo80~>"), b"Hello World!");
        assert_eq!(decode_ascii_hex(b"48 65 6c6C6f>"), b"Hello");
    }

    #[test]
    fn slow_work_is_abandoned_at_the_time_limit() {
        let outcome = within_time(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_secs(2));
        });
        assert!(outcome.unwrap_err().contains("limit"));
        assert_eq!(within_time(Duration::from_secs(5), || 7), Ok(7));
    }
}

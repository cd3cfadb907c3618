#![no_main]

//! At HEAD (b16b677) the API was `classify(text, kind)`; the working tree
//! this target was written against has `classify_on(text, kind, today)`.
//! Byte 0 picks the kind, bytes 1-2 pick "today" (a fixed, deterministic
//! date between 2000-01-01 and ~2044), the rest is the text (lossy UTF-8).

use jiff::ToSpan;
use jiff::civil::{Date, date};
use libfuzzer_sys::fuzz_target;
use needlewatch::classify::classify_on;
use needlewatch::model::SourceKind;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let kind = if data[0] & 1 == 0 {
        SourceKind::StateBoard
    } else {
        SourceKind::Payer
    };
    let days = i64::from(u16::from_le_bytes([data[1], data[2]]) >> 2);
    let today: Date = date(2000, 1, 1)
        .checked_add(days.days())
        .expect("at most 16383 days past 2000-01-01");
    let text = String::from_utf8_lossy(&data[3..]);
    let _ = classify_on(&text, kind, today);
});

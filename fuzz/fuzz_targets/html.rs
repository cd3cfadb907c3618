#![no_main]

use libfuzzer_sys::fuzz_target;
use needlewatch::extract::extract;

fuzz_target!(|data: &[u8]| {
    // First byte picks the selector; the rest is the body.
    let Some((&choice, body)) = data.split_first() else {
        return;
    };
    let selector = if choice & 1 == 0 { Some("main") } else { None };
    let _ = extract(body, Some("text/html"), selector);
});

#![no_main]

use libfuzzer_sys::fuzz_target;
use needlewatch::extract::extract;

fuzz_target!(|data: &[u8]| {
    // pdf-extract panics are caught inside needlewatch; any panic that
    // reaches here aborts the process and is a finding.
    let _ = extract(data, Some("application/pdf"), None);
});

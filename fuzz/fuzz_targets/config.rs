#![no_main]

use libfuzzer_sys::fuzz_target;
use needlewatch::config::Config;

fuzz_target!(|data: &[u8]| {
    // Config::parse takes &str: invalid UTF-8 is not a config file.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Config::parse(text, "fuzz.toml");
    }
});

//! The `needlewatch` binary: logging set-up, then parse the command line
//! (`cli`) and run the command (`commands`); an error is printed once, here.

use std::process::ExitCode;

use clap::Parser as _;
use needlewatch::cli::Cli;
use needlewatch::commands;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn limit_allocator_arenas() {
    // glibc gives each thread its own malloc arena and keeps freed memory in
    // it, so memory freed by one stage (config parsing, a page's DOM) is not
    // reused by the next stage on another thread and peak RSS grows with the
    // watch list. Four arenas keep the threads from contending while letting
    // freed memory be reused.
    const M_ARENA_MAX: i32 = -8;
    unsafe extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
    }
    // SAFETY: mallopt only adjusts allocator tuning; it is called before any
    // other thread exists.
    unsafe {
        mallopt(M_ARENA_MAX, 4);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn limit_allocator_arenas() {}

fn main() -> ExitCode {
    limit_allocator_arenas();
    // Diagnostics go to stderr, quiet unless RUST_LOG asks for more.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    match commands::dispatch(Cli::parse()) {
        Ok(exit) => exit.into(),
        Err(error) => {
            eprintln!("needlewatch: {}", error.message);
            error.exit.into()
        }
    }
}

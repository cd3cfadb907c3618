//! The `needlewatch` binary: logging set-up, then the command line.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Diagnostics go to stderr, quiet unless RUST_LOG asks for more.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    needlewatch::cli::run()
}

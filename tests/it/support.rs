//! Shared helpers: a fixture server on 127.0.0.1, a temporary workspace with
//! a config pointing at it, and a way to run the real binary and read what
//! it wrote.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::fixture_server::{FixtureServer, Reply};
use serde_json::Value;

pub fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("fixture {}: {error}", path.display()))
}

pub fn fixture_text(name: &str) -> String {
    String::from_utf8(fixture(name)).expect("fixture is UTF-8")
}

/// A source line for the test config.
pub struct TestSource {
    pub id: &'static str,
    pub kind: &'static str,
    pub subject: &'static str,
    pub path: &'static str,
    pub selector: Option<&'static str>,
}

pub fn board(id: &'static str, subject: &'static str, path: &'static str) -> TestSource {
    TestSource {
        id,
        kind: "state-board",
        subject,
        path,
        selector: Some("main"),
    }
}

pub fn payer(id: &'static str, subject: &'static str, path: &'static str) -> TestSource {
    TestSource {
        id,
        kind: "payer",
        subject,
        path,
        selector: Some("main"),
    }
}

pub struct Harness {
    pub dir: tempfile::TempDir,
    pub server: FixtureServer,
    // Declared after the server so the server's task is dropped first.
    runtime: tokio::runtime::Runtime,
}

impl Harness {
    pub fn new() -> Harness {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let server = runtime
            .block_on(FixtureServer::start())
            .expect("fixture server");
        Harness {
            dir: tempfile::tempdir().expect("temp dir"),
            server,
            runtime,
        }
    }

    pub fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn serve(&self, path: &str, reply: Reply) {
        self.server.set(path, reply);
    }

    pub fn serve_fixture(&self, path: &str, name: &str) {
        let body = fixture(name);
        let reply = if name.ends_with(".pdf") {
            Reply::new(200, "application/pdf", body).with_content_etag()
        } else if name.ends_with(".txt") {
            Reply::new(200, "text/plain; charset=utf-8", body).with_content_etag()
        } else {
            Reply::html(body)
        };
        self.server.set(path, reply);
    }

    /// Writes `sources.toml` with fast, test-friendly settings plus `extra_settings`.
    pub fn write_config(&self, sources: &[TestSource], extra_settings: &str) {
        self.write_config_with_settings(
            sources,
            &format!("per_host_delay_ms = 0\ntimeout_secs = 2\nretries = 1\nretry_backoff_ms = 50\n{extra_settings}"),
        );
    }

    /// Writes `sources.toml` with exactly these `[settings]` lines.
    pub fn write_config_with_settings(&self, sources: &[TestSource], settings: &str) {
        let mut text = format!("[settings]\n{settings}\n");
        for source in sources {
            text.push_str(&format!(
                "\n[[sources]]\nid = \"{}\"\nkind = \"{}\"\nsubject = \"{}\"\nname = \"Fixture {}\"\nurl = \"{}\"\n",
                source.id,
                source.kind,
                source.subject,
                source.id,
                self.server.url(source.path)
            ));
            if let Some(selector) = source.selector {
                text.push_str(&format!("selector = \"{selector}\"\n"));
            }
        }
        std::fs::write(self.path("sources.toml"), text).expect("write config");
    }

    pub fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_needlewatch"));
        command.current_dir(self.dir.path()).env("RUST_LOG", "warn");
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().expect("run needlewatch")
    }

    pub fn crawl(&self) -> Output {
        self.run(&["crawl"])
    }

    pub fn changes(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(self.path("reports/changes.jsonl")).unwrap_or_default();
        text.lines()
            .map(|line| serde_json::from_str(line).expect("changes.jsonl line is JSON"))
            .collect()
    }

    pub fn ruleset(&self) -> Value {
        let text =
            std::fs::read_to_string(self.path("reports/ruleset.json")).expect("ruleset.json");
        serde_json::from_str(&text).expect("ruleset.json is JSON")
    }

    pub fn rule(&self, kind: &str, subject: &str) -> Value {
        self.ruleset()["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .find(|rule| rule["kind"] == kind && rule["subject"] == subject)
            .cloned()
            .unwrap_or_else(|| panic!("no rule for {kind} {subject}"))
    }
}

pub fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts a successful exit, printing the output when it is not.
pub fn assert_ok(output: &Output) {
    assert_eq!(
        code(output),
        0,
        "stdout:\n{}\nstderr:\n{}",
        stdout(output),
        stderr(output)
    );
}

/// The events of the given kind, as (source_id, old_status, new_status).
pub fn events_of(changes: &[Value], kind: &str) -> Vec<(String, Value, Value)> {
    changes
        .iter()
        .filter(|event| event["kind"] == kind)
        .map(|event| {
            (
                event["source_id"].as_str().unwrap_or_default().to_string(),
                event["old_status"].clone(),
                event["new_status"].clone(),
            )
        })
        .collect()
}

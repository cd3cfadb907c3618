//! The shape of `src/` that ARCHITECTURE.md promises: no two modules import
//! each other (directly or through a loop), `cli` knows nothing of the
//! commands, no file is over 500 lines, every subcommand has its file, and
//! the product carries no test server.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Generated tables would be exempt from the size rule; there are none.
const SIZE_EXEMPT: &[&str] = &[];
const MAX_LINES: usize = 500;

fn source_files() -> Vec<(String, String)> {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (relative, std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// `src/report/html/event.rs` → `report`; `src/main.rs` → `main`.
fn top_module(path: &str) -> String {
    let inside = path.strip_prefix("src/").unwrap();
    let first = inside.split('/').next().unwrap();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level modules a file names through `crate::`, including in
/// grouped imports (`use crate::{a, b::c};`). Comments are skipped.
fn crate_references(text: &str) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    let ident = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (index, _) in code.match_indices("crate::") {
        let rest = &code[index + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.insert(ident(item.trim_start()));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            found.insert(ident(item.trim_start()));
        } else {
            found.insert(ident(rest));
        }
    }
    found.retain(|name| !name.is_empty());
    found
}

fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in source_files() {
        let module = top_module(&path);
        if module == "lib" || module == "main" {
            continue;
        }
        let targets = graph.entry(module.clone()).or_default();
        for target in crate_references(&text) {
            if target != module {
                targets.insert(target);
            }
        }
    }
    graph
}

/// A path from `from` back to itself, if the graph has one.
fn cycle_through(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_string(), vec![from.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((node, path)) = stack.pop() {
        for next in graph.get(&node).into_iter().flatten() {
            if next == from {
                let mut cycle = path.clone();
                cycle.push(from.to_string());
                return Some(cycle);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_module_imports_another_that_imports_it_back() {
    let graph = module_graph();
    assert!(graph.contains_key("pipeline") && graph.contains_key("commands"));
    let cycles: Vec<String> = graph
        .keys()
        .filter_map(|module| cycle_through(&graph, module))
        .map(|cycle| cycle.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "import circles:\n{}", cycles.join("\n"));
}

#[test]
fn cli_only_describes_the_arguments() {
    let graph = module_graph();
    assert_eq!(
        graph["cli"],
        BTreeSet::new(),
        "cli imports nothing of the crate"
    );
}

#[test]
fn no_file_in_src_is_over_500_lines() {
    let long: Vec<String> = source_files()
        .into_iter()
        .filter(|(path, _)| !SIZE_EXEMPT.iter().any(|prefix| path.starts_with(prefix)))
        .filter(|(_, text)| text.lines().count() > MAX_LINES)
        .map(|(path, text)| format!("{path}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

#[test]
fn every_subcommand_has_its_own_file() {
    let files: BTreeSet<String> = source_files().into_iter().map(|(path, _)| path).collect();
    for command in [
        "crawl", "classify", "try", "ruleset", "changes", "history", "diff", "demo", "advise",
        "review", "accept", "baseline", "verify", "sources",
    ] {
        let path = format!("src/commands/{command}.rs");
        assert!(files.contains(&path), "{path} is missing");
    }
}

#[test]
fn the_product_carries_no_fault_injecting_server() {
    for (path, text) in source_files() {
        for marker in [
            "ResetMidBody",
            "ShortBody",
            "set_zero_linger",
            "mod fixture_server",
        ] {
            assert!(!text.contains(marker), "{path} mentions {marker}");
        }
    }
}

//! Single-core throughput of the pure stages: HTML extraction and
//! classification. Run with `cargo bench --bench stages`; prints medians of
//! several passes over (a) synthetic ~57 KB board pages and (b) the labeled
//! corpus in tests/corpus.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use needlewatch::classify::classify_on;
use needlewatch::extract::extract;
use needlewatch::model::SourceKind;

const WORDS: &[&str] = &[
    "board",
    "physical",
    "therapy",
    "licensee",
    "practice",
    "rule",
    "section",
    "statute",
    "public",
    "comment",
    "meeting",
    "minutes",
    "continuing",
    "education",
    "patient",
    "referral",
    "treatment",
    "plan",
    "documentation",
    "supervision",
    "assistant",
    "examination",
    "renewal",
    "application",
    "fee",
    "complaint",
    "investigation",
    "discipline",
    "order",
    "hearing",
    "notice",
    "agenda",
];

/// A deterministic xorshift generator so every run sees the same pages.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }

    fn words(&mut self, count: usize) -> String {
        let mut text = String::new();
        for index in 0..count {
            if index > 0 {
                text.push(' ');
            }
            text.push_str(WORDS[self.next() % WORDS.len()]);
        }
        text.push('.');
        text
    }
}

fn synthetic_page(index: usize, rng: &mut Rng) -> String {
    let mut page = String::from(
        "<!DOCTYPE html><html><head><title>Board</title><style>p{}</style><script>var a=1;</script></head><body><header>State Board</header><nav><ul>",
    );
    for link in 0..120 {
        page.push_str(&format!(
            "<li><a href=\"/s/{link}?utm_source=x\">Section {link}</a></li>"
        ));
    }
    page.push_str("</ul></nav><main><h1>Bulletin</h1><p>Dry needling is within the scope of practice of physical therapy for a licensee who completes 50 hours of training.</p>");
    for _ in 0..80 {
        let count = 40 + rng.next() % 50;
        page.push_str(&format!("<p>{}</p>\n", rng.words(count)));
    }
    page.push_str(&format!(
        "</main><footer>Updated 2026-11-01. Visitors {index}</footer></body></html>"
    ));
    page
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(label: &str, bytes: usize, passes: usize, mut work: impl FnMut()) {
    let mut samples = Vec::with_capacity(passes);
    for _ in 0..passes {
        let start = Instant::now();
        work();
        samples.push(start.elapsed());
    }
    let median = median(samples);
    let rate = bytes as f64 / 1e6 / median.as_secs_f64();
    println!(
        "{label:<44} {:>9.1} ms  {rate:>8.1} MB/s  ({:.1} MB per pass)",
        median.as_secs_f64() * 1e3,
        bytes as f64 / 1e6
    );
}

fn main() {
    let passes = 7;
    let today = jiff::civil::date(2026, 11, 26);
    let mut rng = Rng(0x2026_1126);
    let pages: Vec<String> = (0..300)
        .map(|index| synthetic_page(index, &mut rng))
        .collect();
    let html_bytes: usize = pages.iter().map(String::len).sum();
    println!(
        "synthetic pages: {} of {:.1} KB on average",
        pages.len(),
        html_bytes as f64 / pages.len() as f64 / 1024.0
    );

    measure(
        "scraper only: Html::parse_document",
        html_bytes,
        passes,
        || {
            for page in &pages {
                black_box(scraper::Html::parse_document(page));
            }
        },
    );
    measure(
        "extract: HTML bytes → text (selector main)",
        html_bytes,
        passes,
        || {
            for page in &pages {
                black_box(extract(page.as_bytes(), Some("text/html"), Some("main")).ok());
            }
        },
    );
    let texts: Vec<String> = pages
        .iter()
        .filter_map(|page| extract(page.as_bytes(), Some("text/html"), Some("main")).ok())
        .map(|extracted| extracted.text)
        .collect();
    let text_bytes: usize = texts.iter().map(String::len).sum();
    measure(
        "classify: synthetic extracted text",
        text_bytes,
        passes,
        || {
            for text in &texts {
                black_box(classify_on(text, SourceKind::StateBoard, today));
            }
        },
    );

    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut corpus_texts = Vec::new();
    for folder in ["boards", "payers"] {
        let Ok(entries) = std::fs::read_dir(corpus.join(folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let content_type = match path.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html",
                Some("pdf") => "application/pdf",
                _ => "text/plain",
            };
            let Ok(body) = std::fs::read(&path) else {
                continue;
            };
            if let Ok(extracted) = extract(&body, Some(content_type), None) {
                let kind = if folder == "boards" {
                    SourceKind::StateBoard
                } else {
                    SourceKind::Payer
                };
                corpus_texts.push((extracted.text, kind));
            }
        }
    }
    if !corpus_texts.is_empty() {
        // Repeat the corpus so one pass is long enough to time reliably.
        let repeat = 20;
        let corpus_bytes: usize = corpus_texts
            .iter()
            .map(|(text, _)| text.len())
            .sum::<usize>()
            * repeat;
        measure(
            &format!(
                "classify: corpus ({} documents) x{repeat}",
                corpus_texts.len()
            ),
            corpus_bytes,
            passes,
            || {
                for _ in 0..repeat {
                    for (text, kind) in &corpus_texts {
                        black_box(classify_on(text, *kind, today));
                    }
                }
            },
        );
    }
    ablation(today);
}

/// One labelled corpus document, extracted.
struct Labelled {
    text: String,
    kind: SourceKind,
    status: String,
}

/// Every labelled document of `tests/corpus*` (manifests read as plain TOML).
fn labelled_corpus() -> Vec<Labelled> {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut folders: Vec<_> = std::fs::read_dir(&tests)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    folders.sort();
    let mut documents = Vec::new();
    for folder in folders {
        let Ok(manifest) = std::fs::read_to_string(folder.join("manifest.toml")) else {
            continue;
        };
        let Ok(table) = manifest.parse::<toml::Table>() else {
            continue;
        };
        let Some(docs) = table.get("doc").and_then(toml::Value::as_array) else {
            continue;
        };
        for doc in docs {
            let field = |key: &str| doc.get(key).and_then(toml::Value::as_str);
            let (Some(file), Some(kind), Some(status)) =
                (field("file"), field("kind"), field("status"))
            else {
                continue;
            };
            let Ok(body) = std::fs::read(folder.join(file)) else {
                continue;
            };
            let content_type = match Path::new(file).extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html",
                Some("pdf") => "application/pdf",
                _ => "text/plain",
            };
            let Ok(extracted) = extract(&body, Some(content_type), field("selector")) else {
                continue;
            };
            let Ok(kind) = kind.parse::<SourceKind>() else {
                continue;
            };
            documents.push(Labelled {
                text: extracted.text,
                kind,
                status: status.to_string(),
            });
        }
    }
    documents
}

fn status_accuracy(documents: &[Labelled], today: jiff::civil::Date) -> usize {
    documents
        .iter()
        .filter(|document| {
            classify_on(&document.text, document.kind, today)
                .status
                .as_str()
                == document.status
        })
        .count()
}

/// The ablation figure: corpus status accuracy with the least general
/// quarter of the vocabulary's phrase cues (those matching the fewest
/// corpus documents) removed. A reader that rests on general rules loses
/// little; one that memorised documents loses much.
fn ablation(today: jiff::civil::Date) {
    use needlewatch::classify::cues;
    let documents = labelled_corpus();
    let Ok(all) = cues::all() else {
        println!("ablation: the vocabulary does not parse");
        return;
    };
    let mut phrase_cues: Vec<(usize, String, String)> = all
        .iter()
        .filter(|cue| !cue.list.starts_with("patterns."))
        .map(|cue| {
            let documents_matched = documents
                .iter()
                .filter(|doc| cue.matches(&doc.text))
                .count();
            (documents_matched, cue.list.clone(), cue.phrase.clone())
        })
        .collect();
    phrase_cues.sort();
    let quarter = phrase_cues.len() / 4;
    let dropped: Vec<(String, String)> = phrase_cues[..quarter]
        .iter()
        .map(|(_, list, phrase)| (list.clone(), phrase.clone()))
        .collect();
    let full = status_accuracy(&documents, today);
    let ablated = match cues::vocabulary_without(&dropped) {
        Ok(vocabulary) => cues::with_vocabulary(vocabulary, || status_accuracy(&documents, today)),
        Err(error) => {
            println!("ablation: {error}");
            return;
        }
    };
    let percent = |right: usize| 100.0 * right as f64 / documents.len().max(1) as f64;
    println!(
        "ablation: {} phrase cues, least general quarter ({quarter}, matching at most {} documents) removed",
        phrase_cues.len(),
        phrase_cues
            .get(quarter.saturating_sub(1))
            .map_or(0, |cue| cue.0)
    );
    println!(
        "ablation: corpus status accuracy {full}/{} ({:.1}%) full, {ablated}/{} ({:.1}%) ablated",
        documents.len(),
        percent(full),
        documents.len(),
        percent(ablated)
    );
}

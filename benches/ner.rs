//! Name tagger: tagging throughput on the dev set's tokens (target ≥ 1,000,000 tokens/s on
//! one core) and model load time (target ≤ 50 ms). Also prints the scores on the dev set and
//! on the hand-annotated news of `tests/news/` once.
//!
//! Run: `cargo bench --bench ner` (the data is read from `../shared/data/ner/dev.conll`).

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::ner::{Document, Tagger, parse_documents};

fn dev_docs() -> Option<Vec<parallax::ner::Document>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ner/dev.conll");
    let text = std::fs::read_to_string(&path).ok()?;
    parse_documents(&text, &path.display().to_string()).ok()
}

fn bench(c: &mut Criterion) {
    c.bench_function("ner/load_model", |b| {
        b.iter(|| Tagger::load_embedded().expect("the embedded model parses"))
    });
    let Some(docs) = dev_docs() else {
        eprintln!("ner bench: ../shared/data/ner/dev.conll not found; throughput skipped");
        return;
    };
    let tagger = Tagger::embedded();
    // Tagging speed is measured on the tables in huge pages, as a large briefing gets them.
    tagger.promote();
    eprintln!("dev.conll, tagger:\n{}", tagger.score_documents(&docs));
    // The hand-annotated news of tests/news/, tagged the same way.
    for file in ["seeds.conll", "domains.conll"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/news")
            .join(file);
        if let Some(news) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| parse_documents(&t, &path.display().to_string()).ok())
        {
            eprintln!("tests/news/{file}, tagger:\n{}", tagger.score_documents(&news));
        }
    }
    let docs: Vec<Vec<Vec<&str>>> = docs.iter().map(Document::token_lists).collect();
    let tokens: usize = docs.iter().flatten().map(Vec::len).sum();

    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(tokens as u64));
    g.measurement_time(Duration::from_secs(5));
    g.sample_size(20);
    g.bench_function("tag_document/dev", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += tagger.tag_document(d).len();
            }
            n
        })
    });
    g.bench_function("tag_sentence/dev", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in docs.iter().flatten() {
                n += tagger.tag(s).len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

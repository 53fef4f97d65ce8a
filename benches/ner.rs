//! Name tagger: tagging throughput on the dev set's tokens (target ≥ 1,000,000 tokens/s on
//! one core) and model load time (target ≤ 50 ms). Also prints the scores on the dev set and
//! on the hand-annotated news of `tests/news/` once.
//!
//! Run: `cargo bench --bench ner` (the data is read from `../shared/data/ner/dev.conll`).

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::ner::{Tag, Tagger, parse_documents, score_sequences};

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
    let docs: Vec<Vec<Vec<&str>>> = docs
        .iter()
        .map(|d| {
            d.sentences
                .iter()
                .map(|s| s.tokens.iter().map(String::as_str).collect())
                .collect()
        })
        .collect();
    let tokens: usize = docs.iter().flatten().map(Vec::len).sum();
    let tagger = Tagger::embedded();

    let gold: Vec<Vec<Tag>> = dev_docs()
        .into_iter()
        .flatten()
        .flat_map(|d| d.sentences.into_iter().map(|s| s.tags))
        .collect();
    let pred: Vec<Vec<Tag>> = docs.iter().flat_map(|d| tagger.tag_document(d)).collect();
    eprintln!("dev.conll, tagger:\n{}", score_sequences(&gold, &pred));
    // The hand-annotated news of tests/news/, tagged the same way.
    for file in ["seeds.conll", "domains.conll"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/news")
            .join(file);
        let Some(news) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| parse_documents(&t, &path.display().to_string()).ok())
        else {
            continue;
        };
        let (mut g, mut p) = (Vec::new(), Vec::new());
        for d in news {
            let sents: Vec<Vec<&str>> = d
                .sentences
                .iter()
                .map(|s| s.tokens.iter().map(String::as_str).collect())
                .collect();
            p.extend(tagger.tag_document(&sents));
            g.extend(d.sentences.into_iter().map(|s| s.tags));
        }
        eprintln!("tests/news/{file}, tagger:\n{}", score_sequences(&g, &p));
    }

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

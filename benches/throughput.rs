//! Analysis throughput: the whole pipeline (sentences, entities, values, claims) over a large briefing.
//!
//! Target: a 1,000-article briefing analyses in well under the time a reader waits for a screen
//! (≤ 2 s on one core); alignment must stay linear, so 4× the articles must cost about 4× the time.
//! The large briefings are the sample articles repeated under distinct ids: real text, real density.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use parallax::analysis::{Analysis, Options};
use parallax::ingest::{self, Briefing};

fn briefing_of(n: usize) -> Briefing {
    let sample = ingest::load_sample();
    let mut sources = Vec::with_capacity(n);
    for i in 0..n {
        let mut s = sample.sources[i % sample.sources.len()].clone();
        s.id = format!("{}-{i}", s.id);
        sources.push(s);
    }
    Briefing {
        name: format!("{n} articles"),
        sources,
    }
}

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    for n in [5, 250, 1000] {
        let briefing = briefing_of(n);
        let bytes: usize = briefing.sources.iter().map(|s| s.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("{n} articles"), |b| {
            b.iter(|| Analysis::run(briefing.clone(), &Options::default()))
        });
    }
    group.finish();
}

/// One measure with as many values as sources (a toll that drifts, bare counts that never fit):
/// alignment must stay near-linear when a key holds thousands of different figures.
fn many_values(c: &mut Criterion) {
    let mut group = c.benchmark_group("many values");
    group.sample_size(10);
    for n in [500, 2000] {
        let sample = ingest::load_sample();
        let template = sample.sources[0].clone();
        let sources = (0..n)
            .map(|i| {
                let mut s = template.clone();
                s.id = format!("s{i}");
                s.title = None;
                s.headline = None;
                s.text = format!(
                    "The storm killed {} people. Then {} people marched.",
                    20 + i,
                    3001 + 10 * i
                );
                s.body = std::iter::once(0..s.text.len()).collect();
                s
            })
            .collect();
        let briefing = Briefing {
            name: format!("{n} values"),
            sources,
        };
        group.bench_function(format!("{n} sources"), |b| {
            b.iter(|| Analysis::run(briefing.clone(), &Options::default()))
        });
    }
    group.finish();
}

criterion_group!(benches, analysis, many_values);
criterion_main!(benches);

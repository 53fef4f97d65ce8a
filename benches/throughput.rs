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

criterion_group!(benches, analysis);
criterion_main!(benches);

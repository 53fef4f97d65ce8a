//! Analysis throughput: the whole pipeline (sentences, entities, values, claims) over a large briefing.
//!
//! Targets (issue 16, point 4), checked by `cargo bench --bench throughput -- scale`:
//! - the synthetic briefings of `examples/support/synth.rs` (about 4.4 KB an article) analyse at
//!   ≥ 5 MB/s per core at 10,000 sources, on every core;
//! - time is linear from 1,000 to 10,000 sources (10× the sources, at most about 11× the time);
//! - peak memory ≤ 4× the input, the tagger's tables aside (measured on the binary with
//!   `/usr/bin/time -v`, not here: see docs/performance.md).
//!
//! - `report` on the sample briefing ≤ 50 ms as a whole process (`startup`: the built binary
//!   run from start to exit, stdout discarded).
//!
//! `scale` times one analysis each of 1k, 3k and 10k sources (a criterion sample of ten 10k runs
//! would take minutes) and prints MB/s in all and per core. The criterion groups time the sample
//! articles repeated under distinct ids (real text, real density) and the claim index.

use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group};

use parallax::analysis::{Analysis, Options};
use parallax::ingest::{self, Briefing};

/// The binary's allocator (see src/main.rs), so the timings are the binary's.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

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

#[path = "../examples/support/synth.rs"]
#[allow(dead_code)]
mod synth;

/// The generated briefing of `n` sources, loaded as `parallax report` loads a folder.
fn synthetic(n: usize) -> Briefing {
    let dir = std::env::temp_dir().join(format!("parallax-bench-{}-{n}", std::process::id()));
    synth::write(&dir, n).expect("the articles are written");
    let loaded = ingest::load(std::slice::from_ref(&dir)).expect("the folder loads");
    let _ = std::fs::remove_dir_all(&dir);
    loaded.briefing
}

/// One analysis each of 1k, 3k and 10k generated sources: seconds, MB/s, MB/s per core, and the
/// targets beside them.
fn scale() {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let mut first: Option<(usize, f64)> = None;
    for n in [1000, 3000, 10_000] {
        let briefing = synthetic(n);
        let bytes: usize = briefing.sources.iter().map(|s| s.text.len()).sum();
        let start = Instant::now();
        let analysis = Analysis::run(briefing, &Options::default());
        let secs = start.elapsed().as_secs_f64();
        #[allow(clippy::cast_precision_loss)]
        let mb = bytes as f64 / 1e6;
        #[allow(clippy::cast_precision_loss)]
        let per_core = mb / secs / cores as f64;
        print!(
            "scale/{n} sources: {mb:.1} MB in {secs:.2} s, {:.2} MB/s, {per_core:.2} MB/s per core ({cores} cores; target ≥ 5), {} claims",
            mb / secs,
            analysis.claims.len()
        );
        match first {
            None => first = Some((n, secs)),
            #[allow(clippy::cast_precision_loss)]
            Some((n0, s0)) => print!(
                ", ×{:.1} the time of {n0} for ×{:.0} the sources (target: about ×{:.0})",
                secs / s0,
                n as f64 / n0 as f64,
                n as f64 / n0 as f64
            ),
        }
        println!();
    }
}

/// `parallax report` on the sample briefing as a whole process: loading the tagger and the
/// gazetteers, the analysis of five articles and the text report (target ≤ 50 ms).
fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(30);
    group.bench_function("report on the sample, whole process", |b| {
        b.iter(|| {
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
                .args(["report", "--no-pager", "--no-state"])
                .stdout(std::process::Stdio::null())
                .status()
                .expect("the parallax binary runs");
            assert!(status.success());
        });
    });
    group.finish();
}

criterion_group!(benches, analysis, many_values, startup);

fn main() {
    // `cargo bench --bench throughput -- scale` runs only the 1k/3k/10k timings.
    if std::env::args().skip(1).any(|a| a == "scale") {
        scale();
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}

//! The analysis at size: a synthetic briefing (`examples/support/synth.rs`, the generator behind
//! `cargo run --example gen_briefing`) with planted agreements and disagreements; every planted
//! figure must come back as one claim of the planted kind and verdict, with a statement from each
//! source that states it. Small here so that `cargo test` runs it in seconds; the same articles
//! at 1,000 to 10,000 sources are the `throughput` bench's.

#[path = "../examples/support/synth.rs"]
mod synth;

use std::collections::BTreeSet;

use serde_json::Value;

const N: usize = 60;

fn report(n: usize) -> Value {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let briefing = dir.path().join("storm");
    synth::write(&briefing, n).expect("the articles are written");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["report", "--no-state", "--format", "json"])
        .arg(&briefing)
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .output()
        .expect("parallax runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("the report is JSON")
}

/// The claims holding a statement whose sentence is `sentence(figure)` for one of `figures`.
fn claims_stating<'a>(claims: &'a [Value], sentences: &BTreeSet<String>) -> Vec<&'a Value> {
    claims
        .iter()
        .filter(|c| {
            c["statements"].as_array().is_some_and(|ss| {
                ss.iter()
                    .any(|s| s["sentence"].as_str().is_some_and(|t| sentences.contains(t)))
            })
        })
        .collect()
}

#[test]
fn every_planted_agreement_and_disagreement_is_found() {
    let report = report(N);
    let sources = report["sources"].as_array().expect("sources");
    assert_eq!(sources.len(), N);
    let claims = report["claims"].as_array().expect("claims");
    for (k, planted) in synth::PLANTED.iter().enumerate() {
        let sentences: BTreeSet<String> = planted
            .figures
            .iter()
            .map(|f| planted.template.replace("{}", f))
            .collect();
        let found = claims_stating(claims, &sentences);
        assert_eq!(found.len(), 1, "{}: one claim, got {found:#?}", planted.template);
        let claim = found[0];
        assert_eq!(claim["kind"], planted.kind, "{}", planted.template);
        assert_eq!(claim["verdict"], planted.verdict, "{}", planted.template);
        let statements = claim["statements"].as_array().expect("statements");
        let normalized: BTreeSet<&str> = statements
            .iter()
            .filter_map(|s| s["normalized"].as_str())
            .collect();
        let want: BTreeSet<&str> = planted.normalized.iter().copied().collect();
        assert_eq!(normalized, want, "{}", planted.template);
        // A statement from every source that states the figure, and the figure it gives.
        let stated: BTreeSet<(String, String)> = statements
            .iter()
            .map(|s| {
                (
                    s["source"].as_str().unwrap_or_default().to_string(),
                    s["sentence"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        for i in (0..N).filter(|&i| synth::states(i, k)) {
            let id = synth::article(i).0.trim_end_matches(".md").to_string();
            let sentence = planted.template.replace("{}", synth::figure(i, k));
            assert!(
                stated.contains(&(id.clone(), sentence)),
                "{id}: {}",
                planted.template
            );
        }
    }
    // The storm's date, which every article gives: one agreement across all of them.
    let date = claims_stating(claims, &BTreeSet::from([synth::DATE_SENTENCE.to_string()]));
    assert_eq!(date.len(), 1);
    assert_eq!(date[0]["verdict"], "agree");
    assert_eq!(date[0]["statements"].as_array().map(Vec::len), Some(N));
}

#[test]
fn the_generator_is_deterministic_and_about_four_kilobytes_an_article() {
    let (name, text) = synth::article(7);
    assert_eq!(name, "00007.md");
    assert_eq!(synth::article(7).1, text);
    let bytes: usize = (0..100).map(|i| synth::article(i).1.len()).sum();
    assert!(
        (4_000..5_000).contains(&(bytes / 100)),
        "{} bytes an article",
        bytes / 100
    );
}

//! The claims of the sample briefing through the binary's JSON (`parallax report --format json`).

use assert_cmd::Command;
use serde_json::Value;

fn report() -> Value {
    let out = Command::cargo_bin("parallax")
        .expect("the binary is built")
        .args(["report", "--format", "json"])
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("the report is JSON")
}

fn claims(r: &Value) -> &Vec<Value> {
    r["claims"].as_array().expect("claims is an array")
}

fn normalized(c: &Value) -> Vec<String> {
    c["statements"]
        .as_array()
        .expect("statements is an array")
        .iter()
        .map(|s| s["normalized"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn find<'a>(r: &'a Value, kind: &str, all_of: &[&str]) -> Vec<&'a Value> {
    claims(r)
        .iter()
        .filter(|c| c["kind"] == kind)
        .filter(|c| {
            let n = normalized(c);
            all_of.iter().all(|want| n.iter().any(|v| v == want))
        })
        .collect()
}

#[test]
fn expected_claims_with_verdicts() {
    let r = report();
    let cases: [(&str, &[&str], &str); 5] = [
        ("date", &["2026-01-11", "2026-01-13"], "disagree"),
        ("ordinal", &["3", "2"], "disagree"),
        ("count", &["180", "183"], "disagree"),
        ("count", &["136"], "agree"),
        ("count", &["430000"], "single"),
    ];
    for (kind, values, verdict) in cases {
        let found = find(&r, kind, values);
        assert_eq!(found.len(), 1, "{kind} {values:?}: {:#?}", claims(&r));
        assert_eq!(found[0]["verdict"], verdict, "{kind} {values:?}");
    }
    let disagreements = claims(&r).iter().filter(|c| c["verdict"] == "disagree").count();
    assert!((3..=5).contains(&disagreements), "{disagreements} disagreements");
}

#[test]
fn statements_follow_the_contract() {
    let r = report();
    let source_ids: Vec<&str> = r["sources"]
        .as_array()
        .expect("sources is an array")
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert!(!claims(&r).is_empty());
    for (i, c) in claims(&r).iter().enumerate() {
        assert_eq!(c["id"], format!("c{}", i + 1));
        assert!(c["topic"].as_str().is_some_and(|t| !t.is_empty()));
        for s in c["statements"].as_array().expect("statements is an array") {
            assert!(source_ids.contains(&s["source"].as_str().unwrap_or("")), "{s}");
            let (start, end) = (s["start"].as_u64(), s["end"].as_u64());
            assert!(start.is_some() && end.is_some() && start < end, "{s}");
            assert!(s["value"].as_str().is_some_and(|v| !v.is_empty()), "{s}");
            assert!(s["sentence"].as_str().is_some_and(|v| !v.is_empty()), "{s}");
            let q = &s["qualifier"];
            assert!(
                q.is_null()
                    || ["about", "at least", "at most", "more than", "less than"]
                        .contains(&q.as_str().unwrap_or("")),
                "{s}"
            );
        }
    }
    let residents = find(&r, "count", &["430000"]);
    assert_eq!(residents[0]["statements"][0]["qualifier"], "about");
}

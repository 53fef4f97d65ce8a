//! Claims on the sample briefing (the five seed articles): the disagreements a reader must see,
//! the agreements and single-source facts, and no flood of false disagreements.

use parallax::analysis::{Analysis, Options};
use parallax::claims::{Claim, Verdict};
use parallax::ingest;
use parallax::values::ValueKind;

fn analysis() -> Analysis {
    Analysis::run(ingest::load_sample(), &Options::default())
}

/// (source id prefix, normalized) of a claim's statements.
fn values(a: &Analysis, c: &Claim) -> Vec<(String, String)> {
    c.statements
        .iter()
        .map(|s| {
            let id = &a.briefing.sources[s.value.source].id;
            (id.chars().take(3).collect(), s.value.normalized.clone())
        })
        .collect()
}

fn claims_with<'a>(a: &'a Analysis, kind: ValueKind, normalized: &str) -> Vec<&'a Claim> {
    a.claims
        .iter()
        .filter(|c| c.kind == kind && c.statements.iter().any(|s| s.value.normalized == normalized))
        .collect()
}

#[test]
fn summit_date_disagrees() {
    let a = analysis();
    let found = claims_with(&a, ValueKind::Date, "2026-01-11");
    assert_eq!(found.len(), 1, "{:#?}", a.claims);
    let c = found[0];
    assert_eq!(c.verdict, Verdict::Disagree);
    let vals = values(&a, c);
    assert!(vals.contains(&("001".into(), "2026-01-11".into())), "{vals:?}");
    let on_13 = vals.iter().filter(|(_, v)| v == "2026-01-13").count();
    assert!(on_13 >= 2, "{vals:?}");
    assert!(c.topic.contains("date"), "{}", c.topic);
}

#[test]
fn meeting_ordinal_disagrees() {
    let a = analysis();
    let found: Vec<&Claim> = claims_with(&a, ValueKind::Ordinal, "3")
        .into_iter()
        .filter(|c| c.statements.iter().any(|s| s.value.normalized == "2"))
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", a.claims);
    let c = found[0];
    assert_eq!(c.verdict, Verdict::Disagree);
    let vals = values(&a, c);
    assert!(vals.contains(&("004".into(), "2".into())), "{vals:?}");
    assert!(vals.iter().filter(|(_, v)| v == "3").count() >= 2, "{vals:?}");
}

#[test]
fn death_toll_disagrees_and_korean_victims_agree() {
    let a = analysis();
    let toll: Vec<&Claim> = claims_with(&a, ValueKind::Count, "180")
        .into_iter()
        .filter(|c| c.statements.iter().any(|s| s.value.normalized == "183"))
        .collect();
    assert_eq!(toll.len(), 1, "{:#?}", a.claims);
    assert_eq!(toll[0].verdict, Verdict::Disagree);
    assert!(toll[0].topic.contains("killed"), "{}", toll[0].topic);

    let korean = claims_with(&a, ValueKind::Count, "136");
    assert_eq!(korean.len(), 1, "{:#?}", a.claims);
    assert_eq!(korean[0].verdict, Verdict::Agree);
    assert!(korean[0].statements.len() >= 2);
    assert!(korean[0].statements.iter().all(|s| s.value.normalized == "136"));
}

#[test]
fn korean_residents_single_source() {
    let a = analysis();
    let found = claims_with(&a, ValueKind::Count, "430000");
    assert_eq!(found.len(), 1, "{:#?}", a.claims);
    assert_eq!(found[0].verdict, Verdict::Single);
    assert_eq!(found[0].statements.len(), 1);
    assert_eq!(
        found[0].statements[0].value.qualifier.map(|q| q.as_str()),
        Some("about")
    );
    assert!(found[0].topic.contains("resident"), "{}", found[0].topic);
}

#[test]
fn no_flood_of_disagreements_and_stable_order() {
    let a = analysis();
    let disagreements: Vec<&Claim> = a
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::Disagree)
        .collect();
    assert!((3..=5).contains(&disagreements.len()), "{:#?}", disagreements);
    for c in &a.claims {
        // A claim never holds two statements of one source.
        let mut sources: Vec<usize> = c.statements.iter().map(|s| s.value.source).collect();
        sources.sort_unstable();
        sources.dedup();
        assert_eq!(sources.len(), c.statements.len(), "{c:#?}");
        let single = c.statements.len() == 1;
        assert_eq!(single, c.verdict == Verdict::Single, "{c:#?}");
    }
    // Shared facts before single-source ones, and the story's own disagreement (the summit's date,
    // stated in the headlines) first.
    let singles_from = a.claims.iter().position(|c| c.verdict == Verdict::Single);
    if let Some(i) = singles_from {
        assert!(a.claims[i..].iter().all(|c| c.verdict == Verdict::Single));
    }
    assert_eq!(a.claims[0].verdict, Verdict::Disagree);
    assert!(a.claims[0].topic.contains("date"), "{}", a.claims[0].topic);
    let ids: Vec<&str> = a.claims.iter().map(|c| c.id.as_str()).collect();
    let want: Vec<String> = (1..=a.claims.len()).map(|i| format!("c{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn spans_and_entities_point_into_the_text() {
    let a = analysis();
    for c in &a.claims {
        for s in &c.statements {
            let text = &a.briefing.sources[s.value.source].text;
            assert!(text.get(s.value.span.clone()).is_some(), "{s:?}");
            assert!(text.get(s.sentence.clone()).is_some(), "{s:?}");
            assert!(s.sentence.start <= s.value.span.start && s.value.span.end <= s.sentence.end);
            assert!(s.entities.iter().all(|&e| e < a.entities.len()));
        }
        assert!(c.entities.iter().all(|&e| e < a.entities.len()));
    }
}

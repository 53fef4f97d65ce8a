//! Claims on small briefings written here (not the seeds): planted agreements and disagreements,
//! and traps — the same number meaning different things, one figure at two precisions, a hedged
//! figure, a source repeating itself — run through the whole analysis.

use chrono::NaiveDate;
use parallax::analysis::{Analysis, Options};
use parallax::claims::{Claim, Verdict};
use parallax::ingest::{Briefing, Format, Source};
use parallax::values::ValueKind;

fn source(id: &str, published: (i32, u32, u32), text: &str) -> Source {
    let first_line = text.find('\n').unwrap_or(text.len());
    Source {
        id: id.into(),
        path: format!("{id}.txt"),
        format: Format::Text,
        title: Some(text[..first_line].into()),
        outlet: None,
        published: NaiveDate::from_ymd_opt(published.0, published.1, published.2),
        url: None,
        text: text.into(),
        headline: Some(0..first_line),
        body: std::iter::once(first_line..text.len()).collect(),
    }
}

fn run(sources: Vec<Source>) -> Analysis {
    let briefing = Briefing {
        name: "test briefing".into(),
        sources,
    };
    Analysis::run(briefing, &Options::default())
}

fn with_value<'a>(a: &'a Analysis, kind: ValueKind, normalized: &str) -> Vec<&'a Claim> {
    a.claims
        .iter()
        .filter(|c| c.kind == kind && c.statements.iter().any(|s| s.value.normalized == normalized))
        .collect()
}

fn normalized(c: &Claim) -> Vec<&str> {
    c.statements.iter().map(|s| s.value.normalized.as_str()).collect()
}

fn quake() -> Analysis {
    run(vec![
        source(
            "wire",
            (2026, 3, 10),
            "Strong quake hits Sumatra\n\
             A 6.1 magnitude earthquake struck off the coast of Sumatra on Monday, killing at least 24 people, officials said. \
             The quake hit at a depth of 10 km. \
             About 1,500 houses were damaged, the disaster agency said. \
             Rescuers said at least 24 people were killed.",
        ),
        source(
            "daily",
            (2026, 3, 10),
            "Sumatra quake toll rises\n\
             The 6.1-magnitude quake struck on March 9 and killed 31 people. \
             More than 1,400 homes were damaged. \
             It was the third strong earthquake in the region this year. \
             The town of Padang has 31 schools.",
        ),
        source(
            "weekly",
            (2026, 3, 11),
            "Earthquake in Sumatra\n\
             A 6.4 magnitude earthquake struck Sumatra on Sunday, killing 24 people and injuring 200. \
             Officials said 1,500 houses were damaged. \
             Palm oil exports fell 3% in February.",
        ),
    ])
}

#[test]
fn planted_disagreements_are_found() {
    let a = quake();
    // Death toll: 31 against 24 (the wire's "at least 24" fits both, the other two do not fit together).
    let toll = with_value(&a, ValueKind::Count, "31");
    let toll: Vec<&&Claim> = toll.iter().filter(|c| c.topic.contains("killed")).collect();
    assert_eq!(toll.len(), 1, "{:#?}", a.claims);
    assert_eq!(toll[0].verdict, Verdict::Disagree);
    assert_eq!(toll[0].statements.len(), 3);
    // Magnitude: 6.1 against 6.4.
    let magnitude = with_value(&a, ValueKind::Quantity, "6.4");
    assert_eq!(magnitude.len(), 1);
    assert_eq!(magnitude[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(magnitude[0]), ["6.1", "6.1", "6.4"]);
    // Date: "Monday" in a Tuesday paper and "March 9" are the 9th; "Sunday" in a Wednesday paper is the 8th.
    let date = with_value(&a, ValueKind::Date, "2026-03-08");
    assert_eq!(date.len(), 1, "{:#?}", a.claims);
    assert_eq!(date[0].verdict, Verdict::Disagree);
    assert_eq!(normalized(date[0]), ["2026-03-09", "2026-03-09", "2026-03-08"]);
}

#[test]
fn hedged_and_rounded_figures_agree() {
    let a = quake();
    // "About 1,500", "more than 1,400" and "1,500" houses/homes damaged fit together.
    let houses = with_value(&a, ValueKind::Count, "1400");
    assert_eq!(houses.len(), 1, "{:#?}", a.claims);
    assert_eq!(houses[0].verdict, Verdict::Agree);
    assert_eq!(houses[0].statements.len(), 3);
}

#[test]
fn traps_stay_apart() {
    let a = quake();
    // 31 schools is not the death toll of 31.
    let schools: Vec<&Claim> = with_value(&a, ValueKind::Count, "31")
        .into_iter()
        .filter(|c| c.statements.iter().any(|s| s.measure.contains("school")))
        .collect();
    assert_eq!(schools.len(), 1, "{:#?}", a.claims);
    assert_eq!(schools[0].verdict, Verdict::Single);
    // The wire repeats "at least 24" killed: one statement, not agreement with itself.
    let wire_statements = a
        .claims
        .iter()
        .flat_map(|c| &c.statements)
        .filter(|s| s.value.source == 0 && s.value.normalized == "24")
        .count();
    assert_eq!(wire_statements, 1);
    // The injured are not the killed; the ordinal and the exports stand alone.
    for (kind, value) in [
        (ValueKind::Count, "200"),
        (ValueKind::Ordinal, "3"),
        (ValueKind::Percent, "3%"),
    ] {
        let c = with_value(&a, kind, value);
        assert_eq!(c.len(), 1, "{value}: {:#?}", a.claims);
        assert_eq!(c[0].verdict, Verdict::Single, "{value}");
    }
    let disagreements = a.claims.iter().filter(|c| c.verdict == Verdict::Disagree).count();
    assert_eq!(disagreements, 3, "{:#?}", a.claims);
}

#[test]
fn nothing_to_claim_in_text_without_figures() {
    let a = run(vec![
        source(
            "a",
            (2026, 1, 1),
            "Quiet day\nNothing happened in the city today.",
        ),
        source("b", (2026, 1, 1), "Calm\nThe mayor spoke about parks."),
    ]);
    assert!(a.claims.is_empty(), "{:#?}", a.claims);
}

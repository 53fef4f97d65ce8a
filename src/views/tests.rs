use super::*;
use crate::analysis::Options;
use crate::claims::{Reason, Statement};
use crate::entities::{Entity, EntityKind, Mention};
use crate::ingest::{Briefing, Source};
use crate::values::ValueKind;

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Sources from `(id, published, text)`, each its own outlet.
fn sources(texts: &[(&str, Option<&str>, &str)]) -> Vec<Source> {
    texts
        .iter()
        .map(|(id, d, text)| {
            let mut s = Source::from_text(id, text);
            s.outlet = Some(format!("{id} news"));
            s.published = d.and_then(date);
            s
        })
        .collect()
}

/// A statement of `normalized` (a count) at the first `written` in source `s`.
fn count(srcs: &[Source], s: usize, written: &str, normalized: &str, q: Option<Qualifier>) -> Statement {
    let at = srcs[s].text.find(written).expect("the value is in the text");
    let v = Value::new(
        ValueKind::Count,
        s,
        at..at + written.len(),
        0,
        normalized.into(),
        q,
    );
    let mut st = Statement::new(v, "killed".into(), Vec::new(), 0..srcs[s].text.len());
    st.word = "killed".into();
    st
}

fn claim(verdict: Verdict, statements: Vec<Statement>) -> Claim {
    Claim {
        id: "c1".into(),
        topic: "people killed".into(),
        kind: ValueKind::Count,
        verdict,
        reason: (verdict == Verdict::Disagree).then_some(Reason::Differ),
        entities: Vec::new(),
        statements,
    }
}

fn analysis(srcs: Vec<Source>, entities: Vec<Entity>, claims: Vec<Claim>) -> Analysis {
    Analysis {
        sentences: vec![Vec::new(); srcs.len()],
        briefing: Briefing {
            name: "t".into(),
            sources: srcs,
        },
        entities,
        claims,
    }
}

/// Four reports of one toll, given out of order: 4 (day 1), 12 (day 2), 12 and 15 (day 3), and an
/// undated one of 12; one source that speaks of the dead without a figure, one silent.
fn toll() -> Analysis {
    let srcs = sources(&[
        (
            "late",
            Some("2026-03-03"),
            "The toll rose: 15 people were killed.",
        ),
        (
            "first",
            Some("2026-03-01"),
            "At least 4 people were killed in the blast.",
        ),
        ("undated", None, "Officials said 12 people were killed."),
        ("second", Some("2026-03-02"), "Police said 12 people were killed."),
        (
            "third",
            Some("2026-03-03"),
            "Twelve dead: 12 people were killed, police said.",
        ),
        (
            "vague",
            Some("2026-03-02"),
            "Several people were killed, witnesses said.",
        ),
        ("quiet", Some("2026-03-04"), "The market reopened on Thursday."),
    ]);
    let st = vec![
        count(&srcs, 1, "4 people", "4", Some(Qualifier::AtLeast)),
        count(&srcs, 3, "12 people", "12", None),
        count(&srcs, 4, "12 people", "12", None),
        count(&srcs, 0, "15 people", "15", None),
        count(&srcs, 2, "12 people", "12", None),
    ];
    let mayor = Entity {
        id: "e1".into(),
        name: "Police".into(),
        kind: EntityKind::Organisation,
        aliases: Vec::new(),
        mentions: [3, 4].iter().map(|&s| Mention::new(s, 0..5)).collect(),
    };
    analysis(srcs, vec![mayor], vec![claim(Verdict::Disagree, st)])
}

#[test]
fn timeline_orders_by_publication_undated_last() {
    let a = toll();
    let t = timeline(&a, 0).expect("a timeline");
    let ids: Vec<&str> = t
        .moments
        .iter()
        .map(|m| a.briefing.sources[m.source].id.as_str())
        .collect();
    assert_eq!(ids, ["first", "second", "late", "third", "undated"]);
    let days: Vec<Option<i64>> = t.moments.iter().map(|m| m.day).collect();
    assert_eq!(days, [Some(0), Some(1), Some(2), Some(2), None]);
    let changes: Vec<Change> = t.moments.iter().map(|m| m.change).collect();
    assert_eq!(
        changes,
        [
            Change::First,
            Change::Higher,
            Change::Higher,
            Change::Lower,
            Change::Undated
        ]
    );
    // 12 is the majority (three sources); the floor of 4 and the later 15 differ from it.
    assert_eq!(t.reference, Some(("12".to_string(), 3)));
    let stances: Vec<Stance> = t.moments.iter().map(|m| m.stance).collect();
    assert_eq!(
        stances,
        [
            Stance::Differs,
            Stance::Agrees,
            Stance::Differs,
            Stance::Agrees,
            Stance::Agrees
        ]
    );
    assert_eq!(t.sources, 5);
    // Bars run from the lowest figure to the highest.
    assert_eq!(t.moments[0].scale, Some(0.0));
    assert_eq!(t.moments[2].scale, Some(1.0));
}

#[test]
fn no_majority_means_every_value_differs() {
    let srcs = sources(&[
        ("a", Some("2026-01-01"), "180 were killed."),
        ("b", Some("2026-01-02"), "183 were killed."),
    ]);
    let st = vec![
        count(&srcs, 0, "180", "180", None),
        count(&srcs, 1, "183", "183", None),
    ];
    let c = claim(Verdict::Disagree, st);
    assert_eq!(reference(&c), None);
    assert_eq!(stances(&c), [Stance::Differs, Stance::Differs]);
    // An agreeing claim agrees throughout, rounding and all.
    let srcs = sources(&[
        ("a", None, "about 40,000 were killed."),
        ("b", None, "40000 were killed."),
    ]);
    let st = vec![
        count(&srcs, 0, "40,000", "40000", Some(Qualifier::About)),
        count(&srcs, 1, "40000", "40000", None),
    ];
    let c = claim(Verdict::Agree, st);
    assert_eq!(stances(&c), [Stance::Agrees, Stance::Agrees]);
    assert!(reference(&c).is_some());
}

#[test]
fn coverage_cells() {
    let a = toll();
    let m = Coverage::build(&a, 5, 5);
    assert_eq!(m.columns, [Column::Entity(0), Column::Claim(0)]);
    let id = |r: usize| a.briefing.sources[m.rows[r]].id.as_str();
    let rows: Vec<(&str, [Cell; 2])> = (0..m.rows.len())
        .map(|r| (id(r), [m.cells[r][0], m.cells[r][1]]))
        .collect();
    assert_eq!(
        rows,
        [
            ("first", [Cell::Silent, Cell::Differs]),
            ("second", [Cell::Mentioned, Cell::Agrees]),
            ("vague", [Cell::Silent, Cell::Mentioned]),
            ("late", [Cell::Silent, Cell::Differs]),
            ("third", [Cell::Mentioned, Cell::Agrees]),
            ("quiet", [Cell::Silent, Cell::Silent]),
            ("undated", [Cell::Silent, Cell::Agrees]),
        ]
    );
    assert_eq!(m.covered(0), 2);
    assert_eq!(m.covered(1), 6);
    assert_eq!(m.heading(&a, 1), "c1 people killed");
    // Fewer columns asked for, fewer given; single-source claims are not columns.
    let m = Coverage::build(&a, 0, 5);
    assert_eq!(m.columns, [Column::Claim(0)]);
}

#[test]
fn whole_words_only() {
    let w = ["kill".to_string()];
    assert!(speaks_of("They KILL.", &w));
    assert!(!speaks_of("They were killed.", &w));
    assert!(!speaks_of("", &w));
    assert!(!speaks_of("kill", &[]));
}

#[test]
fn a_rising_toll_through_the_analysis() {
    let srcs = sources(&[
        (
            "day1",
            Some("2026-02-10"),
            "Quake in Avelport\n\nAt least 12 people were killed when the quake struck Avelport on Monday, officials said.",
        ),
        (
            "day2",
            Some("2026-02-11"),
            "Avelport quake toll rises\n\nThe quake in Avelport killed 40 people, officials said on Tuesday.",
        ),
        (
            "day3",
            Some("2026-02-12"),
            "Avelport mourns\n\nThe quake that struck Avelport killed 68 people, officials said on Wednesday.",
        ),
    ]);
    let a = Analysis::run(
        Briefing {
            name: "quake".into(),
            sources: srcs,
        },
        &Options::default(),
    );
    let c = a
        .claims
        .iter()
        .position(|c| c.statements.len() == 3 && c.kind == ValueKind::Count)
        .unwrap_or_else(|| panic!("one claim with the three tolls: {:#?}", a.claims));
    let t = timeline(&a, c).expect("a timeline");
    let values: Vec<&str> = t.moments.iter().map(|m| m.value.as_str()).collect();
    assert_eq!(values, ["12", "40", "68"]);
    let changes: Vec<Change> = t.moments.iter().map(|m| m.change).collect();
    assert_eq!(changes, [Change::First, Change::Higher, Change::Higher]);
    assert_eq!(timeline_claims(&a), [c]);
    let m = Coverage::build(&a, 3, 3);
    assert!(m.columns.contains(&Column::Claim(c)));
    assert!(m.columns.iter().any(|c| matches!(c, Column::Entity(_))));
}

//! The sample briefing (the five seed articles) through ingest → text → entities.

use std::collections::BTreeSet;

use parallax::entities::{self, Entity, EntityKind};
use parallax::ingest;
use parallax::text;

fn seeds() -> (usize, Vec<Entity>) {
    let b = ingest::load_sample();
    let sents: Vec<_> = b.sources.iter().map(text::sentences).collect();
    (b.sources.len(), entities::recognise(&b, &sents))
}

fn with_form<'a>(es: &'a [Entity], form: &str) -> Vec<&'a Entity> {
    es.iter()
        .filter(|e| e.name == form || e.aliases.iter().any(|a| a == form))
        .collect()
}

fn sources_of(e: &Entity) -> BTreeSet<usize> {
    e.mentions.iter().map(|m| m.source()).collect()
}

/// Every form in `forms` names one entity, a person called `name` in all five sources.
fn one_person_in_all_five(es: &[Entity], forms: &[&str], name: &str) {
    let hits: BTreeSet<&str> = forms
        .iter()
        .flat_map(|f| with_form(es, f))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(hits.len(), 1, "{hits:?}");
    let e = with_form(es, name)[0];
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(sources_of(e).len(), 5, "{e:?}");
}

#[test]
fn takaichi_is_one_person_in_all_five_sources() {
    let (n, es) = seeds();
    assert_eq!(n, 5);
    let forms = [
        "Sanae Takaichi",
        "Takaichi Sanae",
        "Prime Minister Takaichi",
        "Takaichi",
    ];
    one_person_in_all_five(&es, &forms, "Sanae Takaichi");
}

#[test]
fn lee_is_one_person_in_all_five_sources() {
    let (_, es) = seeds();
    let forms = ["Lee Jae-myung", "Lee Jae Myung", "President Lee", "Lee"];
    one_person_in_all_five(&es, &forms, "Lee Jae Myung");
}

#[test]
fn kinds_of_named_things() {
    let (_, es) = seeds();
    let cases = [
        ("Donald Trump", EntityKind::Person),
        ("Nara", EntityKind::Place),
        ("Jiji Press", EntityKind::Organisation),
        ("Japan", EntityKind::Place),
        ("South Korea", EntityKind::Place),
        ("Chosei Coal Mine", EntityKind::Place),
        ("Yamaguchi Prefecture", EntityKind::Place),
    ];
    for (name, kind) in cases {
        let e = with_form(&es, name);
        assert_eq!(e.len(), 1, "{name}: {e:?}");
        assert_eq!(e[0].kind, kind, "{name}");
    }
}

#[test]
fn no_junk_entities() {
    let (_, es) = seeds();
    let junk = [
        "Pool Photo",
        "Key Points",
        "Related Tags",
        "Don't Miss",
        "Tuesday",
        "January",
        "FOCUS",
        "Japanese",
        "World News",
    ];
    for e in &es {
        for form in std::iter::once(&e.name).chain(&e.aliases) {
            assert!(
                !junk.iter().any(|j| form.eq_ignore_ascii_case(j)),
                "junk entity {e:?}"
            );
        }
    }
}

#[test]
fn mentions_are_names_in_the_text() {
    let b = ingest::load_sample();
    let sents: Vec<_> = b.sources.iter().map(text::sentences).collect();
    for e in entities::recognise(&b, &sents) {
        for m in &e.mentions {
            let t = b.sources[m.source()]
                .text
                .get(m.span())
                .expect("mention on char boundaries");
            assert!(
                t.starts_with(|c: char| c.is_uppercase() || c.is_numeric()),
                "{t:?} in {e:?}"
            );
        }
    }
}

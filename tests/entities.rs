//! Entity recognition on small briefings written here, through the public API
//! (text::sentences → entities::recognise), and on arbitrary input.

use parallax::entities::{self, Entity, EntityKind};
use parallax::ingest::{Briefing, Format, Source};
use parallax::text;

fn source(id: &str, headline: &str, body: &str) -> Source {
    let text = format!("{headline}\n{body}");
    let h = 0..headline.len();
    let b = headline.len() + 1..text.len();
    Source {
        id: id.into(),
        path: format!("{id}.txt"),
        format: Format::Text,
        title: Some(headline.into()),
        outlet: None,
        published: None,
        url: None,
        text,
        headline: Some(h),
        body: std::iter::once(b).collect(),
    }
}

fn run(b: &Briefing) -> Vec<Entity> {
    let sents: Vec<_> = b.sources.iter().map(text::sentences).collect();
    entities::recognise(b, &sents)
}

fn find<'a>(es: &'a [Entity], form: &str) -> &'a Entity {
    es.iter()
        .find(|e| e.name == form || e.aliases.iter().any(|a| a == form))
        .unwrap_or_else(|| panic!("no entity {form:?} in {es:#?}"))
}

/// An invented story told by three outlets in three styles.
fn quake_briefing() -> Briefing {
    Briefing {
        name: "quake".into(),
        sources: vec![
            source(
                "wire",
                "Strong Quake Hits Sulawesi, Rescuers Search Rubble",
                "JAKARTA — A 6.1 magnitude earthquake struck on Tuesday, trapping families in Sulawesi, the National Disaster \
                 Mitigation Agency (BNPB) said. BNPB spokesman Abdul Muhari said 24 people died.\n\
                 President Prabowo Subianto ordered aid. Related Tags",
            ),
            source(
                "daily",
                "Prabowo Orders Aid After Sulawesi Quake",
                "Indonesian President Prabowo Subianto flew to Mamuju on Wednesday. Mr. Prabowo met \
                 survivors. Abdul Muhari of the agency said the toll rose. Prabowo's office agreed.\n\
                 Key Points\n- • Muhari said rescuers were still searching.",
            ),
            source(
                "blog",
                "Indonesia Quake: What We Know",
                "Subianto Prabowo, as some outlets write his name, has promised to rebuild. Indonesia's \
                 disaster agency, BNPB, counted the dead. Photo: Pool Photo via AP",
            ),
        ],
    }
}

#[test]
fn one_story_three_outlets() {
    let es = run(&quake_briefing());
    let prabowo = find(&es, "Prabowo Subianto");
    assert_eq!(prabowo.kind, EntityKind::Person);
    for form in ["Prabowo", "Subianto Prabowo"] {
        assert_eq!(find(&es, form).id, prabowo.id, "{form}");
    }
    let sources: std::collections::BTreeSet<usize> = prabowo.mentions.iter().map(|m| m.source()).collect();
    assert_eq!(sources.len(), 3, "{prabowo:?}");

    let bnpb = find(&es, "National Disaster Mitigation Agency");
    assert_eq!(bnpb.kind, EntityKind::Organisation);
    assert_eq!(find(&es, "BNPB").id, bnpb.id);

    let muhari = find(&es, "Abdul Muhari");
    assert_eq!(muhari.kind, EntityKind::Person);
    assert_eq!(find(&es, "Muhari").id, muhari.id);

    assert_eq!(find(&es, "Sulawesi").kind, EntityKind::Place);
    assert_eq!(find(&es, "Indonesia").kind, EntityKind::Place);
    assert!(
        find(&es, "Indonesia").mentions.len() >= 3,
        "the demonym counts for the country"
    );

    for junk in [
        "Related Tags",
        "Key Points",
        "Pool Photo",
        "Tuesday",
        "Wednesday",
        "Photo",
        "Indonesian",
        "Strong Quake",
    ] {
        assert!(
            es.iter()
                .all(|e| e.name != junk && !e.aliases.iter().any(|a| a == junk)),
            "{junk} is not an entity: {es:#?}"
        );
    }
}

#[test]
fn ids_follow_mention_order() {
    let es = run(&quake_briefing());
    for (i, e) in es.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", i + 1));
    }
    for w in es.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        assert!(
            a.mentions.len() > b.mentions.len() || (a.mentions.len() == b.mentions.len() && a.name <= b.name),
            "{} before {}",
            a.name,
            b.name
        );
    }
}

/// Deterministic pseudo-random text from awkward pieces: nothing may panic and every mention span
/// must lie on char boundaries inside its source.
#[test]
fn arbitrary_text_never_panics() {
    let pieces = [
        "Mr.",
        "U.S.",
        "“",
        "”",
        "—",
        "-",
        "Jae-myung",
        "Lee",
        "Takaichi-Lee",
        "’s",
        "東京",
        "e\u{301}",
        ".",
        "!",
        "\n",
        "\n\n",
        " ",
        "  ",
        "(",
        ")",
        "BNPB",
        "of",
        "the",
        "Sea",
        "President",
        "Prime",
        "Minister",
        "January",
        "Nara",
        "Prefecture",
        "called",
        "in",
        "and",
        "also",
        "known",
        "as",
        ",",
        "1,500",
        "$1.52",
        "J.",
        "A",
        "'",
        "\"",
        "…",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..200 {
        let mut t = String::new();
        for _ in 0..(next() % 60) {
            t.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            if next() % 3 > 0 {
                t.push(' ');
            }
        }
        let cut = t
            .char_indices()
            .map(|(i, _)| i)
            .nth((next() % 5) as usize)
            .unwrap_or(0);
        let src = Source {
            id: "x".into(),
            path: "x".into(),
            format: Format::Text,
            title: None,
            outlet: None,
            published: None,
            url: None,
            text: t.clone(),
            headline: Some(0..cut),
            body: std::iter::once(cut..t.len()).collect(),
        };
        let b = Briefing {
            name: "fuzz".into(),
            sources: vec![src],
        };
        for e in run(&b) {
            assert!(!e.name.is_empty());
            for m in &e.mentions {
                assert!(t.get(m.span()).is_some(), "{t:?} {m:?}");
            }
        }
    }
}

#[test]
fn outlet_named_in_a_dateline_is_an_organisation() {
    let text = "Leaders Meet\nOSAKA, March 3 (Kyodo News)–Prime Minister Ishiba met envoys.\n";
    let body_start = text.find("Prime").expect("body");
    let src = Source {
        id: "k".into(),
        path: "k.txt".into(),
        format: Format::Text,
        title: Some("Leaders Meet".into()),
        outlet: Some("Kyodo News".into()),
        published: None,
        url: None,
        text: text.into(),
        headline: Some(0..12),
        body: std::iter::once(body_start..text.len()).collect(),
    };
    let es = run(&Briefing {
        name: "k".into(),
        sources: vec![src],
    });
    let kyodo = find(&es, "Kyodo News");
    assert_eq!(kyodo.kind, EntityKind::Organisation);
    assert_eq!(&text[kyodo.mentions[0].span()], "Kyodo News");
    assert_eq!(find(&es, "Ishiba").kind, EntityKind::Person);
}

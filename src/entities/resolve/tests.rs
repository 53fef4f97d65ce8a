use crate::entities::{Entity, EntityKind, recognise_with, rules_tag};
use crate::ingest::{Briefing, Format, Source};
use crate::ner::{NerType, Tag};
use crate::text;

/// A briefing of plain-text sources; a first line starting with "# " is the headline.
fn briefing(texts: &[&str]) -> Briefing {
    let sources = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let (headline, body_start) = match t.strip_prefix("# ") {
                Some(rest) => {
                    let end = 2 + rest.find('\n').unwrap_or(rest.len());
                    (Some(2..end), end)
                }
                None => (None, 0),
            };
            Source {
                id: format!("s{i}"),
                path: format!("s{i}.txt"),
                format: Format::Text,
                title: None,
                outlet: None,
                published: None,
                url: None,
                text: t.to_string(),
                headline,
                body: std::iter::once(body_start..t.len()).collect(),
            }
        })
        .collect();
    Briefing {
        name: "test".into(),
        sources,
    }
}

fn entities(texts: &[&str]) -> Vec<Entity> {
    let b = briefing(texts);
    let sents: Vec<_> = b.sources.iter().map(text::sentences).collect();
    recognise_with(&b, &sents, None)
}

/// The entity whose name or alias is `form`.
fn by_form<'a>(es: &'a [Entity], form: &str) -> Option<&'a Entity> {
    es.iter()
        .find(|e| e.name == form || e.aliases.iter().any(|a| a == form))
}

mod aliases;

#[test]
fn ambiguous_surname_stays_apart() {
    let es = entities(&["President Lee Jae-myung met Prime Minister Lee Hsien Loong. Later Lee said so."]);
    let a = by_form(&es, "Lee Jae-myung").expect("first Lee");
    let b = by_form(&es, "Lee Hsien Loong").expect("second Lee");
    assert_ne!(a.id, b.id);
    assert!(!a.aliases.contains(&"Lee".to_string()) && !b.aliases.contains(&"Lee".to_string()));
}

#[test]
fn a_stray_pair_of_names_does_not_make_a_surname_ambiguous() {
    let es = entities(&[
        "# Takaichi Lee Talks Go Well\nPresident Lee Jae-myung met Prime Minister Sanae Takaichi. Lee smiled.",
        "President Lee Jae-myung left. Lee said so. Later Lee flew home.",
    ]);
    let lee = by_form(&es, "Lee Jae-myung").expect("Lee");
    assert!(lee.aliases.contains(&"Lee".to_string()), "{es:#?}");
}

#[test]
fn canonical_name_kinds_order_and_ids() {
    let es = entities(&[
        "# Takaichi Meets Lee In Nara\nPrime Minister Sanae Takaichi met President Lee Jae-myung in Nara. Takaichi smiled.",
        "Takaichi and Lee spoke in Nara on Tuesday. Japanese officials were glad. Takaichi left.",
    ]);
    let names: Vec<(&str, EntityKind, usize)> = es
        .iter()
        .map(|e| (e.name.as_str(), e.kind, e.mentions.len()))
        .collect();
    assert_eq!(
        names,
        [
            ("Sanae Takaichi", EntityKind::Person, 5),
            ("Lee Jae-myung", EntityKind::Person, 3),
            ("Nara", EntityKind::Place, 3),
            ("Japan", EntityKind::Place, 1),
        ]
    );
    let ids: Vec<&str> = es.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3", "e4"]);
    let japan = &es[3];
    assert!(japan.aliases.is_empty(), "the demonym is a mention, not an alias");
    for e in &es {
        let sorted = e
            .mentions
            .windows(2)
            .all(|w| (w[0].source, w[0].span().start) < (w[1].source, w[1].span().start));
        assert!(sorted, "{e:?}");
    }
}

#[test]
fn mention_spans_point_at_the_name() {
    let texts = ["Japan’s Prime Minister Sanae Takaichi hosted Lee — the Takaichi-Lee talks went well."];
    let es = entities(&texts);
    let t = by_form(&es, "Sanae Takaichi").expect("Takaichi");
    let got: Vec<&str> = t.mentions.iter().map(|m| &texts[0][m.span()]).collect();
    assert_eq!(got, ["Sanae Takaichi", "Takaichi"]);
    let lee = by_form(&es, "Lee").expect("Lee");
    assert_eq!(lee.mentions.len(), 2, "{es:#?}");
}

#[test]
fn rules_tag_writes_iob2() {
    use NerType::*;
    let tokens = [
        "U.S.",
        "President",
        "Donald",
        "Trump",
        "met",
        "Japanese",
        "officials",
        "in",
        "Tokyo",
        ".",
    ];
    let want = [
        Tag::B(Loc),
        Tag::O,
        Tag::B(Per),
        Tag::I(Per),
        Tag::O,
        Tag::B(Misc),
        Tag::O,
        Tag::O,
        Tag::B(Loc),
        Tag::O,
    ];
    assert_eq!(rules_tag(&tokens), want);
    assert_eq!(rules_tag(&[]), Vec::<Tag>::new());
    let tokens = ["Officials", "of", "the", "Jiji", "Press", "agreed", "."];
    assert_eq!(rules_tag(&tokens)[3..5], [Tag::B(Org), Tag::I(Org)]);
}

#[test]
fn empty_and_odd_input() {
    assert!(entities(&[]).is_empty());
    assert!(entities(&[""]).is_empty());
    let es = entities(&["—“”— 東京 ??? ..."]);
    assert!(es.iter().all(|e| !e.name.is_empty()));
}

#[test]
fn surname_that_is_also_a_town_joins_the_person() {
    // "Rubio" is also the name of a town in the gazetteer; the person's full name outvotes it.
    let es = entities(&[
        "# Rubio Says Talks Went Well\nSecretary of State Marco Rubio met envoys. Rubio, speaking later, agreed.",
    ]);
    let rubio = by_form(&es, "Marco Rubio").expect("Rubio");
    assert_eq!(rubio.kind, EntityKind::Person);
    assert_eq!(by_form(&es, "Rubio").map(|e| &e.id), Some(&rubio.id), "{es:#?}");
    assert_eq!(rubio.mentions.len(), 3);
}

#[test]
fn bare_cue_word_joins_the_one_institution_it_ends() {
    let tagged = |texts: &[&str]| {
        let b = briefing(texts);
        let sents: Vec<_> = b.sources.iter().map(text::sentences).collect();
        recognise_with(&b, &sents, Some(crate::ner::Tagger::embedded()))
    };
    let es = tagged(&["The European Commission met in Brussels. Later the Commission said it would act."]);
    let e = by_form(&es, "European Commission").expect("the commission");
    assert!(es.iter().all(|x| x.name != "Commission"), "{es:?}");
    assert_eq!(e.mentions.len(), 2, "{e:?}");
    // Two commissions: the bare word names neither.
    let es = tagged(&[
        "The European Commission and the Federal Trade Commission met. Later the Commission said no.",
    ]);
    let a = by_form(&es, "European Commission").expect("first");
    let b = by_form(&es, "Federal Trade Commission").expect("second");
    assert_eq!((a.mentions.len(), b.mentions.len()), (1, 1), "{es:?}");
}

#[test]
fn a_name_with_its_last_letter_lost_joins_the_full_name() {
    let es = entities(&["South Korea and Japan met. South Korea agreed. Officials in South Kore said so."]);
    let e = by_form(&es, "South Korea").expect("the country");
    assert_eq!(e.mentions.len(), 3, "{es:?}");
    assert!(es.iter().all(|x| x.name != "South Kore"), "{es:?}");
    // People are never merged this way, nor a name the briefing uses more than once.
    let es = entities(&[
        "Coach Ivan Petrov met Coach Ivan Petrova. Later Ivan Petrov spoke.",
        "The Bank of Japa was named twice: Bank of Japa, Bank of Japan, Bank of Japan.",
    ]);
    assert!(
        by_form(&es, "Ivan Petrova").is_some_and(|e| e.name == "Ivan Petrova"),
        "{es:?}"
    );
    assert!(
        by_form(&es, "Bank of Japa").is_some_and(|e| e.name == "Bank of Japa"),
        "{es:?}"
    );
}

#[test]
fn a_dateline_credit_is_no_acronym_of_the_place() {
    let es =
        entities(&["AUSTIN, Texas (AP) — A judge ruled in Texas. The National Disaster Agency (NDA) met."]);
    let texas = by_form(&es, "Texas").expect("Texas");
    assert!(texas.aliases.is_empty(), "{es:?}");
    let nda = by_form(&es, "National Disaster Agency").expect("agency");
    assert!(nda.aliases.contains(&"NDA".to_string()), "{es:?}");
}

#[test]
fn a_cue_word_opening_a_name_is_not_its_short_form() {
    let es = entities(&[
        "The House Transportation and Infrastructure Committee voted. It goes to the full House next.",
    ]);
    let c = by_form(&es, "House Transportation and Infrastructure Committee").expect("committee");
    assert_eq!(c.mentions.len(), 1, "{es:?}");
}

#[test]
fn an_organisation_named_after_a_place_goes_by_the_rest() {
    let tagged = |texts: &[&str]| {
        let b = briefing(texts);
        let sents: Vec<_> = b.sources.iter().map(text::sentences).collect();
        recognise_with(&b, &sents, Some(crate::ner::Tagger::embedded()))
    };
    let es = tagged(&["The Boston Celtics beat the New York Knicks on Sunday. The Celtics won again."]);
    let c = by_form(&es, "Boston Celtics").expect("team");
    assert!(c.aliases.contains(&"Celtics".to_string()), "{es:?}");
    assert!(
        by_form(&es, "New York Knicks").is_some_and(|k| k.id != c.id),
        "{es:?}"
    );
}

#[test]
fn relation_suffixes_split_the_name_before_them() {
    let texts = [
        "Santa Clara-based Nvidia posted record revenue. Nvidia Corp said demand was strong.",
        "The Kremlin-backed group and a Saudi-led coalition met.",
    ];
    let es = entities(&texts);
    let nvidia = by_form(&es, "Nvidia").expect("Nvidia");
    assert!(
        nvidia
            .aliases
            .iter()
            .chain([&nvidia.name])
            .all(|f| !f.contains("based")),
        "{nvidia:?}"
    );
    assert_eq!(nvidia.kind, EntityKind::Organisation, "{nvidia:?}");
    let clara = by_form(&es, "Santa Clara").expect("Santa Clara");
    assert_eq!(clara.kind, EntityKind::Place);
    assert!(
        by_form(&es, "Kremlin").is_some() && by_form(&es, "Saudi").is_none(),
        "{es:#?}"
    );
}

#[test]
fn chief_officer_acronyms_are_titles() {
    let texts = ["CFO Colette Kress forecast revenue. Later, CFO Kress said margins would hold."];
    let es = entities(&texts);
    let kress = by_form(&es, "Colette Kress").expect("Kress");
    assert_eq!(kress.kind, EntityKind::Person);
    // "CFO Kress" is the same person under a title, not a second name.
    assert_eq!(es.len(), 1, "{es:#?}");
    assert_eq!(kress.mentions.len(), 2);
}

#[test]
fn a_legal_form_outweighs_a_bare_name_that_speaks() {
    let texts = [
        "Nvidia Corp reported revenue of $39 billion.",
        "On Wednesday, Nvidia said demand was strong. Later, Nvidia said margins held, and Nvidia said more. Siemens AG agreed. Later, Siemens said so.",
    ];
    let es = entities(&texts);
    for name in ["Nvidia", "Siemens"] {
        let e = by_form(&es, name).unwrap_or_else(|| panic!("{name}: {es:#?}"));
        assert_eq!(e.kind, EntityKind::Organisation, "{e:?}");
    }
}

#[test]
fn a_korean_given_name_keeps_its_hyphen() {
    let texts = ["His lawyer, Kim Soo-min, said they would appeal. Later Kim Soo-min left."];
    let es = entities(&texts);
    assert!(by_form(&es, "Kim Soo-min").is_some(), "{es:#?}");
    assert!(by_form(&es, "Kim Soo").is_none(), "{es:#?}");
}

#[test]
fn foreign_name_meets_its_english_name_through_a_shared_acronym() {
    let es = entities(&[
        "The far-right Alternative for Germany (AfD) came second.",
        "It finished ahead of the Alternative für Deutschland, which took 20.8 percent.",
    ]);
    let e = by_form(&es, "Alternative für Deutschland").expect("the German name is found");
    assert!(e.aliases.iter().chain([&e.name]).any(|a| a == "AfD"), "{e:?}");
    assert!(
        e.aliases
            .iter()
            .chain([&e.name])
            .any(|a| a == "Alternative for Germany"),
        "{e:?}"
    );
    // Without the acronym nothing equates the two names.
    let es = entities(&[
        "The far-right Alternative for Germany came second.",
        "It finished ahead of the Alternative für Deutschland, which took 20.8 percent.",
    ]);
    let a = by_form(&es, "Alternative für Deutschland").expect("found");
    assert!(!a.aliases.iter().any(|x| x == "Alternative for Germany"), "{a:?}");
}

#[test]
fn party_member_plurals_are_no_person() {
    use crate::entities::resolve::default_kind;
    assert_eq!(default_kind("Free Democrats"), EntityKind::Organisation);
    assert_eq!(default_kind("Young Socialists"), EntityKind::Organisation);
    assert_eq!(default_kind("Donald Trump"), EntityKind::Person);
    let es = entities(&["They met the Free Democrats of Christian Lindner on Monday."]);
    assert_eq!(
        by_form(&es, "Free Democrats").map(|e| e.kind),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn a_place_is_not_the_short_form_of_an_institution_named_after_it() {
    let es = entities(&["A Seoul court on Thursday jailed him. The Seoul Central District Court said so."]);
    let court = by_form(&es, "Seoul Central District Court").expect("court");
    assert_eq!(court.kind, EntityKind::Organisation, "{es:?}");
    assert!(!court.aliases.iter().any(|a| a == "Seoul"), "{es:?}");
    let seoul = by_form(&es, "Seoul").expect("the city");
    assert_eq!(seoul.kind, EntityKind::Place);
}

fn same_entity(es: &[Entity], a: &str, b: &str) -> bool {
    match (by_form(es, a), by_form(es, b)) {
        (Some(x), Some(y)) => x.id == y.id,
        _ => false,
    }
}

#[test]
fn short_and_transliterated_given_names_are_one_person() {
    let es = entities(&[
        "Steven Marlowe, the chairman, approved the sale on Monday.",
        "Steve Marlowe said the sale would close soon.",
        "Fire marshal Jon Fenwick said the roof fell in. John Fenwick said nobody was hurt.",
    ]);
    assert!(same_entity(&es, "Steven Marlowe", "Steve Marlowe"), "{es:#?}");
    assert!(same_entity(&es, "Jon Fenwick", "John Fenwick"), "{es:#?}");
}

#[test]
fn a_particle_surname_alone_is_the_full_name() {
    let es =
        entities(&["Annika De Wolfe arrived first, the chief said. Later De Wolfe said the walls held."]);
    assert!(same_entity(&es, "Annika De Wolfe", "De Wolfe"), "{es:#?}");
}

#[test]
fn exonym_leading_the_and_legal_form_meet() {
    let es = entities(&[
        "The match was held in Berne on Friday.",
        "Fans in Bern cheered. Crews worked near The Pinnacles all night, and the Pinnacles stayed closed.",
        "Orbit Widgets Inc. said sales rose. Analysts said Orbit Widgets would grow.",
    ]);
    assert!(same_entity(&es, "Berne", "Bern"), "{es:#?}");
    assert!(same_entity(&es, "The Pinnacles", "Pinnacles"), "{es:#?}");
    assert!(same_entity(&es, "Orbit Widgets Inc.", "Orbit Widgets"), "{es:#?}");
}

#[test]
fn acronyms_of_dotted_and_partly_abbreviated_names() {
    let es = entities(&[
        "The U.S. Fisheries Office said stocks fell. The USFO report came out in May.",
        "Shares of ZTX Coastal Works Ltd. rose. Staff at ZTX CW were told.",
    ]);
    assert!(same_entity(&es, "U.S. Fisheries Office", "USFO"), "{es:#?}");
    assert!(same_entity(&es, "ZTX Coastal Works Ltd.", "ZTX CW"), "{es:#?}");
}

#[test]
fn a_body_without_its_kind_word_is_the_same_body() {
    let es = entities(&[
        "The Harbour Pilots Service said the ship ran aground. Officers of the Harbour Pilots boarded it.",
    ]);
    assert!(
        same_entity(&es, "Harbour Pilots Service", "Harbour Pilots"),
        "{es:#?}"
    );
}

#[test]
fn a_town_sharing_a_surname_does_not_make_the_person_a_place() {
    let es = entities(&["Talks went on, the agent Mara Tolland said. Tolland declined to give figures."]);
    let e = by_form(&es, "Mara Tolland").expect("Tolland");
    assert_eq!(e.kind, EntityKind::Person, "{e:?}");
    assert!(e.aliases.contains(&"Tolland".to_string()), "{e:?}");
}

#[test]
fn a_shop_named_after_a_person_is_an_organisation() {
    let es = entities(&[
        "Robbers smashed the window of the Clara Delmont jewellery store on Friday.",
        "Thieves also hit the Swiss firm Brevaux last year.",
    ]);
    for name in ["Clara Delmont", "Brevaux"] {
        let e = by_form(&es, name).unwrap_or_else(|| panic!("{name}: {es:#?}"));
        assert_eq!(e.kind, EntityKind::Organisation, "{e:?}");
    }
}

#[test]
fn a_place_with_and_without_a_word_inside_is_one_place() {
    let es = entities(&[
        "Thieves struck the Harbourview Grand Hotel on Sunday.",
        "Guests of the Harbourview Hotel were moved. Staff at the Harbourview said little.",
    ]);
    assert!(
        same_entity(&es, "Harbourview Grand Hotel", "Harbourview Hotel"),
        "{es:#?}"
    );
    assert!(same_entity(&es, "Harbourview Hotel", "Harbourview"), "{es:#?}");
}

#[test]
fn a_town_in_a_long_title_run_keeps_its_kind() {
    // A lone town name that joins a long run with a title in it is not muted into a person.
    let es = entities(&[
        "Officials in Selby said the Selby City Clerk Marta Quill filed it. Selby residents waited.",
    ]);
    let e = by_form(&es, "Selby").expect("Selby");
    assert_eq!(e.kind, EntityKind::Place, "{e:?}");
}

#[test]
fn a_shared_surname_goes_to_the_person_the_articles_name_alone() {
    let es = entities(&[
        "Police shot Dario Vance on Friday. Vance was 17.",
        "Dario Vance died in hospital, said his aunt, Lena Vance. Vance was a student.",
        "Friends of Dario Vance gathered. Vance loved football.",
        "Dario Vance was unarmed, a witness said. Vance ran.",
        "Lena Vance spoke to reporters on Sunday.",
    ]);
    let d = by_form(&es, "Dario Vance").expect("Dario");
    assert!(d.aliases.contains(&"Vance".to_string()), "{es:#?}");
    assert!(!same_entity(&es, "Dario Vance", "Lena Vance"), "{es:#?}");
}

#[test]
fn word_count_matches_the_key() {
    for s in [
        "",
        " ",
        "U.S.",
        "O'Brien Co.",
        "AT&T",
        "A & B",
        "&",
        "& &",
        "Lee Jae-myung",
        "a--b",
        "x.y z",
        "R&D Inc.",
        "'s",
        "S&P 500",
        "São Paulo",
        "Ōsaka-fu",
        "  New  York ",
    ] {
        let folded = super::key(s);
        let expected = folded.split(' ').filter(|w| !w.is_empty()).count();
        assert_eq!(super::word_count(s), expected, "{s:?}");
    }
}

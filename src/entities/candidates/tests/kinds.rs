//! Kinds from the words around a name (areas, staff, parties, employers, distances) and
//! from its shape (an -ism, a foreign article, an ordinal), and what joins or splits names.

use super::*;

#[test]
fn institutions_holidays_and_long_names() {
    check(&[
        ("Later the Kremlin said it agreed.", &[("Kremlin", Some(Org))]),
        ("Talks may end by Easter next year.", &[("Easter", Some(Other))]),
        (
            "The National Institute of Meteorology warned of rain.",
            &[("National Institute of Meteorology", Some(Org))],
        ),
        (
            "Then President Luiz Inacio Lula da Silva flew in.",
            &[("Luiz Inacio Lula da Silva", Some(Per))],
        ),
        (
            "Rains hit Rio Grande do Sul again.",
            &[("Rio Grande do Sul", None)],
        ),
        (
            "Aid went to the Republic of Korea today.",
            &[("Republic of Korea", Some(Place))],
        ),
    ]);
}

#[test]
fn area_nouns_make_places() {
    check(&[
        (
            "The quake struck Hatay province late on Monday.",
            &[("Hatay", Some(Place))],
        ),
        (
            "Gunmen attacked a village in Zamfara state overnight.",
            &[("Zamfara", Some(Place))],
        ),
        (
            "Rescuers reached the town of Defne by dawn.",
            &[("Defne", Some(Place))],
        ),
        // Not a place: a meeting named after its host, and a name with no area noun.
        ("Voters asked Okafor town hall questions.", &[("Okafor", None)]),
        ("Rescuers reached Defne by dawn.", &[("Defne", None)]),
    ]);
}

#[test]
fn staff_at_a_body_and_relation_suffixes() {
    check(&[
        (
            "Analysts at Morgan Stanley said the results eased fears.",
            &[("Morgan Stanley", Some(Org))],
        ),
        (
            "She met Morgan Stanley in Paris.",
            &[("Morgan Stanley", None), ("Paris", Some(Place))],
        ),
    ]);
}

#[test]
fn party_members_name_a_party() {
    check(&[
        (
            "Die Linke won 8.8 percent, while the Free Democrats of Christian Lindner fell short.",
            &[
                ("Die Linke", Some(Org)),
                ("Free Democrats", Some(Org)),
                ("Christian Lindner", None),
            ],
        ),
        (
            "The Sweden Democrats gained ground.",
            &[("Sweden Democrats", Some(Org))],
        ),
        (
            "the AfD will have 152 seats and the Pirate Bloc 12 seats .",
            &[("AfD", Some(Org)), ("Pirate Bloc", Some(Org))],
        ),
    ]);
    // A candidate wins a share of the vote too: the tagger's person is not made a party.
    let s = "Emmanuel Macron won 58 percent .";
    use NerType::Per as TPer;
    let tags = [Tag::B(TPer), Tag::I(TPer), Tag::O, Tag::O, Tag::O, Tag::O];
    assert_eq!(
        names_with(s, Some(&tags)),
        [("Emmanuel Macron".to_string(), Some(Per))]
    );
    assert_eq!(share_after(&["took", "20.8", "%"]), Some(Share::Percent));
    assert_eq!(
        share_after(&["secured", "30", "per", "cent"]),
        Some(Share::Percent)
    );
    assert_eq!(share_after(&["will", "have", "152", "seats"]), Some(Share::Seats));
    assert_eq!(
        share_after(&["30", "percent"]),
        None,
        "a share needs a verb of winning"
    );
    assert_eq!(share_after(&["will", "58", "seats"]), None);
}

#[test]
fn an_ism_is_a_belief_whatever_the_tagger_says() {
    let s = "He turned to Buddhism in 1990 .";
    let tags = [
        Tag::O,
        Tag::O,
        Tag::O,
        Tag::B(NerType::Org),
        Tag::O,
        Tag::O,
        Tag::O,
    ];
    assert_eq!(
        names_with(s, Some(&tags)),
        [("Buddhism".to_string(), Some(Other))]
    );
    assert!(is_ism("Marxism") && is_ism("Catholicism"));
    assert!(!is_ism("Prism") && !is_ism("Chrism") && !is_ism("ism") && !is_ism("tourism"));
}

#[test]
fn a_foreign_article_opens_a_name_and_no_person() {
    // The tagger reads "Linke" alone, as a surname; the article belongs to the name, and a
    // name opening with an article is nobody's.
    let s = "Die Linke won 8.8 percent .";
    let tags = [Tag::O, Tag::B(NerType::Per), Tag::O, Tag::O, Tag::O, Tag::O];
    let got = names_with(s, Some(&tags));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Die Linke");
    assert_ne!(got[0].1, Some(EntityKind::Person), "{got:?}");
    // An English sentence-initial word the tagger skips is still cut off.
    let s = "Rival Samsung Electronics fell .";
    let tags = [Tag::O, Tag::B(NerType::Org), Tag::I(NerType::Org), Tag::O, Tag::O];
    assert_eq!(names_with(s, Some(&tags))[0].0, "Samsung Electronics");
}

#[test]
fn foreign_small_words_inside_names() {
    check(&[
        (
            "It finished ahead of the Alternative für Deutschland, which took 20.8 percent.",
            &[("Alternative für Deutschland", None)],
        ),
        (
            "In 1998 they joined the Bündnis für Arbeit and the Union des Démocrates.",
            &[("Bündnis für Arbeit", None), ("Union des Démocrates", None)],
        ),
    ]);
    // A joiner that is an English word or letter too joins only where the tagger spans the name.
    let s = "the Liberté et Progrès party won .";
    assert_eq!(
        names(s),
        [("Liberté".to_string(), None), ("Progrès".to_string(), None)]
    );
    let tags = [
        Tag::O,
        Tag::B(NerType::Org),
        Tag::I(NerType::Org),
        Tag::I(NerType::Org),
        Tag::O,
        Tag::O,
        Tag::O,
    ];
    assert_eq!(
        names_with(s, Some(&tags)),
        [("Liberté et Progrès".to_string(), Some(Org))]
    );
    // The tagger's span is no bridge over an English word ("and").
    let s = "Japan and China met .";
    let tags = [
        Tag::B(NerType::Loc),
        Tag::I(NerType::Loc),
        Tag::I(NerType::Loc),
        Tag::O,
        Tag::O,
    ];
    let got: Vec<String> = names_with(s, Some(&tags)).into_iter().map(|(n, _)| n).collect();
    assert_eq!(got, ["Japan", "China"]);
}

#[test]
fn employers_legislatures_and_products() {
    check(&[
        (
            "Merz, 69, a former BlackRock executive, has ruled out working with them.",
            &[("BlackRock", Some(Org))],
        ),
        (
            "The alliance won 208 seats in the 630-seat Bundestag on Sunday.",
            &[("Bundestag", Some(Org))],
        ),
        (
            "Jensen Huang said demand for its Blackwell chips was amazing.",
            &[("Jensen Huang", Some(Per)), ("Blackwell", Some(Other))],
        ),
        (
            "Analysts praised Google's Gemini model on Monday.",
            &[("Google", None), ("Gemini", Some(Other))],
        ),
    ]);
    // After "the" a maker's name is as likely: the tagger's organisation stands.
    let s = "They took the Pfizer vaccine .";
    let tags = [Tag::O, Tag::O, Tag::O, Tag::B(NerType::Org), Tag::O, Tag::O];
    assert_eq!(names_with(s, Some(&tags)), [("Pfizer".to_string(), Some(Org))]);
}

#[test]
fn local_office_titles_and_ages_are_not_part_of_the_name() {
    check(&[
        (
            "Undersheriff Dana Pruitt briefed reporters .",
            &[("Dana Pruitt", Some(Per))],
        ),
        (
            "It was Deputy Carl Mendez who ran in first .",
            &[("Carl Mendez", Some(Per))],
        ),
        (
            "Seventeen-year-old Tariq Bell was hurt .",
            &[("Tariq Bell", None)],
        ),
    ]);
    let got = names("Yesterday Rio Verde City Councilman Omar Fitch spoke .");
    assert!(got.contains(&("Omar Fitch".to_string(), Some(Per))), "{got:?}");
    // A title inside an institution's name is no title before a person.
    let got = names("He called the Office of the Chief Medical Examiner .");
    assert!(got.iter().all(|(n, _)| n != "Examiner"), "{got:?}");
    // A bare office is no name.
    assert_eq!(names("Then the District Attorney said no ."), []);
}

#[test]
fn an_office_possessive_joins_its_department() {
    let got = names("He served with the Marin County Sheriff's Department for years .");
    assert_eq!(
        got,
        [("Marin County Sheriff 's Department".to_string(), Some(Org))]
    );
}

#[test]
fn side_by_side_acronyms_written_apart_are_two_names() {
    let w = words("Crowds chanted ACLU FBI outside . Lawyers for ACLU sued , and the FBI declined .");
    let mut ctx = Context::default();
    ctx.observe(&w, false);
    let got: Vec<String> = find(&w, false, None, &ctx)
        .into_iter()
        .map(|c| w[c.units].join(" "))
        .collect();
    assert_eq!(got[..2], ["ACLU".to_string(), "FBI".to_string()], "{got:?}");
}

#[test]
fn ordinal_streets_and_precincts_are_names() {
    let got = names("Police closed 131st Street after the crash .");
    assert_eq!(got, [("131st Street".to_string(), Some(Place))]);
}

#[test]
fn a_capital_the_mid_sentence_belongs_to_the_name() {
    let got = names("The fault runs near The Pinnacles park .");
    assert_eq!(got[0].0, "The Pinnacles", "{got:?}");
}

#[test]
fn council_members_and_clerks_are_titles() {
    let got = names("On Monday Council Member Ana Ruiz and County Clerk Lee Dunn spoke .");
    assert!(got.contains(&("Ana Ruiz".to_string(), Some(Per))), "{got:?}");
    assert!(got.contains(&("Lee Dunn".to_string(), Some(Per))), "{got:?}");
}

#[test]
fn what_a_distance_is_measured_from_is_a_place() {
    let got = names("The quake struck 4 miles northwest of Tolland and 6 km from The Brakes .");
    assert_eq!(
        got,
        [
            ("Tolland".to_string(), Some(Place)),
            ("The Brakes".to_string(), Some(Place))
        ]
    );
    assert!(is_compass("north-northeast") && is_compass("southwest") && !is_compass("northern"));
}

#[test]
fn a_common_noun_abbreviation_closes_no_name() {
    let got = names("Please quote your Booking ID to staff .");
    assert_eq!(got, [("Booking".to_string(), None)]);
}

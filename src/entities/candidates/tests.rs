use super::*;
use crate::entities::context;
use crate::ner::NerType;
use crate::text::tokenize;

use EntityKind::{Organisation as Org, Other, Person as Per, Place};

fn words(sentence: &str) -> Vec<&str> {
    tokenize(sentence, 0..sentence.len())
        .into_iter()
        .map(|t| &sentence[t.span])
        .collect()
}

/// Names in one sentence, with the sentence alone as context.
fn names_with(sentence: &str, tags: Option<&[Tag]>) -> Vec<(String, Option<EntityKind>)> {
    let w = words(sentence);
    let title_case = context::is_title_case(&w);
    let mut ctx = Context::default();
    ctx.observe(&w, title_case);
    find(&w, title_case, tags, &ctx)
        .into_iter()
        .map(|c| (w[c.units].join(" "), c.kind))
        .collect()
}

fn names(sentence: &str) -> Vec<(String, Option<EntityKind>)> {
    names_with(sentence, None)
}

/// A sentence and the names expected in it.
type Case<'a> = (&'a str, &'a [(&'a str, Option<EntityKind>)]);

fn check(cases: &[Case]) {
    for &(sentence, want) in cases {
        let want: Vec<(String, Option<EntityKind>)> = want.iter().map(|&(n, k)| (n.to_string(), k)).collect();
        assert_eq!(names(sentence), want, "{sentence:?}");
    }
}

#[test]
fn multi_word_names_and_cue_words() {
    check(&[
        (
            "Remains were found at the Chosei Coal Mine in Yamaguchi Prefecture.",
            &[
                ("Chosei Coal Mine", Some(Place)),
                ("Yamaguchi Prefecture", Some(Place)),
            ],
        ),
        (
            "It was reported by the Jiji Press on Monday.",
            &[("Jiji Press", Some(Org))],
        ),
        (
            "Officials from the National Disaster Mitigation Agency arrived.",
            &[("National Disaster Mitigation Agency", Some(Org))],
        ),
        (
            "They sailed on the Sea of Japan at dawn.",
            &[("Sea of Japan", Some(Place))],
        ),
        (
            "She sits in the House of Representatives now.",
            &[("House of Representatives", Some(Org))],
        ),
        (
            "They will visit Horyu Temple on Wednesday.",
            &[("Horyu Temple", Some(Place))],
        ),
        (
            "It happened during the Pacific War and World War II.",
            &[("Pacific War", Some(Other)), ("World War II", Some(Other))],
        ),
        ("Trade with East Asia grew.", &[("East Asia", Some(Place))]),
        (
            "Jets of the South Korean Air Force flew.",
            &[("South Korean Air Force", Some(Org))],
        ),
        ("Veterans of the Korean War met.", &[("Korean War", Some(Other))]),
        ("Ties with S. Korea improved.", &[("S. Korea", Some(Place))]),
        (
            "He owns shares in Dai Nippon Printing Co. and more.",
            &[("Dai Nippon Printing Co.", Some(Org))],
        ),
        (
            "A film, “K-Pop Demon Hunters,” was a hit.",
            &[("K-Pop Demon Hunters", Some(Other))],
        ),
    ]);
}

#[test]
fn names_after_titles() {
    check(&[
        (
            "Japanese Prime Minister Sanae Takaichi met South Korean President Lee Jae-myung.",
            &[
                ("Japanese", Some(Place)),
                ("Sanae Takaichi", Some(Per)),
                ("South Korean", Some(Place)),
                ("Lee Jae-myung", Some(Per)),
            ],
        ),
        (
            "He spoke with Mr. Kim and Gov. Newsom today.",
            &[("Kim", Some(Per)), ("Newsom", Some(Per))],
        ),
        (
            "It faces the administration of U.S. President Donald Trump now.",
            &[("U.S.", Some(Place)), ("Donald Trump", Some(Per))],
        ),
        (
            "Later Chief Cabinet Secretary Minoru Kihara said so.",
            &[("Minoru Kihara", Some(Per))],
        ),
        (
            "Then Secretary of State Marco Rubio flew in.",
            &[("Marco Rubio", Some(Per))],
        ),
        ("Since then the Prime Minister has visited twice.", &[]),
        (
            "He met the South Korean President twice.",
            &[("South Korean", Some(Place))],
        ),
        (
            "The count was published by the Federal Returning Officer today.",
            &[],
        ),
        (
            "Britain's Chief Medical Officer warned of a surge.",
            &[("Britain", Some(Place))],
        ),
        (
            "It was said by prime minister Sanae Takaichi today.",
            &[("Sanae Takaichi", Some(Per))],
        ),
        ("He met Kim Jong Un, who smiled.", &[("Kim Jong Un", Some(Per))]),
        ("At noon Ms. Theresa May spoke.", &[("Theresa May", Some(Per))]),
    ]);
}

#[test]
fn not_entities() {
    check(&[
        ("Tuesday was busy.", &[]),
        ("The talks began in January and ended on Jan. 13.", &[]),
        ("Key Points", &[]),
        ("Pool Photo via AP", &[]),
        ("Related Tags", &[]),
        ("Don't Miss", &[]),
        ("FOCUS: Leaders Meet Again", &[]),
        ("Interestingly, the plan worked.", &[]),
        ("Improved bilateral ties may help.", &[]),
        ("DNA tests began at the site.", &[]),
        ("The remains were found in 14 Gennaio 2026 records.", &[]),
        ("Agency staff left early.", &[]),
        ("RELATED ARTICLES", &[]),
        ("Cases of COVID-19 rose and a 5 GW plant opened.", &[]),
    ]);
}

#[test]
fn weak_positions_need_evidence() {
    // Sentence-initial: a country is a name, an unknown capitalised word is not.
    check(&[
        ("Japan agreed to the terms.", &[("Japan", Some(Place))]),
        ("Expats welcomed the news.", &[]),
        ("Lee arrived in Tokyo.", &[("Tokyo", Some(Place))]),
        // A sentence adverb is not part of the name after it.
        ("Separately Kim Jong Un spoke.", &[("Kim Jong Un", None)]),
        ("Later Lee flew home.", &[("Lee", None)]),
    ]);
    // The headline case: only words with evidence are names.
    check(&[(
        "South Korea And Japan Forge New Ties In Tokyo",
        &[
            ("South Korea", Some(Place)),
            ("Japan", Some(Place)),
            ("Tokyo", Some(Place)),
        ],
    )]);
}

#[test]
fn acronyms() {
    check(&[
        (
            "Members of the Association of Southeast Asian Nations (ASEAN) met.",
            &[
                ("Association of Southeast Asian Nations", Some(Org)),
                ("ASEAN", Some(Org)),
            ],
        ),
        ("According to NHK, it rained.", &[("NHK", Some(Org))]),
        (
            "They met in the U.S. and the UAE.",
            &[("U.S.", Some(Place)), ("UAE", Some(Place))],
        ),
    ]);
}

#[test]
fn tagger_spans_are_confirmed_extended_or_vetoed() {
    use NerType::{Misc, Org as TOrg, Per as TPer};
    let s = "Yesterday Reuters quoted Kim Jong Un on Tuesday .";
    let tags = [
        Tag::O,
        Tag::B(TOrg),
        Tag::O,
        Tag::B(TPer),
        Tag::I(TPer),
        Tag::I(TPer),
        Tag::O,
        Tag::B(Misc),
        Tag::O,
    ];
    let got = names_with(s, Some(&tags));
    assert_eq!(
        got,
        [
            ("Reuters".to_string(), Some(Org)),
            ("Kim Jong Un".to_string(), Some(Per))
        ],
        "the tagger gives kinds, the weekday is vetoed"
    );
    // A tagger person span that starts with a title: the title is not part of the name.
    let s = "Later President Lee spoke .";
    let tags = [Tag::O, Tag::B(TPer), Tag::I(TPer), Tag::O, Tag::O];
    assert_eq!(names_with(s, Some(&tags)), [("Lee".to_string(), Some(Per))]);
    // A sentence-initial word the rules doubt is accepted when the tagger names it.
    let s = "Reuters reported it .";
    assert_eq!(names(s), []);
    let tags = [Tag::B(TOrg), Tag::O, Tag::O, Tag::O];
    assert_eq!(names_with(s, Some(&tags)), [("Reuters".to_string(), Some(Org))]);
    // A title word opening an institution's name is no title ("Premier League").
    let s = "the Premier League club said .";
    let tags = [Tag::O, Tag::B(TOrg), Tag::I(TOrg), Tag::O, Tag::O, Tag::O];
    assert_eq!(
        names_with(s, Some(&tags)),
        [("Premier League".to_string(), Some(Org))]
    );
    // A sentence-initial common word the tagger leaves out is not part of the name.
    let s = "Rival Samsung Electronics will report .";
    let tags = [Tag::O, Tag::B(TOrg), Tag::I(TOrg), Tag::O, Tag::O, Tag::O];
    assert_eq!(
        names_with(s, Some(&tags)),
        [("Samsung Electronics".to_string(), Some(Org))]
    );
}

#[test]
fn lawmakers_committees_and_particles() {
    check(&[
        (
            "Rep. Garret Graves (R-La.), who wrote the bill, spoke.",
            &[("Garret Graves", Some(Per))],
        ),
        (
            "Sen. Bill Cassidy, R-La., praised the vote.",
            &[("Bill Cassidy", Some(Per))],
        ),
        (
            "The vote in the House Transportation and Infrastructure Committee was close.",
            &[("House Transportation and Infrastructure Committee", Some(Org))],
        ),
        (
            "The Disaster and Emergency Management Authority said 41 people died.",
            &[("Disaster and Emergency Management Authority", Some(Org))],
        ),
        (
            "The far-right Alternative for Germany (AfD) came second.",
            &[("Alternative for Germany", None), ("AfD", None)],
        ),
        (
            "He backed Alternative for Germany on Sunday.",
            &[("Alternative", None), ("Germany", Some(Place))],
        ),
        (
            "The Interior Ministry and Foreign Ministry disagreed.",
            &[("Interior Ministry", Some(Org)), ("Foreign Ministry", Some(Org))],
        ),
        (
            "He met Apple and Samsung Electronics officials.",
            &[("Apple", None), ("Samsung Electronics", Some(Org))],
        ),
        (
            "It was up to Ursula von der Leyen to decide.",
            &[("Ursula von der Leyen", None)],
        ),
        (
            "Chief Financial Officer Kevan Parekh spoke.",
            &[("Kevan Parekh", Some(Per))],
        ),
        (
            "Fans of the Premier League were angry.",
            &[("Premier League", Some(Org))],
        ),
        (
            "Lionel Messi's Inter Miami made an offer, and Al-Hilal did too.",
            &[
                ("Lionel Messi", None),
                ("Inter Miami", Some(Org)),
                ("Al-Hilal", Some(Org)),
            ],
        ),
        (
            "Analysts heard Microsoft's Satya Nadella say so.",
            &[("Microsoft", None), ("Satya Nadella", None)],
        ),
        (
            "The deal (NASDAQ: AAPL) closed, analyst Dan Ives wrote.",
            &[("Dan Ives", Some(Per))],
        ),
        (
            "Rival Samsung Electronics will report.",
            &[("Samsung Electronics", Some(Org))],
        ),
    ]);
}

#[test]
fn iob_spans() {
    use NerType::{Loc, Org, Per};
    let tags = [
        Tag::B(Per),
        Tag::I(Per),
        Tag::O,
        Tag::I(Loc),
        Tag::B(Org),
        Tag::I(Per),
    ];
    let got: Vec<(Range<usize>, NerType)> = spans(&tags);
    assert_eq!(got, [(0..2, Per), (3..4, Loc), (4..5, Org), (5..6, Per)]);
}

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

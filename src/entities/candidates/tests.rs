use super::*;
use crate::entities::context;
use crate::ner::NerType;
use crate::text::tokenize;

use EntityKind::{Organisation as Org, Other, Person as Per, Place};

fn words(sentence: &str) -> Vec<&str> {
    tokenize(sentence, 0..sentence.len())
        .into_iter()
        .map(|t| &sentence[t.span()])
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

/// The kinds the words around a name and its shape give it, and the rules of later years.
mod kinds;

use super::document::*;
use super::sentence::*;
use crate::ner::gazetteer::Gazetteer;
use crate::ner::{NerType, Tag};

#[test]
fn in_a_sports_report_a_city_standing_for_its_team_is_the_club() {
    // The cue words are looked up by binary search and kept as bits of a u32.
    assert!(SPORTS_WORDS.windows(2).all(|w| w[0] < w[1]) && SPORTS_WORDS.len() <= 32);
    assert!(
        SPORTS_WORDS
            .iter()
            .all(|w| (4..=12).contains(&w.len()) && w.as_bytes()[0].is_ascii_lowercase())
    );
    use NerType::{Loc, Org, Per};
    let (b, o) = (Tag::B, Tag::O);
    let gaz = Gazetteer::parse("country\tChile\ncity\tBoston\n");
    let sentences: Vec<Vec<&str>> = vec![
        vec![
            "BOSTON", "—", "Tatum", "scored", "41", "points", "for", "Boston", ".",
        ],
        vec!["The", "coach", "praised", "the", "squad", "in", "Boston", "."],
        vec!["Chile", "won", "the", "match", "."],
    ];
    let before = vec![
        vec![b(Loc), o, b(Per), o, o, o, o, b(Loc), o],
        vec![o, o, o, o, o, o, b(Loc), o],
        vec![b(Loc), o, o, o, o],
    ];
    let mut tags = before.clone();
    sports_teams(&gaz, &sentences, &mut tags);
    // The dateline, a place after "in" and a country stay places.
    assert_eq!(tags[0], [b(Loc), o, b(Per), o, o, o, o, b(Org), o]);
    assert_eq!(tags[1..], before[1..]);
    // Without the words of a sports report, nothing changes.
    let mut news = vec![vec![o, o, o, o, o, o, o, b(Loc), o]];
    let toks = vec![vec![
        "He", "said", "41", "people", "died", "near", "for", "Boston", ".",
    ]];
    sports_teams(&gaz, &toks, &mut news);
    assert_eq!(news[0][7], b(Loc));
}

#[test]
fn a_country_named_alone_is_a_place() {
    use NerType::{Loc, Org, Per};
    let gaz = Gazetteer::parse("country\tTaiwan\ncountry\tChina\ncity\tBeijing\n");
    let (b, o) = (Tag::B, Tag::O);
    let tokens = [
        "pressure", "on", "Taiwan", ",", "which", "Beijing", "and", "China", "Airlines",
    ];
    let mut tags = vec![o, o, b(Org), o, o, b(Org), o, b(Org), Tag::I(Org)];
    countries_are_places(&gaz, &tokens, &mut tags);
    // A city stays an organisation (a government, a club); a country inside a longer
    // name stays part of it.
    assert_eq!(tags, [o, o, b(Loc), o, o, b(Org), o, b(Org), Tag::I(Org)]);
    let mut person = vec![b(Per)];
    countries_are_places(&gaz, &["Jordan"], &mut person);
    assert_eq!(person, [b(Per)], "not a country in these lists");
}

#[test]
fn a_word_of_a_persons_name_is_that_person_alone() {
    use NerType::{Loc, Per};
    let (b, i, o) = (Tag::B, Tag::I, Tag::O);
    // The built-in title words only.
    let gaz = Gazetteer::parse("");
    let sentences: Vec<Vec<&str>> = vec![
        vec![
            "Lee", "met", "Xi", "Jinping", "and", "Prince", "William", "in", "Beijing",
        ],
        vec!["Xi", "called", "on", "Lee", "."],
        vec![
            "China", "'s", "Xi", "and", "the", "Jinping", "era", "and", "Xi", "Jinping",
        ],
        vec!["William", "Smith", "met", "Prince", "."],
    ];
    let mut tags = vec![
        vec![b(Per), o, b(Per), i(Per), o, b(Per), i(Per), o, b(Loc)],
        vec![o, o, o, o, o],
        vec![b(Loc), o, o, o, o, o, o, o, o, o],
        vec![o, o, o, o, o],
    ];
    person_name_parts(&gaz, &sentences, &mut tags);
    assert_eq!(
        tags[1],
        [b(Per), o, o, o, o],
        "Lee is no part of a longer name here"
    );
    // After an article, and beside another capital, a name word is left alone.
    assert_eq!(tags[2], [b(Loc), o, b(Per), o, o, o, o, o, o, o]);
    // "Prince" is a title in the built-in list; "William Smith" is a capitalised pair.
    assert_eq!(tags[3], [o, o, o, o, o]);
}

#[test]
fn a_name_ending_in_a_place_kind_is_a_place() {
    use NerType::{Loc, Org, Per};
    let (b, i, o) = (Tag::B, Tag::I, Tag::O);
    let cases: [(&[&str], Vec<Tag>, Vec<Tag>); 3] = [
        (
            &["at", "Yasukuni", "Shrine"],
            vec![o, b(Per), i(Per)],
            vec![o, b(Loc), i(Loc)],
        ),
        // A surname that is also a place's kind, an organisation, and a lone word stay.
        (
            &["Stuart", "Hall", "and", "Temple"],
            vec![b(Per), i(Per), o, b(Per)],
            vec![b(Per), i(Per), o, b(Per)],
        ),
        (&["Union", "Station"], vec![b(Org), i(Org)], vec![b(Org), i(Org)]),
    ];
    for (tokens, mut tags, want) in cases {
        places_by_head(tokens, &mut tags);
        assert_eq!(tags, want, "{tokens:?}");
    }
}

#[test]
fn a_lower_case_the_is_left_out_of_a_name() {
    use NerType::{Loc, Misc};
    let (b, i, o) = (Tag::B, Tag::I, Tag::O);
    let cases: [(&[&str], Vec<Tag>, Vec<Tag>); 3] = [
        (
            &["in", "the", "United", "States"],
            vec![o, b(Loc), i(Loc), i(Loc)],
            vec![o, o, b(Loc), i(Loc)],
        ),
        // A capital "The" is written as part of the title; a lone "the" tagged as a name
        // is left for the tagger to answer for.
        (
            &["The", "Hague", "and", "The", "Wheel", "of", "Time"],
            vec![b(Loc), i(Loc), o, b(Misc), i(Misc), i(Misc), i(Misc)],
            vec![b(Loc), i(Loc), o, b(Misc), i(Misc), i(Misc), i(Misc)],
        ),
        (&["the", "end"], vec![b(Misc), o], vec![b(Misc), o]),
    ];
    for (tokens, mut tags, want) in cases {
        no_leading_article(tokens, &mut tags);
        assert_eq!(tags, want, "{tokens:?}");
    }
}

#[test]
fn a_month_beside_a_day_is_no_name() {
    let per = Tag::B(NerType::Per);
    let loc = Tag::B(NerType::Loc);
    let cases: [(&[&str], Vec<Tag>, Vec<Tag>); 4] = [
        (
            &["NARA", ",", "Jan", ".", "14"],
            vec![loc, Tag::O, loc, Tag::O, Tag::O],
            vec![loc, Tag::O, Tag::O, Tag::O, Tag::O],
        ),
        (
            &["on", "14", "May", "2026"],
            vec![Tag::O, Tag::O, loc, Tag::O],
            vec![Tag::O; 4],
        ),
        // A person named May, and a month with no day beside it, keep their tags.
        (
            &["Theresa", "May", "said"],
            vec![per, Tag::I(NerType::Per), Tag::O],
            vec![per, Tag::I(NerType::Per), Tag::O],
        ),
        (
            &["May", "spoke", "in", "2019"],
            vec![per, Tag::O, Tag::O, Tag::O],
            vec![per, Tag::O, Tag::O, Tag::O],
        ),
    ];
    for (tokens, mut tags, want) in cases {
        untag_dates(tokens, &mut tags);
        assert_eq!(tags, want, "{tokens:?}");
    }
}

#[test]
fn company_suffix_makes_an_organisation() {
    use NerType::{Loc, Misc, Org, Per};
    let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
        (
            &["Dai", "Nippon", "Printing", "Co.", "said"],
            vec![Tag::B(Misc), Tag::I(Misc), Tag::I(Misc), Tag::I(Misc), Tag::O],
            vec![Tag::B(Org), Tag::I(Org), Tag::I(Org), Tag::I(Org), Tag::O],
        ),
        (
            &["Eberhard", "Faber", "GmbH"],
            vec![Tag::B(Per), Tag::I(Per), Tag::I(Per)],
            vec![Tag::B(Org), Tag::I(Org), Tag::I(Org)],
        ),
        // The suffix alone, or after the name rather than inside it, changes nothing.
        (
            &["Inc.", "reported"],
            vec![Tag::B(Misc), Tag::O],
            vec![Tag::B(Misc), Tag::O],
        ),
        (
            &["John", "Smith", "Ltd", "."],
            vec![Tag::B(Per), Tag::I(Per), Tag::O, Tag::O],
            vec![Tag::B(Per), Tag::I(Per), Tag::O, Tag::O],
        ),
        // The word for a kind of organisation ends a name as a legal form does; in lower
        // case it is no part of the name.
        (
            &["at", "Wedbush", "Securities"],
            vec![Tag::O, Tag::B(Loc), Tag::I(Loc)],
            vec![Tag::O, Tag::B(Org), Tag::I(Org)],
        ),
        (
            &["Ohio", "group"],
            vec![Tag::B(Loc), Tag::I(Loc)],
            vec![Tag::B(Loc), Tag::I(Loc)],
        ),
    ];
    for (tokens, mut tags, want) in cases {
        tidy(&Gazetteer::default(), tokens, &mut tags);
        assert_eq!(tags, want, "{tokens:?}");
    }
}

#[test]
fn datelines_open_with_a_place() {
    use NerType::{Loc, Misc, Org, Per};
    let o = Tag::O;
    let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
        (
            &["AL-AIN", ",", "United", "Arab", "Emirates", "1996-12-06"],
            vec![Tag::B(Misc), o, Tag::B(Loc), Tag::I(Loc), Tag::I(Loc), o],
            vec![Tag::B(Loc), o, Tag::B(Loc), Tag::I(Loc), Tag::I(Loc), o],
        ),
        (
            &["PORT", "MORESBY", "(", "Jiji", "Press", ")", "-"],
            vec![o; 7],
            vec![Tag::B(Loc), Tag::I(Loc), o, Tag::B(Org), Tag::I(Org), o, o],
        ),
        (
            &["UBE", ",", "Jan.", "13", "(", "Kyodo", ")", "-"],
            vec![o, o, o, o, o, Tag::B(Per), o, o],
            vec![Tag::B(Loc), o, o, o, o, Tag::B(Org), o, o],
        ),
        // A headline, a label before a dash and a weekday are no places.
        (
            &["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"],
            vec![o, o, Tag::B(Loc), o, o, o],
            vec![o, o, Tag::B(Loc), o, o, o],
        ),
        (
            &["CARDIFF", "-", "Labour", "held"],
            vec![Tag::B(Org), o, Tag::B(Org), o],
            vec![Tag::B(Loc), o, Tag::B(Org), o],
        ),
        (&["BREAKING", "—", "Police", "say"], vec![o; 4], vec![o; 4]),
        (&["MONDAY", ",", "Jan.", "13"], vec![o; 4], vec![o; 4]),
    ];
    for (tokens, mut tags, want) in cases {
        place_datelines(tokens, &mut tags);
        assert_eq!(tags, want, "{tokens:?}");
    }
}

#[test]
fn an_administration_is_its_presidents() {
    let (org, iorg) = (Tag::B(NerType::Org), Tag::I(NerType::Org));
    let mut tags = vec![Tag::O, org, iorg, Tag::O];
    presidents_administrations(&["the", "Trump", "administration", "said"], &mut tags);
    assert_eq!(tags, vec![Tag::O, Tag::B(NerType::Per), Tag::O, Tag::O]);
    // A capitalised agency's name is left alone, and so is "the administration".
    let mut tags = vec![org, iorg, iorg, iorg];
    presidents_administrations(&["Food", "and", "Drug", "Administration"], &mut tags);
    assert_eq!(tags, vec![org, iorg, iorg, iorg]);
    let mut tags = vec![org, iorg];
    presidents_administrations(&["the", "administration"], &mut tags);
    assert_eq!(tags, vec![org, iorg]);
}

#[test]
fn storms_are_events() {
    use NerType::{Misc, Per};
    let o = Tag::O;
    let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
        (
            &["Hurricane", "Melissa", "hit"],
            vec![o, Tag::B(Per), o],
            vec![Tag::B(Misc), Tag::I(Misc), o],
        ),
        (
            &["Tropical", "Storm", "Erin", "formed"],
            vec![o, o, Tag::B(Per), o],
            vec![Tag::B(Misc), Tag::I(Misc), Tag::I(Misc), o],
        ),
        // A storm word alone, or a name after a lower-case "storm", is left alone.
        (
            &["Storm", "warnings"],
            vec![Tag::B(Misc), o],
            vec![Tag::B(Misc), o],
        ),
        (
            &["the", "storm", "Arthur", "Smith", "saw"],
            vec![o, o, Tag::B(Per), Tag::I(Per), o],
            vec![o, o, Tag::B(Per), Tag::I(Per), o],
        ),
    ];
    for (tokens, mut tags, want) in cases {
        named_storms(tokens, &mut tags);
        assert_eq!(tags, want, "{tokens:?}");
    }
}

#[test]
fn peoples_names_are_misc() {
    let gaz = Gazetteer::parse("demonym\tNorth Korean\ndemonym\tKorean\ncountry\tNorth Korea\n");
    let (loc, iloc) = (Tag::B(NerType::Loc), Tag::I(NerType::Loc));
    let mut tags = vec![loc, iloc, Tag::O, loc, iloc];
    demonyms_are_misc(&gaz, &["North", "Korean", "leader", "North", "Korea"], &mut tags);
    let misc = [Tag::B(NerType::Misc), Tag::I(NerType::Misc)];
    assert_eq!(tags, vec![misc[0], misc[1], Tag::O, loc, iloc]);
}

#[test]
fn a_person_with_a_profit_is_a_company() {
    let (per, org) = (Tag::B(NerType::Per), Tag::B(NerType::Org));
    let sentences = vec![
        vec!["Shell", "'s", "profit", "rose"],
        vec!["analysts", "expected", "Shell", "to", "report"],
        vec!["Musk", "'s", "shares", "and", "Shell", "Oil"],
    ];
    let mut tags = vec![
        vec![per, Tag::O, Tag::O, Tag::O],
        vec![Tag::O, Tag::O, per, Tag::O, Tag::O],
        vec![per, Tag::O, Tag::O, Tag::O, per, Tag::I(NerType::Per)],
    ];
    companies_by_context(&sentences, &mut tags);
    assert_eq!(tags[0][0], org);
    assert_eq!(tags[1][2], org, "every one-word mention");
    // A person's shares stay a person's; a longer name is left alone.
    assert_eq!(tags[2][0], per);
    assert_eq!(tags[2][4], per);
}

#[test]
fn sentence_starts_take_the_documents_label() {
    let org = Tag::B(NerType::Org);
    let doc = |a: &[&'static str], b: &[&'static str]| vec![a.to_vec(), b.to_vec()];
    // "Amazon" opens a sentence where the tagger missed it; later it is an organisation.
    let sentences = doc(&["Amazon", "said", "so"], &["cuts", "at", "Amazon", "."]);
    let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, Tag::O, org, Tag::O]];
    propagate(&sentences, &mut tags);
    assert_eq!(tags[0][0], org);
    // Not when the document also writes the word in lower case ("Apple" and "apple"),
    // nor when a capital follows (the start of a longer name the tagger did not see).
    let sentences = doc(&["Apple", "pie", "and"], &["an", "apple", "from", "Apple"]);
    let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, Tag::O, Tag::O, org]];
    propagate(&sentences, &mut tags);
    assert_eq!(tags[0][0], Tag::O);
    let sentences = doc(&["Amazon", "Web", "Services"], &["at", "Amazon"]);
    let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, org]];
    propagate(&sentences, &mut tags);
    assert_eq!(tags[0], vec![Tag::O; 3]);
}

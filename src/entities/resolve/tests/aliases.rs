//! Pairs of names that resolve to one entity: a table of briefings per kind of name.

use super::*;

/// Each case's two forms name one entity in the briefing of its texts.
fn assert_merged(cases: &[(&[&str], &str, &str)]) {
    for &(texts, a, b) in cases {
        let es = entities(texts);
        let ea = by_form(&es, a).unwrap_or_else(|| panic!("{a} missing in {es:#?}"));
        let eb = by_form(&es, b).unwrap_or_else(|| panic!("{b} missing in {es:#?}"));
        assert_eq!(ea.id, eb.id, "{a} = {b}: {es:#?}");
    }
}

/// A person's name in another order, spelling or length is one person.
#[test]
fn person_name_variants_merge() {
    assert_merged(&[
        (
            &[
                "Prime Minister Sanae Takaichi spoke.",
                "Prime Minister Takaichi Sanae spoke. Later Takaichi left.",
            ],
            "Sanae Takaichi",
            "Takaichi Sanae",
        ),
        (
            &[
                "President Lee Jae-myung arrived.",
                "President Lee Jae Myung left. Then Lee spoke.",
            ],
            "Lee Jae-myung",
            "Lee Jae Myung",
        ),
        (
            &[
                "Talks with President Lee Jae-myung went on.",
                "Later President Lee left.",
            ],
            "Lee Jae-myung",
            "President Lee",
        ),
        (
            &[
                "He met Takaichi Sanae in Nara.",
                "The aide said Takaichi's view was firm.",
            ],
            "Takaichi Sanae",
            "Takaichi",
        ),
    ]);
}

/// An organisation's acronym or short name is the organisation.
#[test]
fn acronyms_and_short_names_merge() {
    assert_merged(&[
        (
            &[
                "The far-right Alternative for Germany (AfD) came second.",
                "Leaders of the AfD said so.",
            ],
            "Alternative for Germany",
            "AfD",
        ),
        (
            &[
                "Officials of the National Disaster Mitigation Agency (BNPB) said 20 died. Later the BNPB raised it.",
            ],
            "National Disaster Mitigation Agency",
            "BNPB",
        ),
        (
            &[
                "The National Disaster Mitigation Agency said so.",
                "The NDMA said so too.",
            ],
            "National Disaster Mitigation Agency",
            "NDMA",
        ),
        (
            &[
                "Reports came from the Jiji Press office.",
                "Editors at Jiji said so.",
            ],
            "Jiji Press",
            "Jiji",
        ),
    ]);
}

/// Names a text states as one ("called X … and Y", "also known as"), a country's short
/// forms, and a headline's short name for a named storm.
#[test]
fn stated_and_short_aliases_merge() {
    assert_merged(&[
        (
            &["There is a dispute over islands called Takeshima in Japan and Dokdo in South Korea today."],
            "Takeshima",
            "Dokdo",
        ),
        (
            &["He met John Smith, also known as Johnny Blaze, on Monday."],
            "John Smith",
            "Johnny Blaze",
        ),
        (
            &[
                "Officials in the U.S. agreed.",
                "The United States said so. In America, it rained.",
            ],
            "United States",
            "U.S.",
        ),
        (
            &["# Eunice Batters Coast\nWinds rose as Storm Eunice hit the coast."],
            "Storm Eunice",
            "Eunice",
        ),
    ]);
}

//! Counts: what each number counts, its subgroup and its hedge.

use super::*;

/// A list without its verb and noun counts what its first number counts; a number after a name
/// with no list before it is part of the name.
#[test]
fn counts_in_a_list_share_its_head() {
    check(&[
        // A list without its verb and noun counts what its first number counts.
        (
            "The Union will have 152 seats, the Labour Party 120 and Greens 85.",
            vec![
                (Count, "152 seats", "152", None, Some("seats"), None),
                (Count, "120", "120", None, Some("seats"), None),
                (Count, "85", "85", None, Some("seats"), None),
            ],
        ),
        // A number after a name with no list before it is still part of the name.
        ("They flew on Apollo 11 and Soyuz 2.", vec![]),
        (
            "claiming the lives of 47 Japanese workers and 136 from the Korean Peninsula.",
            vec![
                (
                    Count,
                    "47 Japanese workers",
                    "47",
                    None,
                    Some("workers"),
                    Some("japan"),
                ),
                (Count, "136", "136", None, Some("workers"), Some("korea")),
            ],
        ),
    ]);
}

/// The head of a count is the noun it counts, up to the first word that ends the phrase.
#[test]
fn the_head_is_the_noun_counted() {
    check(&[
        // "other" before a noun is its adjective; alone it is the noun.
        (
            "He stood with five other young men.",
            vec![(Count, "five other young men", "5", None, Some("men"), None)],
        ),
        (
            "The blast hurt three others.",
            vec![(Count, "three others", "3", None, Some("others"), None)],
        ),
        // A month after a count's noun is no day of it.
        (
            "Some 300 people left in January.",
            vec![(
                Count,
                "Some 300 people",
                "300",
                Some(Qualifier::About),
                Some("people"),
                None,
            )],
        ),
        // A coordinated compound: the head is the noun after the conjunction.
        (
            "Around 1,500 search and rescue workers are at the scene.",
            vec![(
                Count,
                "Around 1,500 search and rescue workers",
                "1500",
                Some(Qualifier::About),
                Some("rescue workers"),
                None,
            )],
        ),
        // Plural before the conjunction: two heads, the first counted.
        (
            "It hit 30 towns and villages.",
            vec![(Count, "30 towns", "30", None, Some("towns"), None)],
        ),
        // A preposition ends the phrase; the hedge before "magnitude" is the quantity's.
        (
            "Three aftershocks above magnitude 4 followed within an hour.",
            vec![
                (Count, "Three aftershocks", "3", None, Some("aftershocks"), None),
                (
                    Quantity,
                    "above magnitude 4",
                    "4",
                    Some(Qualifier::MoreThan),
                    None,
                    None,
                ),
            ],
        ),
        (
            "The quake left 24 dead.",
            vec![(Count, "24 dead", "24", None, Some("dead"), None)],
        ),
        (
            "It destroyed about 1,500 houses in the valley.",
            vec![(
                Count,
                "about 1,500 houses",
                "1500",
                Some(Qualifier::About),
                Some("houses"),
                None,
            )],
        ),
        (
            "One person died and one of them fled.",
            vec![(Count, "One person", "1", None, Some("person"), None)],
        ),
        (
            "Police said twelve people were hurt.",
            vec![(Count, "twelve people", "12", None, Some("people"), None)],
        ),
    ]);
}

/// A nationality before the noun is the count's subgroup.
#[test]
fn a_nationality_is_a_subgroup() {
    check(&[
        (
            "where 180 workers—including 136 Korean forced laborers—were killed",
            vec![
                (Count, "180 workers", "180", None, Some("workers"), None),
                (
                    Count,
                    "136 Korean forced laborers",
                    "136",
                    None,
                    Some("laborers"),
                    Some("korea"),
                ),
            ],
        ),
        (
            "For the approximately 430,000 Korean residents in Japan",
            vec![(
                Count,
                "approximately 430,000 Korean residents",
                "430000",
                Some(Qualifier::About),
                Some("residents"),
                Some("korea"),
            )],
        ),
    ]);
}

/// A hedge before or after the number is the count's qualifier.
#[test]
fn hedged_counts() {
    check(&[
        (
            "More than 180 miners died and at least 40 were missing, with 200 or more hurt.",
            vec![
                (
                    Count,
                    "More than 180 miners",
                    "180",
                    Some(Qualifier::MoreThan),
                    Some("miners"),
                    None,
                ),
                (Count, "at least 40", "40", Some(Qualifier::AtLeast), None, None),
                (Count, "200 or more", "200", Some(Qualifier::AtLeast), None, None),
            ],
        ),
        (
            "Nearly 2 million people fled, up to 300 soldiers and fewer than 10 doctors stayed.",
            vec![
                (
                    Count,
                    "Nearly 2 million people",
                    "2000000",
                    Some(Qualifier::About),
                    Some("people"),
                    None,
                ),
                (
                    Count,
                    "up to 300 soldiers",
                    "300",
                    Some(Qualifier::AtMost),
                    Some("soldiers"),
                    None,
                ),
                (
                    Count,
                    "fewer than 10 doctors",
                    "10",
                    Some(Qualifier::LessThan),
                    Some("doctors"),
                    None,
                ),
            ],
        ),
    ]);
}

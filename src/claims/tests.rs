use crate::claims::testkit::{day, kit, years};
use crate::claims::{Claim, Verdict};
use crate::dates::DateValue;
use crate::entities::EntityKind;

/// (verdict, sorted normalized values with their source) of the claim whose key starts with `key`.
fn find<'a>(claims: &'a [Claim], key: &str) -> Vec<&'a Claim> {
    claims
        .iter()
        .filter(|c| c.statements.iter().any(|s| s.key.starts_with(key)))
        .collect()
}

fn values(c: &Claim) -> Vec<(usize, String)> {
    c.statements
        .iter()
        .map(|s| (s.value.source, s.value.normalized.clone()))
        .collect()
}

#[test]
fn death_toll_disagreement_with_subgroup_agreement_and_traps() {
    let k = kit(&[
        "A flood at the mine killed 180 workers, including 136 Korean laborers. The company said 180 workers were killed. The town has 180 houses.",
        "The flood left 183 people dead. Of them, 136 Korean laborers died.",
        "The mine flooded in 1942. More than 180 miners perished in the flood.",
    ]);
    let claims = k.claims();
    let toll = find(&claims, "count|killed||");
    assert_eq!(toll.len(), 1, "{claims:#?}");
    assert_eq!(toll[0].verdict, Verdict::Disagree);
    // One statement per source: the company repeating 180 is not a second voice.
    assert_eq!(
        values(toll[0]),
        [(0, "180".to_string()), (1, "183".into()), (2, "180".into())]
    );
    let korean = find(&claims, "count|killed|korea|");
    assert_eq!(korean.len(), 1);
    assert_eq!(korean[0].verdict, Verdict::Agree);
    assert_eq!(korean[0].statements.len(), 2);
    // Same number, different meaning: the town's 180 houses stay apart.
    let houses = find(&claims, "count|noun:house|");
    assert_eq!(houses.len(), 1);
    assert_eq!(houses[0].verdict, Verdict::Single);
    assert_eq!(houses[0].statements.len(), 1);
    // Disagreements come first and ids follow the order.
    assert_eq!(claims[0].verdict, Verdict::Disagree);
    let ids: Vec<&str> = claims.iter().map(|c| c.id.as_str()).collect();
    let want: Vec<String> = (1..=claims.len()).map(|i| format!("c{i}")).collect();
    assert_eq!(ids, want);
}

#[test]
fn hedged_figures_fit_what_they_allow() {
    let cases = [
        (
            "More than 180 people were killed.",
            "In all, 183 people were killed.",
            Verdict::Agree,
        ),
        (
            "Exactly 180 people were killed.",
            "In all, 183 people were killed.",
            Verdict::Disagree,
        ),
        (
            "About 430,000 Korean residents live in Japan.",
            "Japan has 428,000 Korean residents.",
            Verdict::Agree,
        ),
        (
            "About 430,000 Korean residents live in Japan.",
            "Japan has 380,000 Korean residents.",
            Verdict::Disagree,
        ),
        (
            "Exports reached $1.5 billion in 2025.",
            "Exports hit $1.52 billion last year.",
            Verdict::Agree,
        ),
        (
            "Up to 40 people were injured.",
            "Officials said 45 people were injured.",
            Verdict::Disagree,
        ),
    ];
    for (a, b, want) in cases {
        let claims = kit(&[a, b]).claims();
        let multi: Vec<&Claim> = claims.iter().filter(|c| c.statements.len() == 2).collect();
        assert_eq!(multi.len(), 1, "{a} / {b}: {claims:#?}");
        assert_eq!(multi[0].verdict, want, "{a} / {b}");
    }
}

#[test]
fn far_apart_figures_are_different_things() {
    // 24 and 2,400 killed are not one figure misreported: two single claims, no disagreement.
    let claims = kit(&["The blast killed 24 people.", "The war has killed 2,400 people."]).claims();
    assert!(claims.iter().all(|c| c.verdict == Verdict::Single), "{claims:#?}");
    assert_eq!(claims.len(), 2);
}

#[test]
fn sequences_of_ordinals_speak_for_the_latest_event() {
    let claims = kit(&[
        "Their first meeting was in October. Their second meeting was in November. The Nara summit was their third meeting.",
        "The Nara summit was the third face-to-face contact between the two.",
        "The meeting marked the second time the two leaders had met.",
    ])
    .claims();
    let meetings = find(&claims, "ordinal|meeting");
    assert_eq!(meetings.len(), 1, "{claims:#?}");
    assert_eq!(meetings[0].verdict, Verdict::Disagree);
    assert_eq!(
        values(meetings[0]),
        [(0, "3".to_string()), (1, "3".into()), (2, "2".into())]
    );
}

#[test]
fn dates_with_precision_and_a_misdated_source() {
    let mut k = kit(&[
        "The summit took place in January 2026. The leaders first met in October 2025.",
        "The summit was held on January 13 in Nara. Their first meeting was in October 2025.",
        "The two leaders met on January 11 in Nara.",
        "Lee arrived in Nara on January 12. The summit was held on January 13 in Nara.",
    ]);
    k.date(0, "January 2026", DateValue::Month { year: 2026, month: 1 })
        .date(
            0,
            "October 2025",
            DateValue::Month {
                year: 2025,
                month: 10,
            },
        )
        .date(1, "January 13", day(2026, 1, 13))
        .date(
            1,
            "October 2025",
            DateValue::Month {
                year: 2025,
                month: 10,
            },
        )
        .date(2, "January 11", day(2026, 1, 11))
        .date(3, "January 12", day(2026, 1, 12))
        .date(3, "January 13", day(2026, 1, 13))
        .entity("Nara", EntityKind::Place);
    let claims = k.claims();
    // The summit is the main event: its datings share one key, whatever word each source uses.
    let summit = find(&claims, super::event::MAIN_DATE_KEY);
    let meeting = find(&claims, "date|meeting");
    let summit = summit
        .iter()
        .find(|c| c.statements.iter().any(|s| s.value.normalized == "2026-01-13"))
        .expect("a claim on the summit date");
    assert_eq!(summit.verdict, Verdict::Disagree, "{claims:#?}");
    let mut got = values(summit);
    got.sort();
    assert_eq!(
        got,
        [
            (0, "2026-01".to_string()),
            (1, "2026-01-13".into()),
            (2, "2026-01-11".into()),
            (3, "2026-01-13".into())
        ]
    );
    assert!(summit.topic.contains("Nara"), "{}", summit.topic);
    // The earlier meeting is its own claim, agreed by two sources, not a disagreement.
    let october = meeting
        .iter()
        .find(|c| c.statements.iter().any(|s| s.value.normalized == "2025-10"))
        .expect("a claim on the first meeting");
    assert_eq!(october.verdict, Verdict::Agree);
    // The arrival is another event.
    let arrival = find(&claims, "date|arrival");
    assert_eq!(arrival.len(), 1);
    assert_eq!(arrival[0].verdict, Verdict::Single);
}

#[test]
fn a_wrong_weekday_is_flagged() {
    let mut k = kit(&[
        "The summit was held on Tuesday, January 14.",
        "The summit was held on January 14.",
    ]);
    k.date_checked(0, "Tuesday, January 14", day(2026, 1, 14), Some(false))
        .date(1, "January 14", day(2026, 1, 14));
    let claims = k.claims();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].verdict, Verdict::Disagree);
    assert!(claims[0].topic.contains("weekday"), "{}", claims[0].topic);
}

#[test]
fn index_scales_linearly() {
    // Many sources, each with a toll and an unrelated count: the claims stay two, not n².
    let texts: Vec<String> = (0..400)
        .map(|i| {
            format!(
                "The flood killed {} people. The town has {} houses.",
                180 + i % 2,
                90 + i
            )
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let claims = kit(&refs).claims();
    let toll = find(&claims, "count|killed||");
    assert_eq!(toll.len(), 1);
    assert_eq!(toll[0].statements.len(), 400);
    assert_eq!(toll[0].verdict, Verdict::Disagree);
}

#[test]
fn bare_noun_counts_do_not_disagree() {
    // "30,000 people" in one place and "25,000 people" in another are likely different crowds:
    // with no predicate to tie them, they stay apart; equal figures still agree.
    let claims = kit(&[
        "The city has 30,000 people. The hall seats 2,000 people.",
        "Some 25,000 people marched. The hall seats 2,000 people.",
    ])
    .claims();
    assert!(
        claims.iter().all(|c| c.verdict != Verdict::Disagree),
        "{claims:#?}"
    );
    let agreed: Vec<&Claim> = claims.iter().filter(|c| c.verdict == Verdict::Agree).collect();
    assert_eq!(agreed.len(), 1, "{claims:#?}");
    assert_eq!(values(agreed[0]), [(0, "2000".to_string()), (1, "2000".into())]);
}

#[test]
fn nearby_dates_of_untied_events_stay_apart() {
    let mut k = kit(&[
        "An airstrike killed five people in Arville on Monday.",
        "A bombing in Bexton on Tuesday killed three people.",
    ]);
    k.date(0, "Monday", day(2026, 3, 9))
        .date(1, "Tuesday", day(2026, 3, 10))
        .entity("Arville", EntityKind::Place)
        .entity("Bexton", EntityKind::Place);
    let claims = k.claims();
    let dates: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.kind == crate::values::ValueKind::Date)
        .collect();
    assert_eq!(dates.len(), 2, "{claims:#?}");
    assert!(dates.iter().all(|c| c.verdict == Verdict::Single));
}

#[test]
fn a_figure_repeated_with_a_hedge_is_one_statement() {
    let claims = kit(&[
        "Floods killed 41 people. Rains have killed at least 41 people in the state.",
        "The floods killed 39 people.",
    ])
    .claims();
    let toll = find(&claims, "count|killed||");
    assert_eq!(toll.len(), 1, "{claims:#?}");
    assert_eq!(toll[0].statements.len(), 2);
    let wire = &toll[0].statements[0];
    assert_eq!(wire.value.qualifier, Some(crate::values::Qualifier::AtLeast));
    assert_eq!(toll[0].verdict, Verdict::Disagree);
}

#[test]
fn shares_of_different_people_do_not_disagree() {
    let mut k = kit(&[
        "Rivera won 52% of the vote.",
        "Lopez took 45% of the vote.",
        "Rivera won 51% of the vote.",
    ]);
    k.entity("Rivera", EntityKind::Person)
        .entity("Lopez", EntityKind::Person);
    let claims = k.claims();
    let rivera = claims
        .iter()
        .find(|c| c.statements.iter().any(|s| s.value.normalized == "52%"))
        .expect("a claim on Rivera's share");
    // Rivera's 52% and 51% disagree; Lopez's 45% stands apart.
    assert_eq!(values(rivera), [(0, "52%".to_string()), (2, "51%".into())]);
    assert_eq!(rivera.verdict, Verdict::Disagree);
    let lopez = claims
        .iter()
        .find(|c| c.statements.iter().any(|s| s.value.normalized == "45%"))
        .expect("a claim on Lopez's share");
    assert_eq!(lopez.verdict, Verdict::Single, "{claims:#?}");
}

#[test]
fn first_visits_of_different_people_or_places_stay_apart() {
    let mut k = kit(&[
        "It was the first time the mayor has visited her home district since the election.",
        "As Lee made his first official visit to Japan in years, crowds gathered.",
        "This trip marks his first visit to Japan since August.",
        "Months later, Kim made her first visit to Japan as minister.",
    ]);
    k.entity("Japan", EntityKind::Place)
        .entity("Lee", EntityKind::Person)
        .entity("Kim", EntityKind::Person);
    let claims = k.claims();
    let visits = find(&claims, "ordinal|visit");
    let sources = |c: &Claim| -> Vec<usize> { c.statements.iter().map(|s| s.value.source).collect() };
    // The mayor's visit home is another event than any visit to Japan.
    let home = visits
        .iter()
        .find(|c| sources(c).contains(&0))
        .expect("the mayor's visit is a claim");
    assert_eq!(sources(home), [0], "{claims:#?}");
    // Lee's and Kim's first visits to Japan are different visits: never one claim.
    assert!(
        visits
            .iter()
            .all(|c| !(sources(c).contains(&1) && sources(c).contains(&3))),
        "{claims:#?}"
    );
    // A visit to Japan with no named actor may be Lee's: it joins his.
    assert!(visits.iter().any(|c| sources(c) == [1, 2]), "{claims:#?}");
}

#[test]
fn a_name_in_most_statements_does_not_label_a_topic() {
    let mut k = kit(&[
        "A flood in Japan killed 180 workers at the Sado mine. Exports from Japan rose 5% in March. Japan sent 300 soldiers to the mine.",
        "In Japan, 183 people died in the flood at the Sado mine. Imports to Japan fell 2% in March. Japan hosted its third summit with Korea.",
        "Japan has 430,000 Korean residents.",
    ]);
    k.entity("Japan", EntityKind::Place)
        .entity("Sado mine", EntityKind::Other);
    let claims = k.claims();
    let toll = find(&claims, "count|killed||");
    assert_eq!(toll.len(), 1, "{claims:#?}");
    assert_eq!(toll[0].verdict, Verdict::Disagree);
    // The mine is named in both statements and nowhere else; Japan in nearly every statement.
    assert!(toll[0].topic.ends_with("— Sado mine"), "{}", toll[0].topic);
    let mut k = kit(&[
        "A flood in Japan killed 180 workers. Exports from Japan rose 5% in March. Japan sent 300 soldiers there.",
        "In Japan, 183 people died in the flood. Imports to Japan fell 2% in March. Japan hosted its third summit with Korea.",
        "Japan has 430,000 Korean residents.",
    ]);
    k.entity("Japan", EntityKind::Place);
    let claims = k.claims();
    let toll = find(&claims, "count|killed||");
    assert_eq!(toll.len(), 1, "{claims:#?}");
    assert!(!toll[0].topic.contains("Japan"), "{}", toll[0].topic);
}

#[test]
fn one_measure_with_many_values() {
    // 600 sources, each a different bare count ("N people" meet only when they fit) and a toll
    // that drifts: the loose figures stay one claim each; the tolls gather by nearness, never a
    // claim mixing figures more than a factor two apart.
    let texts: Vec<String> = (0..600)
        .map(|i| {
            format!(
                "Then {} people waited. The storm killed {} people.",
                3001 + 10 * i,
                20 + i
            )
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let claims = kit(&refs).claims();
    let marched: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.statements.iter().any(|s| s.key.contains("noun:")))
        .collect();
    assert_eq!(marched.len(), 600);
    assert!(marched.iter().all(|c| c.verdict == Verdict::Single));
    let tolls = find(&claims, "count|killed||");
    assert_eq!(tolls.iter().map(|c| c.statements.len()).sum::<usize>(), 600);
    for c in &tolls {
        let v: Vec<f64> = c
            .statements
            .iter()
            .filter_map(|s| s.value.normalized.parse().ok())
            .collect();
        let (lo, hi) = v
            .iter()
            .fold((f64::MAX, 0.0f64), |(a, b), &x| (a.min(x), b.max(x)));
        assert!(hi <= 2.0 * lo, "{lo}..{hi}");
    }
    assert!(tolls.len() < 20, "{}", tolls.len());
}

#[test]
fn a_bare_measurement_meets_the_named_one_of_its_dimension() {
    let claims = kit(&[
        "The old creamery stood on an area of about 8.7 acres near the river.",
        "The town bought the 9-acre site in 2010.",
    ])
    .claims();
    let area: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.statements.iter().any(|s| s.value.normalized == "8.7 acre"))
        .collect();
    assert_eq!(area.len(), 1, "{claims:#?}");
    assert_eq!(values(area[0]).len(), 2, "{claims:#?}");
}

#[test]
fn a_buildings_floor_area_is_not_the_land_it_stands_on() {
    // Acres measure the site, square feet the building: no disagreement between them.
    let claims = kit(&[
        "The old creamery stood on an area of about 8.7 acres near the river.",
        "The town bought the 9-acre site in 2010. The 12,000-square-foot creamery burned.",
        "The creamery, with an area of 12,000 square feet, burned.",
    ])
    .claims();
    let site = claims
        .iter()
        .find(|c| c.statements.iter().any(|s| s.value.normalized == "8.7 acre"))
        .expect("the site's area is a claim");
    assert_eq!(values(site).len(), 2, "{claims:#?}");
    assert_eq!(site.verdict, Verdict::Agree, "{claims:#?}");
    let building = claims
        .iter()
        .find(|c| c.statements.iter().any(|s| s.value.normalized == "12000 sq ft"))
        .expect("the building's size is a claim");
    assert_eq!(building.topic, "floor area", "{claims:#?}");
    assert_eq!(values(building).len(), 2, "{claims:#?}");
}

#[test]
fn a_crowd_is_one_figure_however_its_members_are_named() {
    // The people who marched, the protesters who gathered and the crowd an outlet estimates are
    // one crowd: different sizes are a disagreement, not three counts of three things.
    let k = kit(&[
        "About 150 people were marching toward city hall when police arrived.",
        "Nearly 200 protesters gathered as night fell.",
        "Police estimated the crowd at 120.",
    ]);
    let claims = k.claims();
    let crowd = find(&claims, "count|gathered||");
    assert_eq!(crowd.len(), 1, "{claims:#?}");
    assert_eq!(crowd[0].statements.len(), 3, "{:#?}", crowd[0]);
    assert_eq!(crowd[0].verdict, Verdict::Disagree);
}

#[test]
fn engines_at_the_scene_are_one_count_by_any_name() {
    // "fire trucks", "pieces of firefighting apparatus" and "more than two dozen units" that
    // answered one call are one count; "more than two dozen" only rounds 27. Ladder trucks are a
    // kind of their own.
    let k = kit(&[
        "A total of 27 fire trucks were on scene by dawn, including at least two ladder trucks.",
        "Some 27 pieces of firefighting apparatus responded to the blaze.",
        "More than two dozen units were dispatched, among them three ladder trucks.",
    ]);
    let claims = k.claims();
    let engines = find(&claims, "count|responded||apparatus");
    assert_eq!(engines.len(), 1, "{claims:#?}");
    assert_eq!(engines[0].statements.len(), 3, "{:#?}", engines[0]);
    assert_eq!(engines[0].verdict, Verdict::Agree);
    let ladders = find(&claims, "count|responded||aerial");
    assert_eq!(ladders.len(), 1, "{claims:#?}");
    assert_eq!(ladders[0].verdict, Verdict::Disagree);
}

#[test]
fn rounds_of_one_fight_are_moments_each_a_fact() {
    // The knockdown in the fourth round and the stoppage in the fifth are two facts, never a
    // sequence of which only the last counts, nor one round miscounted.
    let k = kit(&[
        "Smith stopped Jones in the fifth round. Smith floored Jones late in the fourth round.",
        "Jones went down near the end of the fourth round. Smith stopped Jones in the fifth round.",
    ]);
    let claims = k.claims();
    let rounds = find(&claims, "ordinal|round");
    assert_eq!(rounds.len(), 2, "{claims:#?}");
    for c in rounds {
        assert_eq!(c.statements.len(), 2, "{c:#?}");
        assert_eq!(c.verdict, Verdict::Agree);
    }
}

#[test]
fn a_guns_caliber_is_one_measure() {
    // ".38-caliber" against "357 caliber": one gun, two calibers, a disagreement.
    let k = kit(&[
        "Police said he had a .38-caliber revolver in hand.",
        "Officers said he pointed a 357 caliber revolver at them.",
    ]);
    let claims = k.claims();
    let caliber = find(&claims, "quantity|caliber");
    assert_eq!(caliber.len(), 1, "{claims:#?}");
    assert_eq!(caliber[0].statements.len(), 2);
    assert_eq!(caliber[0].verdict, Verdict::Disagree);
}

#[test]
fn an_earlier_event_misdated_by_a_year_is_one_event() {
    // Two outlets date the vote a year apart but state the same bond: one vote, its year in
    // dispute, its sum agreed. A different sum in the next year is another vote.
    let mut k = kit(&[
        "A fire destroyed the old mill on Monday. Voters in 2019 approved a $4 million bond to restore the mill.",
        "Fire gutted the old mill on Monday. In 2020 voters approved a $4 million bond to buy it.",
        "The old mill burned on Monday. Residents in 2021 approved a $9 million levy for the park.",
    ]);
    for s in 0..3 {
        k.date(s, "Monday", day(2026, 3, 9));
    }
    k.date(0, "2019", DateValue::Year(2019))
        .date(1, "2020", DateValue::Year(2020))
        .date(2, "2021", DateValue::Year(2021));
    let claims = k.claims();
    let votes: Vec<&Claim> = find(&claims, "date|approv");
    assert_eq!(votes.len(), 2, "{claims:#?}");
    let both = votes
        .iter()
        .find(|c| c.statements.len() == 2)
        .expect("the vote told twice");
    assert_eq!(both.verdict, Verdict::Disagree, "{both:#?}");
    let bond: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.statements.iter().any(|s| s.value.normalized == "USD 4000000"))
        .collect();
    assert_eq!(bond.len(), 1, "{claims:#?}");
    assert_eq!(bond[0].statements.len(), 2);
    assert!(bond[0].topic.contains("2019 or 2020"), "{}", bond[0].topic);
}

#[test]
fn shots_fired_and_times_hit_are_two_counts() {
    // Officers fire more than they hit: "fired 9 shots" agrees with "9 rounds were fired", and
    // "hit five times" against "shot nine times" is a disagreement about the hits, never about
    // the shots.
    let k = kit(&[
        "The deputies fired 9 shots, and the man was hit five times.",
        "Nine rounds were fired. He was shot nine times, his family said.",
        "Officers fired a total of 9 bullets; five bullets struck him.",
    ]);
    let claims = k.claims();
    let fired = find(&claims, "count|fired||");
    assert_eq!(fired.len(), 1, "{claims:#?}");
    assert_eq!(fired[0].statements.len(), 3, "{:#?}", fired[0]);
    assert_eq!(fired[0].verdict, Verdict::Agree);
    let hit = find(&claims, "count|hit||");
    assert_eq!(hit.len(), 1, "{claims:#?}");
    assert_eq!(hit[0].statements.len(), 3, "{:#?}", hit[0]);
    assert_eq!(hit[0].verdict, Verdict::Disagree);
}

#[test]
fn a_coming_event_is_dated_by_its_verb_after_will() {
    // The champion's next fight, told by two outlets with a long object before the day: one
    // coming event, agreed; a question's "will you" names no event.
    let mut k = kit(&[
        "Ruiz won on Saturday. Ruiz will defend her title against a challenger from Peru in Lima on May 2.",
        "Ruiz won on Saturday. She will defend the belt against the Peruvian contender in Lima on May 2.",
        "Ruiz won on Saturday. Fans chanted how long will you wait, on Sunday.",
    ]);
    for s in 0..3 {
        k.date(s, "Saturday", day(2026, 3, 7));
    }
    k.date(0, "May 2", day(2026, 5, 2))
        .date(1, "May 2", day(2026, 5, 2))
        .date(2, "Sunday", day(2026, 3, 8));
    let claims = k.claims();
    let coming: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.topic.contains("(will defend)"))
        .collect();
    assert_eq!(coming.len(), 1, "{claims:#?}");
    assert_eq!(coming[0].statements.len(), 2);
    assert_eq!(coming[0].verdict, Verdict::Agree);
    assert!(
        !claims.iter().any(|c| c.topic.contains("will you")),
        "{claims:#?}"
    );
}

#[test]
fn a_decade_gives_way_to_its_outlets_own_year() {
    // "Built in the 1910s" fits "built in 1912": one fact, agreed. The outlet that gives both
    // ("built in the 1910s", "constructed in 1912") speaks by its year; the outlet's year of
    // another event ("a flood in 1912") is no retelling and stays its own statement.
    let mut k = kit(&[
        "The old mill burned on Monday. The mill was built in 1912 by the town.",
        "Fire gutted the old mill on Monday. The mill, built in the 1910s, was empty. It was constructed in 1912 of local stone.",
        "The old mill burned on Monday. The mill was built in the 1910s. A flood in 1912 closed it.",
    ]);
    let decade = years(1910, 1919);
    (0..3).for_each(|s| _ = k.date(s, "Monday", day(2026, 3, 9)));
    k.date(0, "1912", DateValue::Year(1912))
        .date(1, "1910s", decade)
        .date(1, "1912", DateValue::Year(1912))
        .date(2, "1910s", decade)
        .date(2, "1912", DateValue::Year(1912));
    let claims = k.claims();
    let built: Vec<&Claim> = find(&claims, "date|?built");
    assert_eq!(built.len(), 1, "{claims:#?}");
    let mut got = values(built[0]);
    got.sort();
    let want = vec![
        (0, "1912".to_string()),
        (1, "1912".to_string()),
        (2, "1910-01-01/1919-12-31".to_string()),
    ];
    assert_eq!(got, want, "{claims:#?}");
    assert_eq!(built[0].verdict, Verdict::Agree);
    let flood = find(&claims, "date|incident");
    assert_eq!(flood.len(), 1, "{claims:#?}");
    assert_eq!(values(flood[0]), vec![(2, "1912".to_string())]);
}

#[test]
fn a_year_told_by_most_gathers_before_a_month_that_only_fits_it() {
    // Three outlets date the purchase to 2011 under two verbs; two date the owner's return to June
    // 2011. The month fits the year, but the outlet that gives both keeps its year with the
    // purchase, and the return stays a fact of its own.
    let mut k = kit(&[
        "The old mill burned on Monday. The owner bought the farm in 2011.",
        "Fire gutted the old mill on Monday. The owner bought the farm in 2011.",
        "The old mill burned on Monday. In 2011, the owner purchased the farm. He returned in June 2011.",
        "The old mill burned on Monday. The owner returned in June 2011.",
    ]);
    let june = DateValue::Month { year: 2011, month: 6 };
    for s in 0..4 {
        k.date(s, "Monday", day(2026, 3, 9));
    }
    k.date(0, "2011", DateValue::Year(2011))
        .date(1, "2011", DateValue::Year(2011))
        .date(2, "2011", DateValue::Year(2011))
        .date(2, "June 2011", june)
        .date(3, "June 2011", june);
    let claims = k.claims();
    let holding = |source: usize, normalized: &str| {
        claims
            .iter()
            .find(|c| {
                c.statements
                    .iter()
                    .any(|s| s.value.source == source && s.value.normalized == normalized)
            })
            .map(values)
    };
    let mut purchase = holding(0, "2011").expect("the purchase is a claim");
    purchase.sort();
    let want: Vec<(usize, String)> = (0..3).map(|s| (s, "2011".to_string())).collect();
    assert_eq!(purchase, want, "{claims:#?}");
    let mut back = holding(3, "2011-06").expect("the return is a claim");
    back.sort();
    assert_eq!(
        back,
        vec![(2, "2011-06".to_string()), (3, "2011-06".to_string())],
        "{claims:#?}"
    );
}

#[test]
fn an_outlets_decade_gives_way_to_its_year_even_when_the_decade_leads() {
    // The decade is the most told figure, and the outlet that gives both tells it first: its
    // year still speaks for it, once.
    let mut k = kit(&[
        "The old mill burned on Monday. The mill was built in the 1910s. It was built in 1912.",
        "The old mill burned on Monday. The mill was built in the 1910s.",
        "Fire gutted the old mill on Monday. It was built in the 1910s.",
        "The old mill burned on Monday. The mill was built in 1912.",
    ]);
    for s in 0..4 {
        k.date(s, "Monday", day(2026, 3, 9));
        if s < 3 {
            k.date(s, "1910s", years(1910, 1919));
        }
    }
    k.date(0, "1912", DateValue::Year(1912))
        .date(3, "1912", DateValue::Year(1912));
    let claims = k.claims();
    let built: Vec<&Claim> = find(&claims, "date|?built");
    assert_eq!(built.len(), 1, "{claims:#?}");
    let mut got = values(built[0]);
    got.sort();
    let range = "1910-01-01/1919-12-31".to_string();
    let want = vec![
        (0, "1912".to_string()),
        (1, range.clone()),
        (2, range),
        (3, "1912".to_string()),
    ];
    assert_eq!(got, want, "{claims:#?}");
    assert_eq!(built[0].verdict, Verdict::Agree);
}

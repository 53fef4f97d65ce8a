use super::*;
use crate::claims::testkit::kit;

/// The measure key of the value written as `phrase` in `sentence`.
fn measure_at(sentence: &str, phrase: &str) -> Option<super::Measure> {
    let k = kit(&[sentence]);
    let start = sentence.find(phrase).expect("phrase in sentence");
    let v = k
        .values
        .iter()
        .find(|v| v.span.start <= start && start < v.span.end)
        .unwrap_or_else(|| panic!("no value at {phrase:?} in {sentence:?}: {:?}", k.values));
    measure_of(sentence, 0..sentence.len(), v)
}

pub(super) fn key_of(sentence: &str, phrase: &str) -> Option<String> {
    measure_at(sentence, phrase).map(|m| m.key)
}

/// Each case's key, as `key_of` gives it: (sentence, phrase, expected key).
fn check_keys(cases: &[(&str, &str, Option<&str>)]) {
    for &(sentence, phrase, want) in cases {
        assert_eq!(
            key_of(sentence, phrase).as_deref(),
            want,
            "{phrase} in {sentence}"
        );
    }
}

fn label_of(sentence: &str, phrase: &str) -> Option<String> {
    measure_at(sentence, phrase).map(|m| m.label)
}

#[test]
fn a_sum_is_named_by_its_noun_not_a_hedge_or_a_clause() {
    let cases = [
        ("They made a $160 million offer.", "$160", "offer (USD)"),
        (
            "It was somewhere between $178 million and $184 million.",
            "$178",
            "sum (USD)",
        ),
        ("Rumors said perhaps $165 million.", "$165", "sum (USD)"),
        (
            "He wants more than the $21 million that the pitcher got.",
            "$21",
            "sum (USD)",
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(label_of(sentence, phrase).as_deref(), Some(want), "{sentence}");
    }
}

/// A count is keyed by what happened to the counted, and by the subgroup it names.
#[test]
fn counts_are_named_by_their_predicate() {
    let cases = [
        (
            "Some 180 workers—including 136 Korean forced laborers—were killed in 1942.",
            "180 workers",
            Some("count|killed||"),
        ),
        (
            "Some 180 workers—including 136 Korean forced laborers—were killed in 1942.",
            "136",
            Some("count|killed|korea|"),
        ),
        (
            "The flood claimed the lives of 47 Japanese workers and 136 from the Korean Peninsula.",
            "47",
            Some("count|killed|japan|"),
        ),
        (
            "The flood claimed the lives of 47 Japanese workers and 136 from the Korean Peninsula.",
            "136",
            Some("count|killed|korea|"),
        ),
        (
            "In all 183 people, including many laborers from abroad, perished in the flood.",
            "183",
            Some("count|killed||"),
        ),
        (
            "The storm killed 24 people and injured 100 others.",
            "24",
            Some("count|killed||"),
        ),
        (
            "The storm killed 24 people and injured 100 others.",
            "100",
            Some("count|injured||"),
        ),
        ("The quake left 24 dead.", "24", Some("count|killed||")),
        (
            "It destroyed about 1,500 houses.",
            "1,500",
            Some("count|destroyed||house"),
        ),
        (
            "The death toll from floods in the state rose to 39 on Friday, with 68 people missing.",
            "39",
            Some("count|killed||"),
        ),
        (
            "The death toll from floods in the state rose to 39 on Friday, with 68 people missing.",
            "68",
            Some("count|missing||"),
        ),
    ];
    check_keys(&cases);
}

/// A predicate of another clause is not the count's.
#[test]
fn a_count_takes_the_predicate_of_its_own_clause() {
    let cases = [
        (
            "The firm, which employs 1,200 workers, said three people died.",
            "three",
            Some("count|killed||"),
        ),
        (
            "At the mine, where 180 workers—including 136 from abroad—were killed, rescuers dug.",
            "180",
            Some("count|killed||"),
        ),
        // The verb right after the counted phrase is its predicate, not one from the other clause.
        (
            "Officials said 389 people were injured and 23 buildings collapsed.",
            "23",
            Some("count|collapsed||building"),
        ),
        (
            "Officials said 389 people were injured and 23 buildings collapsed.",
            "389",
            Some("count|injured||"),
        ),
        (
            "The minister said 18 buildings had collapsed.",
            "18",
            Some("count|collapsed||building"),
        ),
        // An unknown verb of its own: a bare noun, not the other clause's "hurt".
        (
            "About 1,500 rescuers had been mobilised and 40 people were hurt.",
            "1,500",
            Some("count|noun:rescuer||"),
        ),
    ];
    check_keys(&cases);
}

/// A count with no predicate is of its noun; responders and staff by their words.
#[test]
fn counted_nouns_without_a_predicate() {
    let cases = [
        (
            "There are approximately 430,000 Korean residents in Japan.",
            "430,000",
            Some("count|resident|korea|"),
        ),
        (
            "The firm, which employs 1,200 workers, said three people died.",
            "1,200",
            Some("count|noun:employee||"),
        ),
        // Who answered the call: at the scene, deployed.
        (
            "Around 1,500 search and rescue workers are at the scene.",
            "1,500",
            Some("count|responded||rescuer"),
        ),
        (
            "About 1,500 rescuers had been deployed and 40 people were hurt.",
            "1,500",
            Some("count|responded||rescuer"),
        ),
        (
            "Three aftershocks above magnitude 4 followed within an hour.",
            "Three",
            Some("count|noun:aftershock||"),
        ),
        // Staff: "employs 52,000 people" = "has 52,000 employees".
        (
            "The company employs 52,000 people.",
            "52,000",
            Some("count|noun:employee||"),
        ),
        (
            "The company has 52,000 employees.",
            "52,000",
            Some("count|noun:employee||"),
        ),
    ];
    check_keys(&cases);
}

#[test]
fn ordinal_measures() {
    let cases = [
        (
            "It was the third face-to-face contact between them.",
            "third",
            Some("ordinal|meeting"),
        ),
        (
            "It is their third meeting in three months.",
            "third",
            Some("ordinal|meeting"),
        ),
        (
            "The meeting marked the second time the two leaders had met.",
            "second",
            Some("ordinal|meeting"),
        ),
        (
            "It is his first official visit to Japan.",
            "first",
            Some("ordinal|visit"),
        ),
        (
            "This marks the eleventh consecutive year of growth.",
            "eleventh",
            Some("ordinal|growth year"),
        ),
        (
            "Last year marked the 60th anniversary of the treaty.",
            "60th",
            Some("ordinal|anniversary"),
        ),
        (
            "Korea is the third-largest foreign community.",
            "third",
            Some("ordinal|largest community"),
        ),
    ];
    check_keys(&cases);
}

#[test]
fn money_percent_quantity_measures() {
    let cases = [
        (
            "The treaty included $500 million in economic assistance.",
            "$500",
            Some("money|assistance|USD"),
        ),
        (
            "Noodle exports soared by 21.8% in 2025, reaching a record $1.52 billion.",
            "21.8",
            Some("percent|export|"),
        ),
        (
            "Noodle exports soared by 21.8% in 2025, reaching a record $1.52 billion.",
            "$1.52",
            Some("money|export|USD"),
        ),
        (
            "The quake struck at a depth of 10 km.",
            "10 km",
            Some("quantity|depth"),
        ),
        (
            "A 6.1 magnitude quake hit the coast.",
            "6.1",
            Some("quantity|magnitude"),
        ),
        (
            "The tunnel ran about 1 kilometer from the entrance.",
            "about 1",
            Some("quantity|noun:distance"),
        ),
        // A sum the economic lexicon does not name is a value of its currency.
        ("He paid $40 for lunch.", "$40", Some("money|noun:value|USD")),
        // A noun of change between the figure and what changed.
        (
            "Shell reported a 10 percent rise in quarterly profit on Thursday.",
            "10 percent",
            Some("percent|profit|"),
        ),
        (
            "Exports saw a 5% drop in sales of cars.",
            "5%",
            Some("percent|sale|"),
        ),
        // A conversion in brackets: both figures measure the aid.
        (
            "Erdogan pledged 2 billion lira ($55 million) in aid.",
            "2 billion",
            Some("money|aid|TRY"),
        ),
        (
            "Erdogan pledged 2 billion lira ($55 million) in aid.",
            "$55",
            Some("money|aid|USD"),
        ),
        // A threshold of counted things is theirs, not the main event's magnitude.
        (
            "Three aftershocks above magnitude 4 followed within an hour.",
            "magnitude 4",
            Some("quantity|aftershock magnitude"),
        ),
    ];
    check_keys(&cases);
}

#[test]
fn legal_sums_and_their_verbs() {
    let cases = [
        (
            "The court fined Ruiz 2 million euros.",
            "2 million",
            Some("money|fine|EUR"),
        ),
        (
            "She must pay a fine of 2 million euros.",
            "2 million",
            Some("money|fine|EUR"),
        ),
        (
            "She took bribes worth 700,000 euros.",
            "700,000",
            Some("money|bribe|EUR"),
        ),
        (
            "She accepted 700,000 euros ($760,000) in bribes.",
            "700,000",
            Some("money|bribe|EUR"),
        ),
        (
            "She accepted 700,000 euros ($760,000) in bribes.",
            "760,000",
            Some("money|bribe|USD"),
        ),
        ("Bail was set at 50,000 euros.", "50,000", Some("money|bail|EUR")),
        (
            "The firm agreed a settlement of $9 million.",
            "9 million",
            Some("money|settlement|USD"),
        ),
        (
            "Kidnappers demanded a ransom of $1 million.",
            "1 million",
            Some("money|ransom|USD"),
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

#[test]
fn a_share_of_a_thing_and_the_date_of_a_robbery() {
    assert_eq!(
        key_of(
            "Police said they had recovered 80 percent of the stolen gems.",
            "80 percent"
        )
        .as_deref(),
        Some("percent|share of gem|")
    );
    assert_eq!(key_of("It was 80 percent.", "80 percent"), None);
    assert_eq!(
        key_of(
            "In March 2025, a gunman carried out a robbery at a bank in Lyon.",
            "March 2025"
        )
        .as_deref(),
        Some("date|incident")
    );
    assert_eq!(
        key_of(
            "The fugitive was captured on March 3, 2025, in a motel.",
            "March 3, 2025"
        )
        .as_deref(),
        Some("date|capture")
    );
}

#[test]
fn a_distance_told_in_doors_or_houses() {
    for (sentence, figure) in [
        ("The gunman was arrested five buildings away.", "five buildings"),
        ("He fled into an apartment three doors away.", "three doors"),
        ("Police found him three houses from the scene.", "three houses"),
    ] {
        assert_eq!(
            key_of(sentence, figure).as_deref(),
            Some("count|away||"),
            "{sentence}"
        );
    }
}

#[test]
fn time_spent_over_the_past_years_is_a_length() {
    for sentence in [
        "He had served with the unit for the past five years.",
        "She had worked there for the last five years.",
        "He had served with the unit for five years.",
    ] {
        assert_eq!(
            key_of(sentence, "five years").as_deref(),
            Some("quantity|noun:length"),
            "{sentence}"
        );
    }
}

#[test]
fn a_streak_however_it_is_told() {
    for (sentence, figure) in [
        ("Smith won his 12th straight fight on Saturday.", "12th"),
        ("Smith has won 12 fights in a row.", "12 fights"),
        ("The team lost 12 consecutive games.", "12 consecutive games"),
    ] {
        assert_eq!(
            key_of(sentence, figure).as_deref(),
            Some(STREAK_KEY),
            "{sentence}"
        );
    }
    assert_ne!(
        key_of("He landed a straight right in the fifth round.", "fifth round").as_deref(),
        Some(STREAK_KEY)
    );
}

use super::*;
use crate::claims::testkit::{day, kit};
use crate::dates::DateValue;

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

fn key_of(sentence: &str, phrase: &str) -> Option<String> {
    measure_at(sentence, phrase).map(|m| m.key)
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

#[test]
fn count_measures() {
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
            "There are approximately 430,000 Korean residents in Japan.",
            "430,000",
            Some("count|resident|korea|"),
        ),
        (
            "The firm, which employs 1,200 workers, said three people died.",
            "1,200",
            Some("count|noun:employee||"),
        ),
        (
            "The firm, which employs 1,200 workers, said three people died.",
            "three",
            Some("count|killed||"),
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
    for (sentence, phrase, want) in cases {
        assert_eq!(
            key_of(sentence, phrase).as_deref(),
            want,
            "{phrase} in {sentence}"
        );
    }
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
    for (sentence, phrase, want) in cases {
        assert_eq!(
            key_of(sentence, phrase).as_deref(),
            want,
            "{phrase} in {sentence}"
        );
    }
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
    for (sentence, phrase, want) in cases {
        assert_eq!(
            key_of(sentence, phrase).as_deref(),
            want,
            "{phrase} in {sentence}"
        );
    }
}

#[test]
fn date_measures() {
    let d = day(2026, 1, 13);
    // (sentence, date phrase, expected key)
    let cases = [
        (
            "Takaichi hosted Lee in Nara on January 13, emphasizing ties.",
            "January 13",
            Some("date|meeting"),
        ),
        (
            "The summit was held on Tuesday in Nara.",
            "Tuesday",
            Some("date|meeting"),
        ),
        (
            "He arrived at the airport on Tuesday morning.",
            "Tuesday",
            Some("date|arrival"),
        ),
        (
            "Floods have killed 41 people, officials said on Friday.",
            "Friday",
            None,
        ),
        (
            "At least 37 people died in floods, officials said Thursday.",
            "Thursday",
            None,
        ),
        (
            "It is his first visit to Japan since August last year.",
            "August",
            None,
        ),
        (
            "They aim for carbon neutrality by 2050 through the summit deals.",
            "2050",
            None,
        ),
        (
            "Nara, Jan 14 (Wire Press)–The leaders held a summit.",
            "Jan 14",
            None,
        ),
        ("Today : Jan 12, 2026", "Jan 12, 2026", None),
        (
            "In February 1942, a tunnel of the mine, which was opened in 1914, collapsed.",
            "February 1942",
            Some("date|incident"),
        ),
        (
            "In February 1942, a tunnel of the mine, which was opened in 1914, collapsed.",
            "1914",
            Some("date|opening"),
        ),
        ("The plan for 2025 is a record.", "2025", None),
        (
            "Exports rose in 2025 to a record.",
            "2025",
            Some(super::UNNAMED_EVENT),
        ),
        // No event word: a statement only if it dates the main event (claims::event).
        (
            "Exports rose on Tuesday to a record.",
            "Tuesday",
            Some(super::UNNAMED_EVENT),
        ),
        (
            "Noting that last year marked the 60th anniversary of the normalization of ties, he said the meeting mattered.",
            "last year",
            None,
        ),
        (
            "He recalled their meeting last year.",
            "last year",
            Some("date|meeting"),
        ),
        // A clause opened by "after" names another event; "collapsed buildings" describes.
        (
            "Rescuers pulled survivors from collapsed buildings on Wednesday after a quake killed 47 people.",
            "Wednesday",
            Some("date|rescue"),
        ),
        (
            "After the storm hit on Monday, crews cleared roads.",
            "Monday",
            Some("date|incident"),
        ),
    ];
    for (sentence, phrase, want) in cases {
        let mut k = kit(&[sentence]);
        let value = if phrase.contains("year") || phrase.len() == 4 {
            DateValue::Year(2025)
        } else {
            d
        };
        k.date(0, phrase, value);
        let v = k.values.last().expect("placed").clone();
        let got = measure_of(sentence, k.sentences[0][0].span.clone(), &v).map(|m| m.key);
        assert_eq!(got.as_deref(), want, "{phrase} in {sentence}");
    }
}

/// Event nouns are named one way ("quake" = "earthquake"), and a noun beats a nearer verb.
#[test]
fn date_event_words() {
    let cases = [
        (
            "The quake struck at a depth of 7 km on Monday evening.",
            "Monday",
            "earthquake",
        ),
        (
            "A magnitude 6.4 earthquake struck the province on Tuesday.",
            "Tuesday",
            "earthquake",
        ),
        ("The blaze broke out on Friday.", "Friday", "fire"),
        (
            "Twin earthquakes in February 2023 killed thousands.",
            "February 2023",
            "earthquake",
        ),
    ];
    for (sentence, phrase, want) in cases {
        let mut k = kit(&[sentence]);
        k.date(0, phrase, day(2026, 3, 2));
        let v = k.values.last().expect("placed").clone();
        let got = measure_of(sentence, k.sentences[0][0].span.clone(), &v).map(|m| m.word);
        assert_eq!(got.as_deref(), Some(want), "{phrase} in {sentence}");
    }
}

#[test]
fn duration_measures_come_from_the_predicate() {
    let cases = [
        (
            "A court sentenced former governor Ana Ruiz to 8 years in prison.",
            "8 years",
            Some("quantity|prison term"),
        ),
        (
            "Ruiz, a former governor, was jailed for 8 years over fraud.",
            "8 years",
            Some("quantity|prison term"),
        ),
        (
            "She received a 30-month prison sentence.",
            "30-month",
            Some("quantity|prison term"),
        ),
        (
            "Ex-governor gets 8 years for fraud",
            "8 years",
            Some("quantity|prison term"),
        ),
        (
            "Prosecutors had sought 11 years.",
            "11 years",
            Some("quantity|term sought"),
        ),
        (
            "Prosecutors had demanded an 11-year term in prison.",
            "11-year",
            Some("quantity|term sought"),
        ),
        (
            "A court jailed former finance minister Park Ji-hoon for 12 years.",
            "12 years",
            Some("quantity|prison term"),
        ),
        (
            "The judge sentenced opposition leader Kim to 5 years in prison.",
            "5 years",
            Some("quantity|prison term"),
        ),
        // Time spent on other things is no term: a bare length, compared only with equal figures.
        (
            "She met former finance minister Park Ji-hoon for 2 hours.",
            "2 hours",
            Some("quantity|noun:length"),
        ),
        (
            "Ruiz lived there for 8 years before her arrest.",
            "8 years",
            Some("quantity|noun:length"),
        ),
        (
            "She served as governor for 8 years.",
            "8 years",
            Some("quantity|noun:length"),
        ),
        // Durations of other things measure nothing.
        ("She was jailed two days after the verdict.", "two days", None),
        ("Her 4-year term as governor ended in 2020.", "4-year", None),
        ("She was given 14 days to appeal.", "14 days", None),
        ("She had spent 40 days in jail before the trial.", "40 days", None),
        (
            "He served 5 years in prison for an earlier fraud.",
            "5 years",
            None,
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

#[test]
fn suspended_terms_are_measured_apart() {
    let suspended = Some("quantity|suspended prison term");
    let cases = [
        (
            "A court sentenced Park to two years in prison, suspended for three years.",
            "two years",
            suspended,
        ),
        // The period of suspension is no term at all.
        (
            "A court sentenced Park to two years in prison, suspended for three years.",
            "three years",
            None,
        ),
        (
            "Park received a suspended sentence of 18 months.",
            "18 months",
            suspended,
        ),
        (
            "Park was given a two-year suspended prison term.",
            "two-year",
            suspended,
        ),
        (
            "Park was sentenced to a suspended two-year term.",
            "two-year",
            suspended,
        ),
        ("Park got two years suspended.", "two years", suspended),
        (
            "Park was sentenced to two years in prison, with the sentence suspended for three years.",
            "two years",
            suspended,
        ),
        (
            "Prosecutors had sought a suspended sentence of 18 months.",
            "18 months",
            Some("quantity|suspended term sought"),
        ),
        // A sentence of some months is a term, suspended or not; probation and community
        // service are measured apart.
        (
            "Park received a prison sentence of 18 months.",
            "18 months",
            Some("quantity|prison term"),
        ),
        (
            "Park was sentenced to three years' probation.",
            "three years",
            Some("quantity|probation"),
        ),
        (
            "Park was sentenced to 200 hours of community service.",
            "200 hours",
            Some("quantity|community service"),
        ),
        (
            "She gave 30 years of community work to the town.",
            "30 years",
            None,
        ),
        (
            "Park was sentenced to two years of house arrest.",
            "two years",
            None,
        ),
        // Something else suspended keeps the term a prison term.
        (
            "Park was jailed for two years and his licence was suspended.",
            "two years",
            Some("quantity|prison term"),
        ),
        (
            "Park was jailed for two years and suspended from the party.",
            "two years",
            Some("quantity|prison term"),
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

#[test]
fn a_clause_after_the_term_gives_its_verb() {
    let sought = Some("quantity|term sought");
    let imposed = Some("quantity|prison term");
    let cases = [
        (
            "The ruling fell short of the 15 years prosecutors had sought.",
            "15 years",
            sought,
        ),
        (
            "It was less than the 15 years that prosecutors had demanded.",
            "15 years",
            sought,
        ),
        (
            "The judge rejected the 15 years sought by prosecutors.",
            "15 years",
            sought,
        ),
        (
            "Park appealed against the 15-year term prosecutors had asked for.",
            "15-year",
            sought,
        ),
        (
            "The 10 years the court imposed were less than expected.",
            "10 years",
            imposed,
        ),
        (
            "The 12 years handed down on Thursday are the longest yet.",
            "12 years",
            imposed,
        ),
        (
            "The 12 years the judge gave Park are the longest yet.",
            "12 years",
            imposed,
        ),
        (
            "He will appeal the 10 years the court sentenced him to.",
            "10 years",
            imposed,
        ),
        ("The court imposed a 10-year term.", "10-year", imposed),
        // A clause with an object or an infinitive of its own, or of time spent, says nothing.
        (
            "In the 8 years the party sought power, it lost twice.",
            "8 years",
            None,
        ),
        (
            "The 30 days the court gave him to appeal ran out.",
            "30 days",
            None,
        ),
        ("The 12 years he spent in exile changed him.", "12 years", None),
        ("The 12 years he lived in Seoul changed him.", "12 years", None),
        (
            "The 10 years the firm sought to expand were lost.",
            "10 years",
            None,
        ),
        // No term, but the length of the thing named: a bare noun's measure.
        (
            "The government imposed a 14-day quarantine.",
            "14-day",
            Some("quantity|noun:quarantine length"),
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
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

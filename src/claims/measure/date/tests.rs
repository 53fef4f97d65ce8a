//! What dates date: the event word beside them, an unnamed event's verb, or nothing (see `date.rs`).

use crate::claims::measure::measure_of;
use crate::claims::testkit::{day, kit};
use crate::dates::DateValue;

/// The measure key of the date written as `phrase` in `sentence`: a year (2025) for a year or a
/// four-character phrase, else a day.
fn date_key(sentence: &str, phrase: &str) -> Option<String> {
    let mut k = kit(&[sentence]);
    let value = if phrase.contains("year") || phrase.len() == 4 {
        DateValue::Year(2025)
    } else {
        day(2026, 1, 13)
    };
    k.date(0, phrase, value);
    let v = k.values.last().expect("placed").clone();
    measure_of(sentence, k.sentences[0][0].span.clone(), &v).map(|m| m.key)
}

/// Each case's key, as `date_key` gives it: (sentence, phrase, expected key).
fn check_date_keys(cases: &[(&str, &str, Option<&str>)]) {
    for &(sentence, phrase, want) in cases {
        assert_eq!(
            date_key(sentence, phrase).as_deref(),
            want,
            "{phrase} in {sentence}"
        );
    }
}

/// A date is keyed by the event word of its clause.
#[test]
fn dates_are_named_by_the_event_word_beside_them() {
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
            "In February 1942, a tunnel of the mine, which was opened in 1914, collapsed.",
            "February 1942",
            Some("date|incident"),
        ),
        (
            "In February 1942, a tunnel of the mine, which was opened in 1914, collapsed.",
            "1914",
            Some("date|opening"),
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
    check_date_keys(&cases);
}

/// A date with no event word is of an unnamed event, if a verb dates it.
#[test]
fn dates_with_no_event_word() {
    // (sentence, date phrase, expected key)
    let cases = [
        ("The plan for 2025 is a record.", "2025", None),
        (
            "Exports rose in 2025 to a record.",
            "2025",
            Some(super::UNNAMED_EVENT),
        ),
        // A year or decade that opens the sentence, after a preposition and an article, dates
        // the verb after it.
        (
            "In the 1950s, dairy farmers fought a long battle against imports.",
            "1950",
            Some(super::UNNAMED_EVENT),
        ),
        // No event word: a statement only if it dates the main event (claims::event).
        (
            "Exports rose on Tuesday to a record.",
            "Tuesday",
            Some(super::UNNAMED_EVENT),
        ),
    ];
    check_date_keys(&cases);
}

/// The day of a telling, a dateline, a far-off year or a relative one measure nothing.
#[test]
fn tellings_datelines_and_framing_dates_measure_nothing() {
    // (sentence, date phrase, expected key)
    let cases = [
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
            "Noting that last year marked the 60th anniversary of the normalization of ties, he said the meeting mattered.",
            "last year",
            None,
        ),
    ];
    check_date_keys(&cases);
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

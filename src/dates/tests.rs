//! Tables of date phrases with an anchor date, one table per rule.

use crate::testutil::Rng;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date is valid")
}

/// Tuesday 13 January 2026.
fn anchor() -> NaiveDate {
    d(2026, 1, 13)
}

/// The text of the first match and its ISO value.
fn first(text: &str, anchor: Option<NaiveDate>) -> Option<(String, String)> {
    find_dates(text, 0..text.len(), anchor)
        .first()
        .map(|m| (text[m.span.clone()].to_string(), m.value.to_iso()))
}

fn check(cases: &[(&str, Option<(&str, &str)>)], anchor: Option<NaiveDate>) {
    for (text, want) in cases {
        let got = first(text, anchor);
        let want = want.map(|(s, v)| (s.to_string(), v.to_string()));
        assert_eq!(got, want, "text: {text:?}");
    }
}

#[test]
fn absolute_dates() {
    check(
        &[
            (
                "on January 13, 2026, in Nara",
                Some(("January 13, 2026", "2026-01-13")),
            ),
            ("held January 13 in Nara", Some(("January 13", "2026-01-13"))),
            ("on Jan. 5.", Some(("Jan. 5", "2026-01-05"))),
            ("13 January 2026", Some(("13 January 2026", "2026-01-13"))),
            ("the 13th of January", Some(("13th of January", "2026-01-13"))),
            ("January 13th, 2026", Some(("January 13th, 2026", "2026-01-13"))),
            ("published 2026-01-13 in", Some(("2026-01-13", "2026-01-13"))),
            ("am 14.01.2026 in Berlin", Some(("14.01.2026", "2026-01-14"))),
            ("14. Januar 2026", Some(("14. Januar 2026", "2026-01-14"))),
            ("3 de enero de 2026", Some(("3 de enero de 2026", "2026-01-03"))),
            ("le 1er janvier 2026", Some(("1er janvier 2026", "2026-01-01"))),
            ("February 30, 2026", None),
            ("Dec. 28 was cold", Some(("Dec. 28", "2025-12-28"))),
            ("Feb. 10 is near", Some(("Feb. 10", "2026-02-10"))),
            ("the 13 members", None),
        ],
        Some(anchor()),
    );
}

#[test]
fn absolute_dates_without_anchor_need_a_year() {
    check(
        &[
            ("held January 13 in Nara", None),
            ("on January 13, 2026", Some(("January 13, 2026", "2026-01-13"))),
            ("on Tuesday", None),
        ],
        None,
    );
}

#[test]
fn weekday_with_date_is_checked() {
    let cases: &[(&str, Option<bool>)] = &[
        ("Tuesday, Jan. 13, 2026", Some(true)),
        ("western Japan Tuesday, Jan. 13, 2026.", Some(true)),
        ("Monday, Jan. 13, 2026", Some(false)),
        ("WEDNESDAY 03 JULY 2013", Some(true)),
        ("mar, 13 gen 2026", Some(true)),
        ("Tuesday, Jan. 13", Some(true)),
        ("Jan. 13", None),
    ];
    for (text, want) in cases {
        let m = find_dates(text, 0..text.len(), Some(anchor()));
        assert_eq!(m.first().and_then(|m| m.weekday_ok), *want, "{text}");
        if want.is_some() {
            let phrase = &text[m[0].span.clone()];
            assert!(
                names::weekday(phrase.split([',', ' ']).next().unwrap_or("")).is_some(),
                "{phrase}"
            );
        }
    }
}

#[test]
fn month_names_in_other_languages_and_cases() {
    check(
        &[
            ("14 Gennaio 2026", Some(("14 Gennaio 2026", "2026-01-14"))),
            ("le 14 janv. 2026", Some(("14 janv. 2026", "2026-01-14"))),
            ("am 3. März 2025", Some(("3. März 2025", "2025-03-03"))),
            ("el 4 de enero", Some(("4 de enero", "2026-01-04"))),
            (
                "WEDNESDAY 03 JULY 2013",
                Some(("WEDNESDAY 03 JULY 2013", "2013-07-03")),
            ),
            ("14 ago 2025", Some(("14 ago 2025", "2025-08-14"))),
        ],
        Some(anchor()),
    );
}

#[test]
fn ambiguous_month_words_need_a_full_date_or_capital() {
    check(
        &[
            ("they may 3 times", None),
            ("two weeks ago 13 people", Some(("two weeks ago", "2025-12-30"))),
            ("are set 13 metres apart", None),
            ("May 5, 2025", Some(("May 5, 2025", "2025-05-05"))),
            ("it may 2025", None),
        ],
        Some(anchor()),
    );
}

#[test]
fn partial_dates_and_years() {
    check(
        &[
            ("began in October 2025, when", Some(("October 2025", "2025-10"))),
            ("In February 1942, during", Some(("February 1942", "1942-02"))),
            ("opened in 1914, collapsed", Some(("1914", "1914"))),
            ("killed in a 1942 accident", Some(("1942", "1942"))),
            ("a 1965 normalization treaty", Some(("1965", "1965"))),
            ("1,942 people were", None),
            ("1942 people were", None),
            ("room 2026 was", None),
            (
                "from 1910–1945 Korea",
                Some(("1910–1945", "1910-01-01/1945-12-31")),
            ),
            ("1910-1945", Some(("1910-1945", "1910-01-01/1945-12-31"))),
        ],
        Some(anchor()),
    );
}

#[test]
fn decades_and_centuries() {
    check(
        &[
            ("built in the 1930s by", Some(("1930s", "1930-01-01/1939-12-31"))),
            ("since the 1950's", Some(("1950's", "1950-01-01/1959-12-31"))),
            ("in the 1990’s boom", Some(("1990’s", "1990-01-01/1999-12-31"))),
            ("the 2000s were", Some(("2000s", "2000-01-01/2009-12-31"))),
            ("in the 1800s", Some(("1800s", "1800-01-01/1899-12-31"))),
            ("the mid-1980s", Some(("mid-1980s", "1983-01-01/1986-12-31"))),
            ("the mid 1930's", Some(("mid 1930's", "1933-01-01/1936-12-31"))),
            (
                "in the early 1900s",
                Some(("early 1900s", "1900-01-01/1939-12-31")),
            ),
            ("the late 1970s", Some(("late 1970s", "1976-01-01/1979-12-31"))),
            // At a sentence's end, and in capitals.
            (
                "It was built in the early 1930s.",
                Some(("early 1930s", "1930-01-01/1933-12-31")),
            ),
            ("BUILT IN THE 1930S", Some(("1930S", "1930-01-01/1939-12-31"))),
            ("the mid‑1980s", Some(("mid‑1980s", "1983-01-01/1986-12-31"))),
            // Not decades: a year not ending in 0, a space before the "s", an age, a year's
            // possessive, a count of thousands.
            ("the 1935s", None),
            ("in 1930 s", Some(("1930", "1930"))),
            ("in her 50s", None),
            ("emissions below 1990's level", None),
            ("1000s of protesters marched", None),
        ],
        Some(anchor()),
    );
}

#[test]
fn day_ranges() {
    check(
        &[
            (
                "visit to China from Jan. 4-7, diplomatic",
                Some(("Jan. 4-7", "2026-01-04/2026-01-07")),
            ),
            (
                "January 4 to 7",
                Some(("January 4 to 7", "2026-01-04/2026-01-07")),
            ),
            (
                "4-7 January 2026",
                Some(("4-7 January 2026", "2026-01-04/2026-01-07")),
            ),
            (
                "Dec. 30-Jan. 2",
                Some(("Dec. 30-Jan. 2", "2025-12-30/2026-01-02")),
            ),
            (
                "Dec. 30-Jan. 2, 2026",
                Some(("Dec. 30-Jan. 2, 2026", "2025-12-30/2026-01-02")),
            ),
            ("Jan. 7-4", Some(("Jan. 7", "2026-01-07"))),
        ],
        Some(anchor()),
    );
}

#[test]
fn relative_phrases_resolve_against_the_anchor() {
    check(
        &[
            ("yesterday", Some(("yesterday", "2026-01-12"))),
            ("met on Tuesday.", Some(("Tuesday", "2026-01-13"))),
            ("met on Monday", Some(("Monday", "2026-01-12"))),
            ("met on Wednesday", Some(("Wednesday", "2026-01-07"))),
            ("took office last October.", Some(("last October", "2025-10"))),
            ("inaugurated last June", Some(("last June", "2025-06"))),
            ("since August, continuing", Some(("August", "2025-08"))),
            (
                "Lee traveled to China a week ago and",
                Some(("a week ago", "2026-01-06")),
            ),
            ("3 days ago", Some(("3 days ago", "2026-01-10"))),
            ("two months ago", Some(("two months ago", "2025-11"))),
            ("found at the site last year.", Some(("last year", "2025"))),
            ("earlier this month", Some(("this month", "2026-01"))),
            ("next week", Some(("next week", "2026-01-19/2026-01-25"))),
            ("last week", Some(("last week", "2026-01-05/2026-01-11"))),
            ("last Tuesday", Some(("last Tuesday", "2026-01-06"))),
            ("next Tuesday", Some(("next Tuesday", "2026-01-20"))),
            ("this Friday", Some(("this Friday", "2026-01-16"))),
            ("ieri a Roma", Some(("ieri", "2026-01-12"))),
            ("l'anno scorso", Some(("anno scorso", "2025"))),
            ("el año pasado", Some(("año pasado", "2025"))),
            ("l'année dernière", Some(("année dernière", "2025"))),
            ("letztes Jahr", Some(("letztes Jahr", "2025"))),
            ("el próximo mes", Some(("próximo mes", "2026-02"))),
            ("cette semaine", Some(("cette semaine", "2026-01-12/2026-01-18"))),
            ("an apple a day", None),
            ("Today : Jan 12, 2026", Some(("Jan 12, 2026", "2026-01-12"))),
            ("Today: Jan 12, 2026", Some(("Jan 12, 2026", "2026-01-12"))),
        ],
        Some(anchor()),
    );
}

#[test]
fn tense_decides_direction_of_a_bare_weekday() {
    // Sunday 11 January 2026.
    let sunday = Some(d(2026, 1, 11));
    check(
        &[
            (
                "Takaichi will host Lee in Nara on Tuesday for a summit",
                Some(("Tuesday", "2026-01-13")),
            ),
            (
                "The leaders are expected to visit a temple on Wednesday.",
                Some(("Wednesday", "2026-01-14")),
            ),
            (
                "They are scheduled to meet on Friday",
                Some(("Friday", "2026-01-16")),
            ),
            ("She plans to fly on Monday", Some(("Monday", "2026-01-12"))),
            (
                "Lee arrived on Tuesday. He will leave soon.",
                Some(("Tuesday", "2026-01-06")),
            ),
            (
                "They were expected to meet on Friday",
                Some(("Friday", "2026-01-09")),
            ),
        ],
        sunday,
    );
    // Forward with a year-less date: far-future rule does not roll back.
    check(
        &[(
            "The summit will be held on Feb. 20",
            Some(("Feb. 20", "2026-02-20")),
        )],
        Some(d(2025, 12, 1)),
    );
    // A deal expected to close, or a firm that expects it to: the coming January.
    check(
        &[
            (
                "The merger, expected to close by the end of January, adds 300 staff",
                Some(("January", "2026-01")),
            ),
            (
                "The firm expects the sale to close by its first quarter, which ends March 31",
                Some(("March 31", "2026-03-31")),
            ),
        ],
        Some(d(2025, 11, 10)),
    );
}

#[test]
fn date_lines() {
    let cases: &[(&str, Option<NaiveDate>)] = &[
        ("14 Gennaio 2026", Some(d(2026, 1, 14))),
        ("Today : Jan 12, 2026", Some(d(2026, 1, 12))),
        ("WEDNESDAY 03 JULY 2013", Some(d(2013, 7, 3))),
        ("11 January 2026", Some(d(2026, 1, 11))),
        ("2026-01-13T09:30:00+09:00", Some(d(2026, 1, 13))),
        ("Tue, 13 Jan 2026 09:30:00 +0900", Some(d(2026, 1, 13))),
        ("mer, 14 gen 2026 10:00:00 +0100", Some(d(2026, 1, 14))),
        ("Published: 14. Januar 2026, 10:15 Uhr", Some(d(2026, 1, 14))),
        ("Nara, Jan. 14 (Jiji Press)–", None),
        ("October 2025", None),
        ("yesterday", None),
        ("World News", None),
        ("", None),
    ];
    for (line, want) in cases {
        assert_eq!(parse_date_line(line), *want, "{line:?}");
    }
}

#[test]
fn datelines_take_the_year_from_a_fallback() {
    let cases: &[(&str, Option<NaiveDate>, Option<NaiveDate>)] = &[
        (
            "Nara, Jan. 14 (Jiji Press)–",
            Some(d(2026, 1, 20)),
            Some(d(2026, 1, 14)),
        ),
        (
            "TOKYO, Dec. 30 (Kyodo) -",
            Some(d(2026, 1, 2)),
            Some(d(2025, 12, 30)),
        ),
        ("Nara, Jan. 14 (Jiji Press)–", None, None),
        ("14 Gennaio 2026", Some(d(2030, 1, 1)), Some(d(2026, 1, 14))),
    ];
    for (line, fallback, want) in cases {
        assert_eq!(parse_date_line_with(line, *fallback), *want, "{line:?}");
    }
}

#[test]
fn spans_are_on_char_boundaries_and_clamped() {
    let text = "Réunion «le 14 janv. 2026» — 東京 yesterday";
    for (a, b) in [(0, text.len()), (1, 5), (3, 1000), (2, 2), (40, 3)] {
        for m in find_dates(text, a..b, Some(anchor())) {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            assert!(m.span.start < m.span.end);
        }
    }
    let m = find_dates(text, 0..text.len(), Some(anchor()));
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].value.to_iso(), "2026-01-14");
}

#[test]
fn random_input_never_panics() {
    const PIECES: &[&str] = &[
        "Jan.",
        " ",
        "13",
        ",",
        "2026",
        "-",
        "–",
        "Tuesday",
        "last",
        "week",
        "ago",
        "a",
        "mar",
        "14.",
        "de",
        "enero",
        "\n",
        "é",
        "東",
        "31",
        "0",
        "99999999999",
        "1,942",
        "Feb",
        "29",
        "to",
        "2026-02-30",
        "31.12.9999",
        "9999",
        "1000",
        "next",
        "year",
        "will",
        "th",
        "yesterday",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let n = (rng.next() % 24) as usize;
        let text: String = if round % 3 == 0 {
            let bytes: Vec<u8> = (0..n * 3).map(|_| (rng.next() & 0xff) as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            (0..n)
                .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
                .collect()
        };
        let len = text.len();
        let a = (rng.next() as usize) % (len + 2);
        let b = (rng.next() as usize) % (len + 2);
        let extreme = [None, Some(NaiveDate::MIN), Some(NaiveDate::MAX), Some(anchor())];
        let anchor = extreme[round % 4];
        for m in find_dates(&text, a..b, anchor) {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            let (lo, hi) = m.value.bounds();
            assert!(lo <= hi, "{text:?}");
        }
        let _ = parse_date_line(&text);
        let _ = parse_date_line_with(&text, anchor);
    }
}

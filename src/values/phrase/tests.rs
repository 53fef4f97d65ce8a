use super::*;

/// (kind, phrase as written, normalized, qualifier, head, subgroup) of each number phrase.
type Row<'a> = (
    ValueKind,
    &'a str,
    &'a str,
    Option<Qualifier>,
    Option<&'a str>,
    Option<&'a str>,
);

type Got = (
    ValueKind,
    String,
    String,
    Option<Qualifier>,
    Option<String>,
    Option<String>,
);

fn found(sentence: &str) -> Vec<Got> {
    scan(sentence, 0..sentence.len(), &[], false)
        .into_iter()
        .map(|f| {
            (
                f.kind,
                sentence[f.span.clone()].to_string(),
                f.normalized,
                f.qualifier,
                f.counted.as_ref().map(|c| c.head.clone()),
                f.counted.and_then(|c| c.subgroup),
            )
        })
        .collect()
}

fn check(cases: &[(&str, Vec<Row>)]) {
    for (sentence, want) in cases {
        let got = found(sentence);
        let want: Vec<_> = want
            .iter()
            .map(|(k, p, n, q, h, s)| {
                (
                    *k,
                    p.to_string(),
                    n.to_string(),
                    *q,
                    h.map(String::from),
                    s.map(String::from),
                )
            })
            .collect();
        assert_eq!(got, want, "in {sentence:?}");
    }
}

use ValueKind::*;

mod amounts;
mod counts;

#[test]
fn ordinals_with_what_they_count() {
    check(&[
        (
            "The two leaders had the third face-to-face contact since October.",
            vec![(
                Ordinal,
                "third face-to-face contact",
                "3",
                None,
                Some("contact"),
                None,
            )],
        ),
        (
            "last year marked the 60th anniversary of the treaty",
            vec![(Ordinal, "60th anniversary", "60", None, Some("anniversary"), None)],
        ),
        (
            "This marks the eleventh consecutive year of growth.",
            vec![(
                Ordinal,
                "eleventh consecutive year",
                "11",
                None,
                Some("year"),
                None,
            )],
        ),
        (
            "Their second meeting followed quickly at the G20 summit.",
            vec![(Ordinal, "second meeting", "2", None, Some("meeting"), None)],
        ),
        (
            "Korea is Japan's third-largest foreign community.",
            vec![(
                Ordinal,
                "third-largest foreign community",
                "3",
                None,
                Some("community"),
                None,
            )],
        ),
    ]);
}

/// (phrase as written, normalized, qualifier) of a duration.
type Span3<'a> = (&'a str, &'a str, Option<Qualifier>);

#[test]
fn durations_are_quantities_of_time() {
    let cases: [(&str, Vec<Span3>); 4] = [
        (
            "A court sentenced Park to 12 years in prison.",
            vec![("12 years", "12 yr", None)],
        ),
        (
            "Prosecutors had demanded a 15-year term, about 18 months more.",
            vec![
                ("15-year", "15 yr", None),
                ("about 18 months", "18 mo", Some(Qualifier::About)),
            ],
        ),
        (
            "He got one year and a three-week ban, 40 days and 36 hours.",
            vec![
                ("one year", "1 yr", None),
                ("three-week", "3 wk", None),
                ("40 days", "40 d", None),
                ("36 hours", "36 h", None),
            ],
        ),
        ("a new 60-year chapter", vec![("60-year", "60 yr", None)]),
    ];
    for (sentence, want) in cases {
        let got: Vec<(String, String, Option<Qualifier>)> = found(sentence)
            .into_iter()
            .filter(|f| f.0 == Quantity)
            .map(|f| (f.1, f.2, f.3))
            .collect();
        let want: Vec<(String, String, Option<Qualifier>)> = want
            .into_iter()
            .map(|(p, n, q)| (p.to_string(), n.to_string(), q))
            .collect();
        assert_eq!(got, want, "{sentence}");
    }
    // The amount is in days, so "18 months" and "1.5 years" meet.
    let months = scan("18 months", 0..9, &[], false);
    let years = scan("1.5 years", 0..9, &[], false);
    assert!(
        (months[0].value - years[0].value).abs() < 1e-6,
        "{months:?} {years:?}"
    );
}

#[test]
fn a_sum_after_a_name_is_its_object() {
    let got = found("The court also fined Park 5 billion won.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].2.as_str()), (Money, "KRW 5000000000"));
    // A number after a name with no sum is still part of the name.
    assert!(found("The crew of Apollo 11 landed.").is_empty());
}

#[test]
fn numbers_that_are_not_figures() {
    let cases = [
        "The mine opened in 1914 and collapsed in 1942.",
        "Japan's 1910–1945 colonial rule and a 1965 treaty.",
        "They met at the G20 summit and flew an F-35.",
        "late 7th- or early 8th-century structures",
        "Call 03-1234-5678 at 10:30 or 9 p.m.",
        "The man waited three minutes over two decades.",
        "The two leaders and the three countries met.",
        "The crew of Apollo 11 landed; see Article 9.",
        "No. 3 on the list, at first.",
        // Days and years that are no valid date are still no counts.
        "The deadline is 32 January for the vote.",
        "On Jan. 0 came the news.",
        "The order was dated Feb. 30 by the clerk.",
        "The fort dates from 99999 AD in the records.",
        "A coin from 300 BC was found.",
        // Emergency numbers dialled.
        "A 911 caller reported the fire at 3:33 a.m.",
        "She dialled 999 from the flat.",
        "The 911 dispatcher sent them.",
        "He played the 911 calls in court.",
    ];
    for sentence in cases {
        let got: Vec<_> = found(sentence).into_iter().filter(|f| f.0 != Ordinal).collect();
        assert!(got.is_empty(), "{sentence:?} gave {got:?}");
    }
}

#[test]
fn date_spans_are_skipped() {
    let s = "They met on January 13, 2026 and 180 workers cheered.";
    let date = s.find("January").expect("in text")..s.find(" and").expect("in text");
    let got = scan(s, 0..s.len(), &[date], false);
    let norm: Vec<&str> = got.iter().map(|f| f.normalized.as_str()).collect();
    assert_eq!(norm, ["180"]);
}

#[test]
fn odd_input_never_panics() {
    let messy = "$ $$$ 1, ,1 1.2.3 ¥ €bn 10km- first- -5 5- twenty- ３人 十二 \
                 US$ HK$ 1,000,000,000,000,000,000,000,000,000,000 0.000000000000001 \
                 99999999999999999999999999999999999999999 about — more than ; or more";
    let cuts: Vec<usize> = (0..=messy.len()).filter(|&i| messy.is_char_boundary(i)).collect();
    for &start in cuts.iter().step_by(7) {
        for &end in cuts.iter().filter(|&&e| e >= start).step_by(11) {
            for f in scan(messy, start..end, &[], false) {
                assert!(messy.get(f.span.clone()).is_some(), "{:?}", f.span);
                assert!(f.span.start >= start && f.span.end <= end);
            }
        }
    }
}

#[test]
fn qualifiers() {
    use Qualifier::*;
    let cases = [
        ("about 200 people", Some(About)),
        ("approximately 200 people", Some(About)),
        ("around 200 people", Some(About)),
        ("roughly 200 people", Some(About)),
        ("some 200 people", Some(About)),
        ("nearly 200 people", Some(About)),
        ("almost 200 people", Some(About)),
        ("an estimated 200 people", Some(About)),
        ("at least 200 people", Some(AtLeast)),
        ("no fewer than 200 people", Some(AtLeast)),
        ("200 or more people", Some(AtLeast)),
        ("more than 200 people", Some(MoreThan)),
        ("over 200 people", Some(MoreThan)),
        ("upwards of 200 people", Some(MoreThan)),
        ("up to 200 people", Some(AtMost)),
        ("at most 200 people", Some(AtMost)),
        ("as many as 200 people", Some(AtMost)),
        ("fewer than 200 people", Some(LessThan)),
        ("less than 200 people", Some(LessThan)),
        ("under 200 people", Some(LessThan)),
        ("exactly 200 people", None),
        ("200 people", None),
    ];
    for (phrase, want) in cases {
        let sentence = format!("They said {phrase} came.");
        let got = scan(&sentence, 0..sentence.len(), &[], false);
        assert_eq!(got.len(), 1, "{phrase}: {got:?}");
        assert_eq!(got[0].qualifier, want, "{phrase}");
    }
}

/// Each sentence's normalised figures that `pick` selects, against the expected ones.
fn check_picked(cases: &[(&str, Vec<&str>)], pick: impl Fn(&Got) -> bool) {
    for (sentence, want) in cases {
        let f = found(sentence);
        let got: Vec<&str> = f.iter().filter(|x| pick(x)).map(|x| x.2.as_str()).collect();
        assert_eq!(&got, want, "{sentence}: {f:?}");
    }
}

#[test]
fn ages_are_counts_of_years() {
    let cases = [
        ("The 16-year-old boy was named later.", vec!["16"]),
        ("A man aged 73 was hurt.", vec!["73"]),
        ("She is 29 years old and a nurse.", vec!["29"]),
        ("A forty-year-old driver fled.", vec!["40"]),
        ("Officers say the 16-year old ran.", vec!["16"]),
        ("A 16 year old boy ran.", vec!["16"]),
    ];
    check_picked(&cases, |x| x.4.as_deref() == Some(super::AGE));
}

#[test]
fn magnitudes_in_their_several_phrasings() {
    let cases = [
        ("A 4.4 quake is large for the area.", vec!["4.4"]),
        ("An earthquake measuring 5.2 shook the town.", vec!["5.2"]),
        ("It had a Richter magnitude of 3.8, the survey said.", vec!["3.8"]),
        ("4.7 quake rattles the valley", vec!["4.7"]),
    ];
    check_picked(&cases, |x| x.0 == Quantity);
}

#[test]
fn weights_in_pounds_are_measurements() {
    let cases = [
        ("He weighs about 200 pounds.", vec!["200 lb"]),
        ("A 135-pound man was arrested.", vec!["135 lb"]),
        ("The club paid 50 million pounds for him.", vec![]),
    ];
    check_picked(&cases, |x| x.0 == Quantity);
}

#[test]
fn areas_in_square_units_are_measurements() {
    let cases = [
        ("The 12,000-square-foot warehouse burned.", vec!["12000 sq ft"]),
        ("It covered 12,000 square feet.", vec!["12000 sq ft"]),
        (
            "The fire burned 3 square miles and 40 acres.",
            vec!["3 sq mi", "40 acre"],
        ),
        ("A 50 square metre flat.", vec!["50 m²"]),
        // A bore before a gun, and a magnitude written with a point.
        ("He pulled a .357 revolver.", vec!["357 caliber"]),
        ("In June, a 3.0 quake struck.", vec!["3"]),
        ("The 357 revolvers were seized.", vec![]),
        // "square" before no unit is no area.
        ("They met in 3 square rooms.", vec![]),
    ];
    check_picked(&cases, |x| x.0 == Quantity);
}

#[test]
fn hyphenated_sums_are_money() {
    let cases = [
        (
            "making off with a €2 million ($2.6-million) booty.",
            vec!["EUR 2000000", "USD 2600000"],
        ),
        ("a two-million-euro haul", vec!["EUR 2000000"]),
        ("Paris hit by 2 mn-euro heist", vec!["EUR 2000000"]),
        ("a two million-euro jewellery heist", vec!["EUR 2000000"]),
        ("a two-million-strong crowd", vec![]),
        ("The club paid 50 million pounds for him.", vec!["GBP 50000000"]),
    ];
    check_picked(&cases, |x| x.0 == Money);
}

#[test]
fn a_currency_named_twice_is_one_sum() {
    // "$2 million dollars": the word is the sum's, not the noun the sum is the value of.
    let got = found("It borrowed $2 million dollars from the fund.");
    let sums: Vec<(&str, &str)> = got
        .iter()
        .filter(|g| g.0 == Money)
        .map(|g| (g.1.as_str(), g.2.as_str()))
        .collect();
    assert_eq!(sums, vec![("$2 million dollars", "USD 2000000")]);
    let got = found("It paid £2 million pounds for it.");
    assert!(
        got.iter().any(|g| g.0 == Money && g.1 == "£2 million pounds"),
        "{got:?}"
    );
}

#[test]
fn common_counts_that_are_also_emergency_numbers() {
    let cases = [
        ("The hotline received 112 calls on Sunday.", vec!["112"]),
        ("Police logged 999 calls overnight.", vec!["999"]),
        ("The firm hired 112 operators.", vec!["112"]),
    ];
    check_picked(&cases, |x| x.0 == Count);
}

#[test]
fn win_loss_records_are_wins() {
    let cases = [
        ("The champion improved to 41-2 with the win.", vec!["41"]),
        ("Ruiz (30-4, 22 KOs) never recovered.", vec!["30"]),
        ("The Hawks won 3-1 on Sunday.", vec![]),
        ("Unemployment could climb to 8-10 percent.", vec![]),
        ("She won her 6-4, 6-3 match.", vec![]),
    ];
    check_picked(&cases, |x| x.4.as_deref() == Some(super::RECORD));
}

#[test]
fn parts_of_a_group_of_people_are_summed() {
    let cases = [
        ("Three men and a woman died in the crash.", vec!["4"]),
        ("Two adults and three children were hurt.", vec!["5"]),
        ("Five people were hurt.", vec!["5"]),
    ];
    check_picked(&cases, |x| x.0 == Count);
}

#[test]
fn vague_amounts_are_ranges() {
    let cases = [
        ("Dozens of protesters gathered outside.", vec!["24/143"]),
        ("Hundreds of homes were flooded.", vec!["200/999"]),
        ("Tens of thousands of people fled.", vec!["20000/99999"]),
        ("A dozen officers stood by.", vec!["12"]),
        ("They came by the thousands.", vec![]),
        ("Dozens gathered outside the store.", vec![]),
        ("It cost hundreds of thousands of dollars.", vec![]),
    ];
    check_picked(&cases, |x| x.0 == Count);
}

#[test]
fn a_rand_sum_before_a_scale_word() {
    let f = found("They took a €2 million (R26 million) haul.");
    assert!(f.iter().any(|x| x.2 == "ZAR 26000000"), "{f:?}");
    let f = found("The R26 road was closed.");
    assert!(f.iter().all(|x| !x.2.starts_with("ZAR")), "{f:?}");
}

#[test]
fn a_number_word_times_a_dozen_or_a_hundred() {
    let f = found("About two dozen protesters splintered off.");
    assert_eq!(
        f.first().map(|x| (x.2.as_str(), x.4.as_deref())),
        Some(("24", Some("protesters"))),
        "{f:?}"
    );
    let f = found("Police said three hundred people marched.");
    assert_eq!(f.first().map(|x| x.2.as_str()), Some("300"), "{f:?}");
    // The hedge before the article holds the number: "more than a hundred".
    let f = found("More than a hundred people joined the vigil.");
    assert_eq!(
        f.first().map(|x| (x.2.as_str(), x.3)),
        Some(("100", Some(Qualifier::MoreThan))),
        "{f:?}"
    );
}

#[test]
fn a_verb_after_an_irregular_plural_ends_the_phrase() {
    let f = found("Four men rammed their car into the shop.");
    assert_eq!(f.first().and_then(|x| x.4.as_deref()), Some("men"), "{f:?}");
}

use super::*;
use crate::rng::SplitMix64;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date is valid")
}

#[test]
fn date_lines() {
    let cases: &[(&str, Option<(NaiveDate, bool)>)] = &[
        ("14 Gennaio 2026", Some((d(2026, 1, 14), false))),
        ("Today : Jan 12, 2026", Some((d(2026, 1, 12), true))),
        ("11 January 2026", Some((d(2026, 1, 11), false))),
        ("WEDNESDAY 03 JULY 2013", Some((d(2013, 7, 3), false))),
        ("Published: 13 Jan 2026, 09:30 JST", Some((d(2026, 1, 13), false))),
        (
            "Updated on January 13, 2026 at 10:15 a.m.",
            Some((d(2026, 1, 13), false)),
        ),
        ("2026-01-13T09:30:00+09:00", Some((d(2026, 1, 13), false))),
        ("Leaders met on January 13, 2026 in Nara to discuss trade.", None),
        ("World News", None),
        ("October 2025", None),
    ];
    for (line, want) in cases {
        assert_eq!(date_line(line, None), *want, "{line:?}");
    }
}

#[test]
fn datelines() {
    let a = Some(d(2026, 1, 20));
    // (line, Some((first word after the dateline, date, outlet)))
    type Want = Option<(&'static str, Option<NaiveDate>, Option<&'static str>)>;
    let cases: &[(&str, Want)] = &[
        (
            "Nara, Jan. 14 (Jiji Press)–Japanese Prime Minister",
            Some(("Japanese", Some(d(2026, 1, 14)), Some("Jiji Press"))),
        ),
        (
            "TOKYO (Reuters) - Japan's prime minister",
            Some(("Japan's", None, Some("Reuters"))),
        ),
        (
            "WASHINGTON, Jan. 13 (AP) — The president",
            Some(("The", Some(d(2026, 1, 13)), Some("AP"))),
        ),
        (
            "NARA — Prime Minister Sanae Takaichi",
            Some(("Prime", None, None)),
        ),
        (
            "ROME, 14 gennaio - Il governo",
            Some(("Il", Some(d(2026, 1, 14)), None)),
        ),
        ("Japan-South Korea summit held January 13 in Nara.", None),
        ("Seoul - the capital", None),
        ("FOCUS: Japan, S. Korea Leaders Highlight Close Ties", None),
        ("Nara, the old capital (Japan) - a city", None),
    ];
    for (line, want) in cases {
        let got = dateline(line, a).map(|dl| {
            let rest = line[dl.end..].split_whitespace().next().unwrap_or("").to_string();
            (rest, dl.date, dl.outlet)
        });
        let want = want.map(|(r, dt, o)| (r.to_string(), dt, o.map(str::to_string)));
        assert_eq!(got, want, "{line:?}");
    }
}

#[test]
fn photo_credits() {
    let cases: &[(&str, bool)] = &[
        ("Pool Photo via AP", true),
        ("(AP Photo/Eugene Hoshiko)", true),
        ("Photo: Getty Images", true),
        ("Image courtesy of the Prime Minister's Office", true),
        ("FILE PHOTO: Leaders shake hands", true),
        ("Takaichi showed Lee a photo of the temple.", false),
        (
            "The photo was taken by a reporter who covered the summit in Nara on Tuesday for the paper.",
            false,
        ),
        ("Related Tags", false),
    ];
    for (line, want) in cases {
        assert_eq!(photo_credit(line), *want, "{line:?}");
    }
}

#[test]
fn copyright_owners() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "He added his gratitude. END [Copyright The Jiji Press, Ltd.] ",
            Some("Jiji Press"),
        ),
        ("© 2026 Reuters. All rights reserved.", Some("Reuters")),
        (
            "Copyright 2026 The Associated Press. All rights reserved.",
            Some("Associated Press"),
        ),
        ("(c) 2025-2026 Yonhap News Agency", Some("Yonhap News Agency")),
        ("Copyright © The Korea Herald", Some("Korea Herald")),
        ("All rights reserved.", None),
        (
            "The copyright law protects authors and was amended in 2020 after a long debate among lawmakers in the capital.",
            None,
        ),
    ];
    for (line, want) in cases {
        assert_eq!(copyright_owner(line).as_deref(), *want, "{line:?}");
    }
}

#[test]
fn bylines() {
    let cases: &[(&str, Option<&str>, bool)] = &[
        ("By Jane Doe, Reuters", Some("Reuters"), true),
        ("By Kim Min-ji | The Korea Herald", Some("Korea Herald"), true),
        ("By Jane Doe, Staff Writer", None, true),
        ("By Jane Doe", None, true),
        ("Pool Photo via AP", None, false),
        ("By Tuesday the leaders had agreed on a plan.", None, false),
    ];
    for (line, outlet, is_byline) in cases {
        assert_eq!(byline_outlet(line).as_deref(), *outlet, "{line:?}");
        assert_eq!(byline(line), *is_byline, "{line:?}");
    }
}

#[test]
fn labels_headlines_paragraphs() {
    // (line, label, headline, paragraph)
    let cases: &[(&str, bool, bool, bool)] = &[
        ("World News", true, false, false),
        ("Key Points", true, false, false),
        ("Related Tags", true, false, false),
        ("Don't Miss", true, false, false),
        ("Sources:", true, false, false),
        (
            "Japan-South Korea Summit in Nara Signals Diplomatic Warming",
            false,
            true,
            false,
        ),
        (
            "Takaichi, Lee Hold Japan-South Korea Summit in Nara, Aiming to Further Improve Ties (Update)",
            false,
            true,
            false,
        ),
        (
            "“We will work together,” the minister said on Tuesday.”",
            false,
            false,
            true,
        ),
        (
            "Trade, China, and North Korea set to dominate talks",
            false,
            true,
            false,
        ),
        ("The two leaders met in Nara on Tuesday.", false, false, true),
        ("Nara", true, false, false),
        ("Takaichi said.", false, false, false),
    ];
    for (line, l, h, p) in cases {
        assert_eq!(
            (label(line), headline(line), paragraph(line)),
            (*l, *h, *p),
            "{line:?}"
        );
    }
}

#[test]
fn end_markers() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "shown by Takaichi. END [Copyright The Jiji Press, Ltd.] ",
            Some("END [Copyright"),
        ),
        ("the talks ended. (END)", Some("(END)")),
        ("###", Some("###")),
        ("- 30 -", Some("- 30 -")),
        ("© 2026 Reuters", Some("© 2026")),
        ("Copyright 2026 The Associated Press.", Some("Copyright")),
        ("the talks ended. [Copyright Yonhap]", Some("[Copyright")),
        ("The END of an era came on Tuesday.", None),
        ("Talks will END soon", None),
    ];
    for (line, want) in cases {
        let got = end_marker(line).map(|i| &line[i..]);
        match (got, want) {
            (Some(g), Some(w)) => assert!(g.starts_with(w), "{line:?}: {g:?}"),
            (g, w) => assert_eq!(g, *w, "{line:?}"),
        }
    }
}

#[test]
fn trailer_items() {
    let cases: &[(&str, bool, bool)] = &[
        (
            "Reuters / South Korea’s Lee to head for Japan summit a week after meeting China’s Xi",
            false,
            true,
        ),
        ("https://example.org/story", false, true),
        ("DNP, Usen-Almex Tie Up for Digital Hotel Check-Ins", false, true),
        (
            "Tokyo, Jan. 14 (Jiji Press)–Dai Nippon Printing Co. and payment",
            true,
            true,
        ),
        ("Japan, South Korea, Diplomacy, Nara", false, true),
        ("Politics", false, true),
        ("Lee arrived at Kansai Airport on Tuesday morning.", false, false),
        (
            "Lee arrived at Kansai Airport on Tuesday morning and then",
            false,
            false,
        ),
    ];
    for (line, last, want) in cases {
        assert_eq!(trailer_item(line, *last), *want, "{line:?}");
    }
}

/// Pieces of Latin text the random lines are made of: the characters and words the patterns test.
const PIECES: &[&str] = &[
    "A",
    "Z",
    "k",
    "TOKYO",
    "New York",
    "By",
    "by ",
    "BY",
    "bY",
    " ",
    "  ",
    "\t",
    ",",
    ", ",
    "(",
    ")",
    "(Reuters)",
    "-",
    "--",
    " - ",
    ".",
    "'",
    "&",
    "|",
    "/",
    "Jan. 12",
    "2026",
    "\r",
    "\x0b",
    "\x0c",
    "\x1f",
    "\x7f",
    "0",
    "x",
    "The",
    "AP",
    "Staff Writer",
    "—",
    "–",
    " — ",
    "’",
    "É",
    "é",
    "ß",
    "e\u{301}",
    "\u{a0}",
    "\u{2028}",
    "\u{85}",
    "…",
    "Ł",
    "ǅ",
];

/// A random line shaped like a byline ("By Jane Doe, Reuters"), so the matches are tested, not only
/// the misses.
fn random_byline(rng: &mut SplitMix64) -> String {
    let names = [
        "Jane Doe",
        "J. O'Neil",
        "Ana-María",
        "É. Zola",
        "Le Monde",
        "The AP",
        "x",
        "Reuters",
    ];
    let seps = [", ", " | ", "/", " — ", " (", ",", "—", " - "];
    let mut l = String::new();
    l.push_str(["By ", "by\t", "BY  ", "bY ", "By"][rng.below(5)]);
    l.push_str(names[rng.below(names.len())]);
    l.push_str(seps[rng.below(seps.len())]);
    l.push_str(names[rng.below(names.len())]);
    l.push_str(["", ")", " ", ") ", "\u{a0}", ".", " Staff"][rng.below(7)]);
    l
}

/// A random line of `n` [`PIECES`], sometimes opened like a byline or a dateline.
fn random_pieces(rng: &mut SplitMix64, n: usize) -> String {
    let mut l = String::new();
    if rng.below(3) == 0 {
        l.push_str(["By ", "BY ", "by", "TOKYO", "Tokyo, Jan. 3"][rng.below(5)]);
    }
    for _ in 0..n {
        l.push_str(PIECES[rng.below(PIECES.len())]);
    }
    l
}

/// The lines to compare the patterns on: the Latin lines of the sample briefing, then 40,000 random
/// ones, half of them shaped like a byline.
fn latin_test_lines() -> Vec<String> {
    let mut lines: Vec<String> = crate::ingest::SAMPLE
        .iter()
        .flat_map(|(_, t)| t.lines())
        .filter(|l| latin(l))
        .map(str::to_string)
        .collect();
    let mut rng = SplitMix64(16);
    for _ in 0..40_000 {
        let n = 1 + rng.below(14);
        lines.push(if rng.below(2) == 0 {
            random_byline(&mut rng)
        } else {
            random_pieces(&mut rng, n)
        });
    }
    lines
}

/// The cut-down patterns give the Unicode ones' every capture on every line of Latin text: the
/// lines of the sample briefing, and random lines made of the characters the patterns test.
#[test]
fn latin_patterns_match_like_the_unicode_ones() {
    let caps = |re: &regex::Regex, l: &str| {
        re.captures(l)
            .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect::<Vec<_>>())
    };
    let mut matched = (0, 0);
    for l in &latin_test_lines() {
        assert!(latin(l), "{l:?}");
        assert_eq!(caps(&DL_LATIN, l), caps(&DL, l), "dateline {l:?}");
        assert_eq!(caps(&BY_LATIN, l), caps(&BY, l), "byline {l:?}");
        matched.0 += usize::from(DL.is_match(l));
        matched.1 += usize::from(BY.is_match(l));
    }
    // The random lines reach both patterns' matches, not only their misses.
    assert!(matched.0 > 1000 && matched.1 > 1000, "{matched:?}");
}

use super::*;
use crate::testutil::Rng;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date is valid")
}

#[test]
fn sample_is_embedded_with_seed_paths() {
    let b = load_sample();
    assert_eq!(b.sources.len(), 5);
    for s in &b.sources {
        assert_eq!(s.path, format!("seeds/{}.txt", s.id));
        assert_eq!(s.format, Format::Text);
        assert!(s.words() > 300, "{}", s.id);
    }
}

#[test]
fn anchor_is_published_or_latest_stated_day() {
    let b = load_sample();
    let anchor = |id: &str| {
        b.sources
            .iter()
            .find(|s| s.id.starts_with(id))
            .and_then(Source::anchor)
    };
    // (source, anchor): 002 states its date; 004 only in a photo caption; 003 states no full day.
    let cases = [
        ("002", Some(d(2026, 1, 14))),
        ("004", Some(d(2026, 1, 13))),
        ("000", Some(d(2026, 1, 13))),
        ("003", None),
    ];
    for (id, want) in cases {
        assert_eq!(anchor(id), want, "{id}");
    }
    assert!(
        b.sources
            .iter()
            .find(|s| s.id.starts_with("004"))
            .is_some_and(|s| s.published.is_none())
    );
}

#[test]
fn ids_stay_unique_and_names_are_short() {
    let mut ids = HashSet::new();
    let got: Vec<String> = ["a", "a", "a-2", "b", "a"]
        .iter()
        .map(|i| unique_id(i, &mut ids))
        .collect();
    assert_eq!(got, ["a", "a-2", "a-2-2", "b", "a-3"]);
    let cases: &[(&[&str], &str)] = &[
        (&[], "sample briefing"),
        (&["seeds/"], "seeds"),
        (&["-"], "<stdin>"),
        (&["x/a.txt", "b.md", "c"], "a.txt and 2 more"),
    ];
    for (paths, want) in cases {
        let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
        assert_eq!(briefing_name(&paths), *want);
    }
}

#[test]
fn missing_path_is_an_error_naming_it() {
    let err = load(&[PathBuf::from("seeds"), PathBuf::from("does/not/exist.txt")]).expect_err("missing path");
    assert_eq!(err.path, PathBuf::from("does/not/exist.txt"));
    assert_eq!(err.to_string(), "does/not/exist.txt: no such file or directory");
}

#[test]
fn body_spans_are_ordered_on_boundaries_and_skip_the_headline() {
    for s in load_sample().sources {
        let mut last = 0;
        for r in &s.body {
            assert!(
                r.start >= last && r.start < r.end && r.end <= s.text.len(),
                "{}",
                s.id
            );
            assert!(s.text.is_char_boundary(r.start) && s.text.is_char_boundary(r.end));
            if let Some(h) = &s.headline {
                assert!(r.end <= h.start || r.start >= h.end, "{}", s.id);
            }
            last = r.end;
        }
    }
}

#[test]
fn random_files_never_panic() {
    const PIECES: &[&str] = &[
        "Headline Words Here",
        "\n",
        "\n\n",
        "---\n",
        "+++\n",
        "title: x\n",
        "title = \"x\"\n",
        "<p>",
        "</p>",
        "<article>",
        "<script>",
        "{",
        "}",
        "[",
        "]",
        "\"text\": \"a\"",
        ",",
        "<?xml version=\"1.0\"?>",
        "<rss><channel>",
        "<item><title>t</title>",
        "</item>",
        "<feed>",
        "<entry>",
        "END",
        "[Copyright The X, Ltd.]",
        "© 2025 Y",
        "Pool Photo via AP",
        "Nara, Jan. 14 (Jiji Press)–",
        "NARA — ",
        "Sources:",
        "Related Tags",
        "14 Gennaio 2026",
        "Today : Jan 12, 2026",
        "é",
        "東京",
        "\u{feff}",
        "\r\n",
        " a / b ",
        "# H1\n",
        "- item\n",
    ];
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let exts = ["txt", "md", "html", "json", "rss", "xml", ""];
    for round in 0..1500 {
        let n = (rng.next() % 30) as usize;
        let bytes: Vec<u8> = if round % 4 == 0 {
            (0..n * 4).map(|_| (rng.next() & 0xff) as u8).collect()
        } else {
            (0..n)
                .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
                .collect::<String>()
                .into_bytes()
        };
        let ext = exts[round % exts.len()];
        if let Ok(r) = read::read(&bytes, "x", "x", ext) {
            for s in r.sources {
                for span in s.body.iter().chain(s.headline.iter()) {
                    assert!(s.text.is_char_boundary(span.start) && s.text.is_char_boundary(span.end));
                    assert!(span.start <= span.end && span.end <= s.text.len());
                }
                let _ = s.anchor();
            }
        }
    }
}

#[test]
fn a_yearless_dateline_takes_its_year_from_the_briefing() {
    let text = |dateline: &str| {
        format!(
            "Former minister jailed\n\n{dateline} -- A court on Thursday sentenced a former minister to \
             prison for bribery.\n\nHe served as minister from 2019 to 2021.\n"
        )
    };
    let source = |id: &str, body: &str, published: Option<NaiveDate>| {
        let r = read::read(body.as_bytes(), &format!("{id}.txt"), id, "txt").expect("text reads");
        Source {
            published: published.or(r.sources[0].published),
            ..r.sources[0].clone()
        }
    };
    let seoul = text("SEOUL, May 14 (Yonhap)");
    // (dateline, publication dates of the briefing's other sources, the date the dateline gets)
    let cases: &[(&str, &[NaiveDate], Option<NaiveDate>)] = &[
        (&seoul, &[d(2026, 5, 15)], Some(d(2026, 5, 14))),
        (&seoul, &[d(2026, 5, 15), d(2026, 5, 20)], Some(d(2026, 5, 14))),
        // Across new year: the day before the other source's.
        (
            &text("SEOUL, Dec. 30 (Yonhap)"),
            &[d(2026, 1, 2)],
            Some(d(2025, 12, 30)),
        ),
        // Nothing dated, nothing near, or the dated sources disagree on the year: left undated.
        (&seoul, &[], None),
        (&seoul, &[d(2026, 9, 30)], None),
        (&seoul, &[d(2025, 5, 20), d(2026, 5, 15)], None),
        // No dateline with a day: the years the text names are not the article's.
        (&text("SEOUL (Yonhap)"), &[d(2026, 5, 15)], None),
    ];
    for (body, others, want) in cases {
        let mut sources = vec![source("a", body, None)];
        assert_eq!(sources[0].published, None, "{body}");
        for (i, o) in others.iter().enumerate() {
            sources.push(source(
                &format!("o{i}"),
                "Other story\n\nA plain paragraph of text.\n",
                Some(*o),
            ));
        }
        date_yearless_datelines(&mut sources);
        assert_eq!(sources[0].published, *want, "{body} with {others:?}");
        // The other sources keep their dates.
        assert!(
            sources[1..]
                .iter()
                .zip(*others)
                .all(|(s, o)| s.published == Some(*o))
        );
    }
}

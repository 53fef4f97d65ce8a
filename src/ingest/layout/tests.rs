use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date is valid")
}

fn body_text(text: &str, l: &Layout) -> Vec<String> {
    l.body.iter().map(|r| text[r.clone()].to_string()).collect()
}

const PARA: &str =
    "The two ministers met in the port city on Monday and agreed to resume talks on fishing rights.";

#[test]
fn header_with_date_lines_and_section_label() {
    let text = format!(
        "Today : Mar 3, 2025\nBusiness\n2 March 2025\n\nPort Talks Resume After Long Pause\n\n{PARA}\n"
    );
    let l = analyse(&text, &Meta::default());
    assert_eq!(
        l.meta.title.as_deref(),
        Some("Port Talks Resume After Long Pause")
    );
    assert_eq!(l.meta.published, Some(d(2025, 3, 2)));
    assert_eq!(l.meta.outlet, None);
    assert_eq!(body_text(&text, &l), vec![PARA.to_string()]);
    let h = l.headline.clone().expect("headline found");
    assert_eq!(&text[h], "Port Talks Resume After Long Pause");
}

#[test]
fn dateline_gives_outlet_and_date_and_end_marker_cuts_trailer() {
    let text = format!(
        "Ministers Agree on Fishing Talks\n\nKobe, Mar. 4 (Kansai Wire)–{PARA} END [Copyright Kansai Wire Co.]\n\nMore Stories\n\nPort Strike Ends\n\nOsaka, Mar. 4 (Kansai Wire)–The strike that"
    );
    let known = Meta {
        published: None,
        ..Meta::default()
    };
    let l = analyse(&text, &known);
    assert_eq!(l.meta.outlet.as_deref(), Some("Kansai Wire"));
    // No year anywhere: the dateline's date stays unknown rather than guessed.
    assert_eq!(l.meta.published, None);
    assert_eq!(body_text(&text, &l), vec![PARA.to_string()]);
}

#[test]
fn dateline_year_from_header_and_photo_credit_is_not_the_outlet() {
    let text = format!(
        "Ministers Agree on Fishing Talks\n\nPool Photo via Metro Agency\nThe ministers shake hands in Kobe, Monday, March 3, 2025.\n\nKOBE — {PARA}\n\nRelated Tags\n"
    );
    let l = analyse(&text, &Meta::default());
    assert_eq!(l.meta.outlet, None);
    assert_eq!(l.meta.title.as_deref(), Some("Ministers Agree on Fishing Talks"));
    let body = body_text(&text, &l);
    assert_eq!(body.len(), 2, "{body:?}");
    assert!(body[0].starts_with("The ministers shake hands"));
    assert_eq!(body[1], PARA);
}

#[test]
fn trailing_link_block_after_label() {
    let text = format!(
        "{PARA}\nKey Figures\n- 12 boats returned to port.\n{PARA}\nSources:\nWire One / Ministers meet in Kobe\nCity Office / Statement on the talks\n"
    );
    let l = analyse(&text, &Meta::default());
    assert_eq!(
        l.meta.title, None,
        "a first line that is a sentence is no headline"
    );
    let body = body_text(&text, &l);
    assert_eq!(body, vec![PARA, "- 12 boats returned to port.", PARA]);
}

#[test]
fn trailing_teasers_and_tags() {
    let text = format!(
        "Ministers Agree on Fishing Talks\n{PARA}\n\nDon't Miss\n\nNew Ferry Line Opens Between Two Ports\n\nKobe, Mar. 4 (Wire)–The ferry company said it would"
    );
    let l = analyse(&text, &Meta::default());
    assert_eq!(body_text(&text, &l), vec![PARA]);
    // A subheading at the end that is not a label followed by links stays in the body.
    let text2 = format!("{PARA}\nWhat comes next for the port\n{PARA}");
    let l2 = analyse(&text2, &Meta::default());
    assert_eq!(l2.body.len(), 3);
}

#[test]
fn copyright_and_byline_outlets() {
    let text = format!("Ministers Agree on Fishing Talks\nBy Jane Roe, Harbour Times\n{PARA}\n");
    let l = analyse(&text, &Meta::default());
    assert_eq!(l.meta.outlet.as_deref(), Some("Harbour Times"));
    assert_eq!(body_text(&text, &l), vec![PARA]);
    let text = format!("{PARA}\n© 2025 Harbour Times. All rights reserved.\n");
    let l = analyse(&text, &Meta::default());
    assert_eq!(l.meta.outlet.as_deref(), Some("Harbour Times"));
    assert_eq!(body_text(&text, &l), vec![PARA]);
}

#[test]
fn known_metadata_wins_and_title_line_is_found() {
    let text = format!("Port Talks\n\n{PARA}");
    let known = Meta {
        title: Some("Port  Talks".into()),
        outlet: Some("Harbour Times".into()),
        published: Some(d(2025, 3, 3)),
        url: Some("https://example.org/a".into()),
    };
    let l = analyse(&text, &known);
    assert_eq!(l.meta, known);
    assert_eq!(l.headline, Some(0..10));
    assert_eq!(body_text(&text, &l), vec![PARA]);
}

#[test]
fn spans_on_char_boundaries_for_any_text() {
    for text in [
        "",
        "\n\n",
        "東京",
        "«Ça va»\n— 東京 —\n",
        "a\r\nb\r\n",
        "END",
        "© ",
        "Sources:\n",
    ] {
        let l = analyse(text, &Meta::default());
        for r in l.body.iter().chain(l.headline.iter()) {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end) && r.start <= r.end);
        }
    }
}

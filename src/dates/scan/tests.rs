//! Tokeniser shapes and the per-token lowercase and name caches.

use super::*;

#[test]
fn token_shapes_without_capture_groups() {
    let d = |y, m, d| Kind::Iso(NaiveDate::from_ymd_opt(y, m, d).expect("valid test date"));
    let cases = [
        ("2026-01-13 rest", vec![d(2026, 1, 13), Kind::Word]),
        ("2026-01-13T09:30:00+09:00", vec![d(2026, 1, 13)]),
        ("2026-13-45", vec![Kind::Figure]),
        ("14.01.2026", vec![d(2026, 1, 14)]),
        (
            "14.01.2026.5",
            vec![d(2026, 1, 14), Kind::Punct('.'), Kind::Num(5, 1)],
        ),
        ("1.942,5 6.1", vec![Kind::Figure, Kind::Figure]),
        ("13th", vec![Kind::Num(13, 2), Kind::Word]),
        ("Févr. — x", vec![Kind::Word, Kind::Punct('—'), Kind::Word]),
    ];
    for (text, want) in cases {
        let sc = tokenize(text, 0..text.len());
        let got: Vec<Kind> = sc.toks.iter().map(|t| t.kind).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn words_carry_their_lowercase_and_names() {
    let text = "Last FÉVR. Tuesday Mayor";
    let sc = tokenize(text, 0..text.len());
    let lower: Vec<&str> = (0..4).map(|i| sc.lower(i)).collect();
    assert_eq!(lower, ["last", "févr", "tuesday", "mayor"]);
    assert_eq!(sc.month_name(1).map(|m| m.month), Some(2));
    assert_eq!(sc.weekday_name(2), Some((Weekday::Tue, true)));
    assert_eq!((sc.month_name(3), sc.weekday_name(3)), (None, None));
}

use super::*;

#[test]
fn title_case_headlines() {
    let words = crate::ner::Tagger::embedded().gaz.words();
    let cases: [(&str, bool); 7] = [
        ("South Korea And Japan Forge New Ties In Nara Summit", true),
        ("Takaichi , Lee Hold Japan-South Korea Summit in Nara", true),
        ("Korea , Japan Highlight Close Ties thru Interaction", true),
        // Prose, a sentence ending in a full stop, and a list of names are not headlines.
        ("Takaichi and Lee held a summit in Nara on Tuesday", false),
        ("Lee Hold Japan-South Korea Summit Talks In Nara .", false),
        ("Muhammed Usman Saddique , 24 , London E17", false),
        (
            "President Obama is now speaking at the Leaders Summit . Watch it LIVE : http://t.co/DmBp7sKC10",
            false,
        ),
    ];
    for (s, want) in cases {
        let toks: Vec<&str> = s.split(' ').collect();
        assert_eq!(is_title_headline(&toks, words), want, "{s}");
    }
}

#[test]
fn caps_sentence_detection() {
    let cases: [(&[&str], bool); 4] = [
        (&["TRUMP", "MEETS", "LEE", "IN", "NARA"], true),
        (&["Trump", "meets", "Lee", "in", "Nara"], false),
        (&["The", "NATO", "summit", "ends"], false),
        (&["BREAKING", ":", "NEWS"], true),
    ];
    for (toks, want) in cases {
        assert_eq!(is_caps_sentence(toks), want, "{toks:?}");
    }
}

#[test]
fn capitalised_runs_bridge_small_words() {
    // (tokens, (start, end) of the run of each token; (0, 0) outside one)
    type Case<'a> = (&'a [&'a str], &'a [(u16, u16)]);
    let cases: [Case; 4] = [
        (
            &["the", "Bank", "of", "England", "said"],
            &[(0, 0), (1, 4), (1, 4), (1, 4), (0, 0)],
        ),
        (
            &["in", "Paris", "of", "course"],
            &[(0, 0), (1, 2), (0, 0), (0, 0)],
        ),
        (
            &["Wedbush", "Securities", "and", "more"],
            &[(0, 2), (0, 2), (0, 0), (0, 0)],
        ),
        (
            &["Campaign", "to", "Suppress", "Counterrevolutionaries"],
            &[(0, 4); 4],
        ),
    ];
    for (toks, want) in cases {
        let mut ex = Extractor::default();
        let infos: Vec<TokInfo> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| info_of(&mut ex.chars, t, i == 0, false))
            .collect();
        let mut out = Vec::new();
        runs(toks, &infos, &mut out);
        let got: Vec<(u16, u16)> = out.iter().map(|&(_, a, b)| (a, b)).collect();
        assert_eq!(got, want, "{toks:?}");
    }
}

#[test]
fn word_table_lookups_by_form() {
    use super::super::words::{WordInfo, WordTable};
    use std::sync::Arc;
    let clusters = r#"{"Paris": 678, "Nairobi": 678, "the": 11, "Apple": 294, "apple": 633}"#;
    let probs = r#"{"the": -3.5, "Paris": -9.2, "Nairobi": -13.6, "Apple": -10.1, "apple": -9.8}"#;
    let table =
        WordTable::from_bytes(&WordTable::compile(clusters, probs, 100).expect("compiles")).expect("loads");
    let gaz = Gazetteer::parse("").with_words(Arc::new(table));
    let mut ex = Extractor::default();
    let toks = ["The", "apple", "of", "Nairobi", "met", "Paris", "."];
    ex.prepare(&gaz, &toks, None, Scope::All);
    let i = ex.infos();
    assert_eq!(
        i[3].word.cluster, i[5].word.cluster,
        "Nairobi is written where Paris is"
    );
    assert_ne!(i[3].word.cluster, 0);
    // "The" is unknown as written but known in lower case, and far more frequent there.
    assert_eq!(i[0].word, WordInfo::default());
    assert_eq!(i[0].low.freq, 4);
    assert_eq!(clu(&i[0]), i[0].low.cluster as u64 | 1 << 16);
    assert_ne!(i[1].word.cluster, 0);
    // A headline in capitals is looked up title-cased.
    ex.prepare(&gaz, &["NAIROBI", "AND", "PARIS", "MEET"], None, Scope::All);
    let i = ex.infos();
    assert_eq!(i[0].word.cluster, i[2].word.cluster);
    assert_ne!(i[0].word.cluster, 0);
    // Without a table nothing is known.
    ex.prepare(&Gazetteer::parse(""), &toks, None, Scope::All);
    assert!(ex.infos().iter().all(|t| t.word == WordInfo::default()));
}

#[test]
fn plain_words_are_lower_case_or_without_letters() {
    let mut chars = Vec::new();
    let cases = [
        ("said", true),
        ("42", true),
        (",", true),
        ("1,500", true),
        ("Nara", false),
        // A lower-case first letter does not make a name plain, nor does a caseless script.
        ("iPhone", false),
        ("eBay", false),
        ("東京", false),
        ("né", true),
        ("Émile", false),
    ];
    for (tok, want) in cases {
        assert_eq!(is_plain(&info_of(&mut chars, tok, false, false)), want, "{tok}");
    }
}

#[test]
fn plain_runs_far_from_capitals_are_left_unscored() {
    let gaz = Gazetteer::parse("");
    let toks = [
        "Officials",
        "said",
        "the",
        "talks",
        "in",
        "the",
        "city",
        "went",
        "on",
        "with",
        "Lee",
        "-",
        "jin",
        ".",
    ];
    let mut ex = Extractor::default();
    ex.prepare(&gaz, &toks, None, Scope::SkipPlain);
    let p = ex.take_prepared();
    let unscored: Vec<usize> = (0..toks.len()).filter(|&k| p.unscored()[k]).collect();
    // Two tokens either side of a capital are read: "said the" after "Officials", "on with"
    // before "Lee", and the split name's "- jin" after it; the full stop, three past "Lee", is not.
    assert_eq!(unscored, [3, 4, 5, 6, 7, 13]);
    let (mut feats, mut offs) = (Vec::new(), Vec::new());
    ex.features_of(&p, None, u32::MAX, None, &mut feats, &mut offs);
    for k in 0..toks.len() {
        let n = offs[k + 1] - offs[k];
        assert_eq!(n == 0, p.unscored()[k], "{} has {n} features", toks[k]);
    }
    // Training reads every token.
    ex.prepare(&gaz, &toks, None, Scope::All);
    assert!(!ex.take_prepared().unscored().contains(&true));
}

#[test]
fn informal_documents_are_read_whole() {
    let words = crate::ner::Tagger::embedded().gaz.words();
    let doc = |text: &str| -> Vec<Vec<String>> {
        text.lines()
            .map(|l| l.split(' ').map(str::to_owned).collect())
            .collect()
    };
    let scope =
        |d: &[Vec<String>]| Scope::of(Some(&History::for_document(words, d.iter().map(Vec::as_slice))));
    let news = doc("Lee met Takaichi in Nara .\nThe talks went well .");
    let posts = doc("lol met lisa in chicago today\nso good @friend");
    assert_eq!(scope(&news), Scope::SkipPlain);
    assert_eq!(scope(&posts), Scope::All);
    assert_eq!(Scope::of(None), Scope::SkipPlain);
}

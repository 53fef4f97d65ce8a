use super::*;
use crate::ingest::Format;

fn source(text: &str, headline: Option<Range<usize>>, body: Vec<Range<usize>>) -> Source {
    Source {
        id: "t".into(),
        path: "t".into(),
        format: Format::Text,
        title: None,
        outlet: None,
        published: None,
        url: None,
        text: text.into(),
        headline,
        body,
    }
}

fn split_all(s: &str) -> Vec<&str> {
    split(s, 0..s.len()).into_iter().map(|x| &s[x.span]).collect()
}

#[test]
fn sentence_table() {
    let cases: &[(&str, &[&str])] = &[
        ("He left. She stayed.", &["He left.", "She stayed."]),
        (
            "The talks began on Jan. 13 in Nara. They ended.",
            &["The talks began on Jan. 13 in Nara.", "They ended."],
        ),
        (
            "Mr. Lee met Gov. Smith at St. Paul's. It rained.",
            &["Mr. Lee met Gov. Smith at St. Paul's.", "It rained."],
        ),
        (
            "Key U.S. allies met. Toyota Motor Co. Chairman Akio spoke.",
            &["Key U.S. allies met.", "Toyota Motor Co. Chairman Akio spoke."],
        ),
        (
            "Allies of the U.S. The talks went on.",
            &["Allies of the U.S.", "The talks went on."],
        ),
        (
            "Acme Ltd. and Foo Co. merged. Done.",
            &["Acme Ltd. and Foo Co. merged.", "Done."],
        ),
        ("Room No. 5 is shut. Why?", &["Room No. 5 is shut.", "Why?"]),
        // A point glued to digits is a decimal point; one before a space still ends a sentence.
        (
            "He had a .357 revolver. It was loaded.",
            &["He had a .357 revolver.", "It was loaded."],
        ),
        (
            "The toll rose to 5. 12 were hurt.",
            &["The toll rose to 5.", "12 were hurt."],
        ),
        (
            "J. R. R. Tolkien wrote it. Fans cheered.",
            &["J. R. R. Tolkien wrote it.", "Fans cheered."],
        ),
        (
            "“We will cooperate.” The president agreed.",
            &["“We will cooperate.”", "The president agreed."],
        ),
        (
            "He said \"no more.\" Then he left!",
            &["He said \"no more.\"", "Then he left!"],
        ),
        (
            "It cost $1.52 billion. Nobody paid.",
            &["It cost $1.52 billion.", "Nobody paid."],
        ),
        (
            "A 6.1 magnitude quake hit. About 1,500 houses fell.",
            &["A 6.1 magnitude quake hit.", "About 1,500 houses fell."],
        ),
        (
            "See e.g. the report. Then go.",
            &["See e.g. the report.", "Then go."],
        ),
        ("Wait... what? Yes!", &["Wait... what?", "Yes!"]),
        ("(It ended.) Then more.", &["(It ended.)", "Then more."]),
        ("In 1942. 183 people died.", &["In 1942.", "183 people died."]),
        (
            "Key Points\n- • First point.\n- • Second point",
            &["Key Points", "First point.", "Second point"],
        ),
        (
            "A heading\nThe body follows here.",
            &["A heading", "The body follows here."],
        ),
        ("Para one ends\n\nPara two", &["Para one ends", "Para two"]),
        (
            "a sentence broken\nacross a line.",
            &["a sentence broken\nacross a line."],
        ),
        ("1. First\n2. Second", &["First", "Second"]),
        ("", &[]),
        ("   \n\n  ", &[]),
    ];
    for &(input, want) in cases {
        assert_eq!(split_all(input), want, "{input:?}");
    }
}

#[test]
fn hard_wrapped_prose_joins_lines() {
    let s = "Prime Minister Sanae Takaichi hosted the South Korean leader in\n\
             Nara on Tuesday, where the two spoke about trade, security and the\n\
             remains of workers killed in a wartime mine accident in 1942.\n\
             Short line.\n\
             Next paragraph starts here and runs on for a while as well.";
    let got = split_all(s);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(got[0].starts_with("Prime Minister") && got[0].ends_with("1942."));
    assert_eq!(got[1], "Short line.");
}

#[test]
fn headline_is_its_own_sentence_and_body_excludes_boilerplate() {
    let text = "Leaders Meet In Nara\nPool Photo via AP\nLee met Takaichi. They talked.\nRelated Tags";
    let h = 0..20;
    let body_start = text.find("Lee").expect("body");
    let body_end = text.find("\nRelated").expect("tags");
    let src = source(
        text,
        Some(h.clone()),
        std::iter::once(body_start..body_end).collect(),
    );
    let got = sentences(&src);
    let texts: Vec<&str> = got.iter().map(|s| s.text(text)).collect();
    assert_eq!(
        texts,
        ["Leaders Meet In Nara", "Lee met Takaichi.", "They talked."]
    );
    assert!(got[0].headline && !got[1].headline);
    assert_eq!(got[0].token_texts(text), ["Leaders", "Meet", "In", "Nara"]);
}

#[test]
fn body_overlapping_headline_does_not_repeat_it() {
    let text = "Title Here. Body text.";
    let src = source(text, Some(0..11), std::iter::once(0..text.len()).collect());
    let texts: Vec<String> = sentences(&src).iter().map(|s| s.text(text).to_string()).collect();
    assert_eq!(texts, ["Title Here.", "Body text."]);
}

#[test]
fn bad_spans_give_nothing_and_do_not_panic() {
    let text = "—“Hi”—";
    let src = source(text, Some(1..3), vec![0..100, 2..5]);
    assert!(sentences(&src).is_empty());
}

#[test]
fn token_spans_lie_inside_sentence_spans() {
    let text = "Japan’s Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung — in Nara. “Fine,” he said.";
    for s in split(text, 0..text.len()) {
        for t in s.tokens(text).iter() {
            assert!(s.span.start <= t.start() && t.end() <= s.span.end);
            assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
        }
    }
}

#[test]
fn tokens_are_found_again_as_the_splitter_found_them() {
    // A sentence cut at the token limit can open with a possessive "'s", which only the word
    // before it makes one token: that sentence keeps its tokens rather than finding others.
    let text = format!(
        "{}Takaichi's hometown is Nara. It hosts the summit.",
        "w ".repeat(MAX_SENTENCE_TOKENS - 1)
    );
    let got = split(&text, 0..text.len());
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].tokens(&text).len(), MAX_SENTENCE_TOKENS);
    assert_eq!(got[1].token_texts(&text), ["'s", "hometown", "is", "Nara", "."]);
    assert_eq!(got[2].token_texts(&text), ["It", "hosts", "the", "summit", "."]);
    assert!(got[1].kept.is_some() && got[0].kept.is_none() && got[2].kept.is_none());
    // Cut right after "no.", which is one token only before a number.
    let text = format!("{}no. 5 of them came.", "w ".repeat(MAX_SENTENCE_TOKENS - 1));
    let got = split(&text, 0..text.len());
    assert_eq!(got[0].token_texts(&text).last(), Some(&"no."));
    assert!(got[0].kept.is_some());
    // Every sentence's tokens are the block's own, whether kept or found again.
    let block = tokenize(&text, 0..text.len());
    let again: Vec<Token> = got.iter().flat_map(|s| s.tokens(&text).into_owned()).collect();
    assert_eq!(again, block);
    // A possessive among the last three tokens is tokenised with its word: nothing to keep.
    let text = "They visited Takaichi's hometown. What's next? It's over.";
    let got = split(text, 0..text.len());
    assert_eq!(
        got[0].token_texts(text),
        ["They", "visited", "Takaichi", "'s", "hometown", "."]
    );
    assert!(got.iter().all(|s| s.kept.is_none()));
    let again: Vec<Token> = got.iter().flat_map(|s| s.tokens(text).into_owned()).collect();
    assert_eq!(again, tokenize(text, 0..text.len()));
}

#[test]
fn tokens_found_again_match_the_blocks_on_random_text() {
    // Sentences cut at the token limit in the middle of random text made of what the tokeniser's
    // edge rules look at (periods, apostrophes, hyphens, digits, capitals, quotes), tokenised
    // again sentence by sentence: the tokens always come back as the block's own.
    const PIECES: &[&str] = &[
        "Inc", "No", "no", "U", "S", "J", "Mr", "e", "g", "s", "Nara", "it", "5", "1,500", ".", ".", "'",
        "’", "'s", "-", "—", ",", "“", "”", "\"", ")", "(", "?", "…", " ", " ", " ",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..1500 {
        let words = MAX_SENTENCE_TOKENS - 1 - (next() % 4) as usize;
        let tail: String = (0..12)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let text = format!("{}{tail}", "w ".repeat(words));
        let mut got = Vec::new();
        split_block(&text, &tokenize(&text, 0..text.len()), &mut got);
        let again: Vec<Token> = got.iter().flat_map(|s| s.tokens(&text).into_owned()).collect();
        let want: Vec<Token> = tokenize(&text, 0..text.len())
            .into_iter()
            .filter(|t| {
                got.iter()
                    .any(|s| s.span.start <= t.start() && t.end() <= s.span.end)
            })
            .collect();
        assert_eq!(again, want, "{tail:?}");
    }
}

//! Page furniture that survives extraction: calls to action ("Read more", "Follow us on X"),
//! rights lines ("© 2026 … All rights reserved"), and the outlet's own labels ("Our Standards: …").
//! The names in such a line are the outlet's or a platform's, not the story's, so the line gives
//! no entities. The patterns are the shapes of web pages, not any one outlet's words.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::text::{Lower, is_capitalised, word_set};

/// Imperative openers of a call to action, each with the words that may follow it there ("Share
/// this article", but not "Share prices fell").
const CALLS: &[(&str, &[&str])] = &[
    ("read", &["more", "next", "also", "the", "our", "full"]),
    ("share", &["this", "on", "via", "the", "your", "with"]),
    ("follow", &["us", "our", "the", "on"]),
    ("sign", &["up", "in"]),
    ("subscribe", &["to", "now", "for", "here", "today"]),
    ("click", &["here", "to", "on"]),
    ("tap", &["here", "to"]),
    ("download", &["the", "our"]),
    ("watch", &["the", "more", "now", "live", ":"]),
    ("listen", &["to", "now", ":"]),
    ("join", &["us", "our", "the"]),
    ("get", &["the", "our"]),
    ("like", &["us"]),
    ("contact", &["us", "the"]),
    ("email", &["us", "the"]),
    ("see", &["more", "also"]),
    ("register", &["now", "for", "to", "here"]),
    ("log", &["in"]),
];

/// Whether a sentence (its tokens) is page furniture rather than part of the story.
///
/// Every sentence of a briefing is asked, and nearly all are story: the cheap tests on a word or
/// two go first, and a word is lower-cased only when it is read.
pub fn is_boilerplate(words: &[&str]) -> bool {
    let at = |i: usize| Lower::new(words.get(i).copied().unwrap_or(""));
    // Rights lines: "All rights reserved", "© 2026 Global Wire", "Copyright 2026 …".
    let rights = words
        .windows(2)
        .any(|p| is_lower(p[1], "reserved") && (is_lower(p[0], "rights") || is_lower(p[0], "right")));
    let (first, second) = (at(0), at(1));
    if rights || first == "©" || (first == "copyright" && words.len() <= 12) {
        return true;
    }
    // Calls to action are short imperative lines; a story's sentence runs on.
    let call = CALLS
        .iter()
        .any(|&(verb, next)| first == verb && next.contains(&&*second));
    // The outlet's own label lines: "Our Standards: …", "Your privacy: …".
    let labelled = matches!(&*first, "our" | "your") && words.iter().take(4).any(|w| *w == ":");
    if !call && !labelled {
        return false;
    }
    let short = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        <= 12;
    let reported = || words.iter().any(|w| super::cues::is_speech_verb(&Lower::new(w)));
    short && (labelled || !reported())
}

/// Whether `word` in lower case is `lower` (a lower-case ASCII word without a "k", which only
/// ASCII words can be: the one other letter whose lower case is ASCII is the Kelvin sign's "k").
fn is_lower(word: &str, lower: &str) -> bool {
    debug_assert!(!lower.contains('k') && lower.bytes().all(|b| b.is_ascii_lowercase()));
    word.eq_ignore_ascii_case(lower)
}

/// Words that open a picture credit ("Photo: …", "Photograph: Name/AFP").
/// One entry a line in `assets/entities/cues/credit_words.txt`.
static CREDIT_WORDS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/credit_words.txt")));

/// Whether a sentence is a picture credit line: "Photo: Esteban Felix/AP", "Image: Getty Images".
pub fn is_credit_line(words: &[&str]) -> bool {
    let head = &words[..words.len().min(4)];
    let colon = head.iter().position(|w| *w == ":");
    colon.is_some_and(|c| c >= 1 && head[..c].iter().any(|w| is_credit_word(w)))
}

fn is_credit_word(word: &str) -> bool {
    CREDIT_WORDS.contains(&*Lower::new(word))
}

/// Units inside a bracketed picture credit in running text ("(Pool Photo via AP)", "(Photo:
/// Kin Cheung/AP)", "(AP Photo/Ahn Young-joon)"): the agency there credits a picture and the
/// photographer is no one the story names.
pub fn credit_units(words: &[&str]) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    let mut open: Option<usize> = None;
    for (i, w) in words.iter().enumerate() {
        match *w {
            "(" | "[" => open = Some(i),
            ")" | "]" => {
                if let Some(o) = open.take() {
                    let inside = &words[o + 1..i];
                    let credit =
                        inside.len() <= 12 && inside.iter().any(|w| is_capitalised(w) && is_credit_word(w));
                    if credit {
                        out[o..=i].iter_mut().for_each(|x| *x = true);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_and_story_sentences() {
        let cases: &[(&str, bool)] = &[
            ("Read More : How Chile builds for earthquakes", true),
            ("Read more", true),
            ("Share this article", true),
            ("Share on WhatsApp", true),
            ("Follow us on Facebook and Twitter", true),
            ("© 2026 Global Wire . All Rights Reserved .", true),
            ("All rights reserved © 2026", true),
            ("Copyright 2026 Capitol Daily . All rights reserved .", true),
            ("Sign up for our daily briefing", true),
            ("Click here to subscribe to our newsletter", true),
            ("Our Standards : The Thomson Trust Principles .", true),
            ("Share prices fell 4 % in Tokyo on Monday .", false),
            ("Read the statement , Lee said .", false),
            (
                "Follow the money , the senator told reporters on Tuesday in Washington .",
                false,
            ),
            (
                "Macron said the rights of member states were reserved for later talks .",
                false,
            ),
            ("Our correspondent in Seoul reports that talks went well .", false),
            ("Join the European Union , he said .", false),
        ];
        for &(s, want) in cases {
            let words: Vec<&str> = s.split(' ').collect();
            assert_eq!(is_boilerplate(&words), want, "{s:?}");
        }
    }

    #[test]
    fn picture_credits() {
        let lines: &[(&str, bool)] = &[
            ("Photograph : Federico Scoppa / AFP / Getty Images .", true),
            ("Photo : Esteban Felix / AP", true),
            ("AP Photo : Ahn Young-joon", true),
            ("Image credit : Reuters", true),
            ("Lee said : the photo is fake .", false),
            ("Officials : 12 dead", false),
        ];
        for &(s, want) in lines {
            let words: Vec<&str> = s.split(' ').collect();
            assert_eq!(is_credit_line(&words), want, "{s:?}");
        }
        let words: Vec<&str> = "crews said . ( Pool Photo via AP ) Lee ( a Seoul native ) left ( photo ) ."
            .split(' ')
            .collect();
        let marked: Vec<&str> = words
            .iter()
            .zip(credit_units(&words))
            .filter(|(_, c)| *c)
            .map(|(w, _)| *w)
            .collect();
        assert_eq!(marked, ["(", "Pool", "Photo", "via", "AP", ")"]);
    }
}

//! Words and punctuation of a sentence as byte spans, for the value and measure rules.
//!
//! The rules need finer pieces than the shared tokeniser gives (a currency sign apart from its
//! digits, `110bn` apart into amount and scale), so they scan the sentence text themselves.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

/// A word (letters/digits, with inner `.,'’-`) or one punctuation character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte span into the full source text.
    pub span: Range<usize>,
    pub is_punct: bool,
}

impl Word {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }
}

fn word_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")
            .expect("the word pattern is a valid regex")
    })
}

/// The words of `text[range]`, spans into `text`.
///
/// Called for every sentence and every figure, so ASCII runs are cut by hand; wherever a word
/// touches a non-ASCII character the pattern above decides (the test holds the two equal).
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let b = slice.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5);
    let mut p = 0;
    while p < b.len() {
        let c = b[p];
        if c.is_ascii_whitespace() || c == 0x0b {
            p += 1;
            continue;
        }
        if c >= 0x80 && slice[p..].chars().next().is_some_and(char::is_whitespace) {
            p += slice[p..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let end = match ascii_word(b, p) {
            Some(e) => e,
            None => match word_re().find_at(slice, p) {
                Some(m) if m.start() == p => m.end(),
                // Every non-space character starts a match; one character keeps the scan moving.
                _ => p + slice[p..].chars().next().map_or(1, char::len_utf8),
            },
        };
        let first = slice[p..].chars().next().unwrap_or(' ');
        out.push(Word {
            span: range.start + p..range.start + end,
            is_punct: !first.is_alphanumeric(),
        });
        p = end;
    }
    out
}

/// End of the word at `p` when it is ASCII through and through (and what follows cannot extend
/// it); `None` to let the pattern decide.
fn ascii_word(b: &[u8], p: usize) -> Option<usize> {
    let c = b[p];
    if c >= 0x80 {
        return None;
    }
    if !c.is_ascii_alphanumeric() {
        return Some(p + 1);
    }
    let mut e = p;
    loop {
        while e < b.len() && b[e].is_ascii_alphanumeric() {
            e += 1;
        }
        match b.get(e) {
            Some(b'.' | b',' | b'\'' | b'-') => match b.get(e + 1) {
                Some(n) if n.is_ascii_alphanumeric() => e += 1,
                Some(n) if *n >= 0x80 => return None,
                _ => return Some(e),
            },
            Some(n) if *n >= 0x80 => return None,
            _ => return Some(e),
        }
    }
}

/// A personal pronoun ("will you kill": a question's subject, not a verb after "will").
pub fn is_personal_pronoun(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "i" | "you" | "he" | "she" | "it" | "we" | "they" | "me" | "him" | "her" | "us" | "them"
    )
}

/// Function words that end a noun phrase or sit between a value and what it measures.
///
/// Long only as a word list, one word a line: it stays a `match` on the lower-cased word, which
/// compiles to length-and-byte comparisons, as it is called for every token the value rules read.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "from"
            | "for"
            | "with"
            | "by"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "been"
            | "being"
            | "have"
            | "has"
            | "had"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "where"
            | "when"
            | "while"
            | "including"
            | "said"
            | "says"
            | "as"
            | "than"
            | "per"
            | "each"
            | "since"
            | "during"
            | "after"
            | "before"
            | "over"
            | "under"
            | "about"
            | "into"
            | "across"
            | "between"
            | "among"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "can"
            | "their"
            | "its"
            | "his"
            | "her"
            | "our"
            | "they"
            | "it"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "not"
            | "no"
            | "up"
            | "down"
            | "out"
            | "off"
            | "so"
            | "if"
            | "then"
            | "also"
            | "all"
            | "both"
            | "more"
            | "less"
            | "like"
            | "via"
            | "percent"
    )
}

/// Singular form for keys: "workers" → "worker", "casualties" → "casualty", "people" stays.
pub fn lemma(w: &str) -> String {
    let w = w.to_lowercase();
    if w.len() <= 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["ches", "shes", "xes", "sses"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    match w.strip_suffix('s') {
        Some(stem) => stem.to_string(),
        None => w,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_and_punctuation() {
        let text = "xx €110bn—about 1,500 houses; Jae-myung’s 21.8% U.S.";
        let got: Vec<&str> = words(text, 3..text.len()).iter().map(|w| w.text(text)).collect();
        assert_eq!(
            got,
            [
                "€",
                "110bn",
                "—",
                "about",
                "1,500",
                "houses",
                ";",
                "Jae-myung’s",
                "21.8",
                "%",
                "U.S",
                "."
            ]
        );
    }

    #[test]
    fn lemmas() {
        let cases = [
            ("workers", "worker"),
            ("casualties", "casualty"),
            ("people", "people"),
            ("houses", "house"),
            ("Talks", "talk"),
            ("census", "census"),
            ("crashes", "crash"),
        ];
        for (w, want) in cases {
            assert_eq!(lemma(w), want, "{w}");
        }
    }

    /// The hand-cut words are the pattern's, on mixed text and on the sample articles.
    #[test]
    fn same_words_as_the_pattern() {
        let mut texts: Vec<String> = [
            "Lee Jae-myung’s 1,500 houses, $1.52bn (U.S.) e.g. 6.1-magnitude — “quoted” café naïve",
            "a-b- c.. d,e 'x' 10km 東京 ２０２６ x\u{a0}y\u{2003}z\ttab\x0bvt O’Neil rock’n’roll -5 .5",
            "",
            "  ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for e in std::fs::read_dir(dir)
            .expect("the sample briefing ships with the crate")
            .flatten()
        {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                texts.push(t);
            }
        }
        assert!(texts.len() >= 9);
        for text in &texts {
            let want: Vec<Range<usize>> = word_re().find_iter(text).map(|m| m.range()).collect();
            let got: Vec<Range<usize>> = words(text, 0..text.len()).into_iter().map(|w| w.span).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}

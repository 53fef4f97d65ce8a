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
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    word_re()
        .find_iter(slice)
        .map(|m| {
            let s = m.as_str();
            Word {
                span: range.start + m.start()..range.start + m.end(),
                is_punct: !s.chars().next().is_some_and(char::is_alphanumeric),
            }
        })
        .collect()
}

/// Function words that end a noun phrase or sit between a value and what it measures.
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

/// Starts with an uppercase letter.
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
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
}

//! Character classes of a word: whether it opens with a capital, is set in capitals throughout, or
//! is shaped like an acronym. The one home of these tests; the entity rules, the tagger's rules and
//! the value reader all ask them. Also [`Lower`], a word in lower case without a heap string.

use std::ops::Deref;

use arrayvec::ArrayString;

/// A word in lower case, exactly as [`str::to_lowercase`] gives it, kept on the stack when it is
/// short ASCII (nearly every word). The word tests that run on every token of a briefing lower-case
/// it first, and a heap string for each was a third of all the allocations at 10,000 sources.
#[derive(Debug, Clone)]
pub enum Lower {
    Stack(ArrayString<{ Lower::STACK }>),
    Heap(String),
}

impl Lower {
    /// The longest word kept on the stack.
    const STACK: usize = 22;

    pub fn new(word: &str) -> Lower {
        match ArrayString::from(word) {
            Ok(mut small) if word.is_ascii() => {
                small.make_ascii_lowercase();
                Lower::Stack(small)
            }
            _ => Lower::Heap(word.to_lowercase()),
        }
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Stack(small) => small,
            Lower::Heap(s) => s,
        }
    }
}

/// Whether a word starts with an uppercase letter ("Lee", "É", not "iPhone" or "42").
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is written in capitals throughout, with at least two letters ("NHK", "U.S.",
/// "FOCUS", "G7S"; not "A", "G20" or "Nara").
pub fn is_all_caps(word: &str) -> bool {
    // One pass that stops at the first small letter: most words have one early (a hot test).
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// An acronym, in capitals or with small joining letters ("AfD", "PiS", "FdI"): capitals are at
/// least half its letters, so "McCain" or "DeSantis" is none.
pub fn is_acronym_like(word: &str) -> bool {
    if is_all_caps(word) {
        return true;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    word.chars().all(char::is_alphabetic) && upper >= 2 && upper * 2 >= letters && letters <= 6
}

/// `s` on one line: each run of whitespace one space, none at either end. Built in one string
/// (a name's surface is made this way for every mention).
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_classes() {
        assert!(is_capitalised("Lee") && is_capitalised("Évian") && !is_capitalised("iPhone"));
        assert!(!is_capitalised("") && !is_capitalised("42"));
        assert!(is_all_caps("NHK") && is_all_caps("U.S.") && is_all_caps("FOCUS"));
        assert!(!is_all_caps("A") && !is_all_caps("G20") && !is_all_caps("Nara"));
        assert!(is_acronym_like("AfD") && is_acronym_like("PiS") && is_acronym_like("NATO"));
        assert!(!is_acronym_like("McCain") && !is_acronym_like("DeSantis"));
    }

    #[test]
    fn lower_is_to_lowercase() {
        let words = [
            "Seventy-Two",
            "",
            "ÉVIAN",
            "İstanbul",
            "ΣΟΦΟΣ",
            "KELVIN\u{212A}",
            "Abcdefghijklmnopqrstuv",
            "Abcdefghijklmnopqrstuvw",
        ];
        for w in words {
            assert_eq!(&*Lower::new(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(Lower::new("Abcdefghijklmnopqrstuv"), Lower::Stack(_)));
        assert!(matches!(Lower::new("Évian"), Lower::Heap(_)));
    }

    #[test]
    fn one_line_keeps_single_spaces() {
        for (s, want) in [
            ("Lee  Jae-myung", "Lee Jae-myung"),
            (" a\n\tb ", "a b"),
            ("", ""),
            ("x", "x"),
        ] {
            assert_eq!(super::one_line(s), want, "{s:?}");
        }
    }
}

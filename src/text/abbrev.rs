//! Abbreviations whose period does not end a sentence.
//!
//! A period after one of these words belongs to the word ("Mr.", "Jan.", "Co."), so the tokenizer
//! keeps it in the token and the splitter only ends a sentence there when the next word is one that
//! usually opens a sentence ("… in the U.S. The talks …").

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::word_set;

/// Abbreviations written with a capital (titles, company forms, street words); those of months and
/// weekdays are the dates module's ([`crate::dates::is_english_calendar_abbreviation`]).
/// One entry a line in `assets/text/abbreviations_capitalised.txt`.
static CAPITALISED: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/text/abbreviations_capitalised.txt")));

/// Abbreviations written in lower case.
/// One entry a line in `assets/text/abbreviations_lower.txt`.
static LOWER: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/text/abbreviations_lower.txt")));

/// True when `word` followed by a period is an abbreviation. `next` is the first non-space
/// character after the period: "No." and "Nos." are abbreviations only before a number, since
/// "No." is otherwise an answer that ends a sentence.
pub fn is_abbreviation(word: &str, next: Option<char>) -> bool {
    if word == "No" || word == "Nos" || word == "no" || word == "nos" {
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    CAPITALISED.contains(&word)
        || LOWER.contains(&word)
        || crate::dates::is_english_calendar_abbreviation(word)
}

/// Words that commonly open a sentence. After an abbreviation or an initial, the sentence ends only
/// when one of these follows, because a capitalised name after "U.S." or "Co." usually continues the
/// sentence ("U.S. President", "Toyota Motor Co. Chairman").
/// One entry a line in `assets/text/sentence_starters.txt`.
static STARTERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/text/sentence_starters.txt")));

/// True when `word` usually opens a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations() {
        let cases: &[(&str, Option<char>, bool)] = &[
            ("Mr", Some('L'), true),
            ("Gov", Some('S'), true),
            ("Jan", Some('1'), true),
            ("St", Some('L'), true),
            ("Co", Some('C'), true),
            ("Ltd", None, true),
            ("No", Some('5'), true),
            ("No", Some('T'), false),
            ("no", None, false),
            ("vs", Some('t'), true),
            ("Nara", Some('T'), false),
            ("mine", Some('T'), false),
            ("1942", Some('T'), false),
        ];
        for &(word, next, want) in cases {
            assert_eq!(is_abbreviation(word, next), want, "{word:?} before {next:?}");
        }
    }

    #[test]
    fn starters() {
        for (word, want) in [
            ("The", true),
            ("However", true),
            ("President", false),
            ("Lee", false),
        ] {
            assert_eq!(is_sentence_starter(word), want, "{word}");
        }
    }
}

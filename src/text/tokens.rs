//! Tokens: words, numbers and punctuation marks as byte spans.
//!
//! Words keep their internal hyphens ("Jae-myung", "60-year") and apostrophes ("O'Brien", "don't"),
//! numbers keep their grouping and decimal marks ("1,500", "6.1"), and an abbreviation or an initial
//! keeps its period ("Mr.", "U.S.", "J."), so that the sentence splitter sees whole units. A
//! possessive "'s" is its own token (as in CoNLL data), so "Takaichi's" yields the name "Takaichi".

use std::cell::RefCell;
use std::ops::Range;

use super::Token;
use super::abbrev::is_abbreviation;

fn is_word_char(c: char) -> bool {
    // Asked of every character a few times a sentence: ASCII, most of it, in one test.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (accents written as separate code points) belong to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Sentence-ending marks; a run of them ("...", "?!") is one token.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

thread_local! {
    /// The characters of the slice being tokenised, reused from call to call: a sentence's tokens
    /// are found again each time a stage asks for them (`Sentence::tokens`), so this runs a few
    /// times per sentence and an allocation each time showed in the profile.
    static CHARS: RefCell<Vec<(usize, char)>> = const { RefCell::new(Vec::new()) };
}

/// The buffer above is cut back to this many characters (16 bytes each: 1 MiB) after a longer
/// slice (a sentence of more than 64 K characters, such as a 1 MB line cut at the token limit),
/// so that no thread keeps a huge one.
const KEEP_CHARS: usize = 1 << 16;

/// Split `text[span]` into tokens. Spans that are not on char boundaries give no tokens.
pub fn tokenize(text: &str, span: Range<usize>) -> Vec<Token> {
    let Some(slice) = text.get(span.clone()) else {
        return Vec::new();
    };
    CHARS.with(|cell| {
        // Should a rule ever tokenise while tokenising, the inner call gets a buffer of its own.
        let Ok(mut chars) = cell.try_borrow_mut() else {
            let chars: Vec<(usize, char)> = slice.char_indices().collect();
            return tokenize_chars(slice, span.start, &chars);
        };
        chars.clear();
        // ASCII (most text) needs no decoding: each byte is its character.
        if slice.is_ascii() {
            chars.extend(slice.bytes().enumerate().map(|(i, b)| (i, char::from(b))));
        } else {
            chars.extend(slice.char_indices());
        }
        let tokens = tokenize_chars(slice, span.start, &chars);
        if chars.capacity() > KEEP_CHARS {
            chars.clear();
            chars.shrink_to(KEEP_CHARS);
        }
        tokens
    })
}

/// The tokens of `slice` (its characters `chars`), as spans offset by `base`.
fn tokenize_chars(slice: &str, base: usize, chars: &[(usize, char)]) -> Vec<Token> {
    let n = chars.len();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let offset = |k: usize| chars.get(k).map_or(slice.len(), |&(o, _)| o);
    // About one token in five characters of prose: room for most sentences at once.
    let mut tokens = Vec::with_capacity(n / 4 + 4);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let end = if is_word_char(c) {
            word_end(slice, chars, i)
        } else if is_terminal(c) {
            let mut j = i + 1;
            while at(j).is_some_and(is_terminal) {
                j += 1;
            }
            j
        } else if is_apostrophe(c)
            && i > 0
            && at(i - 1).is_some_and(is_word_char)
            && at(i + 1).is_some_and(|s| s == 's' || s == 'S')
            && !at(i + 2).is_some_and(is_word_char)
        {
            i + 2
        } else {
            i + 1
        };
        tokens.push(Token::new(base + offset(i)..base + offset(end)));
        i = end;
    }
    tokens
}

/// End (char index, exclusive) of the word starting at `i`, including an abbreviation's period.
/// `chars` are the characters of `slice` with their byte offsets.
fn word_end(slice: &str, chars: &[(usize, char)], i: usize) -> usize {
    let n = chars.len();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut j = i + 1;
    while j < n {
        let c = chars[j].1;
        let prev = chars[j - 1].1;
        let next = at(j + 1);
        let joins = is_word_char(c)
            || is_hyphen(c) && is_word_char(prev) && next.is_some_and(is_word_char)
            || (c == '.' || c == ',') && prev.is_ascii_digit() && next.is_some_and(|d| d.is_ascii_digit());
        if joins {
            j += 1;
        } else if is_apostrophe(c) && prev.is_alphabetic() && next.is_some_and(char::is_alphabetic) {
            let possessive =
                next.is_some_and(|s| s == 's' || s == 'S') && !at(j + 2).is_some_and(is_word_char);
            if possessive {
                break;
            }
            j += 1;
        } else {
            break;
        }
    }
    if at(j) != Some('.') {
        return j;
    }
    // Dotted abbreviations: "U.S.", "e.g.", "a.m." — single letters each followed by a period.
    if j == i + 1 && chars[i].1.is_alphabetic() {
        let mut k = j;
        while at(k) == Some('.') && at(k + 1).is_some_and(char::is_alphabetic) && at(k + 2) == Some('.') {
            k += 2;
        }
        if k > j {
            return k + 1;
        }
    }
    let word = &slice[chars[i].0..chars[j].0];
    let next = chars[j + 1..]
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace());
    let initial = j == i + 1 && chars[i].1.is_uppercase();
    // A party-state tag keeps its state's period ("R-La.", "D-Wash."), so "(R-La.)" ends no sentence.
    let last_part = word.rsplit(is_hyphen).next().unwrap_or(word);
    let tagged = last_part.len() < word.len()
        && last_part.starts_with(char::is_uppercase)
        && is_abbreviation(last_part, next);
    if initial || is_abbreviation(word, next) || tagged {
        j + 1
    } else {
        j
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| &s[t.span()])
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Lee Jae-myung met", &["Lee", "Jae-myung", "met"]),
            ("about 1,500 houses", &["about", "1,500", "houses"]),
            ("a 6.1 magnitude", &["a", "6.1", "magnitude"]),
            ("$1.52 billion.", &["$", "1.52", "billion", "."]),
            ("€110bn", &["€", "110bn"]),
            ("Takaichi's hometown", &["Takaichi", "'s", "hometown"]),
            ("Takaichi’s hometown", &["Takaichi", "’s", "hometown"]),
            ("the leaders’ summit", &["the", "leaders", "’", "summit"]),
            ("O'Brien don't", &["O'Brien", "don't"]),
            ("U.S. President", &["U.S.", "President"]),
            ("Mr. Lee", &["Mr.", "Lee"]),
            ("J. R. R. Tolkien", &["J.", "R.", "R.", "Tolkien"]),
            ("Jan. 4-7", &["Jan.", "4-7"]),
            ("in 1942.", &["in", "1942", "."]),
            ("No. 5", &["No.", "5"]),
            ("said no.", &["said", "no", "."]),
            ("wait...", &["wait", "..."]),
            ("1910–1945", &["1910", "–", "1945"]),
            ("summit—held", &["summit", "—", "held"]),
            ("“Welcome,” he", &["“", "Welcome", ",", "”", "he"]),
            ("7th- or 8th-century", &["7th", "-", "or", "8th-century"]),
            ("e.g. this", &["e.g.", "this"]),
            ("(R-La.), who", &["(", "R-La.", ")", ",", "who"]),
            (
                "Cassidy, D-Wash., said",
                &["Cassidy", ",", "D-Wash.", ",", "said"],
            ),
            ("a sit-in.", &["a", "sit-in", "."]),
            (
                "(Jiji Press)–Japanese",
                &["(", "Jiji", "Press", ")", "–", "Japanese"],
            ),
            ("東京 Tokyo", &["東京", "Tokyo"]),
            ("Cafe\u{301} ok", &["Cafe\u{301}", "ok"]),
            ("", &[]),
        ];
        for &(input, want) in cases {
            assert_eq!(toks(input), want, "{input:?}");
        }
    }

    #[test]
    fn spans_are_on_char_boundaries_and_skip_bad_ranges() {
        let s = "—“Hi”—";
        for t in tokenize(s, 0..s.len()) {
            assert!(s.is_char_boundary(t.start()) && s.is_char_boundary(t.end()));
        }
        assert!(tokenize(s, 1..4).is_empty());
        assert!(tokenize(s, 0..100).is_empty());
    }
}

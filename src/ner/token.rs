//! What the tagger knows of one token by itself: its case class, the hashes of its forms,
//! shape and affixes, and its keys in the word table ([`TokInfo`]). Feature extraction, the
//! gazetteer, the document history and the second pass all read it.

use super::hash::{FNV_OFFSET, WORD_SEED, fnv_byte, fnv_char, hash_bytes, hash_str, key_of, mix};
use super::words::WordInfo;

/// Case class of a token. `Unknown` is used in all-caps sentences (headlines), where case says
/// nothing about names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Case {
    NoLetters = 0,
    Lower = 1,
    TitleInitial = 2,
    TitleMid = 3,
    CapsMid = 4,
    CapsInitial = 5,
    Unknown = 6,
    Other = 7,
}

impl Case {
    /// Capitalised, or of unknown case: could be a name by its looks.
    pub(crate) fn may_be_name(self) -> bool {
        matches!(
            self,
            Case::TitleInitial | Case::TitleMid | Case::CapsMid | Case::CapsInitial | Case::Unknown
        )
    }
}

/// What extraction keeps per token; neighbours read it too.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct TokInfo {
    pub(super) lower: u64,
    pub(super) raw: u64,
    pub(super) shape: u64,
    pub(super) long_shape: u64,
    pub(super) pre: [u64; 4],
    pub(super) suf: [u64; 4],
    pub(super) n_affix: u8,
    pub(super) case: u8,
    /// Every letter lower case, or no letters (a word of a caseless script is not plain).
    pub(super) plain: bool,
    pub(super) gaz_begin: u16,
    pub(super) gaz_inside: u16,
    /// Word-table keys of the token as written (title-cased in a capitals sentence) and of
    /// its lower-case form.
    pub(super) wkey: u32,
    pub(super) lkey: u32,
    /// What the word table knows of the two forms.
    pub(super) word: WordInfo,
    pub(super) low: WordInfo,
}

impl TokInfo {
    /// A token beyond the sentence's ends, every hash `v`.
    pub(super) const fn pad(v: u64) -> TokInfo {
        TokInfo {
            lower: v,
            raw: v,
            shape: v,
            long_shape: v,
            pre: [v; 4],
            suf: [v; 4],
            n_affix: 0,
            case: 8,
            plain: true,
            gaz_begin: 0,
            gaz_inside: 0,
            wkey: 0,
            lkey: 0,
            word: WordInfo { cluster: 0, freq: 0 },
            low: WordInfo { cluster: 0, freq: 0 },
        }
    }
}

/// Tokens that open a sentence-like unit, after which a capital says nothing.
pub(crate) fn is_opener(tok: &str) -> bool {
    !tok.is_empty()
        && tok.chars().all(|c| {
            matches!(
                c,
                '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | ':' | '-' | '—' | '–' | '•' | '*' | '.'
            )
        })
}

pub(crate) fn case_of(c: u8) -> Case {
    match c {
        0 => Case::NoLetters,
        1 => Case::Lower,
        2 => Case::TitleInitial,
        3 => Case::TitleMid,
        4 => Case::CapsMid,
        5 => Case::CapsInitial,
        6 => Case::Unknown,
        _ => Case::Other,
    }
}

/// Hashes of the first and last 1–4 units of a token (lower-cased by `h` as it needs).
#[inline]
fn affixes<T: Copy>(units: &[T], h: impl Fn(u64, T) -> u64) -> ([u64; 4], [u64; 4]) {
    let mut pre = [0u64; 4];
    let mut suf = [0u64; 4];
    let n = units.len();
    let (mut hp, mut hs) = (FNV_OFFSET, FNV_OFFSET);
    for k in 0..4.min(n) {
        hp = h(hp, units[k]);
        pre[k] = hp;
        hs = h(hs, units[n - 1 - k]);
        suf[k] = hs;
    }
    (pre, suf)
}

/// The case class from a token's letter counts.
fn case_class(
    (letters, uppers, lowers): (usize, usize, usize),
    first_letter_upper: Option<bool>,
    first_char_alpha: bool,
    initial: bool,
    caps_sentence: bool,
) -> Case {
    if letters == 0 {
        Case::NoLetters
    } else if caps_sentence {
        Case::Unknown
    } else if !first_char_alpha {
        Case::Other
    } else if first_letter_upper == Some(false) {
        Case::Lower
    } else if letters >= 2 && lowers == 0 && uppers >= 2 {
        if initial { Case::CapsInitial } else { Case::CapsMid }
    } else if initial {
        Case::TitleInitial
    } else {
        Case::TitleMid
    }
}

/// The info of one token (`chars` is a scratch buffer).
pub(super) fn info_of(chars: &mut Vec<char>, tok: &str, initial: bool, caps_sentence: bool) -> TokInfo {
    if tok.is_ascii() {
        info_ascii(tok.as_bytes(), initial, caps_sentence)
    } else {
        info_unicode(chars, tok, initial, caps_sentence)
    }
}

/// [`info_unicode`] for an ASCII token, byte by byte: the same hashes, without decoding or
/// buffering characters.
fn info_ascii(tok: &[u8], initial: bool, caps_sentence: bool) -> TokInfo {
    let mut shape = FNV_OFFSET;
    let mut long_shape = FNV_OFFSET;
    let mut lower = FNV_OFFSET;
    let mut last_class = 0u8;
    let (mut letters, mut uppers, mut lowers) = (0usize, 0usize, 0usize);
    let mut first_letter_upper = None;
    let first_char_alpha = tok.first().is_some_and(u8::is_ascii_alphabetic);
    for (n, &c) in tok.iter().enumerate() {
        let class = if c.is_ascii_alphabetic() {
            letters += 1;
            let up = c.is_ascii_uppercase();
            uppers += usize::from(up);
            lowers += usize::from(!up);
            if first_letter_upper.is_none() {
                first_letter_upper = Some(up);
            }
            if caps_sentence {
                b'L'
            } else if up {
                b'X'
            } else {
                b'x'
            }
        } else if c.is_ascii_digit() {
            b'd'
        } else {
            c
        };
        if n < 12 {
            long_shape = fnv_byte(long_shape, class);
        }
        if class != last_class {
            shape = fnv_byte(shape, class);
            last_class = class;
        }
        lower = fnv_byte(lower, c.to_ascii_lowercase());
    }
    let case = case_class(
        (letters, uppers, lowers),
        first_letter_upper,
        first_char_alpha,
        initial,
        caps_sentence,
    );
    let (pre, suf) = affixes(tok, |h, b: u8| fnv_byte(h, b.to_ascii_lowercase()));
    let lkey = key_of(mix(lower, WORD_SEED));
    let wkey = if caps_sentence {
        let title = tok.iter().enumerate().fold(FNV_OFFSET, |h, (n, &c)| {
            fnv_byte(
                h,
                if n == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                },
            )
        });
        key_of(mix(title, WORD_SEED))
    } else {
        key_of(hash_bytes(tok))
    };
    let lower = mix(lower, 0x5157);
    TokInfo {
        lower,
        raw: if caps_sentence { lower } else { hash_bytes(tok) },
        shape,
        long_shape,
        pre,
        suf,
        n_affix: 4.min(tok.len()) as u8,
        case: case as u8,
        plain: uppers == 0,
        wkey,
        lkey,
        ..TokInfo::default()
    }
}

/// What the one pass over a token's characters gathers: its shapes and its letter counts.
struct CharPass {
    shape: u64,
    long_shape: u64,
    /// Letters, upper-case letters, lower-case letters.
    counts: (usize, usize, usize),
    first_letter_upper: Option<bool>,
}

/// The info of any token, character by character.
fn info_unicode(chars: &mut Vec<char>, tok: &str, initial: bool, caps_sentence: bool) -> TokInfo {
    let pass = char_pass(chars, tok, caps_sentence);
    let first_char_alpha = tok.chars().next().is_some_and(char::is_alphabetic);
    let case = case_class(
        pass.counts,
        pass.first_letter_upper,
        first_char_alpha,
        initial,
        caps_sentence,
    );
    let (pre, suf) = affixes(chars, fnv_char);
    let mut lower = FNV_OFFSET;
    for &c in chars.iter() {
        lower = fnv_char(lower, c);
    }
    let lkey = key_of(mix(lower, WORD_SEED));
    let wkey = word_key_unicode(tok, caps_sentence);
    TokInfo {
        lower: mix(lower, 0x5157),
        raw: if caps_sentence {
            mix(lower, 0x5157)
        } else {
            hash_str(tok)
        },
        shape: pass.shape,
        long_shape: pass.long_shape,
        pre,
        suf,
        n_affix: 4.min(chars.len()) as u8,
        case: case as u8,
        plain: pass.counts.2 == pass.counts.0,
        wkey,
        lkey,
        ..TokInfo::default()
    }
}

/// One pass over the characters of `tok`, in the tagger's hottest loop: the shape hashes and the
/// letter counts at once, and the lower-cased characters left in `chars`.
#[inline]
fn char_pass(chars: &mut Vec<char>, tok: &str, caps_sentence: bool) -> CharPass {
    chars.clear();
    let mut shape = FNV_OFFSET;
    let mut long_shape = FNV_OFFSET;
    let mut last_class = '\0';
    let (mut letters, mut uppers, mut lowers) = (0usize, 0usize, 0usize);
    let mut first_letter_upper = None;
    for (n, c) in tok.chars().enumerate() {
        let class = if c.is_alphabetic() {
            letters += 1;
            let up = c.is_uppercase();
            let lo = c.is_lowercase();
            uppers += usize::from(up);
            lowers += usize::from(lo);
            if first_letter_upper.is_none() {
                first_letter_upper = Some(up);
            }
            if caps_sentence {
                'L'
            } else if up {
                'X'
            } else if lo {
                'x'
            } else {
                'c'
            }
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if n < 12 {
            long_shape = fnv_char(long_shape, class);
        }
        if class != last_class {
            shape = fnv_char(shape, class);
            last_class = class;
        }
        if c.is_ascii() {
            chars.push(c.to_ascii_lowercase());
        } else {
            chars.extend(c.to_lowercase());
        }
    }
    CharPass {
        shape,
        long_shape,
        counts: (letters, uppers, lowers),
        first_letter_upper,
    }
}

/// The key of the word as written; in an all-caps sentence, of the word in title case
/// ("TOKYO" as "Tokyo"), as its caps say nothing.
fn word_key_unicode(tok: &str, caps_sentence: bool) -> u32 {
    if caps_sentence {
        let mut title = FNV_OFFSET;
        for (n, c) in tok.chars().enumerate() {
            if n == 0 {
                c.to_uppercase().for_each(|u| title = fnv_char(title, u));
            } else {
                c.to_lowercase().for_each(|l| title = fnv_char(title, l));
            }
        }
        key_of(mix(title, WORD_SEED))
    } else {
        key_of(hash_str(tok))
    }
}

/// The infos of a sentence's tokens as extraction sees them in ordinary text (for tests of
/// the modules that read them).
#[cfg(test)]
pub(super) fn sentence_infos(tokens: &[&str]) -> Vec<TokInfo> {
    let mut chars = Vec::new();
    (0..tokens.len())
        .map(|i| info_of(&mut chars, tokens[i], i == 0 || is_opener(tokens[i - 1]), false))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_info_matches_the_general_one() {
        let toks = [
            "",
            "a",
            "Paris",
            "PARIS",
            "paris",
            "McDonald's",
            "Jae-myung",
            "U.S.",
            "42",
            "3.5%",
            "#Obama",
            "@user",
            "x1",
            "ABC123def",
            "--",
            "'s",
            "\0a",
            "iPhone",
            "NATO-led",
            "A",
            "verylongtokenwithmorethantwelvechars",
            "Z9",
            "e.g.",
            "(",
            "$",
        ];
        let mut chars = Vec::new();
        for tok in toks {
            for initial in [false, true] {
                for caps in [false, true] {
                    assert_eq!(
                        info_ascii(tok.as_bytes(), initial, caps),
                        info_unicode(&mut chars, tok, initial, caps),
                        "{tok:?} initial={initial} caps={caps}"
                    );
                }
            }
        }
    }

    #[test]
    fn case_classes() {
        let cases = [
            ("Nara", false, false, Case::TitleMid),
            ("Nara", true, false, Case::TitleInitial),
            ("NATO", false, false, Case::CapsMid),
            ("met", false, false, Case::Lower),
            ("NARA", false, true, Case::Unknown),
            ("42", false, false, Case::NoLetters),
            ("#Obama", false, false, Case::Other),
        ];
        for (tok, initial, caps, want) in cases {
            assert_eq!(
                info_of(&mut Vec::new(), tok, initial, caps).case,
                want as u8,
                "{tok}"
            );
        }
    }
}

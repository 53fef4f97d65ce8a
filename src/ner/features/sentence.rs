//! What a whole sentence says before any token's features: whether its capitals mean anything
//! (a headline in capitals or in title case), its runs of capitalised words, and its rarest word.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::super::hash::{hash_word, key_of};
use super::super::token::{Case, TokInfo, case_of};
use super::super::words::WordTable;
use crate::text::{is_capitalised, word_set};

/// Short lower-case words that may sit inside a capitalised name: one entry a line in
/// `assets/ner/bridge_words.txt`.
static BRIDGE_WORDS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/ner/bridge_words.txt")));

/// Short lower-case words that may sit inside a capitalised name ("Bank of England", "Campaign
/// to Suppress …"): a run of capitals bridged by them is read as one candidate name.
pub(super) fn is_bridge(tok: &str) -> bool {
    BRIDGE_WORDS.contains(tok)
}

/// Candidate-name runs: for each token, its (position, length) code in the run of capitalised
/// words (bridged by [`is_bridge`] words) it belongs to, or 0 outside one, and the run's
/// `[start, end)`.
pub(super) fn runs(tokens: &[&str], infos: &[TokInfo], out: &mut Vec<(u8, u16, u16)>) {
    out.clear();
    out.resize(tokens.len(), (0, 0, 0));
    let cap = |k: usize| {
        matches!(
            case_of(infos[k].case),
            Case::TitleMid | Case::CapsMid | Case::TitleInitial | Case::CapsInitial
        )
    };
    let mut i = 0;
    while i < tokens.len() {
        if !cap(i) {
            i += 1;
            continue;
        }
        // Extend over capitals, and over bridge words followed by a capital.
        let mut end = i + 1;
        loop {
            let mut j = end;
            while j < tokens.len() && !cap(j) && is_bridge(tokens[j]) && j - end < 2 {
                j += 1;
            }
            if j < tokens.len() && cap(j) {
                end = j + 1;
            } else {
                break;
            }
        }
        let len = (end - i).min(6) as u8;
        let end = end.min(u16::MAX as usize);
        for (k, o) in out[i..end].iter_mut().enumerate() {
            let pos = if end - i == 1 {
                0
            } else if k == 0 {
                1
            } else if k + 1 == end - i {
                3
            } else {
                2
            };
            *o = (len << 3 | pos << 1 | 1, i as u16, end as u16);
        }
        i = end;
    }
}

/// A sentence in capitals (a headline, a shouted tweet): most words of two or more letters
/// are upper case.
pub(super) fn is_caps_sentence(tokens: &[&str]) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for t in tokens {
        let mut letters = 0;
        let mut lower = false;
        for c in t.chars() {
            if c.is_alphabetic() {
                letters += 1;
                lower |= c.is_lowercase();
            }
        }
        if letters >= 2 {
            words += 1;
            caps += usize::from(!lower);
        }
    }
    words >= 2 && caps * 10 >= words * 8
}

/// A headline in title case ("Takaichi, Lee Hold Japan-South Korea Summit in Nara"), whose
/// capitals say as little as those of a headline in capitals: no full stop, at least four
/// words of four or more letters (links, handles and hashtags aside), at least four in five
/// of them capitalised, and two or more of those, and a third at least, ordinary words no
/// rarer in lower case ("Hold", "Summit"). A list of names ("Muhammed Usman Saddique, 24,
/// London") has too few of these.
pub(super) fn is_title_headline(tokens: &[&str], words: &WordTable) -> bool {
    // A full stop anywhere: sentences, not a headline ("… Summit . Watch it LIVE : …").
    if tokens.contains(&".") {
        return false;
    }
    let web =
        |t: &str| t.starts_with('@') || t.starts_with('#') || t.contains("://") || t.starts_with("www.");
    let (mut long, mut capitalised) = (0usize, 0usize);
    for t in tokens {
        if !web(t) && t.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            capitalised += usize::from(is_capitalised(t));
        }
    }
    if long < 4 || capitalised * 5 < long * 4 {
        return false;
    }
    let ordinary = tokens
        .iter()
        .filter(|t| t.len() >= 4 && is_capitalised(t))
        .filter(|t| is_ordinary_word(words, t))
        .count();
    ordinary >= 2 && ordinary * 3 >= capitalised
}

/// Whether the word table knows `word` in lower case and finds it no rarer so than as written:
/// "Hold", "Among", "West", not "Paris".
pub(crate) fn is_ordinary_word(words: &WordTable, word: &str) -> bool {
    // Rounded −log probability: lower is more common; 0 is a word the table does not know.
    let freq = |w: &str| match words.get(key_of(hash_word(w))) {
        Some(i) if i.freq > 0 => i.freq,
        _ => u8::MAX,
    };
    let low = freq(&word.to_lowercase());
    low != u8::MAX && low <= freq(word)
}

/// The sentence's rarest lower-case word (by the word table), a cue to what it is about; 0 for
/// none.
pub(super) fn sentence_keyword(tokens: &[&str], infos: &[TokInfo]) -> u64 {
    let (mut sent_kw, mut best) = (0u64, 0u8);
    for (t, info) in tokens.iter().zip(infos.iter()) {
        if case_of(info.case) == Case::Lower && t.len() >= 3 && info.word.freq > best && info.word.freq >= 9 {
            best = info.word.freq;
            sent_kw = info.lower;
        }
    }
    sent_kw
}

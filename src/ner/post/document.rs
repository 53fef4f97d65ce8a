//! The rules that read the whole document: sports teams, the words of persons' names, names at
//! sentence starts and companies by what they have.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::{each_name, one_word_name, retype};
use crate::ner::gazetteer::Gazetteer;
use crate::ner::{NerType, Tag, features};
use crate::text::wordlist::{entries, word_set};
use crate::text::{Lower, is_capitalised};

/// Words that make a document a sports report when three or more of them are in it, sorted:
/// one entry a line in `assets/ner/sports_words.txt`. Looked up by binary search and counted as
/// the bits of a `u32`, so the file holds at most 32 words of 4 to 12 bytes.
pub(super) static SPORTS_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut words: Vec<&str> = entries(include_str!("../../../assets/ner/sports_words.txt")).collect();
    words.sort_unstable();
    words
});

/// The lengths of [`SPORTS_WORDS`] by first letter, as bits: a document's words are nearly all
/// turned away by these two bytes before the binary search reads them.
static SPORTS_SHAPES: LazyLock<[u16; 26]> = LazyLock::new(|| {
    let mut shapes = [0u16; 26];
    // (A word the lookup cannot hold, which the tests rule out, is left out rather than panicking.)
    for w in SPORTS_WORDS
        .iter()
        .filter(|w| (4..=12).contains(&w.len()) && w.as_bytes()[0].is_ascii_lowercase())
    {
        shapes[usize::from(w.as_bytes()[0] - b'a')] |= 1 << w.len();
    }
    shapes
});

/// Whether `t` is one of [`SPORTS_WORDS`], and which.
fn sports_word(t: &str) -> Option<usize> {
    let first = *t.as_bytes().first()?;
    let shaped = first.is_ascii_lowercase()
        && t.len() < 16
        && SPORTS_SHAPES[usize::from(first - b'a')] & 1 << t.len() != 0;
    shaped.then(|| SPORTS_WORDS.binary_search(&t).ok()).flatten()
}

/// Words before a place that keep it a place in a sports report ("a medical at Carrington",
/// "arrived in Boston").
const LOCATIVES: &[&str] = &["in", "at", "near", "across", "into", "outside", "around", "from"];

/// In a sports report, a "place" that is no country, state or continent and stands where
/// a team would ("24 points for Boston", "a fee with Benfica", "Inter Miami had made an
/// enquiry") is the club: news tags teams named after their city as organisations. A place
/// after "in", "at" and the like stays a place, and so does a country (its national team is
/// tagged as the country).
pub(in crate::ner) fn sports_teams(gaz: &Gazetteer, sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    // The places that would change, found first: most documents have none, and then their
    // words need not be read.
    let mut teams: Vec<(usize, usize, usize)> = Vec::new();
    for (s, (toks, tags)) in sentences.iter().zip(tags.iter_mut()).enumerate() {
        each_name(toks, tags, |_, a, b, ty| {
            let after_locative = a > 0 && LOCATIVES.contains(&toks[a - 1]);
            let dateline = a == 0 && toks[..b].iter().all(|t| !t.chars().any(char::is_lowercase));
            if ty == NerType::Loc && !after_locative && !dateline && !gaz.is_wide_place(&toks[a..b]) {
                teams.push((s, a, b));
            }
        });
    }
    if teams.is_empty() {
        return;
    }
    // Which of the (sorted) words the document has, as bits.
    let mut seen = 0u32;
    for t in sentences.iter().flatten() {
        if let Some(k) = sports_word(t) {
            seen |= 1 << k;
            if seen.count_ones() >= 3 {
                break;
            }
        }
    }
    if seen.count_ones() < 3 {
        return;
    }
    for (s, a, b) in teams {
        retype(&mut tags[s][a..b], NerType::Org);
    }
}

/// A capitalised word left untagged that is a word of a person's name of two or more words
/// elsewhere in the document is that person: "Xi" after "Xi Jinping", "Lee" after "Lee
/// Jae-myung". Skipped when the document also writes the word in lower case, for ordinary
/// words and months ("West", "August"), after an article ("the Baptist"), when a capital
/// stands beside it (another name), and for titles inside names ("Prince William").
pub(in crate::ner) fn person_name_parts(gaz: &Gazetteer, sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    let mut parts: Vec<&str> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter_mut()) {
        each_name(toks, tags, |_, a, b, ty| {
            if ty == NerType::Per && b > a + 1 {
                parts.extend(toks[a..b].iter().filter(|t| t.len() >= 2 && is_capitalised(t)));
            }
        });
    }
    if parts.is_empty() {
        return;
    }
    parts.sort_unstable();
    parts.dedup();
    parts.retain(|t| !gaz.is_title(t));
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (s, (toks, tags)) in sentences.iter().zip(tags.iter()).enumerate() {
        for i in 0..toks.len().min(tags.len()) {
            let capital_beside =
                |k: Option<usize>| k.and_then(|k| toks.get(k)).is_some_and(|t| is_capitalised(t));
            // Cheap tests first: most tokens are no capitalised untagged word.
            if tags[i] == Tag::O
                && is_capitalised(toks[i])
                && parts.binary_search(&toks[i]).is_ok()
                && !capital_beside(i.checked_sub(1))
                && !capital_beside(Some(i + 1))
                && !i
                    .checked_sub(1)
                    .is_some_and(|k| matches!(toks[k], "the" | "a" | "an"))
                && !crate::dates::is_month_name(toks[i])
                && !features::is_ordinary_word(gaz.words(), toks[i])
            {
                found.push((s, i));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // The few words found, looked for in lower case anywhere in the document.
    let mut wanted: Vec<String> = found
        .iter()
        .map(|&(s, i)| sentences[s][i].to_lowercase())
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let written_lower: Vec<&String> = wanted
        .iter()
        .filter(|w| {
            sentences
                .iter()
                .flatten()
                .any(|t| t.starts_with(|c: char| c.is_lowercase()) && *Lower::new(t) == ***w)
        })
        .collect();
    for (s, i) in found {
        let t = sentences[s][i].to_lowercase();
        if !written_lower.iter().any(|w| **w == t) {
            tags[s][i] = Tag::B(NerType::Per);
        }
    }
}

/// A word that opens a sentence, where a capital says nothing, and that the tagger left out
/// there but took for a one-word name elsewhere in the document, is that name there too,
/// unless the document also writes it in lower case ("Amazon said on Monday …" before "the
/// cuts at Amazon"). A capital after it (the start of a longer name) leaves it alone.
pub(in crate::ner) fn propagate(sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    // One-word names by their exact form (a tenth of the tokens or fewer), sorted to be
    // looked up: cheaper than hashing them for the few documents that need it.
    let mut named: Vec<(&str, usize)> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter()) {
        for (i, &t) in toks.iter().take(tags.len()).enumerate() {
            if let Some(ty) = one_word_name(tags, i) {
                named.push((t, ty.index()));
            }
        }
    }
    if named.is_empty() {
        return;
    }
    named.sort_unstable();
    let mut found: Vec<(usize, usize, NerType)> = Vec::new();
    for (s, (toks, tags)) in sentences.iter().zip(tags.iter()).enumerate() {
        let Some(i) = toks.iter().position(|t| !features::is_opener(t)) else {
            continue;
        };
        let t = toks[i];
        if tags.get(i) != Some(&Tag::O)
            || t.chars().count() < 2
            || !is_capitalised(t)
            || toks.get(i + 1).is_some_and(|n| is_capitalised(n))
        {
            continue;
        }
        let from = named.partition_point(|&(w, _)| w < t);
        let mut counts = [0u32; 4];
        for &(_, k) in named[from..].iter().take_while(|&&(w, _)| w == t) {
            counts[k] += 1;
        }
        if let Some(k) = (0..4).filter(|&k| counts[k] > 0).max_by_key(|&k| counts[k]) {
            found.push((s, i, NerType::ALL[k]));
        }
    }
    if found.is_empty() {
        return;
    }
    // The forms the document also writes in lower case, looked up once for all found words.
    let wanted: std::collections::HashSet<String> = found
        .iter()
        .map(|&(s, i, _)| sentences[s][i].to_lowercase())
        .collect();
    // Each lower-case word is lower-cased on the stack; only those wanted are kept as strings.
    let lower: std::collections::HashSet<String> = sentences
        .iter()
        .flatten()
        .filter(|t| t.chars().next().is_some_and(char::is_lowercase))
        .map(|t| Lower::new(t))
        .filter(|t| wanted.contains(&**t))
        .map(|t| t.to_string())
        .collect();
    for (s, i, ty) in found {
        if !lower.contains(&sentences[s][i].to_lowercase()) {
            tags[s][i] = Tag::B(ty);
        }
    }
}

/// Nouns only a company has, read right after a name or its possessive ("Shell's profit",
/// "Shell shareholders", "Alphabet's chief executive").
/// One entry a line in `assets/ner/company_nouns.txt`.
static COMPANY_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/ner/company_nouns.txt")));

/// A noun only a company has (see [`COMPANY_NOUNS`]), in any ASCII case ("Profit", "CEO").
fn is_company_noun(word: &str) -> bool {
    COMPANY_NOUNS.iter().any(|n| word.eq_ignore_ascii_case(n))
}

/// A one-word name the tagger made a person but that has a company's profit, shareholders or
/// chief executive is an organisation, in every one-word mention of the document. The training
/// text has little business news, and the tagger took "Shell" for a person.
pub(in crate::ner) fn companies_by_context(sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    let alone = |tags: &[Tag], i: usize| one_word_name(tags, i) == Some(NerType::Per);
    let mut companies: Vec<&str> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter()) {
        for i in 0..toks.len().min(tags.len()) {
            if !alone(tags, i) {
                continue;
            }
            let k = if matches!(toks.get(i + 1), Some(&("'s" | "’s"))) {
                i + 2
            } else {
                i + 1
            };
            let noun = toks.get(k).is_some_and(|w| is_company_noun(w));
            let chief = toks.get(k) == Some(&"chief") && toks.get(k + 1) == Some(&"executive");
            if noun || chief {
                companies.push(toks[i]);
            }
        }
    }
    if companies.is_empty() {
        return;
    }
    for (toks, tags) in sentences.iter().zip(tags.iter_mut()) {
        for i in 0..toks.len().min(tags.len()) {
            if alone(tags, i) && companies.contains(&toks[i]) {
                tags[i] = Tag::B(NerType::Org);
            }
        }
    }
}

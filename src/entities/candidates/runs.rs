//! Runs of name units in a sentence, and the units that are never part of a name.

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::entities::{cues, gazetteer};
use crate::text::{is_all_caps, is_capitalised, word_set};

/// Units of a stock listing "(NASDAQ: AAPL)", "(KRX: 005930)": the exchange and the ticker are
/// how a company is cited, not names of their own (the company's name stands before them).
pub(super) fn ticker_units(units: &[&str]) -> Vec<bool> {
    let mut out = vec![false; units.len()];
    let code = |u: &str| {
        !u.is_empty()
            && u.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
    };
    for i in 2..units.len().saturating_sub(2) {
        if units[i] == ":"
            && units[i - 2] == "("
            && is_all_caps(units[i - 1])
            && code(units[i + 1])
            && matches!(units[i + 2], ")" | "," | ";")
        {
            out[i - 1] = true;
            out[i + 1] = true;
        }
    }
    out
}

/// A unit that can be part of a name: capitalised, with a letter, not a function word.
pub(super) fn is_name_unit(u: &str) -> bool {
    is_capitalised(u)
        && u.chars().any(char::is_alphabetic)
        && !cues::is_function_word(u)
        && !cues::is_party_tag(u)
}

/// Maximal runs of name units, joined across "of"/"for"/"on" after a cue word and across particles.
pub(super) fn runs(units: &[&str]) -> Vec<Range<usize>> {
    let n = units.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_name_unit(units[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if end < n && is_name_unit(units[end]) {
                end += 1;
                continue;
            }
            match joined_end(units, start, end) {
                Some(next) => end = next,
                None => break,
            }
        }
        // "the 67th Precinct", "West 223rd Street": an ordinal opens a name a kind word closes.
        let last = units[end - 1];
        let start = if start > 0
            && is_ordinal(units[start - 1])
            && (cues::is_place_tail(last) || cues::is_org_tail(last))
        {
            start - 1
        } else {
            start
        };
        out.push(start..end);
        i = end;
    }
    out
}

/// The last words of a body that holds several portfolios: one entry a line in
/// `assets/entities/cues/portfolio_bodies.txt`.
static PORTFOLIO_BODIES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/entities/cues/portfolio_bodies.txt")));

/// The last word of the name of a body that holds several portfolios ("Committee", "Ministry").
fn is_portfolio_body(word: &str) -> bool {
    PORTFOLIO_BODIES.contains(word)
}

/// Where a run of name units `start..end` ends once joined across the word at `end` to the
/// name units after it, if it joins: "of"/"for"/"on" after a cue word, particles, an office's
/// possessive before its body, "and" inside the name of a body of several portfolios.
fn joined_end(units: &[&str], start: usize, end: usize) -> Option<usize> {
    let n = units.len();
    if end >= n {
        return None;
    }
    let joiner = units[end];
    let ofish = matches!(joiner, "of" | "for" | "on")
        && (cues::takes_of(units[end - 1]) || bracketed_acronym_follows(units, end + 1, start));
    if ofish || cues::is_particle(joiner) {
        let mut j = end + 1;
        if ofish && units.get(j) == Some(&"the") {
            j += 1;
        }
        // Particles come in pairs too ("Ursula von der Leyen", "Vincent van den Berg").
        while !ofish && j < n && j < end + 3 && cues::is_particle(units[j]) {
            j += 1;
        }
        if j < n && is_name_unit(units[j]) {
            return Some(j + 1);
        }
    }
    // "the Sheriff's Department", "the District Attorney's Office": an office's
    // possessive before the body it heads is one name.
    if matches!(joiner, "'s" | "’s")
        && cues::is_title_head(units[end - 1])
        && units.get(end + 1).is_some_and(|w| cues::is_org_tail(w))
    {
        return Some(end + 2);
    }
    // "House Transportation and Infrastructure Committee": "and" joins two names
    // only when the words after it close with the name of a body that holds several
    // portfolios ("Fox News", "Samsung Electronics" close other names).
    if joiner == "and" && end + 1 < n && is_name_unit(units[end + 1]) {
        let mut k = end + 1;
        while k < n && is_name_unit(units[k]) {
            k += 1;
        }
        let body = is_portfolio_body(units[k - 1]);
        // Two bodies side by side ("Interior Ministry and Foreign Ministry") stay two.
        let body = body && !cues::is_org_tail(units[end - 1]);
        if k - (end + 1) <= 3 && body && gazetteer::get().place(units[end - 1]).is_none() {
            return Some(k);
        }
    }
    None
}

/// Whether the name words from `from` on close with a bracketed acronym that starts as the name
/// does: "Alternative for Germany (AfD)", "Campaign for Nuclear Disarmament (CND)". The brackets
/// show the words are one name, "for" and all.
fn bracketed_acronym_follows(units: &[&str], from: usize, name_start: usize) -> bool {
    let mut k = from;
    if units.get(k) == Some(&"the") {
        k += 1;
    }
    let words = k;
    while k < units.len() && is_name_unit(units[k]) {
        k += 1;
    }
    if k == words || k - words > 4 || units.get(k) != Some(&"(") || units.get(k + 2) != Some(&")") {
        return false;
    }
    let acronym = units[k + 1];
    let upper = acronym.chars().filter(|c| c.is_uppercase()).count();
    let first = |w: &str| w.chars().next();
    upper >= 2 && acronym.chars().all(char::is_alphabetic) && first(acronym) == first(units[name_start])
}

/// The unit range with calendar words trimmed from both ends ("Tuesday", "Jan."), except "May"
/// after another name word ("Theresa May"), and with joining words left dangling at the end
/// ("Nara Prefecture on [Tuesday]").
pub(super) fn trim_calendar(units: &[&str], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end
        && (cues::is_calendar(units[r.start])
            || !(is_name_unit(units[r.start]) || is_ordinal(units[r.start])))
    {
        r.start += 1;
    }
    while r.end > r.start {
        let last = units[r.end - 1];
        let may_in_name = last == "May" && r.end - 1 > r.start;
        if (cues::is_calendar(last) && !may_in_name) || !is_name_unit(last) {
            r.end -= 1;
        } else {
            break;
        }
    }
    r
}

/// An ordinal number in digits ("67th", "223rd", "1st").
pub(super) fn is_ordinal(u: &str) -> bool {
    let digits = u.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&u[digits..], "st" | "nd" | "rd" | "th")
}

pub(super) fn joined(units: &[&str], r: &Range<usize>) -> String {
    units[r.clone()].join(" ")
}

//! Capitalised words that name nothing: time zones, units and scales, sports jargon, measures
//! ("M6.8"), plural demonyms ("Londoners"), bare plurals of things ("armed with
//! Glocks") and abbreviations of common nouns spelled out in lower case ("emergency power
//! off (EPO)").

use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use super::joined;
use crate::entities::context::Context;
use crate::entities::{cues, gazetteer, lists};
use crate::ner::{NerType, Tag};
use crate::text::{is_all_caps, word_set};

/// Whether the candidate at `r` names nothing, whatever the tagger or the capitals say.
pub(super) fn is_junk(
    units: &[&str],
    r: &Range<usize>,
    weak: &[bool],
    tags: Option<&[Tag]>,
    ctx: &Context,
) -> bool {
    // One word is its own text: no copy for the common case.
    let text: Cow<str> = if r.len() == 1 {
        Cow::Borrowed(units[r.start])
    } else {
        Cow::Owned(joined(units, r))
    };
    if lists::get().is_not_name(&text) {
        return true;
    }
    let after = units.get(r.end).copied();
    if r.len() == 1 && after.is_some_and(|w| lists::get().is_scale_noun(w)) {
        return true;
    }
    if r.len() == 1 && is_measure(&text) {
        return true;
    }
    if is_plural_demonym(&text, ctx) {
        return true;
    }
    if r.len() == 1 && spelled_out_below(units, r.start) {
        return true;
    }
    r.len() == 1 && is_bare_plural(units, r.start, weak, tags, ctx)
}

/// A magnitude or grade written as a capital and a decimal number ("M7.5", "M6.0"): a measure.
/// ("G7", "F16" without a decimal stay: groups and products.)
fn is_measure(u: &str) -> bool {
    let letters = u.chars().take_while(char::is_ascii_uppercase).count();
    let rest = &u[letters..];
    (1..=2).contains(&letters)
        && rest.contains('.')
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.ends_with(|c: char| c.is_ascii_digit())
        && rest.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The people of a place named by a suffix on the place's name ("Londoners", "New Yorkers",
/// "Parisians"): a plural of residents, not an entity. Only places the gazetteer knows as a
/// country, a state or a city of 100,000 people or more, and only words the country demonym list
/// does not already read as a country ("Americans" stands for the United States).
fn is_plural_demonym(text: &str, ctx: &Context) -> bool {
    // The suffix first: it needs no folded key.
    if !text.ends_with('s') {
        return false;
    }
    let g = gazetteer::get();
    if g.demonym(text).is_some() {
        return false;
    }
    ["ites", "ians", "ans", "ers", "ns", "ese"].iter().any(|suffix| {
        let Some(stem) = text.strip_suffix(suffix) else {
            return false;
        };
        stem.chars().count() >= 4
            && g.place(stem).is_some_and(|p| {
                p.scale != gazetteer::Scale::City || p.population >= 100_000 || ctx.is_single(stem)
            })
    })
}

/// An abbreviation in brackets after the lower-case words it abbreviates ("the emergency power
/// off (EPO) button"): a common noun, not a name.
fn spelled_out_below(units: &[&str], i: usize) -> bool {
    let u = units[i];
    if i == 0 || units[i - 1] != "(" || units.get(i + 1) != Some(&")") || !is_all_caps(u) {
        return false;
    }
    let letters: Vec<char> = u.chars().filter(char::is_ascii_alphabetic).collect();
    let n = letters.len();
    if !(2..=6).contains(&n) || i - 1 < n {
        return false;
    }
    let words = &units[i - 1 - n..i - 1];
    words.iter().all(|w| w.starts_with(char::is_lowercase))
        && words
            .iter()
            .zip(&letters)
            .all(|(w, l)| w.chars().next().is_some_and(|c| c.eq_ignore_ascii_case(l)))
}

/// A capitalised plural with no determiner before it, mid-sentence, that the briefing never writes
/// as a word of a longer name ("armed with Glocks", "won two Oscars"): things named after
/// their maker or namesake, counted like common nouns. Teams, parties and gangs take "the" ("the
/// Yankees"); party members, demonyms and places are read elsewhere; a name the tagger reads as an
/// organisation or place ("told Reuters", "with Siemens") stays.
fn is_bare_plural(units: &[&str], i: usize, weak: &[bool], tags: Option<&[Tag]>, ctx: &Context) -> bool {
    let u = units[i];
    let n = u.chars().count();
    if weak[i] || n < 5 || !u.ends_with('s') || u.ends_with("ss") || !u.chars().all(char::is_alphabetic) {
        return false;
    }
    if is_all_caps(u)
        || cues::is_group_plural(u)
        || gazetteer::get().place(u).is_some()
        || gazetteer::get().demonym(u).is_some()
    {
        return false;
    }
    let before = i.checked_sub(1).map(|k| units[k]);
    let bare = before.is_some_and(|w| {
        let number = w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || c == ',')
            || is_number_word(w);
        number || matches!(w, "with" | "without" | "carrying" | "wielding")
    });
    if !bare {
        return false;
    }
    let body = tags.and_then(|t| t.get(i)).is_some_and(|t| {
        matches!(
            t,
            Tag::B(NerType::Org | NerType::Loc) | Tag::I(NerType::Org | NerType::Loc)
        )
    });
    let singular = &u[..u.len() - 1];
    !body && !ctx.is_in_name(u) && !ctx.is_in_name(singular)
}

static QUANTITY_WORDS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/entities/cues/quantity_words.txt")));

/// A number or quantity word ("two", "several", "dozens"): one entry a line in
/// `assets/entities/cues/quantity_words.txt`.
fn is_number_word(w: &str) -> bool {
    QUANTITY_WORDS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx_of(sentences: &[&str]) -> Context {
        let mut ctx = Context::default();
        for s in sentences {
            let units: Vec<&str> = s.split(' ').collect();
            ctx.observe(&units, false);
        }
        ctx
    }

    fn junk_at(sentence: &str, word: &str, ctx: &Context) -> bool {
        let units: Vec<&str> = sentence.split(' ').collect();
        let i = units.iter().position(|u| *u == word).expect("word in sentence");
        let weak = crate::entities::context::weak_positions(&units, false);
        is_junk(&units, &(i..i + 1), &weak, None, ctx)
    }

    #[test]
    fn measures_zones_and_jargon() {
        let ctx = Context::default();
        assert!(junk_at(
            "The tremor struck at 9:10 p.m. PDT on Friday .",
            "PDT",
            &ctx
        ));
        assert!(junk_at(
            "Experts rated a M6.8 rupture possible there .",
            "M6.8",
            &ctx
        ));
        assert!(junk_at("It measured 5.1 on the Richter scale .", "Richter", &ctx));
        assert!(junk_at("The champion has 40 wins , 33 by KO .", "KO", &ctx));
        assert!(!junk_at("Leaders of the G7 met in Rome .", "G7", &ctx));
        assert!(!junk_at("Officials from NATO met in Rome .", "NATO", &ctx));
    }

    #[test]
    fn plural_demonyms_and_bare_plurals() {
        let ctx = ctx_of(&[
            "Many Londoners took the bus .",
            "Guards armed with Glocks stood by .",
        ]);
        assert!(junk_at("Many Londoners took the bus .", "Londoners", &ctx));
        assert!(junk_at("Guards armed with Glocks stood by .", "Glocks", &ctx));
        // A surname that is a word of a full name elsewhere stays a name.
        let ctx = ctx_of(&["The mayor met Anna Jones .", "He spoke with Jones later ."]);
        assert!(!junk_at("He spoke with Jones later .", "Jones", &ctx));
        // "the" before a plural makes it a team or a group.
        assert!(!junk_at(
            "He signed with the Hornets .",
            "Hornets",
            &Context::default()
        ));
    }

    #[test]
    fn abbreviation_of_lower_case_words() {
        let ctx = Context::default();
        assert!(junk_at(
            "Press the remote shut down ( RSD ) switch .",
            "RSD",
            &ctx
        ));
        assert!(!junk_at(
            "The World Health Organization ( WHO ) said so .",
            "WHO",
            &ctx
        ));
    }
}

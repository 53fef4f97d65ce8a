//! Number phrases in one sentence: counts with what they count, ordinals, money, percentages and
//! measurements, each with its hedge. Numbers that belong to dates, years, clock times, ids,
//! phone numbers or names ("Apollo 11") are left out.

use std::ops::Range;

use super::lexicon::{QUALIFIERS_AFTER, QUALIFIERS_BEFORE, is_person_noun};
use super::number::{Decimal, cardinal_word, ordinal};
use super::words::{Word, words};
use super::{Counted, Qualifier, ValueKind};
use crate::text::Lower;

mod counted;
mod figure;
mod special;

use figure::number_at;
use special::{age_at, ordinal_at, record_at, vague_at};

/// A number phrase found by [`scan`].
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: ValueKind,
    pub span: Range<usize>,
    pub normalized: String,
    pub qualifier: Option<Qualifier>,
    /// Amount in base units (metres for lengths) for comparison.
    pub value: f64,
    /// Half of the last written digit, in the same units as `value`.
    pub half_unit: f64,
    /// Written with a scale word, as a percentage or a measurement: read as rounded.
    pub rounded: bool,
    /// Currency code or unit symbol.
    pub unit: Option<String>,
    pub counted: Option<Counted>,
}

/// Find the number phrases of `text[range]`, skipping numbers inside `skip` (date phrases).
pub fn scan(text: &str, range: Range<usize>, skip: &[Range<usize>], headline: bool) -> Vec<Found> {
    let ws = words(text, range);
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let inside_skip = skip
            .iter()
            .any(|r| r.start < ws[i].span.end && ws[i].span.start < r.end);
        if ws[i].is_punct || inside_skip {
            i += 1;
            continue;
        }
        if let Some((f, next)) = vague_at(text, &ws, i) {
            out.push(f);
            i = next;
            continue;
        }
        if !may_be_number(ws[i].text(text)) {
            i += 1;
            continue;
        }
        let found = age_at(text, &ws, i)
            .or_else(|| record_at(text, &ws, i))
            .or_else(|| ordinal_at(text, &ws, i))
            .or_else(|| number_at(text, &ws, i, &out, headline));
        match found {
            Some((f, next)) => {
                out.push(f);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    sum_parts(text, &ws, out)
}

/// Add a part of `n` people ending at `end` to the count `f`, which then counts people.
fn add_people(f: &mut Found, n: f64, end: usize) {
    f.value += n;
    f.normalized = Decimal::from_int(f.value as i128).to_plain();
    f.span.end = end;
    f.counted = Some(Counted {
        head: "people".to_string(),
        label: None,
        subgroup: None,
        rank: None,
    });
}

/// Parts of one group of people named together are one count: "three men and a woman" = 4
/// people, "two adults and three children" = 5. Outlets that write "four people" should meet
/// them; the parts alone ("3" beside "1") are no figures of the story.
fn sum_parts(text: &str, ws: &[Word], found: Vec<Found>) -> Vec<Found> {
    let person = |f: &Found| {
        f.kind == ValueKind::Count
            && f.qualifier.is_none()
            && f.counted.as_ref().is_some_and(|c| is_person_noun(&c.head))
    };
    // Word index of a byte offset.
    let at = |pos: usize| ws.iter().position(|w| w.span.start >= pos).unwrap_or(ws.len());
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        let Some(prev) = out.last_mut().filter(|p| person(p)) else {
            out.push(f);
            continue;
        };
        let between = text.get(prev.span.end..f.span.start).unwrap_or("x").trim();
        if person(&f) && between == "and" {
            add_people(prev, f.value, f.span.end);
            continue;
        }
        out.push(f);
    }
    // "three men and a woman": the last part counted by an article, not a number.
    for f in out.iter_mut().filter(|f| person(f)) {
        let j = at(f.span.end);
        let (and, one, noun) = (t(text, ws, j), t(text, ws, j + 1), t(text, ws, j + 2));
        let singular = |w: &str| {
            is_person_noun(w) && !w.ends_with('s') && !matches!(w, "men" | "women" | "children" | "people")
        };
        if and == "and" && matches!(one.to_lowercase().as_str(), "a" | "an") && singular(noun) {
            add_people(f, 1.0, ws[j + 2].span.end);
        }
    }
    out
}

/// Currency signs written before an amount ("$2.6 million", "€2m").
const CURRENCY_SIGNS: [&str; 6] = ["$", "€", "£", "¥", "₩", "₹"];

/// A number written in digits or as a word of one or more ("2.6", "two"), as a hyphenated
/// amount's first part holds it.
fn number_word(s: &str) -> Option<Decimal> {
    Decimal::parse(s).or_else(|| cardinal_word(s).filter(|&n| n >= 1).map(Decimal::from_int))
}

/// A sum scaled by a power of ten, rounded at its written digit: what each hyphenated sum reads.
fn scaled_sum(digits: Decimal, exp: u32, code: &str, span: Range<usize>) -> Found {
    let amount = digits.shifted(exp);
    Found {
        kind: ValueKind::Money,
        span,
        normalized: format!("{code} {}", amount.to_plain()),
        qualifier: None,
        value: amount.to_f64(),
        half_unit: digits.half_written_unit() * 10f64.powi(exp as i32),
        rounded: true,
        unit: Some(code.to_string()),
        counted: None,
    }
}

/// The word [`Counted::head`] holds for an age.
pub const AGE: &str = "age";

/// The word [`Counted::head`] holds for a win-loss record's wins.
pub const RECORD: &str = "record";

/// Cheap test before the parsers: digits, or a word that starts like a number word.
fn may_be_number(w: &str) -> bool {
    // "R26": a rand sum (read only before a scale word, see `number_at`).
    if w.strip_prefix('R')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    let first = w.chars().next().map(|c| c.to_ascii_lowercase());
    matches!(
        first,
        Some('0'..='9' | 'o' | 't' | 'f' | 's' | 'e' | 'n' | 'z' | 'h' | 'd')
    ) && (first.is_some_and(|c| c.is_ascii_digit())
        || (w.len() <= 16
            && (cardinal_word(w).is_some()
                || ordinal(w).is_some()
                || w.split_once('-')
                    .is_some_and(|(head, _)| ordinal(head).is_some() || cardinal_word(head).is_some()))))
}

fn t<'a>(text: &'a str, ws: &[Word], i: usize) -> &'a str {
    ws.get(i).map(|w| w.text(text)).unwrap_or("")
}

fn qualifier_before(text: &str, ws: &[Word], i: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_BEFORE.iter().find_map(|&(phrase, q)| {
        let n = phrase.split(' ').count();
        let from = i.checked_sub(n)?;
        reads(text, ws, from, phrase, true).then_some((q, from))
    })
}

fn qualifier_after(text: &str, ws: &[Word], j: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_AFTER.iter().find_map(|&(phrase, q)| {
        let n = phrase.split(' ').count();
        reads(text, ws, j, phrase, false).then_some((q, j + n))
    })
}

/// Whether the words from `from` on are `phrase` (lower-case words, one space apart) in lower
/// case, each without its closing periods when `trim` says so. Word by word, with no string
/// made: this runs at every number of every sentence.
fn reads(text: &str, ws: &[Word], from: usize, phrase: &str, trim: bool) -> bool {
    phrase.split(' ').enumerate().all(|(k, part)| {
        let w = t(text, ws, from + k);
        let w = if trim { w.trim_end_matches('.') } else { w };
        *Lower::new(w) == *part
    })
}

#[cfg(test)]
mod tests;

//! Figures of their own shape: ages ("16-year-old"), vague amounts ("dozens", "thousands of"),
//! win-loss records ("31-0-1") and ordinals ("the sixth round").

use super::counted::{head_text, noun_phrase, subgroup};
use super::{AGE, Found, RECORD, number_word, t};
use crate::text::Lower;
use crate::values::lexicon::currency_word;
use crate::values::number::{Decimal, ordinal};
use crate::values::words::Word;
use crate::values::{Counted, Qualifier, ValueKind};

/// An age: "a 16-year-old", "16 years old", "the 16-year old", "aged 16". Outlets state a person's
/// age as often as any figure, and state it differently ("49" in one, "48" in another) as often.
pub(super) fn age_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    let w = t(text, ws, i);
    let lower = w.to_lowercase();
    let (digits, next) = if let Some((n, rest)) = lower.split_once('-')
        && matches!(rest, "year-old" | "years-old")
    {
        (number_word(n)?, i + 1)
    } else if let Some((n, "year" | "years")) = lower.split_once('-')
        && t(text, ws, i + 1).eq_ignore_ascii_case("old")
    {
        // "the 16-year old": the second hyphen left out.
        (number_word(n)?, i + 2)
    } else if matches!(t(text, ws, i + 1).to_lowercase().as_str(), "years" | "year")
        && t(text, ws, i + 2).eq_ignore_ascii_case("old")
    {
        (number_word(w)?, i + 3)
    } else if i > 0 && t(text, ws, i - 1).eq_ignore_ascii_case("aged") {
        (number_word(w)?, i + 1)
    } else {
        return None;
    };
    let years = digits.to_f64();
    if !(1.0..130.0).contains(&years) || years.fract() != 0.0 {
        return None;
    }
    Some((
        Found {
            kind: ValueKind::Count,
            span: ws[i].span.start..ws[next - 1].span.end,
            normalized: digits.to_plain(),
            qualifier: None,
            value: years,
            half_unit: 0.0,
            rounded: false,
            unit: None,
            counted: Some(Counted {
                head: AGE.to_string(),
                label: None,
                subgroup: None,
                rank: None,
            }),
        },
        next,
    ))
}

/// A vague amount of people or things: "dozens of people" (24–143), "hundreds", "thousands", "tens
/// of thousands", "hundreds of thousands"; "a dozen" is about 12. A range agrees with the figures
/// inside it and disagrees with those outside: normalised as `low/high`, like a date range.
pub(super) fn vague_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    // Every word of every sentence is asked: most are turned away by their first letter before
    // they are lower-cased (a word whose lower case opens with one of these ASCII letters opens
    // with it in either case).
    let word = t(text, ws, i);
    if !matches!(
        word.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'd' | b's' | b'h' | b't')
    ) {
        return None;
    }
    let w = Lower::new(word);
    let of = |k: usize| t(text, ws, k).eq_ignore_ascii_case("of");
    let (lo, hi, next) = match &*w {
        "dozens" => (24.0, 143.0, i + 1),
        "scores" if of(i + 1) => (40.0, 199.0, i + 1),
        "hundreds" if of(i + 1) && t(text, ws, i + 2).eq_ignore_ascii_case("thousands") => {
            (200_000.0, 999_999.0, i + 3)
        }
        "tens" if of(i + 1) && t(text, ws, i + 2).eq_ignore_ascii_case("thousands") => {
            (20_000.0, 99_999.0, i + 3)
        }
        "hundreds" => (200.0, 999.0, i + 1),
        "thousands" => (2_000.0, 9_999.0, i + 1),
        "dozen" if i > 0 && matches!(&*Lower::new(t(text, ws, i - 1)), "a" | "about" | "around") => {
            (12.0, 12.0, i + 1)
        }
        _ => return None,
    };
    // Only an amount of something: "dozens of protesters", "a dozen officers"; not "dozens
    // gathered" (the verb is no noun), "by the thousands" alone, nor "hundreds of thousands of
    // dollars" (a sum, no count).
    let single = lo == hi;
    if !single && !of(next) {
        return None;
    }
    let noun_at = if of(next) { next + 1 } else { next };
    let (h, mods) = noun_phrase(text, ws, noun_at, true)?;
    if currency_word(t(text, ws, h)).is_some() {
        return None;
    }
    let (normalized, qualifier) = if single {
        ("12".to_string(), Some(Qualifier::About))
    } else {
        (format!("{lo}/{hi}"), None)
    };
    let start = if w == "dozen" { i - 1 } else { i };
    Some((
        Found {
            kind: ValueKind::Count,
            span: ws[start].span.start..ws[h].span.end,
            normalized,
            qualifier,
            value: (lo + hi) / 2.0,
            // The range as a rounding margin: its interval is (low, high), open at both ends.
            half_unit: (hi - lo) / 2.0 + 0.5,
            rounded: !single,
            unit: None,
            counted: Some(Counted {
                head: head_text(text, ws, h, &mods),
                label: None,
                subgroup: None,
                rank: None,
            }),
        },
        h + 1,
    ))
}

/// A win-loss record: "improved to 58-3", "fell to 36-3", "Thompson (36-3, 24 KOs)", "a 12-4
/// record". Read as the wins, the figure outlets state and update ("58-3" after a win, "57-3"
/// before it); a score ("won 3-1") is not a record.
pub(super) fn record_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    let w = t(text, ws, i);
    let (wins, losses) = w.split_once('-')?;
    let all_digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit());
    if !all_digits(wins) || !losses.split('-').all(all_digits) {
        return None;
    }
    let prev = if i > 0 {
        t(text, ws, i - 1).to_lowercase()
    } else {
        String::new()
    };
    let next = t(text, ws, i + 1).to_lowercase();
    // "a 12-4 record" needs the word; "improved to 58-3" or "(36-3, 24 KOs)" suffice, but not a
    // range ("to 8-10 percent", "voters (18-24)") nor a set score ("her 6-4, 6-3 win").
    let range = matches!(next.as_str(), "percent" | "%" | ")" | "years" | "year" | "points");
    let record = next == "record" || (matches!(prev.as_str(), "to" | "(") && !range);
    if !record {
        return None;
    }
    let n = Decimal::parse(wins)?;
    Some((
        Found {
            kind: ValueKind::Count,
            span: ws[i].span.clone(),
            normalized: n.to_plain(),
            qualifier: None,
            value: n.to_f64(),
            half_unit: 0.0,
            rounded: false,
            unit: None,
            counted: Some(Counted {
                head: RECORD.to_string(),
                label: None,
                subgroup: None,
                rank: None,
            }),
        },
        i + 1,
    ))
}

pub(super) fn ordinal_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    let w = t(text, ws, i);
    // "third-largest": an ordinal rank glued to a superlative.
    let (n, rest) = match ordinal(w) {
        Some(n) => (n, None),
        None => {
            let (head, rest) = w.split_once('-')?;
            (ordinal(head)?, Some(rest))
        }
    };
    let next = t(text, ws, i + 1);
    let century = |s: &str| s.to_lowercase().starts_with("centur") || s.contains("-centur");
    if rest.is_some_and(century) || century(next) || next == "-" || next == "–" {
        return None;
    }
    let (head, mods, end) = match rest {
        Some(_) => match noun_phrase(text, ws, i + 1, false) {
            Some((h, m)) => (Some(h), m, ws[h].span.end),
            None => (None, vec![], ws[i].span.end),
        },
        None => {
            let (h, m) = noun_phrase(text, ws, i + 1, false)?;
            (Some(h), m, ws[h].span.end)
        }
    };
    let counted = head.map(|h| Counted {
        head: t(text, ws, h).to_string(),
        label: subgroup(text, ws, &mods).map(|s| s.0),
        subgroup: subgroup(text, ws, &mods).map(|s| s.1),
        rank: rest.map(str::to_lowercase),
    });
    let last = head.unwrap_or(i);
    Some((
        Found {
            kind: ValueKind::Ordinal,
            span: ws[i].span.start..end,
            normalized: n.to_string(),
            qualifier: None,
            value: n as f64,
            half_unit: 0.0,
            rounded: false,
            unit: None,
            counted,
        },
        last + 1,
    ))
}

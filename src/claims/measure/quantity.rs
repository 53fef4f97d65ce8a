//! What a measurement measures: its dimension and the noun that names it ("a depth of 10 km"),
//! and a length of time told without a term's verb.

use super::economic::sum_noun;
use super::{LOOSE, Measure, word_before, wt};
use crate::claims::lexicon::{is_custody_noun, is_non_custodial};
use crate::values::Value;
use crate::values::words::{Word, lemma};

pub(super) fn quantity_measure(text: &str, ws: &[Word], first: usize, value: &Value) -> Option<Measure> {
    let unit = value.unit.clone()?;
    // "a depth of 10 km": the noun before "of" names the dimension.
    let named = (first >= 2 && wt(text, ws, first - 1).eq_ignore_ascii_case("of"))
        .then(|| wt(text, ws, first - 2))
        .filter(|w| w.chars().all(char::is_alphabetic) && !w.is_empty())
        .map(lemma);
    // "three aftershocks above magnitude 4": a threshold of the things counted just before, not
    // a figure for the story's own event.
    let counted = (first >= 2)
        .then(|| (wt(text, ws, first - 2), wt(text, ws, first - 1)))
        .filter(|(n, noun)| {
            let number = n.starts_with(|c: char| c.is_ascii_digit())
                || crate::values::number::cardinal_word(n).is_some();
            number && noun.len() > 3 && noun.ends_with('s') && noun.chars().all(char::is_alphabetic)
        })
        .map(|(_, noun)| lemma(noun));
    // A magnitude and a caliber name their own dimension.
    let loose = named.is_none() && unit != "magnitude" && unit != "caliber";
    // "a 2.9 aftershock", "Two aftershocks, magnitude 2.9 and 2.2": the shocks after the quake
    // have magnitudes of their own.
    let aftershock =
        (first.saturating_sub(4)..(first + 3).min(ws.len())).any(|j| lemma(wt(text, ws, j)) == "aftershock");
    let dimension = match unit.as_str() {
        "magnitude" if aftershock && counted.is_none() => "aftershock magnitude".to_string(),
        "magnitude" => "magnitude".to_string(),
        "km" | "m" | "cm" | "mm" | "mi" | "ft" | "in" | "yd" => named.unwrap_or_else(|| "distance".into()),
        "kg" | "t" | "lb" => named.unwrap_or_else(|| "weight".into()),
        "ha" | "acre" | "km²" | "sq mi" => named.unwrap_or_else(|| "area".into()),
        // Square feet and metres size a building or a home ("a 12,000-square-foot warehouse"),
        // acres and square miles the land: a story's two areas are seldom one thing.
        "m²" | "sq ft" | "sq yd" | "sq in" => match named {
            Some(n) if n != "area" => n,
            _ => "floor area".into(),
        },
        other => named.unwrap_or_else(|| other.to_string()),
    };
    let marker = if loose { LOOSE } else { "" };
    let dimension = match counted {
        Some(noun) => format!("{noun} {dimension}"),
        None => dimension,
    };
    Some(Measure {
        key: format!("quantity|{marker}{dimension}"),
        label: dimension.clone(),
        word: dimension,
        at: None,
    })
}

/// A span of time no term verb measures: time spent ("for 15 years"), or the length of the
/// thing it is glued to ("an eight-year offer", "an eight-year, $160 million deal", "a 15-year
/// veteran"). A bare noun's measure: it meets equal figures, and equal figures about the same
/// person (see `group`). A "term" or "sentence" needs its verb (see `term`).
pub(super) fn length_measure(text: &str, ws: &[Word], first: usize, last: usize) -> Option<Measure> {
    // "served with the department for 15 years": time spent, a bare length; "suspended for
    // three years" is a suspension, no fact of its own.
    // "for 15 years", "for the past five years", "for the last five years".
    let before = |k: usize| word_before(text, ws, first, k);
    let for_time = before(1).eq_ignore_ascii_case("for")
        || (matches!(before(1).to_lowercase().as_str(), "past" | "last")
            && before(2).eq_ignore_ascii_case("the")
            && before(3).eq_ignore_ascii_case("for"));
    let suspended = first >= 2 && {
        let w = wt(text, ws, first - 2).to_lowercase();
        w == "suspended" || is_non_custodial(&w)
    };
    if for_time && !suspended {
        return Some(Measure {
            key: format!("quantity|{LOOSE}length"),
            label: "length of time".to_string(),
            word: "length".to_string(),
            at: None,
        });
    }
    if !wt(text, ws, last).contains('-') {
        return None;
    }
    let noun = (last + 1..(last + 7).min(ws.len()))
        .map(|j| wt(text, ws, j))
        .filter(|w| !matches!(*w, "," | "$" | "€" | "£") && !w.starts_with(|c: char| c.is_ascii_digit()))
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "million" | "billion" | "mln" | "bn" | "m"
            )
        })
        .find(|w| sum_noun(&w.to_lowercase()))
        .map(lemma)?;
    if is_custody_noun(&noun) || matches!(noun.as_str(), "term" | "sentence") {
        return None;
    }
    Some(Measure {
        key: format!("quantity|{LOOSE}{noun} length"),
        label: format!("length of {noun}"),
        word: noun,
        at: None,
    })
}

/// The symbols of [`crate::values`]' units of time.
pub(super) fn is_time_unit(unit: Option<&str>) -> bool {
    matches!(unit, Some("yr" | "mo" | "wk" | "d" | "h"))
}

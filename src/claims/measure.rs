//! What a value measures: the predicate or head noun around it, reduced to a key that lines up
//! statements of different outlets ("180 workers were killed" ≈ "183 people perished").

use std::ops::Range;

use super::lexicon::{is_period_lemma, is_relative_pronoun, is_verb_of_saying};
use crate::values::words::{Word, lemma, words};
use crate::values::{Value, ValueKind};

mod count;
mod date;
mod economic;
mod ordinal;
mod quantity;
mod term;

use count::count_measure;
use date::date_measure;
use economic::economic_measure;
use ordinal::ordinal_measure;
use quantity::{is_time_unit, length_measure, quantity_measure};
use term::duration_measure;

/// A value's measure: the alignment key and a readable label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    /// Index key: kind, family, subgroup ("count|killed|korea|").
    pub key: String,
    /// For the topic ("Korean laborers killed", "summit date").
    pub label: String,
    /// The word that named the measure, as written ("perished", "summit").
    pub word: String,
    /// Byte span of that word in the text, when it is a word of the sentence (what follows it names
    /// the object: "visit *to Japan*", "visited *her constituency*").
    pub at: Option<Range<usize>>,
}

/// The key of an age; the statement stage adds whose it is.
pub const AGE_KEY: &str = "count|age|";

/// Marks a date whose sentence names no event the lexicon knows: it is a statement only if it
/// dates the briefing's main event (see `claims::event`), which any verb may report.
pub const UNNAMED_EVENT: &str = "date|?";

/// The key of a distance no noun names; the statement stage adds the place it is from.
pub const DISTANCE_KEY: &str = "quantity|noun:distance";

/// The key prefix of a crowd's size (the people who gathered, marched, rioted).
pub const GATHERED_KEY: &str = "count|gathered|";

/// The key of the times a victim was hit ("shot seven times", "seven bullets struck him").
pub const HIT_KEY: &str = "count|hit||";

/// The key of the shots fired at someone ("fired 11 shots").
pub const FIRED_KEY: &str = "count|fired||";

/// The key of a distance told in the places between ("five buildings away").
pub const PLACES_AWAY_KEY: &str = "count|away||";

/// Whether a measure key counts moments of one event in order ("the fifth round", "the ninth
/// inning"): each such ordinal is a fact of its own, never one of a sequence of events nor one
/// ordinal miscounted.
pub fn is_moment_key(key: &str) -> bool {
    key.strip_prefix("ordinal|")
        .is_some_and(super::lexicon::is_moment_of_an_event)
}

/// The key of a streak: "his 16th straight fight", "16 consecutive wins", "16 fights in a row".
pub const STREAK_KEY: &str = "count|streak||";

/// The key of a win-loss record's wins; the statement stage adds whose it is.
pub const RECORD_KEY: &str = "count|record|";

/// Marks a key whose measure is only a bare noun or unit ("30,000 people", "5 km"): such figures
/// meet only when they agree, because differing ones are more likely different things than a
/// disagreement.
pub const LOOSE: &str = "noun:";

/// How far (in words) a predicate may sit from its value.
const FORWARD: usize = 12;
const BACKWARD: usize = 12;

/// The measure of `value` in its sentence `text[sentence]`, or `None` when the sentence does not say
/// what the value measures (such values are not statements).
pub fn measure_of(text: &str, sentence: Range<usize>, value: &Value) -> Option<Measure> {
    let ws = words(text, sentence.clone());
    measure_in(text, sentence, &ws, value)
}

/// [`measure_of`] with the sentence's words already cut (`ws = words(text, sentence)`), so a
/// sentence with several figures is cut once.
pub fn measure_in(text: &str, sentence: Range<usize>, ws: &[Word], value: &Value) -> Option<Measure> {
    let first = ws.iter().position(|w| w.span.start >= value.span.start)?;
    let last = ws
        .iter()
        .rposition(|w| w.span.end <= value.span.end)
        .unwrap_or(first)
        .max(first);
    // "the eleventh consecutive year of growth" counts years of something: the period rules
    // below name it.
    let period = value
        .counted
        .as_ref()
        .is_some_and(|c| is_period_lemma(&lemma(&c.head)));
    if matches!(value.kind, ValueKind::Count | ValueKind::Ordinal)
        && !period
        && in_a_row(text, ws, first, last)
    {
        return Some(Measure {
            key: STREAK_KEY.to_string(),
            label: "in a row".to_string(),
            word: "row".to_string(),
            at: None,
        });
    }
    match value.kind {
        ValueKind::Count => count_measure(text, ws, first, last, value),
        ValueKind::Ordinal => ordinal_measure(text, ws, first, last, value),
        ValueKind::Money | ValueKind::Percent => economic_measure(text, ws, first, last, value),
        ValueKind::Quantity if is_time_unit(value.unit.as_deref()) => {
            duration_measure(text, ws, first, last).or_else(|| length_measure(text, ws, first, last))
        }
        ValueKind::Quantity => quantity_measure(text, ws, first, value),
        ValueKind::Date => date_measure(text, ws, first, last, sentence, value),
    }
}

/// Whether a count or an ordinal counts a streak: "straight" or "consecutive" right after the
/// number ("16th straight fight", "16 consecutive wins"), or "in a row" closing its phrase ("16
/// fights in a row"). An ordinal with no noun ("his 16th in a row") is no value yet.
fn in_a_row(text: &str, ws: &[Word], first: usize, last: usize) -> bool {
    let lower = |j: usize| wt(text, ws, j).to_lowercase();
    let straight = (first..=last + 1).any(|j| matches!(lower(j).as_str(), "straight" | "consecutive"));
    let row = (last + 1..last + 4).any(|j| lower(j) == "in" && lower(j + 1) == "a" && lower(j + 2) == "row");
    straight || row
}

fn wt<'a>(text: &'a str, ws: &[Word], i: usize) -> &'a str {
    ws.get(i).map(|w| w.text(text)).unwrap_or("")
}

/// The word `k` places before word `first`, or "" before the sentence's start.
fn word_before<'a>(text: &'a str, ws: &[Word], first: usize, k: usize) -> &'a str {
    first.checked_sub(k).map_or("", |j| wt(text, ws, j))
}

/// Nearest word for which `pick` answers, forward then backward within the clause (stopping at
/// `;` and at a colon), with its family and distance.
/// Whether a forward scan stops at the next figure: counts yes, other kinds no.
trait Scan {
    const NUMBERS_STOP: bool;
}
struct Counts;
struct Other;
impl Scan for Counts {
    const NUMBERS_STOP: bool = true;
}
impl Scan for Other {
    const NUMBERS_STOP: bool = false;
}

fn nearest<T: Scan, F>(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    forward: usize,
    backward: usize,
    pick: F,
) -> Option<(usize, &'static str)>
where
    F: Fn(&str) -> Option<&'static str>,
{
    // A predicate in another clause ("the firm, which employs 1,200 workers, said three people
    // died") or past a verb of saying belongs to another figure.
    let stop = |w: &str| matches!(w, ";" | ":") || is_verb_of_saying(w);
    let clause = clauses(text, ws);
    let own = clause.get(first).copied().unwrap_or(0);
    let mut fwd = None;
    for (d, j) in (last + 1..ws.len()).enumerate().take(forward) {
        let w = wt(text, ws, j);
        if stop(w) {
            break;
        }
        // A later figure takes the predicates after it ("rose to 39 on Friday, with 68 people
        // missing"), unless it is a part named inside this one ("180 workers—including 136 …").
        let figure = w.starts_with(|c: char| c.is_ascii_digit());
        if T::NUMBERS_STOP && figure && !wt(text, ws, j - 1).eq_ignore_ascii_case("including") {
            break;
        }
        if clause[j] != own {
            continue;
        }
        if let Some(f) = pick(w) {
            fwd = Some((d, j, f));
            break;
        }
    }
    let mut back = None;
    for (d, j) in (0..first).rev().enumerate().take(backward) {
        let w = wt(text, ws, j);
        if stop(w) {
            break;
        }
        if clause[j] != own {
            continue;
        }
        if let Some(f) = pick(w) {
            back = Some((d, j, f));
            break;
        }
    }
    match (fwd, back) {
        (Some(f), Some(b)) if b.0 < f.0 => Some((b.1, b.2)),
        (Some(f), _) => Some((f.1, f.2)),
        (None, Some(b)) => Some((b.1, b.2)),
        (None, None) => None,
    }
}

/// Index of the relative clause (", which …,") each word sits in; 0 for the main clause. An event
/// word in "the mine, which was opened in 1914," does not date the sentence's other events.
fn clauses(text: &str, ws: &[Word]) -> Vec<usize> {
    let mut out = Vec::with_capacity(ws.len());
    let mut current = 0;
    let mut next_id = 1;
    for (i, w) in ws.iter().enumerate() {
        let s = w.text(text);
        if current != 0 && matches!(s, "," | ";" | "(" | ")") {
            current = 0;
        } else if s == "," && is_relative_pronoun(&wt(text, ws, i + 1).to_lowercase()) {
            current = next_id;
            next_id += 1;
        }
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests;

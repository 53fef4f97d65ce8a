//! What an ordinal numbers: the event or the thing it counts in order ("his second visit", "the
//! fifth round").

use super::{Measure, Other, nearest, wt};
use crate::claims::lexicon::ordinal_noun;
use crate::values::Value;
use crate::values::words::{Word, lemma};

pub(super) fn ordinal_measure(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    value: &Value,
) -> Option<Measure> {
    let counted = value.counted.as_ref()?;
    let head = counted.head.as_str();
    let head_lemma = lemma(head);
    // "first quarter", "second-half revenue": a period's name, not a count of events.
    let period = |w: &str| matches!(lemma(w).as_str(), "quarter" | "half");
    if period(head) || period(wt(text, ws, first + 1)) || counted.rank.as_deref().is_some_and(period) {
        return None;
    }
    // Labels: a family in the plural ("meetings — ordinal"), else the phrase as written after the
    // ordinal ("female prime minister — ordinal").
    let as_written = || {
        let from = ws.get(first + 1).map_or(value.span.end, |w| w.span.start);
        text.get(from..value.span.end.max(from)).unwrap_or("").to_string()
    };
    if let Some(rank) = &counted.rank {
        return Some(Measure {
            key: format!("ordinal|{rank} {head_lemma}"),
            label: format!("{rank} {} — rank", as_written()),
            word: head.to_string(),
            at: None,
        });
    }
    // "the second time the two leaders had met": the verb after "time" is what is counted;
    // "the eleventh consecutive year of growth": the noun after "of".
    let mut at = ws.get(last).map(|w| w.span.clone());
    let (family, word, label) = if head_lemma == "time" {
        let (j, f) = nearest::<Other, _>(text, ws, last, last, 8, 0, ordinal_noun)?;
        at = ws.get(j).map(|w| w.span.clone());
        (f.to_string(), wt(text, ws, j).to_string(), format!("{f}s"))
    } else if matches!(head_lemma.as_str(), "year" | "month" | "week" | "day")
        && wt(text, ws, last + 1).eq_ignore_ascii_case("of")
    {
        let of = wt(text, ws, last + 2);
        if of.is_empty() || !of.chars().all(char::is_alphabetic) {
            return None;
        }
        let family = format!("{} {}", lemma(of), head_lemma);
        (family, of.to_string(), format!("{} of {of}", as_written()))
    } else {
        match ordinal_noun(head) {
            Some(f) => (f.to_string(), head.to_string(), format!("{f}s")),
            None => (head_lemma, head.to_string(), as_written()),
        }
    };
    Some(Measure {
        key: format!("ordinal|{family}"),
        label: format!("{label} — ordinal"),
        word,
        at,
    })
}

//! What a duration measures: a prison term a court imposed or a term asked for, read from the
//! predicate around the figure.

use super::{Measure, wt};
use crate::claims::lexicon::{is_custody_noun, is_time_spent_verb, is_weak_term_verb, term_verb};
use crate::values::words::{Word, is_capitalised};

/// A duration is a statement only when its predicate says what it measures: the term a court
/// imposed ("sentenced Park to 12 years", "jailed for 12 years", "10 years in prison") or the one
/// asked for ("prosecutors had sought 15 years", "demanded a 15-year term"). "Lived there for 12
/// years", "two days after the verdict" and "served from 2019 to 2021" measure nothing.
pub(super) fn duration_measure(text: &str, ws: &[Word], first: usize, last: usize) -> Option<Measure> {
    let lower = |j: usize| wt(text, ws, j).to_lowercase();
    // After the figure: "in prison", "behind bars", "prison term", "sentence", "term".
    let mut k = last + 1;
    if matches!(lower(k).as_str(), "'" | "’" | "’s" | "'s") {
        k += 1;
    }
    let next = lower(k);
    if matches!(
        next.as_str(),
        "after" | "before" | "later" | "ago" | "earlier" | "since" | "until" | "old" | "from"
    ) {
        return None;
    }
    let custody = (k..k + 3)
        .take_while(|&j| j < ws.len() && !ws[j].is_punct)
        .take_while(|&j| {
            matches!(lower(j).as_str(), "in" | "of" | "behind" | "a" | "the")
                || is_custody_noun(&lower(j))
                || lower(j) == "term"
        })
        .any(|j| is_custody_noun(&lower(j)));
    let term = next == "term" || next == "terms";
    let bare = k >= ws.len() || ws[k].is_punct || matches!(next.as_str(), "for" | "over" | "on");
    // Before it, past articles, names, pronouns and hedges: the verb.
    let mut verb = None;
    for j in (0..first).rev().take(10) {
        let w = wt(text, ws, j);
        let l = w.to_lowercase();
        let filler = matches!(
            l.as_str(),
            "to" | "for"
                | "of"
                | "a"
                | "an"
                | "another"
                | "him"
                | "her"
                | "them"
                | "his"
                | "their"
                | "additional"
                | "further"
                | ","
                | "-"
                | "–"
                | "—"
        );
        if filler || (is_capitalised(w) && j > 0 && term_verb(w).is_none()) {
            continue;
        }
        verb = Some(j);
        break;
    }
    let family = verb.and_then(|j| {
        let w = wt(text, ws, j);
        term_verb(w).or_else(|| (is_weak_term_verb(w) && (bare || custody || term)).then_some("prison term"))
    });
    let spent = verb.is_some_and(|j| is_time_spent_verb(wt(text, ws, j)));
    let family = match family {
        Some(f) => f,
        None if custody && !spent => "prison term",
        None => return None,
    };
    let at = verb.filter(|&j| term_verb(wt(text, ws, j)).is_some() || is_weak_term_verb(wt(text, ws, j)));
    Some(Measure {
        key: format!("quantity|{family}"),
        label: family.to_string(),
        word: at.map_or_else(|| family.to_string(), |j| wt(text, ws, j).to_string()),
        at: at.and_then(|j| ws.get(j)).map(|w| w.span.clone()),
    })
}

//! What a duration measures: a prison term a court imposed or a term asked for, read from the
//! predicate around the figure.

use super::{Measure, wt};
use crate::claims::lexicon::{
    breaks_relative_term, is_article_of_relative_term, is_custody_noun, is_custody_tail_word,
    is_imposing_particle, is_imposing_verb, is_non_custodial, is_object_after_to, is_term_filler,
    is_time_after_duration, is_time_spent_verb, is_weak_term_verb, leaves_term_as_object,
    stands_before_suspension, term_verb,
};
use crate::text::is_capitalised;
use crate::values::words::Word;

/// Words describing a person before their name that may stand between a verb and the name
/// ("jailed [former finance minister] Park").
const DESCRIPTION: usize = 4;

/// A duration is a statement only when its predicate says what it measures: the term a court
/// imposed ("sentenced Park to 12 years", "jailed for 12 years", "10 years in prison") or the one
/// asked for ("prosecutors had sought 15 years", "demanded a 15-year term"). "Lived there for 12
/// years", "two days after the verdict" and "served from 2019 to 2021" measure nothing. A suspended
/// term ("two years in prison, suspended for three years", "a two-year suspended sentence") is
/// measured apart: nobody goes to prison for it, so it neither agrees nor disagrees with a term
/// served; the period of suspension after it is no term at all. Probation and community service
/// are measured on their own.
pub(super) fn duration_measure(text: &str, ws: &[Word], first: usize, last: usize) -> Option<Measure> {
    let lower = |j: usize| wt(text, ws, j).to_lowercase();
    // After the figure: "in prison", "behind bars", "prison term", "sentence", "term".
    let k = past_possessive(text, ws, last);
    if is_time_after_duration(&lower(k)) {
        return None;
    }
    // "three years' probation", "200 hours of community service": a sentence, but not a term in
    // prison.
    let outside = if lower(k) == "of" { k + 1 } else { k };
    if is_non_custodial(&lower(outside)) {
        return non_custodial_measure(text, ws, outside);
    }
    let mut term = Term::after(text, ws, k);
    let verb = term.verb_before(text, ws, first);
    let (at, family) = term.family(text, ws, first, verb)?;
    let verb = at.and_then(|j| ws.get(j).map(|w| (w.text(text), w.span.clone())));
    Some(measure(family, verb))
}

/// The word after the figure that ends at `last`, past a possessive ("three years' probation").
fn past_possessive(text: &str, ws: &[Word], last: usize) -> usize {
    let k = last + 1;
    if matches!(wt(text, ws, k).to_lowercase().as_str(), "'" | "’" | "’s" | "'s") {
        k + 1
    } else {
        k
    }
}

/// A sentence served outside prison, named at word `outside` after the figure: probation and
/// community service are measured on their own; the rest (house arrest, supervision, a suspension)
/// are not.
fn non_custodial_measure(text: &str, ws: &[Word], outside: usize) -> Option<Measure> {
    let lower = |j: usize| wt(text, ws, j).to_lowercase();
    let family = match lower(outside).as_str() {
        "probation" => "probation",
        "community" if lower(outside + 1) == "service" => "community service",
        _ => return None,
    };
    Some(measure(family, None))
}

/// What the words around a duration say of it, gathered after it and then before it.
struct Term {
    /// "a suspended two-year term", "two years in prison, suspended for three years".
    suspended: bool,
    /// A custody noun names it: "in prison", "behind bars", "a prison sentence of".
    custody: bool,
    /// "term" names it ("a 12-year term"), which is also an office's term, so it needs a verb.
    term: bool,
    /// The word after the figure, past "suspended".
    next: usize,
    /// The word after the figure's custody words, where a relative clause may start.
    tail_end: usize,
}

impl Term {
    /// The words after the figure, from its next word `k`.
    fn after(text: &str, ws: &[Word], mut k: usize) -> Term {
        let lower = |j: usize| wt(text, ws, j).to_lowercase();
        let mut next = lower(k);
        // "a two-year suspended prison term", "two years suspended".
        let suspended = next == "suspended";
        if suspended {
            k += 1;
            next = lower(k);
        }
        let custody_tail =
            |j: usize| is_custody_tail_word(&lower(j)) || is_custody_noun(&lower(j)) || lower(j) == "term";
        let tail_end = (k..k + 3)
            .take_while(|&j| j < ws.len() && !ws[j].is_punct && custody_tail(j))
            .last()
            .map_or(k, |j| j + 1);
        Term {
            suspended: suspended || suspended_later(text, ws, tail_end),
            custody: (k..tail_end).any(|j| is_custody_noun(&lower(j))),
            term: next == "term" || next == "terms",
            next: k,
            tail_end,
        }
    }

    /// The verb before the figure that starts at `first`, past articles, names, pronouns and
    /// hedges; the words passed over may say the term is suspended or a custody noun's.
    fn verb_before(&mut self, text: &str, ws: &[Word], first: usize) -> Option<usize> {
        let lower = |j: usize| wt(text, ws, j).to_lowercase();
        let mut j = first;
        let mut steps = 0;
        while j > 0 && steps < 10 {
            j -= 1;
            steps += 1;
            let w = wt(text, ws, j);
            let l = w.to_lowercase();
            // "a suspended two-year term": an adjective, not "suspended for three years".
            if l == "suspended" && j + 1 == first {
                self.suspended = true;
                continue;
            }
            // "a (suspended) (prison) sentence of 18 months": the noun before "of" names the term.
            if l == "of" && j == first - 1 && j > 0 && matches!(lower(j - 1).as_str(), "sentence" | "term") {
                self.custody |= lower(j - 1) == "sentence";
                self.term |= lower(j - 1) == "term";
                j -= 1;
                while j > 0 && (is_custody_noun(&lower(j - 1)) || lower(j - 1) == "suspended") {
                    self.custody |= is_custody_noun(&lower(j - 1));
                    self.suspended |= lower(j - 1) == "suspended";
                    j -= 1;
                }
                continue;
            }
            if is_term_filler(&l) || (is_capitalised(w) && j > 0 && term_verb(w).is_none()) {
                continue;
            }
            // "jailed former finance minister Park for 12 years": the words that describe the
            // person before their name stand between the verb and the figure.
            if j + 1 < first && is_capitalised(wt(text, ws, j + 1)) {
                let described = (j.saturating_sub(DESCRIPTION)..j)
                    .rev()
                    .take_while(|&d| !ws[d].is_punct)
                    .find(|&d| term_verb(wt(text, ws, d)).is_some());
                if let Some(d) = described {
                    return Some(d);
                }
            }
            return Some(j);
        }
        None
    }

    /// The family of the term and the verb that names it, if any. A verb that governs the figure
    /// says what it is; then one of a clause after it ("the 15 years prosecutors had sought");
    /// then a weak verb or a custody noun.
    fn family(
        &self,
        text: &str,
        ws: &[Word],
        first: usize,
        verb: Option<usize>,
    ) -> Option<(Option<usize>, &'static str)> {
        let strong = verb.and_then(|j| term_verb(wt(text, ws, j)).map(|f| (j, f)));
        // Nothing follows the duration but punctuation or "for", "over", "on".
        let k = self.next;
        let bare = k >= ws.len()
            || ws[k].is_punct
            || matches!(wt(text, ws, k).to_lowercase().as_str(), "for" | "over" | "on");
        let weak = verb
            .filter(|&j| is_weak_term_verb(wt(text, ws, j)) && (bare || self.custody || self.term))
            .map(|j| (j, "prison term"));
        let spent = verb.is_some_and(|j| is_time_spent_verb(wt(text, ws, j)));
        let (at, family) = match strong
            .or_else(|| relative_term(text, ws, first, self.tail_end))
            .or(weak)
        {
            Some((j, f)) => (Some(j), f),
            None if self.custody && !spent => (
                verb.filter(|&j| is_weak_term_verb(wt(text, ws, j))),
                "prison term",
            ),
            None => return None,
        };
        let family = match (self.suspended, family) {
            (false, f) => f,
            (true, "term sought") => "suspended term sought",
            (true, _) => "suspended prison term",
        };
        Some((at, family))
    }
}

/// The measure of a duration in `family`, named by its verb (as written, and where) when the
/// sentence has one, else by the family.
fn measure(family: &str, verb: Option<(&str, std::ops::Range<usize>)>) -> Measure {
    let (word, at) = match verb {
        Some((w, span)) => (w.to_string(), Some(span)),
        None => (family.to_string(), None),
    };
    Measure {
        key: format!("quantity|{family}"),
        label: family.to_string(),
        word,
        at,
    }
}

/// The verb of a relative clause that follows a term with an article, and what it makes the term:
/// "the 15 years prosecutors had sought", "a 15-year term that prosecutors demanded" (the term
/// sought); "the 10 years the court imposed", "the 12 years handed down on Thursday", "the 12
/// years the judge gave Park" (the prison term). The clause starts at word `from`, past the
/// figure's custody words. Its verb must leave the term as its object: "in the five years the party
/// sought power" (an object of its own) and "the 30 days the court gave him to appeal" (an
/// infinitive) are no terms.
fn relative_term(text: &str, ws: &[Word], first: usize, from: usize) -> Option<(usize, &'static str)> {
    let lower = |j: usize| wt(text, ws, j).to_lowercase();
    if first == 0 || !is_article_of_relative_term(&lower(first - 1)) {
        return None;
    }
    let start = if matches!(lower(from).as_str(), "that" | "which") {
        from + 1
    } else {
        from
    };
    // The clause's subject and auxiliaries come first: "prosecutors had", "the court".
    for j in start..(start + 6).min(ws.len()) {
        let w = wt(text, ws, j);
        if ws[j].is_punct || is_time_spent_verb(w) {
            return None;
        }
        let family = term_verb(w).or_else(|| is_imposing_verb(w).then_some("prison term"));
        if let Some(f) = family {
            return leaves_object(text, ws, j).then_some((j, f));
        }
        if breaks_relative_term(&lower(j)) {
            return None;
        }
    }
    None
}

/// Whether the verb at word `v` has no object of its own after its particles, pronouns and names
/// ("imposed.", "handed down on Thursday", "gave Park are", "sentenced him to"), so the term before
/// it is its object.
fn leaves_object(text: &str, ws: &[Word], v: usize) -> bool {
    let lower = |j: usize| wt(text, ws, j).to_lowercase();
    let mut t = v + 1;
    while t < ws.len()
        && !ws[t].is_punct
        && t <= v + 3
        && (is_imposing_particle(&lower(t)) || is_capitalised(wt(text, ws, t)))
    {
        t += 1;
    }
    if t >= ws.len() || ws[t].is_punct {
        return true;
    }
    let l = lower(t);
    if l == "to" {
        // "sentenced him to.", "handed down to Park", not "gave him to appeal".
        let after = t + 1;
        return after >= ws.len()
            || ws[after].is_punct
            || is_object_after_to(&lower(after))
            || is_capitalised(wt(text, ws, after));
    }
    leaves_term_as_object(&l)
}

/// Whether the term ending before word `from` is suspended further on in its clause: "two years in
/// prison, suspended for three years", "a two-year sentence, which was suspended", "two years, with
/// the sentence suspended". Only words about the term itself may come between, so "two years in
/// prison and his licence suspended" keeps the prison term.
fn suspended_later(text: &str, ws: &[Word], from: usize) -> bool {
    for j in from..(from + 8).min(ws.len()) {
        let l = wt(text, ws, j).to_lowercase();
        if matches!(l.as_str(), "suspended" | "suspend") {
            // "… and was suspended from the party": someone suspended, not the term.
            return wt(text, ws, j + 1).to_lowercase() != "from";
        }
        let between = stands_before_suspension(&l) || is_custody_noun(&l);
        if !between {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests;

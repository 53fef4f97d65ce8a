//! What a date dates: the event word beside it ("the summit on Jan. 13"), or the verb of an
//! event no word names ("built in 1935", "will defend his title on Sept. 8").

use std::ops::Range;

use super::{Measure, UNNAMED_EVENT, clauses, word_before, wt};
use crate::claims::lexicon::{
    canonical_event, event_family, is_past_verb, is_reference_point, is_verb_of_saying,
    opens_subordinate_clause, precedes_attributive, starts_a_subject,
};
use crate::text::is_capitalised;
use crate::values::Value;
use crate::values::words::{Word, is_function_word, is_personal_pronoun};

/// [`clauses`], and a clause opened by a subordinator ("after a quake killed 47 people", "when
/// the storm hit") as a clause of its own up to the next comma: it names another event than the
/// main verb, so a date in the main clause does not date it.
pub(super) fn event_clauses(text: &str, ws: &[Word]) -> Vec<usize> {
    let mut out = clauses(text, ws);
    let mut next_id = out.iter().max().copied().unwrap_or(0) + 1;
    let mut i = 0;
    while i < ws.len() {
        let w = wt(text, ws, i).to_lowercase();
        let next = wt(text, ws, i + 1).to_lowercase();
        let opens = match w.as_str() {
            w if opens_subordinate_clause(w) => true,
            // "as the storm hit", not "as many as", "such as", "as well as".
            "as" => starts_a_subject(&next),
            _ => false,
        };
        if !opens {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < ws.len() && !matches!(wt(text, ws, j), "," | ";" | ":" | "—" | "–" | "(" | ")") {
            out[j] = next_id;
            j += 1;
        }
        next_id += 1;
        i = j;
    }
    out
}

/// A participle used as an adjective ("pulled survivors from *collapsed* buildings"): it describes
/// a thing, it does not report the event the sentence dates.
pub(super) fn attributive(text: &str, ws: &[Word], j: usize) -> bool {
    let w = wt(text, ws, j).to_lowercase();
    let before = j
        .checked_sub(1)
        .map_or(String::new(), |k| wt(text, ws, k).to_lowercase());
    let after = wt(text, ws, j + 1);
    w.ends_with("ed")
        && precedes_attributive(&before)
        && !after.is_empty()
        && after.chars().all(char::is_alphabetic)
        && !crate::values::words::is_function_word(after)
}

/// What a date dates: the event word nearest it in its clause, or else the verb of an event no
/// word names; nothing for a date that frames a sentence, heads a dateline or tells when something
/// was said.
pub(super) fn date_measure(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    sentence: Range<usize>,
    value: &Value,
) -> Option<Measure> {
    // A bare year in a long sentence mostly frames it ("last year marked the 60th anniversary …
    // the meeting"); it dates an event only when written next to it ("their meeting last year").
    // A decade or a span of years is coarser still ("the 1990s brought floods").
    let coarse = match &value.amount {
        crate::values::Amount::Date { value: d, .. } => {
            let (first, last) = d.bounds();
            matches!(d, crate::dates::DateValue::Year(_)) || (last - first).num_days() >= 365
        }
        _ => false,
    };
    // "Last year", "this year": relative and a whole year wide, it fits nearly any date an outlet
    // gives for the event, so it would make agreements out of nothing (one outlet's November
    // summit and another's "meeting last year" may be two meetings). Weak evidence: no statement.
    if coarse && matches!(value.amount, crate::values::Amount::Date { relative: true, .. }) {
        return None;
    }
    if dates_no_event(text, ws, first, last, sentence) {
        return None;
    }
    let reach = if coarse { 6 } else { usize::MAX };
    let clause = event_clauses(text, ws);
    let events = event_words_near(text, ws, first, last, &clause, reach);
    let Some(&(_, j, family)) = events.iter().min_by_key(|e| e.0) else {
        return unnamed_event(text, ws, first, last, &clause, coarse);
    };
    // The verb nearest the date gives the family; a noun of that family in the clause names the
    // event better ("earthquake" in "A quake struck … on Tuesday").
    let noun = events.iter().find(|&&(_, k, f)| {
        f == family && !crate::claims::lexicon::is_verb_like(&canonical_event(wt(text, ws, k)))
    });
    let word = canonical_event(wt(text, ws, noun.map_or(j, |n| n.1)));
    Some(Measure {
        key: format!("date|{family}"),
        label: format!("{family} date"),
        word,
        at: None,
    })
}

/// A date that dates no event however its words read: a publication-date line or a dateline
/// ("Nara, Jan. 14 (Jiji Press)–"), a reference point ("as of"), the day of a telling ("officials
/// said on Friday").
fn dates_no_event(text: &str, ws: &[Word], first: usize, last: usize, sentence: Range<usize>) -> bool {
    let content = ws.iter().filter(|w| !w.is_punct).count();
    let date_words = ws[first..=last].iter().filter(|w| !w.is_punct).count();
    // A publication-date line or a dateline ("Nara, Jan. 14 (Jiji Press)–") is not a statement.
    if content <= date_words + 2 {
        return true;
    }
    let after = text[ws[last].span.end..sentence.end].trim_start();
    if first <= 4 && after.starts_with(['(', '—', '–']) {
        return true;
    }
    if first > 0 && is_reference_point(wt(text, ws, first - 1)) {
        return true;
    }
    // "officials said on Friday": the day of the telling, not of the event.
    let before = |k: usize| word_before(text, ws, first, k);
    is_verb_of_saying(before(1)) || (before(1).eq_ignore_ascii_case("on") && is_verb_of_saying(before(2)))
}

/// The event words of the date's clause within `reach` words of it, outside the date's own words
/// `first..=last`, in order: (distance, index, family).
fn event_words_near(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    clause: &[usize],
    reach: usize,
) -> Vec<(usize, usize, &'static str)> {
    let own = clause[first];
    let mut events = Vec::new();
    for (j, w) in ws.iter().enumerate() {
        if (first..=last).contains(&j) || clause[j] != own || attributive(text, ws, j) {
            continue;
        }
        let Some(f) = event_family(w.text(text)) else {
            continue;
        };
        // "expected to close": "close" is the deal's closing only as a verb after "to"; "a close
        // fight", "near the close of the round" name no event.
        if w.text(text).eq_ignore_ascii_case("close")
            && !(j > 0 && wt(text, ws, j - 1).eq_ignore_ascii_case("to"))
        {
            continue;
        }
        let d = if j < first { first - j } else { j - last };
        if d <= reach {
            events.push((d, j, f));
        }
    }
    events
}

/// A date with no known event word: the past-tense verb nearest it in its clause names the event
/// for the topic ("escaped Monday"), under the key [`UNNAMED_EVENT`]. A bare year needs its verb
/// close by ("built in 1935"); with none it frames the sentence and dates nothing.
pub(super) fn unnamed_event(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    clause: &[usize],
    coarse: bool,
) -> Option<Measure> {
    let own = clause[first];
    let reach = if coarse { 4 } else { 8 };
    let near = |j: usize| if j < first { first - j } else { j - last };
    // A year dates the verb before it ("built in 1935"), or the one after it when it opens the
    // sentence ("In 2008, Klitschko stopped Thompson", "In the 1950s, farmers fought": only a
    // preposition and an article before it); "last year marked the anniversary" is a frame, not
    // a dating.
    let opens = first <= 1 || (first <= 2 && (0..first).all(|j| is_function_word(wt(text, ws, j))));
    let side = |j: usize| !coarse || j < first || opens;
    // "will defend his title against Charr in Moscow on Sept. 8": a coming event's verb dates
    // with the day its clause gives, however long its object.
    let future = |j: usize| {
        j > 0
            && j < first
            && word_before(text, ws, j, 1).eq_ignore_ascii_case("will")
            && wt(text, ws, j).chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(wt(text, ws, j))
            && !is_personal_pronoun(wt(text, ws, j))
    };
    let verb = (0..ws.len())
        .filter(|&j| !(first..=last).contains(&j) && clause[j] == own && side(j))
        .filter(|&j| {
            let w = wt(text, ws, j);
            (near(j) <= reach && is_past_verb(w) && !is_capitalised(w) && !attributive(text, ws, j))
                || (!coarse && future(j))
        })
        .min_by_key(|&j| near(j));
    if coarse && verb.is_none() {
        return None;
    }
    // A coming event keeps its "will": it is not the past one its verb may also name.
    let word = verb.map_or(String::new(), |j| {
        let will = if future(j) { "will " } else { "" };
        format!("{will}{}", wt(text, ws, j).to_lowercase())
    });
    Some(Measure {
        key: UNNAMED_EVENT.to_string(),
        label: "date".to_string(),
        word,
        at: None,
    })
}

#[cfg(test)]
mod tests;

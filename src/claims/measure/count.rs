//! What a count counts: the predicate around it ("180 workers were killed"), the counted noun
//! when no predicate names it, and the counts a reader keeps apart by their words (ages, records,
//! places away, shots fired and times hit).

use super::{
    AGE_KEY, BACKWARD, Counts, FIRED_KEY, FORWARD, HIT_KEY, LOOSE, Measure, PLACES_AWAY_KEY, RECORD_KEY,
    nearest, word_before, wt,
};
use crate::claims::lexicon::{
    count_predicate, counts_what_follows, is_auxiliary, is_employing_verb, is_firing_verb, is_generic_people,
    is_hitting_verb, is_past_verb, is_projectile, responding_class,
};
use crate::text::is_capitalised;
use crate::values::Value;
use crate::values::words::{Word, is_function_word, lemma};

/// What follows a counted noun phrase directly.
pub(super) enum Slot {
    /// A predicate of a known family ("23 buildings collapsed", "180 workers were killed").
    Known(usize, &'static str),
    /// A verb the lexicon does not know ("1,500 rescuers had been deployed"): the phrase has its
    /// own predicate, so a predicate of another clause ("389 people were injured and …") is not its.
    Other,
    Empty,
}

/// The verb right after the value's last word `last`, past auxiliaries ("were", "had been").
pub(super) fn own_predicate(text: &str, ws: &[Word], last: usize) -> Slot {
    let mut j = last + 1;
    let mut auxiliary = false;
    while j < ws.len() && j <= last + 3 && is_auxiliary(&wt(text, ws, j).to_lowercase()) {
        auxiliary = true;
        j += 1;
    }
    let w = wt(text, ws, j);
    if let Some(f) = count_predicate(w) {
        return Slot::Known(j, f);
    }
    let lower = w.to_lowercase();
    let participle = lower.len() > 3
        && lower.chars().all(char::is_alphabetic)
        && (lower.ends_with("ed") || (auxiliary && lower.ends_with("en")));
    if participle { Slot::Other } else { Slot::Empty }
}

/// "Comeaux, 49, fled": a whole number between commas right after a name is the person's age.
pub(super) fn appositive_age(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> bool {
    // "Arcade Comeaux Jr., 49," and "Kimani (Kiki) Gray, 16,": the name may end in an
    // abbreviation's point or a bracket.
    let name = first >= 2 && {
        let w = wt(text, ws, first - 2);
        is_capitalised(w) || w == ")" || (w == "." && first >= 3 && is_capitalised(wt(text, ws, first - 3)))
    };
    let closed = matches!(wt(text, ws, last + 1), "," | "." | ";" | ")") || ws.len() == last + 1;
    let whole = matches!(value.amount, crate::values::Amount::Number { value: v, .. } if (1.0..130.0).contains(&v) && v.fract() == 0.0);
    value.counted.is_none() && first == last && name && wt(text, ws, first - 1) == "," && closed && whole
}

/// What a count counts: a record or an age, a distance or gunfire by their words, else the
/// predicate of what happened to the counted, else the counted noun alone.
pub(super) fn count_measure(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    value: &Value,
) -> Option<Measure> {
    if let Some(m) = record_or_age(text, ws, first, last, value) {
        return Some(m);
    }
    let counted = value.counted.as_ref();
    let head = counted_head(text, ws, last, counted.map_or("", |c| c.head.as_str()));
    let mut head_lemma = crate::claims::lexicon::canonical_noun(&lemma(head)).to_string();
    // "employs 52,000 people" counts the employees, as "has 52,000 employees" does.
    let employs = first > 0 && is_employing_verb(&wt(text, ws, first - 1).to_lowercase());
    let staff = employs && is_generic_people(&head_lemma);
    if staff {
        head_lemma = "employee".to_string();
    }
    if let Some(m) = distance_in_places(text, ws, last, head).or_else(|| gunfire(text, ws, first, last, head))
    {
        return Some(m);
    }
    let sub = counted.and_then(|c| c.subgroup.clone()).unwrap_or_default();
    let prefix = counted
        .and_then(|c| c.label.clone())
        .map(|l| format!("{l} "))
        .unwrap_or_default();
    let counted = Counted {
        head,
        head_lemma: &head_lemma,
        sub: &sub,
        prefix: &prefix,
    };
    match predicate_of(text, ws, first, last, head) {
        Some((word, family)) => Some(counted.predicate_measure(word, family)),
        None if !head.is_empty() => Some(counted.noun_measure(staff)),
        None => None,
    }
}

/// A won-lost record and an age are measures of their own, whatever the sentence says about them.
fn record_or_age(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> Option<Measure> {
    let counted = value.counted.as_ref();
    if counted.is_some_and(|c| c.head == crate::values::RECORD) {
        return Some(Measure {
            key: RECORD_KEY.to_string(),
            label: "wins (record)".to_string(),
            word: "record".to_string(),
            at: None,
        });
    }
    if counted.is_some_and(|c| c.head == crate::values::AGE) || appositive_age(text, ws, first, last, value) {
        return Some(Measure {
            key: AGE_KEY.to_string(),
            label: "age".to_string(),
            word: "age".to_string(),
            at: None,
        });
    }
    None
}

/// The counted noun: the value's own head, or for "31 pieces of firefighting apparatus" the last
/// word of the phrase after "of".
fn counted_head<'a>(text: &'a str, ws: &[Word], last: usize, head: &'a str) -> &'a str {
    if !(counts_what_follows(&lemma(head)) && wt(text, ws, last + 1).eq_ignore_ascii_case("of")) {
        return head;
    }
    let noun = (last + 2..(last + 5).min(ws.len()))
        .take_while(|&j| {
            let w = wt(text, ws, j);
            w.chars().all(char::is_alphabetic)
                && !is_function_word(w)
                && !is_past_verb(w)
                && count_predicate(w).is_none()
        })
        .last();
    noun.map_or(head, |j| wt(text, ws, j))
}

/// The predicate of a count (the word that names it, and its family): the counted noun itself
/// ("deaths"), the verb right after the phrase, or else the nearest one, when the phrase has no
/// predicate of its own.
fn predicate_of(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    head: &str,
) -> Option<(String, &'static str)> {
    match (count_predicate(head), own_predicate(text, ws, last)) {
        (Some(f), _) => Some((head.to_string(), f)),
        (None, Slot::Known(j, f)) => Some((wt(text, ws, j).to_string(), f)),
        (None, Slot::Other) => None,
        (None, Slot::Empty) => {
            nearest::<Counts, _>(text, ws, first, last, FORWARD, BACKWARD, count_predicate)
                // A word of a name ("Die Linke 64") is no predicate.
                .filter(|&(j, _)| !(is_capitalised(wt(text, ws, j)) && is_capitalised(wt(text, ws, j + 1))))
                .map(|(j, f)| (wt(text, ws, j).to_string(), f))
        }
    }
}

/// The counted thing as the measure's key and label name it.
struct Counted<'a> {
    /// The counted noun as written ("workers"), or empty.
    head: &'a str,
    /// Its lemma in the lexicon's name ("worker", "employee" for staff).
    head_lemma: &'a str,
    /// The subgroup that ties it down ("Korean residents"), or empty.
    sub: &'a str,
    /// The subgroup's label and a space, or empty.
    prefix: &'a str,
}

impl Counted<'_> {
    /// A count with a predicate of `family` ("180 workers were killed"), named by `word`.
    fn predicate_measure(&self, word: String, family: &str) -> Measure {
        let Counted {
            head,
            head_lemma,
            sub,
            prefix,
        } = *self;
        let generic = head.is_empty() || is_generic_people(head_lemma) || count_predicate(head).is_some();
        let class = if generic {
            String::new()
        } else if family == "responded" {
            responding_class(head_lemma).to_string()
        } else {
            head_lemma.to_string()
        };
        let noun = if head.is_empty() || count_predicate(head).is_some() || head_lemma == "other" {
            "people"
        } else {
            head
        };
        Measure {
            key: format!("count|{family}|{sub}|{class}"),
            label: format!("{prefix}{noun} {family}"),
            word,
            at: None,
        }
    }

    /// A count of a bare noun, with no predicate ("52,000 employees").
    fn noun_measure(&self, staff: bool) -> Measure {
        let Counted {
            head,
            head_lemma,
            sub,
            prefix,
        } = *self;
        Measure {
            // A subgroup ("Korean residents") ties a bare noun down enough to compare.
            key: if sub.is_empty() || is_generic_people(head_lemma) {
                format!("count|{LOOSE}{head_lemma}|{sub}|")
            } else {
                format!("count|{head_lemma}|{sub}|")
            },
            label: format!("{prefix}{}", if staff { "employees" } else { head }),
            word: head.to_string(),
            at: None,
        }
    }
}

/// A distance told in the places between: "arrested five buildings away", "three doors away",
/// "three houses from the scene". Outlets count doors, houses or buildings for one distance.
pub(super) fn distance_in_places(text: &str, ws: &[Word], last: usize, head: &str) -> Option<Measure> {
    let next = wt(text, ws, last + 1);
    let place = crate::claims::lexicon::is_place_unit(&lemma(head));
    let away = next.eq_ignore_ascii_case("away") && !head.is_empty();
    (away || (place && next.eq_ignore_ascii_case("from"))).then(|| Measure {
        key: PLACES_AWAY_KEY.to_string(),
        label: "distance (places away)".to_string(),
        word: head.to_string(),
        at: None,
    })
}

/// Gunfire is counted two ways a reader keeps apart: the shots fired ("fired 11 shots", "fired a
/// total of 11 rounds") and the times the victim was hit ("was shot seven times", "seven bullets
/// hit him", "struck 11 times"); a stabbing's blows are their own count.
pub(super) fn gunfire(text: &str, ws: &[Word], first: usize, last: usize, head: &str) -> Option<Measure> {
    let head = lemma(head).to_lowercase();
    let measure = |key: &str, label: &str| {
        Some(Measure {
            key: key.to_string(),
            label: label.to_string(),
            word: head.clone(),
            at: None,
        })
    };
    let before = word_before(text, ws, first, 1).to_lowercase();
    if head == "time" {
        return match before.as_str() {
            "stabbed" => measure("count|stabbed||", "times stabbed"),
            verb if is_hitting_verb(verb) => measure(HIT_KEY, "times hit"),
            _ => None,
        };
    }
    if !is_projectile(&head) {
        return None;
    }
    let after = |verb: fn(&str) -> bool| (last + 1..last + 3).any(|j| verb(&wt(text, ws, j).to_lowercase()));
    // "fired a total of 11 shots, striking him": what was fired, whatever hit.
    let fired_before = (1..5)
        .map(|k| word_before(text, ws, first, k))
        .take_while(|w| w.chars().any(char::is_alphanumeric))
        .any(|w| is_firing_verb(&w.to_lowercase()));
    if fired_before {
        return measure(FIRED_KEY, "shots fired");
    }
    // "seven bullets hit Gray", "three that entered his body": what struck the victim.
    if after(is_hitting_verb) {
        return measure(HIT_KEY, "times hit");
    }
    // "11 rounds were fired".
    after(is_firing_verb)
        .then(|| measure(FIRED_KEY, "shots fired"))
        .flatten()
}

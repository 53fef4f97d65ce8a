//! What a value measures: the predicate or head noun around it, reduced to a key that lines up
//! statements of different outlets ("180 workers were killed" ≈ "183 people perished").

use std::ops::Range;

use super::lexicon::{
    canonical_event, count_predicate, counts_what_follows, economic_verb, event_family, is_change_noun,
    is_custody_noun, is_economic, is_firing_verb, is_generic_people, is_hedging_adverb, is_hitting_verb,
    is_non_custodial, is_past_verb, is_projectile, is_verb_of_saying, ordinal_noun, responding_class,
};
use crate::text::is_capitalised;
use crate::values::words::{Word, is_function_word, is_personal_pronoun, lemma, words};
use crate::values::{Value, ValueKind};

mod term;
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
    let period = value.counted.as_ref().is_some_and(|c| {
        matches!(
            lemma(&c.head).as_str(),
            "year" | "month" | "week" | "day" | "quarter" | "season"
        )
    });
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

/// What follows a counted noun phrase directly.
enum Slot {
    /// A predicate of a known family ("23 buildings collapsed", "180 workers were killed").
    Known(usize, &'static str),
    /// A verb the lexicon does not know ("1,500 rescuers had been deployed"): the phrase has its
    /// own predicate, so a predicate of another clause ("389 people were injured and …") is not its.
    Other,
    Empty,
}

/// The verb right after the value's last word `last`, past auxiliaries ("were", "had been").
fn own_predicate(text: &str, ws: &[Word], last: usize) -> Slot {
    let mut j = last + 1;
    let mut auxiliary = false;
    while j < ws.len()
        && j <= last + 3
        && matches!(
            wt(text, ws, j).to_lowercase().as_str(),
            "were" | "was" | "had" | "have" | "has" | "been" | "are" | "is" | "being" | "got" | "be"
        )
    {
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
fn appositive_age(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> bool {
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

fn count_measure(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> Option<Measure> {
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
    let mut head = counted.map(|c| c.head.as_str()).unwrap_or("");
    if counts_what_follows(&lemma(head)) && wt(text, ws, last + 1).eq_ignore_ascii_case("of") {
        // "31 pieces of firefighting apparatus": the last word of the phrase after "of".
        let noun = (last + 2..(last + 5).min(ws.len()))
            .take_while(|&j| {
                let w = wt(text, ws, j);
                w.chars().all(char::is_alphabetic)
                    && !is_function_word(w)
                    && !is_past_verb(w)
                    && count_predicate(w).is_none()
            })
            .last();
        if let Some(j) = noun {
            head = wt(text, ws, j);
        }
    }
    let mut head_lemma = super::lexicon::canonical_noun(&lemma(head)).to_string();
    // "employs 52,000 people" counts the employees, as "has 52,000 employees" does.
    let employs = first > 0
        && matches!(
            wt(text, ws, first - 1).to_lowercase().as_str(),
            "employs" | "employ" | "employed" | "employing"
        );
    let staff = employs && is_generic_people(&head_lemma);
    if staff {
        head_lemma = "employee".to_string();
    }
    if let Some(m) = distance_in_places(text, ws, last, head).or_else(|| gunfire(text, ws, first, last, head))
    {
        return Some(m);
    }
    let sub = counted.and_then(|c| c.subgroup.clone()).unwrap_or_default();
    let sub_label = counted.and_then(|c| c.label.clone());
    let predicate = match (count_predicate(head), own_predicate(text, ws, last)) {
        (Some(f), _) => Some((head.to_string(), f)),
        (None, Slot::Known(j, f)) => Some((wt(text, ws, j).to_string(), f)),
        (None, Slot::Other) => None,
        (None, Slot::Empty) => {
            nearest::<Counts, _>(text, ws, first, last, FORWARD, BACKWARD, count_predicate)
                // A word of a name ("Die Linke 64") is no predicate.
                .filter(|&(j, _)| !(is_capitalised(wt(text, ws, j)) && is_capitalised(wt(text, ws, j + 1))))
                .map(|(j, f)| (wt(text, ws, j).to_string(), f))
        }
    };
    let prefix = sub_label.map(|l| format!("{l} ")).unwrap_or_default();
    match predicate {
        Some((word, family)) => {
            let generic =
                head.is_empty() || is_generic_people(&head_lemma) || count_predicate(head).is_some();
            let class = if generic {
                String::new()
            } else if family == "responded" {
                responding_class(&head_lemma).to_string()
            } else {
                head_lemma.clone()
            };
            let noun = if head.is_empty() || count_predicate(head).is_some() || head_lemma == "other" {
                "people"
            } else {
                head
            };
            Some(Measure {
                key: format!("count|{family}|{sub}|{class}"),
                label: format!("{prefix}{noun} {family}"),
                word,
                at: None,
            })
        }
        None if !head.is_empty() => Some(Measure {
            // A subgroup ("Korean residents") ties a bare noun down enough to compare.
            key: if sub.is_empty() || is_generic_people(&head_lemma) {
                format!("count|{LOOSE}{head_lemma}|{sub}|")
            } else {
                format!("count|{head_lemma}|{sub}|")
            },
            label: format!("{prefix}{}", if staff { "employees" } else { head }),
            word: head.to_string(),
            at: None,
        }),
        None => None,
    }
}

/// A distance told in the places between: "arrested five buildings away", "three doors away",
/// "three houses from the scene". Outlets count doors, houses or buildings for one distance.
fn distance_in_places(text: &str, ws: &[Word], last: usize, head: &str) -> Option<Measure> {
    let next = wt(text, ws, last + 1);
    let place = super::lexicon::is_place_unit(&lemma(head));
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
fn gunfire(text: &str, ws: &[Word], first: usize, last: usize, head: &str) -> Option<Measure> {
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

fn ordinal_measure(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> Option<Measure> {
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

/// A verb of a price or an index moving by a percentage ("rose 3%", "gained 1%", "closed down
/// 0.5%"): the index of the verb before the value, when there is one.
fn move_verb(text: &str, ws: &[Word], first: usize) -> Option<usize> {
    let moves = |w: &str| {
        matches!(
            w,
            "rose"
                | "rise"
                | "rises"
                | "risen"
                | "fell"
                | "fall"
                | "falls"
                | "fallen"
                | "gained"
                | "gains"
                | "lost"
                | "loses"
                | "jumped"
                | "jumps"
                | "climbed"
                | "climbs"
                | "slid"
                | "slides"
                | "dropped"
                | "drops"
                | "tumbled"
                | "surged"
                | "surges"
                | "soared"
                | "sank"
                | "plunged"
                | "slumped"
                | "rallied"
                | "advanced"
                | "declined"
                | "slipped"
                | "added"
                | "shed"
                | "edged"
        )
    };
    let prev = first.checked_sub(1)?;
    let w = wt(text, ws, prev).to_lowercase();
    if moves(&w) {
        return Some(prev);
    }
    // "closed down 0.5%", "ended 2% higher" is not handled; "edged up 1%" is.
    let before = prev.checked_sub(1)?;
    let b = wt(text, ws, before).to_lowercase();
    let direction = matches!(w.as_str(), "up" | "down" | "higher" | "lower");
    let settles = matches!(
        b.as_str(),
        "closed" | "ended" | "finished" | "opened" | "traded" | "was" | "were" | "is" | "are"
    );
    (direction && (settles || moves(&b))).then_some(before)
}

/// What moved: a company's shares or a market index, named before the verb `verb` in the value's
/// clause (a relative clause of another noun in between is passed over: "The stock, which lost
/// …, rose 2%").
fn mover(text: &str, ws: &[Word], verb: usize) -> Option<&'static str> {
    let clause = clauses(text, ws);
    let own = clause.get(verb).copied().unwrap_or(0);
    let mut seen = 0;
    for j in (0..verb).rev() {
        if clause[j] != own && clause[j] != 0 {
            continue;
        }
        let w = wt(text, ws, j);
        if matches!(w, ";" | ":") || is_verb_of_saying(w) {
            return None;
        }
        match w.to_lowercase().as_str() {
            "share" | "shares" | "stock" | "stocks" => return Some("shares"),
            "index" | "nasdaq" | "dow" | "s&p" | "ftse" | "nikkei" | "dax" | "cac" | "kospi"
            | "composite" | "benchmark" => return Some("index"),
            _ => {}
        }
        seen += 1;
        if seen >= 8 {
            return None;
        }
    }
    None
}

/// A party's or a candidate's share ("won 28.6 percent", "took 20.8%", "came second with 20.8%",
/// "slumped to 16.4%"): the verb's index, when the value is one.
fn share_verb(text: &str, ws: &[Word], first: usize) -> Option<usize> {
    let takes = |w: &str| {
        matches!(
            w,
            "won"
                | "win"
                | "wins"
                | "took"
                | "take"
                | "takes"
                | "got"
                | "gets"
                | "received"
                | "receives"
                | "secured"
                | "secures"
                | "garnered"
                | "polled"
                | "captured"
                | "scored"
                | "obtained"
        )
    };
    let prev = first.checked_sub(1)?;
    let w = wt(text, ws, prev).to_lowercase();
    if takes(&w) {
        return Some(prev);
    }
    if w == "to" {
        let v = prev.checked_sub(1)?;
        let moved = matches!(
            wt(text, ws, v).to_lowercase().as_str(),
            "slumped"
                | "fell"
                | "dropped"
                | "slipped"
                | "sank"
                | "plunged"
                | "crashed"
                | "rose"
                | "climbed"
                | "jumped"
                | "surged"
                | "increased"
                | "declined"
        );
        return moved.then_some(v);
    }
    if w == "with" {
        // "won Germany's national election on Sunday with 28.5%", "came second with 20.8%".
        for j in (prev.saturating_sub(8)..prev).rev() {
            let v = wt(text, ws, j).to_lowercase();
            if ws[j].is_punct || is_verb_of_saying(&v) {
                return None;
            }
            if takes(&v) || matches!(v.as_str(), "came" | "finished" | "ended" | "placed" | "emerged") {
                return Some(j);
            }
        }
    }
    None
}

fn economic_measure(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> Option<Measure> {
    if value.kind == ValueKind::Percent
        && let Some(verb) = move_verb(text, ws, first)
        && let Some(what) = mover(text, ws, verb)
    {
        return Some(Measure {
            key: format!("percent|{what}|"),
            label: format!("{what} (%)"),
            word: wt(text, ws, verb).to_string(),
            at: ws.get(verb).map(|w| w.span.clone()),
        });
    }
    let economic = economic_noun_measure(text, ws, first, last, value);
    if value.kind == ValueKind::Percent
        && economic.as_ref().is_none_or(|m| m.key == "percent|vote|")
        && let Some(verb) = share_verb(text, ws, first)
    {
        return Some(Measure {
            key: "percent|vote|".to_string(),
            label: "vote (%)".to_string(),
            word: wt(text, ws, verb).to_string(),
            at: ws.get(verb).map(|w| w.span.clone()),
        });
    }
    if value.kind == ValueKind::Percent && economic.is_none() {
        return share_of(text, ws, last);
    }
    let mut m = economic
        .or_else(|| (value.kind == ValueKind::Money).then(|| sum_measure(text, ws, first, last, value)))?;
    // "$23 million per season", "$27.5 million a year", "annually": a yearly amount, never a total.
    if value.kind == ValueKind::Money && per_year(text, ws, last) {
        m.key.push_str("|per year");
        m.label.push_str(" per year");
    }
    Some(m)
}

/// A share of a thing: "recovered 80 percent of the haul", "40% of the town's homes". The noun
/// after "of" (past a determiner and up to two modifiers) is what it is a share of.
fn share_of(text: &str, ws: &[Word], last: usize) -> Option<Measure> {
    if !wt(text, ws, last + 1).eq_ignore_ascii_case("of") {
        return None;
    }
    let start = last + 2;
    let start = if is_function_word(wt(text, ws, start)) {
        start + 1
    } else {
        start
    };
    // "the stolen gems" (a participle before the noun), "the haul recovered" (a verb after it).
    let noun = (start..(start + 3).min(ws.len()))
        .take_while(|&j| {
            let w = wt(text, ws, j);
            !ws[j].is_punct && w.chars().all(char::is_alphabetic) && !is_function_word(w)
        })
        .filter(|&j| !is_past_verb(wt(text, ws, j)))
        .last()?;
    let word = wt(text, ws, noun).to_lowercase();
    Some(Measure {
        key: format!("percent|share of {}|", lemma(&word)),
        label: format!("share of {word} (%)"),
        word,
        at: None,
    })
}

/// Whether a sum is stated per year: "per season", "a year", "per annum", "annually"; not "a
/// year earlier" (last year's figure).
fn per_year(text: &str, ws: &[Word], last: usize) -> bool {
    let w1 = wt(text, ws, last + 1).to_lowercase();
    let w2 = wt(text, ws, last + 2).to_lowercase();
    let w3 = wt(text, ws, last + 3).to_lowercase();
    let then = matches!(w3.as_str(), "earlier" | "ago" | "before" | "later" | "prior");
    matches!(w1.as_str(), "annually" | "yearly")
        || (matches!(w1.as_str(), "per" | "a" | "an" | "each" | "every")
            && matches!(w2.as_str(), "year" | "season" | "annum")
            && !then)
}

/// Words between a sum and the thing it is the value of: "jewels *worth an estimated* €2m",
/// "an offer *of* $160 million", "a haul *valued at* $2.6 million".
fn links_a_sum(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "worth"
            | "valued"
            | "at"
            | "of"
            | "totaling"
            | "totalling"
            | "estimated"
            | "an"
            | "a"
            | "the"
            | "between"
            | "some"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "over"
            | "reportedly"
            | "to"
            | "be"
            | "with"
    )
}

/// A noun a sum may be the value of: lower-case letters (hyphens allowed), no function word.
fn sum_noun(w: &str) -> bool {
    crate::values::number::scale_word(w).is_none()
        && w.len() > 2
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && !crate::values::words::is_function_word(w)
        && !(w.ends_with("ed") || w.ends_with("ing"))
}

/// A sum the economic lexicon does not name (a haul, an offer, a bond, a reward): what it is the
/// value of is the noun right after it ("a $160 million offer") or before it past linking words
/// ("jewellery worth €2 million"). All such sums of one currency share a loose measure, the value:
/// equal figures meet, and differing ones only when tied to the same named party ("the Nationals
/// offered $160 million" / "the Nationals' $178 million offer"), as a story's many sums are mostly
/// different things.
fn sum_measure(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> Measure {
    let currency = value.unit.clone().unwrap_or_default();
    // The noun right after the sum, or after one modifier ("a $160 million offer", "$5 million
    // cash bail"); a relative clause's subject is not it ("$21 million that the pitcher got").
    let after = (last + 1..(last + 3).min(ws.len()))
        .map(|j| wt(text, ws, j))
        .take_while(|w| !is_function_word(w) && w.chars().any(char::is_alphanumeric))
        .find(|w| sum_noun(w));
    let before = || {
        (0..first)
            .rev()
            .take(5)
            .take_while(|&j| !ws[j].is_punct)
            .map(|j| wt(text, ws, j))
            .find(|w| !links_a_sum(w))
            .filter(|w| sum_noun(w) && !is_hedging_adverb(w))
    };
    let noun = after.or_else(before).map(lemma);
    let name = noun.clone().unwrap_or_else(|| "sum".to_string());
    Measure {
        key: format!("money|{LOOSE}value|{currency}"),
        label: format!("{name} ({currency})"),
        word: name,
        at: None,
    }
}

fn economic_noun_measure(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    value: &Value,
) -> Option<Measure> {
    let pick = |w: &str| (is_economic(&lemma(w)) || economic_verb(w).is_some()).then_some("economic");
    // "2 billion lira ($55 million) in aid": a conversion in brackets is passed over, and the figure
    // inside the brackets is measured like the one it converts.
    let close = |from: usize| (from..(from + 10).min(ws.len())).find(|&k| wt(text, ws, k) == ")");
    let inside = first > 0 && wt(text, ws, first - 1) == "(";
    let bracket = if wt(text, ws, last + 1) == "(" {
        close(last + 2)
    } else if inside {
        close(last + 1)
    } else {
        None
    };
    let first = if inside && bracket.is_some() {
        first - 1
    } else {
        first
    };
    let last = bracket.unwrap_or(last);
    // "$500 million in economic assistance": a following "in"/"of" phrase names it first, also
    // after a noun of change ("a 10 percent rise in quarterly profit").
    let mut found = None;
    let change = is_change_noun(&wt(text, ws, last + 1).to_lowercase());
    let at = if change { last + 2 } else { last + 1 };
    let prep = wt(text, ws, at).to_lowercase();
    if prep == "in" || prep == "of" {
        for j in at + 1..(at + 4).min(ws.len()) {
            if ws[j].is_punct {
                break;
            }
            // "$600 billion in market value": what a company is worth on the market.
            if wt(text, ws, j).eq_ignore_ascii_case("market")
                && matches!(
                    wt(text, ws, j + 1).to_lowercase().as_str(),
                    "value" | "capitalisation" | "capitalization" | "cap" | "valuation"
                )
            {
                let tail = value.unit.clone().unwrap_or_default();
                let kind = if value.kind == ValueKind::Money {
                    "money"
                } else {
                    "percent"
                };
                let unit = if kind == "money" {
                    tail.clone()
                } else {
                    "%".to_string()
                };
                return Some(Measure {
                    key: format!("{kind}|market value|{tail}"),
                    label: format!("market value ({unit})"),
                    word: wt(text, ws, j + 1).to_string(),
                    at: None,
                });
            }
            if pick(wt(text, ws, j)).is_some() {
                found = Some(j);
                break;
            }
        }
    }
    let j = match found {
        Some(j) => j,
        None => nearest::<Other, _>(text, ws, first, last, 3, 12, pick)?.0,
    };
    let word = wt(text, ws, j).to_string();
    // "Net income" and "earnings" are the profit.
    let l = match economic_verb(&word)
        .map_or_else(|| lemma(&word), str::to_string)
        .as_str()
    {
        "earning" => "profit".to_string(),
        "income" if j > 0 && wt(text, ws, j - 1).eq_ignore_ascii_case("net") => "profit".to_string(),
        other => other.to_string(),
    };
    let (kind, tail) = match value.kind {
        ValueKind::Money => ("money", value.unit.clone().unwrap_or_default()),
        _ => ("percent", String::new()),
    };
    // A word read as another ("net income" as profit) is labelled by what it was read as.
    let name = if l == lemma(&word) {
        // "Turnout (%)" at a sentence start reads "turnout (%)"; "GDP" stays.
        if word.chars().skip(1).any(char::is_uppercase) {
            word.clone()
        } else {
            word.to_lowercase()
        }
    } else {
        l.clone()
    };
    let label = if kind == "money" {
        format!("{name} ({tail})")
    } else {
        format!("{name} (%)")
    };
    Some(Measure {
        key: format!("{kind}|{l}|{tail}"),
        label,
        word,
        at: None,
    })
}

fn quantity_measure(text: &str, ws: &[Word], first: usize, value: &Value) -> Option<Measure> {
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
        "ha" | "acre" => named.unwrap_or_else(|| "area".into()),
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
fn length_measure(text: &str, ws: &[Word], first: usize, last: usize) -> Option<Measure> {
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
fn is_time_unit(unit: Option<&str>) -> bool {
    matches!(unit, Some("yr" | "mo" | "wk" | "d" | "h"))
}

/// Words before a date that make it a reference point, not the date of the event:
/// "since August", "by 2050".
fn is_reference_point(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "since" | "until" | "till" | "by" | "before" | "after" | "through"
    )
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
        } else if s == ","
            && matches!(
                wt(text, ws, i + 1).to_lowercase().as_str(),
                "which" | "who" | "where" | "whom" | "whose"
            )
        {
            current = next_id;
            next_id += 1;
        }
        out.push(current);
    }
    out
}

/// [`clauses`], and a clause opened by a subordinator ("after a quake killed 47 people", "when
/// the storm hit") as a clause of its own up to the next comma: it names another event than the
/// main verb, so a date in the main clause does not date it.
fn event_clauses(text: &str, ws: &[Word]) -> Vec<usize> {
    let mut out = clauses(text, ws);
    let mut next_id = out.iter().max().copied().unwrap_or(0) + 1;
    let mut i = 0;
    while i < ws.len() {
        let w = wt(text, ws, i).to_lowercase();
        let next = wt(text, ws, i + 1).to_lowercase();
        let opens = match w.as_str() {
            "after" | "before" | "since" | "when" | "while" | "until" | "once" | "because" => true,
            // "as the storm hit", not "as many as", "such as", "as well as".
            "as" => matches!(
                next.as_str(),
                "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "his" | "her" | "its" | "their"
            ),
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
fn attributive(text: &str, ws: &[Word], j: usize) -> bool {
    let w = wt(text, ws, j).to_lowercase();
    let before = j
        .checked_sub(1)
        .map_or(String::new(), |k| wt(text, ws, k).to_lowercase());
    let after = wt(text, ws, j + 1);
    w.ends_with("ed")
        && matches!(
            before.as_str(),
            "the"
                | "a"
                | "an"
                | "from"
                | "of"
                | "in"
                | "into"
                | "under"
                | "with"
                | "by"
                | "its"
                | "their"
                | "his"
                | "her"
                | "this"
                | "that"
                | "these"
                | "those"
        )
        && !after.is_empty()
        && after.chars().all(char::is_alphabetic)
        && !crate::values::words::is_function_word(after)
}

fn date_measure(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    sentence: Range<usize>,
    value: &Value,
) -> Option<Measure> {
    // A bare year in a long sentence mostly frames it ("last year marked the 60th anniversary …
    // the meeting"); it dates an event only when written next to it ("their meeting last year").
    let coarse = matches!(
        value.amount,
        crate::values::Amount::Date {
            value: crate::dates::DateValue::Year(_),
            ..
        }
    );
    // "Last year", "this year": relative and a whole year wide, it fits nearly any date an outlet
    // gives for the event, so it would make agreements out of nothing (one outlet's November
    // summit and another's "meeting last year" may be two meetings). Weak evidence: no statement.
    if coarse && matches!(value.amount, crate::values::Amount::Date { relative: true, .. }) {
        return None;
    }
    let reach = if coarse { 6 } else { usize::MAX };
    let content = ws.iter().filter(|w| !w.is_punct).count();
    let date_words = ws[first..=last].iter().filter(|w| !w.is_punct).count();
    // A publication-date line or a dateline ("Nara, Jan. 14 (Jiji Press)–") is not a statement.
    if content <= date_words + 2 {
        return None;
    }
    let after = text[ws[last].span.end..sentence.end].trim_start();
    if first <= 4 && after.starts_with(['(', '—', '–']) {
        return None;
    }
    if first > 0 && is_reference_point(wt(text, ws, first - 1)) {
        return None;
    }
    // "officials said on Friday": the day of the telling, not of the event.
    let before = |k: usize| word_before(text, ws, first, k);
    if is_verb_of_saying(before(1)) || (before(1).eq_ignore_ascii_case("on") && is_verb_of_saying(before(2)))
    {
        return None;
    }
    let clause = event_clauses(text, ws);
    let own = clause[first];
    let mut best: Option<(usize, usize, &'static str)> = None;
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
            events.push((j, f));
            if best.is_none_or(|b| d < b.0) {
                best = Some((d, j, f));
            }
        }
    }
    let Some((_, j, family)) = best else {
        return unnamed_event(text, ws, first, last, &clause, coarse);
    };
    // The verb nearest the date gives the family; a noun of that family in the clause names the
    // event better ("earthquake" in "A quake struck … on Tuesday").
    let noun = events
        .iter()
        .find(|&&(k, f)| f == family && !super::lexicon::is_verb_like(&canonical_event(wt(text, ws, k))));
    let word = canonical_event(wt(text, ws, noun.map_or(j, |n| n.0)));
    Some(Measure {
        key: format!("date|{family}"),
        label: format!("{family} date"),
        word,
        at: None,
    })
}

/// Marks a date whose sentence names no event the lexicon knows: it is a statement only if it
/// dates the briefing's main event (see `claims::event`), which any verb may report.
pub const UNNAMED_EVENT: &str = "date|?";

/// A date with no known event word: the past-tense verb nearest it in its clause names the event
/// for the topic ("escaped Monday"), under the key [`UNNAMED_EVENT`]. A bare year needs its verb
/// close by ("built in 1935"); with none it frames the sentence and dates nothing.
fn unnamed_event(
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
    // sentence ("In 2008, Klitschko stopped Thompson"); "last year marked the anniversary" is a
    // frame, not a dating.
    let opens = first <= 1;
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
#[path = "measure_tests.rs"]
mod tests;

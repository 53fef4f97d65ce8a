//! What a sum or a share measures: a price move and what moved, a party's share, an economic
//! noun ("exports", "profit"), or a sum of no named kind, keyed loosely by its currency.

use super::{LOOSE, Measure, Other, clauses, nearest, wt};
use crate::claims::lexicon::{
    economic_verb, is_change_noun, is_direction_word, is_economic, is_hedging_adverb, is_index_word,
    is_market_worth, is_past_verb, is_placing_verb, is_price_move_verb, is_rate_word, is_settling_verb,
    is_share_move_verb, is_shares_word, is_shift_in_time, is_taking_verb, is_verb_of_saying,
    is_year_of_a_rate, is_yearly_adverb, links_a_sum,
};
use crate::values::words::{Word, is_function_word, lemma};
use crate::values::{Value, ValueKind};

/// A verb of a price or an index moving by a percentage ("rose 3%", "gained 1%", "closed down
/// 0.5%"): the index of the verb before the value, when there is one.
pub(super) fn move_verb(text: &str, ws: &[Word], first: usize) -> Option<usize> {
    let prev = first.checked_sub(1)?;
    let w = wt(text, ws, prev).to_lowercase();
    if is_price_move_verb(&w) {
        return Some(prev);
    }
    // "closed down 0.5%", "ended 2% higher" is not handled; "edged up 1%" is.
    let before = prev.checked_sub(1)?;
    let b = wt(text, ws, before).to_lowercase();
    let direction = is_direction_word(&w);
    let settles = is_settling_verb(&b);
    (direction && (settles || is_price_move_verb(&b))).then_some(before)
}

/// What moved: a company's shares or a market index, named before the verb `verb` in the value's
/// clause (a relative clause of another noun in between is passed over: "The stock, which lost
/// …, rose 2%").
pub(super) fn mover(text: &str, ws: &[Word], verb: usize) -> Option<&'static str> {
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
            w if is_shares_word(w) => return Some("shares"),
            w if is_index_word(w) => return Some("index"),
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
pub(super) fn share_verb(text: &str, ws: &[Word], first: usize) -> Option<usize> {
    let prev = first.checked_sub(1)?;
    let w = wt(text, ws, prev).to_lowercase();
    if is_taking_verb(&w) {
        return Some(prev);
    }
    if w == "to" {
        let v = prev.checked_sub(1)?;
        let moved = is_share_move_verb(&wt(text, ws, v).to_lowercase());
        return moved.then_some(v);
    }
    if w == "with" {
        // "won Germany's national election on Sunday with 28.5%", "came second with 20.8%".
        for j in (prev.saturating_sub(8)..prev).rev() {
            let v = wt(text, ws, j).to_lowercase();
            if ws[j].is_punct || is_verb_of_saying(&v) {
                return None;
            }
            if is_taking_verb(&v) || is_placing_verb(&v) {
                return Some(j);
            }
        }
    }
    None
}

pub(super) fn economic_measure(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    value: &Value,
) -> Option<Measure> {
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
pub(super) fn share_of(text: &str, ws: &[Word], last: usize) -> Option<Measure> {
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
pub(super) fn per_year(text: &str, ws: &[Word], last: usize) -> bool {
    let w1 = wt(text, ws, last + 1).to_lowercase();
    let w2 = wt(text, ws, last + 2).to_lowercase();
    let w3 = wt(text, ws, last + 3).to_lowercase();
    let then = is_shift_in_time(&w3);
    is_yearly_adverb(&w1) || (is_rate_word(&w1) && is_year_of_a_rate(&w2) && !then)
}

/// A noun a sum may be the value of: lower-case letters (hyphens allowed), no function word.
pub(super) fn sum_noun(w: &str) -> bool {
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
pub(super) fn sum_measure(text: &str, ws: &[Word], first: usize, last: usize, value: &Value) -> Measure {
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

/// What an economic figure measures: the economic noun (or the verb of a legal sum) that names
/// it, in an "in"/"of" phrase after it or else the nearest one; "in market value" is a measure of
/// its own.
pub(super) fn economic_noun_measure(
    text: &str,
    ws: &[Word],
    first: usize,
    last: usize,
    value: &Value,
) -> Option<Measure> {
    let (first, last) = past_conversion(text, ws, first, last);
    let j = match named_after(text, ws, last) {
        Some(Named::MarketValue(j)) => return Some(market_value_measure(text, ws, j, value)),
        Some(Named::Economic(j)) => j,
        None => nearest::<Other, _>(text, ws, first, last, 3, 12, economic_word)?.0,
    };
    Some(noun_measure(text, ws, j, value))
}

/// An economic noun, or a verb that names a legal sum ("fined").
fn economic_word(w: &str) -> Option<&'static str> {
    (is_economic(&lemma(w)) || economic_verb(w).is_some()).then_some("economic")
}

/// "2 billion lira ($55 million) in aid": a conversion in brackets is passed over, and the figure
/// inside the brackets is measured like the one it converts. The figure's words `first..=last`,
/// widened over the brackets.
fn past_conversion(text: &str, ws: &[Word], first: usize, last: usize) -> (usize, usize) {
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
    (first, bracket.unwrap_or(last))
}

/// What an "in"/"of" phrase after a figure names.
enum Named {
    /// "$600 billion in market value": the word after "market".
    MarketValue(usize),
    /// "$500 million in economic assistance": the economic word.
    Economic(usize),
}

/// "$500 million in economic assistance": a following "in"/"of" phrase names the figure first,
/// also after a noun of change ("a 10 percent rise in quarterly profit").
fn named_after(text: &str, ws: &[Word], last: usize) -> Option<Named> {
    let change = is_change_noun(&wt(text, ws, last + 1).to_lowercase());
    let at = if change { last + 2 } else { last + 1 };
    let prep = wt(text, ws, at).to_lowercase();
    if prep != "in" && prep != "of" {
        return None;
    }
    for j in at + 1..(at + 4).min(ws.len()) {
        if ws[j].is_punct {
            break;
        }
        // "$600 billion in market value": what a company is worth on the market.
        if wt(text, ws, j).eq_ignore_ascii_case("market")
            && is_market_worth(&wt(text, ws, j + 1).to_lowercase())
        {
            return Some(Named::MarketValue(j + 1));
        }
        if economic_word(wt(text, ws, j)).is_some() {
            return Some(Named::Economic(j));
        }
    }
    None
}

/// A company's worth on the market, named by word `j` ("market *value*", "market *cap*").
fn market_value_measure(text: &str, ws: &[Word], j: usize, value: &Value) -> Measure {
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
    Measure {
        key: format!("{kind}|market value|{tail}"),
        label: format!("market value ({unit})"),
        word: wt(text, ws, j).to_string(),
        at: None,
    }
}

/// The measure named by the economic word `j`.
fn noun_measure(text: &str, ws: &[Word], j: usize, value: &Value) -> Measure {
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
    Measure {
        key: format!("{kind}|{l}|{tail}"),
        label,
        word,
        at: None,
    }
}

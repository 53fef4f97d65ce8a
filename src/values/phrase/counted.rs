//! What a count counts: the noun phrase after it and its subgroup ("180 Korean workers"), a part
//! of a whole ("three of them"), or a noun an earlier figure in the sentence gave.

use super::{Found, t};
use crate::text::is_capitalised;
use crate::values::lexicon::{demonym_stem, is_irregular_plural, is_past_verb};
use crate::values::number::Decimal;
use crate::values::words::{Word, is_function_word};
use crate::values::{Counted, ValueKind};

/// Prepositions that end a noun phrase without being function words elsewhere ("three aftershocks
/// *above* magnitude 4").
pub(super) fn is_preposition(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "above"
            | "below"
            | "near"
            | "within"
            | "beyond"
            | "along"
            | "around"
            | "against"
            | "toward"
            | "towards"
            | "without"
            | "outside"
            | "inside"
            | "amid"
            | "despite"
            | "following"
            | "through"
            | "throughout"
            | "behind"
            | "beneath"
            | "beside"
            | "until"
            | "upon"
    )
}

/// Up to `max` content words from `start`, before a function word, a preposition, punctuation or
/// a figure.
pub(super) fn content_words(text: &str, ws: &[Word], start: usize, max: usize) -> Vec<usize> {
    let mut phrase: Vec<usize> = Vec::new();
    for j in start..(start + max).min(ws.len()) {
        let w = t(text, ws, j);
        // "five doors away": the adverb is no part of the noun.
        if ws[j].is_punct
            || is_function_word(w)
            || is_preposition(w)
            || w.eq_ignore_ascii_case("away")
            || w.chars().any(|c| c.is_ascii_digit())
        {
            break;
        }
        // Without a tagger, a verb after a plural noun or an adverb after a word ends the phrase
        // ("1,500 houses destroyed", "meeting followed quickly").
        let after_plural = phrase.last().is_some_and(|&p| {
            let p = t(text, ws, p);
            p.ends_with('s') || is_irregular_plural(p)
        });
        // An adverb first modifies what follows ("three dozen mostly young people").
        if (w.ends_with("ly") && !phrase.is_empty()) || (after_plural && is_past_verb(w)) {
            break;
        }
        phrase.push(j);
    }
    phrase
}

/// The noun phrase after a value: up to four content words before a function word or punctuation.
/// Returns (index of the head word, modifiers before it). With `plural` (a count above one), a
/// singular word before "and"/"or" is a modifier of a coordinated compound whose head follows
/// ("1,500 search and rescue workers": the head is "workers").
pub(super) fn noun_phrase(
    text: &str,
    ws: &[Word],
    start: usize,
    plural: bool,
) -> Option<(usize, Vec<usize>)> {
    let mut phrase = content_words(text, ws, start, 4);
    let known = |j: usize| crate::values::lexicon::is_known_noun(t(text, ws, j));
    if plural
        && let Some(&last) = phrase.last()
        && !t(text, ws, last).ends_with('s')
        && !known(last)
        && matches!(t(text, ws, last + 1).to_lowercase().as_str(), "and" | "or" | "&")
    {
        let rest = content_words(text, ws, last + 2, 3);
        if rest.last().is_some_and(|&r| t(text, ws, r).ends_with('s')) {
            phrase.extend(rest);
        }
    }
    // The last word the measure lexicon knows is the head ("meeting" in "meeting followed"), but
    // "other" before more words is their adjective ("five other young men").
    let last = phrase.last().copied();
    let head_at = phrase
        .iter()
        .rposition(|&j| known(j) && (Some(j) == last || !t(text, ws, j).eq_ignore_ascii_case("other")))
        .or_else(|| phrase.len().checked_sub(1))?;
    Some((phrase[head_at], phrase[..head_at].to_vec()))
}

/// The head as written, with the word before it when the two name one thing ("rescue workers").
pub(super) fn head_text(text: &str, ws: &[Word], h: usize, mods: &[usize]) -> String {
    let head = t(text, ws, h);
    match mods.last() {
        Some(&m) if m + 1 == h && crate::values::lexicon::is_compound(t(text, ws, m), head) => {
            format!("{} {head}", t(text, ws, m))
        }
        _ => head.to_string(),
    }
}

/// The subgroup named by capitalised modifiers ("Korean" in "136 Korean forced laborers"), with a
/// compass word kept attached ("South Korean").
pub(super) fn subgroup(text: &str, ws: &[Word], mods: &[usize]) -> Option<(String, String)> {
    let first = mods.iter().position(|&j| is_capitalised(t(text, ws, j)))?;
    let w = t(text, ws, mods[first]);
    let compass = matches!(w, "North" | "South" | "East" | "West" | "New");
    match mods.get(first + 1) {
        Some(&next) if compass && is_capitalised(t(text, ws, next)) => {
            let n = t(text, ws, next);
            Some((
                format!("{w} {n}"),
                format!("{} {}", w.to_lowercase(), demonym_stem(n)),
            ))
        }
        _ => Some((w.to_string(), demonym_stem(w))),
    }
}

/// What a plain number counts: the noun phrase after it ("180 Korean workers"), a part of a
/// whole ("three of them"), or a noun an earlier figure gave ("killing 12 and injuring 40").
/// Returns it and the index of the word after the phrase.
pub(super) fn counted_noun(
    text: &str,
    ws: &[Word],
    i: usize,
    j: usize,
    amount: Decimal,
    before: &[Found],
) -> (Option<Counted>, usize) {
    match noun_phrase(text, ws, j, amount.to_f64() > 1.0) {
        Some((h, mods)) => {
            let sub = subgroup(text, ws, &mods);
            let counted = Counted {
                head: head_text(text, ws, h, &mods),
                label: sub.as_ref().map(|s| s.0.clone()),
                subgroup: sub.map(|s| s.1),
                rank: None,
            };
            (Some(counted), h + 1)
        }
        None => (
            part_of(text, ws, j)
                .or_else(|| elided_head(text, ws, i, j, before))
                .or_else(|| gapped(text, ws, i, before)),
            j,
        ),
    }
}

/// "148 of the 300 seats": the part counts what the whole counts.
pub(super) fn part_of(text: &str, ws: &[Word], j: usize) -> Option<Counted> {
    let of = t(text, ws, j).eq_ignore_ascii_case("of");
    let det = matches!(
        t(text, ws, j + 1).to_lowercase().as_str(),
        "the" | "its" | "their"
    );
    if !of || !det || Decimal::parse(t(text, ws, j + 2)).is_none() {
        return None;
    }
    let (h, mods) = noun_phrase(text, ws, j + 3, true)?;
    Some(Counted {
        head: head_text(text, ws, h, &mods),
        label: None,
        subgroup: None,
        rank: None,
    })
}

/// "The AfD will have 152 seats, the SPD 120, the Greens 85": a list that leaves out the verb and
/// the noun; each number after a name counts what the list's first number counts.
pub(super) fn gapped(text: &str, ws: &[Word], i: usize, before: &[Found]) -> Option<Counted> {
    let mut k = i.checked_sub(1)?;
    let mut names = 0;
    while names < 4 && is_capitalised(t(text, ws, k).trim_end_matches('.')) && !ws[k].is_punct {
        names += 1;
        k = k.checked_sub(1)?;
    }
    if names == 0 {
        return None;
    }
    if t(text, ws, k).eq_ignore_ascii_case("the") {
        k = k.checked_sub(1)?;
    }
    if !matches!(t(text, ws, k).to_lowercase().as_str(), "," | "and") {
        return None;
    }
    let prev = before.last()?;
    if prev.kind != ValueKind::Count || prev.span.end > ws[k].span.start {
        return None;
    }
    let counted = prev.counted.as_ref()?;
    // Only a plural noun heads such a list ("152 seats"), not a name.
    let head = counted.head.as_str();
    (head.ends_with('s') && head.chars().all(|c| c.is_lowercase() || c == ' ')).then(|| Counted {
        head: counted.head.clone(),
        label: None,
        subgroup: None,
        rank: None,
    })
}

/// "47 Japanese workers and 136 from the Korean Peninsula": the second number counts workers too;
/// its subgroup comes from the place after "from"/"of".
pub(super) fn elided_head(text: &str, ws: &[Word], i: usize, j: usize, before: &[Found]) -> Option<Counted> {
    let conj = t(text, ws, i.checked_sub(1)?).to_lowercase();
    if !matches!(conj.as_str(), "and" | "or" | "," | "plus") {
        return None;
    }
    let prev = before.last()?;
    let gap_start = prev.span.end;
    if gap_start > ws[i - 1].span.start || ws[i - 1].span.start - gap_start > 3 {
        return None;
    }
    let head = prev.counted.as_ref()?.head.clone();
    let prep = t(text, ws, j).to_lowercase();
    let mut sub = None;
    if matches!(prep.as_str(), "from" | "of" | "in") {
        let k = if t(text, ws, j + 1).eq_ignore_ascii_case("the") {
            j + 2
        } else {
            j + 1
        };
        let mods: Vec<usize> = (k..(k + 2).min(ws.len())).collect();
        if ws.get(k).is_some_and(|w| is_capitalised(w.text(text))) {
            sub = subgroup(text, ws, &mods);
        }
    }
    Some(Counted {
        head,
        label: sub.as_ref().map(|s| s.0.clone()),
        subgroup: sub.map(|s| s.1),
        rank: None,
    })
}

//! Number phrases in one sentence: counts with what they count, ordinals, money, percentages and
//! measurements, each with its hedge. Numbers that belong to dates, years, clock times, ids,
//! phone numbers or names ("Apollo 11") are left out.

use std::ops::Range;

use super::lexicon::{
    QUALIFIERS_AFTER, QUALIFIERS_BEFORE, currency_sign, currency_word, demonym_stem, duration_unit,
    is_duration, is_era_word, is_irregular_plural, is_past_verb, is_person_noun, is_quake_word,
    is_referring_determiner, is_time_marker, unit,
};
use super::number::{Decimal, cardinal_word, money_scale_word, ordinal, scale_word};
use super::words::{Word, is_function_word, words};
use super::{Counted, Qualifier, ValueKind};
use crate::text::is_capitalised;

/// A number phrase found by [`scan`].
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: ValueKind,
    pub span: Range<usize>,
    pub normalized: String,
    pub qualifier: Option<Qualifier>,
    /// Amount in base units (metres for lengths) for comparison.
    pub value: f64,
    /// Half of the last written digit, in the same units as `value`.
    pub half_unit: f64,
    /// Written with a scale word, as a percentage or a measurement: read as rounded.
    pub rounded: bool,
    /// Currency code or unit symbol.
    pub unit: Option<String>,
    pub counted: Option<Counted>,
}

/// Find the number phrases of `text[range]`, skipping numbers inside `skip` (date phrases).
pub fn scan(text: &str, range: Range<usize>, skip: &[Range<usize>], headline: bool) -> Vec<Found> {
    let ws = words(text, range);
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let inside_skip = skip
            .iter()
            .any(|r| r.start < ws[i].span.end && ws[i].span.start < r.end);
        if ws[i].is_punct || inside_skip {
            i += 1;
            continue;
        }
        if let Some((f, next)) = vague_at(text, &ws, i) {
            out.push(f);
            i = next;
            continue;
        }
        if !may_be_number(ws[i].text(text)) {
            i += 1;
            continue;
        }
        let found = age_at(text, &ws, i)
            .or_else(|| record_at(text, &ws, i))
            .or_else(|| ordinal_at(text, &ws, i))
            .or_else(|| number_at(text, &ws, i, &out, headline));
        match found {
            Some((f, next)) => {
                out.push(f);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    sum_parts(text, &ws, out)
}

/// Add a part of `n` people ending at `end` to the count `f`, which then counts people.
fn add_people(f: &mut Found, n: f64, end: usize) {
    f.value += n;
    f.normalized = Decimal::from_int(f.value as i128).to_plain();
    f.span.end = end;
    f.counted = Some(Counted {
        head: "people".to_string(),
        label: None,
        subgroup: None,
        rank: None,
    });
}

/// Parts of one group of people named together are one count: "three men and a woman" = 4
/// people, "two adults and three children" = 5. Outlets that write "four people" should meet
/// them; the parts alone ("3" beside "1") are no figures of the story.
fn sum_parts(text: &str, ws: &[Word], found: Vec<Found>) -> Vec<Found> {
    let person = |f: &Found| {
        f.kind == ValueKind::Count
            && f.qualifier.is_none()
            && f.counted.as_ref().is_some_and(|c| is_person_noun(&c.head))
    };
    // Word index of a byte offset.
    let at = |pos: usize| ws.iter().position(|w| w.span.start >= pos).unwrap_or(ws.len());
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        let Some(prev) = out.last_mut().filter(|p| person(p)) else {
            out.push(f);
            continue;
        };
        let between = text.get(prev.span.end..f.span.start).unwrap_or("x").trim();
        if person(&f) && between == "and" {
            add_people(prev, f.value, f.span.end);
            continue;
        }
        out.push(f);
    }
    // "three men and a woman": the last part counted by an article, not a number.
    for f in out.iter_mut().filter(|f| person(f)) {
        let j = at(f.span.end);
        let (and, one, noun) = (t(text, ws, j), t(text, ws, j + 1), t(text, ws, j + 2));
        let singular = |w: &str| {
            is_person_noun(w) && !w.ends_with('s') && !matches!(w, "men" | "women" | "children" | "people")
        };
        if and == "and" && matches!(one.to_lowercase().as_str(), "a" | "an") && singular(noun) {
            add_people(f, 1.0, ws[j + 2].span.end);
        }
    }
    out
}

/// Currency signs written before an amount ("$2.6 million", "€2m").
const CURRENCY_SIGNS: [&str; 6] = ["$", "€", "£", "¥", "₩", "₹"];

/// A number written in digits or as a word of one or more ("2.6", "two"), as a hyphenated
/// amount's first part holds it.
fn number_word(s: &str) -> Option<Decimal> {
    Decimal::parse(s).or_else(|| cardinal_word(s).filter(|&n| n >= 1).map(Decimal::from_int))
}

/// A sum scaled by a power of ten, rounded at its written digit: what each hyphenated sum reads.
fn scaled_sum(digits: Decimal, exp: u32, code: &str, span: Range<usize>) -> Found {
    let amount = digits.shifted(exp);
    Found {
        kind: ValueKind::Money,
        span,
        normalized: format!("{code} {}", amount.to_plain()),
        qualifier: None,
        value: amount.to_f64(),
        half_unit: digits.half_written_unit() * 10f64.powi(exp as i32),
        rounded: true,
        unit: Some(code.to_string()),
        counted: None,
    }
}

/// The word [`Counted::head`] holds for an age.
pub const AGE: &str = "age";

/// An age: "a 16-year-old", "16 years old", "aged 16". Outlets state a person's age as often as
/// any figure, and state it differently ("49" in one, "48" in another) as often.
fn age_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    let w = t(text, ws, i);
    let lower = w.to_lowercase();
    let (digits, next) = if let Some((n, rest)) = lower.split_once('-')
        && matches!(rest, "year-old" | "years-old")
    {
        (number_word(n)?, i + 1)
    } else if matches!(t(text, ws, i + 1).to_lowercase().as_str(), "years" | "year")
        && t(text, ws, i + 2).eq_ignore_ascii_case("old")
    {
        (number_word(w)?, i + 3)
    } else if i > 0 && t(text, ws, i - 1).eq_ignore_ascii_case("aged") {
        (number_word(w)?, i + 1)
    } else {
        return None;
    };
    let years = digits.to_f64();
    if !(1.0..130.0).contains(&years) || years.fract() != 0.0 {
        return None;
    }
    Some((
        Found {
            kind: ValueKind::Count,
            span: ws[i].span.start..ws[next - 1].span.end,
            normalized: digits.to_plain(),
            qualifier: None,
            value: years,
            half_unit: 0.0,
            rounded: false,
            unit: None,
            counted: Some(Counted {
                head: AGE.to_string(),
                label: None,
                subgroup: None,
                rank: None,
            }),
        },
        next,
    ))
}

/// A vague amount of people or things: "dozens of people" (24–143), "hundreds", "thousands", "tens
/// of thousands", "hundreds of thousands"; "a dozen" is about 12. A range agrees with the figures
/// inside it and disagrees with those outside: normalised as `low/high`, like a date range.
fn vague_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    let w = t(text, ws, i).to_lowercase();
    let of = |k: usize| t(text, ws, k).eq_ignore_ascii_case("of");
    let (lo, hi, next) = match w.as_str() {
        "dozens" => (24.0, 143.0, i + 1),
        "scores" if of(i + 1) => (40.0, 199.0, i + 1),
        "hundreds" if of(i + 1) && t(text, ws, i + 2).eq_ignore_ascii_case("thousands") => {
            (200_000.0, 999_999.0, i + 3)
        }
        "tens" if of(i + 1) && t(text, ws, i + 2).eq_ignore_ascii_case("thousands") => {
            (20_000.0, 99_999.0, i + 3)
        }
        "hundreds" => (200.0, 999.0, i + 1),
        "thousands" => (2_000.0, 9_999.0, i + 1),
        "dozen"
            if i > 0
                && matches!(
                    t(text, ws, i - 1).to_lowercase().as_str(),
                    "a" | "about" | "around"
                ) =>
        {
            (12.0, 12.0, i + 1)
        }
        _ => return None,
    };
    // Only an amount of something: "dozens of protesters", "a dozen officers"; not "dozens
    // gathered" (the verb is no noun), "by the thousands" alone, nor "hundreds of thousands of
    // dollars" (a sum, no count).
    let single = lo == hi;
    if !single && !of(next) {
        return None;
    }
    let noun_at = if of(next) { next + 1 } else { next };
    let (h, mods) = noun_phrase(text, ws, noun_at, true)?;
    if currency_word(t(text, ws, h)).is_some() {
        return None;
    }
    let (normalized, qualifier) = if single {
        ("12".to_string(), Some(Qualifier::About))
    } else {
        (format!("{lo}/{hi}"), None)
    };
    let start = if w == "dozen" { i - 1 } else { i };
    Some((
        Found {
            kind: ValueKind::Count,
            span: ws[start].span.start..ws[h].span.end,
            normalized,
            qualifier,
            value: (lo + hi) / 2.0,
            // The range as a rounding margin: its interval is (low, high), open at both ends.
            half_unit: (hi - lo) / 2.0 + 0.5,
            rounded: !single,
            unit: None,
            counted: Some(Counted {
                head: head_text(text, ws, h, &mods),
                label: None,
                subgroup: None,
                rank: None,
            }),
        },
        h + 1,
    ))
}

/// The word [`Counted::head`] holds for a win-loss record's wins.
pub const RECORD: &str = "record";

/// A win-loss record: "improved to 58-3", "fell to 36-3", "Thompson (36-3, 24 KOs)", "a 12-4
/// record". Read as the wins, the figure outlets state and update ("58-3" after a win, "57-3"
/// before it); a score ("won 3-1") is not a record.
fn record_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    let w = t(text, ws, i);
    let (wins, losses) = w.split_once('-')?;
    let all_digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit());
    if !all_digits(wins) || !losses.split('-').all(all_digits) {
        return None;
    }
    let prev = if i > 0 {
        t(text, ws, i - 1).to_lowercase()
    } else {
        String::new()
    };
    let next = t(text, ws, i + 1).to_lowercase();
    // "a 12-4 record" needs the word; "improved to 58-3" or "(36-3, 24 KOs)" suffice, but not a
    // range ("to 8-10 percent", "voters (18-24)") nor a set score ("her 6-4, 6-3 win").
    let range = matches!(next.as_str(), "percent" | "%" | ")" | "years" | "year" | "points");
    let record = next == "record" || (matches!(prev.as_str(), "to" | "(") && !range);
    if !record {
        return None;
    }
    let n = Decimal::parse(wins)?;
    Some((
        Found {
            kind: ValueKind::Count,
            span: ws[i].span.clone(),
            normalized: n.to_plain(),
            qualifier: None,
            value: n.to_f64(),
            half_unit: 0.0,
            rounded: false,
            unit: None,
            counted: Some(Counted {
                head: RECORD.to_string(),
                label: None,
                subgroup: None,
                rank: None,
            }),
        },
        i + 1,
    ))
}

/// Cheap test before the parsers: digits, or a word that starts like a number word.
fn may_be_number(w: &str) -> bool {
    // "R26": a rand sum (read only before a scale word, see `number_at`).
    if w.strip_prefix('R')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    let first = w.chars().next().map(|c| c.to_ascii_lowercase());
    matches!(
        first,
        Some('0'..='9' | 'o' | 't' | 'f' | 's' | 'e' | 'n' | 'z' | 'h' | 'd')
    ) && (first.is_some_and(|c| c.is_ascii_digit())
        || (w.len() <= 16
            && (cardinal_word(w).is_some() || ordinal(w).is_some() || {
                let head = w.split('-').next().unwrap_or(w);
                ordinal(head).is_some() || cardinal_word(head).is_some()
            })))
}

fn t<'a>(text: &'a str, ws: &[Word], i: usize) -> &'a str {
    ws.get(i).map(|w| w.text(text)).unwrap_or("")
}

/// Prepositions that end a noun phrase without being function words elsewhere ("three aftershocks
/// *above* magnitude 4").
fn is_preposition(w: &str) -> bool {
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
fn content_words(text: &str, ws: &[Word], start: usize, max: usize) -> Vec<usize> {
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
fn noun_phrase(text: &str, ws: &[Word], start: usize, plural: bool) -> Option<(usize, Vec<usize>)> {
    let mut phrase = content_words(text, ws, start, 4);
    let known = |j: usize| super::lexicon::is_known_noun(t(text, ws, j));
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
    // The last word the measure lexicon knows is the head ("meeting" in "meeting followed").
    let head_at = phrase
        .iter()
        .rposition(|&j| known(j))
        .or_else(|| phrase.len().checked_sub(1))?;
    Some((phrase[head_at], phrase[..head_at].to_vec()))
}

/// The head as written, with the word before it when the two name one thing ("rescue workers").
fn head_text(text: &str, ws: &[Word], h: usize, mods: &[usize]) -> String {
    let head = t(text, ws, h);
    match mods.last() {
        Some(&m) if m + 1 == h && super::lexicon::is_compound(t(text, ws, m), head) => {
            format!("{} {head}", t(text, ws, m))
        }
        _ => head.to_string(),
    }
}

/// The subgroup named by capitalised modifiers ("Korean" in "136 Korean forced laborers"), with a
/// compass word kept attached ("South Korean").
fn subgroup(text: &str, ws: &[Word], mods: &[usize]) -> Option<(String, String)> {
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

fn ordinal_at(text: &str, ws: &[Word], i: usize) -> Option<(Found, usize)> {
    let w = t(text, ws, i);
    // "third-largest": an ordinal rank glued to a superlative.
    let (n, rest) = match ordinal(w) {
        Some(n) => (n, None),
        None => {
            let (head, rest) = w.split_once('-')?;
            (ordinal(head)?, Some(rest))
        }
    };
    let next = t(text, ws, i + 1);
    let century = |s: &str| s.to_lowercase().starts_with("centur") || s.contains("-centur");
    if rest.is_some_and(century) || century(next) || next == "-" || next == "–" {
        return None;
    }
    let (head, mods, end) = match rest {
        Some(_) => match noun_phrase(text, ws, i + 1, false) {
            Some((h, m)) => (Some(h), m, ws[h].span.end),
            None => (None, vec![], ws[i].span.end),
        },
        None => {
            let (h, m) = noun_phrase(text, ws, i + 1, false)?;
            (Some(h), m, ws[h].span.end)
        }
    };
    let counted = head.map(|h| Counted {
        head: t(text, ws, h).to_string(),
        label: subgroup(text, ws, &mods).map(|s| s.0),
        subgroup: subgroup(text, ws, &mods).map(|s| s.1),
        rank: rest.map(str::to_lowercase),
    });
    let last = head.unwrap_or(i);
    Some((
        Found {
            kind: ValueKind::Ordinal,
            span: ws[i].span.start..end,
            normalized: n.to_string(),
            qualifier: None,
            value: n as f64,
            half_unit: 0.0,
            rounded: false,
            unit: None,
            counted,
        },
        last + 1,
    ))
}

fn qualifier_before(text: &str, ws: &[Word], i: usize) -> Option<(Qualifier, usize)> {
    for (phrase, q) in QUALIFIERS_BEFORE {
        let n = phrase.split(' ').count();
        if i < n {
            continue;
        }
        let got: Vec<String> = (i - n..i)
            .map(|j| t(text, ws, j).trim_end_matches('.').to_lowercase())
            .collect();
        if got.join(" ") == *phrase {
            return Some((*q, i - n));
        }
    }
    None
}

fn qualifier_after(text: &str, ws: &[Word], j: usize) -> Option<(Qualifier, usize)> {
    for (phrase, q) in QUALIFIERS_AFTER {
        let n = phrase.split(' ').count();
        let got: Vec<String> = (j..j + n).map(|k| t(text, ws, k).to_lowercase()).collect();
        if got.join(" ") == *phrase {
            return Some((*q, j + n));
        }
    }
    None
}

/// Split `110bn`, `10km`: digits then a scale word or unit glued on.
fn split_glued(w: &str) -> Option<(&str, &str)> {
    let cut = w.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (num, suffix) = w.split_at(cut);
    // "6.1-magnitude", "10-km": a hyphenated unit, but not a hyphenated duration ("60-year").
    let suffix = match suffix.strip_prefix('-') {
        Some(u) if unit(u).is_some() => u,
        Some(_) => return None,
        None => suffix,
    };
    (!num.is_empty() && (scale_word(suffix).is_some() || unit(suffix).is_some())).then_some((num, suffix))
}

/// The number phrase starting at word `i` (its sign, hedge, scale, unit or counted noun
/// included) and the index of the word after it; `None` when the number there is no figure (an
/// id, a time, a date, a year, part of a name).
fn number_at(text: &str, ws: &[Word], i: usize, before: &[Found], headline: bool) -> Option<(Found, usize)> {
    if let Some(found) = hyphenated_duration(text, ws, i).or_else(|| hyphenated_sum(text, ws, i)) {
        return Some((found, i + 1));
    }
    if let Some(found) = number_then_hyphenated_sum(text, ws, i) {
        return Some((found, i + 2));
    }
    let fig = read_figure(text, ws, i)?;
    if names_no_figure(text, ws, i, &fig, before, headline) {
        return None;
    }
    let (amount, half, rounded, j) = scaled(text, ws, i, &fig);
    // "more than a hundred": the hedge stands before the article.
    let article = fig.spelled && fig.start > 0 && matches!(fig.prev.to_lowercase().as_str(), "a" | "an");
    let (qualifier, qstart) = match qualifier_before(text, ws, fig.start).or_else(|| {
        article
            .then(|| qualifier_before(text, ws, fig.start - 1))
            .flatten()
    }) {
        Some((q, s)) => (Some(q), s),
        None => (None, fig.start),
    };
    let mut found = Found {
        kind: ValueKind::Count,
        span: ws[qstart].span.start..ws[j - 1].span.end,
        normalized: amount.to_plain(),
        qualifier,
        value: amount.to_f64(),
        half_unit: half,
        rounded,
        unit: None,
        counted: None,
    };
    let mut j = typed(text, ws, i, j, &fig, amount, &mut found, before)?;
    if let Some((q, end)) = qualifier_after(text, ws, j)
        && found.qualifier.is_none()
    {
        found.qualifier = Some(q);
        j = end;
    }
    found.span.end = ws[j - 1].span.end.max(found.span.end);
    Some((found, j))
}

/// A number as first read at word `i`: its currency sign or letter, its digits (or number word)
/// and what is glued to them.
struct Figure<'a> {
    /// The number as written, a rand's "R" cut off ("R26" → "26").
    word: &'a str,
    prev: &'a str,
    sign: Option<&'a str>,
    /// The phrase's first word: the sign, or "US" of "US$".
    start: usize,
    currency: Option<&'static str>,
    digits: Decimal,
    glued_suffix: Option<&'a str>,
    /// Written as a word ("two"), not in digits.
    spelled: bool,
}

fn read_figure<'a>(text: &'a str, ws: &[Word], i: usize) -> Option<Figure<'a>> {
    let w = t(text, ws, i);
    let prev = if i > 0 { t(text, ws, i - 1) } else { "" };
    let sign = CURRENCY_SIGNS.contains(&prev).then_some(prev);
    let mut start = if sign.is_some() { i - 1 } else { i };
    // "US$": a prefix of letters glued to the sign (not a bracket: "($55 million)").
    let prefix = (start > 0 && ws[start - 1].span.end == ws[start].span.start)
        .then(|| t(text, ws, start - 1))
        .filter(|p| p.chars().all(char::is_alphabetic));
    let mut currency = sign.and_then(|s| currency_sign(s, prefix));
    if sign == Some("$") && prefix.is_some() {
        start -= 1;
    }
    // "R26 million": the rand's letter glued to the figure, read only before a scale word (a
    // road or a model is "R26").
    let w = match w.strip_prefix('R') {
        Some(rest)
            if sign.is_none()
                && Decimal::parse(rest).is_some()
                && scale_word(t(text, ws, i + 1)).is_some() =>
        {
            currency = Some("ZAR");
            rest
        }
        _ => w,
    };
    let (digits, glued_suffix, spelled) = if let Some((num, suffix)) = split_glued(w) {
        (Decimal::parse(num)?, Some(suffix), false)
    } else if let Some(d) = Decimal::parse(w) {
        (d, None, false)
    } else {
        let n = cardinal_word(w)?;
        // "one" is mostly a pronoun or an article, but "one person was killed" is a toll and "one
        // year in prison" a term; "the two leaders" refers, it does not count.
        let one_person = n == 1
            && (matches!(
                t(text, ws, i + 1).to_lowercase().as_str(),
                "person" | "man" | "woman" | "child" | "worker" | "soldier" | "civilian" | "passenger"
            ) || duration_unit(t(text, ws, i + 1)).is_some());
        if (n < 1 || (n == 1 && !one_person)) || is_referring_determiner(prev) {
            return None;
        }
        (Decimal::from_int(n), None, true)
    };
    if w.chars().any(|c| c.is_ascii_digit()) && glued_suffix.is_none() {
        let letters = w.chars().any(char::is_alphabetic);
        if letters || w.contains('-') {
            return None; // ids ("G20"), ranges and phone numbers
        }
    }
    Some(Figure {
        word: w,
        prev,
        sign,
        start,
        currency,
        digits,
        glued_suffix,
        spelled,
    })
}

/// Whether the number at `i` is a clock time, a day or a year the date rules left, or part of a
/// name ("Apollo 11", "No. 5") rather than a figure.
fn names_no_figure(
    text: &str,
    ws: &[Word],
    i: usize,
    fig: &Figure,
    before: &[Found],
    headline: bool,
) -> bool {
    let (prev, next, after_next) = (fig.prev, t(text, ws, i + 1), t(text, ws, i + 2));
    let digits_before_colon = i > 1 && prev == ":" && Decimal::parse(t(text, ws, i - 2)).is_some();
    if (next == ":" && after_next.chars().all(|c| c.is_ascii_digit()) && !after_next.is_empty())
        || is_time_marker(next)
        || digits_before_colon
    {
        return true;
    }
    // A number beside a month or an era is a day or a year that the date rules did not take
    // because it is no valid date ("32 January", "Jan. 0", "99999 AD"): never a count of months.
    let before_month = i > 0
        && (crate::dates::is_english_month_word(prev)
            || (prev == "." && i > 1 && crate::dates::is_english_month_word(t(text, ws, i - 2))));
    let day_like = fig.digits.scale == 0 && (0..=31).contains(&fig.digits.mantissa);
    if !fig.spelled
        && (crate::dates::is_english_month_word(next) || is_era_word(next) || (before_month && day_like))
    {
        return true;
    }
    let is_year = !fig.spelled
        && fig.currency.is_none()
        && fig.digits.scale == 0
        && !fig.word.contains(',')
        && fig.word.len() == 4
        && (1000..=2100).contains(&fig.digits.mantissa)
        && next != "%";
    is_year || (fig.sign.is_none() && i > 0 && in_a_name(text, ws, i, prev, before, headline))
}

/// A number right after a capitalised word is part of a name ("Apollo 11", "Article 9"), and
/// one after "No." or "#" a rank.
fn in_a_name(text: &str, ws: &[Word], i: usize, prev: &str, before: &[Found], headline: bool) -> bool {
    let (next, after_next) = (t(text, ws, i + 1), t(text, ws, i + 2));
    let first_of_sentence = i == 1 || (i == 2 && ws[0].is_punct);
    let p = prev.trim_end_matches('.');
    let qualifier_word = qualifier_before(text, ws, i).is_some();
    let possessive = p.ends_with("'s") || p.ends_with("’s");
    let listed = gapped(text, ws, i, before).is_some();
    // "fined Park 5 billion won": a sum after a name is the name's object, not part of it.
    let sum_follows =
        currency_word(next).is_some() || (scale_word(next).is_some() && currency_word(after_next).is_some());
    if !first_of_sentence
        && !headline
        && !possessive
        && is_capitalised(p)
        && !qualifier_word
        && !listed
        && !sum_follows
    {
        return true;
    }
    let before_dot = if p.is_empty() && i > 1 {
        t(text, ws, i - 2)
    } else {
        p
    };
    matches!(before_dot.to_lowercase().as_str(), "no" | "number" | "#")
}

/// The figure times its scale word ("2.6 million", "110bn", "$21MM") or "dozen"/"hundred" ("two
/// dozen"): the amount, half its last written unit, whether it reads as rounded, and the index of
/// the word after.
fn scaled(text: &str, ws: &[Word], i: usize, fig: &Figure) -> (Decimal, f64, bool, usize) {
    let digits = fig.digits;
    let next = t(text, ws, i + 1);
    let mut amount = digits;
    let mut half = digits.half_written_unit();
    let mut rounded = false;
    let mut j = i + 1;
    let suffix = fig.glued_suffix.unwrap_or("");
    let scale_of = if fig.currency.is_some() {
        money_scale_word
    } else {
        scale_word
    };
    if let Some(e) = scale_of(suffix).or_else(|| {
        // "m" alone is million only for money; as a unit it would be metres.
        (fig.glued_suffix.is_none() && (next != "m" || fig.currency.is_some()))
            .then(|| scale_of(next))
            .flatten()
    }) {
        amount = amount.shifted(e);
        half *= 10f64.powi(e as i32);
        rounded = true;
        if fig.glued_suffix.is_none() {
            j += 1;
        }
    }
    // "two dozen", "three hundred": a number word times a dozen or a hundred.
    let times = match t(text, ws, j).to_lowercase().as_str() {
        "dozen" => 12,
        "hundred" => 100,
        _ => 1,
    };
    if times > 1 && !rounded && digits.scale == 0 {
        amount = Decimal::from_int(digits.mantissa.saturating_mul(times));
        half = times as f64 / 2.0;
        rounded = true;
        j += 1;
    }
    (amount, half, rounded, j)
}

/// What the figure is, by the words after it (`j`): a percentage, a sum, a measurement, a
/// magnitude, a duration or a count of a noun. Sets `found`'s kind, unit and counted noun and
/// returns the index of the word after the phrase; `None` when it is an age or a duration no unit
/// names, or a spelled number that counts nothing.
#[allow(clippy::too_many_arguments)] // one phrase's readings so far, each needed by a branch
fn typed(
    text: &str,
    ws: &[Word],
    i: usize,
    mut j: usize,
    fig: &Figure,
    amount: Decimal,
    found: &mut Found,
    before: &[Found],
) -> Option<usize> {
    let (after, after2) = (t(text, ws, j), t(text, ws, j + 1));
    let mut currency = fig.currency.or_else(|| currency_word(after));
    // "50 million pounds ($63 million)": a scaled sum in pounds is sterling, not a weight.
    if currency.is_none() && found.rounded && matches!(after.to_lowercase().as_str(), "pound" | "pounds") {
        currency = Some("GBP");
    }
    let glued_unit = unit(fig.glued_suffix.unwrap_or(""));
    if after == "%" || ["percent", "pct"].contains(&after.to_lowercase().as_str()) {
        found.kind = ValueKind::Percent;
        found.normalized = format!("{}%", amount.to_plain());
        found.rounded = true;
        j += 1;
    } else if after.eq_ignore_ascii_case("per") && after2.eq_ignore_ascii_case("cent") {
        found.kind = ValueKind::Percent;
        found.normalized = format!("{}%", amount.to_plain());
        found.rounded = true;
        j += 2;
    } else if let Some(code) = currency {
        found.kind = ValueKind::Money;
        found.normalized = format!("{code} {}", amount.to_plain());
        found.unit = Some(code.to_string());
        if fig.sign.is_none() {
            j += 1;
        }
    } else if let Some((sym, factor)) = glued_unit.or_else(|| unit(after)) {
        found.kind = ValueKind::Quantity;
        found.normalized = if sym == "magnitude" {
            amount.to_plain()
        } else {
            format!("{} {sym}", amount.to_plain())
        };
        found.value *= factor;
        found.half_unit *= factor;
        found.rounded = true;
        found.unit = Some(sym.to_string());
        if glued_unit.is_none() {
            j += 1;
        }
    } else if magnitude(text, ws, i, after, amount, found) {
        // The magnitude's words are before the figure: nothing after it to take.
    } else if let Some((sym, factor)) = duration_unit(after) {
        found.kind = ValueKind::Quantity;
        found.normalized = format!("{} {sym}", amount.to_plain());
        found.value *= factor;
        found.half_unit *= factor;
        found.rounded = true;
        found.unit = Some(sym.to_string());
        j += 1;
    } else if is_duration(after) || after.to_lowercase().ends_with("-year-old") {
        return None;
    } else {
        let (counted, end) = counted_noun(text, ws, i, j, amount, before);
        if counted.is_none() && fig.spelled {
            return None;
        }
        found.counted = counted;
        j = end;
    }
    Some(j)
}

/// What a plain number counts: the noun phrase after it ("180 Korean workers"), a part of a
/// whole ("three of them"), or a noun an earlier figure gave ("killing 12 and injuring 40").
/// Returns it and the index of the word after the phrase.
fn counted_noun(
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

/// "magnitude 4.6", "a magnitude of 4.6", "a 4.4 quake", "an earthquake measuring 4.6": makes
/// `found` a magnitude (its span from the word "magnitude" when written) and says whether it is.
fn magnitude(text: &str, ws: &[Word], i: usize, after: &str, amount: Decimal, found: &mut Found) -> bool {
    let prev = if i > 0 { t(text, ws, i - 1) } else { "" };
    let of_magnitude =
        prev.eq_ignore_ascii_case("of") && i >= 2 && t(text, ws, i - 2).eq_ignore_ascii_case("magnitude");
    let quake_size = amount.to_f64().fract() != 0.0
        && amount.to_f64() < 10.0
        && (is_quake_word(after)
            || (prev.eq_ignore_ascii_case("measuring") && i >= 2 && is_quake_word(t(text, ws, i - 2))));
    if !(prev.eq_ignore_ascii_case("magnitude") || of_magnitude || quake_size) {
        return false;
    }
    found.kind = ValueKind::Quantity;
    found.rounded = true;
    found.unit = Some("magnitude".into());
    // The word "magnitude" when written (`prev` is empty at i = 0).
    let unit_word = if prev.eq_ignore_ascii_case("magnitude") {
        Some(i - 1)
    } else if of_magnitude {
        Some(i - 2)
    } else {
        None
    };
    if let Some(u) = unit_word {
        found.span.start = ws[u].span.start.min(found.span.start);
    }
    // "above magnitude 4": the hedge stands before the unit word.
    if found.qualifier.is_none()
        && let Some(u) = unit_word
        && let Some((q, s)) = qualifier_before(text, ws, u)
    {
        found.qualifier = Some(q);
        found.span.start = ws[s].span.start;
    }
    true
}

/// A sum written as one hyphenated word, as an adjective: "a $2.6-million booty", "a
/// two-million-euro haul". A currency sign before it or a currency word in it makes it money;
/// "a two-million-strong crowd" stays out.
fn hyphenated_sum(text: &str, ws: &[Word], i: usize) -> Option<Found> {
    let w = t(text, ws, i);
    let mut parts = w.split('-');
    let (num, scale) = (parts.next()?, parts.next()?);
    let word = parts.next();
    let exp = scale_word(scale)?;
    let digits = number_word(num)?;
    let prev = if i > 0 { t(text, ws, i - 1) } else { "" };
    let signed = CURRENCY_SIGNS.contains(&prev);
    let prefix = (signed && i > 1 && ws[i - 2].span.end == ws[i - 1].span.start)
        .then(|| t(text, ws, i - 2))
        .filter(|p| p.chars().all(char::is_alphabetic));
    let code = match word {
        Some(cw) => currency_word(cw)?,
        None if signed => currency_sign(prev, prefix)?,
        None => return None,
    };
    let start = if signed && word.is_none() { i - 1 } else { i };
    Some(scaled_sum(
        digits,
        exp,
        code,
        ws[start].span.start..ws[i].span.end,
    ))
}

/// A number before a hyphenated scale and currency: "a 2 mn-euro heist", "a two million-euro haul".
fn number_then_hyphenated_sum(text: &str, ws: &[Word], i: usize) -> Option<Found> {
    let digits = number_word(t(text, ws, i))?;
    let (scale, word) = t(text, ws, i + 1).split_once('-')?;
    let exp = scale_word(scale)?;
    let code = currency_word(word)?;
    Some(scaled_sum(
        digits,
        exp,
        code,
        ws[i].span.start..ws[i + 1].span.end,
    ))
}

/// "a 15-year term", "a three-month sentence": a number glued to a unit of time by a hyphen is a
/// duration ("61-year-old" is an age and stays out).
fn hyphenated_duration(text: &str, ws: &[Word], i: usize) -> Option<Found> {
    let (num, unit_word) = t(text, ws, i).split_once('-')?;
    let (sym, factor) = duration_unit(unit_word)?;
    let digits = number_word(num)?;
    let (qualifier, qstart) = match qualifier_before(text, ws, i) {
        Some((q, s)) => (Some(q), s),
        None => (None, i),
    };
    Some(Found {
        kind: ValueKind::Quantity,
        span: ws[qstart].span.start..ws[i].span.end,
        normalized: format!("{} {sym}", digits.to_plain()),
        qualifier,
        value: digits.to_f64() * factor,
        half_unit: digits.half_written_unit() * factor,
        rounded: true,
        unit: Some(sym.to_string()),
        counted: None,
    })
}

/// "148 of the 300 seats": the part counts what the whole counts.
fn part_of(text: &str, ws: &[Word], j: usize) -> Option<Counted> {
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
fn gapped(text: &str, ws: &[Word], i: usize, before: &[Found]) -> Option<Counted> {
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
fn elided_head(text: &str, ws: &[Word], i: usize, j: usize, before: &[Found]) -> Option<Counted> {
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

#[cfg(test)]
#[path = "phrase_tests.rs"]
mod tests;

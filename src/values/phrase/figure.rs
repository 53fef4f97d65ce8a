//! A figure in digits or words: its sign, scale and unit, what it is (a percentage, a sum, a
//! measurement, a magnitude, a duration, a count), and the numbers that are no figure (ids,
//! times, years, parts of names).

use super::counted::{counted_noun, gapped};
use super::{CURRENCY_SIGNS, Found, number_word, qualifier_after, qualifier_before, scaled_sum, t};
use crate::text::is_capitalised;
use crate::values::ValueKind;
use crate::values::lexicon::{
    area_unit, currency_sign, currency_word, duration_unit, is_duration, is_emergency_call, is_era_word,
    is_gun_word, is_quake_word, is_referring_determiner, is_time_marker, unit,
};
use crate::values::number::{Decimal, cardinal_word, money_scale_word, scale_word};
use crate::values::words::Word;

/// Split `110bn`, `10km`: digits then a scale word or unit glued on.
pub(super) fn split_glued(w: &str) -> Option<(&str, &str)> {
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
pub(super) fn number_at(
    text: &str,
    ws: &[Word],
    i: usize,
    before: &[Found],
    headline: bool,
) -> Option<(Found, usize)> {
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
pub(super) struct Figure<'a> {
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

pub(super) fn read_figure<'a>(text: &'a str, ws: &[Word], i: usize) -> Option<Figure<'a>> {
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
pub(super) fn names_no_figure(
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
    if !fig.spelled && fig.currency.is_none() && is_emergency_call(fig.word, prev, next) {
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
pub(super) fn in_a_name(
    text: &str,
    ws: &[Word],
    i: usize,
    prev: &str,
    before: &[Found],
    headline: bool,
) -> bool {
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
pub(super) fn scaled(text: &str, ws: &[Word], i: usize, fig: &Figure) -> (Decimal, f64, bool, usize) {
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
pub(super) fn typed(
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
    // A unit glued to the figure takes no word; "square feet" takes two, "feet" one.
    let measured = unit(fig.glued_suffix.unwrap_or(""))
        .map(|u| (u, 0))
        .or_else(|| area_unit(after, after2).map(|u| (u, 2)))
        .or_else(|| unit(after).map(|u| (u, 1)));
    let percent = if after == "%" || ["percent", "pct"].contains(&after.to_lowercase().as_str()) {
        Some(1)
    } else {
        (after.eq_ignore_ascii_case("per") && after2.eq_ignore_ascii_case("cent")).then_some(2)
    };
    if let Some(words) = percent {
        found.kind = ValueKind::Percent;
        found.normalized = format!("{}%", amount.to_plain());
        found.rounded = true;
        j += words;
    } else if let Some(code) = currency {
        found.kind = ValueKind::Money;
        found.normalized = format!("{code} {}", amount.to_plain());
        found.unit = Some(code.to_string());
        // "$2 million dollars": the currency named twice, its word part of the sum (not the
        // thing the sum is the value of).
        let restated =
            currency_word(after).is_some() || (code == "GBP" && matches!(after, "pound" | "pounds"));
        if fig.sign.is_none() || restated {
            j += 1;
        }
    } else if bore_before_a_gun(text, ws, i, after) {
        // "a .357 revolver": the gun is the thing, not part of the figure.
        measure(found, amount, "caliber", 1.0);
        found.span.start = ws[i - 1].span.start.min(found.span.start);
    } else if let Some(((sym, factor), words)) = measured {
        measure(found, amount, sym, factor);
        j += words;
    } else if magnitude(text, ws, i, after, amount, found) {
        // The magnitude's words are before the figure: nothing after it to take.
    } else if let Some((sym, factor)) = duration_unit(after) {
        measure(found, amount, sym, factor);
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

/// Make `found` a measurement of `amount` in `sym`, its value in the base unit of its dimension
/// (`factor` times the figure).
fn measure(found: &mut Found, amount: Decimal, sym: &str, factor: f64) {
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
}

/// "a .357 revolver", "a .22 rifle": digits after a point that opens the word, before a gun, are
/// its bore in hundredths of an inch, never a count of guns.
fn bore_before_a_gun(text: &str, ws: &[Word], i: usize, after: &str) -> bool {
    let point_opens_word = i > 0
        && t(text, ws, i - 1) == "."
        && ws[i - 1].span.end == ws[i].span.start
        && (i < 2 || ws[i - 2].span.end < ws[i - 1].span.start);
    point_opens_word && is_gun_word(after)
}

/// "magnitude 4.6", "a magnitude of 4.6", "a 4.4 quake", "an earthquake measuring 4.6": makes
/// `found` a magnitude (its span from the word "magnitude" when written) and says whether it is.
pub(super) fn magnitude(
    text: &str,
    ws: &[Word],
    i: usize,
    after: &str,
    amount: Decimal,
    found: &mut Found,
) -> bool {
    let prev = if i > 0 { t(text, ws, i - 1) } else { "" };
    let of_magnitude =
        prev.eq_ignore_ascii_case("of") && i >= 2 && t(text, ws, i - 2).eq_ignore_ascii_case("magnitude");
    // Written with a decimal point ("a 3.0 quake"): "three quakes" and "3 quakes" are counts.
    let quake_size = amount.scale > 0
        && amount.to_f64() < 10.0
        && (is_quake_word(after)
            || (prev.eq_ignore_ascii_case("measuring") && i >= 2 && is_quake_word(t(text, ws, i - 2))));
    if !(prev.eq_ignore_ascii_case("magnitude") || of_magnitude || quake_size) {
        return false;
    }
    measure(found, amount, "magnitude", 1.0);
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
pub(super) fn hyphenated_sum(text: &str, ws: &[Word], i: usize) -> Option<Found> {
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
pub(super) fn number_then_hyphenated_sum(text: &str, ws: &[Word], i: usize) -> Option<Found> {
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
pub(super) fn hyphenated_duration(text: &str, ws: &[Word], i: usize) -> Option<Found> {
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

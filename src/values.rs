//! Values in statements: dates, counts, ordinals, money, percentages and measurements.
//!
//! Dates come from [`crate::dates`] (relative ones resolved against each source's publication
//! date); `phrase` reads number phrases with their hedge and what they count ("about 1,500
//! houses", "47 Japanese workers and 136 from the Korean Peninsula"), skipping numbers that are
//! years, times, ids or parts of names. Amounts are exact decimals (`number`) so normalised forms
//! match the JSON contract digit for digit.

use std::ops::Range;

use serde::Serialize;

use crate::dates::{DateMatch, DateValue};
use crate::ingest::Briefing;
use crate::text::Sentence;

pub(crate) mod lexicon;
pub mod number;
mod phrase;
pub use phrase::{AGE, RECORD};
pub mod words;

/// What kind of value a statement carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueKind {
    Date,
    Count,
    Ordinal,
    Money,
    Percent,
    Quantity,
}

impl ValueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ValueKind::Date => "date",
            ValueKind::Count => "count",
            ValueKind::Ordinal => "ordinal",
            ValueKind::Money => "money",
            ValueKind::Percent => "percent",
            ValueKind::Quantity => "quantity",
        }
    }
}

/// A hedge on a value ("about 1,500", "more than 180").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Qualifier {
    #[serde(rename = "about")]
    About,
    #[serde(rename = "at least")]
    AtLeast,
    #[serde(rename = "at most")]
    AtMost,
    #[serde(rename = "more than")]
    MoreThan,
    #[serde(rename = "less than")]
    LessThan,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
            Qualifier::MoreThan => "more than",
            Qualifier::LessThan => "less than",
        }
    }
}

/// A value found in a source's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub kind: ValueKind,
    /// Index into `Briefing::sources`.
    pub source: usize,
    /// Byte span of the value phrase (e.g. "180 workers") in the source text.
    pub span: Range<usize>,
    /// Index of its sentence in that source's sentence list.
    pub sentence: usize,
    /// Normalised per the JSON contract: `2026-01-13`, `2025-10`, `430000`, `3`, `USD 1520000000`, `21.8%`.
    pub normalized: String,
    pub qualifier: Option<Qualifier>,
    /// The parsed amount, for comparison.
    pub amount: Amount,
    /// Currency code (money) or unit symbol (quantity).
    pub unit: Option<String>,
    /// What a count or ordinal counts ("workers", "meeting").
    pub counted: Option<Counted>,
}

impl Value {
    /// The normalised value for a reader: large sums scaled ("USD 43000000000" → "USD 43 bn",
    /// "TRY 2500000" → "TRY 2.5 m"), a span of whole years as its years ("1930-01-01/1939-12-31"
    /// → "1930–1939"); every other kind as normalised.
    pub fn readable(&self) -> String {
        if self.kind == ValueKind::Date
            && let Some((from, to)) = self.normalized.split_once('/')
            && let (Some(a), Some(b)) = (from.strip_suffix("-01-01"), to.strip_suffix("-12-31"))
        {
            return if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            };
        }
        if self.kind != ValueKind::Money {
            return self.normalized.clone();
        }
        let Some((code, n)) = self.normalized.split_once(' ') else {
            return self.normalized.clone();
        };
        let Ok(x) = n.parse::<f64>() else {
            return self.normalized.clone();
        };
        let (scaled, suffix) = [(1e12, " tn"), (1e9, " bn"), (1e6, " m")]
            .into_iter()
            .find(|&(unit, _)| x.abs() >= unit)
            .map_or((x, ""), |(unit, suffix)| (x / unit, suffix));
        // Up to three decimals, trailing zeros dropped: 39.33, 2.5, 43.
        let digits = format!("{scaled:.3}");
        let digits = if digits.contains('.') {
            digits.trim_end_matches('0').trim_end_matches('.')
        } else {
            &digits
        };
        format!("{code} {digits}{suffix}")
    }

    /// A value from its contract fields alone (fixtures, other front ends): the amount is read back
    /// from `normalized`, and there is no counted noun or unit.
    pub fn new(
        kind: ValueKind,
        source: usize,
        span: Range<usize>,
        sentence: usize,
        normalized: String,
        qualifier: Option<Qualifier>,
    ) -> Value {
        let amount = Amount::from_normalized(kind, &normalized);
        Value {
            kind,
            source,
            span,
            sentence,
            normalized,
            qualifier,
            amount,
            unit: None,
            counted: None,
        }
    }
}

impl Amount {
    /// Read an amount back from a normalised value (`2026-01-13`, `2025-10`, `USD 1520000000`,
    /// `21.8%`, `10 km`). Unparseable text gives the number 0, so a fixture never panics.
    pub fn from_normalized(kind: ValueKind, normalized: &str) -> Amount {
        if kind == ValueKind::Date
            && let Some(value) = parse_iso(normalized)
        {
            return Amount::Date {
                value,
                weekday_ok: None,
                relative: false,
            };
        }
        let digits = normalized
            .split_whitespace()
            .find_map(|w| number::Decimal::parse(w.trim_end_matches('%')));
        match digits {
            Some(d) => Amount::Number {
                value: d.to_f64(),
                half_unit: d.half_written_unit(),
                rounded: matches!(kind, ValueKind::Percent | ValueKind::Quantity),
            },
            None => Amount::Number {
                value: 0.0,
                half_unit: 0.0,
                rounded: false,
            },
        }
    }
}

/// `2026-01-13`, `2025-10`, `1942`, `2026-01-04/2026-01-07` back to a [`DateValue`].
fn parse_iso(s: &str) -> Option<DateValue> {
    use chrono::NaiveDate;
    if let Some((a, b)) = s.split_once('/') {
        let a = NaiveDate::parse_from_str(a, "%Y-%m-%d").ok()?;
        let b = NaiveDate::parse_from_str(b, "%Y-%m-%d").ok()?;
        return Some(DateValue::Range(a, b));
    }
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] => y.parse().ok().map(DateValue::Year),
        [y, m] => {
            let (year, month) = (y.parse().ok()?, m.parse().ok()?);
            (1..=12)
                .contains(&month)
                .then_some(DateValue::Month { year, month })
        }
        _ => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(DateValue::Day),
    }
}

/// A value's amount in comparable form.
#[derive(Debug, Clone, PartialEq)]
pub enum Amount {
    Number {
        /// In base units (metres for lengths).
        value: f64,
        /// Half of the last written digit, in the units of `value`.
        half_unit: f64,
        /// Written with a scale word, as a percentage or a measurement: read as rounded at its
        /// last written digit ("$1.5 billion" fits 1.52 billion; a bare count "180" is exact).
        rounded: bool,
    },
    Date {
        value: DateValue,
        /// `Some(false)` when a stated weekday does not fall on the date.
        weekday_ok: Option<bool>,
        relative: bool,
    },
}

/// The noun phrase a count or ordinal counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// Head noun as written ("laborers"); `phrase::AGE` for an age ("a 16-year-old").
    pub head: String,
    /// Capitalised modifier naming a subgroup, as written ("Korean", "South Korean").
    pub label: Option<String>,
    /// That subgroup stemmed so nationality and place meet ("korea").
    pub subgroup: Option<String>,
    /// For ranks glued to a superlative ("third-largest"): the superlative.
    pub rank: Option<String>,
}

/// Find the values in every sentence of a briefing.
///
/// Dates come from [`crate::dates::find_dates`], resolved against the source's publication date —
/// or, for an undated source, the latest full date it states ([`crate::ingest::Source::anchor`]), since
/// an article is written on or after the days it reports; numbers inside a date phrase are not read
/// again as counts.
pub fn extract(briefing: &Briefing, sentences: &[Vec<Sentence>]) -> Vec<Value> {
    let mut out = Vec::new();
    for (source_idx, (source, sents)) in briefing.sources.iter().zip(sentences).enumerate() {
        out.extend(extract_source(source_idx, source, sents));
    }
    out
}

/// The values of one source (`index` in its briefing), in the order [`extract`] gives them: each
/// source is read by itself, so sources can be read side by side.
pub fn extract_source(index: usize, source: &crate::ingest::Source, sentences: &[Sentence]) -> Vec<Value> {
    let anchor = source.anchor();
    let mut out = Vec::new();
    for (sentence_idx, sentence) in sentences.iter().enumerate() {
        let at = At {
            source: index,
            sentence: sentence_idx,
            headline: sentence.headline,
        };
        out.extend(in_sentence(&source.text, sentence.span.clone(), anchor, at));
    }
    out
}

/// "October last year" can come back as two phrases, "October" and "last year"; written side by
/// side, the coarser one only places the finer one, so they are one date at the finer precision.
fn join_split_dates(text: &str, mut dates: Vec<DateMatch>) -> Vec<DateMatch> {
    dates.sort_by_key(|d| d.span.start);
    let mut out: Vec<DateMatch> = Vec::with_capacity(dates.len());
    for d in dates {
        if let Some(prev) = out.last_mut() {
            let between = text.get(prev.span.end..d.span.start).unwrap_or("x");
            let adjacent = prev.span.end <= d.span.start
                && between.chars().all(|c| c.is_whitespace() || c == ',')
                && between.len() <= 3;
            let (pa, pb) = prev.value.bounds();
            let (da, db) = d.value.bounds();
            if adjacent && pa >= da && pb <= db {
                prev.span.end = d.span.end;
                continue;
            }
            if adjacent && da >= pa && db <= pb {
                let start = prev.span.start;
                *prev = d;
                prev.span.start = start;
                continue;
            }
        }
        out.push(d);
    }
    out
}

/// Where a sentence sits: its source, its index, whether it is the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct At {
    pub source: usize,
    pub sentence: usize,
    pub headline: bool,
}

/// The values of one sentence `text[span]`, in text order; relative dates resolve against `anchor`.
pub fn in_sentence(text: &str, span: Range<usize>, anchor: Option<chrono::NaiveDate>, at: At) -> Vec<Value> {
    if text.get(span.clone()).is_none() {
        return Vec::new();
    }
    let dates = join_split_dates(text, crate::dates::find_dates(text, span.clone(), anchor));
    let mut found: Vec<Value> = dates
        .iter()
        .map(|d| Value {
            kind: ValueKind::Date,
            source: at.source,
            span: d.span.clone(),
            sentence: at.sentence,
            normalized: d.value.to_iso(),
            qualifier: None,
            amount: Amount::Date {
                value: d.value,
                weekday_ok: d.weekday_ok,
                relative: d.relative,
            },
            unit: None,
            counted: None,
        })
        .collect();
    let skip: Vec<Range<usize>> = dates.iter().map(|d| d.span.clone()).collect();
    for f in phrase::scan(text, span, &skip, at.headline) {
        found.push(Value {
            kind: f.kind,
            source: at.source,
            span: f.span,
            sentence: at.sentence,
            normalized: f.normalized,
            qualifier: f.qualifier,
            amount: Amount::Number {
                value: f.value,
                half_unit: f.half_unit,
                rounded: f.rounded,
            },
            unit: f.unit,
            counted: f.counted,
        });
    }
    found.sort_by_key(|v| v.span.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn readable_sums_and_spans() {
        let cases = [
            (ValueKind::Money, "USD 43000000000", "USD 43 bn"),
            (ValueKind::Money, "USD 39330000000", "USD 39.33 bn"),
            (ValueKind::Money, "TRY 2500000", "TRY 2.5 m"),
            (ValueKind::Money, "EUR 110000000000", "EUR 110 bn"),
            (ValueKind::Money, "USD 1200000000000", "USD 1.2 tn"),
            (ValueKind::Money, "USD 750", "USD 750"),
            (ValueKind::Money, "USD 0.5", "USD 0.5"),
            (ValueKind::Count, "430000", "430000"),
            (ValueKind::Percent, "21.8%", "21.8%"),
            (ValueKind::Date, "1930-01-01/1939-12-31", "1930–1939"),
            (ValueKind::Date, "2026-01-04/2026-01-07", "2026-01-04/2026-01-07"),
            (ValueKind::Date, "2026-01-13", "2026-01-13"),
        ];
        for (kind, normalized, want) in cases {
            let v = Value::new(kind, 0, 0..1, 0, normalized.into(), None);
            assert_eq!(v.readable(), want, "{normalized}");
        }
    }

    fn values_of(sentence: &str, anchor: Option<NaiveDate>) -> Vec<(ValueKind, String, String)> {
        in_sentence(sentence, 0..sentence.len(), anchor, At::default())
            .into_iter()
            .map(|v| (v.kind, sentence[v.span].to_string(), v.normalized))
            .collect()
    }

    #[test]
    fn amounts_read_back_from_normalized() {
        let day = |s: &str| DateValue::Day(chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid"));
        let cases = [
            (ValueKind::Date, "2026-01-13", Some(day("2026-01-13")), None),
            (
                ValueKind::Date,
                "2025-10",
                Some(DateValue::Month {
                    year: 2025,
                    month: 10,
                }),
                None,
            ),
            (ValueKind::Date, "1942", Some(DateValue::Year(1942)), None),
            (
                ValueKind::Date,
                "2026-01-04/2026-01-07",
                Some(DateValue::Range(
                    chrono::NaiveDate::from_ymd_opt(2026, 1, 4).expect("valid"),
                    chrono::NaiveDate::from_ymd_opt(2026, 1, 7).expect("valid"),
                )),
                None,
            ),
            (ValueKind::Money, "USD 1520000000", None, Some(1.52e9)),
            (ValueKind::Percent, "21.8%", None, Some(21.8)),
            (ValueKind::Count, "430000", None, Some(430000.0)),
            (ValueKind::Count, "junk", None, Some(0.0)),
        ];
        for (kind, norm, date, number) in cases {
            match Amount::from_normalized(kind, norm) {
                Amount::Date { value, .. } => assert_eq!(Some(value), date, "{norm}"),
                Amount::Number { value, .. } => assert_eq!(Some(value), number, "{norm}"),
            }
        }
    }

    #[test]
    fn dates_and_numbers_in_one_sentence() {
        let anchor = NaiveDate::from_ymd_opt(2026, 1, 14);
        type Case<'a> = (&'a str, Vec<(ValueKind, &'a str, &'a str)>);
        let cases: [Case; 3] = [
            (
                "The two leaders held their first in-person meeting in October last year.",
                vec![
                    (ValueKind::Ordinal, "first in-person meeting", "1"),
                    (ValueKind::Date, "October last year", "2025-10"),
                ],
            ),
            (
                "On January 13, 2026, 180 workers were honoured.",
                vec![
                    (ValueKind::Date, "January 13, 2026", "2026-01-13"),
                    (ValueKind::Count, "180 workers", "180"),
                ],
            ),
            (
                "In February 1942 the tunnel collapsed, killing 183 people.",
                vec![
                    (ValueKind::Date, "February 1942", "1942-02"),
                    (ValueKind::Count, "183 people", "183"),
                ],
            ),
        ];
        for (sentence, want) in cases {
            let want: Vec<(ValueKind, String, String)> = want
                .into_iter()
                .map(|(k, p, n)| (k, p.to_string(), n.to_string()))
                .collect();
            assert_eq!(values_of(sentence, anchor), want, "{sentence}");
        }
    }
}

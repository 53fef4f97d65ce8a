//! Values in statements: dates, counts, ordinals, money, percentages and measurements.

use std::ops::Range;

use serde::Serialize;

use crate::dates::DateValue;
use crate::ingest::Briefing;
use crate::text::Sentence;

mod lexicon;
pub mod number;
mod phrase;
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
    /// Head noun as written ("laborers").
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
/// Dates come from [`crate::dates::find_dates`], resolved against the source's publication date;
/// numbers inside a date phrase are not read again as counts.
pub fn extract(briefing: &Briefing, sentences: &[Vec<Sentence>]) -> Vec<Value> {
    let mut out = Vec::new();
    for (source_idx, (source, sents)) in briefing.sources.iter().zip(sentences).enumerate() {
        for (sentence_idx, sentence) in sents.iter().enumerate() {
            let at = At {
                source: source_idx,
                sentence: sentence_idx,
                headline: sentence.headline,
            };
            out.extend(in_sentence(
                &source.text,
                sentence.span.clone(),
                source.published,
                at,
            ));
        }
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
    let dates = crate::dates::find_dates(text, span.clone(), anchor);
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

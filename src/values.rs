//! Values in statements: dates, counts, ordinals, money, percentages and measurements.

use std::ops::Range;

use serde::Serialize;

use crate::ingest::Briefing;
use crate::text::Sentence;

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
}

/// Find the values in every sentence of a briefing.
pub fn extract(briefing: &Briefing, sentences: &[Vec<Sentence>]) -> Vec<Value> {
    let _ = (briefing, sentences);
    Vec::new()
}

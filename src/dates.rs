//! Date phrases in English, French, German, Italian and Spanish, resolved against an anchor date.
//!
//! Used by ingest (publication dates, datelines) and by values (dates in statements), so it sits below
//! both. (interim contract: the dates helper fills in the implementation.)

use std::ops::Range;

use chrono::{NaiveDate, Weekday};

/// A calendar value at the precision the text states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateValue {
    Day(NaiveDate),
    Month {
        year: i32,
        month: u32,
    },
    Year(i32),
    /// Inclusive range of days ("Jan. 4-7").
    Range(NaiveDate, NaiveDate),
}

impl DateValue {
    /// ISO 8601 at the stated precision: `2026-01-13`, `2025-10`, `1942`, `2026-01-04/2026-01-07`.
    pub fn to_iso(&self) -> String {
        match self {
            DateValue::Day(d) => d.format("%Y-%m-%d").to_string(),
            DateValue::Month { year, month } => format!("{year:04}-{month:02}"),
            DateValue::Year(y) => format!("{y:04}"),
            DateValue::Range(a, b) => format!("{}/{}", a.format("%Y-%m-%d"), b.format("%Y-%m-%d")),
        }
    }

    /// The first and last day this value covers (a month covers all its days).
    pub fn bounds(&self) -> (NaiveDate, NaiveDate) {
        match *self {
            DateValue::Day(d) => (d, d),
            DateValue::Range(a, b) => (a, b),
            DateValue::Month { year, month } => {
                let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN);
                let last = first
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(first);
                (first, last)
            }
            DateValue::Year(y) => (
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(NaiveDate::MIN),
                NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(NaiveDate::MAX),
            ),
        }
    }
}

/// A date phrase found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte span of the phrase in the text passed in.
    pub span: Range<usize>,
    pub value: DateValue,
    /// A weekday the text states with the date ("Tuesday, Jan. 13"), if any.
    pub weekday: Option<Weekday>,
    /// `Some(false)` when the stated weekday does not fall on the stated date.
    pub weekday_ok: Option<bool>,
    /// True when resolved from a relative phrase ("Tuesday", "a week ago", "last year").
    pub relative: bool,
}

/// Find date phrases in `text[range]`, resolving relative and year-less ones against `anchor`
/// (the publication date), with the sentence's tense deciding direction ("will host … on Tuesday").
pub fn find_dates(text: &str, range: Range<usize>, anchor: Option<NaiveDate>) -> Vec<DateMatch> {
    let _ = (text, range, anchor);
    Vec::new()
}

/// Parse a line that states a publication date: "14 Gennaio 2026", "Today : Jan 12, 2026",
/// "WEDNESDAY 03 JULY 2013", ISO and RFC 2822 forms. `None` when it states no full date.
pub fn parse_date_line(line: &str) -> Option<NaiveDate> {
    let _ = line;
    None
}

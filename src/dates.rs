//! Date phrases in English, French, German, Italian and Spanish, resolved against an anchor date.
//!
//! Used by ingest (publication dates, datelines) and by values (dates in statements), so it sits below
//! both.
//!
//! The text is tokenised once and date shapes are matched on the tokens with bounded lookahead
//! (`scan`), then placed on the calendar (`resolve`): year-less dates take the anchor's year (rolling
//! back a year when that would put them far in the future), a bare weekday is the most recent one on
//! or before the anchor unless its sentence looks forward, and a weekday stated with a date is checked
//! against the calendar.

mod names;
mod resolve;
mod scan;

use std::ops::Range;

use chrono::{DateTime, NaiveDate, Weekday};

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

/// Whether `word` names a month, in any language the date scanner reads ("Jan.", "March",
/// "Févr.").
pub(crate) fn is_month_name(word: &str) -> bool {
    names::month(word).is_some()
}

/// Whether `word` names a day of the week ("Tuesday", "Tue.", "MONDAY").
pub(crate) fn is_weekday_name(word: &str) -> bool {
    names::weekday(word).is_some()
}

/// An English month or weekday name or abbreviation, in any case, with or without its periods
/// ("January", "Jan.", "TUESDAY", "May"): the calendar words the entity rules keep out of names.
pub(crate) fn is_english_calendar_word(word: &str) -> bool {
    names::is_english_calendar_word(word)
}

/// An English month or weekday abbreviation written with one capital ("Jan", "Sept", "Thurs"),
/// whose period does not end a sentence.
pub(crate) fn is_english_calendar_abbreviation(word: &str) -> bool {
    names::is_english_calendar_abbreviation(word)
}

/// An English month name or abbreviation as written beside a day ("32 January", "Jan. 0"), in
/// any case; "May", "March" and "Mar" only capitalised ("may be", "march on").
pub fn is_english_month_word(word: &str) -> bool {
    names::is_english_month_word(word)
}

/// Find date phrases in `text[range]`, resolving relative and year-less ones against `anchor`
/// (the publication date), with the sentence's tense deciding direction ("will host … on Tuesday").
///
/// Without an anchor, only phrases that state their year are returned. A range that is out of
/// bounds or not on char boundaries is clamped.
pub fn find_dates(text: &str, range: Range<usize>, anchor: Option<NaiveDate>) -> Vec<DateMatch> {
    let end = resolve::floor_boundary(text, range.end);
    let start = resolve::floor_boundary(text, range.start.min(end));
    let range = start..end;
    scan::scan(text, range.clone(), anchor.is_some())
        .into_iter()
        .filter_map(|(span, hit)| {
            let span = trim_sentence_dot(text, span);
            let fwd_span = span.clone();
            resolve::resolve(hit, span, anchor, || {
                resolve::looks_forward(text, &fwd_span, &range)
            })
        })
        .collect()
}

/// The tokeniser keeps a word's trailing dot (for "Jan."); a full word's dot ends the sentence
/// instead ("on Tuesday.") and is not part of the phrase.
fn trim_sentence_dot(text: &str, span: Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let Some(stem) = s.strip_suffix('.') else {
        return span;
    };
    let last = stem.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let abbreviation = !last.is_empty()
        && (names::month(last).is_some_and(|m| !m.full)
            || names::weekday(last).is_some_and(|(_, full)| !full));
    if abbreviation {
        span
    } else {
        span.start..span.end - 1
    }
}

/// Parse a line that states a publication date: "14 Gennaio 2026", "Today : Jan 12, 2026",
/// "WEDNESDAY 03 JULY 2013", ISO and RFC 2822 forms. `None` when it states no full date.
pub fn parse_date_line(line: &str) -> Option<NaiveDate> {
    parse_date_line_with(line, None)
}

/// Like [`parse_date_line`], but a date without a year ("Nara, Jan. 14 (Jiji Press)–") takes its
/// year from `anchor` (e.g. another date stated in the same file, or a feed's date): the latest such
/// day not far after the anchor. Relative phrases ("yesterday") never count as a date line.
pub fn parse_date_line_with(line: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    let t = line.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(t) {
        return Some(dt.date_naive());
    }
    date_in_line(line, anchor).map(|(_, d)| d)
}

/// Byte span of the first full date in `line` together with the date, for callers that need to
/// know how much of a line the date covers (a header line that is only a date is boilerplate).
pub fn date_in_line(line: &str, anchor: Option<NaiveDate>) -> Option<(Range<usize>, NaiveDate)> {
    scan::scan(line, 0..line.len(), false)
        .into_iter()
        .find_map(|(span, hit)| {
            let has_day = matches!(hit, scan::Hit::Date { .. } | scan::Hit::Exact(_));
            let m = resolve::resolve(hit, span, anchor, || false)?;
            match m.value {
                DateValue::Day(d) if has_day => Some((m.span, d)),
                _ => None,
            }
        })
}

#[cfg(test)]
mod tests;

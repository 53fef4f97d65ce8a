//! Placing date shapes on the calendar: year-less dates, relative phrases and tense.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Regex;

use super::scan::{Hit, Rel, Unit};
use super::{DateMatch, DateValue};

/// Does the sentence around `span` look forward ("will host … on Tuesday", "is expected to", "the
/// deal, expected to close in January", "HP expects the deal to close")?
/// Only a bounded window is read, so resolving stays linear in the text.
pub(crate) fn looks_forward(text: &str, span: &Range<usize>, range: &Range<usize>) -> bool {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:will|won['’]t|shall|(?:is|are|am)\s+(?:expected|scheduled|set|due|slated|poised|going|planning|to)(?-u:\b)|plans?\s+to|expects?|upcoming)(?-u:\b)|['’]ll(?-u:\b)|,\s*expected\s+to(?-u:\b)",
        )
        .expect("static cue pattern is valid")
    });
    const WINDOW: usize = 300;
    let lo = floor_boundary(text, span.start.saturating_sub(WINDOW).max(range.start));
    let hi = floor_boundary(text, (span.end + WINDOW / 2).min(range.end));
    let before = &text[lo..span.start];
    let start = before
        .rfind(['\n', '!', '?'])
        .into_iter()
        .chain(before.rfind(". "))
        .max()
        .map_or(lo, |p| lo + p + 1);
    let after = &text[span.end..hi];
    let end = after
        .find(['\n', '!', '?'])
        .into_iter()
        .chain(after.find(". "))
        .min()
        .map_or(hi, |p| span.end + p);
    CUE.is_match(&text[start..end])
}

pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Window for year-less dates: looking back, a date up to this far past the anchor still takes the
/// anchor's year (the article may mention a day in the coming weeks); beyond it rolls back a year.
const AHEAD_DAYS: u64 = 60;

/// The year for a day and month stated without one.
pub(crate) fn year_for(month: u32, day: u32, anchor: NaiveDate, forward: bool) -> Option<NaiveDate> {
    let y = anchor.year();
    let cands = [y - 1, y, y + 1].map(|y| NaiveDate::from_ymd_opt(y, month, day));
    if forward {
        let floor = anchor.checked_sub_days(Days::new(AHEAD_DAYS))?;
        cands.into_iter().flatten().find(|d| *d >= floor)
    } else {
        let ceil = anchor.checked_add_days(Days::new(AHEAD_DAYS))?;
        cands.into_iter().flatten().rfind(|d| *d <= ceil)
    }
}

fn month_start(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// A month named without a year, placed by its modifier and the tense.
fn month_for(month: u32, rel: Rel, anchor: NaiveDate, forward: bool) -> Option<DateValue> {
    let this_month = month_start(anchor.year(), anchor.month())?;
    let y = anchor.year();
    let cands: Vec<NaiveDate> = [y - 1, y, y + 1]
        .iter()
        .filter_map(|&y| month_start(y, month))
        .collect();
    let pick = match rel {
        Rel::Last => cands.iter().rev().find(|d| **d < this_month),
        Rel::Next => cands.iter().find(|d| **d > this_month),
        Rel::This => cands.iter().find(|d| d.year() == y),
        Rel::Bare if forward => cands.iter().find(|d| **d >= this_month),
        Rel::Bare => cands.iter().rev().find(|d| **d <= anchor),
    }?;
    Some(DateValue::Month {
        year: pick.year(),
        month: pick.month(),
    })
}

fn weekday_for(wd: Weekday, rel: Rel, anchor: NaiveDate, forward: bool) -> Option<NaiveDate> {
    let back = i64::from((anchor.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7);
    let ahead = (7 - back) % 7;
    let offset = match rel {
        Rel::Last => -(if back == 0 { 7 } else { back }),
        Rel::Next => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Rel::This => {
            // Same Monday-to-Sunday week as the anchor.
            i64::from(wd.num_days_from_monday()) - i64::from(anchor.weekday().num_days_from_monday())
        }
        Rel::Bare if forward => ahead,
        Rel::Bare => -back,
    };
    shift_days(anchor, offset)
}

fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn shift_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    }
}

fn week_of(d: NaiveDate) -> Option<DateValue> {
    let monday = shift_days(d, -i64::from(d.weekday().num_days_from_monday()))?;
    Some(DateValue::Range(monday, shift_days(monday, 6)?))
}

fn unit_value(unit: Unit, n: i64, anchor: NaiveDate) -> Option<DateValue> {
    Some(match unit {
        Unit::Day => DateValue::Day(shift_days(anchor, n)?),
        Unit::Week => DateValue::Day(shift_days(anchor, n.checked_mul(7)?)?),
        Unit::Month => {
            let d = shift_months(anchor, n)?;
            DateValue::Month {
                year: d.year(),
                month: d.month(),
            }
        }
        Unit::Year => DateValue::Year(anchor.year().checked_add(i32::try_from(n).ok()?)?),
    })
}

/// The days from `start` to `end` (month, day) of `year`, or of the year the anchor gives the
/// start; `None` when a day is not real or the range runs backwards.
fn day_range(
    (m1, d1): (u32, u32),
    (m2, d2): (u32, u32),
    year: Option<i32>,
    anchor: Option<NaiveDate>,
    forward: impl FnOnce() -> bool,
) -> Option<DateValue> {
    let ymd = NaiveDate::from_ymd_opt;
    let (a, b) = match year {
        // "Dec. 30-Jan. 2, 2026": the stated year belongs to the end.
        Some(y) if m1 > m2 => (ymd(y - 1, m1, d1)?, ymd(y, m2, d2)?),
        Some(y) => (ymd(y, m1, d1)?, ymd(y, m2, d2)?),
        None => {
            let a = year_for(m1, d1, anchor?, forward())?;
            let y = if m2 < m1 { a.year() + 1 } else { a.year() };
            (a, ymd(y, m2, d2)?)
        }
    };
    if b < a {
        return None;
    }
    Some(DateValue::Range(a, b))
}

/// Turn a hit into a match, or `None` when it needs an anchor that is missing or names no real date
/// ("February 30"). One match arm per kind of hit.
pub(crate) fn resolve(
    hit: Hit,
    span: Range<usize>,
    anchor: Option<NaiveDate>,
    forward: impl FnOnce() -> bool,
) -> Option<DateMatch> {
    let mut weekday = None;
    let mut relative = false;
    let value = match hit {
        Hit::Exact(d) => DateValue::Day(d),
        Hit::Year(y) => DateValue::Year(y),
        Hit::YearRange(a, b) => DateValue::Range(
            NaiveDate::from_ymd_opt(a, 1, 1)?,
            NaiveDate::from_ymd_opt(b, 12, 31)?,
        ),
        Hit::Date {
            weekday: wd,
            day,
            month,
            year,
        } => {
            weekday = wd;
            match year {
                Some(y) => DateValue::Day(NaiveDate::from_ymd_opt(y, month, day)?),
                None => DateValue::Day(year_for(month, day, anchor?, forward())?),
            }
        }
        Hit::DayRange { m1, d1, m2, d2, year } => day_range((m1, d1), (m2, d2), year, anchor, forward)?,
        Hit::Month {
            month, year: Some(y), ..
        } => {
            NaiveDate::from_ymd_opt(y, month, 1)?;
            DateValue::Month { year: y, month }
        }
        Hit::Month {
            month,
            year: None,
            rel,
        } => {
            relative = true;
            month_for(month, rel, anchor?, forward())?
        }
        Hit::Weekday { weekday: wd, rel } => {
            relative = true;
            weekday = Some(wd);
            DateValue::Day(weekday_for(wd, rel, anchor?, forward())?)
        }
        Hit::Offset { unit, n } => {
            relative = true;
            unit_value(unit, n, anchor?)?
        }
        Hit::Period { unit, shift } => {
            relative = true;
            let anchor = anchor?;
            match unit {
                Unit::Week => week_of(shift_days(anchor, i64::from(shift) * 7)?)?,
                _ => unit_value(unit, i64::from(shift), anchor)?,
            }
        }
    };
    let weekday_ok = match (weekday, value) {
        (Some(wd), DateValue::Day(d)) if !relative => Some(d.weekday() == wd),
        _ => None,
    };
    Some(DateMatch {
        span,
        value,
        weekday,
        weekday_ok,
        relative,
    })
}

//! Verdicts: whether a claim's statements agree, and why.
//!
//! Each value is read as the interval it allows, and values are compatible when
//! their intervals meet. Precision and hedges decide the width: "January 2026" spans the month,
//! "more than 180" is open above 180, "about 430,000" allows a rounding margin, a bare "180" is exact.

use super::model::{Reason, Statement, Verdict};
use crate::values::number::half_significant_unit;
use crate::values::{Amount, Qualifier, Value, ValueKind};

/// The verdict of a claim whose statements are `statements`, and why when they disagree.
///
/// A reader sees two figures for one quantity as a disagreement even where hedges would let both be
/// true: an early "at least four" dead against a later twelve, "more than 6,000" against "more than
/// 7,000". Rounding agrees ("about 40,000" / "40,000"), and so does a hedge that only rounds the
/// same count ("more than 100" / "126").
///
/// `published` gives each statement's publication date: counts that only rise from one day's
/// reports to a later day's are a toll being updated, and the reason says so.
pub fn verdict(
    statements: &[Statement],
    published: &[Option<chrono::NaiveDate>],
) -> (Verdict, Option<Reason>) {
    if statements.len() < 2 {
        return (Verdict::Single, None);
    }
    if !all_compatible(statements.iter().map(|s| &s.value)) {
        let reason = if later_higher(statements, published) {
            Reason::LaterHigher
        } else {
            Reason::Differ
        };
        return (Verdict::Disagree, Some(reason));
    }
    // Pairs of distinct written figures only: thousands of outlets give a handful of figures.
    let mut distinct: Vec<&Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for s in statements {
        if seen.insert((s.value.normalized.as_str(), s.value.qualifier)) {
            distinct.push(&s.value);
        }
    }
    let hedged_apart = distinct
        .iter()
        .enumerate()
        .any(|(i, a)| distinct[i + 1..].iter().any(|b| !same_figure(a, b)));
    if hedged_apart {
        let reason = if later_higher(statements, published) {
            Reason::LaterHigher
        } else {
            Reason::WithinHedges
        };
        (Verdict::Disagree, Some(reason))
    } else {
        (Verdict::Agree, None)
    }
}

/// Whether every count from a later day is at least every count from an earlier day, and some
/// later one is higher: the figure rose as reports came in.
fn later_higher(statements: &[Statement], published: &[Option<chrono::NaiveDate>]) -> bool {
    let counts: Vec<(chrono::NaiveDate, f64)> = statements
        .iter()
        .zip(published)
        .filter_map(|(s, d)| match (s.value.kind, &s.value.amount, d) {
            (ValueKind::Count, Amount::Number { value, .. }, Some(d)) => Some((*d, *value)),
            _ => None,
        })
        .collect();
    if counts.len() < 2 || counts.len() != statements.len() {
        return false;
    }
    // Day by day (sorted): each day's lowest count is at least every earlier day's highest.
    let mut counts = counts;
    counts.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut days: Vec<(f64, f64)> = Vec::new();
    let mut last_day = None;
    for (d, v) in counts {
        if last_day == Some(d) {
            if let Some(day) = days.last_mut() {
                day.1 = day.1.max(v);
            }
        } else {
            days.push((v, v));
            last_day = Some(d);
        }
    }
    let ordered = days.windows(2).all(|w| w[1].0 >= w[0].1);
    let rose = days.len() > 1 && days.last().map(|d| d.1) > days.first().map(|d| d.0);
    ordered && rose
}

fn is_bound(q: Option<Qualifier>) -> bool {
    matches!(
        q,
        Some(Qualifier::AtLeast | Qualifier::MoreThan | Qualifier::AtMost | Qualifier::LessThan)
    )
}

/// Whether two compatible values give one figure as a reader sees it: equal, rounded alike, or a
/// bound on a round number ("more than 100") beside a figure that the round number only rounds
/// (126). Two different bounds, or a bound on an unround number ("at least 4" beside 12), are two
/// figures.
pub fn same_figure(a: &Value, b: &Value) -> bool {
    if a.normalized == b.normalized || a.kind == ValueKind::Date {
        return true;
    }
    let (Amount::Number { value: x, .. }, Amount::Number { value: y, .. }) = (&a.amount, &b.amount) else {
        return true;
    };
    match (is_bound(a.qualifier), is_bound(b.qualifier)) {
        (false, false) => true,
        (true, true) => x == y,
        (true, false) => rounds_to(*x, a.qualifier, *y) || rounds_in_its_unit(a, *y),
        (false, true) => rounds_to(*y, b.qualifier, *x) || rounds_in_its_unit(b, *x),
    }
}

/// Whether a bound written in a unit of counting ("more than two dozen", "at least three hundred")
/// only rounds `figure` to that unit: "more than two dozen" for 31, below the next dozen.
fn rounds_in_its_unit(bound: &Value, figure: f64) -> bool {
    let Amount::Number {
        value,
        half_unit,
        rounded: true,
    } = bound.amount
    else {
        return false;
    };
    let unit = 2.0 * half_unit;
    let above = matches!(bound.qualifier, Some(Qualifier::AtLeast | Qualifier::MoreThan));
    let diff = if above { figure - value } else { value - figure };
    unit > 1.0 && (0.0..unit).contains(&diff)
}

/// Whether `bound` is a round number that only rounds `figure`: on the side the hedge opens
/// ("more than 100" below 126, "fewer than 100" above 80) and within one step of its last non-zero
/// digit for a bound of two or more significant digits ("more than 1,400" rounds 1,500), within
/// half a step for a one-digit one ("more than 100" rounds 126; "at least 10" does not round 20,
/// nor "fewer than 100" 12). "At least 4" rounds nothing but 4.
fn rounds_to(bound: f64, hedge: Option<Qualifier>, figure: f64) -> bool {
    if bound <= 0.0 || bound.fract() != 0.0 {
        return false;
    }
    let above = matches!(hedge, Some(Qualifier::AtLeast | Qualifier::MoreThan));
    if (above && figure < bound) || (!above && figure > bound) {
        return false;
    }
    let mut step = 1.0;
    while bound % (step * 10.0) == 0.0 {
        step *= 10.0;
    }
    let one_digit = bound / step < 10.0;
    let diff = (figure - bound).abs();
    step >= 10.0
        && if one_digit {
            diff < step / 2.0
        } else {
            diff <= step
        }
}

/// An interval of the real line, each end open or closed. Dates are in days.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
    pub lo_open: bool,
    pub hi_open: bool,
}

impl Interval {
    /// A rounded figure's margin is open at both ends, so "1.5 billion" and "1.6 billion" do not
    /// meet at 1.55.
    fn rounded(v: f64, margin: f64) -> Interval {
        Interval {
            lo: v - margin,
            hi: v + margin,
            lo_open: margin > 0.0,
            hi_open: margin > 0.0,
        }
    }

    fn closed(lo: f64, hi: f64) -> Interval {
        Interval {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        }
    }

    /// Never contains anything: a date whose stated weekday is wrong fits no other statement.
    fn empty() -> Interval {
        Interval {
            lo: 1.0,
            hi: 0.0,
            lo_open: true,
            hi_open: true,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lo > self.hi || (self.lo == self.hi && (self.lo_open || self.hi_open))
    }

    pub fn intersect(&self, other: &Interval) -> Interval {
        let (lo, lo_open) = if self.lo > other.lo {
            (self.lo, self.lo_open)
        } else if other.lo > self.lo {
            (other.lo, other.lo_open)
        } else {
            (self.lo, self.lo_open || other.lo_open)
        };
        let (hi, hi_open) = if self.hi < other.hi {
            (self.hi, self.hi_open)
        } else if other.hi < self.hi {
            (other.hi, other.hi_open)
        } else {
            (self.hi, self.hi_open || other.hi_open)
        };
        Interval {
            lo,
            hi,
            lo_open,
            hi_open,
        }
    }

    pub fn width(&self) -> f64 {
        if self.is_empty() { 0.0 } else { self.hi - self.lo }
    }

    /// For a date's interval (in days): whether it spans more than a year, as "the 1930s" or "the
    /// mid-1980s" do. Such a date fits nearly any dating of its decade, so it ties nothing together.
    pub fn vaguer_than_a_year(&self) -> bool {
        // A leap year spans 365 days from its first to its last.
        self.width() > 365.0
    }

    /// Whether `other` lies within this interval.
    pub fn holds(&self, other: &Interval) -> bool {
        !other.is_empty() && self.lo <= other.lo && other.hi <= self.hi
    }

    /// Gap between two intervals; 0 when they meet.
    pub fn gap(&self, other: &Interval) -> f64 {
        if !self.intersect(other).is_empty() {
            return 0.0;
        }
        (other.lo - self.hi).max(self.lo - other.hi).max(0.0)
    }
}

/// The interval a value allows.
pub fn interval(value: &Value) -> Interval {
    match &value.amount {
        Amount::Date {
            value: d, weekday_ok, ..
        } => {
            if *weekday_ok == Some(false) {
                return Interval::empty();
            }
            let (a, b) = d.bounds();
            let day = |x: chrono::NaiveDate| f64::from(chrono::Datelike::num_days_from_ce(&x));
            Interval::closed(day(a), day(b))
        }
        Amount::Number {
            value: v,
            half_unit,
            rounded,
        } => {
            let v = *v;
            let written = if *rounded { *half_unit } else { 0.0 };
            match value.qualifier {
                None => Interval::rounded(v, written),
                Some(Qualifier::About) => {
                    let margin = half_significant_unit(v)
                        .clamp(0.02 * v.abs(), 0.1 * v.abs())
                        .max(written);
                    Interval::rounded(v, margin)
                }
                Some(Qualifier::AtLeast) => Interval::closed(v - written, f64::INFINITY),
                Some(Qualifier::MoreThan) => Interval {
                    lo: v,
                    hi: f64::INFINITY,
                    lo_open: true,
                    hi_open: false,
                },
                Some(Qualifier::AtMost) => Interval::closed(f64::NEG_INFINITY, v + written),
                Some(Qualifier::LessThan) => Interval {
                    lo: f64::NEG_INFINITY,
                    hi: v,
                    lo_open: false,
                    hi_open: true,
                },
            }
        }
    }
}

/// Whether all the values can be true together (1-D intervals that meet pairwise share a point,
/// so one running intersection decides it).
pub fn all_compatible<'a>(values: impl IntoIterator<Item = &'a Value>) -> bool {
    let mut acc: Option<Interval> = None;
    for v in values {
        let i = interval(v);
        acc = Some(match acc {
            Some(a) => a.intersect(&i),
            None => i,
        });
        if acc.is_some_and(|a| a.is_empty()) {
            return false;
        }
    }
    true
}

/// Whether two differing values can still be two outlets' figures for one thing, rather than two
/// different things: outlets misdate an event by days, not months; miscount by up to half, not
/// tenfold (tolls are updated: 46 then 68 missing); ordinals of one sequence differ by one.
/// Percentages this many points apart may be one figure misreported, whatever their ratio.
pub const PERCENT_POINTS: f64 = 3.0;

pub fn could_be_same(a: &Value, b: &Value) -> bool {
    if a.normalized == b.normalized {
        return true;
    }
    let (ia, ib) = (interval(a), interval(b));
    if !ia.intersect(&ib).is_empty() {
        return true;
    }
    match (a.kind, &a.amount, &b.amount) {
        (ValueKind::Date, _, _) => ia.gap(&ib) <= 3.0,
        (ValueKind::Ordinal, _, _) => ia.gap(&ib) <= 1.0,
        // Small shares and moves ("rose 3%", "gained 1%") differ by more than half their size
        // while a few points apart.
        (ValueKind::Percent, _, _) if ia.gap(&ib) <= PERCENT_POINTS => true,
        (_, Amount::Number { value: x, .. }, Amount::Number { value: y, .. }) => {
            let big = x.abs().max(y.abs());
            big > 0.0 && (x - y).abs() / big <= 0.5
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::DateValue;
    use chrono::NaiveDate;

    fn num(v: f64, q: Option<Qualifier>, rounded: bool, half: f64) -> Value {
        Value {
            kind: ValueKind::Count,
            source: 0,
            span: 0..0,
            sentence: 0,
            normalized: v.to_string(),
            qualifier: q,
            amount: Amount::Number {
                value: v,
                half_unit: half,
                rounded,
            },
            unit: None,
            counted: None,
        }
    }

    fn date(d: DateValue) -> Value {
        Value {
            kind: ValueKind::Date,
            source: 0,
            span: 0..0,
            sentence: 0,
            normalized: d.to_iso(),
            qualifier: None,
            amount: Amount::Date {
                value: d,
                weekday_ok: None,
                relative: false,
            },
            unit: None,
            counted: None,
        }
    }

    fn day(m: u32, d: u32) -> DateValue {
        DateValue::Day(NaiveDate::from_ymd_opt(2026, m, d).expect("valid test date"))
    }

    #[test]
    fn numbers_with_hedges_and_precision() {
        let exact = |v| num(v, None, false, 0.5);
        let cases = [
            (exact(180.0), exact(183.0), false),
            (exact(180.0), exact(180.0), true),
            (
                num(180.0, Some(Qualifier::MoreThan), false, 0.5),
                exact(183.0),
                true,
            ),
            (
                num(180.0, Some(Qualifier::MoreThan), false, 0.5),
                exact(180.0),
                false,
            ),
            (
                num(180.0, Some(Qualifier::AtLeast), false, 0.5),
                exact(180.0),
                true,
            ),
            (
                num(430000.0, Some(Qualifier::About), false, 0.5),
                exact(428000.0),
                true,
            ),
            (
                num(430000.0, Some(Qualifier::About), false, 0.5),
                exact(380000.0),
                false,
            ),
            (
                num(1.5e9, None, true, 0.05e9),
                num(1.52e9, None, true, 0.005e9),
                true,
            ),
            (
                num(1.5e9, None, true, 0.05e9),
                num(1.6e9, None, true, 0.05e9),
                false,
            ),
            (
                num(200.0, Some(Qualifier::LessThan), false, 0.5),
                exact(183.0),
                true,
            ),
            (
                num(200.0, Some(Qualifier::AtMost), false, 0.5),
                exact(201.0),
                false,
            ),
        ];
        for (i, (a, b, want)) in cases.iter().enumerate() {
            assert_eq!(all_compatible([a, b]), *want, "case {i}");
        }
    }

    #[test]
    fn dates_with_precision_and_weekdays() {
        let jan = DateValue::Month { year: 2026, month: 1 };
        let mut wrong_weekday = date(day(1, 14));
        if let Amount::Date { weekday_ok, .. } = &mut wrong_weekday.amount {
            *weekday_ok = Some(false);
        }
        let cases = [
            (date(day(1, 13)), date(day(1, 13)), true),
            (date(day(1, 11)), date(day(1, 13)), false),
            (date(jan), date(day(1, 13)), true),
            (date(DateValue::Year(2026)), date(day(1, 13)), true),
            (date(DateValue::Year(2025)), date(day(1, 13)), false),
            (
                date(DateValue::Range(day(1, 4).bounds().0, day(1, 7).bounds().0)),
                date(day(1, 5)),
                true,
            ),
            (wrong_weekday, date(day(1, 14)), false),
        ];
        for (i, (a, b, want)) in cases.iter().enumerate() {
            assert_eq!(all_compatible([a, b]), *want, "case {i}");
        }
    }

    #[test]
    fn same_thing_or_different_thing() {
        let exact = |v| num(v, None, false, 0.5);
        let ord = |v| {
            let mut x = exact(v);
            x.kind = ValueKind::Ordinal;
            x
        };
        let cases = [
            (exact(180.0), exact(183.0), true),
            (exact(180.0), exact(1500.0), false),
            (exact(46.0), exact(68.0), true),
            (exact(24.0), exact(240.0), false),
            (ord(3.0), ord(2.0), true),
            (ord(3.0), ord(1.0), false),
            (date(day(1, 11)), date(day(1, 13)), true),
            (date(day(1, 5)), date(day(1, 13)), false),
        ];
        for (i, (a, b, want)) in cases.iter().enumerate() {
            assert_eq!(could_be_same(a, b), *want, "case {i}");
        }
    }

    #[test]
    fn a_reader_sees_different_figures_under_hedges() {
        use Qualifier::{AtLeast, MoreThan};
        let cases = [
            // (a, b, one figure?)
            (
                num(4.0, Some(AtLeast), false, 0.0),
                num(12.0, None, false, 0.0),
                false,
            ),
            (
                num(6000.0, Some(MoreThan), false, 0.0),
                num(7000.0, Some(MoreThan), false, 0.0),
                false,
            ),
            (
                num(100.0, Some(MoreThan), false, 0.0),
                num(126.0, None, false, 0.0),
                true,
            ),
            (
                num(1400.0, Some(MoreThan), false, 0.0),
                num(1500.0, None, false, 0.0),
                true,
            ),
            (
                num(24.0, Some(AtLeast), false, 0.0),
                num(24.0, None, false, 0.0),
                true,
            ),
            (
                num(10.0, Some(AtLeast), false, 0.0),
                num(20.0, None, false, 0.0),
                false,
            ),
            (
                num(100.0, Some(Qualifier::LessThan), false, 0.0),
                num(12.0, None, false, 0.0),
                false,
            ),
            (
                num(100.0, Some(MoreThan), false, 0.0),
                num(90.0, None, false, 0.0),
                false,
            ),
            (
                num(40000.0, Some(Qualifier::About), false, 0.0),
                num(40000.0, None, false, 0.0),
                true,
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_figure(&a, &b), want, "{a:?} / {b:?}");
            assert_eq!(same_figure(&b, &a), want, "{b:?} / {a:?}");
        }
    }
}

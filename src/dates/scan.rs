//! Tokenise a text once (one regex pass) and match date shapes on the tokens with bounded
//! lookahead, so the scan is linear in the input. Produces unresolved [`Hit`]s; `resolve` turns them
//! into calendar values against an anchor date.

use std::ops::Range;

use chrono::{NaiveDate, Weekday};

use super::names;
use crate::compact::clamp_u32;

mod lex;
mod relative;
#[cfg(test)]
mod tests;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Bare,
    Last,
    This,
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A date shape found in the text, not yet placed on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    /// Day and month, with the year when stated ("Tuesday, Jan. 13, 2026", "13 January").
    Date {
        weekday: Option<Weekday>,
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// "Jan. 4-7", "January 30 to February 2", "4-7 January".
    DayRange {
        m1: u32,
        d1: u32,
        m2: u32,
        d2: u32,
        year: Option<i32>,
    },
    /// "October 2025"; with `year: None` a month named alone after a cue ("last October", "in May").
    Month {
        month: u32,
        year: Option<i32>,
        rel: Rel,
    },
    Year(i32),
    YearRange(i32, i32),
    /// A machine date ("2026-01-13", "14.01.2026").
    Exact(NaiveDate),
    /// A weekday alone ("on Tuesday", "last Friday").
    Weekday {
        weekday: Weekday,
        rel: Rel,
    },
    /// "yesterday" (-1 day), "a week ago" (-1 week), "two years ago".
    Offset {
        unit: Unit,
        n: i64,
    },
    /// "last year", "this month", "next week".
    Period {
        unit: Unit,
        shift: i32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Plain digits (no separators); value kept when it fits.
    Num(u32, usize),
    /// Digits with separators ("1,942", "6.1"): never a day or a year.
    Figure,
    Word,
    Punct(char),
    Iso(NaiveDate),
}

#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// A line break lies between the previous token and this one.
    newline_before: bool,
    /// Short words: lowercased without a trailing dot (a span of [`Scan::lowers`]), and their
    /// month/weekday readings, computed once per token (empty / `None` for everything else).
    lower: (u32, u32),
    month: Option<names::MonthName>,
    weekday: Option<(Weekday, bool)>,
}

/// What a matched token is, from its text (cheaper than capture groups).
fn classify(s: &str) -> Kind {
    let b = s.as_bytes();
    let Some(&first) = b.first() else {
        return Kind::Punct(' ');
    };
    if first.is_ascii_digit() {
        if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
            return NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").map_or(Kind::Figure, Kind::Iso);
        }
        if b.iter().all(u8::is_ascii_digit) {
            return Kind::Num(s.parse().unwrap_or(u32::MAX), s.len());
        }
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() == 3 && parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
            return NaiveDate::parse_from_str(s, "%d.%m.%Y").map_or(Kind::Figure, Kind::Iso);
        }
        return Kind::Figure;
    }
    match s.chars().next() {
        Some(c) if c.is_alphabetic() => Kind::Word,
        Some(c) => Kind::Punct(c),
        None => Kind::Punct(' '),
    }
}

/// A token's text and span within the tokenised slice.
struct Match<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl Match<'_> {
    fn as_str(&self) -> &str {
        self.text
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// The tokens of `text[range]`, ready to scan.
fn tokenize(text: &str, range: Range<usize>) -> Scan<'_> {
    let slice = &text[range.clone()];
    // About a token in five bytes of prose: room for most sentences at once.
    let mut toks = Vec::with_capacity(slice.len() / 4 + 4);
    // Every short word's lower case, one after another in one string: a string a word was a
    // tenth of all the allocations of a large briefing.
    let mut lowers = String::with_capacity(slice.len());
    let mut last_end = 0;
    for span in lex::spans(slice) {
        let m = Match {
            text: &slice[span.clone()],
            start: span.start,
            end: span.end,
        };
        let newline_before = slice[last_end..m.start()].contains('\n');
        last_end = m.end();
        let kind = classify(m.as_str());
        let (mut lower, mut month, mut weekday) = ((0, 0), None, None);
        if kind == Kind::Word && m.len() <= names::max_name() {
            let w = m.as_str().trim_end_matches('.');
            let from = lowers.len();
            if w.is_ascii() {
                lowers.push_str(w);
                lowers[from..].make_ascii_lowercase();
                // A word's fold is its lower case when it is ASCII (its closing period is gone).
                (month, weekday) = names::lookup_folded(&lowers[from..]);
            } else {
                // `str::to_lowercase`, not char by char: a closing capital sigma is a final sigma.
                lowers.push_str(&w.to_lowercase());
                (month, weekday) = names::lookup_folded(&names::fold(w));
            }
            // Within one sentence's words (`max_name` bytes a word).
            lower = (clamp_u32(from), clamp_u32(lowers.len()));
        }
        toks.push(Tok {
            start: range.start + m.start(),
            end: range.start + m.end(),
            kind,
            newline_before,
            lower,
            month,
            weekday,
        });
    }
    Scan { text, toks, lowers }
}

const YEAR_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "around", "circa",
    "early", "late", "year", "between", "nel", "dal", "del", "en", "desde", "im", "seit", "depuis", "vers",
    "ano", "año", "anno", "jahr",
];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "its", "their", "his", "her", "our",
];
struct Scan<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// The short words' lower case, which [`Tok::lower`] spans.
    lowers: String,
}

impl Scan<'_> {
    fn s(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| &self.text[t.start..t.end]).unwrap_or("")
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    /// Token `i` exists and is on the same line as token `i - 1`.
    fn joined(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.newline_before)
    }
    fn lower(&self, i: usize) -> &str {
        let span = self.toks.get(i).map_or((0, 0), |t| t.lower);
        self.lowers.get(span.0 as usize..span.1 as usize).unwrap_or("")
    }
    fn month_name(&self, i: usize) -> Option<names::MonthName> {
        self.toks.get(i).and_then(|t| t.month)
    }
    fn weekday_name(&self, i: usize) -> Option<(Weekday, bool)> {
        self.toks.get(i).and_then(|t| t.weekday)
    }
    fn is_word(&self, i: usize, set: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Word) && set.contains(&self.lower(i))
    }
    fn punct(&self, i: usize, set: &[char]) -> bool {
        matches!(self.kind(i), Some(Kind::Punct(c)) if set.contains(&c)) && self.joined(i)
    }
    /// Token `i` starts where token `i - 1` ends, with nothing between them.
    fn touches(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| t.start == self.toks[i - 1].end)
    }
    fn capitalised(&self, i: usize) -> bool {
        self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A day number at `i` (with an ordinal suffix such as "13th" or "1er"); returns (day, next).
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        match self.kind(i)? {
            Kind::Num(d, len) if len <= 2 && (1..=31).contains(&d) => {
                let next = i + 1;
                let suffix = self.touches(next)
                    && ["st", "nd", "rd", "th", "er", "e", "º", "ª"]
                        .contains(&self.s(next).to_lowercase().as_str());
                Some((d, if suffix { next + 1 } else { next }))
            }
            _ => None,
        }
    }
    fn year(&self, i: usize) -> Option<i32> {
        match self.kind(i)? {
            Kind::Num(y, 4) if (1000..=2199).contains(&y) => i32::try_from(y).ok(),
            _ => None,
        }
    }
    /// A month name at `i`; `complete` says whether the date around it has both day and year,
    /// which is what lets an ambiguous word ("may", "set") count.
    fn month(&self, i: usize) -> Option<(names::MonthName, usize)> {
        if self.kind(i)? != Kind::Word {
            return None;
        }
        let m = self.month_name(i)?;
        let mut next = i + 1;
        if self.punct(next, &['.']) {
            next += 1;
        }
        Some((m, next))
    }
    fn month_ok(&self, i: usize, m: names::MonthName, complete: bool) -> bool {
        !m.word || complete || self.capitalised(i)
    }
    /// Optional trailing year: "[,] [de|del|of] 2026".
    fn trailing_year(&self, mut i: usize) -> Option<(i32, usize)> {
        if self.punct(i, &[',']) {
            i += 1;
        }
        if self.is_word(i, &["de", "del", "of"]) && self.joined(i) {
            i += 1;
        }
        let y = self.year(i).filter(|_| self.joined(i))?;
        Some((y, i + 1))
    }
    fn range_sep(&self, i: usize) -> Option<usize> {
        if self.punct(i, &['-', '–', '—']) {
            return Some(i + 1);
        }
        if self.joined(i) && self.is_word(i, &["to", "through", "au", "bis", "al", "till", "until"]) {
            return Some(i + 1);
        }
        None
    }

    /// Day-first: "13 January [2026]", "14. Januar 2026", "3 de enero de 2026", "4-7 January".
    fn day_first(&self, i: usize, weekday: Option<Weekday>) -> Option<(Hit, usize)> {
        let (d1, mut j) = self.day(i)?;
        let mut range_end = None;
        if let Some(k) = self.range_sep(j)
            && let Some((d2, k2)) = self.day(k).filter(|_| self.joined(k))
            && d2 > d1
        {
            range_end = Some(d2);
            j = k2;
        }
        if self.punct(j, &['.']) {
            j += 1;
        }
        if self.is_word(j, &["of", "de", "di"]) && self.joined(j) {
            j += 1;
        }
        if !self.joined(j) {
            return None;
        }
        let (m, mi) = (j, self.month(j)?);
        let (mname, mut end) = mi;
        let year = self.trailing_year(end).map(|(y, e)| {
            end = e;
            y
        });
        if !self.month_ok(m, mname, year.is_some()) {
            return None;
        }
        let hit = match range_end {
            Some(d2) => Hit::DayRange {
                m1: mname.month,
                d1,
                m2: mname.month,
                d2,
                year,
            },
            None => Hit::Date {
                weekday,
                day: d1,
                month: mname.month,
                year,
            },
        };
        Some((hit, end))
    }

    /// Month-first: "Jan. 13, 2026", "January 4 to 7", "Jan. 30-Feb. 2", "October 2025".
    fn month_first(&self, i: usize, weekday: Option<Weekday>) -> Option<(Hit, usize)> {
        let (m, j) = self.month(i)?;
        if let Some((d1, mut end)) = self.day(j).filter(|_| self.joined(j)) {
            let mut hit = Hit::Date {
                weekday,
                day: d1,
                month: m.month,
                year: None,
            };
            if let Some(k) = self.range_sep(end) {
                let (m2, k) = match self.month(k).filter(|_| self.joined(k)) {
                    Some((m2, k2)) => (m2.month, k2),
                    None => (m.month, k),
                };
                if let Some((d2, k3)) = self.day(k).filter(|_| self.joined(k))
                    && (m2 != m.month || d2 > d1)
                {
                    hit = Hit::DayRange {
                        m1: m.month,
                        d1,
                        m2,
                        d2,
                        year: None,
                    };
                    end = k3;
                }
            }
            let year = self.trailing_year(end).map(|(y, e)| {
                end = e;
                y
            });
            if !self.month_ok(i, m, year.is_some()) {
                return None;
            }
            match &mut hit {
                Hit::Date { year: y, .. } | Hit::DayRange { year: y, .. } => *y = year,
                _ => {}
            }
            return Some((hit, end));
        }
        if weekday.is_some() {
            return None;
        }
        let (year, end) = self.trailing_year(j)?;
        if !m.full && !self.capitalised(i) || !self.month_ok(i, m, false) {
            return None;
        }
        Some((
            Hit::Month {
                month: m.month,
                year: Some(year),
                rel: Rel::Bare,
            },
            end,
        ))
    }

    /// An absolute date starting at `i`, with an optional weekday in front.
    fn absolute(&self, i: usize) -> Option<(Hit, usize)> {
        if let Some(Kind::Iso(d)) = self.kind(i) {
            return Some((Hit::Exact(d), i + 1));
        }
        if self.kind(i) == Some(Kind::Word)
            && let Some((wd, full)) = self.weekday_name(i)
            && (full || self.capitalised(i) || self.s(i).len() >= 3)
        {
            let mut j = i + 1;
            if self.punct(j, &['.']) {
                j += 1;
            }
            if self.punct(j, &[',']) {
                j += 1;
            }
            if self.joined(j)
                && let Some(found) = self
                    .day_first(j, Some(wd))
                    .or_else(|| self.month_first(j, Some(wd)))
                && matches!(found.0, Hit::Date { .. })
            {
                return Some(found);
            }
        }
        self.day_first(i, None)
            .or_else(|| self.month_first(i, None))
            .or_else(|| self.decade(i))
            .or_else(|| self.year_phrase(i))
    }

    /// "the 1930s", "the 1930's", "mid-1980s", "the early 1900s": the years a decade spans, or a
    /// century's for a round hundred before 2000 ("the 1800s" is never a decade), narrowed to its
    /// first, middle or last part by "early", "mid" or "late". The plural on the year says it is
    /// one, so no cue word is needed. Read as the bare year it would be a precise date: "built in
    /// the 1930s" would disagree with "built in 1935" rather than fit it.
    fn decade(&self, i: usize) -> Option<(Hit, usize)> {
        let (part, at) = match self.kind(i)? {
            Kind::Num(..) => (None, i),
            // Every word passes here: the cheap test (a number next) first.
            Kind::Word => {
                let hyphen = self.punct(i + 1, &['-', '‐', '‑', '–']) && self.touches(i + 1);
                let at = if hyphen { i + 2 } else { i + 1 };
                if !matches!(self.kind(at), Some(Kind::Num(_, 4))) {
                    return None;
                }
                let part = match self.lower(i) {
                    "early" => (0, 4),
                    "mid" | "middle" => (3, 7),
                    "late" => (6, 10),
                    _ => return None,
                };
                (Some(part), at)
            }
            _ => return None,
        };
        // From 1100: "1000s of protesters" is a count.
        let y = self
            .year(at)
            .filter(|y| y % 10 == 0 && *y >= 1100 && (part.is_none() || self.joined(at)))?;
        let mut end = at + 1;
        // "the 1990's", "mid 1930's"; a year's possessive ("1980's eruption") is no decade.
        if self.punct(end, &['\'', '’']) && self.touches(end) {
            let the = part.is_some() || (at > 0 && self.lower(at - 1) == "the");
            if !the {
                return None;
            }
            end += 1;
        }
        // `lower` drops a sentence's closing point ("the 1930s.") and reads "1930S" too.
        if !(self.touches(end) && self.lower(end) == "s") {
            return None;
        }
        let span = if y % 100 == 0 && y < 2000 { 100 } else { 10 };
        // The parts overlap by design: "mid-1930s" and "late 1930s" both fit 1936.
        let (from, to) = part.unwrap_or((0, 10));
        Some((
            Hit::YearRange(y + span * from / 10, y + span * to / 10 - 1),
            end + 1,
        ))
    }

    /// A bare number read as a year only where it reads as one: after a cue ("in 1942"), between a
    /// determiner and a noun ("a 1942 accident"), or as a range ("1910–1945").
    fn year_phrase(&self, i: usize) -> Option<(Hit, usize)> {
        let y = self.year(i)?;
        if let Some(k) = self.range_sep(i + 1)
            && let Some(y2) = self.year(k).filter(|_| self.joined(k))
            && y2 > y
        {
            return Some((Hit::YearRange(y, y2), k + 1));
        }
        let prev_cue = i > 0 && self.joined(i) && self.is_word(i - 1, YEAR_CUES);
        let det_noun = i > 0
            && self.joined(i)
            && self.is_word(i - 1, DETERMINERS)
            && self.kind(i + 1) == Some(Kind::Word)
            && self.joined(i + 1)
            && !self.touches(i + 1)
            && self.s(i + 1).chars().next().is_some_and(char::is_lowercase);
        (prev_cue || det_noun).then_some((Hit::Year(y), i + 1))
    }
}

/// Every date shape in `text[range]`, as (byte span, hit), in order and non-overlapping.
/// `relative` says whether relative phrases are wanted (they need an anchor).
pub(crate) fn scan(text: &str, range: Range<usize>, relative: bool) -> Vec<(Range<usize>, Hit)> {
    let sc = tokenize(text, range);
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        // Numbers as relative counts ("3 days ago") start with a number token too, so try both.
        let found = sc
            .absolute(i)
            .map(|(h, end)| (h, i, end))
            .or_else(|| if relative { sc.relative(i) } else { None });
        match found {
            Some((hit, first, end)) if end > first => {
                let span = sc.toks[first].start..sc.toks[end - 1].end;
                out.push((span, hit));
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

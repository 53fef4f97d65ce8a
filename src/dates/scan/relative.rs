//! Relative phrases: "yesterday", "last October", "on Tuesday", "a week ago", "next week".

use super::{Hit, Kind, Rel, Scan, Unit, names};

const MONTH_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "during", "early", "late", "before", "after", "of",
    "through",
];
const NUMBER_WORDS: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
];

impl Scan<'_> {
    /// Relative phrases; only meaningful with an anchor.
    pub(super) fn relative(&self, i: usize) -> Option<(Hit, usize, usize)> {
        let w = self.lower(i);
        if self.kind(i) != Some(Kind::Word) {
            return self.ago(i, None);
        }
        // "Today: …" is a label in front of a date, not a date itself.
        let label = self.punct(i + 1, &[':']) || matches!(self.kind(i + 1), Some(Kind::Punct(':')));
        let single = |unit, n| (!label).then_some((Hit::Offset { unit, n }, i, i + 1));
        match w.as_str() {
            "yesterday" | "ieri" | "hier" | "gestern" | "ayer" => return single(Unit::Day, -1),
            "today" | "tonight" | "oggi" | "heute" | "hoy" => return single(Unit::Day, 0),
            "tomorrow" | "domani" | "demain" => return single(Unit::Day, 1),
            _ => {}
        }
        let rel = match w.as_str() {
            "last" | "past" => Some(Rel::Last),
            "this" => Some(Rel::This),
            "next" | "coming" => Some(Rel::Next),
            _ => None,
        };
        if let Some(rel) = rel
            && self.joined(i + 1)
        {
            let shift = match rel {
                Rel::Last => -1,
                Rel::Next => 1,
                _ => 0,
            };
            let unit = match self.lower(i + 1).as_str() {
                "year" => Some(Unit::Year),
                "month" => Some(Unit::Month),
                "week" => Some(Unit::Week),
                _ => None,
            };
            if let Some(unit) = unit {
                return Some((Hit::Period { unit, shift }, i, i + 2));
            }
            if let Some((weekday, true)) = names::weekday(self.s(i + 1)) {
                return Some((Hit::Weekday { weekday, rel }, i, i + 2));
            }
            if let Some(m) = names::month(self.s(i + 1)).filter(|m| m.full)
                && self.month_ok(i + 1, m, false)
            {
                let hit = Hit::Month {
                    month: m.month,
                    year: None,
                    rel,
                };
                return Some((hit, i, i + 2));
            }
        }
        if let Some((weekday, true)) = names::weekday(self.s(i)) {
            let rel = Rel::Bare;
            return Some((Hit::Weekday { weekday, rel }, i, i + 1));
        }
        if let Some(m) = names::month(self.s(i)).filter(|m| m.full)
            && i > 0
            && self.joined(i)
            && self.is_word(i - 1, MONTH_CUES)
            && self.month_ok(i, m, false)
        {
            let hit = Hit::Month {
                month: m.month,
                year: None,
                rel: Rel::Bare,
            };
            return Some((hit, i, i + 1));
        }
        let n = NUMBER_WORDS.iter().find(|(s, _)| *s == w).map(|&(_, n)| n);
        self.ago(i, n)
    }

    /// "a week ago", "3 days ago"; `n` is the number when token `i` is a number word.
    fn ago(&self, i: usize, n: Option<i64>) -> Option<(Hit, usize, usize)> {
        let n = n.or_else(|| match self.kind(i) {
            Some(Kind::Num(n, len)) if len <= 3 => Some(i64::from(n)),
            _ => None,
        })?;
        let unit = match self.lower(i + 1).as_str() {
            "day" | "days" => Unit::Day,
            "week" | "weeks" => Unit::Week,
            "month" | "months" => Unit::Month,
            "year" | "years" => Unit::Year,
            _ => return None,
        };
        (self.joined(i + 1) && self.joined(i + 2) && self.lower(i + 2) == "ago").then_some((
            Hit::Offset { unit, n: -n },
            i,
            i + 3,
        ))
    }
}

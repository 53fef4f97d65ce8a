//! Relative phrases: "yesterday", "last October", "on Tuesday", "a week ago", "next week".

use super::{Hit, Kind, Rel, Scan, Unit};

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
        match w {
            "yesterday" | "ieri" | "hier" | "gestern" | "ayer" => return single(Unit::Day, -1),
            "today" | "tonight" | "oggi" | "heute" | "hoy" => return single(Unit::Day, 0),
            "tomorrow" | "domani" | "demain" => return single(Unit::Day, 1),
            _ => {}
        }
        if let Some(found) = self.period_elsewhere(i) {
            return Some(found);
        }
        let rel = match w {
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
            let unit = match self.lower(i + 1) {
                "year" => Some(Unit::Year),
                "month" => Some(Unit::Month),
                "week" => Some(Unit::Week),
                _ => None,
            };
            if let Some(unit) = unit {
                return Some((Hit::Period { unit, shift }, i, i + 2));
            }
            if let Some((weekday, true)) = self.weekday_name(i + 1) {
                return Some((Hit::Weekday { weekday, rel }, i, i + 2));
            }
            if let Some(m) = self.month_name(i + 1).filter(|m| m.full)
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
        if let Some((weekday, true)) = self.weekday_name(i) {
            let rel = Rel::Bare;
            return Some((Hit::Weekday { weekday, rel }, i, i + 1));
        }
        if let Some(m) = self.month_name(i).filter(|m| m.full)
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

    /// "l'anno scorso", "el año pasado", "l'année dernière", "letztes Jahr", "el próximo mes":
    /// the period words of the other four languages, with the modifier before or after.
    fn period_elsewhere(&self, i: usize) -> Option<(Hit, usize, usize)> {
        let unit = |w: &str| match w {
            "anno" | "año" | "ano" | "année" | "an" | "jahr" => Some(Unit::Year),
            "mese" | "mes" | "mois" | "monat" => Some(Unit::Month),
            "settimana" | "semana" | "semaine" | "woche" => Some(Unit::Week),
            _ => None,
        };
        let modifier = |w: &str| match w {
            "scorso" | "scorsa" | "pasado" | "pasada" | "dernier" | "dernière" | "passé" | "passée"
            | "letztes" | "letzten" | "letzte" | "vergangenes" | "vergangenen" | "vergangene" => Some(-1),
            "prossimo" | "prossima" | "próximo" | "próxima" | "prochain" | "prochaine" | "nächstes"
            | "nächsten" | "nächste" | "kommendes" | "kommenden" | "kommende" => Some(1),
            "questo" | "quest" | "este" | "esta" | "cette" | "ce" | "dieses" | "diesen" | "diese" => Some(0),
            _ => None,
        };
        // Each pattern asks its first word before the next (every word of every sentence is
        // asked, and nearly none is either).
        // Unit then modifier ("anno scorso"); "an" alone is too common in English, so French
        // "an" only counts with "dernier"/"prochain".
        if let Some(u) = unit(self.lower(i))
            && let Some(shift) = modifier(self.lower(i + 1))
            && self.joined(i + 1)
            && shift != 0
            && (self.lower(i) != "an" || matches!(self.lower(i + 1), "dernier" | "prochain"))
        {
            return Some((Hit::Period { unit: u, shift }, i, i + 2));
        }
        // Modifier then unit ("letztes Jahr", "el próximo año", "cette année").
        if let Some(shift) = modifier(self.lower(i))
            && let Some(u) = unit(self.lower(i + 1))
            && self.joined(i + 1)
            && self.lower(i + 1) != "an"
        {
            return Some((Hit::Period { unit: u, shift }, i, i + 2));
        }
        None
    }

    /// "a week ago", "3 days ago"; `n` is the number when token `i` is a number word.
    fn ago(&self, i: usize, n: Option<i64>) -> Option<(Hit, usize, usize)> {
        let n = n.or_else(|| match self.kind(i) {
            Some(Kind::Num(n, len)) if len <= 3 => Some(i64::from(n)),
            _ => None,
        })?;
        let unit = match self.lower(i + 1) {
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

//! Month and weekday names in English, French, German, Italian and Spanish.
//!
//! Lookup folds case, a trailing dot and diacritics, so "März", "MARZ", "févr." and "Gennaio" all
//! resolve. Some abbreviations are also common words ("may", "set", "ago", "mar", "mars"); they are
//! flagged so the scanner only accepts them inside a complete date or when capitalised.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use chrono::Weekday;
use unicode_normalization::UnicodeNormalization;

/// A month name: the month number, whether the name is a full name (usable alone, as in
/// "last October"), and whether it is also an ordinary word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthName {
    pub month: u32,
    pub full: bool,
    pub word: bool,
}

/// English month names: (folded name, month, full name?, also an ordinary word?)
const ENGLISH_MONTHS: &[(&str, u32, bool, bool)] = &[
    ("january", 1, true, false),
    ("february", 2, true, false),
    ("march", 3, true, false),
    ("april", 4, true, false),
    ("may", 5, true, true),
    ("june", 6, true, false),
    ("july", 7, true, false),
    ("august", 8, true, false),
    ("september", 9, true, false),
    ("october", 10, true, false),
    ("november", 11, true, false),
    ("december", 12, true, false),
    ("jan", 1, false, false),
    ("feb", 2, false, false),
    ("mar", 3, false, true),
    ("apr", 4, false, false),
    ("jun", 6, false, false),
    ("jul", 7, false, false),
    ("aug", 8, false, false),
    ("sep", 9, false, false),
    ("sept", 9, false, false),
    ("oct", 10, false, false),
    ("nov", 11, false, false),
    ("dec", 12, false, false),
];

/// Month names in the other languages the scanner reads, as [`ENGLISH_MONTHS`].
const MONTHS: &[(&str, u32, bool, bool)] = &[
    // French
    ("janvier", 1, true, false),
    ("fevrier", 2, true, false),
    ("mars", 3, true, true),
    ("avril", 4, true, false),
    ("mai", 5, true, false),
    ("juin", 6, true, false),
    ("juillet", 7, true, false),
    ("aout", 8, true, false),
    ("septembre", 9, true, false),
    ("octobre", 10, true, false),
    ("novembre", 11, true, false),
    ("decembre", 12, true, false),
    ("janv", 1, false, false),
    ("fevr", 2, false, false),
    ("fev", 2, false, false),
    ("avr", 4, false, false),
    ("juil", 7, false, false),
    // German
    ("januar", 1, true, false),
    ("janner", 1, true, false),
    ("februar", 2, true, false),
    ("marz", 3, true, false),
    ("juni", 6, true, false),
    ("juli", 7, true, false),
    ("oktober", 10, true, false),
    ("dezember", 12, true, false),
    ("mrz", 3, false, false),
    ("okt", 10, false, false),
    ("dez", 12, false, false),
    // Italian
    ("gennaio", 1, true, false),
    ("febbraio", 2, true, false),
    ("marzo", 3, true, false),
    ("aprile", 4, true, false),
    ("maggio", 5, true, false),
    ("giugno", 6, true, false),
    ("luglio", 7, true, false),
    ("agosto", 8, true, false),
    ("settembre", 9, true, false),
    ("ottobre", 10, true, false),
    ("dicembre", 12, true, false),
    ("gen", 1, false, false),
    ("mag", 5, false, false),
    ("giu", 6, false, false),
    ("lug", 7, false, false),
    ("ago", 8, false, true),
    ("set", 9, false, true),
    ("ott", 10, false, false),
    ("dic", 12, false, false),
    // Spanish
    ("enero", 1, true, false),
    ("febrero", 2, true, false),
    ("abril", 4, true, false),
    ("mayo", 5, true, false),
    ("junio", 6, true, false),
    ("julio", 7, true, false),
    ("septiembre", 9, true, false),
    ("setiembre", 9, true, false),
    ("octubre", 10, true, false),
    ("noviembre", 11, true, false),
    ("diciembre", 12, true, false),
    ("ene", 1, false, false),
    ("abr", 4, false, false),
];

/// English weekday names: (folded name, weekday, full name?)
const ENGLISH_WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("monday", Weekday::Mon, true),
    ("tuesday", Weekday::Tue, true),
    ("wednesday", Weekday::Wed, true),
    ("thursday", Weekday::Thu, true),
    ("friday", Weekday::Fri, true),
    ("saturday", Weekday::Sat, true),
    ("sunday", Weekday::Sun, true),
    ("mon", Weekday::Mon, false),
    ("tue", Weekday::Tue, false),
    ("tues", Weekday::Tue, false),
    ("wed", Weekday::Wed, false),
    ("thu", Weekday::Thu, false),
    ("thur", Weekday::Thu, false),
    ("thurs", Weekday::Thu, false),
    ("fri", Weekday::Fri, false),
    ("sat", Weekday::Sat, false),
    ("sun", Weekday::Sun, false),
];

/// Weekday names in the other languages the scanner reads, as [`ENGLISH_WEEKDAYS`].
const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    ("lundi", Weekday::Mon, true),
    ("mardi", Weekday::Tue, true),
    ("mercredi", Weekday::Wed, true),
    ("jeudi", Weekday::Thu, true),
    ("vendredi", Weekday::Fri, true),
    ("samedi", Weekday::Sat, true),
    ("dimanche", Weekday::Sun, true),
    ("lun", Weekday::Mon, false),
    ("mar", Weekday::Tue, false),
    ("mer", Weekday::Wed, false),
    ("jeu", Weekday::Thu, false),
    ("ven", Weekday::Fri, false),
    ("sam", Weekday::Sat, false),
    ("dim", Weekday::Sun, false),
    ("montag", Weekday::Mon, true),
    ("dienstag", Weekday::Tue, true),
    ("mittwoch", Weekday::Wed, true),
    ("donnerstag", Weekday::Thu, true),
    ("freitag", Weekday::Fri, true),
    ("samstag", Weekday::Sat, true),
    ("sonnabend", Weekday::Sat, true),
    ("sonntag", Weekday::Sun, true),
    ("mo", Weekday::Mon, false),
    ("di", Weekday::Tue, false),
    ("mi", Weekday::Wed, false),
    ("do", Weekday::Thu, false),
    ("fr", Weekday::Fri, false),
    ("sa", Weekday::Sat, false),
    ("so", Weekday::Sun, false),
    ("lunedi", Weekday::Mon, true),
    ("martedi", Weekday::Tue, true),
    ("mercoledi", Weekday::Wed, true),
    ("giovedi", Weekday::Thu, true),
    ("venerdi", Weekday::Fri, true),
    ("sabato", Weekday::Sat, true),
    ("domenica", Weekday::Sun, true),
    ("gio", Weekday::Thu, false),
    ("sab", Weekday::Sat, false),
    ("dom", Weekday::Sun, false),
    ("lunes", Weekday::Mon, true),
    ("martes", Weekday::Tue, true),
    ("miercoles", Weekday::Wed, true),
    ("jueves", Weekday::Thu, true),
    ("viernes", Weekday::Fri, true),
    ("sabado", Weekday::Sat, true),
    ("domingo", Weekday::Sun, true),
    ("mie", Weekday::Wed, false),
    ("jue", Weekday::Thu, false),
    ("vie", Weekday::Fri, false),
];

/// Lowercase, strip one trailing dot and combining marks ("Févr." → "fevr").
pub(crate) fn fold(word: &str) -> String {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    w.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Longest name in the tables plus slack; longer words are not looked up at all.
const MAX_NAME: usize = 16;

/// Each folded name with its month and weekday readings: one look-up a word for both (the
/// scanner asks it of every short word). A name listed twice keeps its last reading.
static NAME_INDEX: LazyLock<HashMap<&'static str, Readings>> = LazyLock::new(|| {
    let mut index: HashMap<&'static str, Readings> = HashMap::default();
    for &(n, month, full, word) in ENGLISH_MONTHS.iter().chain(MONTHS) {
        index.entry(n).or_default().0 = Some(MonthName { month, full, word });
    }
    for &(n, wd, full) in ENGLISH_WEEKDAYS.iter().chain(WEEKDAYS) {
        index.entry(n).or_default().1 = Some((wd, full));
    }
    index
});

/// A name's month and weekday readings.
type Readings = (Option<MonthName>, Option<(Weekday, bool)>);

/// Both lookups for an already folded word (the scanner folds each word once).
pub(crate) fn lookup_folded(folded: &str) -> Readings {
    NAME_INDEX.get(folded).copied().unwrap_or_default()
}

pub(crate) fn month(word: &str) -> Option<MonthName> {
    if word.len() > MAX_NAME {
        return None;
    }
    lookup_folded(&fold(word)).0
}

/// A weekday name and whether it is the full name (abbreviations only count next to a date).
pub(crate) fn weekday(word: &str) -> Option<(Weekday, bool)> {
    if word.len() > MAX_NAME {
        return None;
    }
    lookup_folded(&fold(word)).1
}

/// The folded English month and weekday names and abbreviations, full or not.
fn english_names() -> impl Iterator<Item = (&'static str, bool)> {
    let months = ENGLISH_MONTHS.iter().map(|&(n, _, full, _)| (n, full));
    months.chain(ENGLISH_WEEKDAYS.iter().map(|&(n, _, full)| (n, full)))
}

/// The first three letters, lower-cased, of every English month and weekday name and
/// abbreviation (every one has at least three), as [`head_of`] packs them.
static ENGLISH_HEADS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut heads: Vec<u32> = english_names().filter_map(|(n, _)| head_of(n)).collect();
    heads.sort_unstable();
    heads.dedup();
    heads
});

/// A word's first three bytes, lower-cased (ASCII), if it has three, packed in a `u32`: the
/// binary search compares one integer rather than three bytes in turn.
fn head_of(word: &str) -> Option<u32> {
    let h = word.as_bytes().get(..3)?;
    let [a, b, c] = [h[0], h[1], h[2]].map(|b| b.to_ascii_lowercase());
    Some(u32::from_be_bytes([0, a, b, c]))
}

/// An English month or weekday name or abbreviation, in any case, with or without its
/// abbreviation periods ("January", "Jan.", "TUESDAY", "Thurs", "May"). Unlike [`month`] and
/// [`weekday`], no other language and no diacritics folded away: the entity rules ask this of
/// capitalised words in English news.
pub(crate) fn is_english_calendar_word(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    if bare.is_ascii() {
        // The entity rules ask this of nearly every word: most are turned away by their first
        // three letters before the names are scanned, and a word of fewer ("of", ",") is none
        // of them.
        let Some(head) = head_of(bare) else {
            return false;
        };
        if ENGLISH_HEADS.binary_search(&head).is_err() {
            return false;
        }
        // No allocation for the common case: ASCII folds letter by letter.
        return english_names().any(|(n, _)| n.eq_ignore_ascii_case(bare));
    }
    let bare = bare.to_lowercase();
    english_names().any(|(n, _)| n == bare)
}

/// An English month or weekday abbreviation as written before its period, with one capital
/// ("Jan", "Sept", "Thurs"; not "JAN", "jan" or "May").
pub(crate) fn is_english_calendar_abbreviation(word: &str) -> bool {
    let mut bytes = word.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        && bytes.all(|b| b.is_ascii_lowercase())
        && english_names().any(|(n, full)| !full && n.eq_ignore_ascii_case(word))
}

/// An English month name or abbreviation as written beside a day ("32 January", "Jan. 0", "May
/// 3"), in any case with its periods trimmed; the ones that are also ordinary words ("may",
/// "march", "mar") only capitalised.
pub(crate) fn is_english_month_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if matches!(w, "May" | "March" | "Mar") {
        return true;
    }
    let lower = w.to_lowercase();
    !matches!(lower.as_str(), "may" | "march" | "mar") && ENGLISH_MONTHS.iter().any(|&(n, ..)| n == lower)
}

/// Words longer than this (in bytes) are never names, so the scanner skips folding them.
pub(crate) const fn max_name() -> usize {
    MAX_NAME
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_name_has_three_letters() {
        // `is_english_calendar_word` turns shorter words away unread.
        assert!(english_names().all(|(n, _)| n.len() >= 3));
    }

    #[test]
    fn english_calendar_words() {
        for (w, want) in [
            ("January", true),
            ("Jan.", true),
            ("TUESDAY", true),
            ("Thurs", true),
            ("May", true),
            ("Mars", false),
            ("Ján", false),
            ("Nara", false),
            ("of", false),
            (",", false),
            ("", false),
        ] {
            assert_eq!(is_english_calendar_word(w), want, "{w}");
        }
        for (w, want) in [
            ("Jan", true),
            ("Thurs", true),
            ("JAN", false),
            ("jan", false),
            ("May", false),
        ] {
            assert_eq!(is_english_calendar_abbreviation(w), want, "{w}");
        }
        for (w, want) in [
            ("January", true),
            ("jan.", true),
            ("SEPT", true),
            ("May", true),
            ("may", false),
            ("march", false),
            ("Mar.", true),
            ("mai", false),
        ] {
            assert_eq!(is_english_month_word(w), want, "{w}");
        }
    }

    #[test]
    fn month_names_in_five_languages() {
        let cases: &[(&str, Option<u32>)] = &[
            ("January", Some(1)),
            ("Jan.", Some(1)),
            ("JULY", Some(7)),
            ("Gennaio", Some(1)),
            ("janv.", Some(1)),
            ("févr.", Some(2)),
            ("März", Some(3)),
            ("Mrz", Some(3)),
            ("Jänner", Some(1)),
            ("enero", Some(1)),
            ("août", Some(8)),
            ("dicembre", Some(12)),
            ("Sept.", Some(9)),
            ("setiembre", Some(9)),
            ("Monday", None),
            ("Janus", None),
            ("", None),
        ];
        for (w, want) in cases {
            assert_eq!(month(w).map(|m| m.month), *want, "{w}");
        }
    }

    #[test]
    fn ambiguous_month_words_are_flagged() {
        for w in ["may", "mar", "set", "ago", "mars"] {
            assert!(month(w).is_some_and(|m| m.word), "{w}");
        }
        for w in ["october", "gennaio", "jan"] {
            assert!(month(w).is_some_and(|m| !m.word), "{w}");
        }
    }

    #[test]
    fn weekday_names_in_five_languages() {
        let cases: &[(&str, Option<(Weekday, bool)>)] = &[
            ("Tuesday", Some((Weekday::Tue, true))),
            ("WEDNESDAY", Some((Weekday::Wed, true))),
            ("Tue.", Some((Weekday::Tue, false))),
            ("mercredi", Some((Weekday::Wed, true))),
            ("Mittwoch", Some((Weekday::Wed, true))),
            ("mercoledì", Some((Weekday::Wed, true))),
            ("miércoles", Some((Weekday::Wed, true))),
            ("mer", Some((Weekday::Wed, false))),
            ("Tuesdays", None),
        ];
        for (w, want) in cases {
            assert_eq!(weekday(w), *want, "{w}");
        }
    }
}

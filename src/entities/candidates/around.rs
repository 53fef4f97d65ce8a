//! What the words around a name say of its kind: the roles, places and verbs beside it.

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::Reader;
use crate::entities::{EntityKind, cues, lists};
use crate::ner::NerType;
use crate::text::{is_all_caps, is_capitalised, word_set};

/// Verbs of winning before a number of seats or a share of the vote: one entry a line in
/// `assets/entities/cues/winning_verbs.txt`.
static WINNING_VERBS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/entities/cues/winning_verbs.txt")));

/// A verb of winning ("won", "took", "secured", "holds").
fn is_winning_verb(word: &str) -> bool {
    WINNING_VERBS.contains(word)
}

/// Words before a name that an employee noun follows: one entry a line in
/// `assets/entities/cues/employer_openers.txt`.
static EMPLOYER_OPENERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/entities/cues/employer_openers.txt")));

/// A word before an employer's name and the employee noun after it ("a", "former", "longtime").
fn is_employer_opener(word: &str) -> bool {
    EMPLOYER_OPENERS.contains(word)
}

/// A preposition of place before a name ("in Mamuju", "near Palu"): a closed set.
fn is_locative(word: &str) -> bool {
    matches!(
        word,
        "in" | "near" | "outside" | "across" | "throughout" | "inside"
    )
}

impl Reader<'_> {
    /// Person or work evidence from the words around a name: first what it is to the words
    /// next to it (a business, a person with a title, a quoted work, an area, an employer, a
    /// party), then where it stands and what it does (a place, a holiday, an apposition, a
    /// speaker, a possession).
    pub(super) fn context_kind(&self, r: &Range<usize>) -> (Option<EntityKind>, u8) {
        self.role_kind(r).unwrap_or_else(|| self.position_kind(r))
    }

    /// What a name is to the words right beside it: a business, a person after a lower-case
    /// title, a quoted work, an area, an employer, a body with seats, a party with a share.
    fn role_kind(&self, r: &Range<usize>) -> Option<(Option<EntityKind>, u8)> {
        let units = self.units;
        let before = |k: usize| r.start.checked_sub(k).and_then(|i| units.get(i)).copied();
        let after = units.get(r.end).copied();
        // "the Clara Delmont jewellery store", "X's boutique", "Swiss firm X", "jeweller X": a
        // business, though it bears a person's name.
        if is_business(units, r) {
            return Some((Some(EntityKind::Organisation), 2));
        }
        if before(1).is_some_and(cues::is_lower_title) {
            return Some((Some(EntityKind::Person), 2));
        }
        let closing = |u: Option<&str>| matches!(u, Some("”" | "\"" | "’"));
        let quoted = matches!(before(1), Some("“" | "\"" | "‘"))
            && (closing(after)
                || (matches!(after, Some("," | ".")) && closing(units.get(r.end + 1).copied())));
        if quoted {
            return Some((Some(EntityKind::Other), 1));
        }
        // "Hatay province", "the town of Defne": an area noun names what the name is. ("the
        // state of emergency" never reaches here: "emergency" is not capitalised.)
        let area_after = after.is_some_and(cues::is_area_noun)
            && !matches!(
                units.get(r.end + 1),
                Some(&("hall" | "halls" | "meeting" | "meetings"))
            );
        let area_before = before(1) == Some("of")
            && before(2).is_some_and(cues::is_area_noun)
            && matches!(before(3), Some("the" | "The"));
        if r.len() <= 3 && (area_after || area_before) {
            return Some((Some(EntityKind::Place), 2));
        }
        // "analysts at Morgan Stanley", "engineers at Airbus": people who work at a name work
        // for a body.
        if before(1) == Some("at") && before(2).is_some_and(|w| cues::is_staff_noun(&w.to_lowercase())) {
            return Some((Some(EntityKind::Organisation), 2));
        }
        // "a former BlackRock executive", "a Goldman Sachs analyst": someone's employer.
        if after.is_some_and(cues::is_employee_noun) && before(1).is_some_and(is_employer_opener) {
            return Some((Some(EntityKind::Organisation), 2));
        }
        // "the 630-seat Bundestag", "the 193-member General Assembly": a body with seats.
        if before(1).is_some_and(|w| w.ends_with("-seat") || w.ends_with("-member"))
            || (matches!(before(1), Some("seat" | "member")) && before(2) == Some("-"))
        {
            return Some((Some(EntityKind::Organisation), 2));
        }
        // "Die Linke won 8.8 percent", "the AfD will have 152 seats": what wins seats is a party;
        // a share of the vote a candidate wins too, so only a name the tagger does not call a
        // person counts, and weakly.
        match share_after(&units[r.end..]) {
            Some(Share::Seats) => return Some((Some(EntityKind::Organisation), 2)),
            Some(Share::Percent) if !self.tagged_as(r, |ty| ty == NerType::Per) => {
                return Some((Some(EntityKind::Organisation), 1));
            }
            _ => {}
        }
        None
    }

    /// Where a name stands and what it does: measured from as a place, after a locative, a
    /// holiday, an apposition, a speaker, a possession.
    fn position_kind(&self, r: &Range<usize>) -> (Option<EntityKind>, u8) {
        let units = self.units;
        let before = |k: usize| r.start.checked_sub(k).and_then(|i| units.get(i)).copied();
        let after = units.get(r.end).copied();
        // "3 miles southwest of Cobb", "10 km from Palu": what a distance is measured from is a
        // place.
        // A capital "The" before the name is its own ("near The Pinnacles").
        let the = usize::from(before(1) == Some("The"));
        let lists = lists::get();
        if r.len() <= 3 && matches!(before(1 + the), Some("of" | "from")) {
            let unit = |k: usize| before(k + the).is_some_and(|w| lists.is_distance_unit(w));
            if unit(2) || (before(2 + the).is_some_and(is_compass) && unit(3)) {
                return (Some(EntityKind::Place), 2);
            }
        }
        // "in Mamuju", "near Palu": a weak hint that a name nothing else explains is a place.
        if r.len() <= 2 && before(1 + the).is_some_and(is_locative) {
            return (Some(EntityKind::Place), 1);
        }
        if cues::is_holiday(units[r.start]) {
            return (Some(EntityKind::Other), 2);
        }
        if let Some(kind) = cues::apposition_kind(&units[r.end..]) {
            return (Some(kind), 2);
        }
        let said = after.is_some_and(cues::is_speech_verb)
            || (after == Some(",") && units.get(r.end + 1) == Some(&"who"));
        // "The Kremlin said", "the BNPB said": a determiner makes the speaker an institution.
        let determiner = matches!(before(1), Some("the" | "The"));
        if said && determiner {
            return (Some(EntityKind::Organisation), 1);
        }
        // A bare one-word name that speaks is as often a company or a ministry as a person.
        if said && r.len() >= 2 && !is_all_caps(units[r.start]) {
            return (Some(EntityKind::Person), 1);
        }
        // "Lionel Messi's Inter Miami": what a person's full name possesses is rarely a person (a
        // relative or colleague comes with a noun: "Messi's teammate Luis Suárez"). A one-word
        // possessor may be a company ("Apple's Tim Cook"), so it proves nothing.
        let possessed = matches!(before(1), Some("'s" | "’s"))
            && before(2).is_some_and(is_capitalised)
            && before(3).is_some_and(|w| is_capitalised(w) && !cues::is_not_name(w));
        if possessed && r.len() >= 2 {
            return (Some(EntityKind::Organisation), 2);
        }
        (None, 0)
    }
}

/// What a name wins in an election.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Share {
    Seats,
    Percent,
}

/// "won 8.8 percent", "took 20.8%", "will have 152 seats", "64 seats", "secured 30 per cent":
/// a verb of winning (or none), a number, then seats or a share.
pub(super) fn share_after(after: &[&str]) -> Option<Share> {
    let mut i = 0;
    if matches!(
        after.first(),
        Some(&("will" | "would" | "could" | "may" | "has" | "had" | "have"))
    ) {
        i += 1;
    }
    let verb = after.get(i).is_some_and(|w| is_winning_verb(w));
    if verb {
        i += 1;
    } else if i > 0 {
        return None;
    }
    let number = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    };
    if !after.get(i).is_some_and(|w| number(w)) {
        return None;
    }
    match after.get(i + 1).copied() {
        Some("seats" | "seat") => Some(Share::Seats),
        Some("percent" | "%" | "pct") if verb => Some(Share::Percent),
        Some("per") if verb && after.get(i + 2) == Some(&"cent") => Some(Share::Percent),
        _ => None,
    }
}

/// A name the words around it make a business: between "the" (or a possessive) and a shop noun,
/// with up to two lower-case words between ("the X store", "the X jewellery shop", "X's
/// boutique"); or right after a business noun ("Swiss firm X", "jeweller X").
fn is_business(units: &[&str], r: &Range<usize>) -> bool {
    let lists = lists::get();
    let before = |k: usize| r.start.checked_sub(k).and_then(|i| units.get(i)).copied();
    if r.len() <= 4 && before(1).is_some_and(|w| lists.is_trade_noun(w)) {
        return true;
    }
    let determiner = matches!(before(1), Some("the" | "The"));
    let mut i = r.end;
    let possessive = matches!(units.get(i), Some(&("'s" | "’s")));
    if !determiner && !possessive {
        return false;
    }
    if possessive {
        i += 1;
    }
    for _ in 0..3 {
        match units.get(i) {
            Some(w) if lists.is_shop_noun(w) => return true,
            Some(w) if w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic) => i += 1,
            _ => return false,
        }
    }
    false
}

/// A lower-case compass direction: "north", "southwest", "north-northeast".
pub(super) fn is_compass(word: &str) -> bool {
    let mut rest = word;
    let mut parts = 0;
    while !rest.is_empty() {
        rest = rest.trim_start_matches('-');
        let Some(next) = ["north", "south", "east", "west"]
            .iter()
            .find_map(|d| rest.strip_prefix(d))
        else {
            return false;
        };
        rest = next;
        parts += 1;
    }
    parts > 0
}

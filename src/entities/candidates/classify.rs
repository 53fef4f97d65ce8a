//! The kind of a run with no title in it: from the gazetteer, a direction word, the cue words it
//! opens or closes with, the words around it, and last what only some shapes of name say (an
//! "-ism", a product's name, an Arabic article).

use std::ops::Range;

use super::{Candidate, Reader, joined};
use crate::entities::gazetteer::{self, Place, Scale};
use crate::entities::{EntityKind, cues};
use crate::ner::{NerType, Tag};
use crate::text::{is_all_caps, is_capitalised};

impl Reader<'_> {
    /// Decide the kind of a run with no title in it, and keep it.
    pub(super) fn classify(&mut self, r: Range<usize>) {
        let units = self.units;
        let first = units[r.start];
        let mut last_i = r.end - 1;
        while last_i > r.start
            && (is_roman(units[last_i]) || units[last_i].chars().all(|c| c.is_ascii_digit()))
        {
            last_i -= 1;
        }
        let last = units[last_i];
        if r.len() == 1 && self.lone_unit_settled(&r) {
            return;
        }
        let mut c = Candidate::new(r.clone(), None, 0);
        self.place_kind(&mut c, &r, first, last);
        if c.kind.is_none() && r.len() >= 2 {
            let cue = self.cue_kind(&r, first, last);
            if cue.is_some() {
                c.kind = cue;
                // A legal form ("Corp", "Ltd", "GmbH") settles what the name is wherever else
                // it is written bare ("Nvidia said").
                c.weight = if cues::is_legal_form(last) { 4 } else { 2 };
            }
        }
        if c.kind.is_none() {
            (c.kind, c.weight) = self.context_kind(&r);
        }
        self.shape_kind(&mut c, &r, first);
        self.out.push(c);
    }

    /// Whether a one-unit run is settled before its kind is read: dropped as no name, or kept as
    /// an acronym.
    fn lone_unit_settled(&mut self, r: &Range<usize>) -> bool {
        let units = self.units;
        let u = units[r.start];
        // A lone capital letter is a label or a variable, not a name ("Plan B", "T").
        if u.chars().count() == 1 {
            return true;
        }
        // A word between a day and a year is a month, in whatever language ("14 Gennaio 2026").
        let digits = |i: Option<usize>| {
            i.and_then(|i| units.get(i))
                .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
        };
        if digits(r.start.checked_sub(1)) && digits(Some(r.end)) {
            return true;
        }
        if cues::is_org_tail(u) || cues::is_place_tail(u) || cues::is_other_tail(u) || cues::is_title_word(u)
        {
            return true;
        }
        if is_all_caps(u) && !self.all_caps {
            self.acronym(r.clone());
            return true;
        }
        false
    }

    /// A place by the gazetteer, or by a direction word before a place ("S. Korea", "East
    /// Timor", "South Sudan"), into `c`.
    fn place_kind(&self, c: &mut Candidate, r: &Range<usize>, first: &str, last: &str) {
        let units = self.units;
        let g = gazetteer::get();
        let text = joined(units, r);
        if let Some(place) = g.place(&text) {
            let weak_city = place.scale == Scale::City
                && self.weak[r.start]
                && r.len() == 1
                && place.population < 1_000_000;
            if !weak_city || self.ctx.is_attested(first) {
                (c.kind, c.weight, c.place) = place_evidence(place, r.len());
            }
        }
        if c.kind.is_none() && r.len() >= 2 {
            let rest = joined(units, &(r.start + 1..r.end));
            let expanded = match first {
                "S." => Some("South"),
                "N." => Some("North"),
                "E." => Some("East"),
                "W." => Some("West"),
                _ => None,
            };
            if let Some(place) = expanded.and_then(|d| g.place(&format!("{d} {rest}"))) {
                c.kind = Some(EntityKind::Place);
                c.weight = 3;
                c.place = Some(place);
            } else if cues::is_direction(first) && g.place(&rest).is_some() {
                c.kind = Some(EntityKind::Place);
                c.weight = 2;
            } else if cues::is_direction(first) && !cues::is_org_tail(last) && !cues::is_other_tail(last) {
                // "South Sudan"-like names the gazetteer spells differently are still places.
                c.kind = Some(EntityKind::Place);
                c.weight = 1;
            }
        }
    }

    /// The kind the cue words a run of two or more units opens or closes with give it.
    fn cue_kind(&self, r: &Range<usize>, first: &str, last: &str) -> Option<EntityKind> {
        let has_of = self.units[r.clone()].contains(&"of");
        if cues::is_org_tail(last) {
            Some(EntityKind::Organisation)
        } else if cues::is_place_tail(last) {
            Some(EntityKind::Place)
        } else if cues::is_other_tail(last) {
            Some(EntityKind::Other)
        } else if cues::is_group_plural(last) {
            // "the Free Democrats of Christian Lindner": a party, whoever leads it.
            Some(EntityKind::Organisation)
        } else if cues::is_org_head(first) && has_of || self.head_before_of(r, cues::is_org_head) {
            Some(EntityKind::Organisation)
        } else if cues::is_place_head(first) || self.head_before_of(r, cues::is_place_head) {
            Some(EntityKind::Place)
        } else if cues::is_other_head(first) {
            Some(EntityKind::Other)
        } else {
            None
        }
    }

    /// What only some shapes of name say, over weaker evidence in `c`: an "-ism", a product's
    /// name, a capital Arabic article.
    fn shape_kind(&self, c: &mut Candidate, r: &Range<usize>, first: &str) {
        // "Buddhism", "Marxism", "Catholicism": a capitalised -ism names a belief or a
        // movement, whatever the tagger reads into it.
        if r.len() == 1 && c.place.is_none() && is_ism(first) && c.weight < 3 {
            (c.kind, c.weight) = (Some(EntityKind::Other), 2);
        }
        // "its Blackwell chips": a product's name, whatever a town or a surname it shares.
        if let Some(weight) = self.product_weight(r)
            && c.place.is_none_or(|p| p.scale == Scale::City)
            && c.weight < 3
        {
            (c.kind, c.weight, c.place) = (Some(EntityKind::Other), weight, None);
        }
        // A lone "Al-Hilal", "Al-Jazeera", "Al-Shabaab": English news writes a person's Arabic
        // article in lower case ("al-Assad"), so a capital "Al-" word nothing else explains names
        // a club, a broadcaster or a group.
        let arabic_article = ["Al-", "Al\u{2011}", "El-"].iter().any(|p| first.starts_with(p));
        if c.kind.is_none()
            && r.len() == 1
            && arabic_article
            && first.chars().nth(3).is_some_and(char::is_uppercase)
        {
            (c.kind, c.weight) = (Some(EntityKind::Organisation), 1);
        }
    }

    /// A cue word standing before "of" anywhere in the name ("National Institute of Meteorology",
    /// "United Kingdom of Great Britain").
    fn head_before_of(&self, r: &Range<usize>, is_head: fn(&str) -> bool) -> bool {
        (r.start..r.end.saturating_sub(1)).any(|i| is_head(self.units[i]) && self.units[i + 1] == "of")
    }

    /// How surely a name between a possessive or determiner and a product noun is that product:
    /// 3 after a company's possessive ("its Blackwell chips", "Nvidia's Blackwell chips", "our
    /// Pixel phones"); 1 after "the" or "their", where a maker's name stands as often ("the Pfizer
    /// vaccine", "their Samsung phones"), and not at all when the tagger calls it a body or place.
    fn product_weight(&self, r: &Range<usize>) -> Option<u8> {
        let units = self.units;
        if r.len() > 3 || !units.get(r.end).is_some_and(|w| cues::is_product_noun(w)) {
            return None;
        }
        let before = |k: usize| r.start.checked_sub(k).and_then(|i| units.get(i)).copied();
        let possessor = matches!(before(1), Some("'s" | "’s")) && before(2).is_some_and(is_capitalised);
        if possessor || matches!(before(1), Some("its" | "our" | "Its" | "Our")) {
            return Some(3);
        }
        let body = self.tagged_as(r, |ty| matches!(ty, NerType::Org | NerType::Loc));
        (matches!(before(1), Some("the" | "their" | "The" | "Their")) && !body).then_some(1)
    }

    /// Whether the tagger reads any unit of `r` as part of a name of a type `is` accepts.
    pub(super) fn tagged_as(&self, r: &Range<usize>, is: impl Fn(NerType) -> bool) -> bool {
        self.tags.is_some_and(|t| {
            t[r.clone()]
                .iter()
                .any(|t| matches!(t, Tag::B(ty) | Tag::I(ty) if is(*ty)))
        })
    }

    /// A single all-caps unit: a country code, a known word in capitals, or an acronym.
    fn acronym(&mut self, r: Range<usize>) {
        let u = self.units[r.start];
        let g = gazetteer::get();
        let mut c = Candidate::new(r.clone(), Some(EntityKind::Organisation), 1);
        if let Some(place) = g.place(u) {
            (c.kind, c.weight, c.place) = place_evidence(place, 1);
        } else if cues::is_generic_acronym(u)
            || cues::is_calendar(u)
            || (self.ctx.is_common(u) && !self.ctx.is_mostly_capitals(u))
        {
            return;
        } else if self.ctx.is_attested_mixed(u) {
            // A name set in capitals ("NARA —"): the same name, kind from elsewhere.
            c.kind = None;
            c.weight = 0;
        } else if self.weak[r.start] && !self.ctx.is_attested(u) && !self.tagged(r.start) {
            return;
        }
        self.out.push(c);
    }
}

/// What a gazetteer match says. Thousands of towns share a word with a surname ("Rubio", "Lee"),
/// so a city is a hint that names and titles can outvote, matched as written (no gazetteer
/// identity); countries, states and continents are firm and carry their identity, so "U.S." and
/// "America" meet.
fn place_evidence(place: &'static Place, words: usize) -> (Option<EntityKind>, u8, Option<&'static Place>) {
    if place.scale != Scale::City {
        return (Some(EntityKind::Place), 3, Some(place));
    }
    let weight = if words > 1 || place.population >= 1_000_000 {
        2
    } else {
        1
    };
    (Some(EntityKind::Place), weight, None)
}

/// A Roman numeral of up to four letters ("II", "XIV") that may close a name.
pub(super) fn is_roman(u: &str) -> bool {
    !u.is_empty() && u.len() <= 4 && u.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// A capitalised word ending in "-ism" with a stem of three letters or more ("Buddhism",
/// "Marxism"; not "Prism" or "Chrism").
pub(super) fn is_ism(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.ends_with("ism")
        && word.chars().count() >= 7
        && word.chars().all(char::is_alphabetic)
}

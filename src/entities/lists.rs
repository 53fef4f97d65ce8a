//! Open-ended word lists from assets/entities, embedded at compile time and parsed once: words that
//! are never names (time zones, units, sports jargon, common-noun abbreviations), nouns that make
//! the name beside them a business or a measure, kind words, given names with their short forms,
//! and exonyms. Each file opens with `#` lines saying what it is for (read by
//! [`crate::text::wordlist::entries`]).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use super::EntityKind;
use super::fold::key;
use crate::text::wordlist::entries;

const TIME_ZONES: &str = include_str!("../../assets/entities/time_zones.txt");
const UNITS: &str = include_str!("../../assets/entities/units.txt");
const SPORTS_TERMS: &str = include_str!("../../assets/entities/sports_terms.txt");
const GENERIC_ACRONYMS: &str = include_str!("../../assets/entities/generic_acronyms.txt");
const SHOP_NOUNS: &str = include_str!("../../assets/entities/shop_nouns.txt");
const TRADE_NOUNS: &str = include_str!("../../assets/entities/trade_nouns.txt");
const SCALE_NOUNS: &str = include_str!("../../assets/entities/scale_nouns.txt");
const DISTANCE_UNITS: &str = include_str!("../../assets/entities/distance_units.txt");
const KIND_WORDS: &str = include_str!("../../assets/entities/kind_words.tsv");
const GIVEN_NAMES: &str = include_str!("../../assets/entities/given_names.tsv");
const EXONYMS: &str = include_str!("../../assets/entities/exonyms.tsv");

/// The parsed lists.
#[derive(Debug, Default)]
pub struct Lists {
    /// Exact surface forms that are never names.
    not_names: HashSet<&'static str>,
    shop_nouns: HashSet<&'static str>,
    trade_nouns: HashSet<&'static str>,
    scale_nouns: HashSet<&'static str>,
    distance_units: HashSet<&'static str>,
    kind_words: HashMap<&'static str, EntityKind>,
    /// Folded given name → the folded formal names it may stand for (a formal name stands for
    /// itself).
    given: HashMap<String, Vec<String>>,
    /// Folded spelling of a place → the folded spelling all its spellings share.
    exonyms: HashMap<String, String>,
}

/// The embedded lists, parsed on first use.
pub fn get() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(Lists::embedded)
}

impl Lists {
    fn embedded() -> Lists {
        let mut l = Lists::default();
        for table in [TIME_ZONES, UNITS, SPORTS_TERMS, GENERIC_ACRONYMS] {
            l.not_names.extend(entries(table));
        }
        l.shop_nouns.extend(entries(SHOP_NOUNS));
        l.trade_nouns.extend(entries(TRADE_NOUNS));
        l.scale_nouns.extend(entries(SCALE_NOUNS));
        l.distance_units.extend(entries(DISTANCE_UNITS));
        for line in entries(KIND_WORDS) {
            let Some((word, kind)) = line.split_once('\t') else {
                continue;
            };
            let kind = match kind.trim() {
                "place" => EntityKind::Place,
                "organisation" => EntityKind::Organisation,
                _ => continue,
            };
            l.kind_words.insert(word.trim(), kind);
        }
        for line in entries(GIVEN_NAMES) {
            let Some((formal, short)) = line.split_once('\t') else {
                continue;
            };
            let formal = key(formal);
            for form in std::iter::once(formal.as_str()).chain(short.split('|').map(str::trim)) {
                let forms = l.given.entry(key(form)).or_default();
                if !forms.contains(&formal) {
                    forms.push(formal.clone());
                }
            }
        }
        for line in entries(EXONYMS) {
            let Some((name, others)) = line.split_once('\t') else {
                continue;
            };
            // Keyed as mentions are grouped: without a leading "The" ("The Hague" = "Hague").
            let canonical = key(name.strip_prefix("The ").unwrap_or(name));
            for other in others.split('|').map(str::trim).filter(|o| !o.is_empty()) {
                l.exonyms.insert(key(other), canonical.clone());
            }
        }
        l
    }

    /// A time zone, unit, sports term or common-noun abbreviation, as written ("ET", "KOs",
    /// "Spring Training", "OEM").
    pub fn is_not_name(&self, surface: &str) -> bool {
        self.not_names.contains(surface)
    }

    /// A noun of a shop or premises ("store", "boutique").
    pub fn is_shop_noun(&self, word: &str) -> bool {
        self.shop_nouns.contains(word)
    }

    /// A noun of a business that stands before its name ("firm", "jeweller").
    pub fn is_trade_noun(&self, word: &str) -> bool {
        self.trade_nouns.contains(word)
    }

    /// A noun after the name of a scale or unit ("scale", "magnitude").
    pub fn is_scale_noun(&self, word: &str) -> bool {
        self.scale_nouns.contains(word)
    }

    /// A unit of distance ("miles", "km").
    pub fn is_distance_unit(&self, word: &str) -> bool {
        self.distance_units.contains(word)
    }

    /// The kind a last word gives a name, from the extra kind words ("Hotel" → place).
    pub fn tail_kind(&self, word: &str) -> Option<EntityKind> {
        self.kind_words.get(word).copied()
    }

    /// Whether two given names may name one person: the same name, or a formal name and one of
    /// its short forms, or two short forms of one formal name ("Steve" and "Steven", "Bill" and
    /// "William"). Folded forms.
    pub fn same_given(&self, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        match (self.given.get(a), self.given.get(b)) {
            (Some(fa), Some(fb)) => fa.iter().any(|f| fb.contains(f)),
            _ => false,
        }
    }

    /// The folded spelling shared by every spelling of a place with an exonym ("berne" → "bern"),
    /// or the folded form itself.
    pub fn place_spelling(&self, folded: &str) -> Option<&str> {
        self.exonyms.get(folded).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_and_answer() {
        let l = get();
        assert!(l.is_not_name("PDT") && l.is_not_name("KOs") && l.is_not_name("Spring Training"));
        assert!(!l.is_not_name("NATO") && !l.is_not_name("pdt"));
        assert!(l.is_shop_noun("boutique") && l.is_trade_noun("jeweller") && l.is_scale_noun("scale"));
        assert_eq!(l.tail_kind("Hotel"), Some(EntityKind::Place));
        assert!(l.is_distance_unit("miles") && !l.is_distance_unit("Miles"));
        assert!(l.same_given("steve", "steven") && l.same_given("bill", "william"));
        assert!(l.same_given("steve", "stephen") && !l.same_given("steve", "william"));
        assert_eq!(l.place_spelling("berne"), Some("bern"));
        assert_eq!(l.place_spelling("koln"), Some("cologne"));
        assert_eq!(l.place_spelling("bern"), None);
        assert_eq!(l.place_spelling("den haag"), Some("hague"));
    }
}

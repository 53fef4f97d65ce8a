//! The cue words the rules read, behind named predicates: titles, place and organisation cue words,
//! connectors, and words that look like names but are not (function words, generic acronyms).
//!
//! These are facts about English news writing, not about any one briefing. The lists themselves
//! are data, one file each in `assets/entities/cues/`; month and weekday names are the dates
//! module's ([`crate::dates::is_english_calendar_word`]).

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::text::word_set;

/// Head words of titles that stand before a person's name ("President Lee", "Prime Minister
/// Takaichi", "Mr. Kim"). Modifiers before a head ("Prime", "Foreign", "Chief Cabinet") are part of
/// the title; the head is the last title word before the name.
/// One entry a line in `assets/entities/cues/title_heads.txt`.
static TITLE_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/title_heads.txt")));

/// Words that may open a title before its head ("Prime" Minister, "Foreign" Minister, "Chief
/// Cabinet" Secretary, "Former" President).
/// One entry a line in `assets/entities/cues/title_modifiers.txt`.
static TITLE_MODIFIERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/title_modifiers.txt")));

/// Lower-case titles that mark the next capitalised words as a person ("said prime minister
/// Sanae Takaichi").
/// One entry a line in `assets/entities/cues/lower_titles.txt`.
static LOWER_TITLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/lower_titles.txt")));

/// Nouns of an apposition that make the name before it a person ("Sarah Kim, a mother of two";
/// "Chris Marchese, director of …") beyond the titles.
/// One entry a line in `assets/entities/cues/person_nouns.txt`.
static PERSON_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/person_nouns.txt")));

/// Nouns of an apposition that make the name before it an organisation ("Parents Together
/// Action, an advocacy group"; "NetChoice, a trade association").
/// One entry a line in `assets/entities/cues/org_nouns.txt`.
static ORG_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/org_nouns.txt")));

/// The kind an apposition after a name gives it: ", a shopkeeper" → person, ", an advocacy
/// group" → organisation. `after` are the units after the name.
pub fn apposition_kind(after: &[&str]) -> Option<super::EntityKind> {
    if after.first() != Some(&",") {
        return None;
    }
    let mut i = 1;
    if matches!(after.get(i), Some(&("a" | "an" | "the"))) {
        i += 1;
    }
    // The head noun: the last lower-case word of a short noun phrase ("a local advocacy group").
    let mut head = None;
    let mut possessed = false;
    for w in after.iter().skip(i).take(5) {
        // "the club's president": the possessor is not the head.
        if matches!(*w, "'s" | "’s") {
            head = None;
            possessed = true;
            continue;
        }
        if !w.starts_with(char::is_lowercase)
            || matches!(*w, "of" | "who" | "which" | "and" | "in" | "at" | "for")
        {
            break;
        }
        head = Some(*w);
        if PERSON_NOUNS.contains(w) || LOWER_TITLES.contains(w) {
            break;
        }
    }
    let head = head?;
    if PERSON_NOUNS.contains(&head) || LOWER_TITLES.contains(&head) {
        Some(super::EntityKind::Person)
    } else if ORG_NOUNS.contains(&head) && !possessed {
        // "the store's insurer" may be a person or a firm: a possessed role proves neither.
        Some(super::EntityKind::Organisation)
    } else {
        None
    }
}

/// Describing words that open a sentence before a name without being part of it ("Rival Samsung
/// Electronics", "Embattled Chief Executive …").
/// One entry a line in `assets/entities/cues/descriptors.txt`.
static DESCRIPTORS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/descriptors.txt")));

/// A describing word that opens a sentence before a name ("Rival …").
pub fn is_descriptor(word: &str) -> bool {
    DESCRIPTORS.contains(&word)
}

/// Last words that make a name an organisation.
/// One entry a line in `assets/entities/cues/org_tails.txt`.
static ORG_TAILS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/org_tails.txt")));

/// First words that make a name an organisation ("Ministry of Foreign Affairs", "Bank of Japan").
/// One entry a line in `assets/entities/cues/org_heads.txt`.
static ORG_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/org_heads.txt")));

/// Last words that make a name a place (including facilities and landmarks).
/// One entry a line in `assets/entities/cues/place_tails.txt`.
static PLACE_TAILS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/place_tails.txt")));

/// First words that make a name a place ("Mount Fuji", "Lake Biwa", "Gulf of Mexico").
/// One entry a line in `assets/entities/cues/place_heads.txt`.
static PLACE_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/place_heads.txt")));

/// First words that make a name an event ("Storm Eunice", "Typhoon Haiyan", "Operation Sindoor").
/// One entry a line in `assets/entities/cues/other_heads.txt`.
static OTHER_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/other_heads.txt")));

/// Last words that make a name an event or work ("Pacific War", "World Cup", "Paris Agreement").
/// One entry a line in `assets/entities/cues/other_tails.txt`.
static OTHER_TAILS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/other_tails.txt")));

/// Direction words that make a new region of a place ("East Asia", "Western Europe").
/// One entry a line in `assets/entities/cues/directions.txt`.
static DIRECTIONS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/directions.txt")));

/// Lower-case words that may stand inside a name between capitalised words.
/// One entry a line in `assets/entities/cues/connectors.txt`.
static CONNECTORS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/connectors.txt")));

/// Capitalised words that are never a name on their own.
/// One entry a line in `assets/entities/cues/not_names.txt`.
static NOT_NAMES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/not_names.txt")));

/// Abbreviations in capitals that name no one ("DNA", "GDP").
/// One entry a line in `assets/entities/cues/generic_acronyms.txt`.
static GENERIC_ACRONYMS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/generic_acronyms.txt")));

/// Verbs of saying right after a name that mark it as a person ("Kim said").
/// One entry a line in `assets/entities/cues/speech_verbs.txt`.
static SPEECH_VERBS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/speech_verbs.txt")));

/// Nouns before "called X" / "known as X" that make X a place ("islands called Takeshima").
/// One entry a line in `assets/entities/cues/place_nouns.txt`.
static PLACE_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/place_nouns.txt")));

/// Lower-case nouns of administrative areas that follow a place's name ("Hatay province",
/// "Kaduna state", "Sichuan region") or stand before "of" in front of it ("the town of Defne").
/// One entry a line in `assets/entities/cues/area_nouns.txt`.
static AREA_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/area_nouns.txt")));

pub fn is_area_noun(word: &str) -> bool {
    AREA_NOUNS.contains(&word)
}

/// People named by their work, who work *at* a body ("analysts at Morgan Stanley").
/// One entry a line in `assets/entities/cues/staff_nouns.txt`.
static STAFF_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/staff_nouns.txt")));

pub fn is_staff_noun(word: &str) -> bool {
    STAFF_NOUNS.contains(&word)
}

/// Legal forms of companies: a name that closes with one is an organisation, whatever else.
/// One entry a line in `assets/entities/cues/legal_forms.txt`.
static LEGAL_FORMS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/legal_forms.txt")));

pub fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.contains(&word)
}

/// Holidays and festivals: names, but of days, not of people or places.
/// One entry a line in `assets/entities/cues/holidays.txt`.
static HOLIDAYS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/holidays.txt")));

pub fn is_holiday(word: &str) -> bool {
    HOLIDAYS.contains(&word)
}

pub fn is_title_head(word: &str) -> bool {
    TITLE_HEADS.contains(&word)
}

/// A title head at unit `k`, with "General" a head only after the offices it completes ("Attorney
/// General Ken Paxton", "Surgeon General"), never as "General Motors" or "General Electric".
pub fn is_title_head_at(units: &[&str], k: usize) -> bool {
    let u = units[k];
    // "Council Member Ana Ruiz", "Board Member …": a member of a named body.
    let member = u == "Member"
        && k > 0
        && matches!(
            units[k - 1],
            "Council" | "Assembly" | "Board" | "Committee" | "Parliament" | "Congress"
        );
    member
        || is_title_head(u)
        || (matches!(u, "General" | "General-designate")
            && k > 0
            && matches!(
                units[k - 1],
                "Attorney" | "Solicitor" | "Surgeon" | "Inspector" | "Postmaster" | "Auditor" | "Comptroller"
            ))
}

/// A word that may open a title before its head (see [`TITLE_MODIFIERS`]).
pub fn is_title_modifier(word: &str) -> bool {
    TITLE_MODIFIERS.contains(word)
}

pub fn is_title_word(word: &str) -> bool {
    is_title_head(word) || TITLE_MODIFIERS.contains(&word)
}

pub fn is_lower_title(word: &str) -> bool {
    LOWER_TITLES.contains(&word)
}

pub fn is_org_tail(word: &str) -> bool {
    ORG_TAILS.contains(&word)
        || is_legal_form(word)
        || super::lists::get().tail_kind(word) == Some(super::EntityKind::Organisation)
}

pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(&word)
}

pub fn is_place_tail(word: &str) -> bool {
    PLACE_TAILS.contains(&word) || super::lists::get().tail_kind(word) == Some(super::EntityKind::Place)
}

pub fn is_place_head(word: &str) -> bool {
    PLACE_HEADS.contains(&word)
}

pub fn is_other_head(word: &str) -> bool {
    OTHER_HEADS.contains(&word)
}

pub fn is_other_tail(word: &str) -> bool {
    OTHER_TAILS.contains(&word)
}

pub fn is_direction(word: &str) -> bool {
    DIRECTIONS.contains(&word)
}

pub fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

/// A capitalised function word (or other never-name word) that separates names rather than joining
/// them; month and weekday names are not among these (see [`is_calendar`]).
pub fn is_function_word(word: &str) -> bool {
    in_not_names(word) && !is_calendar(word)
}

/// One entry a line in `assets/entities/cues/particles.txt`.
static PARTICLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/particles.txt")));

/// Articles of other languages that open the names of parties, papers and places ("Die Linke",
/// "Le Monde", "El País", "Der Spiegel", "La Paz"): capitalised before a name, they belong to it.
/// One entry a line in `assets/entities/cues/foreign_articles.txt`.
static FOREIGN_ARTICLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/foreign_articles.txt")));

/// A foreign article that opens a name (see [`FOREIGN_ARTICLES`]).
pub fn is_foreign_article(word: &str) -> bool {
    FOREIGN_ARTICLES.contains(&word)
}

/// Name particles that join the words of one name ("Ursula von der Leyen", "Procter & Gamble").
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Small words of other languages that are English words or letters too ("et", "y", "en",
/// "per"): inside a name only when the tagger reads the words around them as one name ("Liberté
/// et Justice", "Izquierda y Unidad").
/// One entry a line in `assets/entities/cues/foreign_joiners.txt`.
static FOREIGN_JOINERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/foreign_joiners.txt")));

/// A word that may stand inside a name the tagger spans: a particle or an ambiguous foreign joiner.
pub fn is_foreign_joiner(word: &str) -> bool {
    is_particle(word) || FOREIGN_JOINERS.contains(&word)
}

/// Plural nouns for the members of a party or movement: a name they close is the group, never a
/// person ("Free Democrats", "Social Democrats", "Sweden Democrats", "Young Republicans").
/// One entry a line in `assets/entities/cues/group_plurals.txt`.
static GROUP_PLURALS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/group_plurals.txt")));

/// A plural of party members ("Democrats", "Greens"), or a word shaped like one ("Technocrats",
/// "Peronists").
pub fn is_group_plural(word: &str) -> bool {
    GROUP_PLURALS.contains(&word)
        || (word.chars().count() > 6
            && word.starts_with(char::is_uppercase)
            && (word.ends_with("crats") || word.ends_with("ists")))
}

/// Nouns of people whose work presupposes an employer: "a former BlackRock executive", "a
/// Goldman Sachs analyst" name a body before them. (Not "lawyer" or "adviser": a person has
/// those too, "a Trump lawyer".)
/// One entry a line in `assets/entities/cues/employee_nouns.txt`.
static EMPLOYEE_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/employee_nouns.txt")));

pub fn is_employee_noun(word: &str) -> bool {
    EMPLOYEE_NOUNS.contains(&word)
}

/// Nouns of made things: a capitalised word between a possessive and one of these is the
/// product's name ("its Blackwell chips", "the company's Gemini model").
/// One entry a line in `assets/entities/cues/product_nouns.txt`.
static PRODUCT_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/product_nouns.txt")));

pub fn is_product_noun(word: &str) -> bool {
    PRODUCT_NOUNS.contains(&word)
}

/// US states as AP style abbreviates them, for party-state tags ("R-La.", "D-Wash.").
/// One entry a line in `assets/entities/cues/ap_states.txt`.
static AP_STATES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../assets/entities/cues/ap_states.txt")));

/// A US lawmaker's party-state tag ("R-La.", "D-Wash", "I-Vt.", "R-N.Y.", "D-CA"): part of how a
/// person is introduced, not a name of its own.
pub fn is_party_tag(word: &str) -> bool {
    // Asked of nearly every capitalised word: most are turned away by their first letter.
    if !matches!(word.as_bytes().first(), Some(b'R' | b'D' | b'I')) {
        return false;
    }
    let Some((party, state)) = word.split_once(['-', '\u{2010}', '\u{2011}']) else {
        return false;
    };
    if !matches!(party, "R" | "D" | "I" | "Ind") {
        return false;
    }
    let bare = state.trim_end_matches('.');
    let postal = bare.len() == 2 && bare.chars().all(|c| c.is_ascii_uppercase());
    let dotted = bare.len() >= 3
        && bare
            .split('.')
            .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()));
    let named = super::gazetteer::get()
        .place(bare)
        .is_some_and(|p| p.scale == super::gazetteer::Scale::State);
    postal || dotted || named || AP_STATES.contains(&bare)
}

/// A capitalised word that never names anything by itself.
pub fn is_not_name(word: &str) -> bool {
    in_not_names(word) || is_calendar(word) || is_party_tag(word)
}

/// A word of [`NOT_NAMES`]: the runs and the context ask about every word.
fn in_not_names(word: &str) -> bool {
    NOT_NAMES.contains(word)
}

/// A month or weekday name, in any case, with or without its abbreviation period.
pub fn is_calendar(word: &str) -> bool {
    crate::dates::is_english_calendar_word(word)
}

/// A capitals abbreviation that names no one, with any number or suffix after a hyphen
/// ("COVID-19", "CO2").
pub fn is_generic_acronym(word: &str) -> bool {
    let stem = word.split(['-', '\u{2010}', '\u{2011}']).next().unwrap_or(word);
    GENERIC_ACRONYMS.contains(&word) || GENERIC_ACRONYMS.contains(&stem)
}

pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

pub fn is_place_noun(word: &str) -> bool {
    PLACE_NOUNS.contains(&word)
}

/// Any cue word that may stand before "of" inside a name ("Sea of Japan", "Bank of Japan",
/// "House of Representatives").
pub fn takes_of(word: &str) -> bool {
    is_org_head(word)
        || is_place_head(word)
        || is_place_tail(word)
        || is_org_tail(word)
        || is_title_head(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words() {
        for (w, want) in [
            ("January", true),
            ("Jan.", true),
            ("TUESDAY", true),
            ("May", true),
            ("Nara", false),
        ] {
            assert_eq!(is_calendar(w), want, "{w}");
        }
    }

    #[test]
    fn cue_words() {
        assert!(is_title_head("President") && is_title_word("Prime") && !is_title_head("Prime"));
        assert!(is_org_tail("Agency") && is_org_tail("Press") && is_place_tail("Prefecture"));
        assert!(takes_of("Sea") && takes_of("House") && !takes_of("Takaichi"));
        assert!(is_not_name("Tuesday") && is_not_name("The") && !is_not_name("Lee"));
        for (w, want) in [
            ("R-La.", true),
            ("D-Wash", true),
            ("I-Vt.", true),
            ("R-N.Y.", true),
            ("D-CA", true),
            ("R-Texas", true),
            ("D-Day", false),
            ("X-Men", false),
            ("Al-Hilal", false),
            ("R-Rated", false),
        ] {
            assert_eq!(is_party_tag(w), want, "{w}");
        }
        use crate::entities::EntityKind::{Organisation, Person};
        for (after, want) in [
            (", a mother of two", Some(Person)),
            (", director of the center", Some(Person)),
            (", the club 's president", Some(Person)),
            (", the club 's", None),
            (", an advocacy group , said", Some(Organisation)),
            (", a local advocacy group", Some(Organisation)),
            (", a Paris-based firm", None),
            (", the bakery 's insurer ,", None),
            (", an insurer ,", Some(Organisation)),
            ("said", None),
            (", which", None),
        ] {
            let units: Vec<&str> = after.split(' ').collect();
            assert_eq!(apposition_kind(&units), want, "{after:?}");
        }
        assert!(is_generic_acronym("COVID-19") && is_generic_acronym("DNA") && !is_generic_acronym("NATO"));
    }
}

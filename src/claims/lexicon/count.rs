//! Words of counts: what happened to the counted, what answers a call, places, gunfire, staff.

use super::family_of;

/// Predicates of a count: what happened to the counted ("180 workers were killed").
const COUNT_PREDICATES: &[(&str, &[&str])] = &[
    (
        "killed",
        &[
            "killed",
            "kill",
            "kills",
            "killing",
            "dead",
            "died",
            "die",
            "dies",
            "deaths",
            "death",
            "perished",
            "perish",
            "lives",
            "fatalities",
            "toll",
        ],
    ),
    (
        "injured",
        &["injured", "injuring", "wounded", "wounding", "hurt", "injuries"],
    ),
    ("missing", &["missing", "unaccounted"]),
    (
        "evacuated",
        &["evacuated", "evacuees", "displaced", "homeless", "fled"],
    ),
    ("arrested", &["arrested", "detained", "arrests", "detentions"]),
    ("rescued", &["rescued", "saved"]),
    ("infected", &["infected", "infections"]),
    ("damaged", &["damaged"]),
    ("destroyed", &["destroyed", "razed", "flattened"]),
    ("collapsed", &["collapsed", "collapse", "toppled"]),
    // What answered a call: fire engines, units, rescuers at the scene ("31 fire apparatus
    // arrived", "31 fire trucks were on scene", "two dozen units were dispatched").
    (
        "responded",
        &[
            "responded",
            "responding",
            "dispatched",
            "deployed",
            "arrived",
            "scene",
        ],
    ),
    // A crowd: the people who gathered, marched or rioted, or the crowd itself ("a crowd of
    // 22,000", "nearly 100 mourners clashed with police", "130 people were marching"). The
    // nouns of a crowd's members count as the crowd, as "deaths" counts the killed.
    (
        "gathered",
        &[
            "gathered",
            "gathering",
            "marched",
            "marching",
            "march",
            "rallied",
            "rallying",
            "protested",
            "protesting",
            "demonstrated",
            "demonstrating",
            "rioted",
            "rioting",
            "riot",
            "clashed",
            "joined",
            "attended",
            "crowd",
            "crowds",
            "protesters",
            "protestors",
            "demonstrators",
            "marchers",
            "mourners",
            "rioters",
            "attendees",
            "spectators",
        ],
    ),
];

pub fn count_predicate(w: &str) -> Option<&'static str> {
    family_of(COUNT_PREDICATES, w)
}

/// The vehicles and gear that answer a call, by whatever name an outlet gives them ("31 fire
/// trucks", "31 fire apparatus", "two dozen units", "pieces of firefighting equipment") are one
/// counted thing; ladder trucks ("aerials") stay a kind of their own.
pub fn responding_class(lemma: &str) -> &str {
    match lemma {
        "apparatus" | "truck" | "fire truck" | "engine" | "fire engine" | "unit" | "equipment"
        | "vehicle" => "apparatus",
        other => other,
    }
}

/// Places a distance is counted in: "three doors away", "five buildings from the scene".
pub fn is_place_unit(lemma: &str) -> bool {
    matches!(lemma, "door" | "house" | "home" | "building" | "block")
}

/// Nouns that count what follows them: "31 pieces of firefighting apparatus" counts apparatus.
pub fn counts_what_follows(lemma: &str) -> bool {
    matches!(lemma, "piece" | "item")
}

/// Verbs of a shot or a blow landing ("shot seven times", "seven bullets hit him", "three that
/// entered his back").
pub fn is_hitting_verb(w: &str) -> bool {
    matches!(
        w,
        "shot" | "hit" | "hitting" | "struck" | "striking" | "entered" | "pierced" | "penetrated" | "wounded"
    )
}

/// Verbs of firing a gun ("fired 11 shots", "emptied", "unloaded").
pub fn is_firing_verb(w: &str) -> bool {
    matches!(
        w,
        "fired" | "fire" | "fires" | "firing" | "discharged" | "emptied" | "unloaded"
    )
}

/// What a gun fires, by its lemma ("bullets", "rounds", "shots").
pub fn is_projectile(lemma: &str) -> bool {
    matches!(lemma, "bullet" | "round" | "shot" | "gunshot" | "slug" | "pellet")
}

/// Verbs of employing before a count ("employs 52,000 people"): the count is of the staff.
pub fn is_employing_verb(w: &str) -> bool {
    matches!(w, "employs" | "employ" | "employed" | "employing")
}

/// Periods a count may count ("the eleventh consecutive *year* of growth"), by lemma.
pub fn is_period_lemma(lemma: &str) -> bool {
    matches!(lemma, "year" | "month" | "week" | "day" | "quarter" | "season")
}

/// Periods a running total is counted over ("over four *nights*"), in the plural.
pub fn is_period_plural(w: &str) -> bool {
    matches!(w, "days" | "nights" | "weeks" | "months")
}

/// Prepositions of a running total's period ("*over* four nights", "*during* the last three days").
pub fn spans_a_period(w: &str) -> bool {
    matches!(w, "over" | "during" | "across")
}

/// Words that place a period relative to something, so it is no running total ("two days *after*
/// the truce").
pub fn places_relative_to(w: &str) -> bool {
    matches!(w, "after" | "before" | "ago")
}

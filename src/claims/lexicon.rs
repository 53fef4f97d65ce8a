//! Measure families: words that name the same measure ("killed", "died", "perished") share a key.

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

/// Words that make a date the date of an event, by family. A visit is a meeting's date family:
/// a leader's visit and the summit it is for are one event to a reader.
const EVENT_WORDS: &[(&str, &[&str])] = &[
    (
        "meeting",
        &[
            "summit",
            "summits",
            "meeting",
            "meetings",
            "meet",
            "meets",
            "met",
            "talks",
            "hosted",
            "host",
            "hosts",
            "hosting",
            "session",
            "encounter",
            "visit",
            "visits",
            "visited",
            "visiting",
            "trip",
            "convene",
            "convenes",
            "convened",
        ],
    ),
    (
        "arrival",
        &["arrived", "arrive", "arrives", "arriving", "arrival", "landed"],
    ),
    (
        "departure",
        &["traveled", "travelled", "departed", "departs", "flew", "left"],
    ),
    (
        "incident",
        &[
            "accident",
            "disaster",
            "collapse",
            "collapsed",
            "earthquake",
            "quake",
            "flood",
            "flooded",
            "flooding",
            "explosion",
            "exploded",
            "attack",
            "attacked",
            "crash",
            "crashed",
            "struck",
            "fire",
            "blast",
            "killed",
            "died",
            "perished",
            "storm",
            "eruption",
            "erupted",
            "tornado",
            "landslide",
            "tsunami",
            "shooting",
            "bombing",
            "burned",
            "burnt",
            "robbery",
            "robbed",
            "heist",
            "raid",
            "burglary",
            "theft",
            "derailment",
            "incident",
            "tragedy",
            "catastrophe",
            // Variants that `canonical_event` names by the words above.
            "quakes",
            "earthquakes",
            "temblor",
            "blaze",
            "blazes",
            "wildfire",
            "wildfires",
            "fires",
            "inferno",
            "twister",
            "twisters",
            "tornadoes",
            "floods",
            "blasts",
            "explosions",
            "storms",
            "hurricane",
            "typhoon",
            "cyclone",
            "mudslide",
            "landslides",
            "crashes",
            "attacks",
            "accidents",
        ],
    ),
    (
        "rescue",
        &["rescue", "rescues", "rescued", "rescuers", "rescuing"],
    ),
    (
        "office",
        &[
            "inaugurated",
            "inauguration",
            "office",
            "elected",
            "election",
            "sworn",
        ],
    ),
    ("opening", &["opened", "founded", "established", "launched"]),
    // A measure approved by voters or a council: "voters in 2010 approved a $3 million bond".
    ("approval", &["approved", "approval"]),
    // A suspect caught: "was captured Monday", "the arrest on Nov. 30".
    (
        "capture",
        &[
            "captured",
            "capture",
            "arrested",
            "arrest",
            "apprehended",
            "caught",
        ],
    ),
    // A deal or a work finished: "expected to close in January", "completed in 1935".
    ("completion", &["close", "closing", "completed", "completion"]),
    ("signing", &["signed", "signing"]),
    // A court's decision: the day a sentence or verdict was handed down ("ruling" is left out:
    // "the ruling party").
    (
        "verdict",
        &[
            "verdict",
            "sentenced",
            "sentencing",
            "convicted",
            "conviction",
            "acquitted",
            "acquittal",
            "jailed",
        ],
    ),
];

/// Nouns that name what money or a percentage measures.
const ECONOMIC: &[&str] = &[
    "export",
    "import",
    "sale",
    "revenue",
    "profit",
    "growth",
    "increase",
    "rise",
    "decline",
    "drop",
    "fall",
    "inflation",
    "unemployment",
    "gdp",
    "spending",
    "budget",
    "investment",
    "aid",
    "assistance",
    "deficit",
    "surplus",
    "debt",
    "price",
    "cost",
    "fund",
    "funding",
    "tax",
    "tariff",
    "output",
    "turnover",
    "income",
    "wage",
    "earning",
    "loss",
    "fine",
    "compensation",
    "valuation",
    "loan",
    "subsidy",
    "damage",
    "approval",
    "turnout",
    "stake",
    "vote",
    "rate",
    "reparation",
    "bond",
    "contract",
    "deal",
    // Legal sums: what a court, a settlement or a crime puts on someone.
    "bribe",
    "kickback",
    "penalty",
    "settlement",
    "bail",
    "ransom",
    "reward",
    "bounty",
    "restitution",
    "payout",
];

/// A verb that names a legal sum by acting it out ("fined Park 5 billion won" = a fine) → the noun
/// it stands for.
pub fn economic_verb(w: &str) -> Option<&'static str> {
    Some(match w.to_lowercase().as_str() {
        "fined" | "fining" | "fines" => "fine",
        "bribed" | "bribing" => "bribe",
        "penalised" | "penalized" | "penalising" | "penalizing" => "penalty",
        "compensated" | "compensating" => "compensation",
        "ransomed" => "ransom",
        _ => return None,
    })
}

/// What a duration measures, from the predicate before it: the term a court imposed ("sentenced
/// to 12 years", "jailed for 12 years") or the one asked for ("prosecutors had sought 15 years").
pub fn term_verb(w: &str) -> Option<&'static str> {
    Some(match w.to_lowercase().as_str() {
        "sentenced" | "sentencing" | "sentences" | "jailed" | "jailing" | "jails" | "imprisoned"
        | "imprisoning" | "imprisons" | "incarcerated" => "prison term",
        "sought" | "seek" | "seeks" | "seeking" | "demanded" | "demand" | "demands" | "demanding"
        | "requested" | "request" | "requesting" | "asked" | "recommended" | "urged" => "term sought",
        _ => return None,
    })
}

/// A verb that gives a term only when nothing else follows the duration ("ex-minister gets 10 years
/// for graft", but not "was given 12 days to respond").
pub fn is_weak_term_verb(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "gets"
            | "get"
            | "got"
            | "given"
            | "handed"
            | "receives"
            | "received"
            | "imposed"
            | "imposes"
            | "imposing"
            | "meted"
    )
}

/// A verb that gives a term in a clause after it ("the 10 years the court imposed", "the 12 years
/// handed down", "the 12 years the judge gave Park"): the weak verbs and "gave", which before a
/// figure gives deadlines as often as terms ("gave them 30 days").
pub fn is_imposing_verb(w: &str) -> bool {
    is_weak_term_verb(w) || matches!(w.to_lowercase().as_str(), "gave" | "gives")
}

/// A verb of time already spent ("spent 30 days in jail", "served 5 years in prison", "was held for
/// 2 weeks"): the time in custody so far, not the term imposed.
pub fn is_time_spent_verb(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "spent"
            | "spend"
            | "spends"
            | "spending"
            | "served"
            | "serving"
            | "serve"
            | "serves"
            | "held"
            | "detained"
            | "remained"
            | "stayed"
            | "lived"
            | "waited"
            | "lasted"
            | "took"
    )
}

/// A sentence served outside prison, named right after a duration ("three years' probation",
/// "200 hours of community service"): a court imposed it, but it is no prison term.
pub fn is_non_custodial(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "probation" | "parole" | "supervision" | "community" | "house" | "suspension"
    )
}

/// A noun right after a duration that makes it a prison term without a verb ("12 years in prison",
/// "a 12-year prison sentence"); "term" alone is also an office's term, so it needs a verb.
pub fn is_custody_noun(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "prison" | "jail" | "gaol" | "bars" | "imprisonment" | "incarceration" | "sentence"
    )
}

fn family_of(table: &'static [(&str, &[&str])], w: &str) -> Option<&'static str> {
    let w = w.to_lowercase();
    table
        .iter()
        .find(|(_, words)| words.contains(&w.as_str()))
        .map(|(name, _)| *name)
}

pub fn count_predicate(w: &str) -> Option<&'static str> {
    family_of(COUNT_PREDICATES, w)
}

pub fn event_family(w: &str) -> Option<&'static str> {
    family_of(EVENT_WORDS, w)
}

/// One noun for the words outlets use for one kind of event ("quake" = "earthquake", "blaze" =
/// "fire", plurals as the singular), so two outlets' dates for it can meet.
pub fn canonical_event(w: &str) -> String {
    let w = w.to_lowercase();
    let canonical = match w.as_str() {
        "quake" | "quakes" | "earthquakes" | "temblor" => "earthquake",
        "blaze" | "blazes" | "fires" | "wildfire" | "wildfires" | "inferno" => "fire",
        "twister" | "twisters" | "tornadoes" => "tornado",
        "floods" | "flooding" => "flood",
        "blast" | "blasts" | "explosions" => "explosion",
        "storms" | "hurricane" | "typhoon" | "cyclone" => "storm",
        "mudslide" | "landslides" => "landslide",
        "crashes" => "crash",
        "attacks" => "attack",
        "accidents" => "accident",
        "summits" => "summit",
        "meetings" => "meeting",
        "visits" => "visit",
        "rescuers" | "rescues" => "rescue",
        _ => return w,
    };
    canonical.to_string()
}

/// Event nouns that name no kind of event ("the disaster", "the incident"): any outlet's specific
/// noun for the same event may stand for them.
pub fn is_generic_event(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "disaster" | "incident" | "accident" | "tragedy" | "catastrophe"
    )
}

/// Position of an event word in its family's list: nouns that name the event best come first, so
/// a topic says "summit date" rather than "hosted date" when votes tie.
pub fn event_word_rank(w: &str) -> usize {
    let w = w.to_lowercase();
    EVENT_WORDS
        .iter()
        .find_map(|(_, words)| words.iter().position(|x| *x == w))
        .unwrap_or(usize::MAX)
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

/// A verb of saying or reporting ("said", "told", "according" to): what follows it is the telling
/// of a figure, and the day beside it the day of the telling. The one list for every step.
/// "Announced" is left out: an announcement is itself an event ("HP announced the deal on
/// Monday"); the steps that read it as a telling name it beside this list.
pub fn is_verb_of_saying(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "stated"
            | "states"
            | "added"
            | "confirmed"
            | "according"
    )
}

/// A verb of foretelling a figure ("forecast", "predicted", "estimated"): the figure is someone's
/// expectation, not a fact of the story.
pub fn is_verb_of_forecast(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "forecast" | "forecasts" | "predicted" | "predicts" | "projected" | "estimated"
    )
}

/// Parts of one event counted in order: "the fifth round", "the ninth inning", "the third
/// quarter" are moments of a fight or a game, not earlier events of a sequence.
pub fn is_moment_of_an_event(family: &str) -> bool {
    matches!(
        family,
        "round" | "inning" | "quarter" | "period" | "half" | "lap" | "stage" | "frame" | "set" | "minute"
    )
}

/// Places a distance is counted in: "three doors away", "five buildings from the scene".
pub fn is_place_unit(lemma: &str) -> bool {
    matches!(lemma, "door" | "house" | "home" | "building" | "block")
}

/// Nouns that count what follows them: "31 pieces of firefighting apparatus" counts apparatus.
pub fn counts_what_follows(lemma: &str) -> bool {
    matches!(lemma, "piece" | "item")
}

pub fn is_economic(lemma: &str) -> bool {
    ECONOMIC.contains(&lemma)
}

/// Nouns of change that stand between a figure and what changed ("a 10 percent rise in
/// quarterly profit"), as written in lower case.
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "increase",
    "drop",
    "fall",
    "decline",
    "decrease",
    "jump",
    "gain",
    "growth",
    "surge",
    "slump",
    "cut",
    "reduction",
];

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

/// Adverbs that hedge a figure ("somewhere between $1 and $2 million", "perhaps $5 million"):
/// they stand where a noun would, but name nothing.
pub fn is_hedging_adverb(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "somewhere" | "perhaps" | "maybe" | "possibly" | "probably" | "likely" | "roughly" | "approximately"
    )
}

pub fn is_change_noun(w: &str) -> bool {
    CHANGE_NOUNS.contains(&w)
}

/// An event word that is a verb form ("hosted", "met"): it names an event less well than a noun.
pub fn is_verb_like(w: &str) -> bool {
    w.ends_with("ed")
        || is_past_verb(w)
        || matches!(
            w,
            "host"
                | "hosts"
                | "hosting"
                | "meet"
                | "meets"
                | "met"
                | "visiting"
                | "arriving"
                | "office"
                | "sworn"
                | "flew"
                | "left"
                | "struck"
        )
}

/// Verbs of employing before a count ("employs 52,000 people"): the count is of the staff.
pub fn is_employing_verb(w: &str) -> bool {
    matches!(w, "employs" | "employ" | "employed" | "employing")
}

/// Words after "market" that name a company's worth on the market ("market cap").
pub fn is_market_worth(w: &str) -> bool {
    matches!(
        w,
        "value" | "capitalisation" | "capitalization" | "cap" | "valuation"
    )
}

/// A past-tense verb or participle (the list lives with the values, which read it first).
pub use crate::values::lexicon::{canonical_noun, is_generic_people, is_past_verb, ordinal_noun};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        let cases = [
            (count_predicate("perished"), Some("killed")),
            (count_predicate("Died"), Some("killed")),
            (count_predicate("wounded"), Some("injured")),
            (count_predicate("workers"), None),
            (count_predicate("infections"), Some("infected")),
            (ordinal_noun("summit"), Some("meeting")),
            (ordinal_noun("contact"), Some("meeting")),
            (ordinal_noun("trip"), Some("visit")),
            (event_family("hosted"), Some("meeting")),
            (event_family("visit"), Some("meeting")),
            (event_family("arrived"), Some("arrival")),
            (event_family("collapsed"), Some("incident")),
            (event_family("sentenced"), Some("verdict")),
            (event_family("acquitted"), Some("verdict")),
            (event_family("said"), None),
        ];
        for (i, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }
}

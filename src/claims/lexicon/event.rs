//! Words of events: what makes a date an event's date, one noun per kind of event, moments of an event.

use super::{family_of, is_past_verb};

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

/// One past-tense verb for the verbs outlets use for one happening ("constructed in 1935", "built
/// in the 1930s"), so that a date keyed by its verb meets another outlet's date for the same
/// thing. Only verbs that name the same act whatever their object: "opened" and "inaugurated", say,
/// are not (a shop opens every morning). Event words ("founded", "established") have their own
/// families in [`EVENT_WORDS`] and never reach here.
pub fn canonical_verb(w: &str) -> &str {
    match w {
        "constructed" | "erected" => "built",
        _ => w,
    }
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

/// Parts of one event counted in order: "the fifth round", "the ninth inning", "the third
/// quarter" are moments of a fight or a game, not earlier events of a sequence.
pub fn is_moment_of_an_event(family: &str) -> bool {
    matches!(
        family,
        "round" | "inning" | "quarter" | "period" | "half" | "lap" | "stage" | "frame" | "set" | "minute"
    )
}

/// Words before a date that make it a reference point, not the date of the event:
/// "since August", "by 2050".
pub fn is_reference_point(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "since" | "until" | "till" | "by" | "before" | "after" | "through"
    )
}

/// Words before a date that measure from it rather than place a figure there ("the third meeting
/// *since* last October").
pub fn measures_from_date(w: &str) -> bool {
    matches!(w, "since" | "until" | "till" | "by" | "from")
}

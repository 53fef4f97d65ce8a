//! Word lists of the value rules: qualifiers, currencies, units, durations.

use crate::values::Qualifier;

/// A hedge written before a number, longest first. `nearly`/`almost` read as "about": outlets use
/// them for rounded figures, and the comparison gives "about" a tolerance.
pub const QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("no more than", Qualifier::AtMost),
    ("more than", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("fewer than", Qualifier::LessThan),
    ("less than", Qualifier::LessThan),
    ("just under", Qualifier::LessThan),
    ("at least", Qualifier::AtLeast),
    ("at most", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("close to", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("about", Qualifier::About),
    ("approximately", Qualifier::About),
    ("approx", Qualifier::About),
    ("around", Qualifier::About),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("estimated", Qualifier::About),
    ("circa", Qualifier::About),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
];

/// A hedge written after a number ("180 or more").
pub const QUALIFIERS_AFTER: &[(&str, Qualifier)] = &[
    ("or more", Qualifier::AtLeast),
    ("or so", Qualifier::About),
    ("or fewer", Qualifier::AtMost),
    ("or less", Qualifier::AtMost),
    ("plus", Qualifier::AtLeast),
];

/// Currency sign before the digits → ISO code. `$` is read as US dollars unless a country prefix
/// is glued to it (`HK$`).
pub fn currency_sign(sign: &str, prefix: Option<&str>) -> Option<&'static str> {
    Some(match (sign, prefix) {
        ("$", Some("US")) | ("$", None) => "USD",
        ("$", Some("A" | "AU")) => "AUD",
        ("$", Some("C" | "CA")) => "CAD",
        ("$", Some("HK")) => "HKD",
        ("$", Some("NT")) => "TWD",
        ("$", Some("S")) => "SGD",
        ("$", Some("NZ")) => "NZD",
        ("$", Some(_)) => return None,
        ("€", _) => "EUR",
        ("£", _) => "GBP",
        ("¥", _) => "JPY",
        ("₩", _) => "KRW",
        ("₹", _) => "INR",
        _ => return None,
    })
}

/// Currency word after the number ("500 million yen") → ISO code.
pub fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word.to_lowercase().as_str() {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "yen" | "jpy" => "JPY",
        "won" | "krw" => "KRW",
        "yuan" | "renminbi" | "cny" | "rmb" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "sterling" | "gbp" => "GBP",
        "reais" => "BRL",
        "rupiah" => "IDR",
        "lira" => "TRY",
        "rand" => "ZAR",
        "naira" => "NGN",
        "shekel" | "shekels" => "ILS",
        "baht" => "THB",
        "ringgit" => "MYR",
        "hryvnia" | "hryvnias" => "UAH",
        _ => return None,
    })
}

/// Past forms of common verbs that do not end in "-ed": a verb beside a date says what happened
/// then ("built in 1935", "won in 2008").
const IRREGULAR_PAST: &[&str] = &[
    "beat", "beaten", "became", "began", "begun", "born", "bought", "broke", "broken", "brought", "built",
    "came", "caught", "drove", "fell", "fought", "found", "gave", "given", "grew", "held", "hit", "kept",
    "led", "left", "lost", "made", "met", "paid", "ran", "rose", "sent", "set", "shot", "shut", "sold",
    "spent", "stole", "stolen", "struck", "taken", "took", "went", "won", "wrote", "written",
];

/// A past-tense verb or participle: "-ed" forms and [`IRREGULAR_PAST`].
pub fn is_past_verb(w: &str) -> bool {
    let w = w.to_lowercase();
    // "hundred" ends in -ed and is no verb.
    (w.len() > 4 && w.ends_with("ed") && super::number::cardinal_word(&w).is_none())
        || IRREGULAR_PAST.contains(&w.as_str())
}
/// Plurals not formed with -s: a verb after one ends its noun phrase ("four men rammed").
pub fn is_irregular_plural(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "men" | "women" | "children" | "people" | "police" | "feet" | "teeth" | "mice" | "geese"
    )
}

/// Nouns for people that a report counts in parts ("three men and a woman", "two adults and
/// three children"): parts named together make one count of people.
pub fn is_person_noun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "man"
            | "men"
            | "woman"
            | "women"
            | "child"
            | "children"
            | "boy"
            | "boys"
            | "girl"
            | "girls"
            | "adult"
            | "adults"
            | "teenager"
            | "teenagers"
            | "person"
            | "people"
    )
}

/// Words for an earthquake or its shocks: a decimal figure before one is its magnitude ("a 4.4
/// quake", "a 2.9 aftershock"), as is one after "measuring" beside one.
pub fn is_quake_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "quake"
            | "quakes"
            | "earthquake"
            | "earthquakes"
            | "temblor"
            | "temblors"
            | "tremor"
            | "tremors"
            | "aftershock"
            | "aftershocks"
    )
}

/// A unit of measurement → (symbol, factor to the base unit of its dimension).
pub fn unit(word: &str) -> Option<(&'static str, f64)> {
    Some(match word.to_lowercase().as_str() {
        "km" | "kilometer" | "kilometers" | "kilometre" | "kilometres" => ("km", 1000.0),
        "meter" | "meters" | "metre" | "metres" => ("m", 1.0),
        "cm" | "centimeters" | "centimetres" => ("cm", 0.01),
        "mm" | "millimeters" | "millimetres" => ("mm", 0.001),
        "mile" | "miles" => ("mi", 1609.344),
        "feet" | "foot" | "ft" => ("ft", 0.3048),
        "kg" | "kilogram" | "kilograms" | "kilos" => ("kg", 1.0),
        // A weight in pounds ("200 pounds", "a 200-pound man"); sterling is written with "£",
        // as "pounds sterling", or scaled ("50 million pounds"), and read as money first.
        "pound" | "pounds" | "lb" | "lbs" => ("lb", 0.453_592_37),
        // A gun's bore: "a .38-caliber revolver", "a 357 caliber gun".
        "caliber" | "calibre" => ("caliber", 1.0),
        "inch" | "inches" => ("in", 0.0254),
        "yard" | "yards" => ("yd", 0.9144),
        "ton" | "tons" | "tonne" | "tonnes" => ("t", 1000.0),
        "hectare" | "hectares" => ("ha", 10_000.0),
        "acre" | "acres" => ("acre", 4046.86),
        "degree" | "degrees" => ("°", 1.0),
        "mph" => ("mph", 1.0),
        "magnitude" => ("magnitude", 1.0),
        "barrel" | "barrels" => ("bbl", 1.0),
        "mw" | "megawatts" => ("MW", 1.0),
        "gw" | "gigawatts" => ("GW", 1000.0),
        // "a 12,000-square-foot building": the glued form of an area.
        w => {
            return w
                .strip_prefix("square-")
                .and_then(|side| area_unit("square", side));
        }
    })
}

/// An area in two words ("12,000 square feet", "3 square miles") → (symbol, factor to square
/// metres, the base of "ha" and "acre").
pub fn area_unit(square: &str, side: &str) -> Option<(&'static str, f64)> {
    if !square.eq_ignore_ascii_case("square") {
        return None;
    }
    let (length, factor) = unit(side)?;
    let symbol = match length {
        "km" => "km²",
        "m" => "m²",
        "mi" => "sq mi",
        "ft" => "sq ft",
        "yd" => "sq yd",
        "in" => "sq in",
        _ => return None,
    };
    Some((symbol, factor * factor))
}

/// A firearm named after its bore ("a .357 revolver", "a .22 rifle").
pub fn is_gun_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "revolver"
            | "revolvers"
            | "pistol"
            | "pistols"
            | "handgun"
            | "handguns"
            | "rifle"
            | "rifles"
            | "gun"
            | "guns"
            | "magnum"
            | "magnums"
            | "semiautomatic"
            | "semi-automatic"
    )
}

/// An emergency telephone number and a word beside it that makes it one ("a 911 caller", "the
/// 999 call", "dialled 112"): a number dialled, never a count of callers. A plural after it
/// counts ("received 112 calls") unless an article says the number names them ("the 911 calls").
pub fn is_emergency_call(number: &str, prev: &str, next: &str) -> bool {
    let (prev, next) = (prev.to_lowercase(), next.to_lowercase());
    let dialled = matches!(
        prev.as_str(),
        "dial" | "dialed" | "dialled" | "dialing" | "dialling" | "dials" | "called" | "calling" | "call"
    );
    let singular = matches!(
        next.as_str(),
        "call"
            | "caller"
            | "dispatcher"
            | "operator"
            | "center"
            | "centre"
            | "system"
            | "line"
            | "tape"
            | "recording"
    );
    let plural = matches!(
        next.as_str(),
        "calls" | "callers" | "dispatchers" | "operators" | "tapes" | "recordings"
    );
    let article = matches!(prev.as_str(), "a" | "an" | "the" | "their" | "his" | "her");
    match number {
        "911" | "999" => dialled || singular || (plural && article),
        // Also common counts: only a dialling verb makes them numbers dialled.
        "112" | "000" => dialled,
        _ => false,
    }
}

/// An era written after a year ("99999 AD", "300 BC"): the number is a year, never a count.
pub fn is_era_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "AD" | "BC" | "BCE" | "CE" | "A.D" | "B.C" | "B.C.E" | "C.E"
    )
}

/// A unit of time that makes a number a duration ("12 years", "18 months") → (symbol, factor to
/// days). A duration is a quantity; only a predicate that says what it measures ("sentenced to",
/// "sought") makes it a statement.
pub fn duration_unit(word: &str) -> Option<(&'static str, f64)> {
    Some(match word.to_lowercase().as_str() {
        "year" | "years" => ("yr", 365.25),
        "month" | "months" => ("mo", 30.4375),
        "week" | "weeks" => ("wk", 7.0),
        "day" | "days" => ("d", 1.0),
        "hour" | "hours" => ("h", 1.0 / 24.0),
        _ => return None,
    })
}

/// Spans of time after a number that are no figure for Parallax ("three minutes", "two decades",
/// "a 61-year-old"), so the number is left out; durations with a [`duration_unit`] are read first.
pub fn is_duration(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "second"
            | "seconds"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "year-old"
            | "years-old"
            | "nights"
            | "night"
    )
}

/// Words after a number that make it a clock time.
pub fn is_time_marker(word: &str) -> bool {
    matches!(
        word.to_lowercase().trim_end_matches('.'),
        "a.m" | "p.m" | "am" | "pm" | "gmt" | "utc" | "o'clock" | "hrs" | "jst" | "kst" | "est" | "cet"
    )
}

/// Determiners before a spelled-out number that make it a reference, not a figure ("the two
/// leaders", "their three children").
pub fn is_referring_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the" | "their" | "these" | "those" | "its" | "his" | "her" | "our" | "all" | "both" | "my"
    )
}

/// Stem a nationality or place word so that "Korean" and "Korea", "Japanese" and "Japan" meet.
pub fn demonym_stem(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some(s) = w.strip_suffix("ese") {
        return s.to_string();
    }
    if let Some(s) = w.strip_suffix("ian") {
        return format!("{s}ia");
    }
    if w.ends_with("ean") || w.ends_with("can") {
        return w[..w.len() - 1].to_string();
    }
    w
}

// The nouns the value rules pick as a counted phrase's head, and the measure rules (claims) read
// through `claims::lexicon`: one home, below both.

/// Nouns an ordinal counts, by family ("third meeting", "third face-to-face contact").
const ORDINAL_NOUNS: &[(&str, &[&str])] = &[
    (
        "meeting",
        &[
            "meeting",
            "meetings",
            "summit",
            "summits",
            "talks",
            "encounter",
            "contact",
            "session",
            "met",
            "meet",
            "meets",
        ],
    ),
    ("visit", &["visit", "visits", "visited", "trip", "trips"]),
];

/// People counted without saying who they are: "180 workers killed" and "183 people perished"
/// are one claim.
const GENERIC_PEOPLE: &[&str] = &[
    "people",
    "person",
    "individual",
    "worker",
    "laborer",
    "labourer",
    "miner",
    "victim",
    "civilian",
    "casualty",
    "other",
];

pub fn ordinal_noun(w: &str) -> Option<&'static str> {
    let w = w.to_lowercase();
    ORDINAL_NOUNS
        .iter()
        .find(|(_, words)| words.contains(&w.as_str()))
        .map(|(name, _)| *name)
}

/// One name for nouns outlets use interchangeably for the counted thing ("homes" = "houses",
/// "rescue workers" = "rescuers").
pub fn canonical_noun(lemma: &str) -> &str {
    match lemma {
        "home" | "dwelling" => "house",
        "labourer" | "laborer" => "worker",
        "rescue worker" | "rescue personnel" | "rescue staff" => "rescuer",
        "fire fighter" => "firefighter",
        "ladder truck" | "aerial ladder" => "aerial",
        other => other,
    }
}

/// A modifier and a head that together name one kind of counted thing, kept together as the head
/// ("rescue workers"): the head alone ("workers") would be a generic people noun.
pub fn is_compound(modifier: &str, head: &str) -> bool {
    let compound = format!("{} {}", modifier.to_lowercase(), super::words::lemma(head));
    canonical_noun(&compound) != compound
}

pub fn is_generic_people(lemma: &str) -> bool {
    GENERIC_PEOPLE.contains(&lemma)
}

/// A noun the measure rules know, so the value rules can pick it as a phrase's head.
pub fn is_known_noun(w: &str) -> bool {
    let lemma = super::words::lemma(w);
    ordinal_noun(w).is_some()
        || is_generic_people(&lemma)
        || lemma == "resident"
        || w.eq_ignore_ascii_case("time")
        || w.eq_ignore_ascii_case("times")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_meet_their_places() {
        let cases = [
            ("Korean", "korea"),
            ("Korea", "korea"),
            ("Japanese", "japan"),
            ("Japan", "japan"),
            ("Indian", "india"),
            ("India", "india"),
            ("American", "america"),
        ];
        for (w, want) in cases {
            assert_eq!(demonym_stem(w), want, "{w}");
        }
    }

    #[test]
    fn currencies() {
        let cases = [
            (currency_sign("$", None), Some("USD")),
            (currency_sign("$", Some("HK")), Some("HKD")),
            (currency_sign("€", None), Some("EUR")),
            (currency_sign("¥", None), Some("JPY")),
            (currency_sign("$", Some("Zz")), None),
            (currency_word("yen"), Some("JPY")),
            (currency_word("Euros"), Some("EUR")),
            (currency_word("people"), None),
        ];
        for (i, (got, want)) in cases.into_iter().enumerate() {
            assert_eq!(got, want, "case {i}");
        }
    }
}

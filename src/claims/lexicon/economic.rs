//! Words of sums and shares: what money or a percentage measures, and the verbs and nouns around it.

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

pub fn is_economic(lemma: &str) -> bool {
    ECONOMIC.contains(&lemma)
}

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

pub fn is_change_noun(w: &str) -> bool {
    CHANGE_NOUNS.contains(&w)
}

/// Adverbs that hedge a figure ("somewhere between $1 and $2 million", "perhaps $5 million"):
/// they stand where a noun would, but name nothing.
pub fn is_hedging_adverb(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "somewhere" | "perhaps" | "maybe" | "possibly" | "probably" | "likely" | "roughly" | "approximately"
    )
}

/// Words after "market" that name a company's worth on the market ("market cap").
pub fn is_market_worth(w: &str) -> bool {
    matches!(
        w,
        "value" | "capitalisation" | "capitalization" | "cap" | "valuation"
    )
}

/// Verbs of a price or an index moving ("rose 3%", "gained 1%", "edged up 1%"), lower case.
pub fn is_price_move_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "rises"
            | "risen"
            | "fell"
            | "fall"
            | "falls"
            | "fallen"
            | "gained"
            | "gains"
            | "lost"
            | "loses"
            | "jumped"
            | "jumps"
            | "climbed"
            | "climbs"
            | "slid"
            | "slides"
            | "dropped"
            | "drops"
            | "tumbled"
            | "surged"
            | "surges"
            | "soared"
            | "sank"
            | "plunged"
            | "slumped"
            | "rallied"
            | "advanced"
            | "declined"
            | "slipped"
            | "added"
            | "shed"
            | "edged"
    )
}

/// The direction a price moved, after a verb ("edged *up* 1%", "closed *down* 0.5%").
pub fn is_direction_word(w: &str) -> bool {
    matches!(w, "up" | "down" | "higher" | "lower")
}

/// Verbs a price settles by before its direction ("*closed* down 0.5%", "*was* up 2%").
pub fn is_settling_verb(w: &str) -> bool {
    matches!(
        w,
        "closed" | "ended" | "finished" | "opened" | "traded" | "was" | "were" | "is" | "are"
    )
}

/// Words naming a company's shares as what moved ("Nvidia *shares* rose 3%").
pub fn is_shares_word(w: &str) -> bool {
    matches!(w, "share" | "shares" | "stock" | "stocks")
}

/// Words naming a market index as what moved ("the *Nasdaq* fell 1%").
pub fn is_index_word(w: &str) -> bool {
    matches!(
        w,
        "index"
            | "nasdaq"
            | "dow"
            | "s&p"
            | "ftse"
            | "nikkei"
            | "dax"
            | "cac"
            | "kospi"
            | "composite"
            | "benchmark"
    )
}

/// Verbs of a party or a candidate taking a share of the vote ("*won* 28.6 percent", "*took* 20.8%").
pub fn is_taking_verb(w: &str) -> bool {
    matches!(
        w,
        "won"
            | "win"
            | "wins"
            | "took"
            | "take"
            | "takes"
            | "got"
            | "gets"
            | "received"
            | "receives"
            | "secured"
            | "secures"
            | "garnered"
            | "polled"
            | "captured"
            | "scored"
            | "obtained"
    )
}

/// Verbs of a share moving to a figure ("*slumped* to 16.4%", "*rose* to 30%").
pub fn is_share_move_verb(w: &str) -> bool {
    matches!(
        w,
        "slumped"
            | "fell"
            | "dropped"
            | "slipped"
            | "sank"
            | "plunged"
            | "crashed"
            | "rose"
            | "climbed"
            | "jumped"
            | "surged"
            | "increased"
            | "declined"
    )
}

/// Verbs of a party's place in a vote, before its share ("*came* second with 20.8%").
pub fn is_placing_verb(w: &str) -> bool {
    matches!(w, "came" | "finished" | "ended" | "placed" | "emerged")
}

/// Words between a sum and the thing it is the value of: "jewels *worth an estimated* €2m",
/// "an offer *of* $160 million", "a haul *valued at* $2.6 million".
pub fn links_a_sum(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "worth"
            | "valued"
            | "at"
            | "of"
            | "totaling"
            | "totalling"
            | "estimated"
            | "an"
            | "a"
            | "the"
            | "between"
            | "some"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "over"
            | "reportedly"
            | "to"
            | "be"
            | "with"
    )
}

/// Adverbs that make a sum yearly ("$5 million *annually*").
pub fn is_yearly_adverb(w: &str) -> bool {
    matches!(w, "annually" | "yearly")
}

/// Words that make a sum a rate before its period ("*per* season", "*a* year", "*each* year").
pub fn is_rate_word(w: &str) -> bool {
    matches!(w, "per" | "a" | "an" | "each" | "every")
}

/// The yearly periods of a rate ("per *season*", "per *annum*").
pub fn is_year_of_a_rate(w: &str) -> bool {
    matches!(w, "year" | "season" | "annum")
}

/// Words after a period that shift it in time, so it is no rate ("a year *earlier*").
pub fn is_shift_in_time(w: &str) -> bool {
    matches!(w, "earlier" | "ago" | "before" | "later" | "prior")
}

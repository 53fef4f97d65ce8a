//! Words of prison terms: the verbs that impose or ask for one, time already spent, custody nouns.

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

/// Words after a duration that make it a time relation or an age, no term ("two days *after* the
/// verdict", "12 years *old*").
pub fn is_time_after_duration(w: &str) -> bool {
    matches!(
        w,
        "after" | "before" | "later" | "ago" | "earlier" | "since" | "until" | "old" | "from"
    )
}

/// Words that stand between a term's verb and its figure ("sentenced *him to* 12 years", "jailed
/// *for an additional* 12 years").
pub fn is_term_filler(l: &str) -> bool {
    matches!(
        l,
        "to" | "for"
            | "of"
            | "a"
            | "an"
            | "another"
            | "him"
            | "her"
            | "them"
            | "his"
            | "their"
            | "additional"
            | "further"
            | ","
            | "-"
            | "–"
            | "—"
    )
}

/// Words that end the search for a relative clause's verb after a term: a preposition or a
/// conjunction starts another phrase ("in the five years *since* …").
pub fn breaks_relative_term(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "since"
            | "after"
            | "before"
            | "for"
            | "of"
            | "to"
            | "with"
            | "by"
            | "when"
            | "while"
            | "as"
            | "and"
            | "or"
            | "but"
            | "than"
            | "from"
            | "ago"
    )
}

/// Words after a term's verb that leave the term before it as the verb's object: a preposition,
/// an auxiliary, a conjunction, a time ("the 12 years handed down *on* Thursday").
pub fn leaves_term_as_object(w: &str) -> bool {
    matches!(
        w,
        "by" | "on"
            | "in"
            | "at"
            | "for"
            | "against"
            | "from"
            | "over"
            | "during"
            | "with"
            | "after"
            | "before"
            | "since"
            | "until"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "had"
            | "has"
            | "have"
            | "would"
            | "will"
            | "could"
            | "did"
            | "and"
            | "but"
            | "or"
            | "as"
            | "when"
            | "while"
            | "because"
            | "than"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "earlier"
            | "later"
    )
}

/// Words about the term itself that may stand between it and "suspended" further on ("two years,
/// *with the sentence* suspended").
pub fn stands_before_suspension(w: &str) -> bool {
    matches!(
        w,
        "," | "but"
            | "and"
            | "which"
            | "that"
            | "was"
            | "were"
            | "is"
            | "had"
            | "has"
            | "been"
            | "be"
            | "will"
            | "would"
            | "with"
            | "the"
            | "a"
            | "it"
            | "his"
            | "her"
            | "their"
            | "its"
            | "in"
            | "term"
            | "terms"
            | "sentences"
    )
}

/// Words between a duration and its custody noun ("two years *in* prison", "12 years *behind* bars").
pub fn is_custody_tail_word(w: &str) -> bool {
    matches!(w, "in" | "of" | "behind" | "a" | "the")
}

/// Articles before a term that a relative clause may follow ("*the* 15 years prosecutors had sought").
pub fn is_article_of_relative_term(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "those" | "these")
}

/// Words after a term's verb and "to" that start the person it was handed to ("handed down to
/// *the* former minister"), not an infinitive.
pub fn is_object_after_to(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "the" | "a" | "an" | "his" | "their")
}

/// Particles and pronouns right after a term's verb ("handed *down*", "meted *out*", "gave *him*").
pub fn is_imposing_particle(w: &str) -> bool {
    matches!(w, "down" | "out" | "him" | "her" | "them")
}

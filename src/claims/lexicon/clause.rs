//! Words of a sentence's build: what opens or closes a clause or a phrase, auxiliaries, determiners.

/// Auxiliaries between a counted phrase and its verb ("180 workers *were* killed", "1,500
/// rescuers *had been* deployed").
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "were" | "was" | "had" | "have" | "has" | "been" | "are" | "is" | "being" | "got" | "be"
    )
}

/// Subordinators that open a clause of another event ("*after* a quake killed 47 people").
pub fn opens_subordinate_clause(w: &str) -> bool {
    matches!(
        w,
        "after" | "before" | "since" | "when" | "while" | "until" | "once" | "because"
    )
}

/// Words that start a clause's subject after "as" ("as *the* storm hit", not "as many as").
pub fn starts_a_subject(w: &str) -> bool {
    matches!(
        w,
        "as" | "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "his" | "her" | "its" | "their"
    )
}

/// Words before a participle that make it an adjective ("from *collapsed* buildings", "the
/// *injured* man").
pub fn precedes_attributive(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "from"
            | "of"
            | "in"
            | "into"
            | "under"
            | "with"
            | "by"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// Words that close the noun phrase naming an object.
pub fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "since"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "with"
            | "after"
            | "before"
            | "as"
            | "and"
            | "or"
            | "to"
            | "of"
            | "that"
            | "which"
            | "who"
            | "when"
            | "while"
            | "than"
            | "by"
            | "during"
            | "but"
    )
}

/// Determiners before a noun ("*the* summit", "*his* third meeting").
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your" | "this" | "that"
    )
}

/// Words after which a verb's subject phrase starts anew: a subordinator, "that", "announced",
/// a semicolon or colon ("*after* the vote, the SPD won 16.4 percent").
pub fn is_subject_boundary(w: &str) -> bool {
    matches!(
        w,
        ";" | ":"
            | "after"
            | "before"
            | "while"
            | "whereas"
            | "when"
            | "because"
            | "although"
            | "though"
            | "but"
            | "that"
            | "announced"
    )
}

/// Relative pronouns that open a relative clause after a comma ("the firm, *which* employs …").
pub fn is_relative_pronoun(w: &str) -> bool {
    matches!(w, "which" | "who" | "where" | "whom" | "whose")
}

//! The terms a court imposed or a prosecutor sought, read off their predicates (see `term.rs`).

use crate::claims::measure::tests::key_of;

#[test]
fn duration_measures_come_from_the_predicate() {
    let cases = [
        (
            "A court sentenced former governor Ana Ruiz to 8 years in prison.",
            "8 years",
            Some("quantity|prison term"),
        ),
        (
            "Ruiz, a former governor, was jailed for 8 years over fraud.",
            "8 years",
            Some("quantity|prison term"),
        ),
        (
            "She received a 30-month prison sentence.",
            "30-month",
            Some("quantity|prison term"),
        ),
        (
            "Ex-governor gets 8 years for fraud",
            "8 years",
            Some("quantity|prison term"),
        ),
        (
            "Prosecutors had sought 11 years.",
            "11 years",
            Some("quantity|term sought"),
        ),
        (
            "Prosecutors had demanded an 11-year term in prison.",
            "11-year",
            Some("quantity|term sought"),
        ),
        (
            "A court jailed former finance minister Park Ji-hoon for 12 years.",
            "12 years",
            Some("quantity|prison term"),
        ),
        (
            "The judge sentenced opposition leader Kim to 5 years in prison.",
            "5 years",
            Some("quantity|prison term"),
        ),
        // Time spent on other things is no term: a bare length, compared only with equal figures.
        (
            "She met former finance minister Park Ji-hoon for 2 hours.",
            "2 hours",
            Some("quantity|noun:length"),
        ),
        (
            "Ruiz lived there for 8 years before her arrest.",
            "8 years",
            Some("quantity|noun:length"),
        ),
        (
            "She served as governor for 8 years.",
            "8 years",
            Some("quantity|noun:length"),
        ),
        // Durations of other things measure nothing.
        ("She was jailed two days after the verdict.", "two days", None),
        ("Her 4-year term as governor ended in 2020.", "4-year", None),
        ("She was given 14 days to appeal.", "14 days", None),
        ("She had spent 40 days in jail before the trial.", "40 days", None),
        (
            "He served 5 years in prison for an earlier fraud.",
            "5 years",
            None,
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

#[test]
fn suspended_terms_are_measured_apart() {
    let suspended = Some("quantity|suspended prison term");
    let cases = [
        (
            "A court sentenced Park to two years in prison, suspended for three years.",
            "two years",
            suspended,
        ),
        // The period of suspension is no term at all.
        (
            "A court sentenced Park to two years in prison, suspended for three years.",
            "three years",
            None,
        ),
        (
            "Park received a suspended sentence of 18 months.",
            "18 months",
            suspended,
        ),
        (
            "Park was given a two-year suspended prison term.",
            "two-year",
            suspended,
        ),
        (
            "Park was sentenced to a suspended two-year term.",
            "two-year",
            suspended,
        ),
        ("Park got two years suspended.", "two years", suspended),
        (
            "Park was sentenced to two years in prison, with the sentence suspended for three years.",
            "two years",
            suspended,
        ),
        (
            "Prosecutors had sought a suspended sentence of 18 months.",
            "18 months",
            Some("quantity|suspended term sought"),
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

/// A sentence of some months is a term; probation and community service are measured apart.
#[test]
fn sentences_outside_prison_are_measured_on_their_own() {
    let cases = [
        // A sentence of some months is a term, suspended or not; probation and community
        // service are measured apart.
        (
            "Park received a prison sentence of 18 months.",
            "18 months",
            Some("quantity|prison term"),
        ),
        (
            "Park was sentenced to three years' probation.",
            "three years",
            Some("quantity|probation"),
        ),
        (
            "Park was sentenced to 200 hours of community service.",
            "200 hours",
            Some("quantity|community service"),
        ),
        (
            "She gave 30 years of community work to the town.",
            "30 years",
            None,
        ),
        (
            "Park was sentenced to two years of house arrest.",
            "two years",
            None,
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

#[test]
fn something_else_suspended_keeps_the_prison_term() {
    let cases = [
        // Something else suspended keeps the term a prison term.
        (
            "Park was jailed for two years and his licence was suspended.",
            "two years",
            Some("quantity|prison term"),
        ),
        (
            "Park was jailed for two years and suspended from the party.",
            "two years",
            Some("quantity|prison term"),
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

#[test]
fn a_clause_after_the_term_gives_its_verb() {
    let sought = Some("quantity|term sought");
    let imposed = Some("quantity|prison term");
    let cases = [
        (
            "The ruling fell short of the 15 years prosecutors had sought.",
            "15 years",
            sought,
        ),
        (
            "It was less than the 15 years that prosecutors had demanded.",
            "15 years",
            sought,
        ),
        (
            "The judge rejected the 15 years sought by prosecutors.",
            "15 years",
            sought,
        ),
        (
            "Park appealed against the 15-year term prosecutors had asked for.",
            "15-year",
            sought,
        ),
        (
            "The 10 years the court imposed were less than expected.",
            "10 years",
            imposed,
        ),
        (
            "The 12 years handed down on Thursday are the longest yet.",
            "12 years",
            imposed,
        ),
        (
            "The 12 years the judge gave Park are the longest yet.",
            "12 years",
            imposed,
        ),
        (
            "He will appeal the 10 years the court sentenced him to.",
            "10 years",
            imposed,
        ),
        ("The court imposed a 10-year term.", "10-year", imposed),
        // A clause with an object or an infinitive of its own, or of time spent, says nothing.
        (
            "In the 8 years the party sought power, it lost twice.",
            "8 years",
            None,
        ),
        (
            "The 30 days the court gave him to appeal ran out.",
            "30 days",
            None,
        ),
        ("The 12 years he spent in exile changed him.", "12 years", None),
        ("The 12 years he lived in Seoul changed him.", "12 years", None),
        (
            "The 10 years the firm sought to expand were lost.",
            "10 years",
            None,
        ),
        // No term, but the length of the thing named: a bare noun's measure.
        (
            "The government imposed a 14-day quarantine.",
            "14-day",
            Some("quantity|noun:quarantine length"),
        ),
    ];
    for (sentence, phrase, want) in cases {
        assert_eq!(key_of(sentence, phrase).as_deref(), want, "{sentence}");
    }
}

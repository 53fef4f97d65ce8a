//! The claims' word lists, one home each, by what the words are for: counts, events and their
//! dates, sums and shares, prison terms; the verbs of saying every step reads stay here. Measure
//! families: words that name the same measure ("killed", "died", "perished") share a key.

mod clause;
mod count;
mod economic;
mod event;
mod term;

pub use clause::{
    ends_phrase, is_auxiliary, is_determiner, is_relative_pronoun, is_subject_boundary,
    opens_subordinate_clause, precedes_attributive, starts_a_subject,
};
pub use count::{
    count_predicate, counts_what_follows, is_employing_verb, is_firing_verb, is_hitting_verb,
    is_period_lemma, is_period_plural, is_place_unit, is_projectile, places_relative_to, responding_class,
    spans_a_period,
};
pub use economic::{
    economic_verb, is_change_noun, is_direction_word, is_economic, is_hedging_adverb, is_index_word,
    is_market_worth, is_placing_verb, is_price_move_verb, is_rate_word, is_settling_verb, is_share_move_verb,
    is_shares_word, is_shift_in_time, is_taking_verb, is_year_of_a_rate, is_yearly_adverb, links_a_sum,
};
pub use event::{
    canonical_event, canonical_verb, event_family, event_word_rank, is_generic_event, is_moment_of_an_event,
    is_reference_point, is_verb_like, measures_from_date,
};
pub use term::{
    breaks_relative_term, is_article_of_relative_term, is_custody_noun, is_custody_tail_word,
    is_imposing_particle, is_imposing_verb, is_non_custodial, is_object_after_to, is_term_filler,
    is_time_after_duration, is_time_spent_verb, is_weak_term_verb, leaves_term_as_object,
    stands_before_suspension, term_verb,
};

/// The family of `w` in a table of families (a family's name, its words).
fn family_of(table: &'static [(&str, &[&str])], w: &str) -> Option<&'static str> {
    let w = w.to_lowercase();
    table
        .iter()
        .find(|(_, words)| words.contains(&w.as_str()))
        .map(|(name, _)| *name)
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

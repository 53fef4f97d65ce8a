//! Scope: how much of the story a count covers. A count over several days ("over 50 arrests
//! over four nights", "since the shooting, 50 arrests") is a running total, not one night's
//! count ("46 people were arrested" at Wednesday's protest): the two are compared only with counts
//! of the same scope.

use super::lexicon::{is_period_plural, places_relative_to, spans_a_period};
use crate::values::words::Word;

/// Whether a sentence (its words `ws`, cut from `text`) frames its counts as a running total over
/// several days.
pub fn cumulative(text: &str, ws: &[Word]) -> bool {
    let ws: Vec<String> = ws
        .iter()
        .filter(|w| !w.is_punct)
        .map(|w| w.text(text).to_lowercase())
        .collect();
    let opens_since = ws.first().is_some_and(|w| w == "since");
    // "over four nights", "over the past three days", "in the last two weeks"
    let over_days = ws.iter().enumerate().any(|(i, w)| {
        spans_a_period(w)
            && ws.iter().skip(i + 1).take(4).all(|x| !places_relative_to(x))
            && ws.iter().skip(i + 2).take(3).any(|x| is_period_plural(x))
    });
    opens_since || over_days
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_totals_over_days() {
        for (s, want) in [
            ("Since the storm, 30 people have been rescued.", true),
            ("Police made 20 arrests over three nights of unrest.", true),
            ("Over the past two days, 12 shops were looted.", true),
            ("During the last three nights, 9 cars burned.", true),
            ("Twelve people were arrested on Tuesday night.", false),
            ("The toll rose to 40 over the weekend.", false),
            ("40 were killed in the blast, two days after the truce.", false),
            ("Police expect 200 arrests in the coming weeks.", false),
        ] {
            let ws = crate::values::words::words(s, 0..s.len());
            assert_eq!(cumulative(s, &ws), want, "{s}");
        }
    }
}

//! Money, percentages and measurements.

use super::*;

/// Sums in their currencies, by symbol, code or name, with their scale words.
#[test]
fn money_in_its_currencies() {
    check(&[
        // A bracket before "$" is not a country prefix ("US$").
        (
            "Erdogan pledged 2 billion lira ($55 million) in aid.",
            vec![
                (Money, "2 billion lira", "TRY 2000000000", None, None, None),
                (Money, "$55 million", "USD 55000000", None, None, None),
            ],
        ),
        (
            "a treaty that included $500 million in economic assistance",
            vec![(Money, "$500 million", "USD 500000000", None, None, None)],
        ),
        // The financial press's "MM" is a million after a sum; after a plain number it is a unit.
        (
            "he wants more than $21MM a year; the pipe is 40mm wide",
            vec![
                (
                    Money,
                    "more than $21MM",
                    "USD 21000000",
                    Some(Qualifier::MoreThan),
                    None,
                    None,
                ),
                (Quantity, "40mm", "40 mm", None, None, None),
            ],
        ),
        (
            "a bill of €110bn, and ¥3 trillion or 500 million yen",
            vec![
                (Money, "€110bn", "EUR 110000000000", None, None, None),
                (Money, "¥3 trillion", "JPY 3000000000000", None, None, None),
                (Money, "500 million yen", "JPY 500000000", None, None, None),
            ],
        ),
        (
            "It cost HK$20m and US$3 billion.",
            vec![
                (Money, "HK$20m", "HKD 20000000", None, None, None),
                (Money, "US$3 billion", "USD 3000000000", None, None, None),
            ],
        ),
    ]);
}

/// Percentages, magnitudes and distances.
#[test]
fn percents_and_measurements() {
    check(&[
        (
            "exports soared by 21.8% in 2025, reaching a record $1.52 billion",
            vec![
                (Percent, "21.8%", "21.8%", None, None, None),
                (Money, "$1.52 billion", "USD 1520000000", None, None, None),
            ],
        ),
        (
            "an average increase of 23 percent, or roughly 4 per cent a year",
            vec![
                (Percent, "23 percent", "23%", None, None, None),
                (
                    Percent,
                    "roughly 4 per cent",
                    "4%",
                    Some(Qualifier::About),
                    None,
                    None,
                ),
            ],
        ),
        (
            "The 6.1-magnitude quake was felt 300-km away.",
            vec![
                (Quantity, "6.1-magnitude", "6.1", None, None, None),
                (Quantity, "300-km", "300 km", None, None, None),
            ],
        ),
        (
            "A 6.1 magnitude quake struck at a depth of 10 km, about 1 kilometer from the coast",
            vec![
                (Quantity, "6.1 magnitude", "6.1", None, None, None),
                (Quantity, "10 km", "10 km", None, None, None),
                (
                    Quantity,
                    "about 1 kilometer",
                    "1 km",
                    Some(Qualifier::About),
                    None,
                    None,
                ),
            ],
        ),
    ]);
}

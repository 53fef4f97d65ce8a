//! Abbreviations whose period does not end a sentence.
//!
//! A period after one of these words belongs to the word ("Mr.", "Jan.", "Co."), so the tokenizer
//! keeps it in the token and the splitter only ends a sentence there when the next word is one that
//! usually opens a sentence ("… in the U.S. The talks …").

/// Abbreviations written with a capital (titles, company forms, street words); those of months and
/// weekdays are the dates module's ([`crate::dates::is_english_calendar_abbreviation`]).
const CAPITALISED: &[&str] = &[
    // titles and ranks
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Capt", "Sgt", "Adm",
    "Maj", "Cmdr", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Sr", "Jr",
    "Messrs", "Mme", "Mlle", "Fr", "Sec", "Gov't", // organisations and places
    "Co", "Corp", "Inc", "Ltd", "Bros", "Dept", "Univ", "Assn", "Intl", "Natl", "Ave", "Blvd", "Rd", "St",
    "Mt", "Ft", "Pt", "Sq", "Hwy", "Fig", "Vol", "Vols", "Ch", "Art", "Para",
    // US state abbreviations in AP style
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
    "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
    "Vt", "Wash", "Wis", "Wyo",
];

/// Abbreviations written in lower case.
const LOWER: &[&str] = &[
    "vs", "etc", "approx", "est", "al", "cf", "pp", "p", "ca", "incl", "min", "max", "nos", "no", "vol",
    "fig", "dept", "jr", "sr",
];

/// True when `word` followed by a period is an abbreviation. `next` is the first non-space
/// character after the period: "No." and "Nos." are abbreviations only before a number, since
/// "No." is otherwise an answer that ends a sentence.
pub fn is_abbreviation(word: &str, next: Option<char>) -> bool {
    if word == "No" || word == "Nos" || word == "no" || word == "nos" {
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    CAPITALISED.contains(&word)
        || LOWER.contains(&word)
        || crate::dates::is_english_calendar_abbreviation(word)
}

/// Words that commonly open a sentence. After an abbreviation or an initial, the sentence ends only
/// when one of these follows, because a capitalised name after "U.S." or "Co." usually continues the
/// sentence ("U.S. President", "Toyota Motor Co. Chairman").
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "For",
    "From",
    "With",
    "By",
    "Meanwhile",
    "Also",
    "Some",
    "Many",
    "Most",
    "Both",
    "Such",
    "Other",
    "Officials",
    "According",
    "Still",
    "Then",
    "Now",
    "Last",
    "Earlier",
    "Later",
    "Despite",
    "During",
    "Although",
    "Since",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "Each",
    "Every",
    "All",
    "Neither",
    "Nor",
];

/// True when `word` usually opens a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations() {
        let cases: &[(&str, Option<char>, bool)] = &[
            ("Mr", Some('L'), true),
            ("Gov", Some('S'), true),
            ("Jan", Some('1'), true),
            ("St", Some('L'), true),
            ("Co", Some('C'), true),
            ("Ltd", None, true),
            ("No", Some('5'), true),
            ("No", Some('T'), false),
            ("no", None, false),
            ("vs", Some('t'), true),
            ("Nara", Some('T'), false),
            ("mine", Some('T'), false),
            ("1942", Some('T'), false),
        ];
        for &(word, next, want) in cases {
            assert_eq!(is_abbreviation(word, next), want, "{word:?} before {next:?}");
        }
    }

    #[test]
    fn starters() {
        for (word, want) in [
            ("The", true),
            ("However", true),
            ("President", false),
            ("Lee", false),
        ] {
            assert_eq!(is_sentence_starter(word), want, "{word}");
        }
    }
}

//! What is done to the tagger's labels after decoding: patterns that no training sentence
//! outweighs (datelines, companies' legal forms, peoples' names, storms) and document-level
//! evidence the passes do not use (a sentence's first word, a company's profit). News text
//! has these far more often than the training and development data, where none of the rules
//! changes more than a handful of tags.

use super::gazetteer::Gazetteer;
use super::{NerType, Tag, features};
use crate::values::words::is_capitalised;

/// What the tagger's raw labels still get wrong in patterns no training sentence outweighs:
/// months, places and agencies in datelines, companies by their legal suffix, peoples' names,
/// presidents' administrations and named storms.
pub(super) fn tidy(gaz: &Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
    untag_dates(tokens, tags);
    type_companies(tokens, tags);
    place_datelines(tokens, tags);
    demonyms_are_misc(gaz, tokens, tags);
    presidents_administrations(tokens, tags);
    named_storms(tokens, tags);
    no_leading_article(tokens, tags);
    places_by_head(tokens, tags);
    countries_are_places(gaz, tokens, tags);
}

/// A one-word name that is a country is a place, whatever it does in the sentence ("pressure
/// on Taiwan", "China is ramping up"): news conventions tag a country as a place even as an
/// actor. The tagger took such a country for an organisation now and then; on dev.conll it
/// never mistypes one, so no tag there changes.
fn countries_are_places(gaz: &Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
    for i in 0..tags.len().min(tokens.len()) {
        if matches!(one_word_name(tags, i), Some(NerType::Org | NerType::Per))
            && is_capitalised(tokens[i])
            && gaz.is_country(&tokens[i..=i])
        {
            tags[i] = Tag::B(NerType::Loc);
        }
    }
}

/// Last words that make a name a place: a shrine, a station, a river. Words that are also
/// common surnames (Hall, Park, Bay, Castle, Tower, Church) are left out.
const PLACE_HEADS: &[&str] = &[
    "Abbey",
    "Airport",
    "Avenue",
    "Basilica",
    "Bridge",
    "Canal",
    "Cathedral",
    "Island",
    "Lake",
    "Monastery",
    "Mosque",
    "Museum",
    "Palace",
    "Pagoda",
    "River",
    "Road",
    "Shrine",
    "Square",
    "Stadium",
    "Station",
    "Street",
    "Synagogue",
    "Temple",
    "Valley",
];

/// "Yasukuni Shrine", "Horyu Temple": a name of two or more words that ends in a place's
/// kind is a place, not the person its first word sounded like.
fn places_by_head(tokens: &[&str], tags: &mut [Tag]) {
    each_name(tokens, tags, |tags, a, b, ty| {
        if ty == NerType::Per && b > a + 1 && PLACE_HEADS.contains(&tokens[b - 1]) {
            retype(&mut tags[a..b], NerType::Loc);
        }
    });
}

/// "the United States": a lower-case "the" is not part of the name. One source of the
/// training data writes it inside ("the United States" 141 times) and the others outside,
/// as news conventions do, and the tagger sometimes took it in.
fn no_leading_article(tokens: &[&str], tags: &mut [Tag]) {
    each_name(tokens, tags, |tags, a, b, ty| {
        if b > a + 1 && tokens[a] == "the" {
            tags[a] = Tag::O;
            retype(&mut tags[a + 1..b], ty);
        }
    });
}

/// Words that name a storm's kind before its name.
const STORMS: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Storm"];

/// "Hurricane Melissa", "Typhoon Ragasa", "Tropical Storm Erin": a storm is an event (MISC),
/// not the person its name is. The training data has storm names as persons, events and
/// nothing, and the tagger made Melissa a person.
fn named_storms(tokens: &[&str], tags: &mut [Tag]) {
    if !tokens
        .iter()
        .any(|t| t.len() >= 5 && t.as_bytes()[0].is_ascii_uppercase() && STORMS.contains(t))
    {
        return;
    }
    each_name(tokens, tags, |tags, a, b, ty| {
        let kind = if STORMS.contains(&tokens[a]) && b > a + 1 {
            a
        } else if a > 0 && STORMS.contains(&tokens[a - 1]) {
            a - 1
        } else {
            return;
        };
        let from = if kind > 0 && tokens[kind - 1] == "Tropical" {
            kind - 1
        } else {
            kind
        };
        if ty != NerType::Misc || from < a {
            retype(&mut tags[from..b], NerType::Misc);
        }
    });
}

/// "The Trump administration": the administration is no name, its president is a person.
/// The training data has the whole as an organisation once, and the tagger learned it.
fn presidents_administrations(tokens: &[&str], tags: &mut [Tag]) {
    if !tokens.contains(&"administration") {
        return;
    }
    each_name(tokens, tags, |tags, a, b, ty| {
        let capitalised = tokens[a..b - 1].iter().all(|t| is_capitalised(t));
        if ty == NerType::Org && b > a + 1 && tokens[b - 1] == "administration" && capitalised {
            retype(&mut tags[a..b - 1], NerType::Per);
            tags[b - 1] = Tag::O;
        }
    });
}

/// A line that opens with a place in capitals and then a date, a news agency in brackets or
/// a dash into the story is a dateline, and the capitals are a place: "AL-AIN, United Arab
/// Emirates 1996-12-06", "SEOUL, Jan. 13 (Yonhap)", "WASHINGTON (Reuters) -", "NARA — Prime
/// Minister …". The tagger knows the big cities; a small town there came out MISC.
fn place_datelines(tokens: &[&str], tags: &mut [Tag]) {
    let caps =
        |t: &str| t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.chars().any(char::is_lowercase);
    let run = tokens.iter().take(4).take_while(|t| caps(t)).count();
    if run == 0 || run >= tokens.len() || run > tags.len() {
        return;
    }
    let day = tokens[0].trim_end_matches('.');
    if crate::dates::is_weekday_name(day) || crate::dates::is_month_name(day) {
        return;
    }
    let is_date = |t: &str| {
        crate::dates::is_month_name(t.trim_end_matches('.'))
            || (t.len() == 10
                && t.bytes().enumerate().all(|(k, b)| {
                    if k == 4 || k == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                }))
    };
    let capitalised = |t: Option<&&str>| t.is_some_and(|t| is_capitalised(t) && !caps(t));
    let next = tokens[run];
    let dateline = is_date(next)
        || (next == "("
            && capitalised(tokens.get(run + 1))
            && tokens.iter().skip(run + 2).take(3).any(|t| *t == ")"))
        || (next == ","
            && tokens
                .get(run + 1)
                .is_some_and(|t| is_date(t) || matches!(tags.get(run + 1), Some(Tag::B(NerType::Loc)))))
        // A dash also follows "BREAKING" or "EXCLUSIVE": only a run the tagger took for a
        // name is a place there.
        // Wire copy often writes the dash as a hyphen: "CARDIFF - Labour held …".
        || (matches!(next, "—" | "–" | "-" | "--") && capitalised(tokens.get(run + 1)) && tags[0] != Tag::O);
    if !dateline {
        return;
    }
    retype(&mut tags[..run], NerType::Loc);
    if let Some(t) = tags.get_mut(run)
        && matches!(t, Tag::I(_))
    {
        *t = Tag::O;
    }
    // The agency in brackets after the place and date is an organisation: "(Kyodo)",
    // "(Jiji Press)".
    let n = tags.len().min(tokens.len());
    if let Some(open) = (run..(run + 6).min(n)).find(|&k| tokens[k] == "(")
        && let Some(close) = (open + 2..(open + 5).min(n)).find(|&k| tokens[k] == ")")
        && tokens[open + 1..close]
            .iter()
            .all(|t| capitalised(Some(t)) || caps(t))
    {
        retype(&mut tags[open + 1..close], NerType::Org);
        if let Some(t) = tags.get_mut(close + 1)
            && matches!(t, Tag::I(_))
        {
            *t = Tag::O;
        }
    }
}

/// Words that make a document a sports report when three or more of them are in it.
const SPORTS_WORDS: &[&str] = &[
    "championship",
    "coach",
    "defender",
    "fixture",
    "game",
    "games",
    "goal",
    "goalkeeper",
    "goals",
    "halftime",
    "innings",
    "kickoff",
    "league",
    "match",
    "midfielder",
    "playoff",
    "playoffs",
    "rebounds",
    "season",
    "semifinal",
    "squad",
    "striker",
    "touchdown",
    "tournament",
    "wickets",
];

/// Words before a place that keep it a place in a sports report ("a medical at Carrington",
/// "arrived in Boston").
const LOCATIVES: &[&str] = &["in", "at", "near", "across", "into", "outside", "around", "from"];

/// In a sports report, a "place" that is no country, state or continent and stands where
/// a team would ("24 points for Boston", "a fee with Benfica", "Inter Miami had made an
/// enquiry") is the club: news tags teams named after their city as organisations. A place
/// after "in", "at" and the like stays a place, and so does a country (its national team is
/// tagged as the country).
pub(super) fn sports_teams(gaz: &Gazetteer, sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    // The places that would change, found first: most documents have none, and then their
    // words need not be read.
    let mut teams: Vec<(usize, usize, usize)> = Vec::new();
    for (s, (toks, tags)) in sentences.iter().zip(tags.iter_mut()).enumerate() {
        each_name(toks, tags, |_, a, b, ty| {
            let after_locative = a > 0 && LOCATIVES.contains(&toks[a - 1]);
            let dateline = a == 0 && toks[..b].iter().all(|t| !t.chars().any(char::is_lowercase));
            if ty == NerType::Loc && !after_locative && !dateline && !gaz.is_wide_place(&toks[a..b]) {
                teams.push((s, a, b));
            }
        });
    }
    if teams.is_empty() {
        return;
    }
    // Which of the (sorted) words the document has, as bits.
    let mut seen = 0u32;
    for t in sentences.iter().flatten() {
        if (4..=12).contains(&t.len())
            && t.as_bytes()[0].is_ascii_lowercase()
            && let Ok(k) = SPORTS_WORDS.binary_search(t)
        {
            seen |= 1 << k;
            if seen.count_ones() >= 3 {
                break;
            }
        }
    }
    if seen.count_ones() < 3 {
        return;
    }
    for (s, a, b) in teams {
        retype(&mut tags[s][a..b], NerType::Org);
    }
}

/// A capitalised word left untagged that is a word of a person's name of two or more words
/// elsewhere in the document is that person: "Xi" after "Xi Jinping", "Lee" after "Lee
/// Jae-myung". Skipped when the document also writes the word in lower case, for ordinary
/// words and months ("West", "August"), after an article ("the Baptist"), when a capital
/// stands beside it (another name), and for titles inside names ("Prince William").
pub(super) fn person_name_parts(gaz: &Gazetteer, sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    let mut parts: Vec<&str> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter_mut()) {
        each_name(toks, tags, |_, a, b, ty| {
            if ty == NerType::Per && b > a + 1 {
                parts.extend(toks[a..b].iter().filter(|t| t.len() >= 2 && is_capitalised(t)));
            }
        });
    }
    if parts.is_empty() {
        return;
    }
    parts.sort_unstable();
    parts.dedup();
    parts.retain(|t| !gaz.is_title(t));
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (s, (toks, tags)) in sentences.iter().zip(tags.iter()).enumerate() {
        for i in 0..toks.len().min(tags.len()) {
            let capital_beside =
                |k: Option<usize>| k.and_then(|k| toks.get(k)).is_some_and(|t| is_capitalised(t));
            // Cheap tests first: most tokens are no capitalised untagged word.
            if tags[i] == Tag::O
                && is_capitalised(toks[i])
                && parts.binary_search(&toks[i]).is_ok()
                && !capital_beside(i.checked_sub(1))
                && !capital_beside(Some(i + 1))
                && !i
                    .checked_sub(1)
                    .is_some_and(|k| matches!(toks[k], "the" | "a" | "an"))
                && !crate::dates::is_month_name(toks[i])
                && !features::is_ordinary_word(gaz.words(), toks[i])
            {
                found.push((s, i));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // The few words found, looked for in lower case anywhere in the document.
    let mut wanted: Vec<String> = found
        .iter()
        .map(|&(s, i)| sentences[s][i].to_lowercase())
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let written_lower: Vec<&String> = wanted
        .iter()
        .filter(|w| {
            sentences
                .iter()
                .flatten()
                .any(|t| t.starts_with(|c: char| c.is_lowercase()) && t.to_lowercase() == **w)
        })
        .collect();
    for (s, i) in found {
        let t = sentences[s][i].to_lowercase();
        if !written_lower.iter().any(|w| **w == t) {
            tags[s][i] = Tag::B(NerType::Per);
        }
    }
}

/// A word that opens a sentence, where a capital says nothing, and that the tagger left out
/// there but took for a one-word name elsewhere in the document, is that name there too,
/// unless the document also writes it in lower case ("Amazon said on Monday …" before "the
/// cuts at Amazon"). A capital after it (the start of a longer name) leaves it alone.
pub(super) fn propagate(sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    // One-word names by their exact form (a tenth of the tokens or fewer), sorted to be
    // looked up: cheaper than hashing them for the few documents that need it.
    let mut named: Vec<(&str, usize)> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter()) {
        for (i, &t) in toks.iter().take(tags.len()).enumerate() {
            if let Some(ty) = one_word_name(tags, i) {
                named.push((t, ty.index()));
            }
        }
    }
    if named.is_empty() {
        return;
    }
    named.sort_unstable();
    let mut found: Vec<(usize, usize, NerType)> = Vec::new();
    for (s, (toks, tags)) in sentences.iter().zip(tags.iter()).enumerate() {
        let Some(i) = toks.iter().position(|t| !features::is_opener(t)) else {
            continue;
        };
        let t = toks[i];
        if tags.get(i) != Some(&Tag::O)
            || t.chars().count() < 2
            || !is_capitalised(t)
            || toks.get(i + 1).is_some_and(|n| is_capitalised(n))
        {
            continue;
        }
        let from = named.partition_point(|&(w, _)| w < t);
        let mut counts = [0u32; 4];
        for &(_, k) in named[from..].iter().take_while(|&&(w, _)| w == t) {
            counts[k] += 1;
        }
        if let Some(k) = (0..4).filter(|&k| counts[k] > 0).max_by_key(|&k| counts[k]) {
            found.push((s, i, NerType::ALL[k]));
        }
    }
    if found.is_empty() {
        return;
    }
    // The forms the document also writes in lower case, looked up once for all found words.
    let wanted: std::collections::HashSet<String> = found
        .iter()
        .map(|&(s, i, _)| sentences[s][i].to_lowercase())
        .collect();
    let lower: std::collections::HashSet<String> = sentences
        .iter()
        .flatten()
        .filter(|t| t.chars().next().is_some_and(char::is_lowercase))
        .map(|t| t.to_lowercase())
        .filter(|t| wanted.contains(t))
        .collect();
    for (s, i, ty) in found {
        if !lower.contains(&sentences[s][i].to_lowercase()) {
            tags[s][i] = Tag::B(ty);
        }
    }
}

/// A name that is exactly a people's name from the lists ("North Korean", "Japanese") and
/// nothing else there is MISC, whatever type the tagger gave it ("North Korean leader Kim
/// Jong Un" made it a place).
fn demonyms_are_misc(gaz: &Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
    each_name(tokens, tags, |tags, a, b, ty| {
        if ty != NerType::Misc && gaz.is_only_demonym(&tokens[a..b]) {
            retype(&mut tags[a..b], NerType::Misc);
        }
    });
}

/// Nouns only a company has, read right after a name or its possessive ("Shell's profit",
/// "Shell shareholders", "Alphabet's chief executive").
const COMPANY_NOUNS: &[&str] = &[
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "shareholders",
    "subsidiary",
    "subsidiaries",
    "headquarters",
    "ceo",
];

/// A one-word name the tagger made a person but that has a company's profit, shareholders or
/// chief executive is an organisation, in every one-word mention of the document. The training
/// text has little business news, and the tagger took "Shell" for a person.
pub(super) fn companies_by_context(sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    let alone = |tags: &[Tag], i: usize| one_word_name(tags, i) == Some(NerType::Per);
    let mut companies: Vec<&str> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter()) {
        for i in 0..toks.len().min(tags.len()) {
            if !alone(tags, i) {
                continue;
            }
            let k = if matches!(toks.get(i + 1), Some(&("'s" | "’s"))) {
                i + 2
            } else {
                i + 1
            };
            let noun = toks
                .get(k)
                .is_some_and(|w| COMPANY_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)));
            let chief = toks.get(k) == Some(&"chief") && toks.get(k + 1) == Some(&"executive");
            if noun || chief {
                companies.push(toks[i]);
            }
        }
    }
    if companies.is_empty() {
        return;
    }
    for (toks, tags) in sentences.iter().zip(tags.iter_mut()) {
        for i in 0..toks.len().min(tags.len()) {
            if alone(tags, i) && companies.contains(&toks[i]) {
                tags[i] = Tag::B(NerType::Org);
            }
        }
    }
}

/// Legal forms that end only a company's name ("Dai Nippon Printing Co.", "Eberhard Faber
/// GmbH"), compared without case or a final period.
const COMPANY_SUFFIXES: &[&str] = &["co", "corp", "inc", "ltd", "llc", "plc", "gmbh"];

/// Last words of a name that make it an organisation: in the training and development data,
/// 95% or more of the names of two or more words ending in each are organisations ("Wedbush
/// Securities", "Labour Party", "Civil Protection Agency"). Compared as written.
const ORG_HEADS: &[&str] = &[
    "Agency",
    "Airlines",
    "Airways",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Commission",
    "Committee",
    "Corporation",
    "Council",
    "Foundation",
    "Fund",
    "Group",
    "Holdings",
    "Industries",
    "Laboratories",
    "Labs",
    "Ministry",
    "Motors",
    "Navy",
    "Organisation",
    "Organization",
    "Partners",
    "Party",
    "Pharmaceuticals",
    "Securities",
    "Technologies",
    "Trust",
];

/// A name of two or more words that ends in a company's legal form or in the word for a kind
/// of organisation is an organisation, whatever type the tagger gave it.
fn type_companies(tokens: &[&str], tags: &mut [Tag]) {
    each_name(tokens, tags, |tags, a, b, ty| {
        let last = tokens[b - 1];
        let legal = COMPANY_SUFFIXES
            .iter()
            .any(|s| last.trim_end_matches('.').eq_ignore_ascii_case(s));
        if ty != NerType::Org && b > a + 1 && (legal || ORG_HEADS.contains(&last)) {
            retype(&mut tags[a..b], NerType::Org);
        }
    });
}

/// Call `f(tags, a, b, type)` for each name `[a, b)` of a sentence, in order, as
/// `score::chunks` reads them (a stray `I-X` opens one); `f` may retype it. Nothing is
/// allocated: this runs on every sentence.
fn each_name(tokens: &[&str], tags: &mut [Tag], mut f: impl FnMut(&mut [Tag], usize, usize, NerType)) {
    let n = tags.len().min(tokens.len());
    let mut a = 0;
    while a < n {
        let Some(ty) = tags[a].entity_type() else {
            a += 1;
            continue;
        };
        let mut b = a + 1;
        while b < n && tags[b] == Tag::I(ty) {
            b += 1;
        }
        f(tags, a, b, ty);
        a = b;
    }
}

/// The type of the one-word name at token `i` (a `B-X` no `I-X` follows), if there is one.
fn one_word_name(tags: &[Tag], i: usize) -> Option<NerType> {
    match tags.get(i) {
        Some(&Tag::B(ty)) if !matches!(tags.get(i + 1), Some(Tag::I(_))) => Some(ty),
        _ => None,
    }
}

/// Make the words of `name` one name of type `ty`.
fn retype(name: &mut [Tag], ty: NerType) {
    if let Some((first, rest)) = name.split_first_mut() {
        *first = Tag::B(ty);
        rest.fill(Tag::I(ty));
    }
}

/// A one-word "name" that is a month next to a day's number ("Jan. 14", "March 3", "14 May")
/// is a date. Datelines ("NARA, Jan. 14 (Jiji Press)") put month abbreviations where the
/// training data has almost none, and the tagger took "Jan" for a place.
fn untag_dates(tokens: &[&str], tags: &mut [Tag]) {
    let day = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .is_some_and(|t| (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
    };
    for i in 0..tags.len().min(tokens.len()) {
        if one_word_name(tags, i).is_none() {
            continue;
        }
        let after = if tokens.get(i + 1) == Some(&".") {
            i + 2
        } else {
            i + 1
        };
        // The month lookup folds the word: only beside a day's number.
        if (day(Some(after)) || day(i.checked_sub(1))) && crate::dates::is_month_name(tokens[i]) {
            tags[i] = Tag::O;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_a_sports_report_a_city_standing_for_its_team_is_the_club() {
        // The cue words are looked up by binary search and kept as bits of a u32.
        assert!(SPORTS_WORDS.windows(2).all(|w| w[0] < w[1]) && SPORTS_WORDS.len() <= 32);
        assert!(SPORTS_WORDS.iter().all(|w| (4..=12).contains(&w.len())));
        use NerType::{Loc, Org, Per};
        let (b, o) = (Tag::B, Tag::O);
        let gaz = Gazetteer::parse("country\tChile\ncity\tBoston\n");
        let sentences: Vec<Vec<&str>> = vec![
            vec![
                "BOSTON", "—", "Tatum", "scored", "41", "points", "for", "Boston", ".",
            ],
            vec!["The", "coach", "praised", "the", "squad", "in", "Boston", "."],
            vec!["Chile", "won", "the", "match", "."],
        ];
        let before = vec![
            vec![b(Loc), o, b(Per), o, o, o, o, b(Loc), o],
            vec![o, o, o, o, o, o, b(Loc), o],
            vec![b(Loc), o, o, o, o],
        ];
        let mut tags = before.clone();
        sports_teams(&gaz, &sentences, &mut tags);
        // The dateline, a place after "in" and a country stay places.
        assert_eq!(tags[0], [b(Loc), o, b(Per), o, o, o, o, b(Org), o]);
        assert_eq!(tags[1..], before[1..]);
        // Without the words of a sports report, nothing changes.
        let mut news = vec![vec![o, o, o, o, o, o, o, b(Loc), o]];
        let toks = vec![vec![
            "He", "said", "41", "people", "died", "near", "for", "Boston", ".",
        ]];
        sports_teams(&gaz, &toks, &mut news);
        assert_eq!(news[0][7], b(Loc));
    }

    #[test]
    fn a_country_named_alone_is_a_place() {
        use NerType::{Loc, Org, Per};
        let gaz = Gazetteer::parse("country\tTaiwan\ncountry\tChina\ncity\tBeijing\n");
        let (b, o) = (Tag::B, Tag::O);
        let tokens = [
            "pressure", "on", "Taiwan", ",", "which", "Beijing", "and", "China", "Airlines",
        ];
        let mut tags = vec![o, o, b(Org), o, o, b(Org), o, b(Org), Tag::I(Org)];
        countries_are_places(&gaz, &tokens, &mut tags);
        // A city stays an organisation (a government, a club); a country inside a longer
        // name stays part of it.
        assert_eq!(tags, [o, o, b(Loc), o, o, b(Org), o, b(Org), Tag::I(Org)]);
        let mut person = vec![b(Per)];
        countries_are_places(&gaz, &["Jordan"], &mut person);
        assert_eq!(person, [b(Per)], "not a country in these lists");
    }

    #[test]
    fn a_word_of_a_persons_name_is_that_person_alone() {
        use NerType::{Loc, Per};
        let (b, i, o) = (Tag::B, Tag::I, Tag::O);
        // The built-in title words only.
        let gaz = Gazetteer::parse("");
        let sentences: Vec<Vec<&str>> = vec![
            vec![
                "Lee", "met", "Xi", "Jinping", "and", "Prince", "William", "in", "Beijing",
            ],
            vec!["Xi", "called", "on", "Lee", "."],
            vec![
                "China", "'s", "Xi", "and", "the", "Jinping", "era", "and", "Xi", "Jinping",
            ],
            vec!["William", "Smith", "met", "Prince", "."],
        ];
        let mut tags = vec![
            vec![b(Per), o, b(Per), i(Per), o, b(Per), i(Per), o, b(Loc)],
            vec![o, o, o, o, o],
            vec![b(Loc), o, o, o, o, o, o, o, o, o],
            vec![o, o, o, o, o],
        ];
        person_name_parts(&gaz, &sentences, &mut tags);
        assert_eq!(
            tags[1],
            [b(Per), o, o, o, o],
            "Lee is no part of a longer name here"
        );
        // After an article, and beside another capital, a name word is left alone.
        assert_eq!(tags[2], [b(Loc), o, b(Per), o, o, o, o, o, o, o]);
        // "Prince" is a title in the built-in list; "William Smith" is a capitalised pair.
        assert_eq!(tags[3], [o, o, o, o, o]);
    }

    #[test]
    fn a_name_ending_in_a_place_kind_is_a_place() {
        use NerType::{Loc, Org, Per};
        let (b, i, o) = (Tag::B, Tag::I, Tag::O);
        let cases: [(&[&str], Vec<Tag>, Vec<Tag>); 3] = [
            (
                &["at", "Yasukuni", "Shrine"],
                vec![o, b(Per), i(Per)],
                vec![o, b(Loc), i(Loc)],
            ),
            // A surname that is also a place's kind, an organisation, and a lone word stay.
            (
                &["Stuart", "Hall", "and", "Temple"],
                vec![b(Per), i(Per), o, b(Per)],
                vec![b(Per), i(Per), o, b(Per)],
            ),
            (&["Union", "Station"], vec![b(Org), i(Org)], vec![b(Org), i(Org)]),
        ];
        for (tokens, mut tags, want) in cases {
            places_by_head(tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn a_lower_case_the_is_left_out_of_a_name() {
        use NerType::{Loc, Misc};
        let (b, i, o) = (Tag::B, Tag::I, Tag::O);
        let cases: [(&[&str], Vec<Tag>, Vec<Tag>); 3] = [
            (
                &["in", "the", "United", "States"],
                vec![o, b(Loc), i(Loc), i(Loc)],
                vec![o, o, b(Loc), i(Loc)],
            ),
            // A capital "The" is written as part of the title; a lone "the" tagged as a name
            // is left for the tagger to answer for.
            (
                &["The", "Hague", "and", "The", "Wheel", "of", "Time"],
                vec![b(Loc), i(Loc), o, b(Misc), i(Misc), i(Misc), i(Misc)],
                vec![b(Loc), i(Loc), o, b(Misc), i(Misc), i(Misc), i(Misc)],
            ),
            (&["the", "end"], vec![b(Misc), o], vec![b(Misc), o]),
        ];
        for (tokens, mut tags, want) in cases {
            no_leading_article(tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn a_month_beside_a_day_is_no_name() {
        let per = Tag::B(NerType::Per);
        let loc = Tag::B(NerType::Loc);
        let cases: [(&[&str], Vec<Tag>, Vec<Tag>); 4] = [
            (
                &["NARA", ",", "Jan", ".", "14"],
                vec![loc, Tag::O, loc, Tag::O, Tag::O],
                vec![loc, Tag::O, Tag::O, Tag::O, Tag::O],
            ),
            (
                &["on", "14", "May", "2026"],
                vec![Tag::O, Tag::O, loc, Tag::O],
                vec![Tag::O; 4],
            ),
            // A person named May, and a month with no day beside it, keep their tags.
            (
                &["Theresa", "May", "said"],
                vec![per, Tag::I(NerType::Per), Tag::O],
                vec![per, Tag::I(NerType::Per), Tag::O],
            ),
            (
                &["May", "spoke", "in", "2019"],
                vec![per, Tag::O, Tag::O, Tag::O],
                vec![per, Tag::O, Tag::O, Tag::O],
            ),
        ];
        for (tokens, mut tags, want) in cases {
            untag_dates(tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn company_suffix_makes_an_organisation() {
        use NerType::{Loc, Misc, Org, Per};
        let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
            (
                &["Dai", "Nippon", "Printing", "Co.", "said"],
                vec![Tag::B(Misc), Tag::I(Misc), Tag::I(Misc), Tag::I(Misc), Tag::O],
                vec![Tag::B(Org), Tag::I(Org), Tag::I(Org), Tag::I(Org), Tag::O],
            ),
            (
                &["Eberhard", "Faber", "GmbH"],
                vec![Tag::B(Per), Tag::I(Per), Tag::I(Per)],
                vec![Tag::B(Org), Tag::I(Org), Tag::I(Org)],
            ),
            // The suffix alone, or after the name rather than inside it, changes nothing.
            (
                &["Inc.", "reported"],
                vec![Tag::B(Misc), Tag::O],
                vec![Tag::B(Misc), Tag::O],
            ),
            (
                &["John", "Smith", "Ltd", "."],
                vec![Tag::B(Per), Tag::I(Per), Tag::O, Tag::O],
                vec![Tag::B(Per), Tag::I(Per), Tag::O, Tag::O],
            ),
            // The word for a kind of organisation ends a name as a legal form does; in lower
            // case it is no part of the name.
            (
                &["at", "Wedbush", "Securities"],
                vec![Tag::O, Tag::B(Loc), Tag::I(Loc)],
                vec![Tag::O, Tag::B(Org), Tag::I(Org)],
            ),
            (
                &["Ohio", "group"],
                vec![Tag::B(Loc), Tag::I(Loc)],
                vec![Tag::B(Loc), Tag::I(Loc)],
            ),
        ];
        for (tokens, mut tags, want) in cases {
            tidy(&Gazetteer::default(), tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn datelines_open_with_a_place() {
        use NerType::{Loc, Misc, Org, Per};
        let o = Tag::O;
        let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
            (
                &["AL-AIN", ",", "United", "Arab", "Emirates", "1996-12-06"],
                vec![Tag::B(Misc), o, Tag::B(Loc), Tag::I(Loc), Tag::I(Loc), o],
                vec![Tag::B(Loc), o, Tag::B(Loc), Tag::I(Loc), Tag::I(Loc), o],
            ),
            (
                &["PORT", "MORESBY", "(", "Jiji", "Press", ")", "-"],
                vec![o; 7],
                vec![Tag::B(Loc), Tag::I(Loc), o, Tag::B(Org), Tag::I(Org), o, o],
            ),
            (
                &["UBE", ",", "Jan.", "13", "(", "Kyodo", ")", "-"],
                vec![o, o, o, o, o, Tag::B(Per), o, o],
                vec![Tag::B(Loc), o, o, o, o, Tag::B(Org), o, o],
            ),
            // A headline, a label before a dash and a weekday are no places.
            (
                &["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"],
                vec![o, o, Tag::B(Loc), o, o, o],
                vec![o, o, Tag::B(Loc), o, o, o],
            ),
            (
                &["CARDIFF", "-", "Labour", "held"],
                vec![Tag::B(Org), o, Tag::B(Org), o],
                vec![Tag::B(Loc), o, Tag::B(Org), o],
            ),
            (&["BREAKING", "—", "Police", "say"], vec![o; 4], vec![o; 4]),
            (&["MONDAY", ",", "Jan.", "13"], vec![o; 4], vec![o; 4]),
        ];
        for (tokens, mut tags, want) in cases {
            place_datelines(tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn an_administration_is_its_presidents() {
        let (org, iorg) = (Tag::B(NerType::Org), Tag::I(NerType::Org));
        let mut tags = vec![Tag::O, org, iorg, Tag::O];
        presidents_administrations(&["the", "Trump", "administration", "said"], &mut tags);
        assert_eq!(tags, vec![Tag::O, Tag::B(NerType::Per), Tag::O, Tag::O]);
        // A capitalised agency's name is left alone, and so is "the administration".
        let mut tags = vec![org, iorg, iorg, iorg];
        presidents_administrations(&["Food", "and", "Drug", "Administration"], &mut tags);
        assert_eq!(tags, vec![org, iorg, iorg, iorg]);
        let mut tags = vec![org, iorg];
        presidents_administrations(&["the", "administration"], &mut tags);
        assert_eq!(tags, vec![org, iorg]);
    }

    #[test]
    fn storms_are_events() {
        use NerType::{Misc, Per};
        let o = Tag::O;
        let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
            (
                &["Hurricane", "Melissa", "hit"],
                vec![o, Tag::B(Per), o],
                vec![Tag::B(Misc), Tag::I(Misc), o],
            ),
            (
                &["Tropical", "Storm", "Erin", "formed"],
                vec![o, o, Tag::B(Per), o],
                vec![Tag::B(Misc), Tag::I(Misc), Tag::I(Misc), o],
            ),
            // A storm word alone, or a name after a lower-case "storm", is left alone.
            (
                &["Storm", "warnings"],
                vec![Tag::B(Misc), o],
                vec![Tag::B(Misc), o],
            ),
            (
                &["the", "storm", "Arthur", "Smith", "saw"],
                vec![o, o, Tag::B(Per), Tag::I(Per), o],
                vec![o, o, Tag::B(Per), Tag::I(Per), o],
            ),
        ];
        for (tokens, mut tags, want) in cases {
            named_storms(tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn peoples_names_are_misc() {
        let gaz = Gazetteer::parse("demonym\tNorth Korean\ndemonym\tKorean\ncountry\tNorth Korea\n");
        let (loc, iloc) = (Tag::B(NerType::Loc), Tag::I(NerType::Loc));
        let mut tags = vec![loc, iloc, Tag::O, loc, iloc];
        demonyms_are_misc(&gaz, &["North", "Korean", "leader", "North", "Korea"], &mut tags);
        let misc = [Tag::B(NerType::Misc), Tag::I(NerType::Misc)];
        assert_eq!(tags, vec![misc[0], misc[1], Tag::O, loc, iloc]);
    }

    #[test]
    fn a_person_with_a_profit_is_a_company() {
        let (per, org) = (Tag::B(NerType::Per), Tag::B(NerType::Org));
        let sentences = vec![
            vec!["Shell", "'s", "profit", "rose"],
            vec!["analysts", "expected", "Shell", "to", "report"],
            vec!["Musk", "'s", "shares", "and", "Shell", "Oil"],
        ];
        let mut tags = vec![
            vec![per, Tag::O, Tag::O, Tag::O],
            vec![Tag::O, Tag::O, per, Tag::O, Tag::O],
            vec![per, Tag::O, Tag::O, Tag::O, per, Tag::I(NerType::Per)],
        ];
        companies_by_context(&sentences, &mut tags);
        assert_eq!(tags[0][0], org);
        assert_eq!(tags[1][2], org, "every one-word mention");
        // A person's shares stay a person's; a longer name is left alone.
        assert_eq!(tags[2][0], per);
        assert_eq!(tags[2][4], per);
    }

    #[test]
    fn sentence_starts_take_the_documents_label() {
        let org = Tag::B(NerType::Org);
        let doc = |a: &[&'static str], b: &[&'static str]| vec![a.to_vec(), b.to_vec()];
        // "Amazon" opens a sentence where the tagger missed it; later it is an organisation.
        let sentences = doc(&["Amazon", "said", "so"], &["cuts", "at", "Amazon", "."]);
        let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, Tag::O, org, Tag::O]];
        propagate(&sentences, &mut tags);
        assert_eq!(tags[0][0], org);
        // Not when the document also writes the word in lower case ("Apple" and "apple"),
        // nor when a capital follows (the start of a longer name the tagger did not see).
        let sentences = doc(&["Apple", "pie", "and"], &["an", "apple", "from", "Apple"]);
        let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, Tag::O, Tag::O, org]];
        propagate(&sentences, &mut tags);
        assert_eq!(tags[0][0], Tag::O);
        let sentences = doc(&["Amazon", "Web", "Services"], &["at", "Amazon"]);
        let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, org]];
        propagate(&sentences, &mut tags);
        assert_eq!(tags[0], vec![Tag::O; 3]);
    }
}

//! The rules that read one sentence: dates, companies, datelines, peoples' names,
//! administrations, storms, articles, places by their last word and countries.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::{each_name, one_word_name, retype};
use crate::ner::gazetteer::Gazetteer;
use crate::ner::{NerType, Tag};
use crate::text::{is_capitalised, word_set};

/// What the tagger's raw labels still get wrong in patterns no training sentence outweighs:
/// months, places and agencies in datelines, companies by their legal suffix, peoples' names,
/// presidents' administrations and named storms.
pub(in crate::ner) fn tidy(gaz: &Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
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
pub(super) fn countries_are_places(gaz: &Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
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
/// One entry a line in `assets/ner/place_heads.txt`.
static PLACE_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/ner/place_heads.txt")));

/// A last word that makes a name a place (see [`PLACE_HEADS`]).
fn is_place_head(word: &str) -> bool {
    PLACE_HEADS.contains(word)
}

/// "Yasukuni Shrine", "Horyu Temple": a name of two or more words that ends in a place's
/// kind is a place, not the person its first word sounded like.
pub(super) fn places_by_head(tokens: &[&str], tags: &mut [Tag]) {
    each_name(tokens, tags, |tags, a, b, ty| {
        if ty == NerType::Per && b > a + 1 && is_place_head(tokens[b - 1]) {
            retype(&mut tags[a..b], NerType::Loc);
        }
    });
}

/// "the United States": a lower-case "the" is not part of the name. One source of the
/// training data writes it inside ("the United States" 141 times) and the others outside,
/// as news conventions do, and the tagger sometimes took it in.
pub(super) fn no_leading_article(tokens: &[&str], tags: &mut [Tag]) {
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
pub(super) fn named_storms(tokens: &[&str], tags: &mut [Tag]) {
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
pub(super) fn presidents_administrations(tokens: &[&str], tags: &mut [Tag]) {
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
pub(super) fn place_datelines(tokens: &[&str], tags: &mut [Tag]) {
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

/// A name that is exactly a people's name from the lists ("North Korean", "Japanese") and
/// nothing else there is MISC, whatever type the tagger gave it ("North Korean leader Kim
/// Jong Un" made it a place).
pub(super) fn demonyms_are_misc(gaz: &Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
    each_name(tokens, tags, |tags, a, b, ty| {
        if ty != NerType::Misc && gaz.is_only_demonym(&tokens[a..b]) {
            retype(&mut tags[a..b], NerType::Misc);
        }
    });
}

/// Legal forms that end only a company's name ("Dai Nippon Printing Co.", "Eberhard Faber
/// GmbH"), compared without case or a final period.
const COMPANY_SUFFIXES: &[&str] = &["co", "corp", "inc", "ltd", "llc", "plc", "gmbh"];

/// Last words of a name that make it an organisation: in the training and development data,
/// 95% or more of the names of two or more words ending in each are organisations ("Wedbush
/// Securities", "Labour Party", "Civil Protection Agency"). Compared as written.
/// One entry a line in `assets/ner/org_heads.txt`.
static ORG_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../../../assets/ner/org_heads.txt")));

/// A last word that makes a name an organisation (see [`ORG_HEADS`]).
fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(word)
}

/// A name of two or more words that ends in a company's legal form or in the word for a kind
/// of organisation is an organisation, whatever type the tagger gave it.
pub(super) fn type_companies(tokens: &[&str], tags: &mut [Tag]) {
    each_name(tokens, tags, |tags, a, b, ty| {
        let last = tokens[b - 1];
        let legal = COMPANY_SUFFIXES
            .iter()
            .any(|s| last.trim_end_matches('.').eq_ignore_ascii_case(s));
        if ty != NerType::Org && b > a + 1 && (legal || is_org_head(last)) {
            retype(&mut tags[a..b], NerType::Org);
        }
    });
}

/// A one-word "name" that is a month next to a day's number ("Jan. 14", "March 3", "14 May")
/// is a date. Datelines ("NARA, Jan. 14 (Jiji Press)") put month abbreviations where the
/// training data has almost none, and the tagger took "Jan" for a place.
pub(super) fn untag_dates(tokens: &[&str], tags: &mut [Tag]) {
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

//! Events: which happening each statement is about.
//!
//! A briefing reports one main event: the one most sources date in their lead, on or just before
//! their publication dates, and name in their headlines. Its figures are compared with each other.
//! A sentence that places a figure elsewhere in time ("In 1999 a flood killed 30,000", "the
//! March 2011 quake", "last year a smaller quake killed one") states a figure of another event:
//! such statements are compared only with statements of that same event, and their topic says
//! which one. Dates of the main event, whatever verb or noun each outlet dates it by ("escaped
//! Monday", "Monday's escape", "the escape on Nov. 30"), become one measure: the event's date.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::measures_from_date;
use super::measure::UNNAMED_EVENT;
use super::model::Statement;
use crate::dates::DateValue;
use crate::ingest::Briefing;
use crate::text::Sentence;
use crate::values::words::{is_function_word, words};
use crate::values::{Amount, Value, ValueKind};

/// The key of the main event's date, shared by every outlet's dating of it.
pub const MAIN_DATE_KEY: &str = "date|main event";

/// How far (days) a date may sit from the main event's day and still date it: outlets misdate by
/// a day or two, and an "early Tuesday" event is a "Monday night" one in another time zone.
const MAIN_WINDOW: i64 = 3;

/// A date this long (days) before the main event's day places a figure in another event.
const ELSEWHERE: i64 = 45;

/// Sentences at the top of an article: the lead states the main event and its date.
const LEAD: usize = 3;

/// What the briefing is mainly about, read off all its sources.
#[derive(Debug, Clone, Default)]
pub struct Story {
    /// The day of the main event: the day most sources date in their statements.
    pub day: Option<NaiveDate>,
    /// Stems of the content words that several sources' headlines (or first sentences) share.
    pub words: HashSet<String>,
}

/// A crude stem, so that "escaped", "escape" and "escapes" meet, and "quake" and "quakes".
pub fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    for suffix in ["ings", "ing", "ied", "ies", "ed", "es", "s", "e"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.chars().count() >= 3
        {
            return s.to_string();
        }
    }
    w.to_string()
}

/// Content words of `text[span]`, stemmed: no function words, numbers or short words.
fn content_stems(text: &str, span: std::ops::Range<usize>) -> HashSet<String> {
    words(text, span)
        .iter()
        .map(|w| w.text(text))
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) && !is_function_word(w))
        .map(stem)
        .collect()
}

/// Read the story: its main day from the statements' dates, its words from the headlines.
pub fn story(briefing: &Briefing, sentences: &[Vec<Sentence>], statements: &[Statement]) -> Story {
    // Per day, the sources that date something to it, the lead counting double.
    let mut days: HashMap<NaiveDate, (HashSet<usize>, usize)> = HashMap::new();
    for s in statements {
        if let Amount::Date {
            value: DateValue::Day(d),
            ..
        } = s.value.amount
        {
            let e = days.entry(d).or_default();
            if e.0.insert(s.value.source) {
                e.1 += 1;
            }
            if s.value.sentence < LEAD || s.headline {
                e.1 += 1;
            }
        }
    }
    // One source's date is no story's day: it takes two to tell the main event from an aside.
    let need = if briefing.sources.len() > 1 { 2 } else { 1 };
    let day = days
        .into_iter()
        .filter(|(_, (sources, _))| sources.len() >= need)
        .max_by_key(|(d, (_, weight))| (*weight, std::cmp::Reverse(*d)))
        .map(|(d, _)| d);
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut heads = 0;
    for (source, sents) in briefing.sources.iter().zip(sentences) {
        let Some(first) = sents.iter().find(|s| s.headline).or_else(|| sents.first()) else {
            continue;
        };
        heads += 1;
        for w in content_stems(&source.text, first.span.clone()) {
            *counts.entry(w).or_default() += 1;
        }
    }
    let need = (heads / 4).max(2);
    let words = counts
        .into_iter()
        .filter(|(_, n)| *n >= need)
        .map(|(w, _)| w)
        .collect();
    Story { day, words }
}

/// Days from the Common Era, for date arithmetic on bounds.
fn days(d: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&d))
}

/// Whether a date value lies well before the main day: a figure beside it belongs to another event.
fn elsewhere(story: &Story, value: &Value) -> bool {
    let (Some(day), Amount::Date { value: d, .. }) = (story.day, &value.amount) else {
        return false;
    };
    let (_, hi) = d.bounds();
    days(day) - days(hi) > ELSEWHERE
}

/// Whether a statement counts a crowd (the people who gathered, marched, rioted).
fn is_gathering(s: &Statement) -> bool {
    s.key.starts_with(super::measure::GATHERED_KEY)
}

/// The days most outlets date the main event to, once its datings share [`MAIN_DATE_KEY`]: a
/// story may run over days (a shooting on Saturday, the riot after Monday's
/// vigil), each a day of the story.
fn main_event_days(statements: &[Statement]) -> Vec<NaiveDate> {
    let mut sources: HashMap<NaiveDate, HashSet<usize>> = HashMap::new();
    for s in statements.iter().filter(|s| s.key == MAIN_DATE_KEY) {
        if let Amount::Date {
            value: DateValue::Day(d),
            ..
        } = s.value.amount
        {
            sources.entry(d).or_default().insert(s.value.source);
        }
    }
    // A day only a few outlets name beside the best-attested one is more likely a slip or an
    // aside ("two men on Tuesday were discussing the shooting") than a day of the story.
    let best = sources.values().map(HashSet::len).max().unwrap_or(0);
    sources
        .into_iter()
        .filter(|(_, sources)| sources.len() >= 2 && 2 * sources.len() >= best)
        .map(|(d, _)| d)
        .collect()
}

/// Whether a date value is a day none of the main event's days is near: further off than an
/// outlet's slip of a day or a time zone.
fn on_another_day(event_days: &[NaiveDate], value: &Value) -> bool {
    let Amount::Date { value: d, .. } = &value.amount else {
        return false;
    };
    let (lo, hi) = d.bounds();
    !event_days.is_empty() && hi == lo && event_days.iter().all(|day| (days(lo) - days(*day)).abs() >= 2)
}

/// Whether a date value is the main day, give or take an outlet's slip (`precise`), or a coarser
/// date (a month) that contains it.
fn on_main_day(story: &Story, value: &Value, precise: bool) -> bool {
    let (Some(day), Amount::Date { value: d, .. }) = (story.day, &value.amount) else {
        return false;
    };
    let (lo, hi) = d.bounds();
    let (lo, hi, day) = (days(lo), days(hi), days(day));
    if precise {
        hi - lo <= 1 && (lo - day).abs() <= MAIN_WINDOW
    } else {
        hi - lo <= 31 && lo <= day && day <= hi
    }
}

/// Tie each statement to its event: the main event's dates share one key; figures placed in
/// another time get that time in their key and their topic. `dates` holds every date value of
/// each (source, sentence), statements or not ("In 1999, a flood killed 30,000" dates the count).
pub fn assign(
    briefing: &Briefing,
    story: &Story,
    dates: &HashMap<(usize, usize), Vec<Value>>,
    statements: &mut [Statement],
) {
    let main = main_datings(briefing, story, statements);
    let dominant = dominant_event_word(statements, &main);
    key_dates(briefing, story, statements, &main, dominant.as_deref());
    place_figures(briefing, story, dates, statements);
    join_misdated(statements);
    adopt_events(statements);
    for s in statements.iter_mut() {
        if let Some(when) = &s.placed {
            s.key = format!("{}|in {}", s.key, when);
        }
    }
}

/// The main event's datings: on its day and about it. The event words they use ("summit",
/// "escaped") then bring in the same event's other datings, a month for a day included.
fn main_datings(briefing: &Briefing, story: &Story, statements: &[Statement]) -> Vec<bool> {
    statements
        .iter()
        .map(|s| {
            s.value.kind == ValueKind::Date
                && on_main_day(story, &s.value, true)
                && about_main_event(story, text_of_source(briefing, s.value.source), s)
        })
        .collect()
}

/// The event word most of the main datings use names the main event; a dating by another word
/// ("arrived on January 12" beside "the summit on January 13") is another event's date.
fn dominant_event_word(statements: &[Statement], main: &[bool]) -> Option<String> {
    let mut by_key: HashMap<&str, HashSet<usize>> = HashMap::new();
    for (s, _) in statements
        .iter()
        .zip(main)
        .filter(|(s, m)| **m && s.key != UNNAMED_EVENT)
    {
        by_key.entry(s.key.as_str()).or_default().insert(s.value.source);
    }
    by_key
        .into_iter()
        .max_by_key(|(k, sources)| (sources.len(), std::cmp::Reverse(*k)))
        .map(|(k, _)| k.to_string())
}

/// The main event's dates share one key; a date of an earlier event is background, whatever it
/// dates.
fn key_dates(
    briefing: &Briefing,
    story: &Story,
    statements: &mut [Statement],
    main: &[bool],
    dominant: Option<&str>,
) {
    for (s, &main) in statements.iter_mut().zip(main) {
        if s.value.kind != ValueKind::Date {
            continue;
        }
        let dominant = dominant == Some(s.key.as_str());
        let same_event =
            dominant && (on_main_day(story, &s.value, true) || on_main_day(story, &s.value, false));
        if (main && (dominant || s.key == UNNAMED_EVENT)) || same_event {
            s.key = MAIN_DATE_KEY.to_string();
        } else if elsewhere(story, &s.value) {
            // The date of an earlier event: background, whatever it dates.
            s.event = Some(
                text_of_source(briefing, s.value.source)
                    .get(s.value.span.clone())
                    .unwrap_or("")
                    .to_string(),
            );
        }
    }
}

/// A figure placed by a date of its sentence in another time, or a crowd on another day than the
/// main event's, gets that time as its event.
fn place_figures(
    briefing: &Briefing,
    story: &Story,
    dates: &HashMap<(usize, usize), Vec<Value>>,
    statements: &mut [Statement],
) {
    let event_days = main_event_days(statements);
    for s in statements.iter_mut().filter(|s| s.value.kind != ValueKind::Date) {
        let text = text_of_source(briefing, s.value.source);
        let in_sentence = || {
            dates
                .get(&(s.value.source, s.value.sentence))
                .into_iter()
                .flatten()
        };
        let placed =
            in_sentence().find(|d| elsewhere(story, d) && places(text, &s.sentence, &d.span, &s.value.span));
        // A crowd gathers on one day: "on Wednesday night, about 200 people attended the vigil" is
        // another gathering than Monday's march, not a disagreement about its size.
        let another_day = || {
            in_sentence().find(|d| {
                is_gathering(s)
                    && on_another_day(&event_days, d)
                    && places(text, &s.sentence, &d.span, &s.value.span)
            })
        };
        // A day placed by its name comes with its "on" ("on Wednesday"), a year or a month without.
        if let Some((d, on)) = placed
            .map(|d| (d, ""))
            .or_else(|| another_day().map(|d| (d, "on ")))
        {
            let when = text.get(d.span.clone()).unwrap_or("").trim();
            s.event = Some(format!("{on}{when}"));
            s.placed = Some(d.normalized.clone());
        }
    }
}

/// Outlets misdate an earlier event by a year ("voters in 2009 approved a $3 million bond", "in
/// 2010 approved a $3 million bond"): one distinctive figure of one measure, placed by different
/// outlets in years next to each other, is one event's figure, and its topic names both years.
/// (The datings themselves meet as one claim through the figure their sentences share.)
fn join_misdated(statements: &mut [Statement]) {
    let year = |s: &Statement| {
        s.placed
            .as_deref()
            .filter(|p| p.len() == 4)
            .and_then(|p| p.parse::<i32>().ok())
    };
    let mut by_figure: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, s) in statements.iter().enumerate() {
        if year(s).is_some() && s.value.kind != ValueKind::Date && s.distinctive_figure() {
            by_figure
                .entry((s.key.as_str(), s.value.normalized.as_str()))
                .or_default()
                .push(i);
        }
    }
    let mut joins: Vec<(Vec<usize>, String, String)> = Vec::new();
    for members in by_figure.into_values() {
        let years: std::collections::BTreeSet<i32> =
            members.iter().filter_map(|&i| year(&statements[i])).collect();
        let sources: HashSet<usize> = members.iter().map(|&i| statements[i].value.source).collect();
        let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
            continue;
        };
        if years.len() == 2 && last - first == 1 && sources.len() == members.len() {
            joins.push((members, format!("{first}/{last}"), format!("{first} or {last}")));
        }
    }
    for (members, placed, event) in joins {
        for i in members {
            statements[i].placed = Some(placed.clone());
            statements[i].event = Some(event.clone());
        }
    }
}

/// Outlets name an earlier event's year once and then tell its figures without it ("In 1942 a
/// flood drowned 136 Korean miners", "136 Korean workers died"): a figure with no time of its
/// own, outside the lead, for the same measure and the same figure as one placed in one earlier
/// event (and only one), is that event's figure too.
fn adopt_events(statements: &mut [Statement]) {
    let mut placed: HashMap<&str, Vec<(usize, &str)>> = HashMap::new();
    for (i, s) in statements.iter().enumerate() {
        if let Some(when) = &s.placed {
            placed.entry(s.key.as_str()).or_default().push((i, when.as_str()));
        }
    }
    // Per measure: the one earlier event its placed figures are in (none when several), and the
    // statement placing each figure.
    let single: HashMap<&str, HashMap<&str, usize>> = placed
        .iter()
        .filter(|(_, list)| list.iter().map(|(_, w)| *w).collect::<HashSet<_>>().len() == 1)
        .map(|(key, list)| {
            let by_figure = list
                .iter()
                .map(|&(j, _)| (statements[j].value.normalized.as_str(), j))
                .collect();
            (*key, by_figure)
        })
        .collect();
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (i, s) in statements.iter().enumerate() {
        // A lead states the main event; an ordinal counts within its own sentence's event.
        let lead = s.headline || s.value.sentence < LEAD;
        if s.placed.is_some() || lead || matches!(s.value.kind, ValueKind::Date | ValueKind::Ordinal) {
            continue;
        }
        if let Some(&j) = single
            .get(s.key.as_str())
            .and_then(|by_figure| by_figure.get(s.value.normalized.as_str()))
        {
            moves.push((i, j));
        }
    }
    for (i, j) in moves {
        statements[i].placed = statements[j].placed.clone();
        statements[i].event = statements[j].event.clone();
    }
}

fn text_of_source(briefing: &Briefing, source: usize) -> &str {
    briefing.sources.get(source).map_or("", |x| x.text.as_str())
}

/// Whether a date at `date` places the figure at `figure` in its time: it opens the sentence ("In
/// 1999, a flood killed 30,000") or shares the figure's clause ("killed 30,000 in 1999"), not
/// another clause ("Turnout was 67%, up from 61% in 2022" places only the 61%).
fn places(text: &str, sentence: &Range<usize>, date: &Range<usize>, figure: &Range<usize>) -> bool {
    let opening = text
        .get(sentence.start..date.start)
        .is_some_and(|before| before.split_whitespace().count() <= 2);
    let (from, to) = if date.start < figure.start {
        (date.end, figure.start)
    } else {
        (figure.end, date.start)
    };
    let between = text.get(from..to).unwrap_or(",");
    // "since last October", "the third meeting since they met in Gyeongju last October" measure
    // from a date; they do not place the figure there.
    let measured_from = |w: &str| measures_from_date(&w.to_lowercase());
    let reference = text
        .get(sentence.start..date.start)
        .is_some_and(|before| before.split_whitespace().next_back().is_some_and(measured_from))
        || between
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("since"));
    // "in 2008, when his challenge was ended in the 11th round": the clause after ", when" tells
    // what happened at that date.
    let when_clause = date.end <= figure.start && {
        let b = between.trim_start_matches([',', ' ']);
        (b.starts_with("when ") || b.starts_with("where ")) && !b.contains([';', '(', ')', '—', '–'])
    };
    !reference && (opening || when_clause || !between.contains([',', ';', ':', '(', ')', '—', '–']))
}

/// A date on the main day dates the main event when its sentence leads the article, or names the
/// event in the headlines' words, or the date's own event word is one of them.
fn about_main_event(story: &Story, text: &str, s: &Statement) -> bool {
    if s.headline || s.value.sentence < LEAD || story.words.contains(&stem(&s.word)) {
        return true;
    }
    content_stems(text, s.sentence.clone())
        .iter()
        .any(|w| story.words.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the date `date` places the figure `figure` in `s`.
    fn placed(s: &str, date: &str, figure: &str) -> bool {
        let span = |w: &str| {
            let at = s.find(w).expect("in the sentence");
            at..at + w.len()
        };
        places(s, &(0..s.len()), &span(date), &span(figure))
    }

    #[test]
    fn a_date_places_the_figures_of_its_clause() {
        assert!(placed("In 1999, a flood killed 30,000 people.", "1999", "30,000"));
        assert!(placed("A flood killed 30,000 people in 1999.", "1999", "30,000"));
        assert!(placed(
            "They met in 2008, when the bout ended in the 11th round.",
            "2008",
            "11th"
        ));
        assert!(!placed("Turnout was 67%, up from 61% in 2022.", "2022", "67%"));
        assert!(!placed(
            "It was their third meeting since they met last October.",
            "last October",
            "third"
        ));
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("escaped"), stem("escape"));
        assert_eq!(stem("quakes"), stem("quake"));
        assert_eq!(stem("robbers"), "robber");
    }
}

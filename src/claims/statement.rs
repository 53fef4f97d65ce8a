//! Statements: each value with what it measures, who it is about, and the sentence it sits in.
//!
//! The first step of the claims stage. A value becomes a statement only when its sentence says what
//! it measures ([`super::measure`]); a source's repeats of one figure are folded into one statement.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::event;
use super::lexicon::canonical_verb;
use super::measure::{AGE_KEY, DISTANCE_KEY, LOOSE, Measure, RECORD_KEY, measure_in};
use super::model::Statement;
use super::tie::{Tie, Ties, tie};
use crate::compact::clamp_u32;
use crate::entities::{Entity, EntityKind};
use crate::ingest::Briefing;
use crate::text::Sentence;
use crate::values::words::{Word, words};
use crate::values::{Amount, Value, ValueKind};

/// Entities whose mentions fall in each source, sorted by start, for span look-ups: (start, end,
/// entity) as `u32`s. There is an entry per mention of the briefing, held through this stage, so
/// they are kept at half the size of the spans the look-ups take ([`MentionIndex::of`]).
struct MentionIndex(Vec<Vec<[u32; 3]>>);

impl MentionIndex {
    fn new(sources: usize, entities: &[Entity]) -> MentionIndex {
        // Each source's list sized exactly first (counted in one pass).
        let mut counts = vec![0usize; sources];
        for m in entities.iter().flat_map(|e| &e.mentions) {
            if let Some(n) = counts.get_mut(m.source()) {
                *n += 1;
            }
        }
        let mut idx: Vec<Vec<[u32; 3]>> = counts.into_iter().map(Vec::with_capacity).collect();
        for (e, entity) in entities.iter().enumerate() {
            for m in &entity.mentions {
                if let Some(list) = idx.get_mut(m.source()) {
                    list.push([clamp_u32(m.span().start), clamp_u32(m.span().end), clamp_u32(e)]);
                }
            }
        }
        for list in &mut idx {
            // By end last, as the entity's own mentions are ordered.
            list.sort_unstable_by_key(|&[start, end, e]| (start, e, end));
        }
        MentionIndex(idx)
    }

    /// The mentions in `source`, as (span, entity), sorted by start, written into `out`.
    fn of(&self, source: usize, out: &mut Vec<(Range<usize>, usize)>) {
        out.clear();
        let list = self.0.get(source).map(Vec::as_slice).unwrap_or_default();
        out.extend(
            list.iter()
                .map(|&[start, end, e]| (start as usize..end as usize, e as usize)),
        );
    }
}

fn entities_in(index: &[(Range<usize>, usize)], span: &Range<usize>) -> Vec<usize> {
    let from = index.partition_point(|(s, _)| s.start < span.start);
    let to = index.partition_point(|(s, _)| s.start < span.end);
    let mut out: Vec<usize> = index[from..to]
        .iter()
        .filter(|(s, _)| s.end <= span.end)
        .map(|(_, e)| *e)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The place a distance is measured from: named within a few words after it, past "of" or
/// "from" ("about 14 miles north-northeast of Healdsburg").
fn distance_from(
    text: &str,
    value: &Range<usize>,
    mentions: &[(Range<usize>, usize)],
    entities: &[Entity],
) -> Option<usize> {
    mentions
        .iter()
        .filter(|(_, e)| entities.get(*e).is_some_and(|x| x.kind == EntityKind::Place))
        .find(|(span, _)| {
            span.start >= value.end
                && text.get(value.end..span.start).is_some_and(|gap| {
                    let words: Vec<&str> = gap.split_whitespace().collect();
                    words.len() <= 4
                        && !gap.contains([',', ';', '.'])
                        && words
                            .last()
                            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "of" | "from"))
                })
        })
        .map(|&(_, e)| e)
}

/// The person a record is of: the first person named before it in its sentence, its subject
/// ("Thompson, the challenger nominated by the board, fell to 36-3"), else the first after it.
fn named_before(
    sentence: &Range<usize>,
    value: &Range<usize>,
    mentions: &[(Range<usize>, usize)],
    entities: &[Entity],
) -> Option<usize> {
    let people = || {
        mentions.iter().filter(|(span, e)| {
            sentence.start <= span.start
                && span.end <= sentence.end
                && entities.get(*e).is_some_and(|x| x.kind == EntityKind::Person)
        })
    };
    people()
        .find(|(span, _)| span.end <= value.start)
        .or_else(|| people().find(|(span, _)| span.start >= value.end))
        .map(|&(_, e)| e)
}

/// The person whose age a value is: named right before it ("Gray, 16,") or right after it
/// ("16-year-old Kimani Gray"); "the 28-year-old" alone is the story's protagonist, the person
/// the briefing names most, as news writes an epithet for the one it is about.
fn aged_person(
    text: &str,
    value: &Range<usize>,
    mentions: &[(Range<usize>, usize)],
    entities: &[Entity],
    protagonist: Option<usize>,
) -> Option<usize> {
    let gap = |a: usize, b: usize| {
        text.get(a..b)
            .is_some_and(|g| g.len() <= 4 && !g.contains(['.', ';']))
    };
    mentions
        .iter()
        .filter(|(_, e)| entities.get(*e).is_some_and(|x| x.kind == EntityKind::Person))
        .find(|(span, _)| {
            (span.end <= value.start && gap(span.end, value.start))
                || (span.start >= value.end && gap(value.end, span.start))
        })
        .map(|&(_, e)| e)
        .or_else(|| {
            // "the 28-year-old to settle", "said the 28-year-old, who …"; not "the 40-year-old
            // American" (a description of someone else) nor "the 23-year-old was charged" (a
            // new person, as often as the protagonist).
            let epithet = text
                .get(..value.start)
                .and_then(|before| before.split_whitespace().next_back())
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && text.get(value.end..).map(str::trim_start).is_some_and(|after| {
                    after.starts_with([',', '.']) || after.starts_with("to ") || after.starts_with("who ")
                });
            protagonist.filter(|_| epithet)
        })
}

/// A sum or a share is a company's or a country's, not its speaker's: "CFO Colette Kress told
/// analysts the company expected revenue of $43 billion" names no owner of the revenue. People
/// named only before the last verb of saying or forecasting ahead of the figure are left out.
fn without_speakers(
    text: &str,
    ws: &[Word],
    value: &Value,
    index: &[(Range<usize>, usize)],
    mut ents: Vec<usize>,
    entities: &[Entity],
) -> Vec<usize> {
    if !matches!(
        value.kind,
        crate::values::ValueKind::Money | crate::values::ValueKind::Percent
    ) {
        return ents;
    }
    let Some(said) = ws
        .iter()
        .rev()
        .filter(|w| w.span.end <= value.span.start)
        .find(|w| {
            let w = w.text(text);
            super::lexicon::is_verb_of_saying(w)
                || super::lexicon::is_verb_of_forecast(w)
                || w.eq_ignore_ascii_case("announced")
        })
    else {
        return ents;
    };
    let end = ws.last().map_or(value.span.end, |w| w.span.end);
    let after: Vec<usize> = entities_in(index, &(said.span.end..end));
    ents.retain(|&e| after.contains(&e) || entities.get(e).is_none_or(|x| x.kind != EntityKind::Person));
    ents
}

/// What a measure is of, when its key leaves that to the names around it: a distance's place, a
/// record's or an age's person.
struct Whose<'a> {
    text: &'a str,
    sentence: &'a Range<usize>,
    mentions: &'a [(Range<usize>, usize)],
    entities: &'a [Entity],
    /// The person the briefing names most: whom an epithet ("the 28-year-old") stands for.
    protagonist: Option<usize>,
}

impl Whose<'_> {
    /// Name `m` by whom or what it is of; false when a record or an age is of no one named ("a
    /// 19-year-old was arrested" is no fact a reader compares).
    fn name(&self, m: &mut Measure, value: &Value) -> bool {
        let entities = self.entities;
        // "20 miles north of Santa Rosa", "four miles from Cobb": a distance is from a place.
        if m.key == DISTANCE_KEY
            && let Some(place) = distance_from(self.text, &value.span, self.mentions, entities)
        {
            m.key = format!("quantity|distance from {place}");
            m.label = format!("distance from {}", entities[place].name);
        }
        if m.key == RECORD_KEY {
            let Some(person) = named_before(self.sentence, &value.span, self.mentions, entities) else {
                return false;
            };
            m.key = format!("{RECORD_KEY}{person}");
            m.label = format!("wins (record) of {}", entities[person].name);
        }
        // An age is a person's: "Gray, 16," or "16-year-old Kimani Gray".
        if m.key == AGE_KEY {
            let Some(person) = aged_person(self.text, &value.span, self.mentions, entities, self.protagonist)
            else {
                return false;
            };
            m.key = format!("{AGE_KEY}{person}");
            m.label = format!("age of {}", entities[person].name);
        }
        true
    }
}

/// Every date value of each (source, sentence), statements or not: "In 1999, a flood killed
/// 30,000" dates the count.
fn dates_by_sentence(values: &[Value]) -> HashMap<(usize, usize), Vec<Value>> {
    let mut dates: HashMap<(usize, usize), Vec<Value>> = HashMap::new();
    for value in values.iter().filter(|v| v.kind == ValueKind::Date) {
        // Most sentences hold one date: a list of one, not the four a first push reserves (a
        // value is 208 bytes, and at 10,000 sources these lists were the claims stage's peak).
        dates
            .entry((value.source, value.sentence))
            .or_insert_with(|| Vec::with_capacity(1))
            .push(value.clone());
    }
    for list in dates.values_mut() {
        list.shrink_to_fit();
    }
    dates
}

/// The person the briefing names most: whom an epithet ("the 28-year-old") stands for.
fn protagonist(entities: &[Entity]) -> Option<usize> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind == EntityKind::Person)
        .max_by_key(|(i, x)| (x.mentions.len(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// What each value is read against, and what the reading of the last one left to reuse.
struct Reading<'a> {
    briefing: &'a Briefing,
    sentences: &'a [Vec<Sentence>],
    entities: &'a [Entity],
    index: &'a MentionIndex,
    /// The person the briefing names most ([`protagonist`]).
    protagonist: Option<usize>,
    /// The current source's mentions: values come source by source.
    mentions: (usize, Vec<(Range<usize>, usize)>),
    /// The current sentence's words: values come sentence by sentence.
    cut: ((usize, usize), Vec<Word>),
    /// Whether the current sentence frames its counts as a running total, read once per sentence.
    running_total: Option<bool>,
}

impl<'a> Reading<'a> {
    fn new(
        briefing: &'a Briefing,
        sentences: &'a [Vec<Sentence>],
        entities: &'a [Entity],
        index: &'a MentionIndex,
        protagonist: Option<usize>,
    ) -> Reading<'a> {
        Reading {
            briefing,
            sentences,
            entities,
            index,
            protagonist,
            mentions: (usize::MAX, Vec::new()),
            cut: ((usize::MAX, 0), Vec::new()),
            running_total: None,
        }
    }

    /// The statements of `values`, in order, and the ties that are not the default one (keyed
    /// as in [`Ties`]: by source and the value's start).
    fn read(mut self, values: Vec<Value>) -> (Vec<Statement>, Vec<TieEntry>) {
        let mut found = Vec::with_capacity(values.len());
        let mut tied = Vec::new();
        for value in values {
            let Some((statement, t)) = self.statement(value) else {
                continue;
            };
            if t != Tie::default() {
                tied.push(((statement.value.source, statement.value.span.start), t));
            }
            found.push(statement);
        }
        (found, tied)
    }

    /// The statement a value makes, with the tie between its figure and who acts; none when its
    /// sentence says not what it measures, or of whom a record or an age is.
    fn statement(&mut self, value: Value) -> Option<(Statement, Tie)> {
        let source = self.briefing.sources.get(value.source)?;
        let sentence = self.sentences.get(value.source)?.get(value.sentence)?;
        let text = source.text.as_str();
        let span = sentence.span.clone();
        if self.cut.0 != (value.source, span.start) {
            self.cut = ((value.source, span.start), words(text, span.clone()));
            self.running_total = None;
        }
        let cut = &self.cut.1;
        let mut m = measure_in(text, span.clone(), cut, &value)?;
        if self.mentions.0 != value.source {
            self.mentions.0 = value.source;
            self.index.of(value.source, &mut self.mentions.1);
        }
        let mentions = self.mentions.1.as_slice();
        if value.kind == ValueKind::Count
            && *self
                .running_total
                .get_or_insert_with(|| super::scope::cumulative(text, cut))
        {
            m.key.push_str("|so far");
            m.label.push_str(" (so far)");
        }
        let whose = Whose {
            text,
            sentence: &span,
            mentions,
            entities: self.entities,
            protagonist: self.protagonist,
        };
        if !whose.name(&mut m, &value) {
            return None;
        }
        let near = entities_in(mentions, &span);
        let ents = without_speakers(text, cut, &value, mentions, near, self.entities);
        let t = tie(text, &span, &value, m.at.as_ref(), mentions, self.entities);
        let statement = Statement {
            value,
            measure: m.label.clone(),
            entities: ents,
            sentence: span,
            key: m.key,
            label: m.label,
            word: m.word,
            headline: sentence.headline,
            event: None,
            placed: None,
        };
        Some((statement, t))
    }
}

/// A tie with its key in [`Ties`].
type TieEntry = ((usize, usize), Tie);

/// Values read as statements in one share of work ([`statements`]): enough that a worker's
/// start and join are small beside the reading, few enough that the cores finish together.
const STATEMENT_SHARE: usize = 512;

/// Shares read at once before they are joined: the statements held twice while joined are this
/// many shares' worth (at 10,000 sources the peak is 182–184 MB; with every share read at once,
/// and each value copied rather than moved, it was 196 MB).
const SHARES_AT_ONCE: usize = 8;

/// Values with a measure become statements; a count repeated by its own source with and without a
/// subgroup ("430,000 residents", "430,000 Korean residents") keeps only the more specific one.
pub fn statements(
    briefing: &Briefing,
    sentences: &[Vec<Sentence>],
    entities: &[Entity],
    values: Vec<Value>,
) -> (Vec<Statement>, Ties) {
    let dates = dates_by_sentence(&values);
    let index = MentionIndex::new(briefing.sources.len(), entities);
    let protagonist = protagonist(entities);
    // Each value is read on its own (a reading only keeps its current source's mentions and
    // sentence's words): a share of them at a time on every core, joined in their order. A few
    // shares at a time, so that the statements held twice while joined are a few shares' worth.
    // At most one statement a value: reserved once rather than grown by doubling (a statement is
    // 400 bytes, and at 10,000 sources the list was a third larger than its statements).
    let mut out = Vec::with_capacity(values.len());
    let mut ties = Ties::new();
    let mut values = values.into_iter();
    loop {
        // Each share's values move to the worker that reads them, and on into its statements.
        let shares: Vec<Vec<Value>> = (0..SHARES_AT_ONCE)
            .map(|_| values.by_ref().take(STATEMENT_SHARE).collect::<Vec<Value>>())
            .filter(|share| !share.is_empty())
            .collect();
        if shares.is_empty() {
            break;
        }
        let parts = crate::par::map_owned(shares, |_, share| {
            Reading::new(briefing, sentences, entities, &index, protagonist).read(share)
        });
        for (found, tied) in parts {
            out.extend(found);
            ties.extend(tied);
        }
    }
    drop(values);
    // The mentions' index is the size of all mentions: it goes before the steps below.
    drop(index);
    keep_one_per_figure(&mut out, briefing);
    drop_vague_beside_figures(&mut out);
    drop_general_beside_specific(&mut out);
    place_in_events(briefing, sentences, &dates, &mut out);
    (out, ties)
}

/// A source that gives a figure speaks by it, not by its vague amount for the same measure
/// ("dozens dead" in the headline, "killing at least 41 people" in the body).
/// Tie each statement to its event (the main one or another the sentence places it in), keep the
/// latest count of a sequence, and key a date no event word names by its verb.
fn place_in_events(
    briefing: &Briefing,
    sentences: &[Vec<Sentence>],
    dates: &HashMap<(usize, usize), Vec<Value>>,
    out: &mut Vec<Statement>,
) {
    let story = event::story(briefing, sentences, out);
    event::assign(briefing, &story, dates, out);
    // After events are assigned: "the 11th round" of an earlier fight is no later count of this one.
    keep_latest_ordinals(out);
    // A date naming no event that is not the main event's is a statement only when a verb beside
    // it says what happened ("built in 1935"); its verb keys it.
    out.retain_mut(|s| {
        if s.key != super::measure::UNNAMED_EVENT {
            return true;
        }
        s.key.push_str(&event::stem(canonical_verb(&s.word)));
        // "Nothing happened today": a relative day off the main event is the time of telling.
        let relative = matches!(s.value.amount, Amount::Date { relative: true, .. });
        !s.word.is_empty() && !relative
    });
}

/// A count repeated by its own source with and without a subgroup ("430,000 residents",
/// "430,000 Korean residents") keeps only the more specific one.
fn drop_general_beside_specific(out: &mut Vec<Statement>) {
    let specific: HashSet<(usize, String, String)> = out
        .iter()
        .filter_map(|s| {
            let key = s.key.replace(LOOSE, "");
            let parts: Vec<&str> = key.split('|').collect();
            (parts.len() == 4 && !parts[2].is_empty()).then(|| {
                let general = format!("{}|{}||{}", parts[0], parts[1], parts[3]);
                (s.value.source, general, s.value.normalized.clone())
            })
        })
        .collect();
    out.retain(|s| {
        let key = s.key.replace(LOOSE, "");
        !specific.contains(&(s.value.source, key, s.value.normalized.clone()))
    });
}

fn drop_vague_beside_figures(statements: &mut Vec<Statement>) {
    let vague = |s: &Statement| s.value.kind == ValueKind::Count && s.value.normalized.contains('/');
    let figured: HashSet<(usize, String)> = statements
        .iter()
        .filter(|s| s.value.kind == ValueKind::Count && !vague(s))
        .map(|s| (s.value.source, s.key.clone()))
        .collect();
    statements.retain(|s| !vague(s) || !figured.contains(&(s.value.source, s.key.clone())));
}

/// A source that states one figure twice ("Floods kill 41" in the headline, "killed at least 41"
/// in the body) states it once; the hedged form is the careful one and speaks for it, and a body
/// sentence (with its context) before the headline.
fn keep_one_per_figure(statements: &mut Vec<Statement>, briefing: &Briefing) {
    let in_headline = |s: &Statement| {
        briefing
            .sources
            .get(s.value.source)
            .and_then(|src| src.headline.as_ref())
            .is_some_and(|h| h.start <= s.value.span.start && s.value.span.end <= h.end)
    };
    let mut best: HashMap<(usize, String, String), usize> = HashMap::new();
    for (i, s) in statements.iter().enumerate() {
        let key = (s.value.source, s.key.clone(), s.value.normalized.clone());
        let e = best.entry(key).or_insert(i);
        let kept = &statements[*e];
        let (kept_hedged, hedged) = (kept.value.qualifier.is_some(), s.value.qualifier.is_some());
        if (!kept_hedged && hedged) || (kept_hedged == hedged && in_headline(kept) && !in_headline(s)) {
            *e = i;
        }
    }
    let keep: HashSet<usize> = best.into_values().collect();
    let mut i = 0;
    statements.retain(|_| {
        i += 1;
        keep.contains(&(i - 1))
    });
}

/// A source that counts a sequence ("their first meeting … their second … this third meeting")
/// names earlier events with the lower ordinals; its figure for the event it reports is the highest.
fn keep_latest_ordinals(statements: &mut Vec<Statement>) {
    let mut highest: HashMap<(usize, String), f64> = HashMap::new();
    // Parts of one event counted in order ("floored him in the fifth round", "stopped him in the
    // sixth") are moments of it, each a fact: all kept.
    let moment = |s: &Statement| super::measure::is_moment_key(&s.key);
    for s in statements.iter().filter(|s| !moment(s)) {
        if let (crate::values::ValueKind::Ordinal, Amount::Number { value, .. }) =
            (s.value.kind, &s.value.amount)
        {
            let e = highest.entry((s.value.source, s.key.clone())).or_insert(*value);
            *e = e.max(*value);
        }
    }
    statements.retain(|s| match (s.value.kind, &s.value.amount) {
        _ if moment(s) => true,
        (crate::values::ValueKind::Ordinal, Amount::Number { value, .. }) => highest
            .get(&(s.value.source, s.key.clone()))
            .is_none_or(|h| value >= h),
        _ => true,
    });
}

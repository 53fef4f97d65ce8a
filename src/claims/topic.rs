//! Topics: a short label a reader understands at a glance ("people killed — Chosei coal mine"),
//! from the measure most statements give and the name most of them share.

use std::collections::{HashMap, HashSet};

use super::event::MAIN_DATE_KEY;
use super::lexicon::is_verb_like;
use super::measure::UNNAMED_EVENT;
use super::model::Statement;
use super::tie::{Ties, tie_of};
use crate::entities::{Entity, EntityKind};
use crate::values::{Amount, ValueKind};

/// A claim's topic and its entities, most telling first.
pub struct Topic {
    pub text: String,
    pub entities: Vec<usize>,
}

/// The party a share or a sum is tied to in every statement of a claim ("vote (%) — Labour Party"),
/// an organisation before a person; it names the claim better than the sentences' commonest name.
fn owner(entities: &[Entity], ties: &Ties, statements: &[Statement]) -> Option<String> {
    let figure = statements.iter().all(|s| {
        matches!(
            s.value.kind,
            crate::values::ValueKind::Percent | crate::values::ValueKind::Money
        )
    });
    if !figure {
        return None;
    }
    let mut common: Option<Vec<usize>> = None;
    for s in statements {
        let actors = &tie_of(ties, s)?.actors;
        common = Some(match common {
            None => actors.clone(),
            Some(c) => c.into_iter().filter(|a| actors.contains(a)).collect(),
        });
    }
    common?
        .into_iter()
        .filter_map(|e| entities.get(e))
        .min_by_key(|x| {
            (
                x.kind != EntityKind::Organisation,
                std::cmp::Reverse(x.mentions.len()),
            )
        })
        .map(|x| x.name.clone())
}

/// How widely each entity is named across the briefing's statements: a name in a large share of them
/// (the host country of every story) tells one claim from another no better than no name at all.
pub struct Breadth {
    /// Per entity: (statements naming it, distinct measures among them).
    named_in: HashMap<usize, (usize, usize)>,
    statements: usize,
    measures: usize,
}

impl Breadth {
    pub fn of(statements: &[Statement]) -> Breadth {
        let mut keys: HashMap<usize, (usize, HashSet<&str>)> = HashMap::new();
        for s in statements {
            for &e in &s.entities {
                let entry = keys.entry(e).or_default();
                entry.0 += 1;
                entry.1.insert(s.key.as_str());
            }
        }
        let measures = statements
            .iter()
            .map(|s| s.key.as_str())
            .collect::<HashSet<_>>()
            .len();
        Breadth {
            named_in: keys.into_iter().map(|(e, (n, k))| (e, (n, k.len()))).collect(),
            statements: statements.len(),
            measures,
        }
    }

    /// Named with more than a quarter of the statements and a quarter of the measures (a few at
    /// least): the story's setting, not what tells one claim from another.
    fn everywhere(&self, e: usize) -> bool {
        let (n, k) = self.named_in.get(&e).copied().unwrap_or((0, 0));
        k > 3 && 4 * k > self.measures && 4 * n > self.statements
    }
}

/// The more specific kinds of name label a topic better: an organisation or a facility over a
/// place (often a country), a place over a person (the actors of a story recur in most claims).
fn label_rank(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Organisation => 0,
        EntityKind::Other => 1,
        EntityKind::Place => 2,
        EntityKind::Person => 3,
    }
}

/// The topic of a claim whose statements are `statements` (sorted by source and position).
pub fn topic(entities: &[Entity], breadth: &Breadth, ties: &Ties, statements: &[Statement]) -> Topic {
    // Entities by how many statements name them; the rarer in the briefing, the more telling.
    let mut count: HashMap<usize, usize> = HashMap::new();
    for s in statements {
        for &e in &s.entities {
            *count.entry(e).or_default() += 1;
        }
    }
    let mentions = |e: usize| entities.get(e).map_or(usize::MAX, |x| x.mentions.len());
    let mut ents: Vec<usize> = count.keys().copied().collect();
    ents.sort_by_key(|&e| (std::cmp::Reverse(count[&e]), mentions(e), e));
    // A topic names a place or organisation only when most of its statements name it: one
    // sentence's incidental names ("during the Pacific War") would mislabel the claim.
    let n = statements.len();
    let topic_entity = ents
        .iter()
        .copied()
        .filter(|&e| n >= 2 && count[&e] >= 2 && 2 * count[&e] > n && !breadth.everywhere(e))
        .filter_map(|e| entities.get(e).map(|x| (e, x)))
        .min_by_key(|&(e, x)| {
            (
                std::cmp::Reverse(count[&e]),
                label_rank(x.kind),
                x.mentions.len(),
                e,
            )
        })
        .map(|(_, x)| x);
    let mut topic = if statements.iter().all(|s| s.key == MAIN_DATE_KEY) {
        main_date_label(statements)
    } else {
        topic_label(statements)
    };
    // "distance from Santa Rosa" already names its place.
    if let Some(e) = topic_entity.filter(|e| !topic.contains(e.name.as_str())) {
        topic = format!("{topic} — {}", e.name);
    }
    if let Some(name) = owner(entities, ties, statements) {
        topic = match topic.split_once(" — ") {
            Some((measure, _)) => format!("{measure} — {name}"),
            None => format!("{topic} — {name}"),
        };
    }
    // Another event's figure says which event: "people killed — in 1999".
    if let Some(when) = statements.first().and_then(|s| s.event.as_ref())
        && statements
            .iter()
            .all(|s| s.event.is_some() && s.value.kind != ValueKind::Date)
        && !topic.contains(when.as_str())
    {
        // "in 1999"; a day placed by its name comes with its own "on" ("on Wednesday").
        let preposition = if when.starts_with("on ") { "" } else { "in " };
        topic = format!("{topic} — {preposition}{when}");
    }
    let wrong_weekday = statements.iter().any(|s| {
        matches!(
            s.value.amount,
            Amount::Date {
                weekday_ok: Some(false),
                ..
            }
        )
    });
    if wrong_weekday {
        topic.push_str(" (a stated weekday does not fall on its date)");
    }
    Topic {
        text: topic,
        entities: ents,
    }
}

/// The label most statements give; for dates, named by the event word most of them use
/// ("summit date").
fn topic_label(statements: &[Statement]) -> String {
    let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
    for s in statements {
        let label = match s.value.kind {
            crate::values::ValueKind::Date => date_label(s),
            _ => s.label.clone(),
        };
        let rank = match s.value.kind {
            crate::values::ValueKind::Date => super::lexicon::event_word_rank(&s.word),
            _ => usize::MAX,
        };
        // A noun names an event better than a verb's family does ("summit" over "hosted").
        let weight = usize::from(!(s.value.kind == crate::values::ValueKind::Date && is_verb_like(&s.word)));
        let e = votes.entry(label).or_insert((0, rank));
        e.0 += weight;
        e.1 = e.1.min(rank);
    }
    let mut best: Vec<(String, (usize, usize))> = votes.into_iter().collect();
    best.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.1.1.cmp(&b.1.1)).then(a.0.cmp(&b.0)));
    best.into_iter().next().map(|b| b.0).unwrap_or_default()
}

/// "summit date" when the event word is a noun; the family's name otherwise ("hosted" → "meeting").
fn date_label(s: &Statement) -> String {
    let w = s.word.as_str();
    // A date no known event word names: "date built", as its verb says.
    if s.key.starts_with(UNNAMED_EVENT) {
        // "date (will defend)": a coming event by its verb.
        if w.starts_with("will ") {
            return format!("date ({w})");
        }
        return format!("date {w}").trim_end().to_string();
    }
    if is_verb_like(w) {
        let family = s.key.split('|').nth(1).unwrap_or("event");
        let noun = if family == "office" {
            "taking office"
        } else {
            family
        };
        format!("{noun} date")
    } else {
        format!("{w} date")
    }
}

/// "date of the summit": the event noun most of the main event's datings use; else the label of
/// the event family most of them name ("verdict date"); else "date of the main event".
fn main_date_label(statements: &[Statement]) -> String {
    let mut nouns: HashMap<&str, usize> = HashMap::new();
    let mut labels: HashMap<&str, usize> = HashMap::new();
    for s in statements {
        if !s.word.is_empty() && !is_verb_like(&s.word) {
            *nouns.entry(s.word.as_str()).or_default() += 1;
        }
        if s.label != "date" {
            *labels.entry(s.label.as_str()).or_default() += 1;
        }
    }
    let most = |m: HashMap<&str, usize>| {
        m.into_iter()
            .max_by_key(|&(w, n)| (n, std::cmp::Reverse(w)))
            .map(|(w, _)| w.to_string())
    };
    most(nouns)
        .map(|n| format!("date of the {n}"))
        .or_else(|| most(labels))
        .unwrap_or_else(|| "date of the main event".to_string())
}

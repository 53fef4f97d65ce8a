//! Statements from values, the alignment index, and claims with verdicts and topics.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::compare::all_compatible;
use super::measure::{LOOSE, measure_in};
use super::tie::{Tie, tie};
use super::{Claim, Statement, Verdict};
use crate::entities::{Entity, EntityKind};
use crate::ingest::Briefing;
use crate::text::Sentence;
use crate::values::words::{Word, words};
use crate::values::{Amount, Value};

/// Entities whose mentions fall in each source, sorted by start, for span look-ups.
fn mention_index(sources: usize, entities: &[Entity]) -> Vec<Vec<(Range<usize>, usize)>> {
    let mut idx = vec![Vec::new(); sources];
    for (e, entity) in entities.iter().enumerate() {
        for m in &entity.mentions {
            if let Some(list) = idx.get_mut(m.source) {
                list.push((m.span.clone(), e));
            }
        }
    }
    for list in &mut idx {
        list.sort_by_key(|(span, e)| (span.start, *e));
    }
    idx
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
            matches!(
                w.text(text).to_lowercase().as_str(),
                "said"
                    | "says"
                    | "told"
                    | "forecast"
                    | "forecasts"
                    | "predicted"
                    | "predicts"
                    | "projected"
                    | "estimated"
                    | "announced"
            )
        })
    else {
        return ents;
    };
    let end = ws.last().map_or(value.span.end, |w| w.span.end);
    let after: Vec<usize> = entities_in(index, &(said.span.end..end));
    ents.retain(|&e| after.contains(&e) || entities.get(e).is_none_or(|x| x.kind != EntityKind::Person));
    ents
}

/// The actor and object of each statement, by (source, value start).
pub type Ties = HashMap<(usize, usize), Tie>;

pub(super) fn tie_of<'a>(ties: &'a Ties, s: &Statement) -> Option<&'a Tie> {
    ties.get(&(s.value.source, s.value.span.start))
}

/// Values with a measure become statements; a count repeated by its own source with and without a
/// subgroup ("430,000 residents", "430,000 Korean residents") keeps only the more specific one.
pub fn statements(
    briefing: &Briefing,
    sentences: &[Vec<Sentence>],
    entities: &[Entity],
    values: Vec<Value>,
) -> (Vec<Statement>, Ties) {
    let index = mention_index(briefing.sources.len(), entities);
    let mut out = Vec::new();
    let mut ties = Ties::new();
    // The current sentence's words: values come sentence by sentence.
    let mut cut: ((usize, usize), Vec<Word>) = ((usize::MAX, 0), Vec::new());
    for value in values {
        let Some(source) = briefing.sources.get(value.source) else {
            continue;
        };
        let Some(sentence) = sentences.get(value.source).and_then(|s| s.get(value.sentence)) else {
            continue;
        };
        let span = sentence.span.clone();
        if cut.0 != (value.source, span.start) {
            cut = ((value.source, span.start), words(&source.text, span.clone()));
        }
        let Some(m) = measure_in(&source.text, span.clone(), &cut.1, &value) else {
            continue;
        };
        let mentions = index.get(value.source).map(Vec::as_slice).unwrap_or_default();
        let ents = without_speakers(
            &source.text,
            &cut.1,
            &value,
            mentions,
            entities_in(mentions, &span),
            entities,
        );
        let t = tie(&source.text, &span, &value, m.at.as_ref(), mentions, entities);
        if t != Tie::default() {
            ties.insert((value.source, value.span.start), t);
        }
        out.push(Statement {
            value,
            measure: m.label.clone(),
            entities: ents,
            sentence: span,
            key: m.key,
            label: m.label,
            word: m.word,
        });
    }
    keep_latest_ordinals(&mut out);
    keep_one_per_figure(&mut out, briefing);
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
    (out, ties)
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

/// Both statements name people and none in common: figures about different people ("Rivera won
/// 52%", "Lopez took 45%") are not one figure misreported.
pub(super) fn different_people(a: &[usize], b: &[usize], entities: &[Entity]) -> bool {
    let people = |s: &[usize]| -> Vec<usize> {
        s.iter()
            .copied()
            .filter(|&e| entities.get(e).is_some_and(|x| x.kind == EntityKind::Person))
            .collect()
    };
    let (pa, pb) = (people(a), people(b));
    !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|e| pb.contains(e))
}

/// A source that counts a sequence ("their first meeting … their second … this third meeting")
/// names earlier events with the lower ordinals; its figure for the event it reports is the highest.
fn keep_latest_ordinals(statements: &mut Vec<Statement>) {
    let mut highest: HashMap<(usize, String), f64> = HashMap::new();
    for s in statements.iter() {
        if let (crate::values::ValueKind::Ordinal, Amount::Number { value, .. }) =
            (s.value.kind, &s.value.amount)
        {
            let e = highest.entry((s.value.source, s.key.clone())).or_insert(*value);
            *e = e.max(*value);
        }
    }
    statements.retain(|s| match (s.value.kind, &s.value.amount) {
        (crate::values::ValueKind::Ordinal, Amount::Number { value, .. }) => highest
            .get(&(s.value.source, s.key.clone()))
            .is_none_or(|h| value >= h),
        _ => true,
    });
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

/// Build the claims of a briefing from its statements.
pub fn claims(entities: &[Entity], statements: Vec<Statement>, ties: &Ties) -> Vec<Claim> {
    let breadth = Breadth::of(&statements);
    let mut keys: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<Statement>> = HashMap::new();
    for s in statements {
        if !groups.contains_key(&s.key) {
            keys.push(s.key.clone());
        }
        groups.entry(s.key.clone()).or_default().push(s);
    }
    let mut out: Vec<Claim> = Vec::new();
    for key in keys {
        let Some(group) = groups.remove(&key) else {
            continue;
        };
        for picked in super::peel::peel(group, entities, ties) {
            let owner = owner(entities, ties, &picked);
            let mut c = claim(entities, &breadth, picked);
            if let Some(name) = owner {
                c.topic = match c.topic.split_once(" — ") {
                    Some((measure, _)) => format!("{measure} — {name}"),
                    None => format!("{} — {name}", c.topic),
                };
            }
            out.push(c);
        }
    }
    out.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.statements.len().cmp(&a.statements.len()))
            .then(first_position(a).cmp(&first_position(b)))
    });
    for (i, c) in out.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
    }
    out
}

fn first_position(c: &Claim) -> (usize, usize) {
    c.statements
        .iter()
        .map(|s| (s.value.source, s.value.span.start))
        .min()
        .unwrap_or((usize::MAX, usize::MAX))
}

/// How widely each entity is named across the briefing's statements: a name in a large share of them
/// (the host country of every story) tells one claim from another no better than no name at all.
struct Breadth {
    /// Per entity: (statements naming it, distinct measures among them).
    named_in: HashMap<usize, (usize, usize)>,
    statements: usize,
    measures: usize,
}

impl Breadth {
    fn of(statements: &[Statement]) -> Breadth {
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

fn claim(entities: &[Entity], breadth: &Breadth, mut statements: Vec<Statement>) -> Claim {
    statements.sort_by_key(|s| (s.value.source, s.value.span.start));
    let verdict = if statements.len() < 2 {
        Verdict::Single
    } else if all_compatible(statements.iter().map(|s| &s.value)) {
        Verdict::Agree
    } else {
        Verdict::Disagree
    };
    // Entities by how many statements name them; the rarer in the briefing, the more telling.
    let mut count: HashMap<usize, usize> = HashMap::new();
    for s in &statements {
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
    let kind = statements
        .first()
        .map_or(crate::values::ValueKind::Count, |s| s.value.kind);
    let mut topic = topic_label(&statements);
    if let Some(e) = topic_entity {
        topic = format!("{topic} — {}", e.name);
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
    Claim {
        id: String::new(),
        topic,
        kind,
        verdict,
        entities: ents,
        statements,
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

pub(super) fn is_verb_like(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "host"
                | "hosts"
                | "hosting"
                | "meet"
                | "meets"
                | "met"
                | "visiting"
                | "arriving"
                | "office"
                | "sworn"
                | "flew"
                | "left"
                | "struck"
        )
}

/// "summit date" when the event word is a noun; the family's name otherwise ("hosted" → "meeting").
fn date_label(s: &Statement) -> String {
    let w = s.word.as_str();
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

#[cfg(test)]
#[path = "align_tests.rs"]
mod tests;

//! Statements from values, the alignment index, and claims with verdicts and topics.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::compare::{all_compatible, could_be_same, interval};
use super::measure::{LOOSE, measure_of};
use super::{Claim, Statement, Verdict};
use crate::entities::{Entity, EntityKind};
use crate::ingest::Briefing;
use crate::text::Sentence;
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

/// Values with a measure become statements; a count repeated by its own source with and without a
/// subgroup ("430,000 residents", "430,000 Korean residents") keeps only the more specific one.
pub fn statements(
    briefing: &Briefing,
    sentences: &[Vec<Sentence>],
    entities: &[Entity],
    values: Vec<Value>,
) -> Vec<Statement> {
    let index = mention_index(briefing.sources.len(), entities);
    let mut out = Vec::new();
    for value in values {
        let Some(source) = briefing.sources.get(value.source) else {
            continue;
        };
        let Some(sentence) = sentences.get(value.source).and_then(|s| s.get(value.sentence)) else {
            continue;
        };
        let span = sentence.span.clone();
        let Some(m) = measure_of(&source.text, span.clone(), &value) else {
            continue;
        };
        let ents = index
            .get(value.source)
            .map(|i| entities_in(i, &span))
            .unwrap_or_default();
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
    keep_one_per_figure(&mut out);
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
    out
}

/// A source that states one figure twice ("Floods kill 41" in the headline, "killed at least 41"
/// in the body) states it once; the hedged form is the careful one and speaks for it.
fn keep_one_per_figure(statements: &mut Vec<Statement>) {
    let mut best: HashMap<(usize, String, String), usize> = HashMap::new();
    for (i, s) in statements.iter().enumerate() {
        let key = (s.value.source, s.key.clone(), s.value.normalized.clone());
        let e = best.entry(key).or_insert(i);
        if statements[*e].value.qualifier.is_none() && s.value.qualifier.is_some() {
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
fn different_people(a: &[usize], b: &[usize], entities: &[Entity]) -> bool {
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

/// Split one key's statements into claims. The value given by most sources anchors a claim; each
/// other source joins with its statement closest to it — its most precise one first, so a source's
/// "Jan. 11" speaks for it rather than its vaguer "2026" — if that statement could be a figure for
/// the same thing. One statement per source per claim: a source repeating itself is not agreement,
/// and a source's several figures (first, second and third meeting) never contradict each other.
pub fn peel(group: Vec<Statement>, entities: &[Entity]) -> Vec<Vec<Statement>> {
    let remaining_key = group.first().map(|s| s.key.clone()).unwrap_or_default();
    let mut remaining: Vec<Option<Statement>> = group.into_iter().map(Some).collect();
    let mut by_source: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for (i, s) in remaining.iter().enumerate() {
        let src = s.as_ref().map_or(0, |s| s.value.source);
        let at = *slot.entry(src).or_insert_with(|| {
            by_source.push((src, Vec::new()));
            by_source.len() - 1
        });
        by_source[at].1.push(i);
    }
    let mut claims = Vec::new();
    while let Some(anchor) = anchor(&remaining) {
        let anchor_stmt = remaining[anchor]
            .as_ref()
            .expect("the anchor was picked among remaining statements");
        let anchor_value = anchor_stmt.value.clone();
        let anchor_word = anchor_stmt.word.clone();
        let anchor_entities = anchor_stmt.entities.clone();
        let anchor_width = interval(&anchor_value).width();
        let loose = remaining_key.contains(LOOSE);
        let mut picked = Vec::new();
        for (src, list) in &by_source {
            let choice = if *src == anchor_value.source {
                Some(anchor)
            } else {
                list.iter()
                    .copied()
                    .filter_map(|i| remaining[i].as_ref().map(|s| (i, s)))
                    .filter(|(_, s)| {
                        if all_compatible([&s.value, &anchor_value]) {
                            return true;
                        }
                        if loose
                            || !could_be_same(&s.value, &anchor_value)
                            || different_people(&s.entities, &anchor_entities, entities)
                        {
                            return false;
                        }
                        // Two dates days apart are one event misdated only when something ties
                        // them: the same event word or a shared name ("in Nara"); otherwise they
                        // are likely two events (a strike on Monday, another on Tuesday).
                        s.value.kind != crate::values::ValueKind::Date
                            || (s.word == anchor_word && !is_verb_like(&s.word))
                            || s.entities.iter().any(|e| anchor_entities.contains(e))
                    })
                    .min_by(|(i, a), (j, b)| {
                        let rank = |s: &Statement| {
                            let iv = interval(&s.value);
                            let coarser = iv.width() > anchor_width + 1e-9;
                            let fits = all_compatible([&s.value, &anchor_value]);
                            (coarser, !fits, iv.gap(&interval(&anchor_value)))
                        };
                        let (ra, rb) = (rank(a), rank(b));
                        (ra.0, ra.1)
                            .cmp(&(rb.0, rb.1))
                            .then(ra.2.total_cmp(&rb.2))
                            .then(i.cmp(j))
                    })
                    .map(|(i, _)| i)
            };
            let Some(c) = choice else { continue };
            let chosen = remaining[c]
                .take()
                .expect("a choice is always a remaining statement");
            // The same figure again from the same source is a repeat, not a new statement.
            for &i in list {
                if remaining[i].as_ref().is_some_and(|s| {
                    s.value.normalized == chosen.value.normalized
                        && s.value.qualifier == chosen.value.qualifier
                }) {
                    remaining[i] = None;
                }
            }
            picked.push(chosen);
        }
        claims.push(picked);
    }
    claims
}

/// The remaining value stated by most sources; ties go to the narrower value, then the earliest.
fn anchor(remaining: &[Option<Statement>]) -> Option<usize> {
    // (normalized, qualifier) → (sources that state it, first statement stating it)
    type Support = (HashSet<usize>, usize);
    let mut support: HashMap<(&str, Option<&str>), Support> = HashMap::new();
    for (i, s) in remaining.iter().enumerate() {
        let Some(s) = s else { continue };
        let key = (s.value.normalized.as_str(), s.value.qualifier.map(|q| q.as_str()));
        let entry = support.entry(key).or_insert_with(|| (HashSet::new(), i));
        entry.0.insert(s.value.source);
    }
    support
        .values()
        .max_by(|(sa, ia), (sb, ib)| {
            let width = |i: &usize| remaining[*i].as_ref().map_or(0.0, |s| interval(&s.value).width());
            sa.len()
                .cmp(&sb.len())
                .then(width(ib).total_cmp(&width(ia)))
                .then(ib.cmp(ia))
        })
        .map(|(_, i)| *i)
}

/// Build the claims of a briefing from its statements.
pub fn claims(entities: &[Entity], statements: Vec<Statement>) -> Vec<Claim> {
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
        for picked in peel(group, entities) {
            out.push(claim(entities, picked));
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

fn claim(entities: &[Entity], mut statements: Vec<Statement>) -> Claim {
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
        .filter(|&e| n >= 2 && count[&e] >= 2 && 2 * count[&e] > n)
        .find(|&e| entities.get(e).is_some_and(|x| x.kind != EntityKind::Person))
        .and_then(|e| entities.get(e));
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

fn is_verb_like(w: &str) -> bool {
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

//! Splitting one measure's statements into claims without comparing all pairs.
//!
//! A claim's members all lie near its anchor on the number line (dates within days, counts within
//! a factor of two, ordinals within one), so each anchor only looks at statements whose interval
//! meets a window around it. Statements are kept sorted by their lower end in classes of similar
//! width, so a window is a binary search and a short walk per class; unbounded intervals ("at least
//! 24") are few and always looked at. The anchor — the value most sources still state — comes off a
//! heap whose entries are re-checked when popped. The work is O(n log n) plus the statements that
//! really are near one another, even when one measure has thousands of values.

use std::cmp::Ordering;
use std::collections::{BTreeSet, BinaryHeap, HashMap};

use super::super::lexicon::is_generic_event;
use super::super::lexicon::is_verb_like;
use super::super::measure::{LOOSE, is_moment_key};
use super::super::model::Statement;
use super::super::tie::Tie;
use super::super::tie::{Ties, different_people, tie_of};
use super::super::verdict::{Interval, PERCENT_POINTS, all_compatible, could_be_same, interval, same_figure};
use super::Figures;
use crate::entities::Entity;
use crate::values::{Amount, ValueKind};

type ValueKey = (String, Option<&'static str>);

fn value_key(s: &Statement) -> ValueKey {
    (s.value.normalized.clone(), s.value.qualifier.map(|q| q.as_str()))
}

/// Statements sorted by lower end, in classes by width (powers of two), for window queries.
struct Sweep {
    /// (max width in the class, (lo, index) sorted by lo)
    classes: Vec<(f64, Vec<(f64, usize)>)>,
    /// Unbounded or empty intervals: looked at by every query.
    wide: Vec<usize>,
}

impl Sweep {
    fn new(intervals: &[Interval]) -> Sweep {
        let mut classes: HashMap<i32, (f64, Vec<(f64, usize)>)> = HashMap::new();
        let mut wide = Vec::new();
        for (i, iv) in intervals.iter().enumerate() {
            let w = iv.hi - iv.lo;
            if iv.is_empty() || !w.is_finite() {
                wide.push(i);
                continue;
            }
            // Width classes: [0, 1], (1, 2], (2, 4], …
            let class = if w <= 1.0 { 0 } else { w.log2().ceil() as i32 };
            let e = classes.entry(class).or_insert((0.0, Vec::new()));
            e.0 = e.0.max(w);
            e.1.push((iv.lo, i));
        }
        let mut classes: Vec<(f64, Vec<(f64, usize)>)> = classes.into_values().collect();
        for (_, list) in &mut classes {
            list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        }
        Sweep { classes, wide }
    }

    /// Indices whose interval may meet `[lo, hi]` (a superset; callers test exactly).
    fn near(&self, lo: f64, hi: f64, out: &mut Vec<usize>) {
        out.extend(self.wide.iter().copied());
        for (max_w, list) in &self.classes {
            let from = list.partition_point(|(l, _)| *l < lo - max_w);
            for &(l, i) in &list[from..] {
                if l > hi {
                    break;
                }
                out.push(i);
            }
        }
    }
}

/// The window a statement joining `anchor` must meet: everything `could_be_same` or
/// `all_compatible` may accept lies in it.
fn window(anchor: &Statement, iv: &Interval) -> (f64, f64) {
    // An empty interval (a date with a wrong weekday) places nothing: look everywhere.
    if iv.is_empty() {
        return (f64::NEG_INFINITY, f64::INFINITY);
    }
    match (anchor.value.kind, &anchor.value.amount) {
        (ValueKind::Date, _) => (iv.lo - 3.0, iv.hi + 3.0),
        (ValueKind::Ordinal, _) => (iv.lo - 1.0, iv.hi + 1.0),
        (ValueKind::Percent, Amount::Number { value: x, .. }) if *x > 0.0 => (
            iv.lo.min(x / 2.0) - PERCENT_POINTS,
            iv.hi.max(2.0 * x) + PERCENT_POINTS,
        ),
        (_, Amount::Number { value: x, .. }) if *x > 0.0 => (iv.lo.min(x / 2.0), iv.hi.max(2.0 * x)),
        _ => (f64::NEG_INFINITY, f64::INFINITY),
    }
}

/// Ordered so the heap's top is the best anchor: most sources, then the narrower value, then the
/// earlier statement.
#[derive(PartialEq)]
struct Candidate {
    support: usize,
    width: f64,
    first: usize,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, o: &Self) -> Ordering {
        self.support
            .cmp(&o.support)
            .then(o.width.total_cmp(&self.width))
            .then(o.first.cmp(&self.first))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// What is still unclaimed: per value, its statements, and by source the statements of it each
/// source makes (a source's repeats are found there, not by reading every statement of the value:
/// at 10,000 sources one figure can be thousands of statements).
struct Remaining {
    statements: Vec<Option<Statement>>,
    by_value: HashMap<ValueKey, (BTreeSet<usize>, BySource)>,
}

/// A value's unclaimed statements by the source that makes them.
type BySource = HashMap<usize, Vec<usize>>;

impl Remaining {
    /// All of one key's statements, indexed by value.
    fn new(group: Vec<Statement>) -> Remaining {
        let mut rem = Remaining {
            statements: Vec::with_capacity(group.len()),
            by_value: HashMap::new(),
        };
        for (i, s) in group.into_iter().enumerate() {
            let e = rem.by_value.entry(value_key(&s)).or_default();
            e.0.insert(i);
            e.1.entry(s.value.source).or_default().push(i);
            rem.statements.push(Some(s));
        }
        rem
    }

    /// Claim statement `i`, and drop the same figure again from the same source: a repeat, not a
    /// new statement.
    fn take_with_repeats(&mut self, i: usize) -> Option<Statement> {
        let s = self.take(i)?;
        let repeats: Vec<usize> = self
            .by_value
            .get(&value_key(&s))
            .and_then(|(_, sources)| sources.get(&s.value.source))
            .cloned()
            .unwrap_or_default();
        for r in repeats {
            self.take(r);
        }
        Some(s)
    }

    fn take(&mut self, i: usize) -> Option<Statement> {
        let s = self.statements.get_mut(i)?.take()?;
        if let Some((idx, sources)) = self.by_value.get_mut(&value_key(&s)) {
            idx.remove(&i);
            if let Some(left) = sources.get_mut(&s.value.source) {
                left.retain(|&x| x != i);
                if left.is_empty() {
                    sources.remove(&s.value.source);
                }
            }
        }
        Some(s)
    }

    fn candidate(&self, key: &ValueKey, intervals: &[Interval]) -> Option<Candidate> {
        let (idx, sources) = self.by_value.get(key)?;
        let first = *idx.first()?;
        Some(Candidate {
            support: sources.len(),
            width: intervals[first].width(),
            first,
        })
    }
}

/// Split one key's statements into claims. The value given by most sources anchors a claim; each
/// other source joins with its statement closest to it if that statement could be a figure for the
/// same thing. One statement per source per claim: a source repeating itself is not agreement, and
/// a source's several figures (first, second and third meeting) never contradict each other.
pub fn peel(
    group: Vec<Statement>,
    entities: &[Entity],
    ties: &Ties,
    figures: &Figures,
) -> Vec<Vec<Statement>> {
    let intervals: Vec<Interval> = group.iter().map(|s| interval(&s.value)).collect();
    let (group, intervals) = without_vague_retellings(group, intervals);
    let loose = group.first().is_some_and(|s| s.key.contains(LOOSE));
    let peeling = Peeling {
        sweep: Sweep::new(&intervals),
        intervals,
        loose,
        context: (entities, ties, figures),
    };
    let mut rem = Remaining::new(group);
    let mut heap: BinaryHeap<(Candidate, ValueKey)> = rem
        .by_value
        .keys()
        .filter_map(|k| rem.candidate(k, &peeling.intervals).map(|c| (c, k.clone())))
        .collect();
    let mut claims = Vec::new();
    let mut near = Vec::new();
    while let Some((c, key)) = heap.pop() {
        // Entries go stale as statements are claimed: re-check, and queue the current standing.
        match rem.candidate(&key, &peeling.intervals) {
            None => continue,
            Some(now) if now != c => {
                heap.push((now, key));
                continue;
            }
            Some(_) => {}
        }
        let chosen = peeling.members(&rem, c.first, &mut near);
        let picked: Vec<Statement> = chosen
            .into_iter()
            .filter_map(|i| rem.take_with_repeats(i))
            .collect();
        if let Some(now) = rem.candidate(&key, &peeling.intervals) {
            heap.push((now, key));
        }
        claims.push(picked);
    }
    claims
}

/// A source's date vaguer than a year that holds another date it gives for the same measure
/// ("built in the 1930s" beside its "built in 1935") is the same telling at less precision: the
/// precise date speaks for the source, and the vague one is no claim of its own. The statements
/// kept come back with their intervals.
fn without_vague_retellings(
    group: Vec<Statement>,
    intervals: Vec<Interval>,
) -> (Vec<Statement>, Vec<Interval>) {
    if group.first().is_none_or(|s| s.value.kind != ValueKind::Date) {
        return (group, intervals);
    }
    let mut precise: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, s) in group.iter().enumerate() {
        if !intervals[i].vaguer_than_a_year() {
            precise.entry(s.value.source).or_default().push(i);
        }
    }
    let retold = |i: usize, s: &Statement| {
        intervals[i].vaguer_than_a_year()
            && precise
                .get(&s.value.source)
                .is_some_and(|own| own.iter().any(|&p| intervals[i].holds(&intervals[p])))
    };
    let keep: Vec<bool> = group.iter().enumerate().map(|(i, s)| !retold(i, s)).collect();
    group
        .into_iter()
        .zip(intervals)
        .zip(keep)
        .filter_map(|(pair, k)| k.then_some(pair))
        .unzip()
}

/// One key's statements as the peeling reads them: their intervals, swept for window queries.
struct Peeling<'a> {
    intervals: Vec<Interval>,
    sweep: Sweep,
    /// A loose measure ("30,000 people"): see [`Peeling::members`].
    loose: bool,
    context: (&'a [Entity], &'a Ties, &'a Figures),
}

impl Peeling<'_> {
    /// The claim anchored at statement `anchor`: it and each other source's best statement near it,
    /// in statement order. `near` is a buffer for the window query.
    fn members(&self, rem: &Remaining, anchor: usize, near: &mut Vec<usize>) -> Vec<usize> {
        let intervals = &self.intervals;
        let anchor_stmt = rem.statements[anchor]
            .as_ref()
            .expect("a current candidate's first statement is unclaimed");
        let anchor_iv = intervals[anchor];
        let anchor_tie = tie_of(self.context.1, anchor_stmt).cloned().unwrap_or_default();
        // A loose measure ("30,000 people") only gathers figures that fit the anchor, unless it is
        // tied to a named party ("the Alliance won 148 seats").
        let tied = self.loose && !anchor_tie.actors.is_empty();
        let (lo, hi) = if self.loose && !tied && !anchor_iv.is_empty() {
            (anchor_iv.lo, anchor_iv.hi)
        } else {
            window(anchor_stmt, &anchor_iv)
        };
        near.clear();
        self.sweep.near(lo, hi, near);
        // Each other source's best statement near the anchor.
        let mut best: HashMap<usize, usize> = HashMap::new();
        for &i in near.iter() {
            let Some(s) = rem.statements[i].as_ref() else {
                continue;
            };
            if s.value.source == anchor_stmt.value.source
                || !joins(s, anchor_stmt, &anchor_tie, self.loose, self.context)
            {
                continue;
            }
            let e = best.entry(s.value.source).or_insert(i);
            let date = anchor_stmt.value.kind == ValueKind::Date;
            if rank(i, intervals, &anchor_iv, date).cmp_to(&rank(*e, intervals, &anchor_iv, date))
                == Ordering::Less
            {
                *e = i;
            }
        }
        let mut chosen: Vec<usize> = best.into_values().collect();
        chosen.push(anchor);
        chosen.sort_unstable();
        chosen
    }
}

/// Whether `s` could be another source's figure for the anchor's thing.
fn joins(
    s: &Statement,
    anchor: &Statement,
    anchor_tie: &Tie,
    loose: bool,
    (entities, ties, figures): (&[Entity], &Ties, &Figures),
) -> bool {
    // Moments of one event ("the fifth round", "the sixth round") are different facts, not one
    // ordinal miscounted.
    if is_moment_key(&s.key) && s.value.normalized != anchor.value.normalized {
        return false;
    }
    // Different people acting, or the event done to a different thing: a different event,
    // whatever the figures.
    if tie_of(ties, s).is_some_and(|t| t.apart(anchor_tie)) {
        return false;
    }
    // A bare noun counted for the same named party ("the Alliance won 148 seats", "the Alliance
    // took 151 seats") is one figure however loose the noun.
    let same_party = tie_of(ties, s).is_some_and(|t| t.actors.iter().any(|a| anchor_tie.actors.contains(a)));
    if all_compatible([&s.value, &anchor.value]) {
        // Otherwise a bare noun ("31 fire trucks", "at least two ladder trucks") meets only the
        // same figure as a reader sees it: a floor far below is another count of another thing.
        return !loose || same_party || same_figure(&s.value, &anchor.value);
    }
    if (loose && !same_party)
        || !could_be_same(&s.value, &anchor.value)
        || different_people(&s.entities, &anchor.entities, entities)
    {
        return false;
    }
    // Two dates days apart are one event misdated only when something ties them: the same event
    // word, a shared name ("in Nara") or a figure both sentences state ("in 2009 approved a $3
    // million bond"); otherwise they are likely two events (a strike on Monday, another on
    // Tuesday).
    s.value.kind != ValueKind::Date
        || same_event_noun(&s.word, &anchor.word)
        || s.entities.iter().any(|e| anchor.entities.contains(e))
        || share_a_figure(s, anchor, figures)
}

/// Whether the sentences of `a` and `b` state the same distinctive figure of one measure.
fn share_a_figure(a: &Statement, b: &Statement, figures: &Figures) -> bool {
    let of = |s: &Statement| figures.get(&(s.value.source, s.sentence.start));
    match (of(a), of(b)) {
        (Some(x), Some(y)) => x.iter().any(|f| y.contains(f)),
        _ => false,
    }
}

/// The same event noun, or a generic one ("the disaster") for a specific one ("the earthquake").
fn same_event_noun(a: &str, b: &str) -> bool {
    !is_verb_like(a) && !is_verb_like(b) && (a == b || is_generic_event(a) || is_generic_event(b))
}

/// A source's most precise statement first, so its "Jan. 11" speaks for it rather than its vaguer
/// "2026"; then one that fits the anchor; then the closest; then the earliest.
struct Rank {
    /// For a date, a coarser statement ranks after a precise misfit ("Jan. 11" speaks rather than
    /// "2026"); for a number, a fit ranks first ("41%" fits "41.2%" better than "29.8%" does),
    /// then the closest.
    date: bool,
    coarser: bool,
    misfit: bool,
    gap: f64,
    index: usize,
}

impl Rank {
    fn cmp_to(&self, o: &Rank) -> Ordering {
        if self.date {
            return (self.coarser, self.misfit)
                .cmp(&(o.coarser, o.misfit))
                .then(self.gap.total_cmp(&o.gap))
                .then(self.index.cmp(&o.index));
        }
        // A number: a fit, then the closest ("about 130" speaks for a source rather than its
        // "200" of another night), then the more precise.
        self.misfit
            .cmp(&o.misfit)
            .then(self.gap.total_cmp(&o.gap))
            .then(self.coarser.cmp(&o.coarser))
            .then(self.index.cmp(&o.index))
    }
}

fn rank(i: usize, intervals: &[Interval], anchor_iv: &Interval, date: bool) -> Rank {
    let iv = intervals[i];
    Rank {
        date,
        coarser: iv.width() > anchor_iv.width() + 1e-9,
        misfit: iv.intersect(anchor_iv).is_empty(),
        gap: iv.gap(anchor_iv),
        index: i,
    }
}

//! Grouping: statements that measure the same thing meet through their key (linear in the input);
//! within a key, [`peel`] splits them into claims, one statement per source each; one fact told
//! in different words by several outlets is merged into one.

use std::collections::HashMap;

use super::model::Statement;
use super::tie::Ties;
use crate::entities::Entity;

mod peel;

/// Group a briefing's statements: one group per claim, one statement per outlet in each.
pub fn group(entities: &[Entity], mut statements: Vec<Statement>, ties: &Ties) -> Vec<Vec<Statement>> {
    name_bare_measurements(&mut statements);
    let figures = figures_by_sentence(&statements);
    let mut peeled: Vec<Vec<Statement>> = Vec::new();
    for group in by_key(statements) {
        if one_figure_per_source(&group) {
            peeled.push(group);
        } else {
            peeled.extend(peel::peel(group, entities, ties, &figures));
        }
    }
    merge_same_figures(peeled)
}

/// The statements grouped by key: the groups in the order their keys first appear, each in
/// statement order. Sorted in place and cut off from the end, so the statements are never held
/// twice: at 10,000 sources a second copy grown group by group was the peak of the claims stage.
fn by_key(mut statements: Vec<Statement>) -> Vec<Vec<Statement>> {
    let mut rank: HashMap<String, usize> = HashMap::new();
    for s in &statements {
        if !rank.contains_key(&s.key) {
            rank.insert(s.key.clone(), rank.len());
        }
    }
    let rank_of = |s: &Statement| rank.get(&s.key).copied().unwrap_or(usize::MAX);
    // Stable: a group keeps its statements' order.
    statements.sort_by_cached_key(rank_of);
    let mut groups = Vec::with_capacity(rank.len());
    while let Some(last) = statements.last() {
        let r = rank_of(last);
        let start = statements.partition_point(|s| rank_of(s) < r);
        groups.push(statements.split_off(start));
        // Given back as the cut statements move out, though not at every cut: a few reallocations
        // in all, whatever the number of groups.
        if statements.capacity() > 2 * statements.len() {
            statements.shrink_to_fit();
        }
    }
    groups.reverse();
    groups
}

/// The distinctive figures each sentence states, by (source, sentence start): the measure
/// (without the time it is placed in) and the figure. Two datings whose sentences state the same
/// one ("voters in 2009 approved a $3 million bond", "in 2010 approved a $3 million bond") date
/// one event.
pub(super) type Figures = HashMap<(usize, usize), Vec<(String, String)>>;

fn figures_by_sentence(statements: &[Statement]) -> Figures {
    let mut figures = Figures::new();
    for s in statements.iter().filter(|s| s.distinctive_figure()) {
        let measure = match &s.placed {
            Some(when) => s.key.trim_end_matches(&format!("|in {when}")).to_string(),
            None => s.key.clone(),
        };
        figures
            .entry((s.value.source, s.sentence.start))
            .or_default()
            .push((
                measure.replace(super::measure::LOOSE, ""),
                s.value.normalized.clone(),
            ));
    }
    figures
}

/// A bare measurement ("9 acres") is the named one of its dimension when some outlet names it ("an
/// area of 8.7 acres"): one story's acres are mostly one area told with and without its noun.
fn name_bare_measurements(statements: &mut [Statement]) {
    let loose = format!("quantity|{}", super::measure::LOOSE);
    let named: std::collections::HashSet<String> = statements
        .iter()
        .filter(|s| {
            s.value.kind == crate::values::ValueKind::Quantity && !s.key.contains(super::measure::LOOSE)
        })
        .map(|s| s.key.clone())
        .collect();
    for s in statements.iter_mut() {
        if let Some(dimension) = s.key.strip_prefix(loose.as_str()) {
            let key = format!("quantity|{dimension}");
            if named.contains(&key) {
                s.key = key;
            }
        }
    }
}

/// A named measurement (a depth, a magnitude) that each outlet states once is one quantity told by
/// each, however far apart their figures: "a depth of 1.2 miles" and "a depth of 12 miles" are
/// a disagreement a reader must see, not two depths. Bare nouns and dates are left to [`peel`],
/// which keeps figures of different things apart.
fn one_figure_per_source(group: &[Statement]) -> bool {
    let Some(first) = group.first() else {
        return false;
    };
    // Measurements only: counts, sums and shares of one measure are often of different parties
    // ("Rivera won 52%", "Lopez took 45%"), which [`peel`] keeps apart by who acts.
    let named =
        first.value.kind == crate::values::ValueKind::Quantity && !first.key.contains(super::measure::LOOSE);
    let mut seen: HashMap<usize, &str> = HashMap::new();
    let once = group
        .iter()
        .all(|s| match seen.insert(s.value.source, &s.value.normalized) {
            None => true,
            Some(before) => before == s.value.normalized,
        });
    named && once && group.len() > 1
}

/// Outlets tell one fact in different words ("built in 1935", "constructed in 1935"; "Klitschko
/// stopped Thompson in 2008", "their first fight in 2008"), so their statements land under
/// different measures. Groups that each state one figure, from different outlets, are one fact
/// when the figure is distinctive: a date (a year holds its months: "1983" and "November 1983"),
/// or a figure of 10 or more (or with decimals) in sentences that name the same person, place or
/// organisation. Figures of another event stay with that event; the main event's date is left as
/// it is. A date vaguer than a year ("in the mid-1980s", "1939–1945") meets only the same span:
/// it fits too many years to tie two measures by one of them.
fn merge_same_figures(groups: Vec<Vec<Statement>>) -> Vec<Vec<Statement>> {
    type Bucket = (crate::values::ValueKind, String, Option<String>);
    let mut out: Vec<Vec<Statement>> = Vec::with_capacity(groups.len());
    let mut buckets: HashMap<Bucket, Vec<Vec<Statement>>> = HashMap::new();
    let mut order: Vec<Bucket> = Vec::new();
    for g in groups {
        let Some(first) = g.first() else { continue };
        let uniform = g.iter().all(|s| s.value.normalized == first.value.normalized);
        if !uniform || first.key == super::event::MAIN_DATE_KEY {
            out.push(g);
            continue;
        }
        let vague = first.value.kind == crate::values::ValueKind::Date
            && super::verdict::interval(&first.value).vaguer_than_a_year();
        // A year meets the dates within it; a span of years only the same span.
        let figure = match first.value.kind {
            crate::values::ValueKind::Date if !vague => first.value.normalized.chars().take(4).collect(),
            _ => first.value.normalized.clone(),
        };
        let bucket = (first.value.kind, figure, first.placed.clone());
        if !buckets.contains_key(&bucket) {
            order.push(bucket.clone());
        }
        buckets.entry(bucket).or_default().push(g);
    }
    for bucket in order {
        let Some(mut same) = buckets.remove(&bucket) else {
            continue;
        };
        // The best-attested telling gathers the others first: of the figure told most often at
        // its own precision ("1999" before "June 1999"), its largest group. A few facts per
        // figure at most: past them the rest stay as they are, so a figure thousands of outlets
        // state alone costs a few passes, not one per outlet.
        let mut told: HashMap<String, usize> = HashMap::new();
        for g in &same {
            *told.entry(g[0].value.normalized.clone()).or_default() += g.len();
        }
        same.sort_by_key(|g| {
            let told = told.get(&g[0].value.normalized).copied().unwrap_or(0);
            (std::cmp::Reverse(told), std::cmp::Reverse(g.len()))
        });
        for _ in 0..MERGED_PER_FIGURE {
            if same.is_empty() {
                break;
            }
            let mut fact = same.remove(0);
            // Its own figure joins before a figure that only fits it: an outlet's "1999" for
            // the stabbing speaks before its "June 1999" for its return to prison, another
            // event of that year (an outlet joins a fact once).
            let figure = fact[0].value.normalized.clone();
            same.sort_by_key(|g| g[0].value.normalized != figure);
            let mut sources: std::collections::HashSet<usize> = fact.iter().map(|s| s.value.source).collect();
            let mut rest = Vec::new();
            for g in same {
                let disjoint = g.iter().all(|s| !sources.contains(&s.value.source));
                if disjoint && one_fact(&fact[0], &g[0]) {
                    sources.extend(g.iter().map(|s| s.value.source));
                    fact.extend(g);
                } else {
                    rest.push(g);
                }
            }
            out.push(fact);
            same = rest;
        }
        out.extend(same);
    }
    out
}

/// How many facts one figure's groups are merged into, at most (see [`merge_same_figures`]).
const MERGED_PER_FIGURE: usize = 4;

/// Whether two statements of one figure from two outlets are one fact (see
/// [`merge_same_figures`]).
fn one_fact(a: &Statement, b: &Statement) -> bool {
    use crate::values::ValueKind;
    if a.value.kind == ValueKind::Date {
        return super::verdict::all_compatible([&a.value, &b.value]);
    }
    let distinctive = a.distinctive_figure();
    // Two measures the lexicon tells apart ("prison term", "suspended prison term") stay apart;
    // a bare noun or a sum of no named kind may be either.
    let weak = |s: &Statement| s.key.contains(super::measure::LOOSE);
    distinctive && (weak(a) || weak(b)) && a.entities.iter().any(|e| b.entities.contains(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::{Amount, Value, ValueKind};

    fn statement(source: usize, key: &str) -> Statement {
        Statement {
            value: Value {
                kind: ValueKind::Count,
                source,
                span: 0..2,
                sentence: 0,
                normalized: "12".into(),
                qualifier: None,
                amount: Amount::Number {
                    value: 12.0,
                    half_unit: 0.5,
                    rounded: false,
                },
                unit: None,
                counted: None,
            },
            measure: key.into(),
            entities: Vec::new(),
            sentence: 0..10,
            key: key.into(),
            label: key.into(),
            word: key.into(),
            headline: false,
            event: None,
            placed: None,
        }
    }

    #[test]
    fn groups_keep_first_appearance_and_statement_order() {
        let keys = [
            "count|killed",
            "count|injured",
            "count|killed",
            "count|missing",
            "count|injured",
        ];
        let statements: Vec<Statement> = keys.iter().enumerate().map(|(i, k)| statement(i, k)).collect();
        let groups: Vec<Vec<(usize, String)>> = by_key(statements)
            .into_iter()
            .map(|g| g.into_iter().map(|s| (s.value.source, s.key)).collect())
            .collect();
        let want = vec![
            vec![(0, "count|killed".to_string()), (2, "count|killed".to_string())],
            vec![(1, "count|injured".to_string()), (4, "count|injured".to_string())],
            vec![(3, "count|missing".to_string())],
        ];
        assert_eq!(groups, want);
        assert!(by_key(Vec::new()).is_empty());
    }
}

//! Two views of a finished analysis that `report` and the reader both draw: a claim's **timeline**
//! (its statements by their source's publication date, so a toll rising from report to report
//! shows) and the **coverage matrix** (each outlet against the top entities and claims: names it,
//! states the agreed value, states another, or is silent).
//!
//! Computed from [`Analysis`] alone: no terminal, no text layout. A claim's statements are compared
//! with its *reference value* — the value most of its sources state (for an agreeing claim, the
//! value they all allow) — with the claims stage's own interval test ([`all_compatible`]), so "about
//! 40,000" states the agreed "40,000" while "at least 4" does not state the agreed 12.

use chrono::NaiveDate;

use crate::analysis::Analysis;
use crate::claims::{Claim, Verdict, all_compatible, interval};
use crate::values::{Qualifier, Value};

/// How a source's statement stands to the claim's reference value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    /// It states the agreed (or majority) value.
    Agrees,
    /// It states another value, or the claim has no majority value.
    Differs,
}

/// Which way a value moved from the report before it on the time axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// The first dated report.
    First,
    /// The same figure as before (values that can both be true count as the same).
    Same,
    Higher,
    Lower,
    /// The source has no publication date, so it has no place on the axis.
    Undated,
}

impl Change {
    /// An arrow for a table cell or a screen: `↑` higher, `↓` lower, `=` same, `·` first, `?` undated.
    pub fn mark(self) -> &'static str {
        match self {
            Change::First => "·",
            Change::Same => "=",
            Change::Higher => "↑",
            Change::Lower => "↓",
            Change::Undated => "?",
        }
    }

    /// In words, for a legend or a report cell; `date` for a date claim (later, earlier).
    pub fn words(self, date: bool) -> &'static str {
        match (self, date) {
            (Change::Higher, true) => "later",
            (Change::Lower, true) => "earlier",
            _ => self.as_str(),
        }
    }

    /// In words, for a legend or a report cell.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::First => "first report",
            Change::Same => "same",
            Change::Higher => "higher",
            Change::Lower => "lower",
            Change::Undated => "undated: not placed in time",
        }
    }
}

/// One statement on a claim's time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Moment {
    /// Index into the claim's statements.
    pub statement: usize,
    /// Index into the briefing's sources.
    pub source: usize,
    /// The source's publication date; `None` sorts last.
    pub published: Option<NaiveDate>,
    /// Days after the first dated report (`None` when undated).
    pub day: Option<i64>,
    /// The value for a reader (see [`Value::readable`]) and its hedge.
    pub value: String,
    pub qualifier: Option<Qualifier>,
    pub stance: Stance,
    /// From the dated report before it (`First` for the first, `Undated` without a date).
    pub change: Change,
    /// Where the value sits between the claim's lowest and highest figure, 0.0–1.0 (for a bar);
    /// `None` for dates and where every figure is the same.
    pub scale: Option<f64>,
}

/// A claim's statements by publication date, undated last.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Index into the analysis' claims.
    pub claim: usize,
    pub moments: Vec<Moment>,
    /// The reference value as a reader sees it, and how many sources state it; `None` when no
    /// value has a majority (every value differs).
    pub reference: Option<(String, usize)>,
    /// Distinct sources stating the claim.
    pub sources: usize,
}

/// What an outlet's cell in the coverage matrix says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cell {
    /// States the claim's agreed (or majority) value.
    Agrees,
    /// States another value for the claim.
    Differs,
    /// Names the entity, or speaks of what the claim measures without a value.
    Mentioned,
    /// Neither.
    Silent,
}

impl Cell {
    /// Every cell kind, in the legend's order.
    pub const ALL: [Cell; 4] = [Cell::Agrees, Cell::Differs, Cell::Mentioned, Cell::Silent];

    /// The mark drawn in the cell: the verdict marks for agreement and difference, the entity
    /// strip's marks for named and silent.
    pub fn mark(self) -> &'static str {
        match self {
            Cell::Agrees => "✓",
            Cell::Differs => "✗",
            Cell::Mentioned => "▮",
            Cell::Silent => "▯",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Cell::Agrees => "agrees",
            Cell::Differs => "differs",
            Cell::Mentioned => "mentioned",
            Cell::Silent => "silent",
        }
    }

    /// What the mark means, for a legend.
    pub fn meaning(self) -> &'static str {
        match self {
            Cell::Agrees => "states the agreed (or majority) value",
            Cell::Differs => "states another value",
            Cell::Mentioned => "names it, states no value",
            Cell::Silent => "silent",
        }
    }
}

/// A column of the coverage matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Index into the analysis' entities.
    Entity(usize),
    /// Index into the analysis' claims.
    Claim(usize),
}

/// Outlets × the top entities and claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Source indices, by publication date (undated last), ties in briefing order.
    pub rows: Vec<usize>,
    /// The top entities (most sources naming them first), then the top claims (in the claims
    /// list's order, stated by two sources or more).
    pub columns: Vec<Column>,
    /// `cells[r][c]`: row `r`'s source under column `c`.
    pub cells: Vec<Vec<Cell>>,
}

impl Coverage {
    /// The matrix with at most `entities` entity columns and `claims` claim columns.
    pub fn build(analysis: &Analysis, entities: usize, claims: usize) -> Coverage {
        let n = analysis.briefing.sources.len();
        let mut rows: Vec<usize> = (0..n).collect();
        let published = |s: usize| analysis.briefing.sources[s].published;
        rows.sort_by_key(|&s| (published(s).is_none(), published(s), s));

        // Entities by how many sources name them, then by mentions, then by name.
        let named: Vec<Vec<bool>> = analysis
            .entities
            .iter()
            .map(|e| {
                let mut by = vec![false; n];
                for m in &e.mentions {
                    if let Some(b) = by.get_mut(m.source()) {
                        *b = true;
                    }
                }
                by
            })
            .collect();
        let mut top: Vec<usize> = (0..analysis.entities.len()).collect();
        top.sort_by(|&a, &b| {
            let key = |e: usize| {
                (
                    std::cmp::Reverse(named[e].iter().filter(|&&x| x).count()),
                    std::cmp::Reverse(analysis.entities[e].mentions.len()),
                )
            };
            key(a)
                .cmp(&key(b))
                .then_with(|| analysis.entities[a].name.cmp(&analysis.entities[b].name))
        });
        let mut columns: Vec<Column> = top.into_iter().take(entities).map(Column::Entity).collect();
        columns.extend(
            analysis
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| c.verdict != Verdict::Single)
                .take(claims)
                .map(|(i, _)| Column::Claim(i)),
        );

        let claim_cells: Vec<Vec<Cell>> = columns
            .iter()
            .map(|col| match *col {
                Column::Claim(c) => claim_cells(analysis, c),
                Column::Entity(_) => Vec::new(),
            })
            .collect();
        let cells = rows
            .iter()
            .map(|&s| {
                columns
                    .iter()
                    .zip(&claim_cells)
                    .map(|(col, by_source)| match *col {
                        Column::Entity(e) if named[e][s] => Cell::Mentioned,
                        Column::Entity(_) => Cell::Silent,
                        Column::Claim(_) => by_source[s],
                    })
                    .collect()
            })
            .collect();
        Coverage { rows, columns, cells }
    }

    /// A column's heading: the entity's name, or the claim's id and topic.
    pub fn heading(&self, analysis: &Analysis, column: usize) -> String {
        match self.columns.get(column) {
            Some(Column::Entity(e)) => analysis.entities[*e].name.clone(),
            Some(Column::Claim(c)) => {
                let c = &analysis.claims[*c];
                format!("{} {}", c.id, c.topic)
            }
            None => String::new(),
        }
    }

    /// How many sources each column's cells count as naming or stating it.
    pub fn covered(&self, column: usize) -> usize {
        self.cells
            .iter()
            .filter(|r| r.get(column).is_some_and(|&c| c != Cell::Silent))
            .count()
    }
}

/// Each source's cell under a claim, indexed like the briefing.
fn claim_cells(analysis: &Analysis, c: usize) -> Vec<Cell> {
    let claim = &analysis.claims[c];
    let n = analysis.briefing.sources.len();
    let mut cells = vec![Cell::Silent; n];
    let stances = stances(claim);
    for (st, stance) in claim.statements.iter().zip(&stances) {
        let Some(cell) = cells.get_mut(st.value.source) else {
            continue;
        };
        // A source with two values, one of them another value, differs.
        *cell = match (*cell, stance) {
            (Cell::Differs, _) | (_, Stance::Differs) => Cell::Differs,
            _ => Cell::Agrees,
        };
    }
    // The words that named the measure ("killed", "summit"): a source using one without a value
    // speaks of the claim.
    let mut words: Vec<String> = claim
        .statements
        .iter()
        .flat_map(|s| [s.word.to_lowercase(), s.measure.to_lowercase()])
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect();
    words.sort();
    words.dedup();
    for (s, cell) in cells.iter_mut().enumerate() {
        if *cell == Cell::Silent && speaks_of(&analysis.briefing.sources[s].text, &words) {
            *cell = Cell::Mentioned;
        }
    }
    cells
}

/// Whether `text` holds one of `words` (lowercase) as a whole word, any case.
fn speaks_of(text: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let lower = text.to_lowercase();
    words.iter().any(|w| {
        lower.match_indices(w.as_str()).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether `a` states the figure `reference` does: values that can both be true, neither a bound
/// ("at least 4" states a floor, not the figure 12).
fn states(a: &Value, reference: &Value) -> bool {
    let bound = |v: &Value| {
        matches!(
            v.qualifier,
            Some(Qualifier::AtLeast | Qualifier::AtMost | Qualifier::MoreThan | Qualifier::LessThan)
        )
    };
    a.normalized == reference.normalized
        || (a.qualifier == reference.qualifier && all_compatible([a, reference]))
        || (!bound(a) && !bound(reference) && all_compatible([a, reference]))
}

/// The statement whose value is the claim's reference, and how many sources state it: the value
/// most sources state; `None` when two values that differ tie for most.
pub fn reference(claim: &Claim) -> Option<(usize, usize)> {
    let support = |i: usize| {
        let mut sources: Vec<usize> = claim
            .statements
            .iter()
            .filter(|s| states(&s.value, &claim.statements[i].value))
            .map(|s| s.value.source)
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    };
    let supports: Vec<usize> = (0..claim.statements.len()).map(support).collect();
    let best = (0..supports.len()).max_by_key(|&i| (supports[i], std::cmp::Reverse(i)))?;
    if claim.verdict == Verdict::Agree {
        return Some((best, supports[best]));
    }
    let rival = (0..supports.len()).any(|i| {
        supports[i] == supports[best] && !states(&claim.statements[i].value, &claim.statements[best].value)
    });
    (!rival).then_some((best, supports[best]))
}

/// Each statement's stance to the claim's reference value, in statement order. Every statement of
/// an agreeing claim agrees; without a reference every one differs.
pub fn stances(claim: &Claim) -> Vec<Stance> {
    let r = reference(claim);
    claim
        .statements
        .iter()
        .map(|s| match r {
            _ if claim.verdict == Verdict::Agree => Stance::Agrees,
            Some((i, _)) if states(&s.value, &claim.statements[i].value) => Stance::Agrees,
            _ => Stance::Differs,
        })
        .collect()
}

/// A value's place on the number line (days for dates): the middle of what it allows, or its
/// finite end.
fn position(v: &Value) -> Option<f64> {
    let i = interval(v);
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, true) => Some(f64::midpoint(i.lo, i.hi)),
        (true, false) => Some(i.lo),
        (false, true) => Some(i.hi),
        (false, false) => None,
    }
}

/// The timeline of claim `c`; `None` for a claim the analysis does not have.
pub fn timeline(analysis: &Analysis, c: usize) -> Option<Timeline> {
    let claim = analysis.claims.get(c)?;
    let published = |s: usize| analysis.briefing.sources.get(s).and_then(|s| s.published);
    let mut order: Vec<usize> = (0..claim.statements.len()).collect();
    order.sort_by_key(|&i| {
        let s = claim.statements[i].value.source;
        (
            published(s).is_none(),
            published(s),
            s,
            claim.statements[i].value.span.start,
        )
    });
    let stances = stances(claim);
    let first = order
        .iter()
        .find_map(|&i| published(claim.statements[i].value.source));
    // Bars only for figures: dates are already the axis.
    let figures: Vec<f64> = if claim.kind == crate::values::ValueKind::Date {
        Vec::new()
    } else {
        claim
            .statements
            .iter()
            .filter_map(|s| position(&s.value))
            .collect()
    };
    let lo = figures.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = figures.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut before: Option<&Value> = None;
    let moments = order
        .iter()
        .map(|&i| {
            let st = &claim.statements[i];
            let date = published(st.value.source);
            let change = match (date, before) {
                (None, _) => Change::Undated,
                (Some(_), None) => Change::First,
                (Some(_), Some(prev)) => {
                    // "At least 12" then 40 is a rise, though both can be true.
                    if states(prev, &st.value) {
                        Change::Same
                    } else {
                        match (position(prev), position(&st.value)) {
                            (Some(a), Some(b)) if b > a => Change::Higher,
                            (Some(a), Some(b)) if b < a => Change::Lower,
                            _ => Change::Same,
                        }
                    }
                }
            };
            if date.is_some() {
                before = Some(&st.value);
            }
            let scale = position(&st.value)
                .filter(|_| !figures.is_empty() && hi > lo)
                .map(|x| ((x - lo) / (hi - lo)).clamp(0.0, 1.0));
            Moment {
                statement: i,
                source: st.value.source,
                published: date,
                day: date.zip(first).map(|(d, f)| (d - f).num_days()),
                value: st.value.readable(),
                qualifier: st.value.qualifier,
                stance: stances[i],
                change,
                scale,
            }
        })
        .collect();
    let mut sources: Vec<usize> = claim.statements.iter().map(|s| s.value.source).collect();
    sources.sort_unstable();
    sources.dedup();
    Some(Timeline {
        claim: c,
        moments,
        reference: reference(claim).map(|(i, n)| (claim.statements[i].value.readable(), n)),
        sources: sources.len(),
    })
}

/// The claims a report gives a timeline: every disputed claim, else the first three stated by two
/// sources or more.
pub fn timeline_claims(analysis: &Analysis) -> Vec<usize> {
    let disputed: Vec<usize> = (0..analysis.claims.len())
        .filter(|&c| analysis.claims[c].verdict == Verdict::Disagree)
        .collect();
    if !disputed.is_empty() {
        return disputed;
    }
    (0..analysis.claims.len())
        .filter(|&c| analysis.claims[c].verdict != Verdict::Single)
        .take(3)
        .collect()
}

#[cfg(test)]
mod tests;

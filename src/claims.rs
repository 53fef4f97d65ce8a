//! Statements and claims: values lined up across outlets as agree / disagree / single-source.
//!
//! - [`measure`]: what a value measures — a predicate family ("killed" = "died" = "perished"), an
//!   event word for dates ("summit", "visit"), an ordinal's noun ("third meeting"), an economic noun
//!   for money and percentages, a dimension for measurements — reduced to an index key with the
//!   subgroup ("136 *Korean* laborers") so that different things never share a key by number alone.
//! - `align`: statements meet through that key (linear in the input); within a key the value most
//!   sources state anchors a claim, each other source joins with its closest statement when it could
//!   be a figure for the same thing, one statement per source; what is left anchors further claims.
//! - `compare`: every value is an interval (precision, rounding, hedges); a claim agrees when all
//!   its intervals meet.

use std::ops::Range;

use serde::Serialize;

use crate::entities::Entity;
use crate::ingest::Briefing;
use crate::text::Sentence;
use crate::values::{Value, ValueKind};

mod event;
mod group;
pub(crate) mod lexicon;
pub mod measure;
mod rank;
mod scope;
mod statement;
#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;
mod tie;
mod topic;
mod verdict;

pub use measure::{Measure, measure_of};
pub use verdict::{Interval, all_compatible, could_be_same, interval};

/// Whether the sources' values for one claim fit together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Disagree,
    Agree,
    Single,
}

/// Why a claim's statements disagree, for a reader who wonders whether they really do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The figures differ outright: no reading of them fits both.
    Differ,
    /// The figures differ, though their hedges would let both be true ("at least 4" and 12,
    /// "more than 6,000" and "more than 7,000"): an early and a later count, or two counts.
    WithinHedges,
    /// Later reports give higher counts (a toll rising from report to report).
    LaterHigher,
}

impl Reason {
    /// A note for a reader beside "disagree", when the disagreement is not the plain kind.
    pub fn note(self) -> Option<&'static str> {
        (self != Reason::Differ).then(|| self.as_str())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Differ => "differ",
            Reason::WithinHedges => "differ within hedges",
            Reason::LaterHigher => "later reports higher",
        }
    }
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Disagree => "disagree",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }
}

/// A value with what it measures, in one source.
#[derive(Debug, Clone)]
pub struct Statement {
    pub value: Value,
    /// What the value measures (head noun or predicate: "killed", "summit date", "exports").
    pub measure: String,
    /// Indices into the analysis' entity list of the entities around it.
    pub entities: Vec<usize>,
    /// Span of its sentence in the source text.
    pub sentence: Range<usize>,
    /// The alignment key of its measure (kind, family, subgroup), and a label for topics.
    pub key: String,
    pub label: String,
    /// The word that named the measure as written ("perished", "summit").
    pub word: String,
    /// Whether it sits in its source's headline.
    pub headline: bool,
    /// The other event its sentence places it in ("1999", "last year"); `None` for the main event.
    pub event: Option<String>,
    /// That event's time as normalised ("1999", "2023-02"), which keys its figures apart.
    pub placed: Option<String>,
}

impl Statement {
    /// A statement from its contract fields alone (fixtures, other front ends): it aligns with
    /// statements of the same kind and measure.
    pub fn new(value: Value, measure: String, entities: Vec<usize>, sentence: Range<usize>) -> Statement {
        Statement {
            key: format!("{}|{}", value.kind.as_str(), measure),
            label: measure.clone(),
            word: measure.clone(),
            value,
            measure,
            entities,
            sentence,
            headline: false,
            event: None,
            placed: None,
        }
    }
}

/// Statements from different sources about the same thing, with a verdict.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Stable id within one analysis: `c1`, `c2`, …
    pub id: String,
    /// Short topic label ("people killed — Chosei coal mine").
    pub topic: String,
    pub kind: ValueKind,
    pub verdict: Verdict,
    /// Why the statements disagree (`None` unless the verdict is `Disagree`).
    pub reason: Option<Reason>,
    /// Indices into the analysis' entity list.
    pub entities: Vec<usize>,
    pub statements: Vec<Statement>,
}

/// Group values into claims across sources.
///
/// Each value with a measure becomes a statement; statements meet through an index keyed by value
/// kind, measure family and subgroup, so the work is linear in the input. Within one key, the value
/// most sources give anchors a claim and every other source contributes its closest statement (see
/// `peel`); what is left anchors the next claim.
pub fn align(
    briefing: &Briefing,
    sentences: &[Vec<Sentence>],
    entities: &[Entity],
    values: Vec<Value>,
) -> Vec<Claim> {
    let (statements, ties) = statement::statements(briefing, sentences, entities, values);
    let published: Vec<Option<chrono::NaiveDate>> = briefing.sources.iter().map(|s| s.published).collect();
    rank::rank(group::claims(entities, statements, &ties, &published))
}

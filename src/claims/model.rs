//! The claims stage's data: a statement (a value with what it measures, its event and scope) and
//! a claim (statements of several outlets about one quantity, with a verdict). A leaf: every step
//! of the stage uses these types, and this file uses none of the steps.

use std::ops::Range;

use serde::Serialize;

use crate::values::{Value, ValueKind};

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
    /// A figure two outlets are unlikely to state of two different things by chance: a date, a
    /// sum, or a number of 10 or more or with decimals ("3", "two" are everywhere).
    pub fn distinctive_figure(&self) -> bool {
        match self.value.amount {
            crate::values::Amount::Number { value, .. } => {
                self.value.kind == crate::values::ValueKind::Money || value >= 10.0 || value.fract() != 0.0
            }
            crate::values::Amount::Date { .. } => true,
        }
    }

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

//! Statements and claims: values lined up across outlets as agree / disagree / single-source.
//!
//! The stage runs in steps, one module each, each using only the steps before it and the leaf
//! modules (`model` for the types, `lexicon` for word lists, `measure` and `tie` for reading a
//! sentence):
//!
//! ```text
//! values ──statement──▶ Statement { value, measure key, entities, headline }
//!        ──event──────▶ main event or another one ("In 1999 …"), the main event's date as one key
//!        ──scope──────▶ running totals ("over four nights") apart from one day's counts
//!        ──group──────▶ statements of one measure, one per outlet (peel), one fact told in
//!                       different words merged
//!        ──verdict────▶ agree / disagree (and why) / single
//!        ──topic──────▶ a label a reader understands ("date of the summit", "age of X")
//!        ──rank───────▶ the main event's headline facts first, then shared, background, single
//! ```
//!
//! `docs/claims.md` describes each rule with its example.

use crate::entities::Entity;
use crate::ingest::Briefing;
use crate::text::Sentence;
use crate::values::Value;

mod event;
mod group;
pub(crate) mod lexicon;
pub mod measure;
mod model;
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
pub use model::{Claim, Reason, Statement, Verdict};
pub use verdict::{Interval, all_compatible, could_be_same, interval};

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
    let breadth = topic::Breadth::of(&statements);
    let claims = group::group(entities, statements, &ties)
        .into_iter()
        .map(|mut picked| {
            // Listed by publication date (undated last), so a reader sees a figure change from
            // report to report.
            let date = |s: &Statement| published.get(s.value.source).copied().flatten();
            picked.sort_by_key(|s| (date(s).is_none(), date(s), s.value.source, s.value.span.start));
            let dates: Vec<Option<chrono::NaiveDate>> = picked.iter().map(date).collect();
            let (verdict, reason) = verdict::verdict(&picked, &dates);
            let topic = topic::topic(entities, &breadth, &ties, &picked);
            Claim {
                id: String::new(),
                topic: topic.text,
                kind: picked
                    .first()
                    .map_or(crate::values::ValueKind::Count, |s| s.value.kind),
                verdict,
                reason,
                entities: topic.entities,
                statements: picked,
            }
        })
        .collect();
    rank::rank(claims)
}

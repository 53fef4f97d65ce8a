//! Ranking: the order a reader meets the claims in, and their ids (`c1`, `c2`, … in that order).
//!
//! A reader opens a briefing for the main event's facts: those most sources state, and those the
//! headlines carry. They come first, the disputed ones before the settled; then the main event's
//! other shared facts; then other events' shared facts (background); single-source facts last.

use std::collections::HashSet;

use super::model::{Claim, Verdict};

/// How much a claim matters to a reader of this briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// The main event, stated by several sources and in a headline.
    Headline,
    /// The main event, stated by several sources.
    Shared,
    /// Another event's figure stated by several sources.
    Background,
    /// One source only.
    Single,
}

fn tier(c: &Claim) -> Tier {
    let main = c.statements.iter().all(|s| s.event.is_none());
    let headline = c.statements.iter().any(|s| s.headline);
    match (c.verdict, main, headline) {
        (Verdict::Single, _, _) => Tier::Single,
        (_, true, true) => Tier::Headline,
        (_, true, false) => Tier::Shared,
        (_, false, _) => Tier::Background,
    }
}

/// Distinct sources behind a claim.
fn sources(c: &Claim) -> usize {
    c.statements
        .iter()
        .map(|s| s.value.source)
        .collect::<HashSet<_>>()
        .len()
}

/// Order the claims and number them.
pub fn rank(mut claims: Vec<Claim>) -> Vec<Claim> {
    claims.sort_by_cached_key(|c| {
        (
            tier(c),
            c.verdict,
            std::cmp::Reverse(sources(c)),
            first_position(c),
        )
    });
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
    }
    claims
}

fn first_position(c: &Claim) -> (usize, usize) {
    c.statements
        .iter()
        .map(|s| (s.value.source, s.value.span.start))
        .min()
        .unwrap_or((usize::MAX, usize::MAX))
}

//! The lists the panes show, worked out from the state: the sources listed, the entities' rows,
//! the claims' rows and the compared claim's statements.

use super::{App, EntityRow};
use crate::claims::Claim;

impl App {
    /// Sources listed: all, or with an entity selected those naming it, or with a claim selected those
    /// stating it; by date.
    pub fn visible_sources(&self) -> Vec<usize> {
        if let Some(e) = self.entity {
            let Some(st) = self.stats.get(e) else {
                return self.order.clone();
            };
            return self
                .order
                .iter()
                .copied()
                .filter(|&s| st.per_source.get(s).is_some_and(|&n| n > 0))
                .collect();
        }
        if let Some(c) = self.claim.and_then(|c| self.claims().get(c)) {
            return self
                .order
                .iter()
                .copied()
                .filter(|&s| c.statements.iter().any(|st| st.value.source == s))
                .collect();
        }
        self.order.clone()
    }

    /// Rows of the entities list: grouped by kind, most-mentioned first; or, with a filter query, the
    /// matches best first.
    pub fn entity_rows(&self) -> Vec<EntityRow> {
        if !self.filter.query.is_empty() {
            return self
                .filter
                .matches
                .iter()
                .map(|m| EntityRow::Entity(m.entity))
                .collect();
        }
        let mut idx: Vec<usize> = (0..self.entities().len()).collect();
        let ents = self.entities();
        idx.sort_by(|&a, &b| {
            (
                ents[a].kind,
                std::cmp::Reverse(self.stats[a].mentions),
                &ents[a].name,
            )
                .cmp(&(
                    ents[b].kind,
                    std::cmp::Reverse(self.stats[b].mentions),
                    &ents[b].name,
                ))
        });
        let mut rows = Vec::with_capacity(idx.len() + 4);
        for (i, &e) in idx.iter().enumerate() {
            if i == 0 || ents[idx[i - 1]].kind != ents[e].kind {
                let n = idx.iter().filter(|&&x| ents[x].kind == ents[e].kind).count();
                rows.push(EntityRow::Header(ents[e].kind, n));
            }
            rows.push(EntityRow::Entity(e));
        }
        rows
    }

    /// Claims listed: the selected entity's, or all; disagreements first, then by how many sources
    /// state them.
    pub fn claim_rows(&self) -> Vec<usize> {
        let claims = self.claims();
        let mut rows: Vec<usize> = (0..claims.len())
            .filter(|&c| self.entity.is_none_or(|e| claim_involves(&claims[c], e)))
            .collect();
        rows.sort_by_key(|&c| (claims[c].verdict, std::cmp::Reverse(source_count(&claims[c])), c));
        rows
    }

    /// The statements of the compared claim, by publication date of their source (undated last).
    pub fn compare_statements(&self) -> Vec<usize> {
        let Some(c) = self.compare.and_then(|c| self.claims().get(c.claim)) else {
            return Vec::new();
        };
        let rank = |s: usize| self.order.iter().position(|&o| o == s).unwrap_or(usize::MAX);
        let mut idx: Vec<usize> = (0..c.statements.len()).collect();
        idx.sort_by_key(|&i| {
            (
                rank(c.statements[i].value.source),
                c.statements[i].value.span.start,
            )
        });
        idx
    }
}

/// Whether a claim is about an entity (on the claim or any of its statements).
pub fn claim_involves(c: &Claim, e: usize) -> bool {
    c.entities.contains(&e) || c.statements.iter().any(|s| s.entities.contains(&e))
}

/// How many distinct sources state a claim.
pub fn source_count(c: &Claim) -> usize {
    let mut s: Vec<usize> = c.statements.iter().map(|s| s.value.source).collect();
    s.sort_unstable();
    s.dedup();
    s.len()
}

//! Figures computed once when the analysis arrives: per-entity mention counts and claim verdicts,
//! per-source coverage.

use super::{EntityStats, SourceStats};
use crate::analysis::Analysis;
use crate::claims::Verdict;

/// Coverage figures for every source of an analysis.
pub(super) fn source_stats(a: &Analysis, stats: &[EntityStats]) -> Vec<SourceStats> {
    let n = a.briefing.sources.len();
    let mut out = vec![SourceStats::default(); n];
    for st in stats {
        for (s, &k) in st.per_source.iter().enumerate() {
            if k > 0 {
                out[s].names += 1;
            }
        }
    }
    for c in &a.claims {
        let mut srcs: Vec<usize> = c
            .statements
            .iter()
            .map(|s| s.value.source)
            .filter(|&s| s < n)
            .collect();
        srcs.sort_unstable();
        srcs.dedup();
        for s in srcs {
            out[s].claims += 1;
            out[s].disagree += usize::from(c.verdict == Verdict::Disagree);
        }
    }
    out
}

/// Figures for every entity of an analysis.
pub(super) fn entity_stats(a: &Analysis) -> Vec<EntityStats> {
    let n = a.briefing.sources.len();
    let mut stats: Vec<EntityStats> = a
        .entities
        .iter()
        .map(|e| {
            let mut per_source = vec![0; n];
            for m in &e.mentions {
                if let Some(c) = per_source.get_mut(m.source()) {
                    *c += 1;
                }
            }
            EntityStats {
                per_source,
                mentions: e.mentions.len(),
                agree: 0,
                disagree: 0,
            }
        })
        .collect();
    for c in &a.claims {
        let mut es: Vec<usize> = c
            .entities
            .iter()
            .chain(c.statements.iter().flat_map(|s| s.entities.iter()))
            .copied()
            .collect();
        es.sort_unstable();
        es.dedup();
        for e in es {
            if let Some(st) = stats.get_mut(e) {
                match c.verdict {
                    Verdict::Agree => st.agree += 1,
                    Verdict::Disagree => st.disagree += 1,
                    Verdict::Single => {}
                }
            }
        }
    }
    stats
}

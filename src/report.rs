//! `parallax report`: the analysis as text, Markdown or the JSON contract (schema 1).

mod json;
mod markdown;
mod text;

pub use json::{Report, to_json};
pub use markdown::to_markdown;
pub use text::to_text;

/// Output format of `parallax report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportFormat {
    #[default]
    Text,
    Markdown,
    Json,
}

use crate::analysis::Analysis;
use crate::claims::{Claim, Verdict};

/// Claims in reading order: disagreements, then agreements, then single-source facts.
pub(crate) fn claims_by_verdict(analysis: &Analysis) -> [(Verdict, Vec<&Claim>); 3] {
    [Verdict::Disagree, Verdict::Agree, Verdict::Single]
        .map(|v| (v, analysis.claims.iter().filter(|c| c.verdict == v).collect()))
}

/// Heading for a verdict's section.
pub(crate) fn verdict_heading(v: Verdict) -> &'static str {
    match v {
        Verdict::Disagree => "Where the sources disagree",
        Verdict::Agree => "Where the sources agree",
        Verdict::Single => "Stated by one source only",
    }
}

/// Per-source mention counts of an entity, in source order (0 where a source does not name it).
pub(crate) fn mention_counts(analysis: &Analysis, entity: usize) -> Vec<usize> {
    let mut counts = vec![0; analysis.briefing.sources.len()];
    for m in &analysis.entities[entity].mentions {
        counts[m.source] += 1;
    }
    counts
}

/// A source's display label: outlet, else id.
pub(crate) fn source_label(analysis: &Analysis, source: usize) -> &str {
    let s = &analysis.briefing.sources[source];
    s.outlet.as_deref().unwrap_or(&s.id)
}

/// Collapse runs of whitespace so a sentence prints on one line.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

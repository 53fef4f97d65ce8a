//! `parallax report`: the analysis as text, Markdown or the JSON contract (schema 1).

mod json;
mod markdown;
mod text;
mod views;

pub use json::{Report, to_json, to_json_annotated, write_json_annotated};
pub use markdown::{to_markdown, to_markdown_annotated};
pub use text::{to_text, to_text_annotated};

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
use crate::state::Annotations;
use crate::text::safe;

/// Claims in reading order, with their index: disagreements, then agreements, then single-source
/// facts.
pub(crate) fn claims_by_verdict(analysis: &Analysis) -> [(Verdict, Vec<(usize, &Claim)>); 3] {
    [Verdict::Disagree, Verdict::Agree, Verdict::Single].map(|v| {
        (
            v,
            analysis
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| c.verdict == v)
                .collect(),
        )
    })
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
        counts[m.source()] += 1;
    }
    counts
}

/// A source's display label: outlet, else id.
pub(crate) fn source_label(analysis: &Analysis, source: usize) -> &str {
    let s = &analysis.briefing.sources[source];
    s.outlet.as_deref().unwrap_or(&s.id)
}

/// The user's flag and note on a claim, as one line for text and Markdown (`None` when neither).
pub(crate) fn claim_annotation(notes: Option<&Annotations>, claim: usize) -> Option<String> {
    let st = notes?.claim(claim)?;
    let mut parts = Vec::new();
    if let Some(f) = st.flag {
        parts.push(format!("flag: {}", f.as_str()));
    }
    if let Some(n) = &st.note {
        parts.push(format!("note: {}", safe::line(n)));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The user's read mark and note on a source, as one line (`None` when neither).
pub(crate) fn source_annotation(notes: Option<&Annotations>, source: usize) -> Option<String> {
    let st = notes?.source(source)?;
    let mut parts = Vec::new();
    if st.read {
        parts.push("read".to_string());
    }
    if let Some(n) = &st.note {
        parts.push(format!("note: {}", safe::line(n)));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Collapse runs of whitespace so a sentence prints on one line.
pub(crate) use crate::text::one_line;

//! Plain-text report: readable in a terminal or a pager.

use std::fmt::Write;

use super::{
    claim_annotation, claims_by_verdict, mention_counts, one_line, source_annotation, source_label,
    verdict_heading,
};
use crate::analysis::Analysis;
use crate::state::Annotations;
use crate::text::safe;

/// The report as plain text: the briefing's name, its sources, the claims by verdict and the
/// entities.
pub fn to_text(analysis: &Analysis) -> String {
    to_text_annotated(analysis, None)
}

/// The report as plain text, with what the user saved (read marks, flags, notes) under each source
/// and claim that has any.
pub fn to_text_annotated(analysis: &Analysis, notes: Option<&Annotations>) -> String {
    let mut out = String::new();
    let b = &analysis.briefing;
    let _ = writeln!(out, "{} — {} sources", safe::line(&b.name), b.sources.len());
    sources(&mut out, analysis, notes);
    claims(&mut out, analysis, notes);
    entities(&mut out, analysis);
    out
}

/// The SOURCES section.
fn sources(out: &mut String, analysis: &Analysis, notes: Option<&Annotations>) {
    let b = &analysis.briefing;
    let _ = writeln!(out);
    let _ = writeln!(out, "SOURCES");
    for (i, s) in b.sources.iter().enumerate() {
        let date = s
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let _ = writeln!(
            out,
            "  {}  {}  {}",
            safe::line(&s.id),
            date,
            safe::line(s.outlet.as_deref().unwrap_or("(outlet unknown)"))
        );
        let _ = writeln!(
            out,
            "      {}",
            safe::line(s.title.as_deref().unwrap_or("(no headline)"))
        );
        let _ = writeln!(out, "      {} words, {}", s.words(), safe::line(&s.path));
        if let Some(a) = source_annotation(notes, i) {
            let _ = writeln!(out, "      [{a}]");
        }
    }
}

/// A section for each verdict with claims, each claim with its statements.
fn claims(out: &mut String, analysis: &Analysis, notes: Option<&Annotations>) {
    let b = &analysis.briefing;
    for (verdict, claims) in claims_by_verdict(analysis) {
        if claims.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{} ({})",
            verdict_heading(verdict).to_uppercase(),
            claims.len()
        );
        for (i, c) in claims {
            let why = c
                .reason
                .and_then(|r| r.note())
                .map(|n| format!(" — {n}"))
                .unwrap_or_default();
            let _ = writeln!(out, "  {} [{}]{why}", safe::line(&c.topic), c.kind.as_str());
            if let Some(a) = claim_annotation(notes, i) {
                let _ = writeln!(out, "    [{a}]");
            }
            for st in &c.statements {
                let text = &b.sources[st.value.source].text;
                let _ = writeln!(
                    out,
                    "    {:<24} {}  ({})",
                    safe::line(source_label(analysis, st.value.source)),
                    safe::line(&text[st.value.span.clone()]),
                    st.value.readable()
                );
                let _ = writeln!(
                    out,
                    "        “{}”",
                    safe::text(&one_line(&text[st.sentence.clone()]))
                );
            }
        }
    }
}

/// The ENTITIES table, when there are any.
fn entities(out: &mut String, analysis: &Analysis) {
    if !analysis.entities.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "ENTITIES ({})", analysis.entities.len());
        // The name column fits the longest name, within reason: one long name wraps its own
        // row, not the table.
        let width = analysis
            .entities
            .iter()
            .map(|e| safe::line(&e.name).chars().count())
            .max()
            .unwrap_or(0)
            .clamp(16, 48);
        for (i, e) in analysis.entities.iter().enumerate() {
            let counts = mention_counts(analysis, i);
            let strip: Vec<String> = counts.iter().map(|n| n.to_string()).collect();
            let _ = writeln!(
                out,
                "  {:<width$} {:<13} {:>4}  per source: {}",
                safe::line(&e.name),
                e.kind.as_str(),
                e.mentions.len(),
                strip.join(" ")
            );
            if !e.aliases.is_empty() {
                let _ = writeln!(out, "      also: {}", safe::line(&e.aliases.join(", ")));
            }
        }
    }
}

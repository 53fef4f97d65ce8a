//! Markdown report: for notes, tickets and pull requests.

use std::fmt::Write;

use super::{
    claim_annotation, claims_by_verdict, mention_counts, one_line, source_annotation, source_label,
    verdict_heading,
};
use crate::analysis::Analysis;
use crate::state::Annotations;
use crate::text::safe;

/// Escape characters that would break a Markdown table cell; control characters show as escapes.
fn cell(s: &str) -> String {
    safe::line(&one_line(s)).replace('|', "\\|")
}

/// A sentence of article text as a cell: control characters show as U+FFFD.
fn text_cell(s: &str) -> String {
    safe::text(&one_line(s)).replace('|', "\\|")
}

/// The report as Markdown.
pub fn to_markdown(analysis: &Analysis) -> String {
    to_markdown_annotated(analysis, None)
}

/// The report as Markdown, with what the user saved: a `yours` column in the sources table (read
/// mark and note) when anything is saved, and a line under each flagged or annotated claim.
pub fn to_markdown_annotated(analysis: &Analysis, notes: Option<&Annotations>) -> String {
    let yours = notes.is_some_and(|n| !n.is_empty());
    let mut out = String::new();
    let b = &analysis.briefing;
    let _ = writeln!(out, "# {}\n", cell(&b.name));
    let _ = writeln!(out, "## Sources ({})\n", b.sources.len());
    let (head, rule) = if yours { (" yours |", "---|") } else { ("", "") };
    let _ = writeln!(out, "| id | outlet | published | headline | words |{head}");
    let _ = writeln!(out, "|---|---|---|---|---|{rule}");
    for (i, s) in b.sources.iter().enumerate() {
        let mine = if yours {
            format!(" {} |", cell(&source_annotation(notes, i).unwrap_or_default()))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |{mine}",
            cell(&s.id),
            cell(s.outlet.as_deref().unwrap_or("—")),
            s.published.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            cell(s.title.as_deref().unwrap_or("—")),
            s.words()
        );
    }
    for (verdict, claims) in claims_by_verdict(analysis) {
        if claims.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {} ({})", verdict_heading(verdict), claims.len());
        for (i, c) in claims {
            let why = c
                .reason
                .and_then(|r| r.note())
                .map(|n| format!(" — {n}"))
                .unwrap_or_default();
            let _ = writeln!(out, "\n### {} ({}){why}\n", cell(&c.topic), c.kind.as_str());
            if let Some(a) = claim_annotation(notes, i) {
                let _ = writeln!(out, "> **Yours:** {}\n", a.replace('|', "\\|"));
            }
            for st in &c.statements {
                let text = &b.sources[st.value.source].text;
                let _ = writeln!(
                    out,
                    "- **{}**: `{}` ({}) — “{}”",
                    cell(source_label(analysis, st.value.source)),
                    safe::line(&one_line(&text[st.value.span.clone()])),
                    st.value.readable(),
                    text_cell(&text[st.sentence.clone()])
                );
            }
        }
    }
    if !analysis.entities.is_empty() {
        let _ = writeln!(out, "\n## Entities ({})\n", analysis.entities.len());
        let ids: Vec<String> = b.sources.iter().map(|s| cell(&s.id)).collect();
        let _ = writeln!(out, "| name | kind | mentions | {} |", ids.join(" | "));
        let _ = writeln!(out, "|---|---|---|{}", "---|".repeat(ids.len()));
        for (i, e) in analysis.entities.iter().enumerate() {
            let counts: Vec<String> = mention_counts(analysis, i)
                .iter()
                .map(|n| n.to_string())
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&e.name),
                e.kind.as_str(),
                e.mentions.len(),
                counts.join(" | ")
            );
        }
    }
    super::views::timelines(&mut out, analysis);
    super::views::coverage(&mut out, analysis);
    out
}

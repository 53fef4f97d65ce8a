//! The timeline and coverage sections of the Markdown report: the views of [`crate::views`] as
//! tables.

use std::fmt::Write;

use super::one_line;
use super::source_label;
use crate::analysis::Analysis;
use crate::claims::Claim;
use crate::text::safe;
use crate::values::ValueKind;
use crate::views::{Cell, Change, Column, Coverage, Moment, Stance, Timeline, timeline, timeline_claims};

/// Entity and claim columns of the report's coverage matrix.
pub(crate) const MATRIX_ENTITIES: usize = 6;
pub(crate) const MATRIX_CLAIMS: usize = 6;

fn cell(s: &str) -> String {
    safe::line(&one_line(s)).replace('|', "\\|")
}

/// `## Timelines`: each disputed claim's statements by publication date (else the top claims').
pub(crate) fn timelines(out: &mut String, analysis: &Analysis) {
    let claims = timeline_claims(analysis);
    if claims.is_empty() {
        return;
    }
    let disputed = claims
        .iter()
        .all(|&c| analysis.claims[c].verdict == crate::claims::Verdict::Disagree);
    let what = if disputed {
        "each disputed claim"
    } else {
        "the top claims"
    };
    let _ = writeln!(out, "\n## Timelines ({})\n", claims.len());
    let _ = writeln!(
        out,
        "The statements of {what} by their source's publication date, undated last. `day` counts from \
         the first dated report; `change` is from the dated report above (↑ higher or later, ↓ lower or earlier, = same)."
    );
    for c in claims {
        let Some(t) = timeline(analysis, c) else { continue };
        timeline_table(out, analysis, &analysis.claims[c], &t);
    }
}

/// One claim's timeline: its heading, its majority value, and a row per statement.
fn timeline_table(out: &mut String, analysis: &Analysis, claim: &Claim, t: &Timeline) {
    let why = claim
        .reason
        .and_then(|r| r.note())
        .map(|n| format!(" — {n}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "\n### {} {} ({}, {}){why}\n",
        claim.id,
        cell(&claim.topic),
        claim.kind.as_str(),
        claim.verdict.as_str()
    );
    match &t.reference {
        Some((v, n)) => {
            let _ = writeln!(
                out,
                "Majority value: `{}` ({n} of {} sources).\n",
                cell(v),
                t.sources
            );
        }
        None => {
            let _ = writeln!(out, "No majority value: every value differs.\n");
        }
    }
    let _ = writeln!(
        out,
        "| published | day | outlet | value | as written | vs majority | change |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    for m in &t.moments {
        timeline_row(out, analysis, claim, m);
    }
}

/// One statement of a timeline: when, from whom, what it says, and how it compares.
fn timeline_row(out: &mut String, analysis: &Analysis, claim: &Claim, m: &Moment) {
    let st = &claim.statements[m.statement];
    let text = &analysis.briefing.sources[m.source].text;
    let written = text.get(st.value.span.clone()).unwrap_or("");
    let value = match m.qualifier {
        Some(q) => format!("{} ({})", m.value, q.as_str()),
        None => m.value.clone(),
    };
    let stance = match m.stance {
        Stance::Agrees => format!("{} agrees", Cell::Agrees.mark()),
        Stance::Differs => format!("{} differs", Cell::Differs.mark()),
    };
    let change = match m.change {
        Change::First | Change::Undated => m.change.as_str().to_string(),
        c => format!("{} {}", c.mark(), c.words(claim.kind == ValueKind::Date)),
    };
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | `{}` | {stance} | {change} |",
        m.published
            .map_or_else(|| "undated".to_string(), |d| d.to_string()),
        m.day.map_or_else(|| "—".to_string(), |d| format!("+{d}")),
        cell(source_label(analysis, m.source)),
        cell(&value),
        cell(written).replace('`', "'"),
    );
}

/// `## Coverage`: outlets × the top entities and claims, with a legend of the marks.
pub(crate) fn coverage(out: &mut String, analysis: &Analysis) {
    let m = Coverage::build(analysis, MATRIX_ENTITIES, MATRIX_CLAIMS);
    if m.columns.is_empty() || m.rows.is_empty() {
        return;
    }
    let entities = m
        .columns
        .iter()
        .filter(|c| matches!(c, Column::Entity(_)))
        .count();
    let _ = writeln!(
        out,
        "\n## Coverage ({} sources × {entities} entities, {} claims)\n",
        m.rows.len(),
        m.columns.len() - entities
    );
    let legend: Vec<String> = Cell::ALL
        .iter()
        .map(|c| format!("{} {}", c.mark(), c.meaning()))
        .collect();
    let _ = writeln!(
        out,
        "The entities most sources name, then the claims first in the list that two sources or more \
         state. Legend: {}. Under a claim, ▮ means the source uses the claim's measure word without a \
         value.\n",
        legend.join(" · ")
    );
    let headings: Vec<String> = (0..m.columns.len())
        .map(|c| cell(&m.heading(analysis, c)))
        .collect();
    let _ = writeln!(out, "| source | {} |", headings.join(" | "));
    let _ = writeln!(out, "|---|{}", "---|".repeat(headings.len()));
    for (r, &s) in m.rows.iter().enumerate() {
        let marks: Vec<&str> = m.cells[r].iter().map(|c| c.mark()).collect();
        let _ = writeln!(
            out,
            "| {} | {} |",
            cell(source_label(analysis, s)),
            marks.join(" | ")
        );
    }
    let covered: Vec<String> = (0..m.columns.len())
        .map(|c| format!("{}/{}", m.covered(c), m.rows.len()))
        .collect();
    let _ = writeln!(out, "| *covered* | {} |", covered.join(" | "));
}

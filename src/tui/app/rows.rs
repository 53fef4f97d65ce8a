//! The text of the sources and side panes' rows that sets the panes' widths: the view draws these
//! rows and `App::measure` sizes the panes by them, so a pane given these widths shows
//! every figure whole. They are measured here, where the layout is worked out, not in the view: the
//! app lays the panes out (page sizes, the article's width) between frames too.

use unicode_width::UnicodeWidthStr;

use super::{App, EntityStats, source_count};
use crate::claims::{Claim, Verdict};
use crate::tui::layout::Widths;
use crate::tui::theme::{STRIP_NAMED, STRIP_SILENT};

/// Beyond this many sources the coverage strip becomes a count.
const STRIP_MAX: usize = 12;

/// What the sources and side panes' rows ask of the layout, borders included: measured with the same
/// formatting the panes draw with, so a pane given these widths shows every figure whole.
pub(super) fn widths(app: &App) -> Widths {
    let cols = |n: usize| u16::try_from(n + 2).unwrap_or(u16::MAX);
    let (side_least, side) = side_need(app);
    Widths {
        sources: cols(sources_need(app)),
        side_least: cols(side_least),
        side: cols(side),
    }
}

/// Columns of the sources pane (inside its border) at which every outlet and every row of figures
/// shows whole; headlines are cut as they come.
fn sources_need(app: &App) -> usize {
    let mut need = 0;
    // " 1 ▶ " before the outlet (wider past 99 sources) and " ✎" after it, for a note written later.
    let lead = format!("{:>2} ", app.sources().len()).width() + 2;
    for (s, src) in app.sources().iter().enumerate() {
        let outlet = src.outlet.as_deref().unwrap_or(&src.id).width();
        need = need.max(lead + outlet + 2);
        let date = app.date(src.published).width();
        let figures = match app.source_stats(s) {
            Some(st) => {
                let mut t = format!(
                    " · {} · {}",
                    counted(st.names, "name", "names"),
                    counted(st.claims, "claim", "claims")
                );
                if st.disagree > 0 {
                    t.push_str(&format!(" {}✗", st.disagree));
                }
                t.width()
            }
            None => 0,
        };
        need = need.max(4 + date + figures);
    }
    need
}

/// `1 claim`, `2 claims`.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Columns of the side pane (inside its border): the least at which every claim row keeps its values
/// and source count and every entity row its figures, and the width at which topics and names are
/// whole too.
fn side_need(app: &App) -> (usize, usize) {
    let (mut least, mut want) = (0, 0);
    for claim in app.claims() {
        let fixed = 2 + format!(" {}src", source_count(claim)).width();
        let values = claim_values(claim).width();
        let sep = if values > 0 { 3 } else { 0 };
        least = least.max(fixed + values);
        want = want.max(fixed + claim.topic.width() + sep + values);
    }
    let n_sources = app.sources().len();
    for (e, ent) in app.entities().iter().enumerate() {
        let Some(st) = app.stats(e) else { continue };
        let tail = entity_tail(app, st, n_sources).width();
        least = least.max(2 + ent.name.width().min(8) + tail);
        want = want.max(2 + ent.name.width() + tail);
    }
    (least, want)
}

/// An entity row's figures after its name: mentions, the strip of sources naming it (or a count),
/// the claims about it disputed and agreed.
pub fn entity_tail(app: &App, st: &EntityStats, n_sources: usize) -> String {
    let strip = if n_sources <= STRIP_MAX {
        app.order()
            .iter()
            .map(|&s| {
                if st.per_source.get(s).is_some_and(|&k| k > 0) {
                    STRIP_NAMED
                } else {
                    STRIP_SILENT
                }
            })
            .collect::<String>()
    } else {
        let k = st.per_source.iter().filter(|&&k| k > 0).count();
        format!("{:>7}", format!("{k}/{n_sources}"))
    };
    let claims = format!(
        "{:>3}",
        if st.disagree > 0 {
            format!("{}✗", st.disagree)
        } else {
            String::new()
        }
    ) + &format!(
        "{:>3}",
        if st.agree > 0 {
            format!("{}✓", st.agree)
        } else {
            String::new()
        }
    );
    format!(" {:>3} {strip}{claims}", st.mentions)
}

/// "180 ≠ 183" for a disagreement, "2025-11 / 2025" for agreement: the claim's distinct readable
/// values in statement order.
pub fn claim_values(claim: &Claim) -> String {
    let mut vals: Vec<String> = Vec::new();
    for s in &claim.statements {
        let v = s.value.readable();
        if !vals.contains(&v) {
            vals.push(v);
        }
    }
    if vals.is_empty() {
        return String::new();
    }
    // Agreeing values can differ in precision ("2025-11" and "2025"): they are not "≠".
    let sep = if claim.verdict == Verdict::Disagree {
        " ≠ "
    } else {
        " / "
    };
    vals.join(sep)
}

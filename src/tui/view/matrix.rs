//! The coverage matrix: each source (by publication date) against the entities most sources name
//! and the first claims of the list, each cell ✓ states the agreed value, ✗ another, ▮ names it
//! without a value, ▯ silent. Columns scroll sideways; the selected column and cell are spelled out
//! under the grid.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::timeline::fit_spans;
use super::{fit, fitting_hint, full_line, overlay_block, pad, visible};
use crate::claims::Verdict;
use crate::tui::app::{App, MATRIX_HEAD, View};
use crate::tui::theme::Theme;
use crate::views::{Cell, Column};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(View::Matrix { row, col }) = app.view() else {
        return;
    };
    let Some(m) = app.coverage() else { return };
    let Some(a) = app.analysis() else { return };
    if !visible(area) {
        return;
    }
    frame.render_widget(Clear, area);
    let entities = m
        .columns
        .iter()
        .filter(|c| matches!(c, Column::Entity(_)))
        .count();
    let title = format!(
        "▶ Coverage · {} sources × {entities} entities, {} claims ",
        m.rows.len(),
        m.columns.len() - entities
    );
    let block = overlay_block(
        Span::styled(
            fit(&title, usize::from(area.width).saturating_sub(2)),
            theme.pane_title(true),
        ),
        bottom_hint(area.width),
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    let w = usize::from(inner.width);
    let (label_w, col_w, shown) = app.matrix_columns();
    // The legend: every mark in its own style.
    let mut legend = Vec::new();
    for c in Cell::ALL {
        legend.push(Span::styled(c.mark(), cell_style(c, theme)));
        legend.push(Span::styled(format!(" {}  ", c.as_str()), theme.dim()));
    }
    let mut lines = vec![Line::from(fit_spans(legend, w))];
    // Column headings, cut to the column; the selected one in full below the grid.
    let mut head = vec![Span::raw(pad("", label_w + 1))];
    for j in (col.offset..m.columns.len()).take(shown) {
        let style = if j == col.index {
            theme.heading().patch(theme.cursor(true))
        } else {
            match m.columns[j] {
                Column::Entity(e) => theme.entity(a.entities[e].kind),
                Column::Claim(c) => theme.verdict(a.claims[c].verdict),
            }
        };
        let short = match m.columns[j] {
            Column::Entity(e) => a.entities[e].name.clone(),
            // The id is what a narrow column keeps.
            Column::Claim(c) if col_w < a.claims[c].id.width() + 4 => a.claims[c].id.clone(),
            Column::Claim(c) => format!("{} {}", a.claims[c].id, a.claims[c].topic),
        };
        head.push(Span::styled(pad(&short, col_w - 1), style));
        head.push(Span::raw(" "));
    }
    lines.push(Line::from(fit_spans(head, w)));
    debug_assert_eq!(lines.len(), MATRIX_HEAD, "heading rows agree with the mouse");
    let rows = app.view_rows();
    for (i, &s) in m.rows.iter().enumerate().skip(row.offset).take(rows) {
        let on = i == row.index;
        let name = app
            .sources()
            .get(s)
            .map(|src| src.outlet.clone().unwrap_or_else(|| src.id.clone()))
            .unwrap_or_default();
        let mut spans = vec![
            Span::raw(if on { "▶" } else { " " }),
            Span::styled(pad(&name, label_w.saturating_sub(1)), theme.heading()),
            Span::raw(" "),
        ];
        for j in (col.offset..m.columns.len()).take(shown) {
            let c = m.cells[i][j];
            let left = (col_w - 1) / 2;
            let mut style = cell_style(c, theme);
            if on && j == col.index {
                style = style.patch(theme.cursor(true));
            }
            spans.push(Span::raw(" ".repeat(left)));
            spans.push(Span::styled(c.mark(), style));
            spans.push(Span::raw(" ".repeat(col_w - 1 - left)));
        }
        let style = if on { theme.cursor(false) } else { Style::new() };
        lines.push(full_line(fit_spans(spans, w), w, style));
    }
    // What the selected column is and what its cell says.
    let detail = app.detail_rows();
    if detail > 0
        && let (Some(&s), Some(&column)) = (m.rows.get(row.index), m.columns.get(col.index))
    {
        let pad_rows = usize::from(inner.height).saturating_sub(lines.len() + detail);
        lines.extend(std::iter::repeat_n(Line::raw(""), pad_rows));
        let what = match column {
            Column::Entity(e) => format!("{} ({})", a.entities[e].name, a.entities[e].kind.as_str()),
            Column::Claim(c) => {
                let c = &a.claims[c];
                format!(
                    "{} {} ({}, {})",
                    c.id,
                    c.topic,
                    c.kind.as_str(),
                    c.verdict.as_str()
                )
            }
        };
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            fit(
                &format!("{what} · {} of {} sources", m.covered(col.index), m.rows.len()),
                w,
            ),
            theme.heading(),
        ));
        let cell = m.cells[row.index][col.index];
        let name = app
            .sources()
            .get(s)
            .map(|src| src.outlet.clone().unwrap_or_else(|| src.id.clone()))
            .unwrap_or_default();
        let says = match (column, cell) {
            (Column::Entity(e), Cell::Mentioned) => {
                let n = a.entities[e].mentions.iter().filter(|x| x.source == s).count();
                format!("names it {n} time{}", if n == 1 { "" } else { "s" })
            }
            (Column::Claim(c), Cell::Agrees | Cell::Differs) => {
                let values: Vec<String> = a.claims[c]
                    .statements
                    .iter()
                    .filter(|st| st.value.source == s)
                    .map(|st| st.value.readable())
                    .collect();
                let reference = crate::views::reference(&a.claims[c])
                    .map(|(i, _)| a.claims[c].statements[i].value.readable());
                match (cell, reference) {
                    (Cell::Agrees, _) if a.claims[c].verdict == Verdict::Agree => {
                        format!("states {} (agreed)", values.join(", "))
                    }
                    (Cell::Agrees, _) => format!("states {}, the majority value", values.join(", ")),
                    (_, Some(r)) => format!("states {}; the majority states {r}", values.join(", ")),
                    (_, None) => format!("states {}; no value has a majority", values.join(", ")),
                }
            }
            (Column::Claim(_), Cell::Mentioned) => "speaks of it without a value".to_string(),
            (_, c) => c.meaning().to_string(),
        };
        // On a narrow screen the figures keep their place and the source's name (the row under
        // the cursor) gives way.
        let name = if name.width() + says.width() + 4 > w {
            String::new()
        } else {
            format!("{name}: ")
        };
        lines.push(Line::from(fit_spans(
            vec![
                Span::styled(name, theme.heading()),
                Span::styled(cell.mark(), cell_style(cell, theme)),
                Span::raw(format!(" {says}")),
            ],
            w,
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if m.rows.len() > rows {
        super::scrollbar(frame, area, m.rows.len().saturating_sub(rows) + 1, row.offset);
    }
}

/// A cell's mark style: the verdict colours for agreement and difference, dim for silence.
fn cell_style(c: Cell, theme: &Theme) -> Style {
    match c {
        Cell::Agrees => theme.verdict(Verdict::Agree),
        Cell::Differs => theme.verdict(Verdict::Disagree),
        Cell::Mentioned => Style::new(),
        Cell::Silent => theme.dim(),
    }
}

/// The hint on the bottom border, as long as the border leaves room for.
fn bottom_hint(width: u16) -> &'static str {
    fitting_hint(
        &[
            " h/l: column · Enter: read · Esc ",
            " Enter: read · Esc ",
            " Esc ",
        ],
        usize::from(width).saturating_sub(26),
    )
}

/// The strip of view labels on the panes' bottom border (see `App::view_tabs`): the open view's
/// label lit.
pub fn strip(frame: &mut Frame, app: &App, theme: &Theme) {
    let open = app.view().map(|v| matches!(v, View::Matrix { .. }));
    for (r, tab, label) in app.view_tabs() {
        let lit = match tab {
            crate::tui::app::ViewTab::Timeline => open == Some(false),
            crate::tui::app::ViewTab::Matrix => open == Some(true),
        };
        let style = if lit { theme.pane_title(true) } else { theme.dim() };
        frame.render_widget(Paragraph::new(Span::styled(label, style)), r);
    }
}

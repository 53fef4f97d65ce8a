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

use super::timeline::{fit_spans, source};
use super::{fit, fitting_hint, full_line, overlay_block, pad, visible};
use crate::analysis::Analysis;
use crate::claims::Verdict;
use crate::tui::app::{App, Cursor, MATRIX_HEAD, View};
use crate::tui::theme::Theme;
use crate::views::{Cell, Column, Coverage};

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
    let block = overlay_block(title(m, area.width, theme), bottom_hint(area.width), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    let (label_w, col_w, shown) = app.matrix_columns();
    let grid = Grid {
        app,
        m,
        a,
        theme,
        w: usize::from(inner.width),
        label_w,
        col_w,
        shown,
        row: *row,
        col: *col,
    };
    let mut lines = vec![grid.legend(), grid.headings()];
    debug_assert_eq!(lines.len(), MATRIX_HEAD, "heading rows agree with the mouse");
    let rows = app.view_rows();
    lines.extend(
        (0..m.rows.len())
            .skip(row.offset)
            .take(rows)
            .map(|i| grid.cells(i)),
    );
    grid.detail(&mut lines, usize::from(inner.height));
    frame.render_widget(Paragraph::new(lines), inner);
    if m.rows.len() > rows {
        super::scrollbar(frame, area, m.rows.len().saturating_sub(rows) + 1, row.offset);
    }
}

/// The overlay's title: how many sources, entities and claims the grid crosses.
fn title(m: &Coverage, width: u16, theme: &Theme) -> Span<'static> {
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
    Span::styled(
        fit(&title, usize::from(width).saturating_sub(2)),
        theme.pane_title(true),
    )
}

/// What every line of the grid draws from: the matrix, the analysis it indexes, the inner width,
/// the column sizes of `App::matrix_columns` and the two cursors.
struct Grid<'a> {
    app: &'a App,
    m: &'a Coverage,
    a: &'a Analysis,
    theme: &'a Theme,
    w: usize,
    label_w: usize,
    col_w: usize,
    shown: usize,
    row: Cursor,
    col: Cursor,
}

impl Grid<'_> {
    /// The columns in sight.
    fn columns(&self) -> impl Iterator<Item = usize> {
        (self.col.offset..self.m.columns.len()).take(self.shown)
    }

    /// The legend: every mark in its own style.
    fn legend(&self) -> Line<'static> {
        let mut legend = Vec::new();
        for c in Cell::ALL {
            legend.push(Span::styled(c.mark(), cell_style(c, self.theme)));
            legend.push(Span::styled(format!(" {}  ", c.as_str()), self.theme.dim()));
        }
        Line::from(fit_spans(legend, self.w))
    }

    /// Column headings, cut to the column; the selected one in full below the grid.
    fn headings(&self) -> Line<'static> {
        let (m, a, theme) = (self.m, self.a, self.theme);
        let mut head = vec![Span::raw(pad("", self.label_w + 1))];
        for j in self.columns() {
            let style = if j == self.col.index {
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
                Column::Claim(c) if self.col_w < a.claims[c].id.width() + 4 => a.claims[c].id.clone(),
                Column::Claim(c) => format!("{} {}", a.claims[c].id, a.claims[c].topic),
            };
            head.push(Span::styled(pad(&short, self.col_w - 1), style));
            head.push(Span::raw(" "));
        }
        Line::from(fit_spans(head, self.w))
    }

    /// Row `i`: the source's name, then one centred mark per column in sight.
    fn cells(&self, i: usize) -> Line<'static> {
        let (col_w, theme) = (self.col_w, self.theme);
        let on = i == self.row.index;
        let name = source(self.app, self.m.rows[i]);
        let mut spans = vec![
            Span::raw(if on { "▶" } else { " " }),
            Span::styled(pad(&name, self.label_w.saturating_sub(1)), theme.heading()),
            Span::raw(" "),
        ];
        for j in self.columns() {
            let c = self.m.cells[i][j];
            let left = (col_w - 1) / 2;
            let mut style = cell_style(c, theme);
            if on && j == self.col.index {
                style = style.patch(theme.cursor(true));
            }
            spans.push(Span::raw(" ".repeat(left)));
            spans.push(Span::styled(c.mark(), style));
            spans.push(Span::raw(" ".repeat(col_w - 1 - left)));
        }
        let style = if on { theme.cursor(false) } else { Style::new() };
        full_line(fit_spans(spans, self.w), self.w, style)
    }

    /// What the selected column is and what its cell says, at the foot of the overlay (`height`
    /// rows), when the overlay is tall enough to have detail rows.
    fn detail(&self, lines: &mut Vec<Line<'static>>, height: usize) {
        let (m, w, theme) = (self.m, self.w, self.theme);
        let (row, col) = (self.row, self.col);
        let detail = self.app.detail_rows();
        let (Some(&s), Some(&column)) = (m.rows.get(row.index), m.columns.get(col.index)) else {
            return;
        };
        if detail == 0 {
            return;
        }
        let pad_rows = height.saturating_sub(lines.len() + detail);
        lines.extend(std::iter::repeat_n(Line::raw(""), pad_rows));
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            fit(
                &format!(
                    "{} · {} of {} sources",
                    self.column_name(column),
                    m.covered(col.index),
                    m.rows.len()
                ),
                w,
            ),
            theme.heading(),
        ));
        let cell = m.cells[row.index][col.index];
        let name = source(self.app, s);
        let says = self.says(column, cell, s);
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

    /// A column in full: the entity and its kind, or the claim with its kind and verdict.
    fn column_name(&self, column: Column) -> String {
        let a = self.a;
        match column {
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
        }
    }

    /// What source `s` says under `column`, in words: how often it names the entity, or the values
    /// it states against the majority's.
    fn says(&self, column: Column, cell: Cell, s: usize) -> String {
        let a = self.a;
        match (column, cell) {
            (Column::Entity(e), Cell::Mentioned) => {
                let n = a.entities[e].mentions.iter().filter(|x| x.source() == s).count();
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
        }
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

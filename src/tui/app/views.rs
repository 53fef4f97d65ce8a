//! The timeline and the coverage matrix: overlays over the article and side panes (where the
//! comparison opens), stacked so Esc goes back to where each was opened (the matrix under a timeline
//! opened from it, the comparison under a timeline opened from that). `t` and `M` open them from
//! anywhere, and so does a click on the strip at the bottom left of the panes. Enter on a statement
//! takes the comparison's path to the article.

use ratatui::layout::Rect;

use super::update::Move;
use super::{App, Compare, Cursor, SideTab};
use crate::tui::action::{Command, Wheel};
use crate::tui::keymap::Context;
use crate::tui::layout::Pane;
use crate::views::{Cell, Column, Coverage, Timeline, timeline};

/// Entity and claim columns of the reader's coverage matrix (it scrolls sideways).
pub const MATRIX_ENTITIES: usize = 8;
pub const MATRIX_CLAIMS: usize = 8;

/// Rows above the timeline's statements: topic, majority value, a blank line.
pub const TIMELINE_HEAD: usize = 3;
/// Rows above the matrix's cells: legend and column headings.
pub const MATRIX_HEAD: usize = 2;
/// Rows under the list for the selected statement or cell, when the overlay is tall enough.
pub const DETAIL_ROWS: usize = 4;

/// An open view.
#[derive(Debug, Clone)]
pub enum View {
    Timeline { timeline: Timeline, cursor: Cursor },
    Matrix { row: Cursor, col: Cursor },
}

/// The open views, innermost last, and the matrix once computed.
#[derive(Debug, Default)]
pub struct Views {
    stack: Vec<View>,
    coverage: Option<Coverage>,
}

/// Which view a strip label opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewTab {
    Timeline,
    Matrix,
}

/// The strip's labels, longest first: the first pair that fits is drawn.
const TAB_LABELS: [(&str, &str); 3] = [
    (" t timeline ", " M matrix "),
    (" timeline ", " matrix "),
    (" t ", " M "),
];

impl App {
    /// The innermost open view.
    pub fn view(&self) -> Option<&View> {
        self.views.stack.last()
    }

    /// The coverage matrix, once the matrix has been opened.
    pub fn coverage(&self) -> Option<&Coverage> {
        self.views.coverage.as_ref()
    }

    /// The key context of the open view, if one is open.
    pub(super) fn view_context(&self) -> Option<Context> {
        match self.view()? {
            View::Timeline { .. } => Some(Context::Timeline),
            View::Matrix { .. } => Some(Context::Matrix),
        }
    }

    /// Run `c` if it is a view's: `t`/`M` anywhere, and every key while a view is open. False when
    /// the command is for the rest of the reader (quit, help, or a binding run from the help, which
    /// closes the views first).
    pub(super) fn view_command(&mut self, c: Command) -> bool {
        match c {
            Command::Timeline => self.toggle_timeline(),
            Command::Matrix => self.toggle_matrix(),
            _ if self.views.stack.is_empty() => return false,
            Command::Back => _ = self.views.stack.pop(),
            Command::Down => self.view_move(Move::By(1), 0),
            Command::Up => self.view_move(Move::By(-1), 0),
            Command::PageDown | Command::HalfPageDown => {
                self.view_move(Move::By(self.view_rows() as isize), 0)
            }
            Command::PageUp | Command::HalfPageUp => {
                self.view_move(Move::By(-(self.view_rows() as isize)), 0)
            }
            Command::Top => self.view_move(Move::Top, 0),
            Command::Bottom => self.view_move(Move::Bottom, 0),
            Command::PrevColumn => self.view_move(Move::By(0), -1),
            Command::NextColumn => self.view_move(Move::By(0), 1),
            Command::Select => self.view_select(),
            Command::Quit | Command::Help => return false,
            _ => {
                self.views.stack.clear();
                return false;
            }
        }
        true
    }

    /// `t`: close the timeline on top, else open the timeline of the claim in view: the matrix's
    /// claim column, the comparison's claim, the claim under the claims list's cursor, the selected
    /// claim.
    fn toggle_timeline(&mut self) {
        if matches!(self.view(), Some(View::Timeline { .. })) {
            self.views.stack.pop();
            return;
        }
        if self.analysis.is_none() {
            self.message = Some("The claims are still being lined up".into());
            return;
        }
        let listed = || self.claim_rows().get(self.claims_cursor.index).copied();
        let claim = match self.view() {
            Some(View::Matrix { col, .. }) => match self.coverage().and_then(|m| m.columns.get(col.index)) {
                Some(Column::Claim(c)) => Some(*c),
                _ => {
                    self.message = Some("A timeline is a claim's: move to a claim column (c1, c2…)".into());
                    return;
                }
            },
            _ => match self.compare {
                Some(cmp) => Some(cmp.claim),
                None if self.focus == Pane::Side && self.tab == SideTab::Claims => listed(),
                None => self.claim.or_else(listed),
            },
        };
        let Some(timeline) = claim.and_then(|c| self.analysis.as_ref().and_then(|a| timeline(a, c))) else {
            self.message = Some("No claims to put on a timeline".into());
            return;
        };
        // The statement being compared stays under the cursor.
        let at = self
            .compare
            .filter(|c| c.claim == timeline.claim)
            .and_then(|c| self.compare_statements().get(c.cursor).copied())
            .and_then(|st| timeline.moments.iter().position(|m| m.statement == st))
            .unwrap_or(0);
        self.views.stack.push(View::Timeline {
            timeline,
            cursor: Cursor { index: at, offset: 0 },
        });
    }

    /// `M`: close the matrix if it is on top, back to it if a timeline opened from it is, else open
    /// it on the source being read.
    fn toggle_matrix(&mut self) {
        if let Some(i) = self
            .views
            .stack
            .iter()
            .rposition(|v| matches!(v, View::Matrix { .. }))
        {
            let on_top = i + 1 == self.views.stack.len();
            self.views.stack.truncate(if on_top { i } else { i + 1 });
            return;
        }
        let Some(a) = self.analysis.as_ref() else {
            self.message = Some("The analysis is still running".into());
            return;
        };
        let m = self
            .views
            .coverage
            .get_or_insert_with(|| Coverage::build(a, MATRIX_ENTITIES, MATRIX_CLAIMS));
        let row = self
            .current
            .and_then(|s| m.rows.iter().position(|&r| r == s))
            .unwrap_or(0);
        self.views.stack.push(View::Matrix {
            row: Cursor {
                index: row,
                offset: 0,
            },
            col: Cursor::default(),
        });
    }

    /// Move the open view's cursor: rows by `m`, columns (the matrix's) by `d`.
    fn view_move(&mut self, m: Move, d: isize) {
        let cols = self.coverage().map_or(0, |m| m.columns.len());
        let rows = self.coverage().map_or(0, |m| m.rows.len());
        match self.views.stack.last_mut() {
            Some(View::Timeline { timeline, cursor }) => {
                cursor.index = m.apply(cursor.index, timeline.moments.len());
            }
            Some(View::Matrix { row, col }) => {
                row.index = m.apply(row.index, rows);
                col.index = Move::By(d).apply(col.index, cols);
            }
            None => {}
        }
    }

    /// Enter: read the statement under the cursor (the comparison's path), or what the matrix's
    /// cell points to.
    fn view_select(&mut self) {
        match self.view().cloned() {
            Some(View::Timeline { timeline, cursor }) => {
                if let Some(m) = timeline.moments.get(cursor.index) {
                    self.read_statement(timeline.claim, m.statement);
                }
            }
            Some(View::Matrix { row, col }) => self.read_cell(row.index, col.index),
            None => {}
        }
    }

    /// Read statement `st` of claim `c` in its source, as Enter in the comparison does.
    fn read_statement(&mut self, c: usize, st: usize) {
        self.compare = Some(Compare { claim: c, cursor: 0 });
        let at = self
            .compare_statements()
            .iter()
            .position(|&i| i == st)
            .unwrap_or(0);
        self.compare = Some(Compare { claim: c, cursor: at });
        self.views.stack.clear();
        self.jump_to_statement();
    }

    /// Enter on a cell: a stated value opens its statement, a named entity its first mention there,
    /// a claim spoken of without a value the source; silence is said.
    fn read_cell(&mut self, r: usize, c: usize) {
        let Some(m) = self.coverage() else { return };
        let (Some(&s), Some(&column)) = (m.rows.get(r), m.columns.get(c)) else {
            return;
        };
        let cell = m.cells[r][c];
        let heading = self
            .analysis
            .as_ref()
            .map(|a| m.heading(a, c))
            .unwrap_or_default();
        let name = self.source_name(s);
        match (column, cell) {
            (_, Cell::Silent) => {
                self.message = Some(format!("{name} is silent on {heading}"));
            }
            (Column::Claim(claim), Cell::Agrees | Cell::Differs) => {
                if let Some(st) = self.claims()[claim]
                    .statements
                    .iter()
                    .position(|x| x.value.source == s)
                {
                    self.read_statement(claim, st);
                }
            }
            (Column::Claim(_), Cell::Mentioned) => {
                self.views.stack.clear();
                self.open_source(s);
                self.set_focus(Pane::Article);
                self.message = Some(format!("{name} speaks of {heading} without a value"));
            }
            (Column::Entity(e), _) => {
                self.views.stack.clear();
                self.compare = None;
                self.select_entity(e);
                self.open_source(s);
                self.set_focus(Pane::Article);
            }
        }
    }

    /// Rows of the open view's list shown at once.
    pub fn view_rows(&self) -> usize {
        let inner = self.compare_inner();
        let head = match self.view() {
            Some(View::Matrix { .. }) => MATRIX_HEAD,
            _ => TIMELINE_HEAD,
        };
        usize::from(inner.height)
            .saturating_sub(head + self.detail_rows())
            .max(1)
    }

    /// Rows under the list for the selected item: none on a short screen.
    pub fn detail_rows(&self) -> usize {
        if self.compare_inner().height >= 14 {
            DETAIL_ROWS
        } else {
            0
        }
    }

    /// The matrix's column geometry in the inner area: the sources' label width, a column's width,
    /// and how many columns fit.
    pub fn matrix_columns(&self) -> (usize, usize, usize) {
        let w = usize::from(self.compare_inner().width);
        let Some(m) = self.coverage() else {
            return (0, 0, 0);
        };
        let longest = m
            .rows
            .iter()
            .map(|&s| unicode_width::UnicodeWidthStr::width(self.source_name(s).as_str()))
            .max()
            .unwrap_or(0);
        let label = longest.clamp(6, (w / 3).clamp(6, 24));
        let room = w.saturating_sub(label + 1);
        let n = m.columns.len().max(1);
        let col = (room / n).clamp(5, 14);
        (label, col, (room / col).max(1))
    }

    /// Keep the open view's cursors inside their lists and views.
    pub(super) fn settle_views(&mut self) {
        let rows = self.view_rows();
        let (_, _, cols_shown) = self.matrix_columns();
        let (n_rows, n_cols) = self
            .coverage()
            .map_or((0, 0), |m| (m.rows.len(), m.columns.len()));
        for v in &mut self.views.stack {
            match v {
                View::Timeline { timeline, cursor } => cursor.settle(timeline.moments.len(), rows),
                View::Matrix { row, col } => {
                    row.settle(n_rows, rows);
                    col.settle(n_cols, cols_shown);
                }
            }
        }
    }

    /// The strip's labels on the bottom border at the left of the panes, each with where it is
    /// drawn. Room is kept on the right for the border's own text (the article's position, the
    /// comparison's hint).
    pub fn view_tabs(&self) -> Vec<(Rect, ViewTab, &'static str)> {
        let area = self.areas().compare;
        // The article's text search owns its bottom border while it is typed or lit.
        let searching =
            self.compare.is_none() && self.view().is_none() && (self.search.typing || self.search.active());
        if area.height < 3 || self.analysis.is_none() || searching {
            return Vec::new();
        }
        let keep = if self.compare.is_some() && self.view().is_none() {
            52
        } else {
            22
        };
        let room = usize::from(area.width).saturating_sub(2 + keep);
        let Some((t, m)) = TAB_LABELS.into_iter().find(|(t, m)| t.len() + m.len() <= room) else {
            return Vec::new();
        };
        let y = area.y + area.height - 1;
        let tw = t.chars().count() as u16;
        let mw = m.chars().count() as u16;
        vec![
            (Rect::new(area.x + 1, y, tw, 1), ViewTab::Timeline, t),
            (Rect::new(area.x + 1 + tw, y, mw, 1), ViewTab::Matrix, m),
        ]
    }

    /// A click: on a strip label, it opens (or closes) its view; in an open view, it selects the
    /// row or cell, and on the selected one reads it (as Enter does). A click outside closes the
    /// views and goes on to the pane under it. True when the click was the views'.
    pub(super) fn view_click(&mut self, x: u16, y: u16) -> bool {
        if let Some((_, tab, _)) = self
            .view_tabs()
            .into_iter()
            .find(|(r, ..)| r.contains((x, y).into()))
        {
            self.message = None;
            self.view_command(match tab {
                ViewTab::Timeline => Command::Timeline,
                ViewTab::Matrix => Command::Matrix,
            });
            return true;
        }
        if self.views.stack.is_empty() {
            return false;
        }
        if !self.areas().compare.contains((x, y).into()) {
            self.views.stack.clear();
            return false;
        }
        let inner = self.compare_inner();
        if !inner.contains((x, y).into()) {
            return true;
        }
        let row = usize::from(y - inner.y);
        let (label, col_w, _) = self.matrix_columns();
        let list = self.view_rows();
        let (n_rows, n_cols) = self
            .coverage()
            .map_or((0, 0), |m| (m.rows.len(), m.columns.len()));
        let mut read = false;
        match self.views.stack.last_mut() {
            Some(View::Timeline { timeline, cursor }) => {
                let Some(i) = row
                    .checked_sub(TIMELINE_HEAD)
                    .filter(|&r| r < list)
                    .map(|r| r + cursor.offset)
                else {
                    return true;
                };
                if i < timeline.moments.len() {
                    read = i == cursor.index;
                    cursor.index = i;
                }
            }
            Some(View::Matrix { row: r, col: c }) => {
                let Some(i) = row
                    .checked_sub(MATRIX_HEAD)
                    .filter(|&k| k < list)
                    .map(|k| k + r.offset)
                else {
                    return true;
                };
                if i >= n_rows {
                    return true;
                }
                let dx = usize::from(x - inner.x);
                // A click on the source's label selects the row.
                let j = dx.checked_sub(label + 1).map(|k| k / col_w.max(1) + c.offset);
                match j {
                    Some(j) if j < n_cols => {
                        read = (i, j) == (r.index, c.index);
                        (r.index, c.index) = (i, j);
                    }
                    _ => r.index = i,
                }
            }
            None => {}
        }
        if read {
            self.view_select();
        }
        true
    }

    /// The wheel over an open view moves its cursor. True when it was the views'.
    pub(super) fn view_wheel(&mut self, x: u16, y: u16, dir: Wheel) -> bool {
        if self.views.stack.is_empty() || !self.areas().compare.contains((x, y).into()) {
            return false;
        }
        self.view_move(Move::By(if dir == Wheel::Down { 1 } else { -1 }), 0);
        true
    }
}

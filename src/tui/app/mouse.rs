//! Mouse: a click focuses the pane under it and selects the row; the wheel scrolls the pane under the
//! pointer. Hit-testing uses the same layout the frame was drawn with.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::update::Move;
use super::{App, EntityRow, HelpLine, SOURCE_ROWS, SideTab};
use crate::tui::action::Wheel;
use crate::tui::layout::Pane;

impl App {
    pub(super) fn click(&mut self, x: u16, y: u16) {
        let areas = self.areas();
        // The side pane's title as drawn: its focus mark shifts the tabs. Taken before the click
        // closes the comparison or moves the focus, as the frame clicked on was drawn.
        let side_focused = self.focus == Pane::Side && self.compare.is_none() && self.help.is_none();
        if self.help.is_some() {
            self.help_click(areas.help, x, y);
            return;
        }
        // The timeline and matrix strip, and the open view (app/views.rs).
        if self.view_click(x, y) {
            return;
        }
        if self.compare.is_some() {
            if areas.compare.contains((x, y).into()) {
                self.compare_click(x, y);
                return;
            }
            self.compare = None;
        }
        let Some(pane) = areas.pane_at(x, y) else { return };
        let was_focused = self.focus == pane;
        self.set_focus(pane);
        match pane {
            Pane::Sources => {
                let Some(row) = row_in(areas.sources, y) else {
                    return;
                };
                let i = self.sources_cursor.offset + row / SOURCE_ROWS;
                if let Some(&s) = self.visible_sources().get(i) {
                    self.open_source(s);
                }
            }
            Pane::Side => self.side_click(areas.side, x, y, side_focused, was_focused),
            // A click on a marked value opens its claim's comparison, as Enter on it does.
            Pane::Article => {
                if let Some((claim, span)) = self.value_at(x, y) {
                    self.open_value(claim, span);
                }
            }
        }
    }

    /// A click while the help is open: outside it closes the help. Inside, the first row is the
    /// search line; a click on it starts typing, a click on a binding selects it (headings and
    /// notices are not selectable), a click on the selected binding runs it, as Enter does.
    fn help_click(&mut self, help: Rect, x: u16, y: u16) {
        if !help.contains((x, y).into()) {
            self.help = None;
            return;
        }
        let Some(row) = row_in(help, y) else { return };
        let lines = self.help_lines();
        let mut run = None;
        if let Some(h) = &mut self.help {
            match row.checked_sub(1) {
                None => h.typing = true,
                Some(r) => {
                    let i = h.scroll + r;
                    if matches!(lines.get(i), Some(HelpLine::Binding { .. })) {
                        if h.selected == Some(i) {
                            run = Some(i);
                        }
                        h.selected = Some(i);
                    }
                }
            }
        }
        if let Some(i) = run {
            self.run_help_line(i);
        }
    }

    /// A click inside the open comparison. Like lazygit: a click selects the statement, a click on
    /// the selected one opens it.
    fn compare_click(&mut self, x: u16, y: u16) {
        let Some(cmp) = self.compare else { return };
        let inner = self.compare_inner();
        let hit = (inner.contains((x, y).into()))
            .then(|| self.compare_layout().statement_at(usize::from(y - inner.y)))
            .flatten();
        if let Some(i) = hit {
            if i == cmp.cursor {
                self.jump_to_statement();
            } else if let Some(c) = &mut self.compare {
                c.cursor = i;
            }
        }
    }

    /// A click in the side pane (`side`, drawn `side_focused`): on the title row a tab's name shows
    /// that tab; below, a row selects its entity or claim. `was_focused`: the pane had the focus
    /// before the click.
    fn side_click(&mut self, side: Rect, x: u16, y: u16, side_focused: bool, was_focused: bool) {
        if y == side.y {
            if let Some(tab) = self.side_tab_at(x, side_focused) {
                self.show_side(tab);
            }
            return;
        }
        let Some(row) = row_in(side, y) else { return };
        match self.tab {
            SideTab::Entities => {
                let Some(row) = row.checked_sub(self.filter_rows()) else {
                    return;
                };
                let i = self.entities_cursor.offset + row;
                if let Some(EntityRow::Entity(e)) = self.entity_rows().get(i) {
                    self.entities_cursor.index = i;
                    self.select_entity(*e);
                }
            }
            SideTab::Claims => {
                let i = self.claims_cursor.offset + row;
                if let Some(&c) = self.claim_rows().get(i) {
                    // A click on the claim already under the cursor of the focused list opens its
                    // comparison, as Enter does (lazygit's habit).
                    if was_focused && i == self.claims_cursor.index {
                        self.claim = Some(c);
                        self.compare = Some(super::Compare { claim: c, cursor: 0 });
                    }
                    self.claims_cursor.index = i;
                }
            }
        }
    }

    /// The side pane's tabs as their titles read, in the order drawn.
    pub fn side_tabs(&self) -> [(SideTab, String); 2] {
        [
            (SideTab::Entities, format!("Entities {}", self.entities().len())),
            (SideTab::Claims, format!("Claims {}", self.claim_rows().len())),
        ]
    }

    /// The tab whose title is drawn at column `x` of the side pane's top border, drawn `focused` or
    /// not. The title starts after the corner and the focus mark ("▶ " focused, " " not); each tab is
    /// its name in brackets (shown) or spaces, one space between tabs.
    fn side_tab_at(&self, x: u16, focused: bool) -> Option<SideTab> {
        let side = self.areas().side;
        let mut at = usize::from(side.x) + 1 + if focused { 2 } else { 1 };
        let x = usize::from(x);
        for (tab, title) in self.side_tabs() {
            let w = title.width() + 2;
            if (at..at + w).contains(&x) {
                return Some(tab);
            }
            at += w + 1;
        }
        None
    }

    pub(super) fn wheel(&mut self, x: u16, y: u16, dir: Wheel) {
        let d: isize = if dir == Wheel::Down { 1 } else { -1 };
        let areas = self.areas();
        if let Some(h) = &mut self.help {
            h.scroll = Move::By(3 * d).apply(h.scroll, usize::MAX);
            return;
        }
        if self.view_wheel(x, y, dir) {
            return;
        }
        if let Some(c) = &mut self.compare
            && areas.compare.contains((x, y).into())
        {
            c.cursor = Move::By(d).apply(c.cursor, usize::MAX);
            return;
        }
        match areas.pane_at(x, y) {
            Some(Pane::Sources) => self.step_source(d),
            Some(Pane::Article) => {
                let len = self.doc.as_ref().map_or(0, |doc| doc.lines.len());
                let max = len.saturating_sub(self.article_view()) + 1;
                self.scroll = Move::By(3 * d).apply(self.scroll, max);
            }
            Some(Pane::Side) => match self.tab {
                SideTab::Entities => {
                    let rows = self.entity_rows();
                    let mut i = self.entities_cursor.index;
                    // Step over group headings.
                    loop {
                        let n = Move::By(d).apply(i, rows.len());
                        if n == i {
                            break;
                        }
                        i = n;
                        if matches!(rows[i], EntityRow::Entity(_)) {
                            self.entities_cursor.index = i;
                            break;
                        }
                    }
                }
                SideTab::Claims => {
                    let len = self.claim_rows().len();
                    self.claims_cursor.index = Move::By(d).apply(self.claims_cursor.index, len);
                }
            },
            None => {}
        }
    }
}

/// The row inside a bordered pane that `y` falls on.
fn row_in(r: Rect, y: u16) -> Option<usize> {
    let top = r.y + 1;
    (y >= top && y + 1 < r.y + r.height).then(|| usize::from(y - top))
}

//! [`App::update`]: the one place the reader's state changes.

use std::ops::Range;

use ratatui::layout::Rect;

use super::filter::match_entities;
use super::{App, Compare, EntityRow, Help, SOURCE_ROWS, SideTab, by_date, entity_stats, source_stats};
use crate::analysis::Analysis;
use crate::tui::action::{Action, Command, Wheel};
use crate::tui::doc::{Doc, Marks};
use crate::tui::keymap::Context;
use crate::tui::layout::{self, Pane};

/// A cursor or scroll movement.
#[derive(Debug, Clone, Copy)]
enum Move {
    By(isize),
    Top,
    Bottom,
}

impl Move {
    fn apply(self, at: usize, len: usize) -> usize {
        let last = len.saturating_sub(1);
        match self {
            Move::By(d) if d < 0 => at.saturating_sub(d.unsigned_abs()),
            Move::By(d) => at.saturating_add(d.unsigned_abs()).min(last),
            Move::Top => 0,
            Move::Bottom => last,
        }
    }
}

impl App {
    /// Apply one action, then keep every cursor and scroll position inside what is shown.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Command(c) => {
                self.message = None;
                self.command(c);
            }
            Action::Jump(n) => {
                self.message = None;
                self.jump(n);
            }
            Action::Input(c) => self.input(Some(c)),
            Action::Resize(w, h) => self.size = (w, h),
            Action::Click(x, y) => {
                self.message = None;
                self.click(x, y);
            }
            Action::Wheel(x, y, dir) => self.wheel(x, y, dir),
            Action::Progress(p) => self.progress = Some(p),
            Action::Loaded(a) => self.loaded(*a),
            Action::Failed(reason) => {
                self.progress = None;
                self.failure = Some(reason);
            }
        }
        self.settle();
    }

    fn command(&mut self, c: Command) {
        match c {
            Command::Quit => self.quit = true,
            Command::Help => {
                self.help = match self.help {
                    Some(_) => None,
                    None => Some(Help::default()),
                }
            }
            Command::Back => self.back(),
            Command::FocusNext => self.cycle_focus(1),
            Command::FocusPrev => self.cycle_focus(-1),
            Command::FocusLeft => self.step_focus(-1),
            Command::FocusRight => self.step_focus(1),
            // Digits arrive as `Action::Jump(n)`; a bare command has no number to go to.
            Command::JumpSource => {}
            Command::PrevSource => self.step_source(-1),
            Command::NextSource => self.step_source(1),
            Command::OpenFilter => match &mut self.help {
                Some(h) => h.typing = true,
                None => {
                    self.compare = None;
                    self.show_side(SideTab::Entities);
                    self.filter.typing = true;
                }
            },
            Command::ShowEntities => self.show_side(SideTab::Entities),
            Command::ShowClaims => self.show_side(SideTab::Claims),
            Command::NextMention => self.step_mark(1),
            Command::PrevMention => self.step_mark(-1),
            Command::Down => self.movement(Move::By(1)),
            Command::Up => self.movement(Move::By(-1)),
            Command::HalfPageDown => self.movement(Move::By(self.page() / 2)),
            Command::HalfPageUp => self.movement(Move::By(-self.page() / 2)),
            Command::PageDown => self.movement(Move::By(self.page())),
            Command::PageUp => self.movement(Move::By(-self.page())),
            Command::Top => self.movement(Move::Top),
            Command::Bottom => self.movement(Move::Bottom),
            Command::Select => self.select(),
            Command::Confirm => self.confirm(),
            Command::DeleteChar => self.input(None),
            Command::ClearInput => {
                if let Some(h) = self.help.as_mut().filter(|h| h.typing) {
                    h.query.clear();
                } else if self.filter.typing {
                    self.filter.query.clear();
                    self.refilter();
                }
            }
        }
    }

    /// Esc: close or clear the innermost thing.
    fn back(&mut self) {
        if let Some(h) = &mut self.help {
            if h.typing || !h.query.is_empty() {
                h.typing = false;
                h.query.clear();
            } else {
                self.help = None;
            }
        } else if self.compare.is_some() {
            self.compare = None;
        } else if self.filter.typing || !self.filter.query.is_empty() {
            self.filter.typing = false;
            self.filter.query.clear();
            self.refilter();
        } else if self.claim.is_some() {
            self.claim = None;
            self.target = None;
        } else if self.entity.is_some() {
            self.entity = None;
            self.target = None;
        }
    }

    fn show_side(&mut self, tab: SideTab) {
        self.tab = tab;
        self.focus = Pane::Side;
        self.shown = Pane::Side;
    }

    fn set_focus(&mut self, p: Pane) {
        self.focus = p;
        if p != Pane::Sources {
            self.shown = p;
        }
    }

    fn cycle_focus(&mut self, d: isize) {
        let i = Pane::ORDER.iter().position(|&p| p == self.focus).unwrap_or(0) as isize;
        self.set_focus(Pane::ORDER[(i + d).rem_euclid(3) as usize]);
    }

    fn step_focus(&mut self, d: isize) {
        let i = Pane::ORDER.iter().position(|&p| p == self.focus).unwrap_or(0) as isize;
        // When the article and side share a place, the one not shown is not "to the right".
        let next = (i + d).clamp(0, 2) as usize;
        let mut p = Pane::ORDER[next];
        if self.size.0 < layout::WIDE
            && self.size.0 >= layout::NARROW
            && p != Pane::Sources
            && d > 0
            && self.focus == Pane::Sources
        {
            p = self.shown;
        }
        self.set_focus(p);
    }

    /// Rows a page moves in the current context.
    fn page(&self) -> isize {
        let rows = match self.context() {
            Context::Help | Context::Input if self.help.is_some() => self.help_view(),
            Context::Sources => self.sources_view(),
            Context::Entities | Context::Input => self.entities_view(),
            Context::Claims => self.claims_view(),
            Context::Compare => 3,
            _ => self.article_view(),
        };
        rows.max(2) as isize
    }

    fn movement(&mut self, m: Move) {
        match self.context() {
            Context::Help | Context::Input if self.help.is_some() => {
                let len = self.help_lines().len();
                if let Some(h) = &mut self.help {
                    h.scroll = m.apply(h.scroll, len);
                }
            }
            Context::Input | Context::Entities => self.move_entity(m),
            Context::Claims => {
                let len = self.claim_rows().len();
                self.claims_cursor.index = m.apply(self.claims_cursor.index, len);
            }
            Context::Compare => {
                let len = self.compare_statements().len();
                if let Some(c) = &mut self.compare {
                    c.cursor = m.apply(c.cursor, len);
                }
            }
            Context::Sources => {
                let vis = self.visible_sources();
                let at = self.sources_cursor.index;
                if let Some(&s) = vis.get(m.apply(at, vis.len())) {
                    self.open_source(s);
                }
            }
            Context::Article | Context::Global | Context::Help => {
                let len = self.doc.as_ref().map_or(0, |d| d.lines.len());
                let max = len.saturating_sub(self.article_view()) + 1;
                self.scroll = m.apply(self.scroll, max);
            }
        }
    }

    fn move_entity(&mut self, m: Move) {
        let rows = self.entity_rows();
        let ents: Vec<usize> = (0..rows.len())
            .filter(|&i| matches!(rows[i], EntityRow::Entity(_)))
            .collect();
        let at = ents
            .iter()
            .position(|&i| i >= self.entities_cursor.index)
            .unwrap_or(0);
        if let Some(&row) = ents.get(m.apply(at, ents.len())) {
            self.entities_cursor.index = row;
            if matches!(m, Move::Top) {
                self.entities_cursor.offset = 0;
            }
        }
    }

    fn select(&mut self) {
        match self.context() {
            Context::Sources => self.set_focus(Pane::Article),
            Context::Entities => {
                if let Some(EntityRow::Entity(e)) = self.entity_rows().get(self.entities_cursor.index) {
                    self.select_entity(*e);
                }
            }
            Context::Claims => {
                if let Some(&c) = self.claim_rows().get(self.claims_cursor.index) {
                    self.claim = Some(c);
                    self.compare = Some(Compare { claim: c, cursor: 0 });
                }
            }
            Context::Compare => self.jump_to_statement(),
            _ => {}
        }
    }

    fn confirm(&mut self) {
        if let Some(h) = &mut self.help {
            h.typing = false;
        } else if self.filter.typing {
            self.filter.typing = false;
            if let Some(EntityRow::Entity(e)) = self.entity_rows().get(self.entities_cursor.index) {
                self.select_entity(*e);
            }
        }
    }

    /// Type a character (`Some`) or delete the last one (`None`) in the active text box.
    fn input(&mut self, c: Option<char>) {
        if let Some(h) = self.help.as_mut().filter(|h| h.typing) {
            match c {
                Some(c) => h.query.push(c),
                None => _ = h.query.pop(),
            }
            h.scroll = 0;
        } else if self.filter.typing {
            match c {
                Some(c) => self.filter.query.push(c),
                None => _ = self.filter.query.pop(),
            }
            self.refilter();
        }
    }

    fn refilter(&mut self) {
        self.filter.matches = match_entities(self.entities(), &self.filter.query);
        self.entities_cursor = Default::default();
    }

    /// Select an entity: its mentions light up and the sources list narrows to those naming it.
    pub(crate) fn select_entity(&mut self, e: usize) {
        self.entity = Some(e);
        self.claim = None;
        self.claims_cursor = Default::default();
        let vis = self.visible_sources();
        match self.current {
            Some(cur) if vis.contains(&cur) => self.open_source(cur),
            _ => {
                if let Some(&s) = vis.first() {
                    self.open_source(s);
                }
            }
        }
    }

    fn jump(&mut self, n: usize) {
        let vis = self.visible_sources();
        match n.checked_sub(1).and_then(|i| vis.get(i)) {
            Some(&s) => self.open_source(s),
            None => self.message = Some(format!("No source {n} in the list ({} listed)", vis.len())),
        }
    }

    fn step_source(&mut self, d: isize) {
        let vis = self.visible_sources();
        if vis.is_empty() {
            return;
        }
        let at = self.current.and_then(|c| vis.iter().position(|&s| s == c));
        let next = match at {
            Some(i) => Move::By(d).apply(i, vis.len()),
            None => 0,
        };
        self.open_source(vis[next]);
    }

    /// Read a source, keeping the selected entity or claim: scroll to its first mark there.
    pub(crate) fn open_source(&mut self, s: usize) {
        if s >= self.sources().len() {
            return;
        }
        self.current = Some(s);
        if let Some(r) = self.read.get_mut(s) {
            *r = true;
        }
        if let Some(i) = self.visible_sources().iter().position(|&v| v == s) {
            self.sources_cursor.index = i;
        }
        self.target = None;
        self.scroll = 0;
        match self.marks_to_visit().into_iter().find(|(src, _)| *src == s) {
            Some((src, span)) => self.go_to(src, span),
            None => self.ensure_doc(),
        }
    }

    /// The places n/N visit: the selected entity's mentions, else the selected claim's values, in the
    /// order of the sources list.
    fn marks_to_visit(&self) -> Vec<(usize, Range<usize>)> {
        let mut out: Vec<(usize, Range<usize>)> =
            if let Some(e) = self.entity.and_then(|e| self.entities().get(e)) {
                e.mentions.iter().map(|m| (m.source, m.span.clone())).collect()
            } else if let Some(c) = self.claim.and_then(|c| self.claims().get(c)) {
                c.statements
                    .iter()
                    .map(|s| (s.value.source, s.value.span.clone()))
                    .collect()
            } else {
                return Vec::new();
            };
        let vis = self.visible_sources();
        out.retain(|(s, span)| {
            self.sources()
                .get(*s)
                .is_some_and(|src| src.text.get(span.clone()).is_some())
        });
        out.sort_by_key(|(s, span)| (vis.iter().position(|v| v == s).unwrap_or(usize::MAX), span.start));
        out
    }

    fn step_mark(&mut self, d: isize) {
        let marks = self.marks_to_visit();
        if marks.is_empty() {
            self.message =
                Some("Select an entity or a claim first: n and N move between its mentions".into());
            return;
        }
        let at = match &self.target {
            Some(t) => marks.iter().position(|m| m == t),
            None => None,
        };
        let next = match at {
            Some(i) => (i as isize + d).rem_euclid(marks.len() as isize) as usize,
            None => marks
                .iter()
                .position(|(s, _)| Some(*s) == self.current)
                .unwrap_or(0),
        };
        if let Some(i) = at
            && ((d > 0 && next < i) || (d < 0 && next > i))
        {
            self.message = Some("Wrapped around".into());
        }
        let (s, span) = marks[next].clone();
        if Some(s) != self.current {
            self.current = Some(s);
            if let Some(r) = self.read.get_mut(s) {
                *r = true;
            }
            if let Some(i) = self.visible_sources().iter().position(|&v| v == s) {
                self.sources_cursor.index = i;
            }
        }
        self.go_to(s, span);
    }

    /// Show `span` of source `s`, a third of the way down the article.
    fn go_to(&mut self, s: usize, span: Range<usize>) {
        self.ensure_doc();
        if let Some(line) = self.doc.as_ref().and_then(|d| d.line_of(span.start)) {
            self.scroll = line.saturating_sub(self.article_view() / 3);
        }
        self.target = Some((s, span));
    }

    fn jump_to_statement(&mut self) {
        let Some(cmp) = self.compare else { return };
        let order = self.compare_statements();
        let Some(st) = order
            .get(cmp.cursor)
            .and_then(|&i| self.claims()[cmp.claim].statements.get(i))
        else {
            return;
        };
        let (s, span) = (st.value.source, st.value.span.clone());
        self.compare = None;
        self.entity = None;
        self.claim = Some(cmp.claim);
        self.open_source(s);
        self.go_to(s, span);
        self.set_focus(Pane::Article);
    }

    fn click(&mut self, x: u16, y: u16) {
        let areas = self.areas();
        if self.help.is_some() {
            if !areas.help.contains((x, y).into()) {
                self.help = None;
            }
            return;
        }
        if self.compare.is_some() {
            if areas.compare.contains((x, y).into()) {
                return;
            }
            self.compare = None;
        }
        let Some(pane) = areas.pane_at(x, y) else { return };
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
            Pane::Side => {
                let Some(row) = row_in(areas.side, y) else { return };
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
                        if i < self.claim_rows().len() {
                            self.claims_cursor.index = i;
                        }
                    }
                }
            }
            Pane::Article => {}
        }
    }

    fn wheel(&mut self, x: u16, y: u16, dir: Wheel) {
        let d: isize = if dir == Wheel::Down { 1 } else { -1 };
        let areas = self.areas();
        if let Some(h) = &mut self.help {
            h.scroll = Move::By(3 * d).apply(h.scroll, usize::MAX);
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

    fn loaded(&mut self, a: Analysis) {
        self.marks = Marks::build(&a);
        self.stats = entity_stats(&a);
        self.source_stats = source_stats(&a, &self.stats);
        self.order = by_date(&a.briefing.sources);
        self.read.resize(a.briefing.sources.len(), false);
        if self.current.is_some_and(|c| c >= a.briefing.sources.len()) {
            self.current = self.order.first().copied();
            self.doc = None;
        }
        self.briefing = crate::ingest::Briefing::default();
        self.analysis = Some(a);
        self.progress = None;
        self.refilter();
    }

    /// Lay the article out again if the source or width changed, keeping the top line's text in view.
    fn ensure_doc(&mut self) {
        let Some(cur) = self.current else {
            self.doc = None;
            return;
        };
        let width = self.article_width();
        if self
            .doc
            .as_ref()
            .is_some_and(|d| d.source == cur && d.width == width)
        {
            return;
        }
        let anchor = self
            .doc
            .as_ref()
            .filter(|d| d.source == cur)
            .and_then(|d| d.lines.get(self.scroll))
            .and_then(|l| l.words.first())
            .map(|w| w.start);
        let Some(source) = self.sources().get(cur) else {
            return;
        };
        let doc = Doc::build(cur, source, width);
        if let Some(line) = anchor.and_then(|a| doc.line_of(a)) {
            self.scroll = line;
        }
        self.doc = Some(doc);
    }

    /// Keep every cursor and scroll inside its list and view.
    fn settle(&mut self) {
        self.ensure_doc();
        let len = self.doc.as_ref().map_or(0, |d| d.lines.len());
        self.scroll = self.scroll.min(len.saturating_sub(self.article_view()));

        let vis = self.visible_sources();
        if let Some(i) = self.current.and_then(|c| vis.iter().position(|&s| s == c)) {
            self.sources_cursor.index = i;
        }
        let view = self.sources_view();
        self.sources_cursor.settle(vis.len(), view);

        let rows = self.entity_rows();
        if let Some(EntityRow::Header(..)) = rows.get(self.entities_cursor.index) {
            self.entities_cursor.index += 1;
        }
        let view = self.entities_view();
        self.entities_cursor.settle(rows.len(), view);

        let n = self.claim_rows().len();
        let view = self.claims_view();
        self.claims_cursor.settle(n, view);

        let n = self.compare_statements().len();
        if let Some(c) = &mut self.compare {
            c.cursor = c.cursor.min(n.saturating_sub(1));
        }
        let n = self.help_lines().len();
        let view = self.help_view();
        if let Some(h) = &mut self.help {
            h.scroll = h.scroll.min(n.saturating_sub(view));
        }
    }

    fn pane_rect(&self, p: Pane) -> Rect {
        let a = layout::areas(Rect::new(0, 0, self.size.0, self.size.1), p, p);
        match p {
            Pane::Sources => a.sources,
            Pane::Article => a.article,
            Pane::Side => a.side,
        }
    }

    /// Sources shown at once.
    pub fn sources_view(&self) -> usize {
        (usize::from(self.pane_rect(Pane::Sources).height.saturating_sub(2)) / SOURCE_ROWS).max(1)
    }

    /// Rows the filter line takes at the top of the entities list.
    pub fn filter_rows(&self) -> usize {
        usize::from(self.filter.typing || !self.filter.query.is_empty())
    }

    /// Entity rows shown at once.
    pub fn entities_view(&self) -> usize {
        usize::from(self.pane_rect(Pane::Side).height.saturating_sub(2))
            .saturating_sub(self.filter_rows())
            .max(1)
    }

    /// Claim rows shown at once.
    pub fn claims_view(&self) -> usize {
        usize::from(self.pane_rect(Pane::Side).height.saturating_sub(2)).max(1)
    }

    /// Help lines shown at once.
    pub fn help_view(&self) -> usize {
        usize::from(self.areas().help.height.saturating_sub(3)).max(1)
    }
}

/// The row inside a bordered pane that `y` falls on.
fn row_in(r: Rect, y: u16) -> Option<usize> {
    let top = r.y + 1;
    (y >= top && y + 1 < r.y + r.height).then(|| usize::from(y - top))
}

//! [`App::update`]: the one place the reader's state changes.

use ratatui::layout::Rect;

use super::filter::match_entities;
use super::{App, Compare, EntityRow, Help, HelpLine, SOURCE_ROWS, SideTab, by_date};
use crate::analysis::Analysis;
use crate::tui::action::{Action, Command};
use crate::tui::doc::Marks;
use crate::tui::keymap::Context;
use crate::tui::layout::{self, Pane};

/// A cursor or scroll movement.
#[derive(Debug, Clone, Copy)]
pub(super) enum Move {
    By(isize),
    Top,
    Bottom,
}

impl Move {
    pub(super) fn apply(self, at: usize, len: usize) -> usize {
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
            // The note editor keeps the keys until Enter or Esc; a click does not move under it.
            Action::Click(..) if self.note.is_some() => {}
            Action::Click(x, y) => {
                self.message = None;
                self.click(x, y);
            }
            Action::Wheel(x, y, dir) => self.wheel(x, y, dir),
            Action::Progress(p) => self.progress = Some(p),
            Action::Sources(s) => self.arrive(*s),
            Action::Loaded(a) => self.loaded(*a),
            Action::Notice(n) => {
                self.message = Some(n.clone());
                self.notices.push(n);
            }
            Action::Failed(reason) => {
                self.progress = None;
                self.failure = Some(reason);
            }
        }
        self.check_saving();
        self.settle();
        self.settle_views();
    }

    fn command(&mut self, c: Command) {
        // The timeline and the coverage matrix: `t`, `M`, and every key while one is open.
        if self.view_command(c) {
            return;
        }
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
            Command::ToggleRead => self.toggle_read(),
            Command::CycleFlag => self.cycle_flag(),
            Command::WriteNote => self.start_note(),
            Command::OpenLink => self.open_link(),
            Command::CopyLink => self.copy_link(),
            Command::CopyClaim => self.copy_claim(),
            Command::SearchText => self.start_search(),
            Command::NextHit => self.step_hit(1),
            Command::PrevHit => self.step_hit(-1),
            Command::NextValue => self.step_value(1),
            Command::PrevValue => self.step_value(-1),
            Command::CompareValue => self.compare_value_in_view(),
            Command::JumpBack => self.jump_back(),
            // Taken by `view_command` above.
            Command::Timeline | Command::Matrix | Command::PrevColumn | Command::NextColumn => {}
            Command::ClearInput => {
                if let Some(n) = &mut self.note {
                    n.text.clear();
                } else if let Some(h) = self.help.as_mut().filter(|h| h.typing) {
                    h.query.clear();
                } else if self.search.typing {
                    self.search.query.clear();
                    self.search_typed();
                } else if self.filter.typing {
                    self.filter.query.clear();
                    self.refilter();
                }
            }
        }
    }

    /// Esc: close or clear the innermost thing on screen. What is not on screen (the filter while the
    /// claims list shows, the text search while the article is hidden) is left for later, so every
    /// Esc changes what is seen.
    fn back(&mut self) {
        if self.note.take().is_some() {
            self.message = Some("Note not changed".into());
        } else if let Some(h) = &mut self.help {
            if h.typing || !h.query.is_empty() {
                h.typing = false;
                h.query.clear();
                h.selected = None;
            } else {
                self.help = None;
            }
        } else if self.compare.is_some() {
            self.compare = None;
        } else if self.search.typing {
            self.cancel_search();
        } else if self.search.active() && visible(self.areas().article) {
            self.search = Default::default();
        } else if self.filter.typing
            || (!self.filter.query.is_empty() && self.tab == SideTab::Entities && visible(self.areas().side))
        {
            self.filter.typing = false;
            self.filter.query.clear();
            self.refilter();
            // Back in the full list, keep the selected entity under the cursor.
            if let Some(e) = self.entity
                && let Some(i) = self.entity_rows().iter().position(|r| *r == EntityRow::Entity(e))
            {
                self.entities_cursor.index = i;
            }
        } else if let Some(e) = self.entity {
            // A claim selected with an entity does not show (the entity decides what is lit and
            // listed): both go at once.
            self.entity = None;
            self.claim = None;
            self.target = None;
            let name = self.entities().get(e).map_or("", |e| e.name.as_str());
            self.message = Some(format!("{name}: selection cleared"));
        } else if let Some(c) = self.claim {
            self.claim = None;
            self.target = None;
            let id = self.claims().get(c).map_or("", |c| c.id.as_str());
            self.message = Some(format!("Claim {id}: selection cleared"));
        }
    }

    pub(super) fn show_side(&mut self, tab: SideTab) {
        self.tab = tab;
        self.focus = Pane::Side;
        self.shown = Pane::Side;
    }

    pub(super) fn set_focus(&mut self, p: Pane) {
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
        if self.widths.shared_place(self.size.0) && p != Pane::Sources && d > 0 && self.focus == Pane::Sources
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
            Context::Input if self.search.typing => match m {
                Move::By(d) => self.step_hit(d.signum()),
                Move::Top | Move::Bottom => {}
            },
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
            // The note editor has no movement keys; the views move in app/views.rs.
            Context::Note | Context::Timeline | Context::Matrix => {}
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
            Context::Help => {
                if let Some(i) = self.help.as_ref().and_then(|h| h.selected) {
                    self.run_help_line(i);
                }
            }
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
        if self.note.is_some() {
            self.save_note();
        } else if self.help.is_some() {
            // The search is kept and its best match selected: Enter again runs it.
            let first = self
                .help_lines()
                .iter()
                .position(|l| matches!(l, HelpLine::Binding { .. }));
            if let Some(h) = &mut self.help {
                h.typing = false;
                if !h.query.trim().is_empty() {
                    h.selected = first;
                }
            }
        } else if self.search.typing {
            self.accept_search();
        } else if self.filter.typing {
            self.filter.typing = false;
            if let Some(EntityRow::Entity(e)) = self.entity_rows().get(self.entities_cursor.index) {
                self.select_entity(*e);
            }
        }
    }

    /// Close the help and run the binding on its line `i` where it applies: a pane's binding
    /// with that pane focused. The help's, the search box's and the note editor's own
    /// bindings only act there, so they are not run from it.
    pub(super) fn run_help_line(&mut self, i: usize) {
        let Some(HelpLine::Binding { context, command, .. }) = self.help_lines().get(i).cloned() else {
            return;
        };
        if matches!(
            context,
            Context::Help | Context::Input | Context::Note | Context::Timeline | Context::Matrix
        ) || command == Command::Help
        {
            return;
        }
        self.help = None;
        match context {
            Context::Sources => self.set_focus(Pane::Sources),
            Context::Article => self.set_focus(Pane::Article),
            Context::Entities => self.show_side(SideTab::Entities),
            Context::Claims => self.show_side(SideTab::Claims),
            Context::Global
            | Context::Compare
            | Context::Input
            | Context::Help
            | Context::Note
            | Context::Timeline
            | Context::Matrix => {}
        }
        self.command(command);
    }

    /// Type a character (`Some`) or delete the last one (`None`) in the active text box.
    fn input(&mut self, c: Option<char>) {
        if self.note.is_some() {
            self.note_input(c);
        } else if let Some(h) = self.help.as_mut().filter(|h| h.typing) {
            match c {
                Some(c) => h.query.push(c),
                None => _ = h.query.pop(),
            }
            h.scroll = 0;
            h.selected = None;
        } else if self.search.typing {
            match c {
                Some(c) => self.search.query.push(c),
                None => _ = self.search.query.pop(),
            }
            self.search_typed();
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

    fn loaded(&mut self, mut a: Analysis) {
        crate::tui::incoming::for_display(&mut a.briefing);
        self.marks = Marks::build(&a);
        self.stats = super::entity_stats(&a);
        self.source_stats = super::source_stats(&a, &self.stats);
        self.order = by_date(&a.briefing.sources);
        self.read.resize(a.briefing.sources.len(), false);
        self.saved.claim_keys = crate::state::claim_keys(&a.claims);
        if self.current.is_some_and(|c| c >= a.briefing.sources.len()) {
            self.current = self.order.first().copied();
            self.doc = None;
        }
        self.briefing = crate::ingest::Briefing::default();
        self.analysis = Some(a);
        self.progress = None;
        self.measure();
        self.refilter();
    }

    /// Keep every cursor and scroll inside its list and view.
    fn settle(&mut self) {
        self.ensure_doc();
        self.refresh_hits();
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

    pub(super) fn pane_rect(&self, p: Pane) -> Rect {
        let a = layout::areas(Rect::new(0, 0, self.size.0, self.size.1), p, p, self.widths);
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

/// True for an area drawn on screen.
fn visible(r: Rect) -> bool {
    r.width > 0 && r.height > 0
}

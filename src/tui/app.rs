//! The reader's state. Only [`App::update`] (in `app/update.rs`) changes it; views draw from `&App`.

mod arrive;
mod compare;
mod filter;
mod jump;
mod legend;
mod links;
mod lists;
mod mouse;
mod navigate;
mod rows;
mod saved;
mod search;
mod stats;
mod update;
mod views;

use std::ops::Range;
use std::sync::Arc;

use ratatui::layout::Rect;

use arrive::summary;
pub use compare::{CompareLayout, SENTENCE_LINES};
pub use filter::{FilterMatch, HelpLine, match_entities};
use jump::Place;
pub use legend::Highlight;
pub use links::{Effect, open, osc52};
pub use lists::{claim_involves, source_count};
pub use rows::{claim_values, counted, entity_tail};
use saved::Saved;
pub use saved::{NoteEdit, NoteTarget};
pub use search::{Search, find_text};
use stats::{entity_stats, source_stats};
pub use views::{DETAIL_ROWS, MATRIX_HEAD, TIMELINE_HEAD, View, ViewTab};

use super::doc::{Doc, Marks};
pub use super::incoming::Incoming;
use super::incoming::by_date;
use super::keymap::{Context, Keymap};
use super::layout::{self, Areas, Pane};
use crate::analysis::{Analysis, Progress};
use crate::claims::{Claim, Verdict};
use crate::entities::{Entity, EntityKind};
use crate::ingest::{Briefing, Source};

/// Rows each source takes in the sources pane.
pub const SOURCE_ROWS: usize = 3;

/// Which list the side pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideTab {
    Entities,
    Claims,
}

/// A cursor in a list and the first row shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    pub index: usize,
    pub offset: usize,
}

impl Cursor {
    /// Keep the cursor inside `len` items and the offset such that it shows in `view` rows.
    pub fn settle(&mut self, len: usize, view: usize) {
        self.index = self.index.min(len.saturating_sub(1));
        let view = view.max(1);
        if self.index < self.offset {
            self.offset = self.index;
        } else if self.index >= self.offset + view {
            self.offset = self.index + 1 - view;
        }
        self.offset = self.offset.min(len.saturating_sub(view));
    }
}

/// The entity filter (`/`).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keys go into the query.
    pub typing: bool,
    pub query: String,
    /// Matches for a non-empty query, best first.
    pub matches: Vec<FilterMatch>,
}

/// The claim comparison view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Compare {
    pub claim: usize,
    /// Index into [`App::compare_statements`].
    pub cursor: usize,
}

/// The help overlay.
#[derive(Debug, Clone, Default)]
pub struct Help {
    pub typing: bool,
    pub query: String,
    pub scroll: usize,
    /// The clicked line, an index into [`App::help_lines`].
    pub selected: Option<usize>,
}

/// A row of the entities list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRow {
    Header(EntityKind, usize),
    Entity(usize),
}

/// Per-entity figures shown in the list.
#[derive(Debug, Clone, Default)]
pub struct EntityStats {
    /// Mentions per source, indexed like the briefing.
    pub per_source: Vec<usize>,
    pub mentions: usize,
    pub agree: usize,
    pub disagree: usize,
}

/// How much of the analysis a source covers: the hint under it in the sources pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SourceStats {
    /// Distinct entities it names.
    pub names: usize,
    /// Claims it states a value for, and how many of those are disputed.
    pub claims: usize,
    pub disagree: usize,
}

/// Everything the reader shows and where the user is.
///
/// The fields are private so that only [`App::update`] (and the helpers in `app/`) change them; views,
/// the event loop and tests read them through the accessors below.
#[derive(Debug)]
pub struct App {
    /// The sources until the analysis arrives (then they live in `analysis`).
    briefing: Briefing,
    analysis: Option<Analysis>,
    keymap: Arc<Keymap>,
    marks: Marks,
    stats: Vec<EntityStats>,
    source_stats: Vec<SourceStats>,
    /// Progress of the analysis while it runs.
    progress: Option<Progress>,
    failure: Option<String>,
    notices: Vec<String>,
    /// A one-line message for the status bar, cleared by the next action.
    message: Option<String>,
    size: (u16, u16),
    focus: Pane,
    /// Which of article and side shows when only one of them fits.
    shown: Pane,
    tab: SideTab,
    /// All sources, by publication date, undated last.
    order: Vec<usize>,
    /// The source being read (briefing index).
    current: Option<usize>,
    read: Vec<bool>,
    sources_cursor: Cursor,
    /// First article line shown.
    scroll: usize,
    doc: Option<Doc>,
    entity: Option<usize>,
    claim: Option<usize>,
    entities_cursor: Cursor,
    claims_cursor: Cursor,
    filter: Filter,
    compare: Option<Compare>,
    help: Option<Help>,
    /// The span jumped to (a mention by n/N, a statement's value): source and byte range.
    target: Option<(usize, Range<usize>)>,
    /// Read marks, flags and notes, and where they are saved.
    saved: Saved,
    /// The note being written.
    note: Option<NoteEdit>,
    quit: bool,
    /// How dates are shown (strftime; the config's `date_format`).
    date_format: String,
    /// What the event loop is to do outside the state (open a link, copy text).
    effects: Vec<Effect>,
    /// What the sources and side panes' rows ask of the layout, worked out when the analysis arrives.
    widths: layout::Widths,
    /// The article's text search (`/` in the article).
    search: Search,
    /// Where each jump (a statement read in its source, a value's comparison, a search) came from,
    /// latest last: `jump_back` returns there.
    jumps: Vec<Place>,
    /// The open timeline and coverage matrix (app/views.rs).
    views: views::Views,
}

impl App {
    /// A reader over a briefing whose analysis is still to come.
    pub fn new(briefing: Briefing, notices: Vec<String>, keymap: Arc<Keymap>) -> App {
        let mut app = App::loading(&briefing.name, Vec::new(), keymap);
        app.arrive(Incoming::new(briefing, notices));
        app
    }

    /// A reader whose sources are still being read: the title bar, empty panes and the count of
    /// files read. [`Action::Sources`](super::action::Action::Sources) brings the sources.
    pub fn loading(name: &str, notices: Vec<String>, keymap: Arc<Keymap>) -> App {
        App {
            order: Vec::new(),
            briefing: Briefing {
                name: crate::text::safe::line(name).into_owned(),
                sources: Vec::new(),
            },
            analysis: None,
            keymap,
            marks: Marks::default(),
            stats: Vec::new(),
            source_stats: Vec::new(),
            progress: Some(Progress {
                stage: READING,
                done: 0,
                total: 0,
            }),
            failure: None,
            message: summary(&notices),
            notices,
            size: (80, 24),
            focus: Pane::Sources,
            shown: Pane::Article,
            tab: SideTab::Entities,
            current: None,
            read: Vec::new(),
            sources_cursor: Cursor::default(),
            scroll: 0,
            doc: None,
            entity: None,
            claim: None,
            entities_cursor: Cursor::default(),
            claims_cursor: Cursor::default(),
            filter: Filter::default(),
            compare: None,
            help: None,
            target: None,
            saved: Saved::new("", Vec::new()),
            note: None,
            quit: false,
            date_format: crate::tui::config::DEFAULT_DATE_FORMAT.to_string(),
            effects: Vec::new(),
            widths: layout::Widths::default(),
            search: Search::default(),
            jumps: Vec::new(),
            views: views::Views::default(),
        }
    }

    /// A reader over a finished analysis (tests, and briefings analysed elsewhere).
    pub fn with_analysis(analysis: Analysis, keymap: Arc<Keymap>) -> App {
        let mut app = App::new(analysis.briefing.clone(), Vec::new(), keymap);
        app.update(super::action::Action::Loaded(Box::new(analysis)));
        app
    }

    /// Show dates in `format` (strftime, checked by the config).
    pub fn set_date_format(&mut self, format: &str) {
        self.date_format = format.to_string();
        self.doc = None;
        self.measure();
    }

    /// Work out what the panes' rows ask of the layout (after the analysis or the date format changes).
    pub(super) fn measure(&mut self) {
        self.widths = rows::widths(self);
    }

    /// What the sources and side panes' rows ask of the layout.
    pub fn widths(&self) -> layout::Widths {
        self.widths
    }

    /// A publication date as the config shows dates; "undated" when unknown.
    pub fn date(&self, d: Option<chrono::NaiveDate>) -> String {
        crate::tui::doc::show_date(d, &self.date_format)
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// Progress of the analysis while it runs; `None` once it is in (or failed).
    pub fn progress(&self) -> Option<&Progress> {
        self.progress.as_ref()
    }

    /// Why the analysis failed, if it did.
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_deref()
    }

    /// Load problems, one line each (skipped files, decoding warnings).
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// The status bar's one-line message, cleared by the next action.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The terminal size as columns and rows.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    /// Which of article and side shows when only one of them fits.
    pub fn shown(&self) -> Pane {
        self.shown
    }

    pub fn tab(&self) -> SideTab {
        self.tab
    }

    /// The source being read (briefing index).
    pub fn current(&self) -> Option<usize> {
        self.current
    }

    /// Which sources have been opened, indexed like the briefing.
    pub fn read(&self) -> &[bool] {
        &self.read
    }

    pub fn sources_cursor(&self) -> Cursor {
        self.sources_cursor
    }

    /// First article line shown.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// The selected entity (index into [`App::entities`]).
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }

    /// The selected claim (index into [`App::claims`]).
    pub fn claim(&self) -> Option<usize> {
        self.claim
    }

    pub fn entities_cursor(&self) -> Cursor {
        self.entities_cursor
    }

    pub fn claims_cursor(&self) -> Cursor {
        self.claims_cursor
    }

    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The open claim comparison.
    pub fn compare(&self) -> Option<Compare> {
        self.compare
    }

    /// The article's text search.
    pub fn search(&self) -> &Search {
        &self.search
    }

    /// How many places the jump list holds (`jump_back` returns to the latest).
    pub fn jumps(&self) -> usize {
        self.jumps.len()
    }

    /// The open help overlay.
    pub fn help(&self) -> Option<&Help> {
        self.help.as_ref()
    }

    /// The span jumped to (a mention by n/N, a statement's value): source and byte range.
    pub fn target(&self) -> Option<&(usize, Range<usize>)> {
        self.target.as_ref()
    }

    /// Whether the user asked to quit; the event loop ends after this action.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn briefing(&self) -> &Briefing {
        self.analysis.as_ref().map_or(&self.briefing, |a| &a.briefing)
    }

    pub fn sources(&self) -> &[Source] {
        &self.briefing().sources
    }

    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis.as_ref()
    }

    pub fn entities(&self) -> &[Entity] {
        self.analysis.as_ref().map_or(&[], |a| &a.entities)
    }

    pub fn claims(&self) -> &[Claim] {
        self.analysis.as_ref().map_or(&[], |a| &a.claims)
    }

    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    pub fn stats(&self, entity: usize) -> Option<&EntityStats> {
        self.stats.get(entity)
    }

    /// Coverage figures of a source, once the analysis is in.
    pub fn source_stats(&self, source: usize) -> Option<&SourceStats> {
        self.source_stats.get(source)
    }

    /// All sources by date (briefing indices).
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// The key context for the next key: the innermost open thing, else the focused pane.
    pub fn context(&self) -> Context {
        if self.note.is_some() {
            return Context::Note;
        }
        if let Some(h) = &self.help {
            return if h.typing { Context::Input } else { Context::Help };
        }
        if self.filter.typing || self.search.typing {
            return Context::Input;
        }
        if let Some(c) = self.view_context() {
            return c;
        }
        if self.compare.is_some() {
            return Context::Compare;
        }
        match (self.focus, self.tab) {
            (Pane::Sources, _) => Context::Sources,
            (Pane::Article, _) => Context::Article,
            (Pane::Side, SideTab::Entities) => Context::Entities,
            (Pane::Side, SideTab::Claims) => Context::Claims,
        }
    }

    /// The frame's layout at the current size.
    pub fn areas(&self) -> Areas {
        layout::areas(
            Rect::new(0, 0, self.size.0, self.size.1),
            self.focus,
            self.shown,
            self.widths,
        )
    }

    /// The article laid out for the current width, if one is open.
    pub fn doc(&self) -> Option<&Doc> {
        self.doc.as_ref()
    }

    /// Rows the article shows at once.
    pub fn article_view(&self) -> usize {
        let r = self.article_rect();
        usize::from(r.height.saturating_sub(2)).max(1)
    }

    /// Where the article goes, even while the side pane has its place.
    pub fn article_rect(&self) -> Rect {
        layout::areas(
            Rect::new(0, 0, self.size.0, self.size.1),
            Pane::Article,
            Pane::Article,
            self.widths,
        )
        .article
    }

    /// Columns of article text: inside the border (the scrollbar is drawn on the border).
    pub fn article_width(&self) -> usize {
        usize::from(self.article_rect().width.saturating_sub(2)).max(1)
    }

    /// Number of claims that disagree.
    pub fn disagreements(&self) -> usize {
        self.claims()
            .iter()
            .filter(|c| c.verdict == Verdict::Disagree)
            .count()
    }
}

/// The progress stage while the files are read.
pub const READING: &str = "loading";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_settles_inside_view() {
        let cases = [
            // (index, offset, len, view) -> (index, offset)
            ((0, 0, 10, 3), (0, 0)),
            ((5, 0, 10, 3), (5, 3)),
            ((2, 5, 10, 3), (2, 2)),
            ((20, 0, 10, 3), (9, 7)),
            ((0, 4, 0, 3), (0, 0)),
            ((3, 9, 5, 10), (3, 0)),
        ];
        for ((index, offset, len, view), want) in cases {
            let mut c = Cursor { index, offset };
            c.settle(len, view);
            assert_eq!((c.index, c.offset), want, "{index} {offset} {len} {view}");
        }
    }
}

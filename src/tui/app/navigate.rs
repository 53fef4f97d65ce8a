//! Moving between sources and marks: opening a source, n/N over mentions or statements, jumping from
//! a comparison. Part of [`App::update`]'s work.

use std::ops::Range;

use super::App;
use super::update::Move;
use crate::tui::doc::Doc;
use crate::tui::layout::Pane;

impl App {
    /// Select an entity: its mentions light up and the sources list narrows to those naming it.
    pub(super) fn select_entity(&mut self, e: usize) {
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

    pub(super) fn jump(&mut self, n: usize) {
        let vis = self.visible_sources();
        match n.checked_sub(1).and_then(|i| vis.get(i)) {
            Some(&s) => self.open_source(s),
            None => self.message = Some(format!("No source {n} in the list ({} listed)", vis.len())),
        }
    }

    pub(super) fn step_source(&mut self, d: isize) {
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
    pub(super) fn open_source(&mut self, s: usize) {
        if s >= self.sources().len() {
            return;
        }
        self.current = Some(s);
        self.set_read(s, true);
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
    pub(super) fn marks_to_visit(&self) -> Vec<(usize, Range<usize>)> {
        let mut out: Vec<(usize, Range<usize>)> =
            if let Some(e) = self.entity.and_then(|e| self.entities().get(e)) {
                e.mentions.iter().map(|m| (m.source(), m.span())).collect()
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

    pub(super) fn step_mark(&mut self, d: isize) {
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
            self.set_read(s, true);
            if let Some(i) = self.visible_sources().iter().position(|&v| v == s) {
                self.sources_cursor.index = i;
            }
        }
        self.go_to(s, span);
    }

    /// Show `span` of source `s`, a third of the way down the article.
    pub(super) fn go_to(&mut self, s: usize, span: Range<usize>) {
        self.ensure_doc();
        if let Some(line) = self.doc.as_ref().and_then(|d| d.line_of(span.start)) {
            self.scroll = line.saturating_sub(self.article_view() / 3);
        }
        self.target = Some((s, span));
    }

    pub(super) fn jump_to_statement(&mut self) {
        let Some(cmp) = self.compare else { return };
        let order = self.compare_statements();
        let Some(st) = order
            .get(cmp.cursor)
            .and_then(|&i| self.claims()[cmp.claim].statements.get(i))
        else {
            return;
        };
        let (s, span) = (st.value.source, st.value.span.clone());
        // The comparison is kept in the jump list: jump_back (C-o) returns to it.
        self.push_jump(self.place());
        self.compare = None;
        // The selected entity stays; with none, the claim is selected, so n/N walk its values.
        if self.entity.is_none() {
            self.claim = Some(cmp.claim);
        }
        self.open_source(s);
        self.go_to(s, span);
        self.set_focus(Pane::Article);
        if let Some(e) = self.entity
            && !self.visible_sources().contains(&s)
        {
            let name = self.entities().get(e).map_or("", |e| e.name.as_str());
            self.message = Some(format!("This source does not name {name}: it is not in the list"));
        }
    }

    /// Lay the article out again if the source or width changed, keeping the top line's text in view.
    pub(super) fn ensure_doc(&mut self) {
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
        let doc = Doc::build_with(cur, source, width, &self.date_format);
        if let Some(line) = anchor.and_then(|a| doc.line_of(a)) {
            self.scroll = line;
        }
        self.doc = Some(doc);
    }
}

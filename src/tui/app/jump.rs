//! Between the article and the claims: the marked values of the article (`v`/`V` go to them, Enter
//! or a click opens a value's comparison) and the jump list that leads back (`jump_back`, C-o).

use std::ops::Range;

use super::{App, Compare, SideTab};
use crate::claims::Verdict;
use crate::tui::doc::MarkKind;
use crate::tui::layout::Pane;

/// The jump list keeps this many places; older ones are dropped.
const MAX_JUMPS: usize = 100;

/// Where the reader was: what is open and selected, and the article's position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    current: Option<usize>,
    scroll: usize,
    /// The article's width when `scroll` was taken: at another width `top` places it instead.
    width: usize,
    /// The first byte of text at or below the top line, if the article shows any.
    top: Option<usize>,
    target: Option<(usize, Range<usize>)>,
    compare: Option<Compare>,
    entity: Option<usize>,
    claim: Option<usize>,
    focus: Pane,
    shown: Pane,
    tab: SideTab,
}

impl Place {
    /// The first byte of text on screen when the place was taken.
    pub fn top(&self) -> Option<usize> {
        self.top
    }
}

impl App {
    /// The reader's place now.
    pub(super) fn place(&self) -> Place {
        Place {
            current: self.current,
            scroll: self.scroll,
            width: self.article_width(),
            top: self.screen_bytes().map(|r| r.start),
            target: self.target.clone(),
            compare: self.compare,
            entity: self.entity,
            claim: self.claim,
            focus: self.focus,
            shown: self.shown,
            tab: self.tab,
        }
    }

    /// Remember a place to come back to.
    pub(super) fn push_jump(&mut self, p: Place) {
        if self.jumps.last() != Some(&p) {
            self.jumps.push(p);
        }
        if self.jumps.len() > MAX_JUMPS {
            self.jumps.remove(0);
        }
    }

    /// Go back to where the last jump came from.
    pub(super) fn jump_back(&mut self) {
        match self.jumps.pop() {
            Some(p) => self.restore(&p),
            None => {
                self.message = Some(
                    "Nothing to go back to (a jump: a statement read, a value compared, a search)".into(),
                )
            }
        }
    }

    /// Put the reader back at `p` (read marks stay as they are).
    pub(super) fn restore(&mut self, p: &Place) {
        self.entity = p.entity.filter(|&e| e < self.entities().len());
        self.claim = p.claim.filter(|&c| c < self.claims().len());
        self.compare = p.compare.filter(|c| c.claim < self.claims().len());
        if let Some(s) = p.current.filter(|&s| s < self.sources().len()) {
            self.current = Some(s);
            self.ensure_doc();
            self.scroll = if p.width == self.article_width() {
                p.scroll
            } else {
                p.top
                    .and_then(|t| self.doc.as_ref().and_then(|d| d.line_of(t)))
                    .unwrap_or(p.scroll)
            };
        }
        self.target = p.target.clone();
        self.tab = p.tab;
        self.focus = p.focus;
        self.shown = p.shown;
    }

    /// The bytes of the article's text on screen: from the first word of the top line on to the
    /// last word of the bottom line.
    pub(super) fn screen_bytes(&self) -> Option<Range<usize>> {
        let doc = self.doc.as_ref().filter(|d| Some(d.source) == self.current)?;
        let lines = doc.lines.iter().skip(self.scroll).take(self.article_view());
        let mut words = lines.flat_map(|l| l.words.iter());
        let first = words.next()?.start;
        let last = words.last().map_or(first, |w| w.end);
        Some(first..last.max(first))
    }

    /// The marked values of source `s` in text order, each with its claim; a span several claims
    /// share is given once, to its most disputed claim.
    pub fn values(&self, s: usize) -> Vec<(usize, Range<usize>)> {
        let Some(src) = self.sources().get(s) else {
            return Vec::new();
        };
        let mut out: Vec<(usize, Range<usize>, Verdict)> = Vec::new();
        for m in self.marks.overlapping(s, 0..src.text.len()) {
            let MarkKind::Value { claim, verdict } = m.kind else {
                continue;
            };
            match out.iter_mut().find(|(_, span, _)| *span == m.span) {
                Some(v) if verdict < v.2 => *v = (claim, m.span.clone(), verdict),
                Some(_) => {}
                None => out.push((claim, m.span.clone(), verdict)),
            }
        }
        out.into_iter().map(|(c, span, _)| (c, span)).collect()
    }

    /// Where `v`/`n` step from: the jump target when it is on screen (then a step leaves it), else
    /// the top of the screen going down or its bottom going up.
    pub(super) fn cursor_byte(&self, d: isize) -> (usize, bool) {
        let screen = self.screen_bytes().unwrap_or(0..0);
        match &self.target {
            Some((s, t)) if Some(*s) == self.current && t.start < screen.end && t.end > screen.start => {
                (t.start, true)
            }
            _ if d > 0 => (screen.start, false),
            _ => (screen.end, true),
        }
    }

    /// `v`/`V`: the next or previous marked value of the article, wrapping around it.
    pub(super) fn step_value(&mut self, d: isize) {
        let Some(cur) = self.current else { return };
        let values = self.values(cur);
        if values.is_empty() {
            self.message = Some("No marked values in this article".into());
            return;
        }
        let (from, strict) = self.cursor_byte(d);
        let next = if d > 0 {
            values
                .iter()
                .find(|(_, v)| v.start > from || (!strict && v.start == from))
        } else {
            values.iter().rev().find(|(_, v)| v.start < from)
        };
        let (_, span) = match next {
            Some(v) => v.clone(),
            None => {
                self.message = Some("Wrapped around".into());
                let wrapped = if d > 0 { values.first() } else { values.last() };
                wrapped.cloned().unwrap_or_default()
            }
        };
        self.reveal(cur, span);
    }

    /// Enter in the article: the comparison of the value gone to, if it is on screen, else of the
    /// first value on screen.
    pub(super) fn compare_value_in_view(&mut self) {
        let Some(cur) = self.current else { return };
        let values = self.values(cur);
        let screen = self.screen_bytes().unwrap_or(0..0);
        let at_target = self
            .target
            .as_ref()
            .filter(|(s, t)| *s == cur && t.start < screen.end && t.end > screen.start)
            .and_then(|(_, t)| values.iter().find(|(_, v)| v.start < t.end && t.start < v.end));
        let first = values
            .iter()
            .find(|(_, v)| v.start >= screen.start && v.start < screen.end);
        match at_target.or(first).cloned() {
            Some((claim, span)) => self.open_value(claim, span),
            None => {
                self.message =
                    Some("No marked value on screen: v goes to the next one, V to the previous".into())
            }
        }
    }

    /// Open the comparison of `claim` from its value at `span` of the article being read, with that
    /// statement under the cursor; the jump list keeps the article's place.
    pub(super) fn open_value(&mut self, claim: usize, span: Range<usize>) {
        let Some(s) = self.current else { return };
        if claim >= self.claims().len() {
            return;
        }
        self.target = Some((s, span.clone()));
        self.push_jump(self.place());
        self.compare = Some(Compare { claim, cursor: 0 });
        let statements = &self.claims()[claim].statements;
        let cursor = self
            .compare_statements()
            .iter()
            .position(|&i| statements[i].value.source == s && statements[i].value.span == span)
            .unwrap_or(0);
        self.compare = Some(Compare { claim, cursor });
    }

    /// Make `span` of source `s` the target, scrolling only if it is off screen (then to a third of
    /// the way down).
    pub(super) fn reveal(&mut self, s: usize, span: Range<usize>) {
        self.ensure_doc();
        let view = self.article_view();
        if let Some(line) = self.doc.as_ref().and_then(|d| d.line_of(span.start))
            && (line < self.scroll || line >= self.scroll + view)
        {
            self.scroll = line.saturating_sub(view / 3);
        }
        self.target = Some((s, span));
    }

    /// The value drawn at column `x`, row `y` of the screen, if the article shows one there.
    pub(super) fn value_at(&self, x: u16, y: u16) -> Option<(usize, Range<usize>)> {
        let byte = self.article_byte_at(x, y)?;
        let cur = self.current?;
        self.values(cur)
            .into_iter()
            .find(|(_, v)| v.start <= byte && byte < v.end)
    }

    /// The byte of the article's text drawn at column `x`, row `y` (a space between two words is the
    /// byte after the first).
    fn article_byte_at(&self, x: u16, y: u16) -> Option<usize> {
        use unicode_width::UnicodeWidthChar;
        let area = self.areas().article;
        let inner = ratatui::layout::Rect::new(
            area.x + 1,
            area.y + 1,
            area.width.saturating_sub(2),
            area.height.saturating_sub(2),
        );
        if !inner.contains((x, y).into()) {
            return None;
        }
        let doc = self.doc.as_ref().filter(|d| Some(d.source) == self.current)?;
        let line = doc.lines.get(self.scroll + usize::from(y - inner.y))?;
        let text = &self.sources().get(doc.source)?.text;
        let col = usize::from(x - inner.x);
        let mut at = 0;
        for (i, w) in line.words.iter().enumerate() {
            if i > 0 {
                if col == at {
                    return Some(line.words[i - 1].end);
                }
                at += 1;
            }
            for (off, c) in text.get(w.clone())?.char_indices() {
                let cw = c.width().unwrap_or(0);
                if col < at + cw.max(1) {
                    return Some(w.start + off);
                }
                at += cw;
            }
        }
        None
    }
}

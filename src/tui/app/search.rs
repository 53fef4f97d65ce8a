//! The article's text search: `/` in the article, then `n`/`N` over the hits. Case and diacritics
//! are folded on both sides as the entity filter folds them ([`fold`]), and a run of spaces or line
//! breaks matches one space, as the article shows it. While typing, the search stays in the article
//! being read and Esc goes back to where it began; Enter keeps the hits lit, and `n`/`N` go on into
//! the next listed source with one.

use std::ops::Range;

use super::App;
use super::filter::fold;
use super::jump::Place;
use crate::ingest::Source;
use crate::tui::layout::Pane;

/// The text search and its hits in the source being read.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Keys go into the query.
    pub typing: bool,
    pub query: String,
    /// The source `hits` are of; `None` when they are to be found again.
    pub(super) source: Option<usize>,
    /// Hits in `source`: byte ranges of its text, in order.
    pub(super) hits: Vec<Range<usize>>,
    /// Where the reader was when `/` was pressed: Esc while typing goes back there, and Enter
    /// records it in the jump list.
    pub(super) origin: Option<Place>,
}

impl Search {
    /// Whether there is a query to light and walk.
    pub fn active(&self) -> bool {
        !self.query.trim().is_empty()
    }
}

/// Where `query` occurs in the text `source` shows (its headline and body), matched as the search
/// matches: byte ranges of the original text, in order, not overlapping.
pub fn find_text(source: &Source, query: &str) -> Vec<Range<usize>> {
    let query: Vec<char> = fold(query)
        .0
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    if query.is_empty() {
        return Vec::new();
    }
    let text = source.text.as_str();
    let (chars, spans) = folded(text);
    let shown = shown(source);
    let mut out = Vec::new();
    let mut i = 0;
    while i + query.len() <= chars.len() {
        if chars[i..i + query.len()] == query[..] {
            let hit = spans[i].start..spans[i + query.len() - 1].end;
            if shown.iter().any(|r| r.start <= hit.start && hit.end <= r.end) {
                out.push(hit);
                i += query.len();
                continue;
            }
        }
        i += 1;
    }
    out
}

/// `text` folded for the search, one char at a time, with the bytes of the original each came from;
/// whitespace runs become one space.
fn folded(text: &str) -> (Vec<char>, Vec<Range<usize>>) {
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let (f, from) = fold(text);
    let mut chars = Vec::with_capacity(from.len());
    let mut spans = Vec::with_capacity(from.len());
    for (c, &i) in f.chars().zip(&from) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && chars.last() == Some(&' ') {
            continue;
        }
        let start = starts[i];
        chars.push(c);
        spans.push(start..starts.get(i + 1).copied().unwrap_or(text.len()));
    }
    (chars, spans)
}

/// The parts of a source's text the article shows: the headline and the body (without body spans,
/// everything but the headline), as the article is laid out.
fn shown(s: &Source) -> Vec<Range<usize>> {
    let fits = |r: &Range<usize>| s.text.get(r.clone()).is_some();
    let headline = s.headline.clone().filter(fits);
    let mut out: Vec<Range<usize>> = headline.iter().cloned().collect();
    let body: Vec<Range<usize>> = s.body.iter().filter(|r| fits(r)).cloned().collect();
    if !body.is_empty() {
        out.extend(body);
    } else if let Some(h) = headline {
        out.extend([0..h.start, h.end..s.text.len()]);
    } else {
        out.push(0..s.text.len());
    }
    out
}

impl App {
    /// The search's hits in `source` while a search is on (none otherwise), for drawing.
    pub fn search_hits(&self, source: usize) -> &[Range<usize>] {
        if self.search.active() && self.search.source == Some(source) {
            &self.search.hits
        } else {
            &[]
        }
    }

    /// Which hit of the article being read the reader is on (1-based), and how many there are.
    pub fn search_position(&self) -> (Option<usize>, usize) {
        let hits = self.current.map_or(&[][..], |c| self.search_hits(c));
        let at = self
            .target
            .as_ref()
            .filter(|(s, _)| Some(*s) == self.current)
            .and_then(|(_, t)| hits.iter().position(|h| h == t))
            .map(|i| i + 1);
        (at, hits.len())
    }

    /// `/` in the article: start typing a search from here.
    pub(super) fn start_search(&mut self) {
        self.set_focus(Pane::Article);
        self.search = Search {
            typing: true,
            origin: Some(self.place()),
            ..Search::default()
        };
    }

    /// Find the hits again when the source being read or the query changed.
    pub(super) fn refresh_hits(&mut self) {
        if !self.search.active() || self.current.is_none() {
            self.search.hits.clear();
            self.search.source = None;
            return;
        }
        if self.search.source == self.current {
            return;
        }
        self.search.source = self.current;
        self.search.hits = self
            .current
            .and_then(|c| self.sources().get(c))
            .map(|src| find_text(src, &self.search.query))
            .unwrap_or_default();
    }

    /// The query changed while typing: show the first hit from where the search began, in this
    /// article; with none, the article as it was.
    pub(super) fn search_typed(&mut self) {
        self.search.source = None;
        self.refresh_hits();
        let Some(origin) = self.search.origin.clone() else {
            return;
        };
        self.restore(&origin);
        self.focus = Pane::Article;
        let top = origin.top().unwrap_or(0);
        let hits = &self.search.hits;
        if let (Some(cur), Some(h)) = (
            self.current,
            hits.iter().find(|h| h.start >= top).or(hits.first()).cloned(),
        ) {
            self.reveal(cur, h);
        }
    }

    /// Enter: stop typing and keep the hits lit. With none in this article, go to the next listed
    /// source that has one; with none anywhere, say so and drop the search.
    pub(super) fn accept_search(&mut self) {
        self.search.typing = false;
        let origin = self.search.origin.take();
        if !self.search.active() {
            self.search = Search::default();
            return;
        }
        if self.search.hits.is_empty() {
            if let Some(o) = &origin {
                self.restore(o);
            }
            if self.sources_with_hits().is_empty() {
                self.message = Some(format!("No “{}” in the listed sources", self.search.query.trim()));
                self.search = Search::default();
                return;
            }
            if let Some(o) = origin {
                self.push_jump(o);
            }
            self.cross_to_hit(1);
            return;
        }
        if let Some(o) = origin
            && o != self.place()
        {
            self.push_jump(o);
        }
    }

    /// Esc while typing: back to where the search began, with no search.
    pub(super) fn cancel_search(&mut self) {
        if let Some(o) = self.search.origin.take() {
            self.restore(&o);
        }
        self.search = Search::default();
    }

    /// n/N in the article: the next or previous hit, into the next listed source with one past the
    /// last; with no search, the next or previous mention, as n/N elsewhere.
    pub(super) fn step_hit(&mut self, d: isize) {
        if !self.search.active() {
            self.step_mark(d);
            return;
        }
        self.refresh_hits();
        let Some(cur) = self.current else { return };
        let (from, strict) = self.cursor_byte(d);
        let hits = &self.search.hits;
        let next = if d > 0 {
            hits.iter()
                .find(|h| h.start > from || (!strict && h.start == from))
        } else {
            hits.iter().rev().find(|h| h.start < from)
        };
        match next.cloned() {
            Some(h) => self.reveal(cur, h),
            None => self.cross_to_hit(d),
        }
    }

    /// Listed sources with a hit, in list order.
    fn sources_with_hits(&self) -> Vec<usize> {
        self.visible_sources()
            .into_iter()
            .filter(|&s| !find_text(&self.sources()[s], &self.search.query).is_empty())
            .collect()
    }

    /// Past the last hit (`d` > 0) or before the first: the first (last) hit of the next (previous)
    /// listed source with one, wrapping around the list.
    fn cross_to_hit(&mut self, d: isize) {
        let vis = self.visible_sources();
        let n = vis.len();
        if n == 0 {
            return;
        }
        let at = self.current.and_then(|c| vis.iter().position(|&s| s == c));
        let start = at.map_or(if d > 0 { n - 1 } else { 0 }, |i| i);
        for k in 1..=n {
            let i = (start as isize + d * k as isize).rem_euclid(n as isize) as usize;
            let hits = find_text(&self.sources()[vis[i]], &self.search.query);
            let hit = if d > 0 { hits.first() } else { hits.last() };
            let Some(hit) = hit.cloned() else { continue };
            if at.is_some() && ((d > 0 && i <= start) || (d < 0 && i >= start)) {
                self.message = Some("Wrapped around".into());
            }
            if Some(vis[i]) != self.current {
                self.open_source(vis[i]);
            }
            self.refresh_hits();
            self.reveal(vis[i], hit);
            return;
        }
        self.message = Some(format!("No “{}” in the listed sources", self.search.query.trim()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Source {
        Source::from_text("s", text)
    }

    fn found<'a>(s: &'a Source, q: &str) -> Vec<&'a str> {
        find_text(s, q).into_iter().map(|r| &s.text[r]).collect()
    }

    #[test]
    fn finds_across_case_accents_and_line_breaks() {
        let s = source("The Élysée said the TSUNAMI warning\nwas lifted; a tsunami-free coast.");
        let cases: &[(&str, &[&str])] = &[
            ("tsunami", &["TSUNAMI", "tsunami"]),
            ("elysee", &["Élysée"]),
            ("ÉLYSÉE", &["Élysée"]),
            ("warning was", &["warning\nwas"]),
            ("  warning   was ", &["warning\nwas"]),
            ("the", &["The", "the"]),
            ("zzz", &[]),
            ("", &[]),
            ("   ", &[]),
        ];
        for (q, want) in cases {
            assert_eq!(found(&s, q), *want, "{q:?}");
        }
    }

    #[test]
    fn hits_do_not_overlap_and_map_back_to_whole_chars() {
        let s = source("aaaa Straße Łódź 高市早苗");
        assert_eq!(found(&s, "aa"), ["aa", "aa"]);
        assert_eq!(found(&s, "strasse"), ["Straße"]);
        assert_eq!(found(&s, "lodz"), ["Łódź"]);
        assert_eq!(found(&s, "市早"), ["市早"]);
        // "ss" is one char of the text: a hit on half of it takes the whole char.
        assert_eq!(found(&s, "as"), ["aß"]);
    }

    #[test]
    fn only_the_text_the_article_shows() {
        let mut s = source("Headline fire\n\nBody fire. Footer fire");
        s.headline = Some(0..13);
        s.body = std::iter::once(15..25).collect();
        assert_eq!(find_text(&s, "fire").len(), 2, "the footer is not shown");
        // A hit may not run from one shown part into the next.
        assert!(find_text(&s, "fire body").is_empty());
        s.body.clear();
        assert_eq!(find_text(&s, "fire").len(), 3);
    }
}

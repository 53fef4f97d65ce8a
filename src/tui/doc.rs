//! An article laid out for a width: headline, metadata and body wrapped by display width, each word
//! kept as a byte span into the source text so highlights line up exactly with what the analysis found.
//!
//! Wrapping is done here rather than by `Paragraph::wrap`, which panics on some wide/combining
//! characters (ratatui #2679) and gives no line counts for scrolling.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::analysis::Analysis;
use crate::claims::Verdict;
use crate::entities::EntityKind;
use crate::ingest::Source;

/// What a laid-out line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Headline,
    Meta,
    Body,
    Blank,
}

/// A line: words as byte spans of the source text (joined by one space), or owned text for lines that
/// are not in the text (metadata, a headline known only from the file's metadata).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub role: Role,
    pub words: Vec<Range<usize>>,
    pub owned: Option<String>,
}

/// One source laid out at one width.
#[derive(Debug, Clone)]
pub struct Doc {
    pub source: usize,
    pub width: usize,
    pub lines: Vec<DocLine>,
}

impl Doc {
    /// Lay out `source` (index `index` in the briefing) for `width` columns.
    pub fn build(index: usize, source: &Source, width: usize) -> Doc {
        Doc::build_with(index, source, width, crate::tui::config::DEFAULT_DATE_FORMAT)
    }

    /// [`Doc::build`] with dates shown in `date_format` (strftime).
    pub fn build_with(index: usize, source: &Source, width: usize, date_format: &str) -> Doc {
        let width = width.max(1);
        let text = source.text.as_str();
        let mut lines = Vec::new();
        match (&source.headline, &source.title) {
            (Some(h), _) if text.get(h.clone()).is_some() => {
                for words in wrap_words(text, h.clone(), width) {
                    lines.push(text_line(Role::Headline, words));
                }
            }
            (_, Some(title)) => {
                for l in wrap_owned(title, width) {
                    lines.push(owned_line(Role::Headline, l));
                }
            }
            _ => {}
        }
        for l in wrap_owned(&meta_line(source, date_format), width) {
            lines.push(owned_line(Role::Meta, l));
        }
        for para in paragraphs(source) {
            lines.push(owned_line(Role::Blank, String::new()));
            for words in wrap_words(text, para, width) {
                lines.push(text_line(Role::Body, words));
            }
        }
        Doc {
            source: index,
            width,
            lines,
        }
    }

    /// The line showing byte `at`, or the first line after it.
    pub fn line_of(&self, at: usize) -> Option<usize> {
        self.lines
            .iter()
            .position(|l| l.words.last().is_some_and(|w| w.end > at))
    }
}

fn text_line(role: Role, words: Vec<Range<usize>>) -> DocLine {
    DocLine {
        role,
        words,
        owned: None,
    }
}

fn owned_line(role: Role, s: String) -> DocLine {
    DocLine {
        role,
        words: Vec::new(),
        owned: Some(s),
    }
}

/// A date in a strftime `format` (checked beforehand: chrono panics on a bad one), or "undated".
pub fn show_date(d: Option<chrono::NaiveDate>, format: &str) -> String {
    use std::fmt::Write as _;
    let Some(d) = d else {
        return "undated".into();
    };
    let mut out = String::new();
    // A format chrono cannot render is an error here rather than a panic.
    if write!(out, "{}", d.format(format)).is_err() {
        return d.format("%Y-%m-%d").to_string();
    }
    out
}

/// "Jiji Press · 2026-01-14 · 750 words · seeds/002.txt"
fn meta_line(s: &Source, date_format: &str) -> String {
    let mut parts = Vec::new();
    if let Some(o) = &s.outlet {
        parts.push(o.clone());
    }
    parts.push(show_date(s.published, date_format));
    parts.push(format!("{} words", s.words()));
    // The web page when the source names one (`o` opens it, `y` copies it), else the file.
    parts.push(match s.url.as_deref().filter(|u| is_web(u)) {
        Some(u) => u.to_string(),
        None => s.path.clone(),
    });
    parts.join(" · ")
}

/// Only web addresses are shown and opened (`o`, in app/links.rs): a URL from an article could be
/// anything (`file:`, `-x`…).
pub fn is_web(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The body's paragraphs: body spans split at blank lines. Without body spans, the whole text except
/// the headline.
fn paragraphs(s: &Source) -> Vec<Range<usize>> {
    let text = s.text.as_str();
    let mut spans: Vec<Range<usize>> = s
        .body
        .iter()
        .filter(|r| text.get((*r).clone()).is_some())
        .cloned()
        .collect();
    if spans.is_empty() {
        spans = match &s.headline {
            Some(h) if text.get(h.clone()).is_some() => vec![0..h.start, h.end..text.len()],
            _ => std::iter::once(0..text.len()).collect(),
        };
    }
    let mut out = Vec::new();
    for span in spans {
        let mut start: Option<usize> = None;
        let mut end = span.start;
        let mut pos = span.start;
        for line in text[span.clone()].split_inclusive('\n') {
            if line.trim().is_empty() {
                if let Some(s) = start.take() {
                    out.push(s..end);
                }
            } else {
                start.get_or_insert(pos);
                end = pos + line.len();
            }
            pos += line.len();
        }
        if let Some(s) = start {
            out.push(s..end);
        }
    }
    out
}

/// Words of `text[range]`, greedily filled into lines of at most `width` columns. A word wider than a
/// line is broken between graphemes.
pub fn wrap_words(text: &str, range: Range<usize>, width: usize) -> Vec<Vec<Range<usize>>> {
    let width = width.max(1);
    let mut lines: Vec<Vec<Range<usize>>> = Vec::new();
    let mut line: Vec<Range<usize>> = Vec::new();
    let mut used = 0usize;
    for word in words(text, range) {
        let w = text[word.clone()].width();
        let gap = usize::from(!line.is_empty());
        if used + gap + w <= width {
            used += gap + w;
            line.push(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if w <= width {
            used = w;
            line.push(word);
            continue;
        }
        // Too wide for any line: cut between graphemes, at least one grapheme per piece.
        let mut piece_start = word.start;
        for (off, g) in text[word.clone()].grapheme_indices(true) {
            let gw = g.width();
            let at = word.start + off;
            if used + gw > width && at > piece_start {
                lines.push(std::iter::once(piece_start..at).collect());
                piece_start = at;
                used = 0;
            }
            used += gw;
        }
        line.push(piece_start..word.end);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Whitespace-separated words of `text[range]` as byte spans.
fn words(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let base = range.start;
    let slice = &text[range];
    let mut start: Option<usize> = None;
    let mut out = Vec::new();
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(base + s..base + i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(base + s..base + slice.len());
    }
    out.into_iter()
}

/// Wrap a string that is not part of a source text.
pub fn wrap_owned(s: &str, width: usize) -> Vec<String> {
    wrap_words(s, 0..s.len(), width)
        .into_iter()
        .map(|ws| ws.iter().map(|r| &s[r.clone()]).collect::<Vec<_>>().join(" "))
        .collect()
}

/// What a span of text is, for highlighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Entity { entity: usize, kind: EntityKind },
    Value { claim: usize, verdict: Verdict },
}

/// A highlighted span of a source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub span: Range<usize>,
    pub kind: MarkKind,
}

/// The marks of every source, sorted by start, for lookup by byte range.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    per_source: Vec<Vec<Mark>>,
    longest: Vec<usize>,
}

impl Marks {
    /// Entity mentions and claim values of an analysis. Spans that do not fit the text are left out
    /// rather than trusted.
    pub fn build(a: &Analysis) -> Marks {
        let n = a.briefing.sources.len();
        let mut per_source: Vec<Vec<Mark>> = vec![Vec::new(); n];
        let fits = |source: usize, span: &Range<usize>| {
            source < n && span.start < span.end && a.briefing.sources[source].text.get(span.clone()).is_some()
        };
        for (e, entity) in a.entities.iter().enumerate() {
            for m in &entity.mentions {
                if fits(m.source(), &m.span()) {
                    per_source[m.source()].push(Mark {
                        span: m.span(),
                        kind: MarkKind::Entity {
                            entity: e,
                            kind: entity.kind,
                        },
                    });
                }
            }
        }
        for (c, claim) in a.claims.iter().enumerate() {
            for st in &claim.statements {
                if fits(st.value.source, &st.value.span) {
                    per_source[st.value.source].push(Mark {
                        span: st.value.span.clone(),
                        kind: MarkKind::Value {
                            claim: c,
                            verdict: claim.verdict,
                        },
                    });
                }
            }
        }
        let mut longest = Vec::with_capacity(n);
        for marks in &mut per_source {
            marks.sort_by_key(|m| (m.span.start, m.span.end));
            longest.push(marks.iter().map(|m| m.span.len()).max().unwrap_or(0));
        }
        Marks { per_source, longest }
    }

    /// Marks of `source` that overlap `range`.
    pub fn overlapping(&self, source: usize, range: Range<usize>) -> impl Iterator<Item = &Mark> {
        let marks = self.per_source.get(source).map_or(&[][..], |m| m.as_slice());
        let longest = self.longest.get(source).copied().unwrap_or(0);
        // A mark overlapping `range` starts before its end and no earlier than `longest` before its start.
        let hi = marks.partition_point(|m| m.span.start < range.end);
        let lo = marks.partition_point(|m| m.span.start + longest <= range.start);
        marks[lo.min(hi)..hi]
            .iter()
            .filter(move |m| m.span.end > range.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, width: usize) -> Vec<String> {
        wrap_words(text, 0..text.len(), width)
            .into_iter()
            .map(|ws| ws.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn wraps_by_display_width() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("the quick brown fox", 9, &["the quick", "brown fox"]),
            ("the quick brown fox", 100, &["the quick brown fox"]),
            // CJK is two columns a character.
            ("日本語 テキスト", 6, &["日本語", "テキス", "ト"]),
            ("日本語", 5, &["日本", "語"]),
            // Emoji are two columns; a too-narrow line still takes one grapheme.
            ("a🌞b", 2, &["a", "🌞", "b"]),
            ("🌞🌞", 1, &["🌞", "🌞"]),
            ("Élysée  palace\n\nnext", 6, &["Élysée", "palace", "next"]),
            ("", 5, &[]),
            ("   ", 5, &[]),
            ("abcdefgh", 3, &["abc", "def", "gh"]),
        ];
        for (text, width, want) in cases {
            assert_eq!(render(text, *width), *want, "{text:?} at {width}");
        }
    }

    #[test]
    fn lines_never_exceed_width_unless_one_grapheme() {
        let text = "x🪀\u{1930}x Takaichi’s 高市早苗 — “quoted” 👨‍👩‍👧‍👦 family e\u{301}té";
        for width in 1..30 {
            for line in wrap_words(text, 0..text.len(), width) {
                let s: Vec<&str> = line.iter().map(|r| &text[r.clone()]).collect();
                let w = s.iter().map(|x| x.width()).sum::<usize>() + s.len() - 1;
                let one = s.len() == 1 && s[0].graphemes(true).count() == 1;
                assert!(w <= width || one, "{s:?} at {width}");
            }
        }
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let mut s = crate::ingest::Source::from_text("a", "Head\n\nOne two\nthree.\n\n  \nFour.\n");
        s.headline = Some(0..4);
        s.body = std::iter::once(6..s.text.len()).collect();
        let p: Vec<&str> = paragraphs(&s).into_iter().map(|r| &s.text[r]).collect();
        assert_eq!(p, ["One two\nthree.\n", "Four.\n"]);
        s.body.clear();
        let p: Vec<&str> = paragraphs(&s).into_iter().map(|r| &s.text[r]).collect();
        assert_eq!(p, ["One two\nthree.\n", "Four.\n"]);
    }

    #[test]
    fn only_web_addresses_open() {
        assert!(is_web("https://example.org/a"));
        assert!(is_web("HTTP://example.org"));
        for bad in [
            "file:///etc/passwd",
            "-x",
            "javascript:alert(1)",
            "https://a b",
            "https://a\x1b",
        ] {
            assert!(!is_web(bad), "{bad}");
        }
    }
}

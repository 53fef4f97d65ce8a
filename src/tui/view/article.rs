//! The article pane: the laid-out source with entity mentions tinted by kind and claim values marked
//! by verdict, a scrollbar and the position.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use unicode_width::UnicodeWidthStr;

use super::{fit, pane_block, visible};
use crate::tui::app::App;
use crate::tui::doc::{MarkKind, Role};
use crate::tui::layout::Pane;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if !visible(area) {
        return;
    }
    let Some(cur) = app.current() else {
        let block = pane_block(vec![Span::raw("Article")], Pane::Article, app, theme);
        frame.render_widget(Paragraph::new("No source to read.").block(block), area);
        return;
    };
    let src = &app.sources()[cur];
    let label = src.outlet.clone().unwrap_or_else(|| src.id.clone());
    let mut block = pane_block(
        vec![Span::raw(format!("Article · {label}"))],
        Pane::Article,
        app,
        theme,
    );
    let inner = block.inner(area);
    let Some(doc) = app.doc().filter(|d| d.source == cur) else {
        frame.render_widget(block, area);
        return;
    };
    let view = usize::from(inner.height);
    let total = doc.lines.len();
    let last = (app.scroll() + view).min(total);
    let pct = if total <= view { 100 } else { last * 100 / total };
    block = block.title_bottom(
        Line::from(format!(
            " {}-{}/{total} {pct}% ",
            (app.scroll() + 1).min(total),
            last
        ))
        .right_aligned(),
    );
    if let Some(search) = search_line(app, usize::from(area.width).saturating_sub(20), theme) {
        block = block.title_bottom(search);
    }
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    // The scrollbar sits on the right border, so the text has the whole inside.
    let text_area = inner;
    let lines: Vec<Line> = doc
        .lines
        .iter()
        .skip(app.scroll())
        .take(view)
        .map(|l| {
            let base = match l.role {
                Role::Headline => theme.heading(),
                Role::Meta => theme.dim(),
                Role::Body | Role::Blank => Style::new(),
            };
            match &l.owned {
                Some(s) => Line::styled(fit(s, usize::from(text_area.width)), base),
                None => styled_words(app, cur, &src.text, &l.words, base, theme),
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), text_area);
    if total > view && inner.width > 1 {
        super::scrollbar(frame, area, total.saturating_sub(view) + 1, app.scroll());
    }
}

/// The text search on the bottom border: `/query▏` while typing, then which hit of how many.
fn search_line(app: &App, room: usize, theme: &Theme) -> Option<Line<'static>> {
    let search = app.search();
    if !search.typing && !search.active() {
        return None;
    }
    let caret = if search.typing { "▏" } else { "" };
    let count = match app.search_position() {
        _ if !search.active() => String::new(),
        (_, 0) => " no hit here".to_string(),
        (Some(i), n) => format!(" {i}/{n}"),
        (None, n) => format!(" {n} here"),
    };
    let query = fit(&search.query, room.saturating_sub(count.width() + 4));
    Some(Line::from(vec![
        Span::styled(" /", theme.matched()),
        Span::raw(format!("{query}{caret}")),
        Span::styled(format!("{count} "), theme.dim()),
    ]))
}

/// Words of a line joined by single spaces, each piece styled by the marks over it.
pub fn styled_words<'a>(
    app: &App,
    source: usize,
    text: &'a str,
    words: &[Range<usize>],
    base: Style,
    theme: &Theme,
) -> Line<'a> {
    let mut spans = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let gap = words[i - 1].end..w.start;
            spans.push(Span::styled(" ", mark_style(app, source, gap, base, theme)));
        }
        spans.extend(styled_range(app, source, text, w.clone(), base, theme));
    }
    Line::from(spans)
}

/// `text[range]` cut at mark boundaries, each piece with its style.
pub fn styled_range<'a>(
    app: &App,
    source: usize,
    text: &'a str,
    range: Range<usize>,
    base: Style,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let mut cuts = vec![range.start, range.end];
    for m in app.marks().overlapping(source, range.clone()) {
        cuts.push(m.span.start.clamp(range.start, range.end));
        cuts.push(m.span.end.clamp(range.start, range.end));
    }
    if let Some((s, t)) = &app.target()
        && *s == source
    {
        cuts.push(t.start.clamp(range.start, range.end));
        cuts.push(t.end.clamp(range.start, range.end));
    }
    for h in app.search_hits(source) {
        if h.start < range.end && h.end > range.start {
            cuts.push(h.start.clamp(range.start, range.end));
            cuts.push(h.end.clamp(range.start, range.end));
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|p| {
            let piece = text.get(p[0]..p[1])?;
            Some(Span::styled(
                piece,
                mark_style(app, source, p[0]..p[1], base, theme),
            ))
        })
        .collect()
}

/// The style of a piece of text: entity tint, then claim verdict, then the selected entity, then a
/// search hit, then the jump target, each over the last.
fn mark_style(app: &App, source: usize, piece: Range<usize>, base: Style, theme: &Theme) -> Style {
    let covers =
        |span: &Range<usize>| span.start <= piece.start && piece.end <= span.end && piece.start < piece.end;
    let mut entity = Style::new();
    let mut value = Style::new();
    let mut selected = Style::new();
    for m in app.marks().overlapping(source, piece.clone()) {
        if !covers(&m.span) {
            continue;
        }
        match m.kind {
            MarkKind::Entity { entity: e, kind } => {
                entity = theme.entity(kind);
                if app.entity() == Some(e) {
                    selected = theme.selected_mention();
                }
            }
            MarkKind::Value { claim, verdict } => {
                value = theme.verdict(verdict);
                if app.claim() == Some(claim) && app.entity().is_none() {
                    selected = theme.selected_mention();
                }
            }
        }
    }
    let mut style = base.patch(entity).patch(value).patch(selected);
    if app.search_hits(source).iter().any(covers) {
        style = style.patch(theme.matched());
    }
    if let Some((s, t)) = &app.target()
        && *s == source
        && covers(t)
    {
        style = style.patch(theme.target());
    }
    style
}

//! Drawing: every view borrows `&App` and writes into the frame; nothing here changes state.

mod article;
mod bars;
mod compare;
mod help;
mod matrix;
mod side;
mod sources;
mod timeline;

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Scrollbar, ScrollbarOrientation, ScrollbarState};
use unicode_width::UnicodeWidthStr;

use super::app::App;
use super::layout::Pane;
use super::theme::Theme;

/// Draw the whole reader.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let areas = super::layout::areas(area, app.focus(), app.shown(), app.widths());
    bars::title(frame, areas.title, app, theme);
    bars::status(frame, areas.status, app, theme);
    sources::draw(frame, areas.sources, app, theme);
    article::draw(frame, areas.article, app, theme);
    side::draw(frame, areas.side, app, theme);
    if app.compare().is_some() {
        compare::draw(frame, areas.compare, app, theme);
    }
    // The timeline and the coverage matrix (app/views.rs), and the strip that opens them.
    timeline::draw(frame, areas.compare, app, theme);
    matrix::draw(frame, areas.compare, app, theme);
    matrix::strip(frame, app, theme);
    if app.help().is_some() {
        help::draw(frame, areas.help, app, theme);
    }
    neutralise(frame);
}

/// Nothing unsafe reaches the terminal, whatever a view drew: ratatui drops control characters, but
/// a bidirectional control or a zero-width character rides along with the cell before it. The reader
/// shows the briefing's text with these already replaced (see `App::new`), so this only catches
/// names and topics the analysis built from it.
fn neutralise(frame: &mut Frame) {
    for cell in frame.buffer_mut().content.iter_mut() {
        if cell.symbol().chars().any(crate::text::safe::is_unsafe) {
            let kept: String = cell
                .symbol()
                .chars()
                .filter(|&c| !crate::text::safe::is_unsafe(c))
                .collect();
            cell.set_symbol(if kept.is_empty() { "\u{FFFD}" } else { &kept });
        }
    }
}

/// A pane's frame: thick and titled in reverse when focused, so focus shows without colour too.
fn pane_block<'a>(title: Vec<Span<'a>>, pane: Pane, app: &App, theme: &Theme) -> Block<'a> {
    let focused =
        app.focus() == pane && app.compare().is_none() && app.help().is_none() && app.view().is_none();
    let mut spans = vec![Span::styled(
        if focused {
            format!("{} ", super::theme::FOCUS)
        } else {
            " ".into()
        },
        theme.pane_title(focused),
    )];
    spans.extend(title.into_iter().map(|s| {
        let st = theme.pane_title(focused).patch(s.style);
        s.style(st)
    }));
    spans.push(Span::styled(" ", theme.pane_title(focused)));
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(theme.border(focused))
        .title(Line::from(spans))
}

/// Cut `s` to at most `width` columns, ending in `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Pad `s` with spaces to `width` columns (after fitting it).
fn pad(s: &str, width: usize) -> String {
    let s = fit(s, width);
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// `text` as spans, the chars at `hits` (char indices) in `hit` and the rest in `base`.
fn hit_spans(text: &str, hits: &[usize], base: Style, hit: Style) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let st = if hits.contains(&i) { base.patch(hit) } else { base };
        match spans.last_mut() {
            Some(last) if last.style == st => last.content.to_mut().push(c),
            _ => spans.push(Span::styled(c.to_string(), st)),
        }
    }
    spans
}

/// A line filling `width` with `style` behind it (so cursor rows are highlighted edge to edge).
fn full_line(mut spans: Vec<Span<'static>>, width: usize, style: Style) -> Line<'static> {
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    if used < width {
        spans.push(Span::raw(" ".repeat(width - used)));
    }
    Line::from(spans).style(style)
}

/// True for a drawable area.
/// A pane's scrollbar on its right border: `positions` places to scroll to, at `position`.
fn scrollbar(frame: &mut Frame, pane: Rect, positions: usize, position: usize) {
    let mut state = ScrollbarState::new(positions).position(position);
    frame.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None),
        pane.inner(Margin {
            horizontal: 0,
            vertical: 1,
        }),
        &mut state,
    );
}

/// The thick, focused frame of a view drawn over the panes (a comparison, a timeline, the
/// matrix), with its key hint on the bottom border.
fn overlay_block<'a>(title: impl Into<Line<'a>>, hint: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(theme.border(true))
        .title(title)
        .title_bottom(Line::from(hint).right_aligned())
}

/// A claim's verdict in a view's title: its mark, its verdict and why ("✗ disagree (differ within
/// hedges)"), then `tail`, in the verdict's colour.
fn verdict_title(claim: &crate::claims::Claim, tail: &str, theme: &Theme) -> Span<'static> {
    let why = claim
        .reason
        .and_then(|r| r.note())
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    Span::styled(
        format!(
            "{} {}{why}{tail}",
            Theme::verdict_mark(claim.verdict),
            claim.verdict.as_str()
        ),
        theme.pane_title(true).patch(theme.verdict(claim.verdict)),
    )
}

/// The first of `hints` (longest first) that fits in `room` columns, or none: a cut hint is
/// worse than a shorter one.
fn fitting_hint(hints: &[&'static str], room: usize) -> &'static str {
    hints.iter().copied().find(|h| h.width() <= room).unwrap_or("")
}

fn visible(r: Rect) -> bool {
    r.width > 0 && r.height > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width() {
        let cases = [
            ("Nara", 10, "Nara"),
            ("Takaichi Sanae", 8, "Takaich…"),
            ("高市早苗", 5, "高市…"),
            ("高市早苗", 8, "高市早苗"),
            ("abc", 0, ""),
            ("abc", 1, "…"),
        ];
        for (s, w, want) in cases {
            assert_eq!(fit(s, w), want, "{s} {w}");
            assert!(fit(s, w).width() <= w);
        }
    }
}

//! The title bar (briefing, counts, progress) and the status bar (key hints from the keymap).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, visible};
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;

pub fn title(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if !visible(area) {
        return;
    }
    let b = app.briefing();
    let mut left = format!(" Parallax │ {} │ {} sources", b.name, b.sources.len());
    if app.analysis().is_some() {
        left.push_str(&format!(
            " · {} entities · {} claims ({} disagree)",
            app.entities().len(),
            app.claims().len(),
            app.disagreements()
        ));
    }
    let right = if let Some(p) = app.progress() {
        let total = p.total.max(1);
        let filled = (p.done.min(total) * 10) / total;
        format!(
            "analysing: {} {}{} {}/{} ",
            p.stage,
            "▰".repeat(filled),
            "▱".repeat(10 - filled),
            p.done,
            p.total
        )
    } else if let Some(f) = &app.failure() {
        format!("analysis failed: {f} ")
    } else {
        String::new()
    };
    let w = usize::from(area.width);
    let right = fit(&right, w.saturating_sub(left.width().min(w / 2)));
    let left = fit(&left, w - right.width());
    let gap = w - left.width() - right.width();
    let line = Line::from(vec![
        Span::styled(left, theme.bar().patch(theme.heading())),
        Span::styled(" ".repeat(gap), theme.bar()),
        Span::styled(right, theme.bar()),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.bar()), area);
}

pub fn status(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if !visible(area) {
        return;
    }
    let ctx = app.context();
    let label = match ctx {
        Context::Input if app.help().is_some() => "SEARCH",
        Context::Input => "FILTER",
        Context::Global => "",
        c => c.name(),
    };
    let mut spans = vec![Span::styled(
        format!(" {} ", label.to_uppercase()),
        theme.bar_key(),
    )];
    let w = usize::from(area.width);
    let message = app.message().unwrap_or("");
    let budget = w.saturating_sub(message.width() + 1);
    let mut used = spans[0].content.width();
    for (keys, hint) in app.keymap().hints(ctx) {
        let piece = 1 + keys.width() + 1 + hint.width();
        if used + piece > budget {
            break;
        }
        used += piece;
        spans.push(Span::styled(format!(" {keys}"), theme.bar_key()));
        spans.push(Span::styled(format!(" {hint}"), theme.bar()));
    }
    let msg = fit(message, w.saturating_sub(used));
    spans.push(Span::styled(
        " ".repeat(w.saturating_sub(used + msg.width())),
        theme.bar(),
    ));
    spans.push(Span::styled(msg, theme.bar().patch(theme.warning())));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.bar()), area);
}

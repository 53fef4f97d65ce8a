//! The title bar (briefing, counts, progress) and the status bar (key hints from the keymap).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, visible};
use crate::tui::app::{App, NoteTarget};
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
    if app.note_edit().is_some() {
        return note_editor(frame, area, app, theme);
    }
    let ctx = app.context();
    let label = match ctx {
        Context::Input if app.help().is_some() || app.search().typing => "SEARCH",
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

/// The note editor: what the note is on, the text with a cursor at its end (the end that fits, for
/// a long note), and the editor's keys when there is room.
fn note_editor(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(edit) = app.note_edit() else { return };
    let on = match edit.target {
        NoteTarget::Source(s) => app
            .sources()
            .get(s)
            .map(|src| src.outlet.clone().unwrap_or_else(|| src.id.clone()))
            .unwrap_or_default(),
        NoteTarget::Claim(c) => app
            .claims()
            .get(c)
            .map(|c| format!("{} {}", c.id, c.topic))
            .unwrap_or_default(),
    };
    let w = usize::from(area.width);
    let label = " NOTE ";
    let hints: String = app
        .keymap()
        .hints(Context::Note)
        .iter()
        .map(|(k, h)| format!(" {k} {h}"))
        .collect();
    let hints = if label.width() + hints.width() + 24 <= w {
        hints
    } else {
        String::new()
    };
    let room = w.saturating_sub(label.width() + hints.width() + 1);
    let on = fit(&format!(" on {on}: "), room / 3);
    let room = room.saturating_sub(on.width() + 1);
    // Keep the end of the text in view, where typing happens.
    let text = crate::text::safe::line(&edit.text);
    let mut shown: String = String::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > room {
            break;
        }
        used += cw;
        shown.insert(0, c);
    }
    let gap = w.saturating_sub(label.width() + on.width() + used + 1 + hints.width());
    let line = Line::from(vec![
        Span::styled(label, theme.bar_key()),
        Span::styled(on, theme.bar()),
        Span::styled(shown, theme.bar().patch(theme.heading())),
        Span::styled("▏", theme.bar_key()),
        Span::styled(" ".repeat(gap), theme.bar()),
        Span::styled(hints, theme.bar()),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.bar()), area);
}

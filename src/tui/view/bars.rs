//! The title bar (briefing, counts, progress) and the status bar (key hints from the keymap).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, visible};
use crate::tui::app::{App, NoteTarget, READING};
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;

pub fn title(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if !visible(area) {
        return;
    }
    let right = if let Some(p) = app.progress().filter(|p| p.stage == READING) {
        format!("loading {} files… {} ", p.total, progress_bar(p.done, p.total))
    } else if let Some(p) = app.progress() {
        format!("analysing: {} {} ", p.stage, progress_bar(p.done, p.total))
    } else if let Some(f) = &app.failure() {
        format!("analysis failed: {f} ")
    } else {
        String::new()
    };
    let w = usize::from(area.width);
    let right = fit(
        &right,
        w.saturating_sub(heading(app, usize::MAX).width().min(w / 2)),
    );
    let left = heading(app, w - right.width());
    let gap = w - left.width() - right.width();
    let line = Line::from(vec![
        Span::styled(left, theme.bar().patch(theme.heading())),
        Span::styled(" ".repeat(gap), theme.bar()),
        Span::styled(right, theme.bar()),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.bar()), area);
}

/// Ten cells filled in proportion, then the count: "▰▰▰▱▱▱▱▱▱▱ 3/10".
fn progress_bar(done: usize, total: usize) -> String {
    let filled = (done.min(total.max(1)) * 10) / total.max(1);
    format!("{}{} {done}/{total}", "▰".repeat(filled), "▱".repeat(10 - filled))
}

/// The title bar's left part in at most `w` columns. The figures outrank the name: " Parallax │ " goes
/// first, then the briefing's name is cut (to no fewer than 12 columns), then the entities and the
/// sources counts go; "N claims (M disagree)" is cut only when it alone is wider than the bar.
fn heading(app: &App, w: usize) -> String {
    const NAME_LEAST: usize = 12;
    let b = app.briefing();
    let name = b.name.as_str();
    let sources = if app.progress().is_some_and(|p| p.stage == READING) {
        "reading the files".to_string()
    } else {
        format!("{} sources", b.sources.len())
    };
    let figures: Vec<String> = if app.analysis().is_some() {
        let claims = format!("{} claims ({} disagree)", app.claims().len(), app.disagreements());
        vec![
            format!("{sources} · {} entities · {claims}", app.entities().len()),
            format!("{sources} · {claims}"),
            claims,
        ]
    } else {
        vec![sources]
    };
    for (k, figs) in figures.iter().enumerate() {
        let mut forms = Vec::new();
        if k == 0 {
            forms.push(format!(" Parallax │ {name} │ {figs}"));
        }
        forms.push(format!(" {name} │ {figs}"));
        if let Some(f) = forms.iter().find(|f| f.width() <= w) {
            return f.clone();
        }
        let fixed = 1 + " │ ".width() + figs.width();
        if fixed + NAME_LEAST.min(name.width()) <= w {
            let room = w - fixed;
            return format!(" {} │ {figs}", fit(name, room));
        }
    }
    let last = figures.last().map_or("", String::as_str);
    fit(&format!(" {last}"), w)
}

/// The hint of the key that lists every other key.
const HELP_HINT: &str = "help";

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
    // Hints in keymap order while they fit, keeping room for the way to all the others ("? help").
    let hints = app.keymap().hints(ctx);
    let piece = |keys: &str, hint: &str| 1 + keys.width() + 1 + hint.width();
    let mut reserve = hints
        .iter()
        .find(|(_, h)| *h == HELP_HINT)
        .map_or(0, |(k, h)| piece(k, h));
    let mut full = false;
    for (keys, hint) in hints {
        let help = hint == HELP_HINT;
        if help {
            reserve = 0;
        } else if full {
            continue;
        }
        let piece = piece(&keys, hint);
        if used + piece + reserve > budget {
            full = true;
            continue;
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

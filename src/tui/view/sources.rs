//! The sources pane: outlet, date, headline and a coverage hint per source, three rows each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, full_line, pane_block, visible};
use crate::tui::app::{App, READING, SOURCE_ROWS, counted};
use crate::tui::layout::Pane;
use crate::tui::theme::{self, Theme};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if !visible(area) {
        return;
    }
    let vis = app.visible_sources();
    let block = pane_block(title(app, vis.len(), area.width), Pane::Sources, app, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    let w = usize::from(inner.width);
    let focused = app.focus() == Pane::Sources;
    let mut lines: Vec<Line> = Vec::new();
    if vis.is_empty() {
        let loading = app.progress().is_some_and(|p| p.stage == READING);
        let empty = if loading {
            "Reading the files…"
        } else {
            "No sources."
        };
        lines.push(Line::styled(fit(empty, w), theme.dim()));
    }
    let per_page = usize::from(inner.height) / SOURCE_ROWS + 1;
    for (i, &s) in vis
        .iter()
        .enumerate()
        .skip(app.sources_cursor().offset)
        .take(per_page)
    {
        lines.extend(entry(app, i, s, w, focused, theme));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if vis.len() * SOURCE_ROWS > usize::from(inner.height) {
        super::scrollbar(
            frame,
            area,
            vis.len().saturating_sub(app.sources_view()) + 1,
            app.sources_cursor().offset,
        );
    }
}

/// The pane's title: how many sources show of all, and the entity or claim they were narrowed to.
fn title(app: &App, shown: usize, width: u16) -> Vec<Span<'static>> {
    let total = app.sources().len();
    let entity = app.entity().and_then(|e| app.entities().get(e));
    let claim = app.claim().and_then(|c| app.claims().get(c));
    let title = if let Some(e) = entity {
        format!("Sources ({shown}/{total}) naming {}", e.name)
    } else if let Some(c) = claim {
        format!("Sources ({shown}/{total}) stating {}", c.id)
    } else {
        format!("Sources ({total})")
    };
    // Cut with an ellipsis rather than at the border: room is the width less the corners and the
    // padding `pane_block` adds ("▶ " and " " when focused, " " and " " otherwise).
    let focused = app.focus() == Pane::Sources && app.compare().is_none() && app.help().is_none();
    let room = usize::from(width).saturating_sub(if focused { 5 } else { 4 });
    vec![Span::raw(fit(&title, room))]
}

/// Source `s`, the `i`th listed, in its `SOURCE_ROWS` rows: number, read mark, outlet and note pen;
/// headline; date and figures.
fn entry(app: &App, i: usize, s: usize, w: usize, focused: bool, theme: &Theme) -> [Line<'static>; 3] {
    let src = &app.sources()[s];
    let current = app.current() == Some(s);
    let style = if current {
        theme.cursor(focused)
    } else {
        Default::default()
    };
    let read = app.read().get(s).copied().unwrap_or(false);
    // The current source is ◆, or ◇ once marked unread (`m`).
    let mark = match (current, read) {
        (true, true) => Span::styled(theme::CURRENT, style),
        (true, false) => Span::styled(theme::CURRENT_UNREAD, style),
        (false, true) => Span::styled(theme::READ, theme.read_mark(true)),
        (false, false) => Span::styled(theme::UNREAD, theme.read_mark(false)),
    };
    let note = app.source_note(s);
    let outlet = src.outlet.clone().unwrap_or_else(|| src.id.clone());
    let num = format!("{:>2} ", i + 1);
    let pen = if note.is_some() { " ✎" } else { "" };
    let room = w.saturating_sub(num.width() + 2 + pen.width());
    let first = full_line(
        vec![
            Span::styled(num, theme.dim()),
            mark,
            Span::raw(" "),
            Span::styled(fit(&outlet, room), theme.heading()),
            Span::styled(pen, theme.warning()),
        ],
        w,
        style,
    );
    let headline = src.title.clone().unwrap_or_else(|| "(no headline)".into());
    let second = full_line(
        vec![Span::raw("    "), Span::raw(fit(&headline, w.saturating_sub(4)))],
        w,
        style,
    );
    // The third row: the date and the figures, the disagreement count kept whole.
    let mut spans = vec![Span::raw("    ")];
    spans.extend(figures(app, s, w.saturating_sub(4), theme));
    [first, second, full_line(spans, w, style)]
}

/// Under each source, after the date: the selected entity's mention count there, else the values it
/// states for the selected claim, else your note on it, else how much of the analysis it covers (names,
/// claims, and how many of those are disputed: `3✗`). Laid out for `w` columns by dropping whole parts
/// (the names count, then the claims count) or cutting the note before the date is cut; the
/// disagreement count is cut last, when it alone is wider than the row.
fn figures(app: &App, s: usize, w: usize, theme: &Theme) -> Vec<Span<'static>> {
    let src = &app.sources()[s];
    let date = app.date(src.published);
    let dim = theme.dim();
    let dated = |rest: Span<'static>| -> Vec<Span<'static>> {
        let date = fit(&format!("{date} · "), w);
        let room = w.saturating_sub(date.width());
        let rest = Span::styled(fit(&rest.content, room), rest.style);
        vec![Span::styled(date, dim), rest]
    };
    if let Some(e) = app.entity() {
        let n = app
            .stats(e)
            .and_then(|st| st.per_source.get(s).copied())
            .unwrap_or(0);
        let name = app.entities().get(e).map_or("", |e| e.name.as_str());
        return dated(Span::styled(format!("{n}× {name}"), theme.selected_mention()));
    }
    if let Some(c) = app.claim().and_then(|c| app.claims().get(c)) {
        let values: Vec<&str> = c
            .statements
            .iter()
            .filter(|st| st.value.source == s)
            .filter_map(|st| src.text.get(st.value.span.clone()))
            .collect();
        return dated(Span::styled(values.join(", "), theme.verdict(c.verdict)));
    }
    let stats = app.source_stats(s);
    let disputed = match stats {
        Some(st) if st.disagree > 0 => format!(" {}✗", st.disagree),
        _ => String::new(),
    };
    let tail = Span::styled(disputed.clone(), dim);
    if let Some(note) = app.source_note(s) {
        // A note takes the place of the counts, cut rather than dropped while a few letters fit.
        let lead = format!("{date} · ");
        let room = w.saturating_sub(lead.width() + disputed.width());
        if room >= 4 {
            let note = format!("{} {note}", theme::NOTE);
            return vec![
                Span::styled(lead, dim),
                Span::styled(fit(&note, room), theme.note()),
                tail,
            ];
        }
    } else if let Some(st) = stats {
        // Whole parts, most first.
        let names = counted(st.names, "name", "names");
        let claims = counted(st.claims, "claim", "claims");
        for form in [
            format!("{date} · {names} · {claims}"),
            format!("{date} · {claims}"),
        ] {
            if form.width() + disputed.width() <= w {
                return vec![Span::styled(form, dim), tail];
            }
        }
    } else {
        return dated(Span::styled(counted(src.words(), "word", "words"), dim));
    }
    let room = w.saturating_sub(disputed.width());
    vec![
        Span::styled(fit(&date, room), dim),
        Span::styled(fit(&disputed, w), dim),
    ]
}

//! The side pane: entities grouped by kind (with the fuzzy filter) or the claims list.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{fit, full_line, pad, pane_block, visible};
use crate::state::Flag;
use crate::tui::app::{App, EntityRow, SideTab, claim_values, entity_tail, source_count};
use crate::tui::layout::Pane;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if !visible(area) {
        return;
    }
    let tab = |name: String, on: bool| {
        if on {
            Span::styled(format!("[{name}]"), theme.heading())
        } else {
            Span::styled(format!(" {name} "), theme.dim())
        }
    };
    let title = vec![
        tab(
            format!("Entities {}", app.entities().len()),
            app.tab() == SideTab::Entities,
        ),
        Span::raw(" "),
        tab(
            format!("Claims {}", app.claim_rows().len()),
            app.tab() == SideTab::Claims,
        ),
    ];
    let block = pane_block(title, Pane::Side, app, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    let (lines, len, offset, view) = match app.tab() {
        SideTab::Entities => entities(app, inner, theme),
        SideTab::Claims => claims(app, inner, theme),
    };
    frame.render_widget(Paragraph::new(lines), inner);
    if len > view {
        super::scrollbar(frame, area, len.saturating_sub(view) + 1, offset);
    }
}

type Rows = (Vec<Line<'static>>, usize, usize, usize);

fn entities(app: &App, inner: Rect, theme: &Theme) -> Rows {
    let w = usize::from(inner.width);
    let focused = app.focus() == Pane::Side;
    let mut lines = Vec::new();
    if app.filter_rows() > 0 {
        let caret = if app.filter().typing { "▏" } else { "" };
        let count = format!(
            " {} match{}",
            app.filter().matches.len(),
            if app.filter().matches.len() == 1 { "" } else { "es" }
        );
        lines.push(Line::from(vec![
            Span::styled("/", theme.matched()),
            Span::raw(fit(
                &format!("{}{caret}", app.filter().query),
                w.saturating_sub(1 + count.width()),
            )),
            Span::styled(count, theme.dim()),
        ]));
    }
    if app.analysis().is_none() {
        lines.push(Line::styled(fit("Finding entities…", w), theme.dim()));
        return (lines, 0, 0, 1);
    }
    let rows = app.entity_rows();
    let view = app.entities_view();
    if rows.is_empty() {
        let msg = if app.filter().query.is_empty() {
            "No entities found."
        } else {
            "Nothing matches."
        };
        lines.push(Line::styled(fit(msg, w), theme.dim()));
    }
    let n_sources = app.sources().len();
    for (i, row) in rows
        .iter()
        .enumerate()
        .skip(app.entities_cursor().offset)
        .take(view)
    {
        match *row {
            EntityRow::Header(kind, n) => {
                let label = match kind {
                    crate::entities::EntityKind::Person => "PEOPLE",
                    crate::entities::EntityKind::Place => "PLACES",
                    crate::entities::EntityKind::Organisation => "ORGANISATIONS",
                    crate::entities::EntityKind::Other => "OTHER NAMES",
                };
                lines.push(Line::from(vec![
                    Span::styled(label, theme.heading().patch(theme.entity(kind))),
                    Span::styled(format!(" {n}"), theme.dim()),
                ]));
            }
            EntityRow::Entity(e) => {
                let Some(st) = app.stats(e) else { continue };
                let cursor = i == app.entities_cursor().index;
                let style = if cursor {
                    theme.cursor(focused)
                } else {
                    Style::new()
                };
                let sel = if app.entity() == Some(e) {
                    crate::tui::theme::SELECTED
                } else {
                    " "
                };
                let tail = entity_tail(app, st, n_sources);
                let name_w = w.saturating_sub(2 + tail.width());
                let mut spans = vec![Span::styled(format!("{sel} "), theme.heading())];
                spans.extend(name_spans(app, e, name_w, theme));
                spans.push(Span::styled(tail, theme.dim()));
                lines.push(full_line(spans, w, style));
            }
        }
    }
    let len = rows.len();
    (lines, len, app.entities_cursor().offset, view)
}

/// The entity's name padded to `w`, with the filter's matched characters highlighted (or the alias
/// that matched, after the name).
fn name_spans(app: &App, e: usize, w: usize, theme: &Theme) -> Vec<Span<'static>> {
    let ent = &app.entities()[e];
    let kind = theme.entity(ent.kind);
    let m = app
        .filter()
        .matches
        .iter()
        .find(|m| m.entity == e)
        .filter(|_| !app.filter().query.is_empty());
    let (text, hits, alias_from) = match m {
        Some(m) => match &m.alias {
            Some((alias, hits)) => {
                let prefix = format!("{} (", ent.name);
                let n = prefix.chars().count();
                (
                    format!("{prefix}{alias})"),
                    hits.iter().map(|h| h + n).collect(),
                    Some(n),
                )
            }
            None => (ent.name.clone(), m.name_hits.clone(), None),
        },
        None => (ent.name.clone(), Vec::new(), None),
    };
    let text = pad(&text, w);
    let mut spans: Vec<Span<'static>> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let mut st = if alias_from.is_some_and(|n| i >= n) {
            theme.dim()
        } else {
            kind
        };
        if hits.contains(&i) {
            st = st.patch(theme.matched());
        }
        match spans.last_mut() {
            Some(last) if last.style == st => last.content.to_mut().push(c),
            _ => spans.push(Span::styled(c.to_string(), st)),
        }
    }
    spans
}

fn claims(app: &App, inner: Rect, theme: &Theme) -> Rows {
    let w = usize::from(inner.width);
    let focused = app.focus() == Pane::Side;
    let mut lines = Vec::new();
    if app.analysis().is_none() {
        lines.push(Line::styled(fit("Lining up claims…", w), theme.dim()));
        return (lines, 0, 0, 1);
    }
    let rows = app.claim_rows();
    let view = app.claims_view();
    if rows.is_empty() {
        let msg = match app.entity().and_then(|e| app.entities().get(e)) {
            Some(e) => format!("No claims about {}.", e.name),
            None => "No claims found.".into(),
        };
        lines.push(Line::styled(fit(&msg, w), theme.dim()));
    }
    for (i, &c) in rows
        .iter()
        .enumerate()
        .skip(app.claims_cursor().offset)
        .take(view)
    {
        let claim = &app.claims()[c];
        let cursor = i == app.claims_cursor().index;
        let style = if cursor {
            theme.cursor(focused)
        } else {
            Style::new()
        };
        let n = format!(" {}src", source_count(claim));
        let yours = yours_mark(app, c);
        let verdict = theme.verdict(claim.verdict);
        let row = claim_row(&claim.topic, &claim_values(claim), &yours, &n, w);
        let gap = w.saturating_sub(2 + row.width() + yours.width() + n.width());
        lines.push(full_line(
            vec![
                Span::styled(Theme::verdict_mark(claim.verdict), verdict),
                Span::raw(" "),
                Span::raw(row.topic),
                Span::styled(row.values, verdict),
                Span::raw(" ".repeat(gap)),
                Span::styled(yours, theme.warning()),
                Span::styled(n, theme.dim()),
            ],
            w,
            style,
        ));
    }
    (lines, rows.len(), app.claims_cursor().offset, view)
}

/// The user's flag and note on a claim, before its source count: ` ✔` checked, ` ⚑` disputed,
/// ` ✎` a note.
fn yours_mark(app: &App, c: usize) -> String {
    let mut s = String::new();
    match app.claim_flag(c) {
        Some(Flag::Checked) => s.push_str(&format!(" {}", crate::tui::theme::CHECKED)),
        Some(Flag::Disputed) => s.push_str(&format!(" {}", crate::tui::theme::DISPUTED)),
        None => {}
    }
    if app.claim_note(c).is_some() {
        s.push_str(&format!(" {}", crate::tui::theme::NOTE));
    }
    s
}

/// A claim row's topic and values, laid out for `w` columns: the verdict mark and a space, the user's
/// marks and the source count are drawn around them. The values come first: the topic gets the
/// columns they leave (cut with `…`, or left out when not even that fits), and the values are cut
/// only when they alone are wider than the row.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct ClaimRow {
    pub topic: String,
    /// " · 180 ≠ 183" after a topic, "180 ≠ 183" alone.
    pub values: String,
}

impl ClaimRow {
    fn width(&self) -> usize {
        self.topic.width() + self.values.width()
    }
}

pub(super) fn claim_row(topic: &str, values: &str, yours: &str, n: &str, w: usize) -> ClaimRow {
    let room = w.saturating_sub(2 + yours.width() + n.width());
    if values.is_empty() {
        return ClaimRow {
            topic: fit(topic, room),
            values: String::new(),
        };
    }
    let sep = " · ";
    if values.width() + sep.width() < room {
        let topic = fit(topic, room - values.width() - sep.width());
        return ClaimRow {
            topic,
            values: format!("{sep}{values}"),
        };
    }
    ClaimRow {
        topic: String::new(),
        values: fit(values, room),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_rows_keep_their_values_before_the_topic() {
        let row = |w| {
            let r = claim_row("people killed", "180 ≠ 183", "", " 2src", w);
            format!("{}{}", r.topic, r.values)
        };
        // "✗ " and " 2src" take 7 columns; the values and " · " 12 more.
        assert_eq!(row(40), "people killed · 180 ≠ 183");
        assert_eq!(row(25), "peopl… · 180 ≠ 183");
        assert_eq!(row(20), "… · 180 ≠ 183");
        assert_eq!(row(19), "180 ≠ 183", "no room for even a cut topic");
        assert_eq!(row(16), "180 ≠ 183");
        assert_eq!(row(12), "180 …", "cut only when the values alone do not fit");
        let r = claim_row("people killed", "180 ≠ 183", " ⚑", " 2src", 22);
        assert_eq!((r.topic.as_str(), r.values.as_str()), ("…", " · 180 ≠ 183"));
        let r = claim_row("no values", "", "", " 1src", 12);
        assert_eq!((r.topic.as_str(), r.values.as_str()), ("no v…", ""));
    }
}

//! A claim's timeline: its statements down a time axis by publication date (undated last), each
//! value with its move from the report before (↑ ↓ =), whether it states the majority value, and a
//! bar for figures, so a toll rising from report to report shows at a glance.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::article::styled_range;
use super::{fit, fitting_hint, full_line, overlay_block, pad, verdict_title, visible};
use crate::claims::Verdict;
use crate::tui::app::{App, TIMELINE_HEAD, View};
use crate::tui::doc::wrap_words;
use crate::tui::theme::Theme;
use crate::views::{Cell, Change, Stance};

/// Columns of the widest bar.
const BAR: usize = 16;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(View::Timeline { timeline: t, cursor }) = app.view() else {
        return;
    };
    let Some(claim) = app.claims().get(t.claim) else {
        return;
    };
    if !visible(area) {
        return;
    }
    frame.render_widget(Clear, area);
    let title = Line::from(vec![
        Span::styled(format!("▶ Timeline · {} · ", claim.id), theme.pane_title(true)),
        verdict_title(claim, " ", theme),
    ]);
    let block = overlay_block(title, bottom_hint(area.width), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    let w = usize::from(inner.width);
    let mut lines = vec![Line::styled(fit(&claim.topic, w), theme.heading())];
    let majority = match &t.reference {
        Some((v, n)) if claim.verdict == Verdict::Agree => {
            format!("agreed: {v} ({n} of {} sources)", t.sources)
        }
        Some((v, n)) => format!("majority: {v} ({n} of {} sources)", t.sources),
        None if t.sources < 2 => "one source".to_string(),
        None => format!("no majority: every value differs ({} sources)", t.sources),
    };
    lines.push(Line::styled(fit(&majority, w), theme.dim()));
    lines.push(Line::raw(""));
    debug_assert_eq!(lines.len(), TIMELINE_HEAD, "heading rows agree with the mouse");

    let dates: Vec<String> = t.moments.iter().map(|m| app.date(m.published)).collect();
    let date_w = dates.iter().map(|d| d.width()).max().unwrap_or(0).min(w / 3);
    let outlet_w = t
        .moments
        .iter()
        .map(|m| source(app, m.source).width())
        .max()
        .unwrap_or(0)
        .min((w / 4).max(6));
    let value_w = t
        .moments
        .iter()
        .map(|m| value(m).width())
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let rows = app.view_rows();
    for (i, m) in t.moments.iter().enumerate().skip(cursor.offset).take(rows) {
        let on = i == cursor.index;
        // The date shows once for the reports of one day; the axis marks where a day begins.
        let new_day = i == 0 || t.moments[i - 1].published != m.published || i == cursor.offset;
        let (date, axis) = if new_day {
            let day = match m.day {
                Some(d) if d > 0 => format!("+{d}d"),
                _ => String::new(),
            };
            (dates[i].clone(), format!(" {day:>4} ┼ "))
        } else {
            (String::new(), "      │ ".to_string())
        };
        let stance = match m.stance {
            Stance::Agrees => (Cell::Agrees.mark(), theme.verdict(Verdict::Agree)),
            Stance::Differs => (Cell::Differs.mark(), theme.verdict(Verdict::Disagree)),
        };
        let change_style = match m.change {
            Change::Higher | Change::Lower => theme.warning(),
            _ => theme.dim(),
        };
        let mut spans = vec![
            Span::styled(pad(&date, date_w), theme.dim()),
            Span::styled(axis, theme.dim()),
            Span::raw(if on { "▶ " } else { "  " }),
            Span::styled(pad(&source(app, m.source), outlet_w), theme.heading()),
            Span::raw(" "),
            Span::raw(pad(&value(m), value_w)),
            Span::raw(" "),
            Span::styled(m.change.mark(), change_style),
            Span::raw(" "),
            Span::styled(stance.0, stance.1),
        ];
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        if let Some(scale) = m.scale {
            let room = w.saturating_sub(used + 2).min(BAR);
            if room >= 4 {
                let n = 1 + (scale * (room - 1) as f64).round() as usize;
                spans.push(Span::raw("  "));
                spans.push(Span::styled("▇".repeat(n), stance.1));
            }
        }
        let style = if on { theme.cursor(true) } else { Style::new() };
        lines.push(full_line(fit_spans(spans, w), w, style));
    }
    // The selected statement's sentence, with its value marked, under the list.
    let detail = app.detail_rows();
    if detail > 0
        && let Some(m) = t.moments.get(cursor.index)
        && let Some(st) = claim.statements.get(m.statement)
        && let Some(src) = app.sources().get(m.source)
    {
        let pad_rows = usize::from(inner.height).saturating_sub(lines.len() + detail);
        lines.extend(std::iter::repeat_n(Line::raw(""), pad_rows));
        let change = match m.change {
            Change::First | Change::Undated => m.change.as_str().to_string(),
            c => c.words(claim.kind == crate::values::ValueKind::Date).to_string(),
        };
        lines.push(Line::styled(
            fit(
                &format!("{} · {} · {change}", source(app, m.source), app.date(m.published)),
                w,
            ),
            theme.dim(),
        ));
        let sentence = if src.text.get(st.sentence.clone()).is_some() {
            st.sentence.clone()
        } else {
            st.value.span.clone()
        };
        let wrapped = wrap_words(&src.text, sentence, w.saturating_sub(4).max(1));
        let cut = wrapped.len() > detail - 1;
        for (k, words) in wrapped.into_iter().take(detail - 1).enumerate() {
            let mut spans = vec![Span::raw("  ")];
            for (j, r) in words.iter().enumerate() {
                if j > 0 {
                    spans.push(Span::raw(" "));
                }
                spans.extend(styled_range(
                    app,
                    m.source,
                    &src.text,
                    r.clone(),
                    Style::new(),
                    theme,
                ));
            }
            if cut && k + 2 == detail {
                spans.push(Span::styled(" …", theme.dim()));
            }
            lines.push(Line::from(spans));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if t.moments.len() > rows {
        super::scrollbar(
            frame,
            area,
            t.moments.len().saturating_sub(rows) + 1,
            cursor.offset,
        );
    }
}

/// A source's outlet, else its id.
fn source(app: &App, s: usize) -> String {
    app.sources()
        .get(s)
        .map(|src| src.outlet.clone().unwrap_or_else(|| src.id.clone()))
        .unwrap_or_default()
}

/// The value with its hedge: `180`, `4 (at least)`.
fn value(m: &crate::views::Moment) -> String {
    match m.qualifier {
        Some(q) => format!("{} ({})", m.value, q.as_str()),
        None => m.value.clone(),
    }
}

/// Spans cut to `w` columns: the row's right end (bar, marks) gives way first.
pub(super) fn fit_spans(spans: Vec<Span<'static>>, w: usize) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let sw = s.content.width();
        if used + sw <= w {
            used += sw;
            out.push(s);
        } else {
            let left = w - used;
            if left > 0 {
                out.push(Span::styled(fit(&s.content, left), s.style));
            }
            break;
        }
    }
    out
}

/// The hint on the bottom border, as long as the border leaves room for.
fn bottom_hint(width: u16) -> &'static str {
    fitting_hint(
        &[" Enter: read · Esc ", " Esc "],
        usize::from(width).saturating_sub(26),
    )
}

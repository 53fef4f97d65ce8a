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
use crate::claims::{Claim, Statement, Verdict};
use crate::ingest::Source;
use crate::tui::app::{App, Cursor, TIMELINE_HEAD, View};
use crate::tui::doc::wrap_words;
use crate::tui::theme::Theme;
use crate::views::{Cell, Change, Stance, Timeline};

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
    let mut lines = heading(t, claim, w, theme);
    debug_assert_eq!(lines.len(), TIMELINE_HEAD, "heading rows agree with the mouse");
    let list = List::new(app, t, claim, *cursor, w, theme);
    let rows = app.view_rows();
    lines.extend((cursor.offset..t.moments.len()).take(rows).map(|i| list.row(i)));
    list.detail(&mut lines, usize::from(inner.height));
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

/// The rows above the statements: the claim's topic, its majority value, a blank line.
fn heading(t: &Timeline, claim: &Claim, w: usize, theme: &Theme) -> Vec<Line<'static>> {
    let majority = match &t.reference {
        Some((v, n)) if claim.verdict == Verdict::Agree => {
            format!("agreed: {v} ({n} of {} sources)", t.sources)
        }
        Some((v, n)) => format!("majority: {v} ({n} of {} sources)", t.sources),
        None if t.sources < 2 => "one source".to_string(),
        None => format!("no majority: every value differs ({} sources)", t.sources),
    };
    vec![
        Line::styled(fit(&claim.topic, w), theme.heading()),
        Line::styled(fit(&majority, w), theme.dim()),
        Line::raw(""),
    ]
}

/// The statements' list: what each row draws from, and its columns measured once over every
/// statement so the columns stay put as the list scrolls.
struct List<'a> {
    app: &'a App,
    t: &'a Timeline,
    claim: &'a Claim,
    cursor: Cursor,
    theme: &'a Theme,
    w: usize,
    dates: Vec<String>,
    date_w: usize,
    outlet_w: usize,
    value_w: usize,
}

impl<'a> List<'a> {
    fn new(
        app: &'a App,
        t: &'a Timeline,
        claim: &'a Claim,
        cursor: Cursor,
        w: usize,
        theme: &'a Theme,
    ) -> Self {
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
        List {
            app,
            t,
            claim,
            cursor,
            theme,
            w,
            dates,
            date_w,
            outlet_w,
            value_w,
        }
    }

    /// Statement `i`: date and axis, outlet, value, its move, its stance and, for figures, a bar.
    fn row(&self, i: usize) -> Line<'a> {
        let (t, theme, w) = (self.t, self.theme, self.w);
        let m = &t.moments[i];
        let on = i == self.cursor.index;
        // The date shows once for the reports of one day; the axis marks where a day begins.
        let new_day = i == 0 || t.moments[i - 1].published != m.published || i == self.cursor.offset;
        let (date, axis) = if new_day {
            let day = match m.day {
                Some(d) if d > 0 => format!("+{d}d"),
                _ => String::new(),
            };
            (self.dates[i].clone(), format!(" {day:>4} ┼ "))
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
            Span::styled(pad(&date, self.date_w), theme.dim()),
            Span::styled(axis, theme.dim()),
            Span::raw(if on { "▶ " } else { "  " }),
            Span::styled(pad(&source(self.app, m.source), self.outlet_w), theme.heading()),
            Span::raw(" "),
            Span::raw(pad(&value(m), self.value_w)),
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
        full_line(fit_spans(spans, w), w, style)
    }

    /// The selected statement under the list, at the foot of the overlay (`height` rows): its
    /// source, date and move, then its sentence with the value marked.
    fn detail(&self, lines: &mut Vec<Line<'a>>, height: usize) {
        let (app, claim, w) = (self.app, self.claim, self.w);
        let detail = app.detail_rows();
        if detail > 0
            && let Some(m) = self.t.moments.get(self.cursor.index)
            && let Some(st) = claim.statements.get(m.statement)
            && let Some(src) = app.sources().get(m.source)
        {
            let pad_rows = height.saturating_sub(lines.len() + detail);
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
                self.theme.dim(),
            ));
            lines.extend(self.sentence(m.source, src, st, detail - 1));
        }
    }

    /// The statement's sentence (else its value's own span) in `rows` lines at most, wrapped
    /// under an indent, the marks styled as in the article, and `…` when it is cut.
    fn sentence(&self, s: usize, src: &'a Source, st: &Statement, rows: usize) -> Vec<Line<'a>> {
        let sentence = if src.text.get(st.sentence.clone()).is_some() {
            st.sentence.clone()
        } else {
            st.value.span.clone()
        };
        let wrapped = wrap_words(&src.text, sentence, self.w.saturating_sub(4).max(1));
        let cut = wrapped.len() > rows;
        let mut lines = Vec::new();
        for (k, words) in wrapped.into_iter().take(rows).enumerate() {
            let mut spans = vec![Span::raw("  ")];
            for (j, r) in words.iter().enumerate() {
                if j > 0 {
                    spans.push(Span::raw(" "));
                }
                spans.extend(styled_range(
                    self.app,
                    s,
                    &src.text,
                    r.clone(),
                    Style::new(),
                    self.theme,
                ));
            }
            if cut && k + 1 == rows {
                spans.push(Span::styled(" …", self.theme.dim()));
            }
            lines.push(Line::from(spans));
        }
        lines
    }
}

/// A source's outlet, else its id.
pub(super) fn source(app: &App, s: usize) -> String {
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

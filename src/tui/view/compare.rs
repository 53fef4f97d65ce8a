//! The claim comparison: each source's statement with its value highlighted, by publication date.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::article::styled_range;
use super::{fit, fitting_hint, full_line, overlay_block, verdict_title, visible};
use crate::claims::{Claim, Statement};
use crate::state::Flag;
use crate::tui::app::{App, SENTENCE_LINES};
use crate::tui::doc::wrap_words;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(cmp) = app.compare() else { return };
    let Some(claim) = app.claims().get(cmp.claim) else {
        return;
    };
    if !visible(area) {
        return;
    }
    frame.render_widget(Clear, area);
    let title = Line::from(vec![
        Span::styled("▶ ", theme.pane_title(true)),
        Span::styled(
            format!("Claim {} · {} · ", claim.id, claim.kind.as_str()),
            theme.pane_title(true),
        ),
        verdict_title(claim, "", theme),
        Span::styled(" ", theme.pane_title(true)),
    ]);
    let block = overlay_block(title, bottom_hint(area.width), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    let w = usize::from(inner.width);
    let head = heading(app, cmp.claim, claim, w, theme);
    // The layout is shared with mouse hit-testing, so clicks land on what is drawn.
    let layout = app.compare_layout();
    debug_assert_eq!(layout.head, head.len(), "heading rows agree with the layout");
    let mut lines = head;
    for (i, &si) in app.compare_statements().iter().enumerate().skip(layout.start) {
        lines.extend(statement(app, &claim.statements[si], i == cmp.cursor, w, theme));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The rows above the statements: the claim's topic, the names it is about, your flag and note on
/// it, a blank line. `c` is the claim's index.
fn heading(app: &App, c: usize, claim: &Claim, w: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut head = vec![Line::styled(fit(&claim.topic, w), theme.heading())];
    if !claim.entities.is_empty() {
        let names: Vec<&str> = claim
            .entities
            .iter()
            .filter_map(|&e| app.entities().get(e).map(|e| e.name.as_str()))
            .collect();
        head.push(Line::styled(
            fit(&format!("about {}", names.join(", ")), w),
            theme.dim(),
        ));
    }
    let flag = app.claim_flag(c);
    let note = app.claim_note(c);
    if flag.is_some() || note.is_some() {
        let mut yours = String::new();
        match flag {
            Some(Flag::Checked) => yours.push_str(&format!("{} checked", crate::tui::theme::CHECKED)),
            Some(Flag::Disputed) => yours.push_str(&format!("{} disputed", crate::tui::theme::DISPUTED)),
            None => {}
        }
        if let Some(n) = note {
            if !yours.is_empty() {
                yours.push_str(" · ");
            }
            yours.push_str(&format!("{} {n}", crate::tui::theme::NOTE));
        }
        head.push(Line::styled(fit(&yours, w), theme.warning()));
    }
    head.push(Line::raw(""));
    head
}

/// The hint under the comparison, as long as the border leaves room for (a cut title is worse than a
/// shorter one).
fn bottom_hint(width: u16) -> &'static str {
    fitting_hint(
        &[
            " Enter/click: read it in its source · Esc: close ",
            " Enter: read it · Esc: close ",
            " Esc: close ",
        ],
        usize::from(width).saturating_sub(4),
    )
}

/// One statement: source and value on a header line, then its sentence with the value marked.
fn statement<'a>(app: &'a App, st: &Statement, cursor: bool, w: usize, theme: &Theme) -> Vec<Line<'a>> {
    let s = st.value.source;
    let Some(src) = app.sources().get(s) else {
        return Vec::new();
    };
    let outlet = src.outlet.clone().unwrap_or_else(|| src.id.clone());
    let date = app.date(src.published);
    let value = src.text.get(st.value.span.clone()).unwrap_or("");
    let mut norm = format!("= {}", st.value.readable());
    if let Some(q) = st.value.qualifier {
        norm = format!("{norm} ({})", q.as_str());
    }
    let style = if cursor { theme.cursor(true) } else { Style::new() };
    // The value is what is being compared: the outlet gives way first on a narrow screen.
    let outlet = fit(&outlet, (w / 3).max(8));
    let date = format!(" · {date} · ");
    let room = w.saturating_sub(2 + outlet.width() + date.width());
    let mut out = vec![full_line(
        vec![
            Span::raw(if cursor { "▶ " } else { "  " }),
            Span::styled(outlet, theme.heading()),
            Span::styled(date, theme.dim()),
            Span::raw(fit(&format!("{value} {norm}"), room)),
        ],
        w,
        style,
    )];
    let sentence = if src.text.get(st.sentence.clone()).is_some() {
        st.sentence.clone()
    } else {
        st.value.span.clone()
    };
    // Two columns spare for the " …" that marks a cut sentence.
    let wrapped = wrap_words(&src.text, sentence, w.saturating_sub(6).max(1));
    let cut = wrapped.len() > SENTENCE_LINES;
    for (i, words) in wrapped.into_iter().take(SENTENCE_LINES).enumerate() {
        let mut spans = vec![Span::raw("    ")];
        for (j, r) in words.iter().enumerate() {
            if j > 0 {
                spans.push(Span::raw(" "));
            }
            spans.extend(styled_range(app, s, &src.text, r.clone(), Style::new(), theme));
        }
        if cut && i + 1 == SENTENCE_LINES {
            spans.push(Span::styled(" …", theme.dim()));
        }
        out.push(Line::from(spans));
    }
    out.push(Line::raw(""));
    out
}

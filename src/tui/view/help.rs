//! The help overlay: every binding from the keymap, by context, searchable with `/`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{fit, full_line, hit_spans, pad, visible};
use crate::claims::Verdict;
use crate::entities::EntityKind;
use crate::tui::app::App;
use crate::tui::app::{Help, HelpLine, Highlight};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(help) = &app.help() else { return };
    if !visible(area) {
        return;
    }
    frame.render_widget(Clear, area);
    let all = app.help_lines();
    let block = frame_block(help, all.len(), area, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if !visible(inner) {
        return;
    }
    let w = usize::from(inner.width);
    let caret = if help.typing { "▏" } else { "" };
    let mut lines = vec![Line::from(vec![
        Span::styled("/", theme.matched()),
        Span::raw(fit(&format!("{}{caret}", help.query), w.saturating_sub(1))),
    ])];
    let keys_w = all
        .iter()
        .filter_map(|l| match l {
            HelpLine::Binding { keys, .. } => Some(keys.width()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let cols = Cols { keys_w, w };
    for (i, l) in all
        .iter()
        .enumerate()
        .skip(help.scroll)
        .take(usize::from(inner.height).saturating_sub(1))
    {
        lines.push(match l {
            HelpLine::Heading(h) => Line::styled(fit(h, w), theme.heading()),
            HelpLine::Binding {
                keys,
                desc,
                keys_hits,
                desc_hits,
                ..
            } => {
                let selected = help.selected == Some(i);
                binding(keys, desc, keys_hits, desc_hits, selected, cols, theme)
            }
            HelpLine::Text(t) => Line::styled(fit(t, w), theme.warning()),
            HelpLine::Kind(kind) => kind_legend(*kind, cols, theme),
            HelpLine::Verdict(v) => verdict_legend(*v, cols, theme),
            HelpLine::Highlight(h) => highlight_legend(*h, cols, theme),
            HelpLine::Mark(sample, what) => Line::from(vec![
                Span::raw("  "),
                Span::styled(pad(sample, keys_w), theme.warning()),
                Span::raw("  "),
                Span::raw(fit(what, w.saturating_sub(keys_w + 4))),
            ]),
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The overlay's frame: what Enter and Esc do on top, which lines of `len` show at the bottom.
fn frame_block(help: &Help, len: usize, area: Rect, theme: &Theme) -> Block<'static> {
    let shown = usize::from(area.height.saturating_sub(3));
    let last = (help.scroll + shown).min(len);
    let position = format!(" {}-{last}/{len} ", (help.scroll + 1).min(last));
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(theme.border(true))
        .title(Span::styled(
            if help.selected.is_some() {
                " Keys · / search · Enter run · Esc close "
            } else {
                " Keys · / search · Esc close "
            },
            theme.pane_title(true),
        ))
        .title_bottom(Line::from(position).right_aligned())
}

/// The help's two columns: the keys (and legend samples) `keys_w` wide, the rest of `w` for words.
#[derive(Clone, Copy)]
struct Cols {
    keys_w: usize,
    w: usize,
}

/// A binding's line: its keys and what it does, the search's hits marked.
fn binding(
    keys: &str,
    desc: &str,
    keys_hits: &[usize],
    desc_hits: &[usize],
    selected: bool,
    Cols { keys_w, w }: Cols,
    theme: &Theme,
) -> Line<'static> {
    let mut spans = vec![Span::raw(if selected { "▶ " } else { "  " })];
    // Search hits are reversed: the keys column is already in the match colour.
    let hit = theme.matched().add_modifier(Modifier::REVERSED);
    spans.extend(hit_spans(&pad(keys, keys_w), keys_hits, theme.matched(), hit));
    spans.push(Span::raw("  "));
    let desc = fit(desc, w.saturating_sub(keys_w + 4));
    spans.extend(hit_spans(&desc, desc_hits, Style::new(), theme.matched()));
    let style = if selected {
        theme.cursor(true)
    } else {
        Style::new()
    };
    full_line(spans, w, style)
}

/// The legend of a kind of name: a sample in the kind's style.
fn kind_legend(kind: EntityKind, cols: Cols, theme: &Theme) -> Line<'static> {
    let (sample, what) = match kind {
        EntityKind::Person => ("Person", "a person's name"),
        EntityKind::Place => ("Place", "a place"),
        EntityKind::Organisation => ("Organisation", "an organisation"),
        EntityKind::Other => ("Other", "another name (event, work, group…)"),
    };
    legend(
        sample,
        theme.entity(kind),
        what,
        theme.entity_cue(kind),
        cols.keys_w,
        cols.w,
    )
}

/// The legend of a verdict: a value drawn with its mark and style.
fn verdict_legend(v: Verdict, cols: Cols, theme: &Theme) -> Line<'static> {
    let what = match v {
        Verdict::Disagree => "a value the sources disagree on",
        Verdict::Agree => "a value the sources agree on",
        Verdict::Single => "a value only one source gives",
    };
    let sample = format!("{} 42", Theme::verdict_mark(v));
    legend(
        &sample,
        theme.verdict(v),
        what,
        theme.verdict_cue(v),
        cols.keys_w,
        cols.w,
    )
}

/// The legend of a highlight over the text: its sample in its style and what it means.
fn highlight_legend(h: Highlight, Cols { keys_w, w }: Cols, theme: &Theme) -> Line<'static> {
    let style = match h {
        Highlight::Selected => theme.selected_mention(),
        Highlight::Target => theme.target(),
        Highlight::Hit => theme.matched(),
    };
    Line::from(vec![
        Span::raw("  "),
        Span::styled(fit(h.sample(), keys_w), style),
        Span::raw(" ".repeat(keys_w.saturating_sub(h.sample().width()) + 2)),
        Span::raw(fit(h.meaning(), w.saturating_sub(keys_w + 4))),
    ])
}

/// A legend line: a sample drawn in the mark's style, what it means and how it looks in words.
fn legend(sample: &str, style: Style, what: &str, cue: &str, keys_w: usize, w: usize) -> Line<'static> {
    Line::from(vec![
        Span::raw("  "),
        Span::styled(fit(sample, keys_w), style),
        Span::raw(" ".repeat(keys_w.saturating_sub(sample.width()) + 2)),
        Span::raw(fit(&format!("{what} ({cue})"), w.saturating_sub(keys_w + 4))),
    ])
}

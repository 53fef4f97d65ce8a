//! Styles. With `NO_COLOR` set every style is made of bold, dim, reverse and underline only, so the
//! reader stays usable on a monochrome terminal.

use ratatui::style::{Color, Modifier, Style};

use crate::claims::Verdict;
use crate::entities::EntityKind;

/// Colours on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme { color: true }
    }
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to a non-empty value (no-color.org).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn pick(&self, color: Style, mono: Style) -> Style {
        if self.color { color } else { mono }
    }

    pub fn border(&self, focused: bool) -> Style {
        match focused {
            true => self.pick(
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            false => self.pick(Style::new().fg(Color::DarkGray), Style::new()),
        }
    }

    pub fn pane_title(&self, focused: bool) -> Style {
        match focused {
            true => self.pick(
                Style::new()
                    .fg(Color::Black)
                    .bg(Color::Cyan)
                    .add_modifier(Modifier::BOLD),
                Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            ),
            false => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    pub fn bar(&self) -> Style {
        self.pick(
            Style::new().fg(Color::White).bg(Color::Blue),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn bar_key(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Yellow)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    /// The row under the cursor; loud in the focused pane, quiet elsewhere.
    pub fn cursor(&self, focused: bool) -> Style {
        match focused {
            true => self.pick(
                Style::new().bg(Color::DarkGray).add_modifier(Modifier::BOLD),
                Style::new().add_modifier(Modifier::REVERSED),
            ),
            false => Style::new().add_modifier(Modifier::BOLD),
        }
    }

    pub fn dim(&self) -> Style {
        self.pick(
            Style::new().fg(Color::DarkGray),
            Style::new().add_modifier(Modifier::DIM),
        )
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        if !self.color {
            return Style::new();
        }
        Style::new().fg(match kind {
            EntityKind::Person => Color::Cyan,
            EntityKind::Place => Color::Green,
            EntityKind::Organisation => Color::Magenta,
            EntityKind::Other => Color::Blue,
        })
    }

    /// A value that belongs to a claim: disagreement stands out, agreement is calm, one source is dim.
    pub fn verdict(&self, v: Verdict) -> Style {
        match v {
            Verdict::Disagree => self.pick(
                Style::new()
                    .fg(Color::White)
                    .bg(Color::Red)
                    .add_modifier(Modifier::BOLD),
                Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            ),
            Verdict::Agree => self.pick(
                Style::new().fg(Color::Green).add_modifier(Modifier::UNDERLINED),
                Style::new().add_modifier(Modifier::UNDERLINED),
            ),
            Verdict::Single => self.dim(),
        }
    }

    /// A marker for a verdict in lists.
    pub fn verdict_mark(v: Verdict) -> &'static str {
        match v {
            Verdict::Disagree => "✗",
            Verdict::Agree => "✓",
            Verdict::Single => "·",
        }
    }

    /// Mentions of the selected entity.
    pub fn selected_mention(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// The one mention or statement value the reader jumped to.
    pub fn target(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Black)
                .bg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// Characters a fuzzy filter matched.
    pub fn matched(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    pub fn warning(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
}

//! Styles. With `NO_COLOR` set every style is made of bold, italic, dim, reverse and underline only,
//! so the reader stays usable on a monochrome terminal.

use ratatui::style::{Color, Modifier, Style};

use crate::claims::Verdict;
use crate::entities::EntityKind;

/// The themes a config file may name, the default first.
pub const NAMES: [&str; 3] = ["dark", "light", "high-contrast"];

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

    /// A mention's kind. Without colour, people are bold, places italic, organisations bold italic
    /// and other names plain: none of these is a verdict's underline, dim or reverse, so a name and
    /// a claim value never look alike.
    pub fn entity(&self, kind: EntityKind) -> Style {
        if !self.color {
            return Style::new().add_modifier(match kind {
                EntityKind::Person => Modifier::BOLD,
                EntityKind::Place => Modifier::ITALIC,
                EntityKind::Organisation => Modifier::BOLD | Modifier::ITALIC,
                EntityKind::Other => Modifier::empty(),
            });
        }
        Style::new().fg(match kind {
            EntityKind::Person => Color::Cyan,
            EntityKind::Place => Color::Green,
            EntityKind::Organisation => Color::Magenta,
            EntityKind::Other => Color::Blue,
        })
    }

    /// How [`Theme::entity`] shows a kind, in words, for the help's legend.
    pub fn entity_cue(&self, kind: EntityKind) -> &'static str {
        match (self.color, kind) {
            (true, EntityKind::Person) => "cyan",
            (true, EntityKind::Place) => "green",
            (true, EntityKind::Organisation) => "magenta",
            (true, EntityKind::Other) => "blue",
            (false, EntityKind::Person) => "bold",
            (false, EntityKind::Place) => "italic",
            (false, EntityKind::Organisation) => "bold italic",
            (false, EntityKind::Other) => "plain",
        }
    }

    /// How [`Theme::verdict`] shows a verdict, in words, for the help's legend.
    pub fn verdict_cue(&self, v: Verdict) -> &'static str {
        match (self.color, v) {
            (true, Verdict::Disagree) => "white on red",
            (true, Verdict::Agree) => "green, underlined",
            (true, Verdict::Single) => "grey",
            (false, Verdict::Disagree) => "bold, underlined",
            (false, Verdict::Agree) => "underlined",
            (false, Verdict::Single) => "dim",
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Without colour, every entity kind and verdict looks different from every other, so the
    /// article stays readable: the modifiers alone must tell them apart.
    #[test]
    fn monochrome_marks_are_distinct() {
        let mono = Theme { color: false };
        let kinds = [EntityKind::Person, EntityKind::Place, EntityKind::Organisation];
        let mut styles: Vec<(String, Style)> = kinds
            .iter()
            .map(|&k| (format!("{k:?}"), mono.entity(k)))
            .collect();
        for v in [Verdict::Disagree, Verdict::Agree, Verdict::Single] {
            styles.push((format!("{v:?}"), mono.verdict(v)));
        }
        styles.push(("selected".into(), mono.selected_mention()));
        styles.push(("target".into(), mono.target()));
        for (i, (a, sa)) in styles.iter().enumerate() {
            assert!(sa.fg.is_none() && sa.bg.is_none(), "{a} has a colour");
            assert_ne!(sa.add_modifier, Modifier::empty(), "{a} has no cue");
            for (b, sb) in &styles[i + 1..] {
                assert_ne!(sa.add_modifier, sb.add_modifier, "{a} and {b} look alike");
            }
        }
        // Each kind's cue in words differs too, with and without colour.
        for t in [mono, Theme::default()] {
            let cues: std::collections::HashSet<&str> = kinds
                .iter()
                .chain([EntityKind::Other].iter())
                .map(|&k| t.entity_cue(k))
                .collect();
            assert_eq!(cues.len(), 4);
        }
    }
}

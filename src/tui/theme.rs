//! Styles by role, from a small TOML file per theme (`assets/themes/`): dark (the default), light,
//! high-contrast, and no-color — used whenever `NO_COLOR` is set, made of bold, italic, dim, reverse
//! and underline only, so the reader stays usable on a monochrome terminal.

use std::collections::BTreeMap;
use std::str::FromStr as _;

use ratatui::style::{Color, Modifier, Style};

use crate::claims::Verdict;
use crate::entities::EntityKind;

/// The marks of what you keep, each a symbol no verdict uses (`✓` is agreement, `·` one source).
pub const UNREAD: &str = "•";
pub const READ: &str = "◦";
/// The source being read; [`CURRENT_UNREAD`] once marked unread. Not `▶`, which marks the focused
/// pane's title and the line under a cursor.
pub const CURRENT: &str = "◆";
pub const CURRENT_UNREAD: &str = "◇";
/// The focused pane's title (and, in the help and the comparison, the line under the cursor).
pub const FOCUS: &str = "▶";
pub const CHECKED: &str = "✔";
pub const DISPUTED: &str = "⚑";
pub const NOTE: &str = "✎";
/// An entity's strip, one cell per source in list order: named there, or not (`·` is one source's
/// value).
pub const STRIP_NAMED: char = '▮';
pub const STRIP_SILENT: char = '▯';
/// The selected entity in the entities list.
pub const SELECTED: &str = "●";

/// The themes a config file may name, the default first.
pub const NAMES: [&str; 3] = ["dark", "light", "high-contrast"];

/// Every theme file shipped: the named ones and the one `NO_COLOR` selects.
pub const FILES: [(&str, &str); 4] = [
    ("dark", include_str!("../../assets/themes/dark.toml")),
    ("light", include_str!("../../assets/themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../assets/themes/high-contrast.toml"),
    ),
    ("no-color", include_str!("../../assets/themes/no-color.toml")),
];

/// Every role a theme file sets. Chrome roles first, then the meaning roles: the marks over the
/// text and lists, which must all look different ([`MEANINGS`]), then your own marks.
pub const ROLES: [&str; 26] = [
    "border",
    "border_focus",
    "title",
    "title_focus",
    "bar",
    "bar_key",
    "cursor",
    "cursor_focus",
    "dim",
    "heading",
    "warning",
    "person",
    "place",
    "organisation",
    "other",
    "disagree",
    "agree",
    "single",
    "selected",
    "target",
    "matched",
    "unread",
    "read",
    "checked",
    "disputed",
    "note",
];

/// The roles that mark what a piece of text is (a kind of name, a verdict, the selection, the jump
/// target, a search hit): no two may share a style, nor (with colour) a colour.
pub const MEANINGS: [&str; 10] = [
    "person",
    "place",
    "organisation",
    "other",
    "disagree",
    "agree",
    "single",
    "selected",
    "target",
    "matched",
];

/// Your marks (read, unread, flags, notes): in a colour theme none shares a colour with a meaning.
pub const MARKS: [&str; 5] = ["unread", "read", "checked", "disputed", "note"];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    mods: Vec<String>,
    name: Option<String>,
}

/// A theme: a style (and for the legend, a name) per role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// The theme's name (`dark`, `light`, `high-contrast`, `no-color`).
    pub name: String,
    /// False for the no-color theme.
    pub color: bool,
    roles: BTreeMap<String, (Style, String)>,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::named(NAMES[0])
    }
}

impl Theme {
    /// Parse a theme file: every role of [`ROLES`] once, nothing else.
    ///
    /// # Errors
    /// A missing or unknown role, a colour or modifier that does not parse, or a foreground equal to
    /// its background.
    pub fn parse(name: &str, text: &str) -> Result<Theme, String> {
        let raw: BTreeMap<String, RawRole> =
            toml::from_str(text).map_err(|e| format!("theme {name}: {e}"))?;
        let mut roles = BTreeMap::new();
        for (role, r) in raw {
            if !ROLES.contains(&role.as_str()) {
                return Err(format!("theme {name}: unknown role {role}"));
            }
            let colour = |c: &Option<String>| -> Result<Option<Color>, String> {
                c.as_deref()
                    .map(|c| {
                        Color::from_str(c).map_err(|_| format!("theme {name}: {role}: bad colour {c:?}"))
                    })
                    .transpose()
            };
            let mut style = Style::new();
            if let Some(fg) = colour(&r.fg)? {
                style = style.fg(fg);
            }
            if let Some(bg) = colour(&r.bg)? {
                style = style.bg(bg);
            }
            if style.fg.is_some() && style.fg == style.bg {
                return Err(format!("theme {name}: {role}: foreground = background"));
            }
            for m in &r.mods {
                style = style.add_modifier(match m.as_str() {
                    "bold" => Modifier::BOLD,
                    "dim" => Modifier::DIM,
                    "italic" => Modifier::ITALIC,
                    "underlined" => Modifier::UNDERLINED,
                    "reversed" => Modifier::REVERSED,
                    _ => return Err(format!("theme {name}: {role}: unknown modifier {m:?}")),
                });
            }
            let cue = r.name.unwrap_or_default();
            roles.insert(role, (style, cue));
        }
        if let Some(missing) = ROLES.iter().find(|r| !roles.contains_key(**r)) {
            return Err(format!("theme {name}: no {missing}"));
        }
        let color = roles.values().any(|(s, _)| s.fg.is_some() || s.bg.is_some());
        Ok(Theme {
            name: name.to_string(),
            color,
            roles,
        })
    }

    /// A shipped theme by name (`dark` for an unknown one; the config checks names first).
    ///
    /// # Panics
    /// Never for the shipped files, which a test parses.
    pub fn named(name: &str) -> Theme {
        let text = FILES.iter().find(|(n, _)| *n == name).unwrap_or(&FILES[0]).1;
        Theme::parse(name, text).expect("the shipped themes parse (a test checks them)")
    }

    /// The theme without colour.
    pub fn mono() -> Theme {
        Theme::named("no-color")
    }

    /// `name`, or no colour when `NO_COLOR` is set to a non-empty value (no-color.org).
    pub fn chosen(name: &str) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            Theme::mono()
        } else {
            Theme::named(name)
        }
    }

    /// The default theme, or no colour under `NO_COLOR`.
    pub fn from_env() -> Theme {
        Theme::chosen(NAMES[0])
    }

    /// A role's style.
    pub fn role(&self, role: &str) -> Style {
        self.roles.get(role).map(|r| r.0).unwrap_or_default()
    }

    /// How the legend names a role's look (the theme file's `name`).
    fn cue(&self, role: &str) -> &str {
        self.roles.get(role).map_or("", |r| r.1.as_str())
    }

    pub fn border(&self, focused: bool) -> Style {
        self.role(if focused { "border_focus" } else { "border" })
    }

    pub fn pane_title(&self, focused: bool) -> Style {
        self.role(if focused { "title_focus" } else { "title" })
    }

    pub fn bar(&self) -> Style {
        self.role("bar")
    }

    pub fn bar_key(&self) -> Style {
        self.role("bar_key")
    }

    /// The row under the cursor; loud in the focused pane, quiet elsewhere.
    pub fn cursor(&self, focused: bool) -> Style {
        self.role(if focused { "cursor_focus" } else { "cursor" })
    }

    pub fn dim(&self) -> Style {
        self.role("dim")
    }

    pub fn heading(&self) -> Style {
        self.role("heading")
    }

    fn kind_role(kind: EntityKind) -> &'static str {
        match kind {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
            EntityKind::Other => "other",
        }
    }

    fn verdict_role(v: Verdict) -> &'static str {
        match v {
            Verdict::Disagree => "disagree",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }

    /// A mention's kind. Without colour, people are bold, places italic, organisations bold italic
    /// and other names plain: none of these is a verdict's underline, dim or reverse, so a name and
    /// a claim value never look alike.
    pub fn entity(&self, kind: EntityKind) -> Style {
        self.role(Theme::kind_role(kind))
    }

    /// A source not read yet (`•`), one read (`◦`).
    pub fn read_mark(&self, read: bool) -> Style {
        self.role(if read { "read" } else { "unread" })
    }

    /// A claim you checked (`✔`) or dispute (`⚑`).
    pub fn flag(&self, disputed: bool) -> Style {
        self.role(if disputed { "disputed" } else { "checked" })
    }

    /// Your note (`✎`).
    pub fn note(&self) -> Style {
        self.role("note")
    }

    /// How [`Theme::entity`] shows a kind, in words, for the help's legend.
    pub fn entity_cue(&self, kind: EntityKind) -> &str {
        self.cue(Theme::kind_role(kind))
    }

    /// How [`Theme::verdict`] shows a verdict, in words, for the help's legend.
    pub fn verdict_cue(&self, v: Verdict) -> &str {
        self.cue(Theme::verdict_role(v))
    }

    /// A value that belongs to a claim: disagreement stands out, agreement is calm, one source is dim.
    pub fn verdict(&self, v: Verdict) -> Style {
        self.role(Theme::verdict_role(v))
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
        self.role("selected")
    }

    /// The one mention or statement value the reader jumped to.
    pub fn target(&self) -> Style {
        self.role("target")
    }

    /// Characters a fuzzy filter matched.
    pub fn matched(&self) -> Style {
        self.role("matched")
    }

    pub fn warning(&self) -> Style {
        self.role("warning")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Theme> {
        FILES
            .iter()
            .map(|(n, text)| Theme::parse(n, text).unwrap_or_else(|e| panic!("{e}")))
            .collect()
    }

    /// The colour a meaning is recognised by: its background when it has one, else its foreground.
    fn colour_of(s: Style) -> Option<Color> {
        s.bg.or(s.fg)
    }

    /// Every shipped theme: no role with foreground = background, no two meanings on one style, and
    /// in colour no meaning or mark shares its colour with another (read ≠ agree, place ≠ agreed).
    #[test]
    fn every_theme_keeps_its_meanings_apart() {
        for t in all() {
            for role in ROLES {
                let s = t.role(role);
                assert!(s.fg.is_none() || s.fg != s.bg, "{}: {role} fg = bg", t.name);
            }
            for (i, a) in MEANINGS.iter().enumerate() {
                for b in &MEANINGS[i + 1..] {
                    assert_ne!(t.role(a), t.role(b), "{}: {a} and {b} look alike", t.name);
                }
                assert!(!t.cue(a).is_empty(), "{}: {a} has no name for the legend", t.name);
            }
            if !t.color {
                for role in ROLES {
                    let s = t.role(role);
                    assert!(
                        s.fg.is_none() && s.bg.is_none(),
                        "{}: {role} has a colour",
                        t.name
                    );
                }
                continue;
            }
            let coloured: Vec<&str> = MEANINGS.iter().chain(MARKS.iter()).copied().collect();
            for (i, a) in coloured.iter().enumerate() {
                for b in &coloured[i + 1..] {
                    let (ca, cb) = (colour_of(t.role(a)), colour_of(t.role(b)));
                    assert!(ca.is_none() || ca != cb, "{}: {a} and {b} share {ca:?}", t.name);
                }
            }
        }
    }

    /// Without colour, every meaning carries a cue of its own in modifiers (other names stay plain).
    #[test]
    fn monochrome_marks_are_distinct() {
        let mono = Theme::mono();
        assert!(!mono.color);
        for role in MEANINGS.iter().filter(|r| **r != "other") {
            assert_ne!(
                mono.role(role).add_modifier,
                Modifier::empty(),
                "{role} has no cue"
            );
        }
        for t in [mono, Theme::default()] {
            let cues: std::collections::HashSet<&str> = [
                EntityKind::Person,
                EntityKind::Place,
                EntityKind::Organisation,
                EntityKind::Other,
            ]
            .iter()
            .map(|&k| t.entity_cue(k))
            .collect();
            assert_eq!(cues.len(), 4);
        }
    }

    #[test]
    fn config_names_are_shipped_and_bad_files_are_refused() {
        for name in NAMES {
            assert!(FILES.iter().any(|(n, _)| *n == name), "{name}");
            assert_eq!(Theme::named(name).name, name);
        }
        let bad = [
            "border = { fg = \"red\" }",
            "border = { fg = \"nocolour\" }\n",
            "sparkle = {}",
        ];
        for text in bad {
            assert!(Theme::parse("x", text).is_err(), "{text}");
        }
        let same = FILES[0]
            .1
            .replace("note = { fg = \"229\" }", "note = { fg = \"229\", bg = \"229\" }");
        assert!(
            Theme::parse("x", &same)
                .unwrap_err()
                .contains("foreground = background")
        );
    }

    /// The symbols of different meanings differ: a verdict, a read mark, the current source, the focus,
    /// a flag, a note.
    #[test]
    fn mark_symbols_are_distinct() {
        let mut symbols: Vec<&str> = [Verdict::Disagree, Verdict::Agree, Verdict::Single]
            .map(Theme::verdict_mark)
            .to_vec();
        let strip = [STRIP_NAMED.to_string(), STRIP_SILENT.to_string()];
        symbols.extend([
            UNREAD,
            READ,
            CURRENT,
            CURRENT_UNREAD,
            FOCUS,
            CHECKED,
            DISPUTED,
            NOTE,
            SELECTED,
        ]);
        symbols.extend(strip.iter().map(String::as_str));
        let set: std::collections::HashSet<&&str> = symbols.iter().collect();
        assert_eq!(set.len(), symbols.len(), "{symbols:?}");
    }
}

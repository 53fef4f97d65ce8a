//! Key bindings as data: `assets/keymap.toml`, parsed into contexts of bindings, each with a description.
//!
//! The same table drives key lookup, the help overlay, the status-bar hints and the key tables of
//! docs/keys.md and the README.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod input;

pub use input::KeyInput;

use super::action::Command;

/// The keymap shipped with Parallax.
pub const EMBEDDED: &str = include_str!("../../assets/keymap.toml");

/// Where a key is looked up: the focused pane or the innermost open thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Sources,
    Article,
    Entities,
    Claims,
    Compare,
    Input,
    Help,
    /// Writing a note (the editor line in the status bar).
    Note,
    /// A claim's timeline and the coverage matrix (overlays that take their own keys).
    Timeline,
    Matrix,
}

impl Context {
    /// Every context, in the order the help lists them.
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::Sources,
        Context::Article,
        Context::Entities,
        Context::Claims,
        Context::Compare,
        Context::Input,
        Context::Help,
        Context::Note,
        Context::Timeline,
        Context::Matrix,
    ];

    /// The context a keymap table names.
    pub fn from_name(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The table name in the keymap file.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Sources => "sources",
            Context::Article => "article",
            Context::Entities => "entities",
            Context::Claims => "claims",
            Context::Compare => "compare",
            Context::Input => "input",
            Context::Help => "help",
            Context::Note => "note",
            Context::Timeline => "timeline",
            Context::Matrix => "matrix",
        }
    }

    /// The heading the help and the key tables use.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Sources => "Sources",
            Context::Article => "Article",
            Context::Entities => "Entities",
            Context::Claims => "Claims",
            Context::Compare => "Claim comparison",
            Context::Input => "Typing a filter or search",
            Context::Help => "Help",
            Context::Note => "Writing a note",
            Context::Timeline => "Timeline",
            Context::Matrix => "Coverage matrix",
        }
    }

    /// The contexts consulted, innermost first: panes fall back to the global keys; typing and the help
    /// overlay and the note editor take every key themselves.
    pub fn chain(self) -> &'static [Context] {
        match self {
            Context::Global => &[Context::Global],
            Context::Sources => &[Context::Sources, Context::Global],
            Context::Article => &[Context::Article, Context::Global],
            Context::Entities => &[Context::Entities, Context::Global],
            Context::Claims => &[Context::Claims, Context::Global],
            Context::Compare => &[Context::Compare, Context::Global],
            Context::Input => &[Context::Input],
            Context::Help => &[Context::Help],
            Context::Note => &[Context::Note],
            Context::Timeline => &[Context::Timeline],
            Context::Matrix => &[Context::Matrix],
        }
    }
}

/// One key press, normalised: Shift is part of the character, so it is not kept for characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    /// The key a terminal event stands for.
    pub fn from_event(ev: &KeyEvent) -> Key {
        Key {
            code: ev.code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
            alt: ev.modifiers.contains(KeyModifiers::ALT),
        }
    }

    /// Parse one key of the keymap syntax: `j`, `G`, `<Enter>`, `<C-d>`, `<S-Tab>`, `<Space>`.
    pub fn parse(s: &str) -> Option<Key> {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some(Key::plain(KeyCode::Char(c)));
        }
        let inner = s.strip_prefix('<')?.strip_suffix('>')?;
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        let mut name = inner;
        while let Some((m, rest)) = name.split_once('-').filter(|(_, rest)| !rest.is_empty()) {
            match m {
                "C" => ctrl = true,
                "A" | "M" => alt = true,
                "S" => shift = true,
                _ => return None,
            }
            name = rest;
        }
        let code = match name {
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" if shift => KeyCode::BackTab,
            "Tab" => KeyCode::Tab,
            "Backspace" => KeyCode::Backspace,
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "PageUp" => KeyCode::PageUp,
            "PageDown" => KeyCode::PageDown,
            "Space" => KeyCode::Char(' '),
            _ => {
                let mut cs = name.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => KeyCode::Char(c),
                    _ => return None,
                }
            }
        };
        if shift && code != KeyCode::BackTab {
            return None;
        }
        Some(Key { code, ctrl, alt })
    }

    fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }
}

/// One binding: alternatives of key sequences, the command they run and what it does.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The alternatives as written in the keymap (`"g g"`, `"<Home>"`).
    pub on: Vec<String>,
    /// The same alternatives, parsed: each a sequence of keys.
    pub keys: Vec<Vec<Key>>,
    pub command: Command,
    pub desc: String,
    /// Short label for the status bar, when the binding is shown there.
    pub hint: Option<String>,
}

impl Binding {
    /// The keys for display: `gg`, `C-d`, `PageDown`.
    pub fn keys_label(&self) -> String {
        self.on
            .iter()
            .map(|s| display_keys(s))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// `"g g"` → `gg`, `"<C-d>"` → `C-d`.
fn display_keys(s: &str) -> String {
    s.split(' ')
        .map(|k| k.strip_prefix('<').and_then(|k| k.strip_suffix('>')).unwrap_or(k))
        .collect()
}

/// Why a keymap could not be read.
#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    #[error("keymap: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("keymap: unknown context [[{0}]]")]
    UnknownContext(String),
    #[error("keymap [[{context}]]: {reason}")]
    Binding { context: &'static str, reason: String },
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBinding {
    on: Vec<String>,
    action: String,
    desc: String,
    hint: Option<String>,
}

/// A user's binding from the config file, layered over the shipped keymap (same fields as a keymap
/// entry; `desc` and `hint` may be left out to keep the shipped ones).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Override {
    pub on: Vec<String>,
    pub action: String,
    pub desc: Option<String>,
    pub hint: Option<String>,
}

/// Parse a keymap entry's keys: each alternative a sequence of keys separated by spaces.
fn parse_keys(on: &[String]) -> Result<Vec<Vec<Key>>, String> {
    on.iter()
        .map(|seq| {
            seq.split(' ')
                .map(|k| Key::parse(k).ok_or_else(|| format!("bad key {k:?}")))
                .collect::<Result<Vec<_>, _>>()
        })
        .collect()
}

/// What a key sequence means in a context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Run(Command),
    /// The keys so far begin a longer binding (`g` of `g g`): wait for the next key.
    Prefix,
    Unbound,
}

/// All bindings, by context.
#[derive(Debug, Clone)]
pub struct Keymap {
    contexts: Vec<(Context, Vec<Binding>)>,
}

impl Keymap {
    /// The keymap shipped in the binary.
    pub fn embedded() -> Result<Keymap, KeymapError> {
        Keymap::parse(EMBEDDED)
    }

    /// Parse a keymap in the `assets/keymap.toml` format.
    pub fn parse(text: &str) -> Result<Keymap, KeymapError> {
        let table: toml::Table = toml::from_str(text)?;
        for name in table.keys() {
            if !Context::ALL.iter().any(|c| c.name() == name) {
                return Err(KeymapError::UnknownContext(name.clone()));
            }
        }
        let mut contexts = Vec::new();
        for ctx in Context::ALL {
            let raw: Vec<RawBinding> = match table.get(ctx.name()) {
                Some(v) => v.clone().try_into()?,
                None => Vec::new(),
            };
            let bad = |reason: String| KeymapError::Binding {
                context: ctx.name(),
                reason,
            };
            let mut bindings = Vec::with_capacity(raw.len());
            for b in raw {
                let command = Command::from_name(&b.action)
                    .ok_or_else(|| bad(format!("unknown action {:?}", b.action)))?;
                if b.on.is_empty() {
                    return Err(bad(format!("{:?} has no keys", b.action)));
                }
                let keys =
                    b.on.iter()
                        .map(|seq| {
                            seq.split(' ')
                                .map(|k| Key::parse(k).ok_or_else(|| bad(format!("bad key {k:?}"))))
                                .collect::<Result<Vec<_>, _>>()
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                bindings.push(Binding {
                    on: b.on,
                    keys,
                    command,
                    desc: b.desc,
                    hint: b.hint,
                });
            }
            contexts.push((ctx, bindings));
        }
        Ok(Keymap { contexts })
    }

    /// Layer a user's binding over the map: its keys replace those of `action` in `ctx`, keeping the
    /// description and hint unless given. The same keys (or keys one is a prefix of) are taken away
    /// from the context's other bindings, so the user's choice wins; a binding left without keys is
    /// dropped. An action new to the context needs a `desc`, or takes the one it has elsewhere.
    ///
    /// # Errors
    /// An unknown action, no keys, or a key that cannot be parsed; the map is then unchanged.
    pub fn layer(&mut self, ctx: Context, o: Override) -> Result<(), String> {
        let command =
            Command::from_name(&o.action).ok_or_else(|| format!("unknown action {:?}", o.action))?;
        if o.on.is_empty() {
            return Err(format!("{:?} has no keys", o.action));
        }
        let keys = parse_keys(&o.on)?;
        let elsewhere = self
            .contexts
            .iter()
            .flat_map(|(_, b)| b)
            .find(|b| b.command == command)
            .map(|b| (b.desc.clone(), b.hint.clone()));
        let Some((_, bindings)) = self.contexts.iter_mut().find(|(c, _)| *c == ctx) else {
            return Err(format!("unknown context {}", ctx.name()));
        };
        let clashes = |seq: &Vec<Key>| keys.iter().any(|k| k.starts_with(seq) || seq.starts_with(k));
        for b in bindings.iter_mut().filter(|b| b.command != command) {
            let kept: Vec<(String, Vec<Key>)> =
                b.on.iter()
                    .cloned()
                    .zip(b.keys.iter().cloned())
                    .filter(|(_, seq)| !clashes(seq))
                    .collect();
            (b.on, b.keys) = kept.into_iter().unzip();
        }
        bindings.retain(|b| !b.keys.is_empty());
        if let Some(b) = bindings.iter_mut().find(|b| b.command == command) {
            b.on = o.on;
            b.keys = keys;
            if let Some(desc) = o.desc {
                b.desc = desc;
            }
            if o.hint.is_some() {
                b.hint = o.hint;
            }
            return Ok(());
        }
        let (desc, hint) = match (o.desc, elsewhere) {
            (Some(d), e) => (d, o.hint.or(e.and_then(|(_, h)| h))),
            (None, Some((d, h))) => (d, o.hint.or(h)),
            (None, None) => return Err(format!("{:?} needs a desc here", o.action)),
        };
        bindings.push(Binding {
            on: o.on,
            keys,
            command,
            desc,
            hint,
        });
        Ok(())
    }

    /// The bindings of one context, in file order.
    pub fn bindings(&self, ctx: Context) -> &[Binding] {
        self.contexts
            .iter()
            .find(|(c, _)| *c == ctx)
            .map_or(&[], |(_, b)| b.as_slice())
    }

    /// What the keys pressed so far mean, looking through the context chain innermost first.
    pub fn lookup(&self, ctx: Context, pressed: &[Key]) -> Lookup {
        let mut prefix = false;
        for &c in ctx.chain() {
            for b in self.bindings(c) {
                for seq in &b.keys {
                    if seq.as_slice() == pressed {
                        return Lookup::Run(b.command);
                    }
                    if seq.len() > pressed.len() && seq.starts_with(pressed) {
                        prefix = true;
                    }
                }
            }
        }
        if prefix { Lookup::Prefix } else { Lookup::Unbound }
    }

    /// Status-bar hints for a context: `(keys, label)` innermost first.
    pub fn hints(&self, ctx: Context) -> Vec<(String, &str)> {
        ctx.chain()
            .iter()
            .flat_map(|&c| self.bindings(c))
            .filter_map(|b| {
                let hint = b.hint.as_deref()?;
                // The first alternative that runs it here (an inner context may take a key, as the
                // article takes `/`) alone keeps the bar short: `j` rather than `j Down`.
                let (on, _) =
                    b.on.iter()
                        .zip(&b.keys)
                        .find(|(_, seq)| self.lookup(ctx, seq) == Lookup::Run(b.command))?;
                Some((display_keys(on), hint))
            })
            .collect()
    }

    /// The full key table as Markdown, as docs/keys.md carries it.
    pub fn markdown_table(&self) -> String {
        self.markdown_table_of(&Context::ALL)
    }

    /// The key table of some contexts only: the README shows the keys that work everywhere.
    pub fn markdown_table_of(&self, only: &[Context]) -> String {
        let mut out = String::from("| Where | Keys | What it does |\n|---|---|---|\n");
        for (ctx, bindings) in self.contexts.iter().filter(|(c, _)| only.contains(c)) {
            for b in bindings {
                let keys =
                    b.on.iter()
                        .map(|k| format!("`{}`", display_keys(k)))
                        .collect::<Vec<_>>()
                        .join(" ");
                out.push_str(&format!("| {} | {} | {} |\n", ctx.title(), keys, b.desc));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn km() -> Keymap {
        Keymap::embedded().expect("the embedded keymap parses")
    }

    #[test]
    fn key_syntax() {
        let cases: &[(&str, Option<Key>)] = &[
            ("j", Some(Key::plain(KeyCode::Char('j')))),
            ("G", Some(Key::plain(KeyCode::Char('G')))),
            ("<Enter>", Some(Key::plain(KeyCode::Enter))),
            ("<S-Tab>", Some(Key::plain(KeyCode::BackTab))),
            ("<Space>", Some(Key::plain(KeyCode::Char(' ')))),
            (
                "<C-d>",
                Some(Key {
                    code: KeyCode::Char('d'),
                    ctrl: true,
                    alt: false,
                }),
            ),
            ("<S-x>", None),
            ("<Nope>", None),
            ("jj", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(Key::parse(s), *want, "{s}");
        }
    }

    #[test]
    fn every_command_is_bound_and_described() {
        let km = km();
        for &cmd in Command::ALL {
            let found: Vec<&Binding> = Context::ALL
                .iter()
                .flat_map(|&c| km.bindings(c))
                .filter(|b| b.command == cmd)
                .collect();
            assert!(!found.is_empty(), "{} has no binding", cmd.name());
            for b in found {
                assert!(!b.desc.trim().is_empty(), "{} has no desc", cmd.name());
            }
        }
    }

    #[test]
    fn no_key_bound_twice_where_it_is_looked_up() {
        // The keys a pane takes over from "Everywhere" on purpose: the article's text search and its
        // hits. Any other key bound twice in a lookup chain is a mistake.
        const TAKEN_OVER: &[(Context, &str)] = &[
            (Context::Article, "/"),
            (Context::Article, "n"),
            (Context::Article, "N"),
        ];
        let km = km();
        for ctx in Context::ALL {
            let mut seen: HashSet<Vec<Key>> = HashSet::new();
            for &c in ctx.chain() {
                for b in km.bindings(c) {
                    for (on, seq) in b.on.iter().zip(&b.keys) {
                        let taken_over = c == Context::Global && TAKEN_OVER.contains(&(ctx, on.as_str()));
                        assert!(
                            seen.insert(seq.clone()) || taken_over,
                            "{:?} bound twice under {}",
                            seq,
                            ctx.name()
                        );
                    }
                }
            }
            for &(c, on) in TAKEN_OVER {
                let seq = parse_keys(&[on.to_string()]).expect("parses").remove(0);
                let inner = km.bindings(c).iter().find(|b| b.keys.contains(&seq));
                assert!(inner.is_some(), "{on} is bound in {} itself", c.name());
            }
            // A sequence must not also be a prefix of another one, or it could never run.
            for a in &seen {
                for b in &seen {
                    assert!(
                        a == b || !b.starts_with(a),
                        "{a:?} is a prefix of {b:?} in {}",
                        ctx.name()
                    );
                }
            }
        }
    }

    #[test]
    fn bad_keymaps_are_errors() {
        let cases = [
            "[[nowhere]]\non=[\"j\"]\naction=\"down\"\ndesc=\"x\"",
            "[[sources]]\non=[\"j\"]\naction=\"fly\"\ndesc=\"x\"",
            "[[sources]]\non=[\"<Bogus>\"]\naction=\"down\"\ndesc=\"x\"",
            "[[sources]]\non=[]\naction=\"down\"\ndesc=\"x\"",
            "[[sources]]\non=[\"j\"]\naction=\"down\"",
            "not toml at all [",
        ];
        for text in cases {
            assert!(Keymap::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn table_lists_every_binding() {
        let km = km();
        let table = km.markdown_table();
        let rows = Context::ALL.iter().map(|&c| km.bindings(c).len()).sum::<usize>();
        assert_eq!(table.lines().count(), rows + 2);
        assert!(table.contains("| Everywhere | `q` `C-c` | Quit Parallax |"));
        let global = km.markdown_table_of(&[Context::Global]);
        assert_eq!(global.lines().count(), km.bindings(Context::Global).len() + 2);
        assert!(global.lines().skip(2).all(|l| l.starts_with("| Everywhere |")));
    }
}

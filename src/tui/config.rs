//! The user's configuration: `$XDG_CONFIG_HOME/parallax/config.toml` (or `~/.config/…`, or the file
//! given with `--config`): the theme, the date format and key bindings layered over the shipped
//! keymap. Nothing in it is required. Problems never stop the reader: a setting that is unknown or
//! cannot be used is reported with its file and line and its default kept; a file that is not TOML
//! is set aside whole, the defaults used, with a warning.

use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::keymap::{Context, Keymap, Override};
use super::theme;

/// The commented default config, as `parallax config --default` prints it.
pub const DEFAULT: &str = include_str!("../../assets/config.toml");

/// The date format when none is set.
pub const DEFAULT_DATE_FORMAT: &str = "%Y-%m-%d";

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Config {
    pub keymap: Keymap,
    /// One of [`theme::NAMES`].
    pub theme: String,
    /// A strftime format that chrono accepts.
    pub date_format: String,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            keymap: Keymap::embedded().expect("the shipped keymap parses (a test checks it)"),
            theme: theme::NAMES[0].to_string(),
            date_format: DEFAULT_DATE_FORMAT.to_string(),
        }
    }
}

/// A config as read: the settings and what was wrong with the file, one line each
/// (`FILE:LINE: what`).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Config,
    /// The file read, if there was one.
    pub path: Option<PathBuf>,
    pub warnings: Vec<String>,
}

/// Where the config lives: `$XDG_CONFIG_HOME/parallax/config.toml`, else
/// `$HOME/.config/parallax/config.toml` (an empty or relative `XDG_CONFIG_HOME` is ignored, as the
/// XDG spec says).
pub fn default_path() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = xdg.or_else(|| {
        std::env::var_os("HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .map(|h| h.join(".config"))
    })?;
    Some(base.join("parallax").join("config.toml"))
}

/// Read the config: `explicit` (from `--config`) must exist; the default path may be missing, which
/// means the defaults.
pub fn load(explicit: Option<&Path>) -> Loaded {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => default_path(),
    };
    let Some(path) = path else {
        return Loaded {
            config: Config::default(),
            path: None,
            warnings: Vec::new(),
        };
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let (config, warnings) = parse(&text, &path.display().to_string());
            Loaded {
                config,
                path: Some(path),
                warnings,
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit.is_none() => Loaded {
            config: Config::default(),
            path: None,
            warnings: Vec::new(),
        },
        Err(e) => Loaded {
            config: Config::default(),
            warnings: vec![format!(
                "{}: cannot be read ({e}); using the defaults",
                path.display()
            )],
            path: Some(path),
        },
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    text.get(..at).map_or(1, |t| t.matches('\n').count() + 1)
}

/// Parse a config's text; `file` names it in the warnings.
pub fn parse(text: &str, file: &str) -> (Config, Vec<String>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let table = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            let what = e.message().trim().replace('\n', " ");
            warnings.push(format!(
                "{file}:{line}: not valid TOML ({what}); the whole file is set aside, using the defaults"
            ));
            return (config, warnings);
        }
    };
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut warn = |at: usize, what: String| found.push((line_of(text, at), what));
    for (key, value) in table.get_ref() {
        let at = key.span().start;
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("theme", DeValue::String(name)) => {
                if theme::NAMES.contains(&name.as_ref()) {
                    config.theme = name.to_string();
                } else {
                    warn(
                        value.span().start,
                        format!(
                            "unknown theme {name:?} (one of {}); using {:?}",
                            theme::NAMES.join(", "),
                            config.theme
                        ),
                    );
                }
            }
            ("date_format", DeValue::String(f)) => match check_date_format(f) {
                Ok(()) => config.date_format = f.to_string(),
                Err(why) => warn(
                    value.span().start,
                    format!("date_format {f:?}: {why}; using {DEFAULT_DATE_FORMAT:?}"),
                ),
            },
            ("keys", DeValue::Table(contexts)) => {
                for (ctx, entries) in contexts {
                    layer_context(&mut config.keymap, ctx, entries, &mut warn);
                }
            }
            ("theme" | "date_format", _) => {
                warn(value.span().start, format!("{} must be a string", key.get_ref()))
            }
            ("keys", _) => warn(
                value.span().start,
                "keys must be tables: [[keys.global]], [[keys.claims]]…".into(),
            ),
            (other, _) => warn(
                at,
                format!("unknown setting {other:?} (theme, date_format and keys are known); ignored"),
            ),
        }
    }
    // In file order (the table's keys come sorted).
    found.sort_by_key(|(line, _)| *line);
    warnings.extend(
        found
            .into_iter()
            .map(|(line, what)| format!("{file}:{line}: {what}")),
    );
    (config, warnings)
}

/// A strftime format chrono can render, with something in it.
fn check_date_format(f: &str) -> Result<(), String> {
    use chrono::format::{Item, StrftimeItems};
    if f.trim().is_empty() {
        return Err("empty".into());
    }
    if StrftimeItems::new(f).any(|i| matches!(i, Item::Error)) {
        return Err("not a strftime format chrono knows".into());
    }
    Ok(())
}

/// Layer the entries of one `[[keys.CONTEXT]]` table over the keymap.
fn layer_context(
    keymap: &mut Keymap,
    ctx: &Spanned<std::borrow::Cow<'_, str>>,
    entries: &Spanned<DeValue<'_>>,
    warn: &mut impl FnMut(usize, String),
) {
    let Some(context) = Context::from_name(ctx.get_ref()) else {
        let names: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
        warn(
            ctx.span().start,
            format!(
                "unknown key table keys.{} (one of {}); ignored",
                ctx.get_ref(),
                names.join(", ")
            ),
        );
        return;
    };
    let DeValue::Array(entries) = entries.get_ref() else {
        warn(
            entries.span().start,
            format!(
                "keys.{0} must be a list of bindings: [[keys.{0}]]",
                context.name()
            ),
        );
        return;
    };
    for entry in entries.iter() {
        let at = entry.span().start;
        match read_override(entry) {
            Ok(o) => {
                let action = o.action.clone();
                if let Err(why) = keymap.layer(context, o) {
                    warn(
                        at,
                        format!("[[keys.{}]] {action:?}: {why}; ignored", context.name()),
                    );
                }
            }
            Err((at, why)) => warn(at, format!("[[keys.{}]]: {why}; ignored", context.name())),
        }
    }
}

/// One binding's fields, or where and why it is wrong.
fn read_override(entry: &Spanned<DeValue<'_>>) -> Result<Override, (usize, String)> {
    let DeValue::Table(fields) = entry.get_ref() else {
        return Err((
            entry.span().start,
            "a binding is a table with on and action".into(),
        ));
    };
    let mut o = Override::default();
    let mut has_on = false;
    for (k, v) in fields {
        let at = v.span().start;
        let string = |v: &DeValue<'_>| match v {
            DeValue::String(s) => Ok(s.to_string()),
            _ => Err((at, format!("{} must be a string", k.get_ref()))),
        };
        match k.get_ref().as_ref() {
            "on" => {
                let DeValue::Array(keys) = v.get_ref() else {
                    return Err((at, "on must be a list of keys, e.g. [\"j\", \"<Down>\"]".into()));
                };
                o.on = keys
                    .iter()
                    .map(|k| string(k.get_ref()))
                    .collect::<Result<_, _>>()?;
                has_on = true;
            }
            "action" => o.action = string(v.get_ref())?,
            "desc" => o.desc = Some(string(v.get_ref())?),
            "hint" => o.hint = Some(string(v.get_ref())?),
            other => {
                return Err((
                    k.span().start,
                    format!("unknown field {other:?} (on, action, desc, hint)"),
                ));
            }
        }
    }
    if !has_on || o.action.is_empty() {
        return Err((entry.span().start, "a binding needs on and action".into()));
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Command;
    use crate::tui::keymap::{Key, Lookup};

    fn key(s: &str) -> Vec<Key> {
        s.split(' ').map(|k| Key::parse(k).expect("a key")).collect()
    }

    type Check = fn(&Config);
    /// The warnings wanted: each one's line and a word it contains.
    type Want<'a> = &'a [(usize, &'a str)];
    /// A case: its name, the config text, the warnings wanted, a check on the result.
    type Case<'a> = (&'a str, &'a str, Want<'a>, Check);

    /// Parse each case's text: exactly the warnings wanted, in order, then the case's check.
    fn run(cases: &[Case]) {
        for (name, text, want, check) in cases {
            let (config, warnings) = parse(text, "cfg.toml");
            assert_eq!(warnings.len(), want.len(), "{name}: {warnings:#?}");
            for (w, (line, word)) in warnings.iter().zip(want.iter()) {
                assert!(w.starts_with(&format!("cfg.toml:{line}: ")), "{name}: {w}");
                assert!(w.contains(word), "{name}: {w} lacks {word}");
            }
            check(&config);
        }
    }

    /// Configs read without a warning: empty, the default file, and valid settings and bindings.
    #[test]
    fn config_parsing_valid() {
        run(&[
            ("empty", "", &[], |c| {
                assert_eq!(c.theme, "dark");
                assert_eq!(c.date_format, DEFAULT_DATE_FORMAT);
            }),
            ("the default file, all comments", DEFAULT, &[], |c| {
                assert_eq!(c.theme, "dark");
            }),
            (
                "valid",
                "theme = \"light\"\ndate_format = \"%d %b %Y\"\n[[keys.claims]]\non = [\"x\"]\naction = \"cycle_flag\"\n",
                &[],
                |c| {
                    assert_eq!(c.theme, "light");
                    assert_eq!(c.date_format, "%d %b %Y");
                    assert_eq!(
                        c.keymap.lookup(Context::Claims, &key("x")),
                        Lookup::Run(Command::CycleFlag)
                    );
                    // f is no longer the flag key in the claims list; its description is kept.
                    assert_eq!(c.keymap.lookup(Context::Claims, &key("f")), Lookup::Unbound);
                    let b = c
                        .keymap
                        .bindings(Context::Claims)
                        .iter()
                        .find(|b| b.command == Command::CycleFlag)
                        .expect("still bound");
                    assert!(b.desc.starts_with("Flag the claim"));
                },
            ),
            (
                "a key taken from another action",
                "[[keys.global]]\non = [\"q\"]\naction = \"help\"\n",
                &[],
                |c| {
                    assert_eq!(
                        c.keymap.lookup(Context::Sources, &key("q")),
                        Lookup::Run(Command::Help)
                    );
                    assert_eq!(
                        c.keymap.lookup(Context::Sources, &key("<C-c>")),
                        Lookup::Run(Command::Quit)
                    );
                    assert_eq!(c.keymap.lookup(Context::Sources, &key("?")), Lookup::Unbound);
                },
            ),
        ]);
    }

    /// Configs with mistakes: each is warned of at its line, and the rest of the file still counts
    /// (a broken file is set aside whole).
    #[test]
    fn config_parsing_warnings() {
        run(&[
            (
                "unknown keys",
                "theme = \"dark\"\ncolour = \"red\"\n[keys]\n[[keys.nowhere]]\non = [\"j\"]\naction = \"down\"\n[[keys.sources]]\non = [\"J\"]\naction = \"down\"\nwhen = \"always\"\n",
                &[(2, "colour"), (4, "nowhere"), (10, "when")],
                |c| {
                    assert_eq!(c.keymap.lookup(Context::Sources, &key("J")), Lookup::Unbound);
                    assert_eq!(
                        c.keymap.lookup(Context::Sources, &key("j")),
                        Lookup::Run(Command::Down)
                    );
                },
            ),
            (
                "bad values",
                "theme = \"solarized\"\ndate_format = \"%Q\"\n[[keys.claims]]\non = [\"<Bogus>\"]\naction = \"cycle_flag\"\n[[keys.claims]]\non = [\"z\"]\naction = \"fly\"\n[[keys.help]]\non = \"j\"\naction = \"down\"\n",
                &[
                    (1, "solarized"),
                    (2, "%Q"),
                    (3, "<Bogus>"),
                    (6, "fly"),
                    (10, "on must be a list"),
                ],
                |c| {
                    assert_eq!(c.theme, "dark");
                    assert_eq!(c.date_format, DEFAULT_DATE_FORMAT);
                    assert_eq!(
                        c.keymap.lookup(Context::Claims, &key("f")),
                        Lookup::Run(Command::CycleFlag)
                    );
                },
            ),
            (
                "wrong types",
                "theme = 3\nkeys = \"vim\"\n",
                &[(1, "theme must be a string"), (2, "keys must be tables")],
                |c| assert_eq!(c.theme, "dark"),
            ),
            (
                "broken file",
                "theme = \"light\"\n[[keys.claims]\non = [\"x\"]\n",
                &[(2, "not valid TOML")],
                |c| {
                    assert_eq!(c.theme, "dark", "a broken file is set aside whole");
                    assert_eq!(
                        c.keymap.lookup(Context::Claims, &key("f")),
                        Lookup::Run(Command::CycleFlag)
                    );
                },
            ),
        ]);
    }

    #[test]
    fn a_missing_default_file_is_no_problem_but_a_missing_given_one_is() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let missing = dir.path().join("nope.toml");
        let loaded = load(Some(&missing));
        assert_eq!(loaded.warnings.len(), 1);
        assert!(loaded.warnings[0].contains("nope.toml"));
        let file = dir.path().join("c.toml");
        std::fs::write(&file, "theme = \"high-contrast\"\n").expect("write");
        let loaded = load(Some(&file));
        assert!(loaded.warnings.is_empty());
        assert_eq!(loaded.config.theme, "high-contrast");
    }
}

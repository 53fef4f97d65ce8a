//! The key tables in the docs are generated from `assets/keymap.toml` and must not drift from it.
//!
//! docs/keys.md carries every binding; the README carries the keys that work everywhere. Each table
//! sits between `<!-- keys:start -->` and `<!-- keys:end -->`. Run with `PARALLAX_BLESS_KEYS=1` to
//! rewrite both from the keymap.

use std::path::{Path, PathBuf};

use parallax::tui::keymap::{Context, Keymap};

const START: &str = "<!-- keys:start -->";
const END: &str = "<!-- keys:end -->";

/// Each file with a key table, and the contexts its table lists.
const TABLES: &[(&str, &[Context])] = &[("docs/keys.md", &Context::ALL), ("README.md", &[Context::Global])];

fn table(only: &[Context]) -> String {
    Keymap::embedded()
        .expect("the embedded keymap parses")
        .markdown_table_of(only)
}

fn path(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(file)
}

/// The text between the markers, or why there is none.
fn section(text: &str) -> Result<(usize, usize), String> {
    let a = text.find(START).ok_or(format!("no {START} marker"))? + START.len();
    let b = text[a..]
        .find(END)
        .ok_or(format!("no {END} marker after {START}"))?
        + a;
    Ok((a, b))
}

fn check(path: &Path, only: &[Context]) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let (a, b) = section(&text).unwrap_or_else(|why| {
        panic!(
            "{}: {why}. Put {START} and {END} around the key table (PARALLAX_BLESS_KEYS=1 fills it).",
            path.display()
        )
    });
    assert_eq!(
        text[a..b].trim(),
        table(only).trim(),
        "{}: the key table is stale; regenerate it with PARALLAX_BLESS_KEYS=1 cargo test --test tui_key_tables",
        path.display()
    );
}

#[test]
fn key_tables_match_the_keymap() {
    for &(file, only) in TABLES {
        let path = path(file);
        if std::env::var_os("PARALLAX_BLESS_KEYS").is_some() {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {file}: {e}"));
            let (a, b) = section(&text).unwrap_or_else(|why| panic!("{file}: {why}"));
            let new = format!("{}\n{}{}", &text[..a], table(only), &text[b..]);
            std::fs::write(&path, new).unwrap_or_else(|e| panic!("writing {file}: {e}"));
        }
        check(&path, only);
    }
}

/// The README carries only the short table, so it must lead to the full one.
#[test]
fn readme_points_to_the_full_table() {
    let readme = std::fs::read_to_string(path("README.md")).expect("README.md exists");
    assert!(
        readme.contains("docs/keys.md"),
        "the README links the full key table"
    );
}

#[test]
fn section_finding() {
    assert_eq!(section("x <!-- keys:start -->T<!-- keys:end --> y"), Ok((21, 22)));
    assert!(section("no markers").is_err());
    assert!(section("<!-- keys:end --> <!-- keys:start -->").is_err());
}

//! The README's key table is generated from `assets/keymap.toml` and must not drift from it.
//!
//! The table sits between `<!-- keys:start -->` and `<!-- keys:end -->` in README.md. Run with
//! `PARALLAX_BLESS_KEYS=1` to rewrite it there from the keymap.

use std::path::Path;

use parallax::tui::keymap::Keymap;

const START: &str = "<!-- keys:start -->";
const END: &str = "<!-- keys:end -->";

fn table() -> String {
    Keymap::embedded()
        .expect("the embedded keymap parses")
        .markdown_table()
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

fn check(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let (a, b) = section(&text).unwrap_or_else(|why| {
        panic!(
            "{}: {why}. Put {START} and {END} around the key table (PARALLAX_BLESS_KEYS=1 fills it).",
            path.display()
        )
    });
    assert_eq!(
        text[a..b].trim(),
        table().trim(),
        "{}: the key table is stale; regenerate it with PARALLAX_BLESS_KEYS=1 cargo test --test tui_readme",
        path.display()
    );
}

#[test]
fn readme_key_table_matches_the_keymap() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    if std::env::var_os("PARALLAX_BLESS_KEYS").is_some() {
        let text = std::fs::read_to_string(&path).expect("README.md exists");
        let (a, b) = section(&text).expect("markers in README.md");
        let new = format!("{}\n{}{}", &text[..a], table(), &text[b..]);
        std::fs::write(&path, new).expect("write README.md");
    }
    check(&path);
}

#[test]
fn section_finding() {
    assert_eq!(section("x <!-- keys:start -->T<!-- keys:end --> y"), Ok((21, 22)));
    assert!(section("no markers").is_err());
    assert!(section("<!-- keys:end --> <!-- keys:start -->").is_err());
}

//! Hostile input never reaches a terminal as control sequences, and text stays byte-exact: file
//! names, feed errors and article text carrying escapes, newlines, bidirectional and zero-width
//! characters come out neutralised in every report format and on stderr (one line per problem);
//! UTF-8 with a few bad bytes stays UTF-8, and spans index the file. Every hostile file is written
//! here, in a temporary folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

/// An article of our own with names, a place, a date and numbers, so mentions and claims exist.
const ARTICLE: &str = "Harbour talks resume in Tromsø\n\nFisheries Minister Ingrid Halvorsen met her counterpart Jonas Lindqvist in Tromsø on Monday. \
The two ministers agreed that 40 boats would be allowed into the disputed waters.\n\n\
Halvorsen said the quota of 12,000 tonnes would stand for two years. Lindqvist called the deal “a fair start”.\n";

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, content).expect("write test file");
    p
}

fn run(format: &str, paths: &[&Path]) -> Output {
    let out = parallax()
        .args(["report", "--format", format])
        .args(paths)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    out
}

/// A character no terminal should receive raw: C0 (but newline and tab where `multiline`), DEL,
/// C1, bidirectional controls and zero-width characters.
fn hostile(c: char, multiline: bool) -> bool {
    let u = c as u32;
    (u < 0x20 && !(multiline && matches!(c, '\n' | '\t')))
        || u == 0x7f
        || (0x80..=0x9f).contains(&u)
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Output for a terminal: valid UTF-8, and no hostile character outside line breaks and tabs.
fn assert_clean(what: &str, bytes: &[u8]) -> String {
    let s = String::from_utf8(bytes.to_vec()).unwrap_or_else(|_| panic!("{what}: not UTF-8"));
    if let Some(c) = s.chars().find(|&c| hostile(c, true)) {
        panic!("{what}: raw U+{:04X} in {s:?}", c as u32);
    }
    s
}

/// Stderr: every line clean, and exactly `lines` of them.
fn assert_stderr(out: &Output, lines: usize) -> String {
    let err = assert_clean("stderr", &out.stderr);
    assert_eq!(err.lines().count(), lines, "{err}");
    err
}

#[test]
fn a_file_name_with_a_newline_and_escape_sequences_is_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "evil\n\x1b]0;PWNED\x07\x1b[2J\u{202e}txt.txt";
    let good = write(dir.path(), name, ARTICLE);
    let empty = write(dir.path(), "empty\nparallax: forged\x1b[31m.txt", "");
    for format in ["text", "markdown"] {
        let out = run(format, &[&good, &empty]);
        assert!(out.status.success(), "{out:?}");
        let shown = assert_clean(format, &out.stdout);
        // Text shows the newline escaped; Markdown cells fold whitespace, the newline among it.
        let newline = if format == "text" { "\\n" } else { " " };
        let escaped = format!("evil{newline}\\x1b]0;PWNED\\x07\\x1b[2J\\u{{202e}}txt");
        assert!(shown.contains(&escaped), "{shown}");
        // The skipped file: one line, its name escaped.
        let err = assert_stderr(&out, 1);
        assert!(
            err.starts_with("parallax: skipped ")
                && err.contains("empty\\nparallax: forged\\x1b[31m.txt: empty file"),
            "{err}"
        );
    }
    let out = run("json", &[&good, &empty]);
    let shown = assert_clean("json", &out.stdout);
    assert!(
        shown.contains(r#"evil\n\u001b]0;PWNED\u0007\u001b[2J\u202etxt"#),
        "{shown}"
    );
    let v: Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(v["sources"][0]["path"], good.display().to_string());
}

#[test]
fn a_missing_path_with_escapes_is_one_clean_line() {
    let out = run("text", &[Path::new("/nonexistent/\x1b[2J\nparallax: forged")]);
    assert_eq!(out.status.code(), Some(2));
    let err = assert_stderr(&out, 1);
    assert!(err.contains("\\x1b[2J\\nparallax: forged"), "{err}");
}

#[test]
fn a_feed_whose_parse_error_quotes_escape_sequences_is_one_clean_line() {
    let dir = tempfile::tempdir().unwrap();
    // The parser's error quotes the stray closing tag: an OSC title change, a bell, a clear-screen.
    let osc = write(
        dir.path(),
        "osc.rss",
        "<rss version=\"2.0\"><channel><title>t</title></x\x1b]0;PWNED\x07\x1b[2J>",
    );
    // A newline in the tag would forge a line of its own.
    let forged = write(
        dir.path(),
        "forged.rss",
        "<rss version=\"2.0\"><channel><title>t</title></x\nparallax: skipped all.txt: forged\n>",
    );
    let good = write(dir.path(), "good.txt", ARTICLE);
    for format in ["text", "markdown", "json"] {
        let out = run(format, &[&osc, &forged, &good]);
        assert!(out.status.success(), "{out:?}");
        assert_clean(format, &out.stdout);
        let err = assert_stderr(&out, 2);
        for (name, quoted) in [
            ("osc.rss", "`</x\\x1b]0;PWNED\\x07\\x1b[2J>` was found"),
            (
                "forged.rss",
                "`</x\\nparallax: skipped all.txt: forged>` was found",
            ),
        ] {
            assert!(
                err.lines()
                    .any(|l| l.starts_with("parallax: skipped ") && l.contains(name) && l.contains(quoted)),
                "{err}"
            );
        }
    }
}

#[test]
fn bidi_and_zero_width_characters_in_articles_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "Harbour talks \u{202e}resume\u{202c} in Tromsø\n\n{}",
        ARTICLE
            .split_once("\n\n")
            .unwrap()
            .1
            .replace("Ingrid", "Ing\u{200b}rid")
            .replace("40 boats", "40\u{2066} boats\u{2069}")
            .replace("Monday", "Mon\u{feff}day\u{200e}\u{200f}")
            .replace("12,000", "12,000\u{2060}\u{200d}\u{200c}")
            .replace("fair", "fa\u{202a}i\u{202b}r\u{202d}\u{2067}\u{2068}\u{061c}")
            .replace("stand", "stand\u{85}\u{7f}")
    );
    let article = write(dir.path(), "bidi.txt", &text);
    let other = write(dir.path(), "plain.txt", ARTICLE.replace("40 boats", "45 boats"));
    for format in ["text", "markdown"] {
        let out = run(format, &[&article, &other]);
        assert!(out.status.success(), "{out:?}");
        let shown = assert_clean(format, &out.stdout);
        assert!(shown.contains('\u{fffd}') || shown.contains("\\u{"), "{shown}");
    }
    let out = run("json", &[&article, &other]);
    let shown = assert_clean("json", &out.stdout);
    assert!(shown.contains(r"\u202e"), "{shown}");
    // Escaped, not changed: a JSON reader gets the text back as it is.
    let v: Value = serde_json::from_str(&shown).unwrap();
    let title = v["sources"][0]["title"].as_str().unwrap();
    assert_eq!(title, "Harbour talks \u{202e}resume\u{202c} in Tromsø");
}

/// Each mention's and statement's `text`/`value` is the file's bytes at `skip + start .. skip + end`.
fn assert_spans_index_file(v: &Value, id: &str, file: &[u8], skip: usize) -> usize {
    let mut checked = 0;
    let at = |start: &Value, end: &Value| {
        let (s, e) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
        String::from_utf8_lossy(&file[skip + s..skip + e]).into_owned()
    };
    for e in v["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            if m["source"] == id {
                assert_eq!(at(&m["start"], &m["end"]), m["text"].as_str().unwrap(), "{m}");
                checked += 1;
            }
        }
    }
    for c in v["claims"].as_array().unwrap() {
        for st in c["statements"].as_array().unwrap() {
            if st["source"] == id {
                assert_eq!(
                    at(&st["start"], &st["end"]),
                    st["value"].as_str().unwrap(),
                    "{st}"
                );
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn utf8_cut_off_at_the_end_stays_utf8_with_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.extend_from_slice("Halvorsen’".as_bytes());
    bytes.truncate(bytes.len() - 1); // the ’ cut off: two of its three bytes left
    let path = write(dir.path(), "cut.txt", &bytes);
    let out = run("json", &[&path]);
    assert!(out.status.success(), "{out:?}");
    let err = assert_stderr(&out, 1);
    let first = bytes.len() - 2;
    assert!(
        err.contains("cut.txt")
            && err.contains("2 invalid UTF-8 bytes replaced with U+FFFD")
            && err.contains(&format!("first at byte {first}")),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["entities"].to_string().contains("Tromsø"), "{v}");
    assert!(assert_spans_index_file(&v, "cut", &bytes, 0) > 3);
}

#[test]
fn a_rare_bad_byte_in_utf8_stays_utf8_and_earlier_spans_index_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = ARTICLE.to_string();
    while text.len() < 1500 {
        text.push_str("\nHalvorsen and Lindqvist will meet again in Tromsø next spring, aides said.\n");
    }
    let mut bytes = text.as_bytes().to_vec();
    let at = bytes.len() - 10;
    bytes.insert(at, 0xff);
    let path = write(dir.path(), "stray.txt", &bytes);
    let out = run("json", &[&path]);
    let err = assert_stderr(&out, 1);
    assert!(
        err.contains("stray.txt")
            && err.contains("1 invalid UTF-8 byte replaced")
            && err.contains(&format!("first at byte {at}"))
            && !err.contains("windows-"),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Every span ends before the bad byte, so each indexes the file byte for byte.
    assert!(assert_spans_index_file(&v, "stray", &bytes, 0) > 3);
}

#[test]
fn a_bom_leaves_the_offsets_those_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(ARTICLE.as_bytes());
    let path = write(dir.path(), "bom.txt", &bytes);
    let plain = write(dir.path(), "plain.txt", ARTICLE);
    let out = run("json", &[&path, &plain]);
    assert_stderr(&out, 0);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The same spans as without the mark, each 3 bytes on: the file's own offsets.
    let bom = assert_spans_index_file(&v, "bom", &bytes, 0);
    let plain = assert_spans_index_file(&v, "plain", ARTICLE.as_bytes(), 0);
    assert!(bom > 3 && bom == plain, "{bom} {plain}");
}

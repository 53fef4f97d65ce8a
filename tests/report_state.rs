//! What the reader saved (read marks, flags, notes) in `parallax report`, in every format: found by
//! the briefing's content wherever its files are, left out with `--no-state`, and a bad state file
//! named on stderr and left untouched.

use std::path::Path;

use assert_cmd::Command;
use parallax::ingest;
use parallax::state::{self, Flag, State, Store};
use serde_json::Value;

fn report(data: &Path, args: &[&str]) -> (String, String) {
    let out = Command::cargo_bin("parallax")
        .expect("the binary is built")
        .env("XDG_DATA_HOME", data)
        .arg("report")
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

fn json(data: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--format", "json"];
    a.extend_from_slice(args);
    serde_json::from_str(&report(data, &a).0).expect("the report is JSON")
}

/// Save, for the sample briefing: the second source read with a note, and a flag and a note on the
/// first claim. The keys come from the JSON report itself.
fn save_some(data: &Path) -> (String, String) {
    let r = json(data, &[]);
    let source = r["sources"][1]["key"].as_str().expect("a source key").to_string();
    let claim = r["claims"][0]["key"].as_str().expect("a claim key").to_string();
    let key = state::briefing_key(&ingest::load_sample().sources);
    let mut st = State::new(&key);
    st.set_read(&source, true);
    st.set_source_note(&source, Some("dates it | Tuesday"));
    st.set_flag(&claim, Some(Flag::Disputed));
    st.set_claim_note(&claim, Some("ask the desk\u{1b}[2J"));
    let store = Store::at(data.join("parallax/state").join(format!("{key}.json")), &key);
    store.save(&st).expect("save");
    (source, claim)
}

#[test]
fn json_adds_the_fields_and_keeps_the_contract() {
    let data = tempfile::tempdir().expect("tempdir");
    let bare = json(data.path(), &[]);
    for s in bare["sources"].as_array().expect("sources") {
        assert_eq!(s["read"], false);
        assert!(s["note"].is_null());
        assert_eq!(s["key"].as_str().map(str::len), Some(32));
    }
    for c in bare["claims"].as_array().expect("claims") {
        assert!(c["flag"].is_null() && c["note"].is_null());
        let key = c["key"].as_str().expect("key");
        assert!(key.starts_with(c["kind"].as_str().expect("kind")));
    }
    save_some(data.path());
    let r = json(data.path(), &[]);
    assert_eq!(r["schema"], 1);
    assert_eq!(r["sources"][1]["read"], true);
    assert_eq!(r["sources"][1]["note"], "dates it | Tuesday");
    assert_eq!(r["sources"][0]["read"], false);
    assert_eq!(r["claims"][0]["flag"], "disputed");
    assert_eq!(r["claims"][0]["note"], "ask the desk\u{1b}[2J");
    assert!(r["claims"][1]["flag"].is_null());
    // Everything else as without state.
    let strip = |mut v: Value| {
        for s in v["sources"].as_array_mut().expect("sources") {
            s["read"] = Value::Null;
            s["note"] = Value::Null;
        }
        for c in v["claims"].as_array_mut().expect("claims") {
            c["flag"] = Value::Null;
            c["note"] = Value::Null;
        }
        v
    };
    assert_eq!(strip(r), strip(bare));
    // --no-state leaves it out.
    let r = json(data.path(), &["--no-state"]);
    assert_eq!(r["sources"][1]["read"], false);
    assert!(r["claims"][0]["flag"].is_null());
}

#[test]
fn text_and_markdown_show_them_safely() {
    let data = tempfile::tempdir().expect("tempdir");
    let (plain, _) = report(data.path(), &[]);
    assert!(!plain.contains("[read"), "{plain}");
    save_some(data.path());
    let (text, _) = report(data.path(), &[]);
    assert!(text.contains("      [read · note: dates it | Tuesday]"), "{text}");
    assert!(
        text.contains("    [flag: disputed · note: ask the desk\\x1b[2J]"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'));
    let (md, _) = report(data.path(), &["--format", "markdown"]);
    assert!(md.contains("| words | yours |"), "{md}");
    assert!(md.contains("| read · note: dates it \\| Tuesday |"), "{md}");
    assert!(
        md.contains("> **Yours:** flag: disputed · note: ask the desk\\x1b[2J"),
        "{md}"
    );
    assert!(!md.contains('\u{1b}'));
    let (no, _) = report(data.path(), &["--no-state"]);
    assert_eq!(no, plain);
}

#[test]
fn moving_the_briefing_keeps_what_was_saved() {
    let data = tempfile::tempdir().expect("tempdir");
    save_some(data.path());
    // The sample's files, copied under other names in another folder, in another order.
    let moved = tempfile::tempdir().expect("tempdir");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&seeds)
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for (i, f) in files.iter().rev().enumerate() {
        std::fs::copy(f, moved.path().join(format!("article-{i}.txt"))).expect("copy");
    }
    let r = json(data.path(), &[moved.path().to_str().expect("UTF-8 path")]);
    let notes: Vec<&Value> = r["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .filter(|s| s["read"] == true)
        .collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["note"], "dates it | Tuesday");
    assert!(
        r["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .any(|c| c["flag"] == "disputed")
    );
}

#[test]
fn a_bad_state_file_is_named_and_left_alone() {
    let data = tempfile::tempdir().expect("tempdir");
    let key = state::briefing_key(&ingest::load_sample().sources);
    let dir = data.path().join("parallax/state");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let path = dir.join(format!("{key}.json"));
    for bytes in [&b"{ not json"[..], &b"{\"version\": 99, \"briefing\": \"x\"}"[..]] {
        std::fs::write(&path, bytes).expect("write");
        let (text, err) = report(data.path(), &[]);
        assert!(text.contains("SOURCES"));
        assert!(err.contains("saved state") && err.contains("left out"), "{err}");
        assert_eq!(std::fs::read(&path).expect("still there"), bytes);
    }
}

//! Loading through the real binary: every format, stdin, the sample, and bad input.

use std::fs;
use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("report is JSON")
}

fn sources(v: &Value) -> &Vec<Value> {
    v["sources"].as_array().expect("sources array")
}

fn by_id<'a>(v: &'a Value, id: &str) -> &'a Value {
    sources(v)
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no source {id} in {v}"))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const PARA: &str = "The two ministers met in the port city on Monday and agreed to resume talks on fishing rights after a pause of two years.";

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(p, content).expect("write test file");
}

#[test]
fn seeds_folder_lists_five_sources_with_stated_metadata() {
    let out = parallax()
        .args(["report", "--format", "json", "seeds/"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json_of(&out);
    assert_eq!(v["schema"], 1);
    assert!(v["entities"].is_array() && v["claims"].is_array());
    let ids: Vec<&str> = sources(&v).iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_252b3310998334a2",
            "001_4e2fc75dca229701",
            "002_869baf697406c617",
            "003_0815d74a113a37cc",
            "004_966a741bb0bd9440"
        ]
    );
    let s = by_id(&v, "002_869baf697406c617");
    assert_eq!(s["outlet"], "Jiji Press");
    assert_eq!(s["published"], "2026-01-14");
    assert!(
        s["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("FOCUS: Japan, S. Korea"))
    );
    let s = by_id(&v, "001_4e2fc75dca229701");
    assert_eq!(s["published"], "2026-01-11");
    assert_eq!(s["title"], "South Korea And Japan Forge New Ties In Nara Summit");
    let s = by_id(&v, "004_966a741bb0bd9440");
    // "Pool Photo via AP" is a photo credit: AP is not the article's outlet.
    assert_eq!(s["outlet"], Value::Null);
    assert!(s["title"].as_str().is_some_and(|t| t.ends_with("(Update)")));
    // The first line of 003 is a sentence, not a headline.
    assert_eq!(by_id(&v, "003_0815d74a113a37cc")["title"], Value::Null);
    for s in sources(&v) {
        assert!(s["words"].as_u64().is_some_and(|w| w > 300), "{s}");
        assert!(s["path"].as_str().is_some_and(|p| p.starts_with("seeds/")));
    }
}

#[test]
fn no_path_opens_the_embedded_sample_from_any_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = parallax()
        .current_dir(dir.path())
        .args(["report", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json_of(&out);
    assert_eq!(sources(&v).len(), 5);
    assert_eq!(
        by_id(&v, "002_869baf697406c617")["path"],
        "seeds/002_869baf697406c617.txt"
    );
}

#[test]
fn a_briefing_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(
        d,
        "a_text.txt",
        format!("Port Talks Resume After Pause\n\n3 March 2025\n\nKOBE, March 3 (Harbour Wire) — {PARA}\n"),
    );
    write(
        d,
        "b_yaml.md",
        format!(
            "---\ntitle: Ministers Meet in Kobe\nsource: Bay Daily\ndate: 2025-03-03\nurl: https://example.org/b\n---\n# Ministers Meet in Kobe\n\n{PARA}\n\n- a *point*\n"
        ),
    );
    write(
        d,
        "c_toml.md",
        format!(
            "+++\ntitle = \"Talks in Kobe\"\noutlet = \"Port News\"\npublished = 2025-03-04\n+++\n\n{PARA}\n"
        ),
    );
    write(
        d,
        "d_page.html",
        format!(
            r#"<!doctype html><html><head><title>x</title>
<meta property="og:title" content="Kobe Talks Open"><meta property="og:site_name" content="Web Times">
<meta property="article:published_time" content="2025-03-05T10:00:00Z"></head>
<body><nav>Home | World</nav><article><p>{PARA}</p><script>var a = 1;</script></article><footer>Contact</footer></body></html>"#
        ),
    );
    write(
        d,
        "e_object.json",
        format!(
            r#"{{"title": "JSON Talks", "outlet": "Json Post", "published": "2025-03-06", "url": "https://example.org/e", "text": "{PARA}"}}"#
        ),
    );
    write(
        d,
        "f_array.json",
        format!(
            r#"[{{"title": "First Item", "source": "Array News", "date": "7 March 2025", "body": "{PARA}"}}, {{"title": "Second Item", "content": "<p>{PARA}</p>"}}]"#
        ),
    );
    write(
        d,
        "g_feed.rss",
        format!(
            r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Wire</title>
<item><title>Rss One</title><pubDate>Sat, 08 Mar 2025 09:00:00 +0000</pubDate><description>&lt;p&gt;{PARA}&lt;/p&gt;</description></item>
<item><title>Rss Two</title><pubDate>dom, 09 mar 2025 09:00:00 +0100</pubDate><description>{PARA}</description></item>
</channel></rss>"#
        ),
    );
    write(
        d,
        "h_feed.atom",
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:a</id><updated>2025-03-10T00:00:00Z</updated>
<entry><title>Atom One</title><id>urn:1</id><updated>2025-03-10T08:00:00Z</updated><link href="https://example.org/h"/><content type="html">&lt;p&gt;{PARA}&lt;/p&gt;</content></entry></feed>"#
        ),
    );
    write(d, ".hidden.txt", "Hidden Headline Here\n\nHidden.");
    write(
        d,
        "nested/i_deep.txt",
        format!("Nested Story Headline Here\n{PARA}"),
    );

    let out = parallax()
        .args(["report", "--format", "json"])
        .arg(d)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "no warnings for good files");
    let v = json_of(&out);
    // (id, title, outlet, published, url)
    type Row = (
        &'static str,
        &'static str,
        Option<&'static str>,
        &'static str,
        Option<&'static str>,
    );
    let want: &[Row] = &[
        (
            "a_text",
            "Port Talks Resume After Pause",
            Some("Harbour Wire"),
            "2025-03-03",
            None,
        ),
        (
            "b_yaml",
            "Ministers Meet in Kobe",
            Some("Bay Daily"),
            "2025-03-03",
            Some("https://example.org/b"),
        ),
        ("c_toml", "Talks in Kobe", Some("Port News"), "2025-03-04", None),
        ("d_page", "Kobe Talks Open", Some("Web Times"), "2025-03-05", None),
        (
            "e_object",
            "JSON Talks",
            Some("Json Post"),
            "2025-03-06",
            Some("https://example.org/e"),
        ),
        ("f_array-1", "First Item", Some("Array News"), "2025-03-07", None),
        ("g_feed-1", "Rss One", Some("Feed Wire"), "2025-03-08", None),
        ("g_feed-2", "Rss Two", Some("Feed Wire"), "2025-03-09", None),
        (
            "h_feed-1",
            "Atom One",
            Some("Atom Wire"),
            "2025-03-10",
            Some("https://example.org/h"),
        ),
        ("i_deep", "Nested Story Headline Here", None, "", None),
    ];
    for (id, title, outlet, published, url) in want {
        let s = by_id(&v, id);
        assert_eq!(s["title"], *title, "{id}");
        assert_eq!(s["outlet"].as_str(), *outlet, "{id}");
        assert_eq!(s["published"].as_str().unwrap_or(""), *published, "{id}");
        if url.is_some() {
            assert_eq!(s["url"].as_str(), *url, "{id}");
        }
        // The body is the paragraph (plus the list item in b): never the nav, script or footer.
        let words = PARA.split_whitespace().count() as u64;
        let w = s["words"].as_u64().unwrap_or(0);
        assert!(
            w == words || (*id == "b_yaml" && w == words + 3),
            "{id}: {w} words"
        );
    }
    let f2 = by_id(&v, "f_array-2");
    assert_eq!(f2["outlet"], Value::Null);
    assert_eq!(f2["published"], Value::Null);
    let ids: Vec<&str> = sources(&v).iter().filter_map(|s| s["id"].as_str()).collect();
    assert!(
        !ids.iter().any(|i| i.contains("hidden")),
        "hidden files are skipped"
    );
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "folders are read in a stable, sorted order");
    assert_eq!(ids.len(), 11);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = parallax()
        .args(["report", "--format", "json", "-"])
        .write_stdin(format!(
            "Piped Headline From Stdin\n\n© 2025 Pipe Gazette\n{PARA}\n"
        ))
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json_of(&out);
    let s = by_id(&v, "stdin");
    assert_eq!(s["path"], "<stdin>");
    assert_eq!(s["title"], "Piped Headline From Stdin");
    assert_eq!(s["outlet"], "Pipe Gazette");
}

#[test]
fn text_and_markdown_reports_run_on_a_file() {
    for format in ["text", "markdown"] {
        let out = parallax()
            .args(["report", "--format", format, "seeds/002_869baf697406c617.txt"])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("Jiji Press") && text.contains("2026-01-14"),
            "{text}"
        );
    }
}

#[test]
fn a_path_that_does_not_exist_exits_2() {
    let out = parallax()
        .args(["report", "seeds/", "no/such/file.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no/such/file.txt") && err.contains("no such file"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_files_alone_exit_2_with_their_reasons() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let cases: &[(&str, &[u8], &str)] = &[
        ("bin.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", "binary"),
        ("empty.txt", b"", "empty"),
        ("bad.json", b"{\"title\": \"x\", ", "malformed JSON"),
        ("bad.rss", b"<rss><channel><item><title>x", "malformed feed"),
        ("bad.md", b"---\ntitle: x\nno end", "front matter"),
    ];
    for (name, bytes, reason) in cases {
        write(d, name, bytes);
        let out = parallax()
            .args(["report"])
            .arg(d.join(name))
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        let first = err.lines().next().unwrap_or("");
        assert!(first.contains(name) && first.contains(reason), "{name}: {err}");
        assert!(err.contains("no source could be loaded"), "{name}: {err}");
    }
}

#[test]
fn a_folder_of_good_and_bad_files_loads_the_good_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "good1.txt", format!("First Good Headline Here\n{PARA}"));
    write(
        d,
        "good2.json",
        format!(r#"{{"title": "Second Good", "text": "{PARA}"}}"#),
    );
    write(d, "bad1.json", "[1, 2");
    write(d, "bad2.bin", [0u8, 159, 146, 150, 0, 1, 2]);
    write(d, "bad3.txt", "");
    // Windows-1252 bytes: loads, with a warning.
    write(d, "latin.txt", b"Una Storia Italiana Qui\nLa citt\xe0 di Kobe \xe8 bella e i ministri si sono incontrati luned\xec.\n");
    let out = parallax()
        .args(["report", "--format", "json"])
        .arg(d)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_of(&out);
    let ids: Vec<&str> = sources(&v).iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids, ["good1", "good2", "latin"]);
    assert_eq!(by_id(&v, "latin")["title"], "Una Storia Italiana Qui");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    for bad in ["bad1.json", "bad2.bin", "bad3.txt"] {
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.contains(bad) && l.contains("skipped"))
                .count(),
            1,
            "{err}"
        );
    }
    assert!(
        lines
            .iter()
            .any(|l| l.contains("latin.txt") && l.contains("windows-1252")),
        "{err}"
    );
}

#[test]
fn a_yearless_dateline_is_dated_by_the_other_sources() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "wire.txt",
        format!("Ministers Agree on Fishing Talks\n\nKOBE, Mar. 4 (Kansai Wire) -- {PARA}\n"),
    );
    write(
        dir.path(),
        "daily.txt",
        format!("Fishing Talks Resume\nMarch 5, 2026\n\n{PARA}\n"),
    );
    let out = parallax()
        .args(["report", "--format", "json"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json_of(&out);
    assert_eq!(by_id(&v, "daily")["published"], "2026-03-05");
    assert_eq!(by_id(&v, "wire")["published"], "2026-03-04");
    assert_eq!(by_id(&v, "wire")["outlet"], "Kansai Wire");
}

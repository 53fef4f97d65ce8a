//! Odd input through the real binary and the library: nothing panics or hangs, every skipped file
//! is named with its reason on stderr, the rest still loads, and the exit code says whether
//! anything did. Inputs are generated here, in temporary folders, and kept small enough for a debug
//! build.

use std::fs;
use std::path::Path;
use std::process::{Output, Stdio};

use assert_cmd::Command;
use serde_json::Value;

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

const PARA: &str = "The two ministers met in the port city on Monday and agreed to resume talks on fishing rights after a pause of two years.\n";

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(p, content).expect("write test file");
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `parallax report --format json PATHS…`, with no panic whatever the exit code.
fn report_json(paths: &[&Path]) -> Output {
    let out = parallax()
        .args(["report", "--format", "json"])
        .args(paths)
        .output()
        .expect("runs");
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    out
}

/// The report of a run that must succeed, as JSON, and its stderr.
fn loaded(paths: &[&Path]) -> (Value, String) {
    let out = report_json(paths);
    assert!(out.status.success(), "exit {:?}: {}", out.status, stderr(&out));
    let v = serde_json::from_slice(&out.stdout).expect("report is JSON");
    (v, stderr(&out))
}

fn source_ids(v: &Value) -> Vec<String> {
    v["sources"]
        .as_array()
        .expect("sources array")
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_string())
        .collect()
}

/// The text report of the same paths also succeeds.
fn text_report_succeeds(paths: &[&Path]) {
    let out = parallax().arg("report").args(paths).output().expect("runs");
    assert!(out.status.success(), "exit {:?}: {}", out.status, stderr(&out));
    assert!(!out.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_once_and_each_file_loads_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("briefing");
    write(&root, "a.txt", PARA);
    fs::create_dir_all(root.join("sub")).unwrap();
    std::os::unix::fs::symlink("..", root.join("sub/up")).unwrap();
    std::os::unix::fs::symlink("self", root.join("self")).unwrap();
    let (v, err) = loaded(&[&root]);
    assert_eq!(source_ids(&v), ["a"], "{err}");
    let loop_lines: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("loop") && !l.contains("self"))
        .collect();
    assert_eq!(loop_lines.len(), 1, "{err}");
    assert!(loop_lines[0].contains("sub/up"), "{err}");
    assert!(
        err.lines().any(|l| l.contains("self") && l.contains("skipped")),
        "{err}"
    );
}

#[test]
fn a_file_named_twice_or_inside_a_named_folder_loads_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", PARA);
    write(dir.path(), "b.txt", PARA.replace("Monday", "Tuesday"));
    let a = dir.path().join("a.txt");
    let a_again = dir.path().join(".").join("a.txt");
    let (v, _) = loaded(&[dir.path(), &a, &a_again]);
    assert_eq!(source_ids(&v), ["a", "b"]);
}

#[test]
fn a_folder_with_nothing_loadable_exits_2_naming_each_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty.txt", "");
    write(dir.path(), "blank.md", "  \n\n\t\n");
    write(
        dir.path(),
        "image.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    );
    write(
        dir.path(),
        "scripts.html",
        "<html><head><script>var x = 1;</script></head><body><script>go()</script><style>p{}</style></body></html>",
    );
    write(
        dir.path(),
        "feed.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>",
    );
    write(
        dir.path(),
        "open.md",
        "---\ntitle: Never closed\n\nThe body follows.\n",
    );
    let out = report_json(&[dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    for (name, reason) in [
        ("empty.txt", "empty"),
        ("blank.md", "empty"),
        ("image.png", "binary"),
        ("scripts.html", "no readable text"),
        ("feed.rss", "no items"),
        ("open.md", "front matter"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(name) && l.contains(reason)),
            "no line naming {name} ({reason}) in:\n{err}"
        );
    }
    assert!(
        err.lines()
            .last()
            .is_some_and(|l| l.contains("no source could be loaded")),
        "{err}"
    );
}

#[test]
fn a_missing_path_exits_2_even_beside_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", PARA);
    let missing = dir.path().join("no-such-file.txt");
    let out = report_json(&[dir.path(), &missing]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no-such-file.txt") && err.contains("no such file"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn random_bytes_are_skipped_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    // A fixed xorshift stream: the same "random" bytes on every run.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..20_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    write(dir.path(), "noise.txt", &bytes);
    write(dir.path(), "noise.bin", &bytes);
    write(dir.path(), "good.txt", PARA);
    let (v, err) = loaded(&[dir.path()]);
    assert_eq!(source_ids(&v), ["good"], "{err}");
    for name in ["noise.txt", "noise.bin"] {
        assert!(
            err.lines().any(|l| l.contains(name) && l.contains("binary")),
            "{err}"
        );
    }
    text_report_succeeds(&[dir.path()]);
}

#[test]
fn writing_to_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", PARA.repeat(50));
    for format in ["text", "json"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
            .args(["report", "--format", format])
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns");
        // Close the reading end before the report is written, as `| head -0` would.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("waits");
        assert!(
            out.status.success(),
            "{format}: exit {:?}: {}",
            out.status,
            stderr(&out)
        );
        assert_eq!(stderr(&out), "", "{format}");
    }
}

#[test]
fn a_nul_in_the_middle_of_text_is_read_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = PARA.as_bytes().to_vec();
    bytes.extend_from_slice(b"The mayor of Lisbon\0 spoke on Tuesday.\n");
    write(dir.path(), "nul.txt", &bytes);
    let (v, err) = loaded(&[dir.path()]);
    assert_eq!(source_ids(&v), ["nul"], "{err}");
    assert!(
        err.lines().any(|l| l.contains("nul.txt") && l.contains("NUL")),
        "{err}"
    );
    assert!(v["entities"].to_string().contains("Lisbon"), "{v}");
    text_report_succeeds(&[dir.path()]);
}

#[test]
fn control_characters_never_reach_the_report() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "esc.txt",
        "Title \x1b[31mRed\x1b[0m here\n\nThe mayor of Paris said \x1b]0;pwned\x07 five people came.\n",
    );
    write(
        dir.path(),
        "esc.json",
        r#"{"title": "Red \u001b[31mtitle", "outlet": "X\u009bY", "text": "The mayor of Rome said \u001b[2J six people came."}"#,
    );
    for format in ["text", "markdown", "json"] {
        let out = parallax()
            .args(["report", "--format", format])
            .arg(dir.path())
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", stderr(&out));
        let shown = String::from_utf8(out.stdout).expect("UTF-8 report");
        // JSON escapes a control character as \u001b; text and Markdown would print it raw.
        let raw = shown.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t'));
        assert!(
            !raw && !shown.contains("\\u001b") && !shown.contains("\\u009b"),
            "{format}: {shown:?}"
        );
        assert!(shown.contains("Red"), "{format}: {shown}");
    }
}

#[test]
fn utf16_without_a_bom_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let le: Vec<u8> = PARA.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = PARA.encode_utf16().flat_map(u16::to_be_bytes).collect();
    write(dir.path(), "le.txt", le);
    write(dir.path(), "be.txt", be);
    let (v, err) = loaded(&[dir.path()]);
    assert_eq!(source_ids(&v), ["be", "le"], "{err}");
    for (name, enc) in [("le.txt", "UTF-16LE"), ("be.txt", "UTF-16BE")] {
        assert!(err.lines().any(|l| l.contains(name) && l.contains(enc)), "{err}");
    }
    for s in v["sources"].as_array().unwrap() {
        assert_eq!(s["words"], PARA.split_whitespace().count(), "{s}");
    }
}

#[test]
fn invalid_utf8_in_the_middle_is_read_as_an_8_bit_encoding_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = PARA.as_bytes().to_vec();
    bytes.extend_from_slice(b"The caf\xe9 \xed\xa0\x80 in Nara \xff\xfe opened on Monday.\n");
    write(dir.path(), "latin.txt", bytes);
    let (v, err) = loaded(&[dir.path()]);
    assert_eq!(source_ids(&v), ["latin"]);
    assert!(
        err.lines()
            .any(|l| l.contains("latin.txt") && l.contains("not UTF-8; decoded as windows-")),
        "{err}"
    );
    text_report_succeeds(&[dir.path()]);
}

#[test]
fn a_lone_surrogate_escape_does_not_lose_a_json_file() {
    let dir = tempfile::tempdir().unwrap();
    let articles = r#"[
        {"title": "Cut \ud83d", "text": "The mayor of Oslo spoke on Monday \udc00 about the port."},
        {"title": "Whole \ud83d\ude00", "text": "The mayor of Bergen spoke on Tuesday."},
        {"title": "Escaped", "text": "A path like C:\\ud800 is text. The mayor of Tromso spoke."}
    ]"#;
    write(dir.path(), "feed.json", articles);
    let (v, err) = loaded(&[dir.path()]);
    assert_eq!(source_ids(&v), ["feed-1", "feed-2", "feed-3"], "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("feed.json") && l.contains("surrogate")),
        "{err}"
    );
    assert_eq!(v["sources"][0]["title"], "Cut \u{fffd}");
    assert_eq!(v["sources"][1]["title"], "Whole \u{1f600}");
}

/// Run the analysis and all three reports on texts; every span must lie on char boundaries of its
/// source's text (a span inside a multi-byte character would panic when sliced).
fn analyse_texts(texts: &[(&str, String)]) -> parallax::Analysis {
    use parallax::analysis::{Analysis, Options};
    let sources = texts
        .iter()
        .map(|(id, t)| parallax::Source::from_text(id, t))
        .collect();
    let briefing = parallax::Briefing {
        name: "odd".into(),
        sources,
    };
    let a = Analysis::run(briefing, &Options::default());
    let text_of = |s: usize| a.briefing.sources[s].text.as_str();
    let on_boundaries = |s: usize, r: &std::ops::Range<usize>| {
        let t = text_of(s);
        r.start <= r.end && t.get(r.clone()).is_some()
    };
    for (s, sentences) in a.sentences.iter().enumerate() {
        for sent in sentences {
            assert!(on_boundaries(s, &sent.span), "sentence {:?} of {s}", sent.span);
            for tok in sent.tokens(text_of(s)).iter() {
                assert!(on_boundaries(s, &tok.span()), "token {:?} of {s}", tok.span());
            }
        }
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert!(on_boundaries(m.source(), &m.span()), "mention of {}", e.name);
        }
    }
    for c in &a.claims {
        for st in &c.statements {
            assert!(
                on_boundaries(st.value.source, &st.value.span),
                "value {}",
                st.value.normalized
            );
            assert!(
                on_boundaries(st.value.source, &st.sentence),
                "sentence of {}",
                st.value.normalized
            );
        }
    }
    for out in [
        parallax::report::to_text(&a),
        parallax::report::to_markdown(&a),
        parallax::report::to_json(&a),
    ] {
        assert!(!out.is_empty());
    }
    a
}

#[test]
fn scripts_numbers_and_dates_of_every_kind_analyse_on_char_boundaries() {
    let cjk = "東京都知事は月曜日に会見し五人が死亡したと述べた中国北京市政府の発表によると".repeat(20);
    let texts = [
        (
            "combining",
            format!("Cafe\u{301} de\u{301}ja\u{300} vu in Zu\u{308}rich. {}. The mayor said 5 people came.", "e\u{301}".repeat(500)),
        ),
        (
            "rtl",
            "قال الوزير يوم الاثنين إن 5 أشخاص قتلوا في بيروت. \u{200f}The mayor of Beirut\u{200e} said 12 people died.".to_string(),
        ),
        (
            "emoji",
            "The 🇫🇷 president met 👨‍👩‍👧‍👦 families in Paris on Monday 👍. 3 🐟 boats sank near Lyon.".to_string(),
        ),
        ("cjk", cjk),
        (
            "numbers",
            "The counts were 1,2,3,4,5,6,7,8,9 and $ and € and 10^100 and 99999999999999999999999 people. \
             It cost $. About €. 1,000,000,000,000,000,000,000,000 people came. 0.0000000000000000000001% rose. \
             ½ of 12345678901234567890123456789 km. ٣ people and १२ boats."
                .to_string(),
        ),
        (
            "dates",
            "It happened on February 30, 2026. Then Jan. 0 came. In year 0 and 32 January. On 31/02/2026, \
             2026-13-45, 0000-00-00 and 9999999999-01-01. In the year 99999 AD. Monday, February 29, 2025."
                .to_string(),
        ),
    ];
    let a = analyse_texts(&texts);
    assert_eq!(a.briefing.sources.len(), texts.len());
    assert!(a.sentences.iter().all(|s| !s.is_empty()));
    let places: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(places.contains(&"Paris"), "{places:?}");
}

#[test]
fn a_sentence_naming_thousands_of_entities_is_analysed() {
    let names: Vec<String> = (0..1000).map(|i| format!("Alpha{i} Beta")).collect();
    let text = format!("The meeting in Geneva included {}.\n", names.join(", "));
    let a = analyse_texts(&[("many", text)]);
    assert!(a.entities.len() >= 1000, "{} entities", a.entities.len());
}

#[test]
fn a_long_line_with_no_spaces_or_punctuation_is_one_word() {
    let text = "a".repeat(300_000);
    let a = analyse_texts(&[("long", text), ("short", PARA.to_string())]);
    assert_eq!(a.briefing.sources[0].words(), 1);
    assert!(
        a.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.source() == 1))
    );
}

#[test]
fn odd_but_readable_files_of_every_format_load() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "deep.html",
        format!(
            "<html><body>{}The mayor of Bern spoke on Monday.{}</body></html>",
            // Deep but within the nesting limit (256; deeper pages are tests/hostile_input.rs's).
            "<div>".repeat(250),
            "</div>".repeat(250)
        ),
    );
    write(
        d,
        "unclosed.html",
        format!(
            "<html><body>{}The mayor of Graz spoke.</body></html>",
            "<b><i>".repeat(120)
        ),
    );
    write(
        d,
        "types.json",
        r#"[{"title": 5, "text": [[1, 2], [3]], "date": {"a": 1}, "outlet": true},
            {"title": null, "body": 3},
            {"title": ["a"], "text": "The minister of Spain spoke to the press on Monday.", "date": 20260101}]"#,
    );
    let many: Vec<String> = (0..300)
        .map(|i| {
            format!(r#"{{"title": "Report {i}", "text": "Report {i}: 5 boats sank near Oslo on Monday."}}"#)
        })
        .collect();
    write(d, "many.json", format!("[{}]", many.join(",")));
    write(
        d,
        "cdata.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Item</title>\
         <description><![CDATA[<p>The <b>mayor</b> of Riga said 40 people died.</p><script>x()</script>]]></description>\
         </item></channel></rss>",
    );
    write(
        d,
        "odd-front.md",
        "---\ntitle: [1, 2]\ndate: 2026-02-30\noutlet: {a: b}\n---\nThe mayor of Kyiv spoke on Monday.\n",
    );
    let (v, err) = loaded(&[d]);
    let ids = source_ids(&v);
    assert_eq!(ids.len(), 1 + 1 + 1 + 300 + 1 + 1, "{err}");
    for id in [
        "deep",
        "unclosed",
        "types-3",
        "many-1",
        "many-300",
        "cdata-1",
        "odd-front",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} not in {ids:?}\n{err}");
    }
    for item in ["item 1", "item 2"] {
        assert!(
            err.lines().any(|l| l.contains("types.json") && l.contains(item)),
            "{err}"
        );
    }
    let cdata = &v["sources"].as_array().unwrap()[ids.iter().position(|i| i == "cdata-1").unwrap()];
    assert_eq!(cdata["outlet"], "Wire");
    assert!(!v.to_string().contains("x()"), "script text leaked");
}

#[cfg(unix)]
#[test]
fn devices_fifos_and_huge_files_are_skipped_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", PARA);
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Sparse: 65 MiB on paper, nothing on disk.
    let huge = dir.path().join("huge.txt");
    fs::File::create(&huge).unwrap().set_len(65 << 20).unwrap();
    let good = dir.path().join("good.txt");
    let zero = Path::new("/dev/zero");
    let mut paths = vec![fifo.as_path(), huge.as_path(), good.as_path()];
    if zero.exists() {
        paths.push(zero);
    }
    let (v, err) = loaded(&paths);
    assert_eq!(source_ids(&v), ["good"], "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("pipe") && l.contains("not a regular file")),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.contains("huge.txt") && l.contains("too large")),
        "{err}"
    );
    if zero.exists() {
        assert!(
            err.lines()
                .any(|l| l.contains("/dev/zero") && l.contains("not a regular file")),
            "{err}"
        );
    }
}

#[test]
fn binary_stdin_exits_2_naming_stdin() {
    let out = parallax()
        .args(["report", "-"])
        .write_stdin(&b"\x00\x01\x02\x03\x04 binary"[..])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("<stdin>") && err.contains("binary"), "{err}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_skipped_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let uid = std::process::Command::new("id")
        .arg("-u")
        .output()
        .expect("id runs");
    if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        eprintln!("skipped: root can read a file with mode 000");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", PARA);
    write(dir.path(), "locked.txt", PARA);
    let locked = dir.path().join("locked.txt");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let (v, err) = loaded(&[dir.path()]);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(source_ids(&v), ["good"], "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("locked.txt") && l.contains("cannot read")),
        "{err}"
    );
}

/// A text with no sentence punctuation is cut into bounded sentences: one "sentence" of more than
/// 65,535 tokens overflowed the name tagger's 16-bit token positions and panicked (in release too).
/// (The whole analysis of 70,000 tokens is too slow for a debug test; the bound is what protects it.)
#[test]
fn text_without_sentence_punctuation_is_cut_into_bounded_sentences() {
    use parallax::text::{MAX_SENTENCE_TOKENS, sentences};
    let words = ["word", "Paris", "people", "five", "Monday"];
    let body: Vec<&str> = (0..70_000).map(|i| words[i % words.len()]).collect();
    let body = body.join(" ");
    let mut headed = parallax::Source::from_text("headline", &format!("{body}\n\n{PARA}"));
    headed.headline = Some(0..body.len());
    headed.body = std::iter::once(body.len() + 2..headed.text.len()).collect();
    for source in [parallax::Source::from_text("body", &body), headed] {
        let sentences = sentences(&source);
        assert!(
            sentences
                .iter()
                .all(|s| s.tokens(&source.text).len() <= MAX_SENTENCE_TOKENS),
            "{}",
            source.id
        );
        let tokens: usize = sentences.iter().map(|s| s.tokens(&source.text).len()).sum();
        assert!(tokens >= 70_000, "{}: {tokens} tokens", source.id);
        for pair in sentences.windows(2) {
            assert!(
                pair[0].span.end <= pair[1].span.start,
                "{}: overlapping sentences",
                source.id
            );
        }
    }
    // A sentence of ordinary length is not cut.
    let para = parallax::Source::from_text("para", PARA);
    assert_eq!(sentences(&para).len(), 1);
}

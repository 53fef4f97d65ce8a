//! Hostile input through the real binary: work stays bounded and linear. Each parser has limits on
//! depth, attributes and items per file; a file over one is skipped (or cut) with ONE line on stderr
//! naming the file and the limit, and the good files named with it still load. A folder walk reads
//! each folder once however many links reach it; a loop is named as a loop; a FIFO in a folder gets
//! a line. Every input is generated here, in a temporary folder, and each case runs in a debug build
//! in well under the time the unbounded work took (minutes in a release build before the limits).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

const ARTICLE: &str = "Harbour talks resume\n\nThe two ministers met in the port city on Monday and agreed that 40 boats may fish the disputed waters.\n";

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(&p, content).expect("write test file");
    p
}

/// Generous for a debug build on a busy two-core machine; the unbounded versions took minutes.
const BUDGET: Duration = Duration::from_secs(20);

/// `parallax report --format json PATHS…` within the time budget: the report, its stderr lines.
fn report(paths: &[&Path]) -> (Value, Vec<String>, Output) {
    let started = Instant::now();
    let out = parallax()
        .args(["report", "--format", "json"])
        .args(paths)
        .timeout(BUDGET * 2)
        .output()
        .expect("runs");
    let took = started.elapsed();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "{err}");
    assert!(took < BUDGET, "took {took:?}: {err}");
    assert!(
        !err.chars().any(|c| c.is_control() && c != '\n'),
        "control character on stderr: {err:?}"
    );
    let v = if out.status.success() {
        serde_json::from_slice(&out.stdout).expect("report is JSON")
    } else {
        Value::Null
    };
    (v, err.lines().map(str::to_string).collect(), out)
}

fn ids(v: &Value) -> Vec<String> {
    v["sources"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| s["id"].as_str().expect("id").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Exactly one stderr line mentions `name`, and it contains every one of `words`.
fn one_line_about(lines: &[String], name: &str, words: &[&str]) {
    let about: Vec<&String> = lines.iter().filter(|l| l.contains(name)).collect();
    assert_eq!(about.len(), 1, "lines about {name}: {lines:#?}");
    for w in words {
        assert!(about[0].contains(w), "{w:?} not in {:?}", about[0]);
    }
}

#[test]
fn two_hundred_thousand_nested_divs_are_skipped_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let n = 200_000;
    let page = format!(
        "<html><body><article>{}Deep text.{}</article></body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let deep = write(dir.path(), "deep.html", page);
    let good = write(dir.path(), "good.txt", ARTICLE);
    let (v, lines, _) = report(&[&deep, &good]);
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "deep.html", &["skipped", "nested more than 256"]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
}

/// Formatting elements left open are copied by HTML into every block after them: 100 unclosed
/// `<b id=…>` and then 500,000 paragraphs (4 MB) built 50 million elements, 8.7 GB, in 54 s.
#[test]
fn formatting_left_open_before_half_a_million_paragraphs_is_skipped_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let open: String = (0..100).map(|i| format!("<p><b id={i}>x</p>")).collect();
    let page = format!(
        "<html><body><article>{open}{}</article></body></html>",
        "<p>t</p>".repeat(500_000)
    );
    let bomb = write(dir.path(), "bomb.html", page);
    let good = write(dir.path(), "good.txt", ARTICLE);
    let (v, lines, _) = report(&[&bomb, &good]);
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "bomb.html", &["skipped", "more than 1000000 elements"]);
}

#[test]
fn a_page_nested_within_the_limit_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let page = format!(
        "<html><body><article>{}<p>The ministers met on Monday.</p>{}</article></body></html>",
        "<div>".repeat(200),
        "</div>".repeat(200)
    );
    let p = write(dir.path(), "nested.html", page);
    let (v, lines, _) = report(&[&p]);
    assert_eq!(ids(&v), ["nested"], "{lines:#?}");
}

#[test]
fn three_hundred_twenty_thousand_attributes_on_one_element_are_skipped_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let attrs: Vec<String> = (0..320_000).map(|i| format!("a{i}=\"x\"")).collect();
    let page = format!(
        "<html><body><article><p {}>Text.</p></article></body></html>",
        attrs.join(" ")
    );
    let flood = write(dir.path(), "flood.html", page);
    let good = write(dir.path(), "good.txt", ARTICLE);
    let (v, lines, _) = report(&[&flood, &good]);
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "flood.html", &["skipped", "more than 256 attributes"]);
}

/// Loading alone (no analysis), for inputs whose text is large once read: the limits are ingest's,
/// and the analysis of a megabyte of text takes its own time in a debug build.
fn load(path: &Path) -> parallax::ingest::Loaded {
    let started = Instant::now();
    let loaded = parallax::ingest::load(&[path.to_path_buf()]).expect("path exists");
    let took = started.elapsed();
    assert!(took < BUDGET / 4, "{} took {took:?}", path.display());
    loaded
}

#[test]
fn an_entity_flood_is_read_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let page = format!(
        "<html><body><article><p>Talks &amp; {} resumed on Monday.</p></article></body></html>",
        "&amp;&lt;&#x41;&nbsp;".repeat(250_000)
    );
    let p = write(dir.path(), "entities.html", page);
    let loaded = load(&p);
    assert_eq!(loaded.briefing.sources.len(), 1);
    assert!(loaded.briefing.sources[0].text.contains("&<A &<A"));
}

/// `root/l0` … `root/l{levels}`, each level with one file and two links (`x`, `y`) to the next:
/// 2^levels paths through the links, `levels` folders.
#[cfg(unix)]
fn link_fan(root: &Path, levels: usize) {
    for i in 0..=levels {
        write(
            root,
            &format!("l{i}/f{i}.txt"),
            ARTICLE.replace("40", &i.to_string()),
        );
    }
    for i in 0..levels {
        let next = root.join(format!("l{}", i + 1));
        std::os::unix::fs::symlink(&next, root.join(format!("l{i}/x"))).unwrap();
        std::os::unix::fs::symlink(&next, root.join(format!("l{i}/y"))).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn a_folder_reached_by_many_links_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    link_fan(dir.path(), 30);
    let (v, lines, _) = report(&[&dir.path().join("l0")]);
    let want: Vec<String> = (0..=30).map(|i| format!("f{i}")).collect();
    assert_eq!(ids(&v), want, "{lines:#?}");
    assert!(lines.is_empty(), "{lines:#?}");
}

#[cfg(unix)]
#[test]
fn thirty_six_levels_of_double_links_stop_at_the_depth_limit_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    link_fan(dir.path(), 36);
    let (v, lines, _) = report(&[&dir.path().join("l0")]);
    // The walk follows 32 levels below the named folder.
    let want: Vec<String> = (0..=32).map(|i| format!("f{i}")).collect();
    assert_eq!(ids(&v), want, "{lines:#?}");
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("nested too deeply") && lines[0].contains("32"),
        "{lines:#?}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_named_as_a_path_is_a_loop_and_the_good_files_load() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("loopa");
    std::os::unix::fs::symlink("loopb", &a).unwrap();
    std::os::unix::fs::symlink("loopa", dir.path().join("loopb")).unwrap();
    let good = write(dir.path(), "good.txt", ARTICLE);
    let (v, lines, out) = report(&[&a, &good]);
    assert!(out.status.success(), "{lines:#?}");
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "loopa", &["skipped", "symlink loop"]);
    assert!(!lines.iter().any(|l| l.contains("no such file")), "{lines:#?}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_inside_a_folder_is_named_as_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", ARTICLE);
    std::os::unix::fs::symlink("self", dir.path().join("self")).unwrap();
    let (v, lines, _) = report(&[dir.path()]);
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "self", &["skipped", "symlink loop"]);
}

#[cfg(unix)]
#[test]
fn a_fifo_inside_a_folder_gets_a_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", ARTICLE);
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let (v, lines, _) = report(&[dir.path()]);
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "pipe", &["skipped", "FIFO"]);
}

#[test]
fn a_json_array_of_one_article_and_a_million_numbers_gives_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut json = format!(
        "[{{\"title\": \"Harbour talks resume\", \"text\": {}}}",
        serde_json::to_string(ARTICLE).unwrap()
    );
    json.push_str(&",1".repeat(1_000_000));
    json.push(']');
    let p = write(dir.path(), "numbers.json", json);
    let (v, lines, _) = report(&[&p]);
    assert_eq!(ids(&v), ["numbers-1"]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    let line = &lines[0];
    assert!(
        line.contains("numbers.json") && line.contains("skipped 9999 items"),
        "{line}"
    );
    assert!(
        line.contains("990001 more not read") && line.contains("10000 items per file"),
        "{line}"
    );
}

#[test]
fn a_json_array_of_many_bad_items_gives_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let items: Vec<String> = (0..500).map(|_| "{\"title\": \"no text\"}".to_string()).collect();
    let json = format!("[{{\"text\": \"One article.\"}}, {}]", items.join(","));
    let p = write(dir.path(), "bad.json", json);
    let (v, lines, _) = report(&[&p]);
    assert_eq!(ids(&v), ["bad-1"]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("skipped 500 items (item 2: no text"),
        "{lines:#?}"
    );
}

/// Deep JSON costs linear work: what an article does not need is skipped as it is read, without
/// recursion, and what it needs is no deeper than `{"source": {"name": …}}`.
#[test]
fn deep_json_is_read_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let deep = write(
        dir.path(),
        "deep.json",
        "[".repeat(100_000) + &"]".repeat(100_000),
    );
    let deep_field = write(
        dir.path(),
        "deep-field.json",
        format!(
            "{{\"text\": \"Body of the article.\", \"source\": {{\"name\": {}1{}}}, \"x\": {}1{}}}",
            "{\"a\":".repeat(50_000),
            "}".repeat(50_000),
            "[".repeat(50_000),
            "]".repeat(50_000)
        ),
    );
    let good = write(dir.path(), "good.txt", ARTICLE);
    let (v, lines, _) = report(&[&deep, &deep_field, &good]);
    assert_eq!(ids(&v), ["deep-field", "good"]);
    one_line_about(&lines, "deep.json", &["skipped", "no article", "not an object"]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
}

#[test]
fn deep_html_inside_a_json_article_skips_that_article() {
    let dir = tempfile::tempdir().unwrap();
    let body = "<div>".repeat(100_000) + "x";
    let json = serde_json::json!([{"text": "Good article."}, {"text": body}]).to_string();
    let p = write(dir.path(), "mixed.json", json);
    let (v, lines, _) = report(&[&p]);
    assert_eq!(ids(&v), ["mixed-1"]);
    one_line_about(&lines, "mixed.json", &["skipped item 2", "nested more than 256"]);
}

fn rss(items: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire</title>{items}</channel></rss>"
    )
}

#[test]
fn a_deeply_nested_feed_is_skipped_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    let inner = format!(
        "<item><title>T</title><description>x</description>{}{}</item>",
        "<x>".repeat(n),
        "</x>".repeat(n)
    );
    let deep = write(dir.path(), "deep.rss", rss(&inner));
    let good = write(dir.path(), "good.txt", ARTICLE);
    let (v, lines, _) = report(&[&deep, &good]);
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "deep.rss", &["skipped", "nested more than 256"]);
}

#[test]
fn a_feed_of_a_hundred_thousand_items_is_skipped_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let items = "<item></item>".repeat(100_000);
    let many = write(dir.path(), "many.rss", rss(&items));
    let json_items = vec!["{}"; 100_000].join(",");
    let many_json = write(
        dir.path(),
        "many.json",
        format!(
            "{{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"W\", \"items\": [{json_items}]}}"
        ),
    );
    let good = write(dir.path(), "good.txt", ARTICLE);
    let (v, lines, _) = report(&[&many, &many_json, &good]);
    assert_eq!(ids(&v), ["good"]);
    one_line_about(&lines, "many.rss", &["skipped", "more than 10000 items"]);
    one_line_about(&lines, "many.json", &["skipped", "more than 10000 items"]);
}

#[test]
fn a_feed_of_many_empty_items_gives_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let items = "<item><link>https://e.org</link></item>".repeat(2_000)
        + "<item><title>Harbour talks</title><description>The ministers met.</description></item>";
    let p = write(dir.path(), "empty-items.rss", rss(&items));
    let (v, lines, _) = report(&[&p]);
    assert_eq!(ids(&v), ["empty-items-2001"]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("skipped 2000 items (item 1: no title and no text"),
        "{lines:#?}"
    );
}

#[test]
fn deeply_nested_markdown_reads_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let n = 50_000;
    let quotes = write(
        dir.path(),
        "quotes.md",
        format!("# Title\n\n{} deep quote\n", ">".repeat(n)),
    );
    let lists = write(
        dir.path(),
        "lists.md",
        format!("# Title\n\n{} deep list\n", "- ".repeat(n)),
    );
    let emphasis = write(
        dir.path(),
        "emphasis.md",
        format!("# Title\n\n{}word{}\n", "*".repeat(n), "*".repeat(n)),
    );
    let links = write(
        dir.path(),
        "links.md",
        format!("# Title\n\n{}text{}\n", "[".repeat(n), "](x)".repeat(n)),
    );
    for p in [quotes, lists, emphasis, links] {
        let loaded = load(&p);
        assert_eq!(loaded.briefing.sources.len(), 1, "{}", p.display());
    }
    // Deep front matter: arrays and tables in TOML, flow collections in YAML. Read or refused with
    // one line, never a stack overflow.
    let toml = write(
        dir.path(),
        "toml.md",
        format!(
            "+++\ntitle = 'T'\nx = {}{}\n+++\nBody text.\n",
            "[".repeat(n),
            "]".repeat(n)
        ),
    );
    let toml_tables = write(
        dir.path(),
        "toml-tables.md",
        format!(
            "+++\ntitle = 'T'\nx = {}1{}\n+++\nBody text.\n",
            "{a=".repeat(n),
            "}".repeat(n)
        ),
    );
    let yaml = write(
        dir.path(),
        "yaml.md",
        format!(
            "---\ntitle: T\nx: {}{}\n---\nBody text.\n",
            "{a: ".repeat(n),
            "}".repeat(n)
        ),
    );
    for p in [toml, toml_tables, yaml] {
        let loaded = load(&p);
        let n = loaded.briefing.sources.len() + loaded.skipped.len();
        assert_eq!(n, 1, "{}: {:?}", p.display(), loaded.skipped);
    }
}

#[test]
fn a_one_megabyte_line_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let line = "The ministers met on Monday and agreed on 40 boats ".repeat(20_000);
    let p = write(dir.path(), "long.txt", format!("Harbour talks\n\n{line}\n"));
    let loaded = load(&p);
    let s = &loaded.briefing.sources[0];
    assert!(s.body.iter().any(|r| r.len() >= line.len() - 1), "{:?}", s.body);
}

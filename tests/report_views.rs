//! The timeline and coverage sections of `parallax report --format markdown`, on the sample briefing
//! and on a small briefing of a rising toll; text and JSON keep their shape.

use assert_cmd::Command;

fn report(args: &[&str]) -> String {
    let out = Command::cargo_bin("parallax")
        .expect("the binary is built")
        .arg("report")
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The rows of the Markdown table that starts at the first line beginning with `head`.
fn table<'a>(md: &'a str, head: &str) -> Vec<&'a str> {
    md.lines()
        .skip_while(|l| !l.starts_with(head))
        .take_while(|l| l.starts_with('|'))
        .collect()
}

#[test]
fn sample_markdown_has_timelines_and_coverage() {
    let md = report(&["--format", "markdown"]);
    let json: serde_json::Value = serde_json::from_str(&report(&["--format", "json"])).expect("JSON");
    let claims = json["claims"].as_array().expect("claims");
    let disputed: Vec<&serde_json::Value> = claims.iter().filter(|c| c["verdict"] == "disagree").collect();
    assert!(!disputed.is_empty());
    assert!(
        md.contains(&format!("\n## Timelines ({})\n", disputed.len())),
        "{md}"
    );
    // Each disputed claim has a timeline table with a row per statement, by date, undated last.
    for c in &disputed {
        let id = c["id"].as_str().expect("id");
        let at = md
            .find(&format!("\n### {id} "))
            .and_then(|i| md[i..].find("| published |").map(|j| i + j))
            .unwrap_or_else(|| panic!("{id} has a timeline"));
        let rows = table(&md[at..], "| published |");
        let n = c["statements"].as_array().expect("statements").len();
        assert_eq!(rows.len(), n + 2, "{id}: {rows:#?}");
        let dated: Vec<bool> = rows[2..].iter().map(|r| !r.starts_with("| undated |")).collect();
        assert!(
            dated.windows(2).all(|w| w[0] || !w[1]),
            "undated rows last: {rows:#?}"
        );
        for r in &rows[2..] {
            assert!(r.contains("✓ agrees") || r.contains("✗ differs"), "{r}");
        }
    }
    // The first disputed claim (the meeting's date): 2026-01-11 first, then 2026-01-13 later.
    assert!(md.contains("| 2026-01-11 | +0 |"), "{md}");
    assert!(md.contains("↑ later"), "{md}");
    // The coverage matrix: a legend, a row per source and a total row.
    assert!(md.contains("\n## Coverage ("), "{md}");
    for mark in [
        "✓ states the agreed",
        "✗ states another value",
        "▮ names it",
        "▯ silent",
    ] {
        assert!(md.contains(mark), "legend has {mark}");
    }
    let rows = table(&md, "| source |");
    let sources = json["sources"].as_array().expect("sources").len();
    assert_eq!(rows.len(), sources + 3, "{rows:#?}");
    let columns = rows[0].matches('|').count();
    for r in &rows {
        assert_eq!(r.matches('|').count() - r.matches("\\|").count(), columns, "{r}");
    }
    assert!(rows.last().is_some_and(|r| r.starts_with("| *covered* |")));
    assert!(rows[0].contains("| c1 "), "claims are columns: {}", rows[0]);
    // The text report and the JSON are as they were.
    let text = report(&[]);
    assert!(!text.contains("Timelines") && !text.contains("Coverage"));
    assert!(json.get("timelines").is_none() && json.get("coverage").is_none());
}

#[test]
fn a_rising_toll_reads_up_the_timeline() {
    let dir = tempfile::tempdir().expect("a folder");
    let write = |name: &str, date: &str, body: &str| {
        let text = format!("---\ntitle: Quake in Avelport\npublished: {date}\n---\n\n{body}\n");
        std::fs::write(dir.path().join(name), text).expect("write");
    };
    write(
        "a.md",
        "2026-02-10",
        "At least 12 people were killed when the quake struck Avelport on Monday, officials said.",
    );
    write(
        "b.md",
        "2026-02-11",
        "The quake in Avelport killed 40 people, officials said on Tuesday.",
    );
    write(
        "c.md",
        "2026-02-12",
        "The quake that struck Avelport killed 68 people, officials said on Wednesday.",
    );
    let md = report(&["--format", "markdown", dir.path().to_str().expect("UTF-8 path")]);
    let rows = table(&md, "| published |");
    assert_eq!(rows.len(), 5, "{md}");
    assert!(
        rows[2].starts_with("| 2026-02-10 | +0 |") && rows[2].contains("first report"),
        "{}",
        rows[2]
    );
    assert!(
        rows[3].starts_with("| 2026-02-11 | +1 |") && rows[3].contains("↑ higher"),
        "{}",
        rows[3]
    );
    assert!(
        rows[4].starts_with("| 2026-02-12 | +2 |") && rows[4].contains("↑ higher"),
        "{}",
        rows[4]
    );
    assert!(md.contains("later reports higher"), "{md}");
}

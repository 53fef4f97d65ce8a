//! A seeded mutation fuzzer for Parallax's parsers and the whole analysis, on stable Rust with no
//! extra tools (cargo-fuzz needs a nightly toolchain for its sanitizers, and none is on CI).
//!
//! ```text
//! cargo run --release --example fuzz -- [--seconds N] [--seed S] [--out DIR] [TARGET…]
//! cargo run --release --example fuzz -- --load PATH…     (ingest alone, for its time and memory)
//! ```
//!
//! Each target starts from a small corpus of its format (built in below, plus the sample
//! articles) and runs for `--seconds` (default 10): every input is a corpus entry under one to
//! four mutations (bit flips, interesting bytes, cut and doubled ranges, tokens of its format
//! inserted or repeated hundreds of times, splices of two entries, hostile characters), and an
//! input now and then joins the corpus. Properties checked on every input:
//!
//! - no panic (caught; the input is saved as `DIR/crash-TARGET-N`);
//! - no hang: a watchdog ends the run when one input takes longer than the target's limit, saving
//!   it as `DIR/hang-TARGET`;
//! - every span (headline and body of a source, a date, a value, a mention, a statement) lies
//!   inside its text, on char boundaries; body spans in order and apart; a JSON mention's `text`
//!   equals its span;
//! - plain UTF-8 text (no BOM, no control character) loads byte for byte;
//! - every stderr line Parallax would print for the input is one line with no control, bidi or
//!   zero-width character;
//! - `report --format json` parses and follows the contract (schema 1, known kinds and verdicts,
//!   ids that resolve); the text and Markdown reports hold no unsafe character but newline and tab.
//!
//! A property that fails saves the input as `DIR/fail-TARGET-N`, and the slowest input of each
//! target is kept as `DIR/slowest-TARGET`. The last line per target gives executions, failures and
//! the slowest input's time. Exit status 1 when anything failed.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use parallax::analysis::{Analysis, Options};
use parallax::ingest::{Briefing, Source};
use parallax::text::safe;
use serde_json::Value;

const SAMPLE: &[&str] = &[
    include_str!("../seeds/000_252b3310998334a2.txt"),
    include_str!("../seeds/001_4e2fc75dca229701.txt"),
    include_str!("../seeds/002_869baf697406c617.txt"),
];

/// One kind of input and what is checked on it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Target {
    Text,
    Markdown,
    Html,
    Json,
    FeedXml,
    FeedJson,
    Dates,
    Numbers,
    Analysis,
}

const ALL: &[Target] = &[
    Target::Text,
    Target::Markdown,
    Target::Html,
    Target::Json,
    Target::FeedXml,
    Target::FeedJson,
    Target::Dates,
    Target::Numbers,
    Target::Analysis,
];

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Text => "text",
            Target::Markdown => "markdown",
            Target::Html => "html",
            Target::Json => "json",
            Target::FeedXml => "feed-xml",
            Target::FeedJson => "feed-json",
            Target::Dates => "dates",
            Target::Numbers => "numbers",
            Target::Analysis => "analysis",
        }
    }

    /// The file name an ingest input is read as (its extension is the fallback for the format).
    fn file_name(self) -> &'static str {
        match self {
            Target::Markdown => "fuzz.md",
            Target::Html => "fuzz.html",
            Target::Json => "fuzz.json",
            Target::FeedXml => "fuzz.rss",
            Target::FeedJson => "fuzz.json",
            _ => "fuzz.txt",
        }
    }

    /// The longest one input may take (release build) before it counts as a hang.
    fn limit(self) -> Duration {
        match self {
            Target::Analysis => Duration::from_secs(5),
            _ => Duration::from_secs(2),
        }
    }

    /// Largest input, in bytes.
    fn max_len(self) -> usize {
        match self {
            Target::Dates | Target::Numbers => 4 << 10,
            Target::Analysis => 16 << 10,
            _ => 128 << 10,
        }
    }

    fn corpus(self) -> Vec<Vec<u8>> {
        let v: Vec<String> = match self {
            Target::Text => SAMPLE
                .iter()
                .map(|s| s.to_string())
                .chain([
                    "Headline\n\nTOKYO, Jan. 14 (Jiji Press)-- The talks ended.\n\n[Copyright The Jiji Press, Ltd.]\n".into(),
                    "\u{feff}With a BOM\n\nText of 3 lines.\r\nSecond.\r\n".into(),
                ])
                .collect(),
            Target::Markdown => vec![
                "---\ntitle: \"Port Talks: \\\"Resume\\\"\"\nsource: 'Harbour ''Times'''\ndate: 2025-03-03\nurl: https://example.org/a\ntags:\n  - port\n---\n# Port talks\n\nThe *ministers* met in [Kobe](x) on Monday.\n\n- one\n- two\n\n> quoted\n".into(),
                "+++\ntitle = 'Port Talks'\npublished = 2025-03-03T08:00:00+09:00\n+++\nBody text.\n".into(),
                "---\ntitle: >-\n  Folded\n  title\nbase: &a anchored\nother: *a\n...\nText with `code` and ![img](x.png).\n".into(),
            ],
            Target::Html => vec![
                r#"<!doctype html><html><head><meta charset="utf-8"><title>Port talks | Times</title>
<meta property="og:title" content="Port Talks Resume"><meta property="article:published_time" content="2025-03-03T08:00:00+09:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","publisher":{"name":"P"}}</script>
<style>p{}</style></head><body><header><a href="/">Home</a></header><nav><ul><li>x</li></ul></nav>
<article><h1>Port Talks Resume</h1><div class="share-bar"><a>Share</a></div>
<p>The two ministers met in <b>Kobe</b> on Monday &amp; agreed on 40 boats.</p>
<figure><img src="x.jpg"><figcaption>Photo</figcaption></figure><table><tr><td>a<td>b</table>
<section class="related"><h2>More stories</h2><ul><li><a href="/a">Other</a></li></ul></section>
<p>They met again.<script>x()</script></p><svg><path d="M0"/></svg></article>
<footer>(c) 2025</footer></body></html>"#.into(),
                "<p>fragment &mdash; <i>text</i><br>next &#x41;&nbsp;<!-- c --><![CDATA[x]]></p>".into(),
            ],
            Target::Json => vec![
                r#"{"title": "T", "outlet": "O", "published": "2025-03-03", "url": "https://e.org", "text": "Body of the article.\n\nSecond paragraph."}"#.into(),
                r#"[{"headline": "A", "source": {"name": "Wire"}, "date": "Mon, 03 Mar 2025 08:00:00 +0900", "content": "<p>One.</p><p>Two.</p>"}, {"title": "no text"}, 3, [1, 2]]"#.into(),
                r#"{"status": "ok", "articles": [{"title": "A", "description": "A. \ud83d\ude00 \ud83d"}, {"body": "B."}]}"#.into(),
            ],
            Target::FeedXml => vec![
                r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Times</title><link>https://example.org</link>
<item><title>Port Talks Resume</title><link>https://example.org/a</link><pubDate>Wed, 14 Jan 2026 08:30:00 +0900</pubDate>
<description>&lt;p&gt;KOBE &amp;mdash; The ministers met.&lt;/p&gt;</description></item>
<item><title>Secondo</title><pubDate>mer, 05 mar 2025 10:00:00 +0100</pubDate><description><![CDATA[<p>Testo <b>semplice</b>.</p>]]></description></item>
</channel></rss>"#.into(),
                r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:x</id><updated>2025-03-04T00:00:00Z</updated>
<entry><title type="html">Atom &lt;b&gt;Item&lt;/b&gt;</title><id>urn:1</id><published>2026-01-14T08:30:00+09:00</published>
<link href="https://example.org/b"/><content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry></feed>"#.into(),
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>G</title><item><title>Citt\u{e0}</title><description>x</description></item></channel></rss>".into(),
            ],
            Target::FeedJson => vec![
                r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [{"id": "1", "title": "T", "content_html": "<p>Body.</p>", "date_published": "2026-01-14T08:30:00+09:00", "url": "https://e.org/1"}, {"id": "2", "content_text": "Plain."}]}"#.into(),
            ],
            Target::Dates => [
                "Jan. 13", "January 13, 2026", "14 Gennaio 2026", "on Tuesday", "last Tuesday", "14/01/2026",
                "Wed, 14 Jan 2026 10:00:00 GMT", "2026-01-14T08:30:00+09:00", "3 de enero de 2026", "März 2025",
                "between Jan. 4 and 7", "in the 1990s", "a week ago", "WEDNESDAY 03 JULY 2013", "janv. 2026",
                "Nara, Jan. 14 (Jiji Press)–", "from 2019 to 2021", "the 13th", "early February", "mid-2025",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            Target::Numbers => [
                "180 workers", "about 40,000 people", "more than 6,000", "USD 1.52 billion", "$2.5bn", "€2.5 billion",
                "21.8%", "twenty-one", "three men and a woman", "a 2 mn-euro heist", "dozens of protesters",
                "the third meeting", "8.7 acres", "12,000 tonnes", "hundreds of thousands of dollars", "1,234.5",
                "¥300 million", "4-1", "aged 67", "two million-euro haul", "½ mile", "1e9", "0.000001",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            Target::Analysis => SAMPLE
                .iter()
                .map(|s| s.chars().take(3000).collect::<String>())
                .chain([
                    "Fisheries Minister Ingrid Halvorsen met Jonas Lindqvist in Tromsø on Monday, Jan. 12, 2026. \
                     They agreed that 40 boats would fish.\u{0}Halvorsen said 41 boats would fish, at a cost of $2.5 million."
                        .into(),
                ])
                .collect(),
        };
        v.into_iter().map(String::into_bytes).collect()
    }

    /// Tokens of the format, inserted and repeated by the mutator.
    fn dictionary(self) -> &'static [&'static str] {
        match self {
            Target::Html => &[
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<a href=x>",
                "</a>",
                "<b>",
                "</b>",
                "<table>",
                "<td>",
                "<li>",
                "<ul>",
                "<article>",
                "<main>",
                "<script>",
                "</script>",
                "<!--",
                "-->",
                "&amp;",
                "&#x41;",
                "&",
                " a=b",
                " class=\"ad\"",
                "<svg>",
                "<math>",
                "<template>",
                "<br/>",
                "<![CDATA[",
                "<meta property=\"og:title\" content=\"x\">",
                "<time datetime=\"2026-01-14\">",
                "<h1>",
                "\"",
                "'",
                "=",
                "<",
                ">",
            ],
            Target::FeedXml => &[
                "<item>",
                "</item>",
                "<entry>",
                "</entry>",
                "<title>",
                "</title>",
                "<description>",
                "</description>",
                "<pubDate>",
                "</pubDate>",
                "&lt;p&gt;",
                "&amp;",
                "<![CDATA[",
                "]]>",
                "<?xml version=\"1.0\"?>",
                " encoding=\"windows-1252\"",
                "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
                "&a;",
                "<x>",
                "</x>",
                " a=\"b\"",
                "<content type=\"html\">",
                "<link href=\"x\"/>",
                "<",
                ">",
                "\"",
            ],
            Target::Json | Target::FeedJson => &[
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"",
                "\\u00e9",
                "\\ud83d",
                "\\udc00",
                "\\\\",
                "null",
                "true",
                "1e999",
                "-0",
                "\"text\":",
                "\"title\":",
                "\"items\":",
                "\"articles\":",
                "\"content_html\":",
                "\"date\":",
                "\"source\":{\"name\":",
                "\"<div><p>x</p></div>\"",
            ],
            Target::Markdown => &[
                "---\n", "+++\n", "...\n", "title: ", "'", "''", "\"", "\\\"", ">-\n  ", "|\n  ", "&a ",
                "*a", "[", "]", "{", "}", "# ", "> ", "- ", "* ", "_", "`", "```\n", "![x](y)", "[x](y)",
                "<div>", "\n\n", ": ", "  ",
            ],
            Target::Dates => &[
                "Jan.",
                "January",
                "gennaio",
                "janv.",
                "Januar",
                "enero",
                "Tuesday",
                "last",
                "next",
                "ago",
                "week",
                "2026",
                "14",
                "13th",
                ", ",
                "/",
                "-",
                "T08:30:00+09:00",
                " GMT",
                "between",
                "and",
                "from",
                "to",
                "'26",
                "1990s",
            ],
            Target::Numbers => &[
                "million",
                "billion",
                "bn",
                "mn",
                "thousand",
                "dozens",
                "hundreds of",
                "$",
                "€",
                "£",
                "¥",
                "%",
                ",",
                ".",
                "twenty-",
                "one",
                "third",
                "about",
                "at least",
                "more than",
                "-",
                "acres",
                "tonnes",
                "km",
                "people",
            ],
            Target::Text | Target::Analysis => &[
                "\n",
                "\n\n",
                ". ",
                "(Reuters) -",
                "Jan. 13",
                "END",
                "[Copyright X]",
                "Photo: AP",
                "Prime Minister ",
                "Mr. ",
                "Tokyo",
                "40",
                "1,500",
                "$2.5 million",
                "on Tuesday",
                "said",
                "“",
                "”",
                "—",
                "’",
                "e.g.",
            ],
        }
    }
}

use parallax::rng::SplitMix64 as Rng;

/// A `one_in` chance.
fn chance(rng: &mut Rng, one_in: usize) -> bool {
    rng.below(one_in) == 0
}

/// Characters that stress text handling: controls, bidi and zero-width, combining marks,
/// non-Latin scripts, emoji, the replacement character and bytes that are not UTF-8.
const HOSTILE: &[&[u8]] = &[
    b"\x00",
    b"\x1b[2J",
    b"\x1b]0;x\x07",
    b"\r",
    b"\t",
    b"\x7f",
    "\u{85}".as_bytes(),
    "\u{202e}".as_bytes(),
    "\u{2066}".as_bytes(),
    "\u{200b}".as_bytes(),
    "\u{feff}".as_bytes(),
    "\u{301}".as_bytes(),
    "東京".as_bytes(),
    "Ж".as_bytes(),
    "🪀".as_bytes(),
    "\u{fffd}".as_bytes(),
    b"\xe2\x80",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    "ı".as_bytes(),
    "ß".as_bytes(),
    "İ".as_bytes(),
];

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>], target: Target) -> Vec<u8> {
    let mut v = corpus[rng.below(corpus.len())].clone();
    let dict = target.dictionary();
    for _ in 0..=rng.below(4) {
        let len = v.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                v[i] = *b"\0\xff<>\"'&\n;:{}[]#-*".get(rng.below(17)).unwrap_or(&0);
            }
            2 if len > 0 => {
                let end = (at + 1 + rng.below(32)).min(len);
                v.drain(at.min(end)..end);
            }
            3 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(64)).min(len);
                let chunk = v[start..end].to_vec();
                v.splice(at..at, chunk);
            }
            4 => {
                let tok = dict[rng.below(dict.len())].as_bytes();
                v.splice(at..at, tok.iter().copied());
            }
            5 => {
                // A token repeated: deep nesting, floods, long runs.
                let tok = dict[rng.below(dict.len())].as_bytes();
                let most = if chance(rng, 4) { 4000 } else { 64 };
                let n = 2 + rng.below(most);
                let run: Vec<u8> = tok.iter().copied().cycle().take(tok.len() * n).collect();
                v.splice(at..at, run);
            }
            6 => {
                let other = &corpus[rng.below(corpus.len())];
                let cut = rng.below(other.len() + 1);
                v.truncate(at);
                v.extend_from_slice(&other[cut..]);
            }
            7 => {
                let h = HOSTILE[rng.below(HOSTILE.len())];
                v.splice(at..at, h.iter().copied());
            }
            _ => {
                let n = rng.below(8) + 1;
                let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
                v.splice(at..at, bytes);
            }
        }
    }
    v.truncate(target.max_len());
    v
}

/// A span inside `text`, on char boundaries.
fn span_ok(text: &str, r: &std::ops::Range<usize>) -> bool {
    r.start <= r.end && r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
}

/// The line Parallax prints on stderr for a message: one line, nothing a terminal would act on.
fn check_line(message: &str) -> Result<(), String> {
    let line = format!("parallax: {}", safe::line(message));
    match line.chars().find(|&c| safe::is_unsafe(c)) {
        Some(c) => Err(format!("stderr line holds U+{:04X}: {line:?}", c as u32)),
        None => Ok(()),
    }
}

fn check_source(s: &Source) -> Result<(), String> {
    let t = &s.text;
    if let Some(h) = &s.headline
        && !span_ok(t, h)
    {
        return Err(format!(
            "{}: headline {h:?} outside the text or off a char boundary",
            s.id
        ));
    }
    let mut last = 0;
    for b in &s.body {
        if !span_ok(t, b) || b.start < last {
            return Err(format!(
                "{}: body span {b:?} out of order, outside or off a boundary",
                s.id
            ));
        }
        last = b.end;
    }
    for field in [&s.title, &s.outlet, &s.url].into_iter().flatten() {
        check_line(field)?;
    }
    Ok(())
}

fn check_ingest(target: Target, input: &[u8]) -> Result<(), String> {
    let name = target.file_name();
    match parallax::ingest::read_bytes(input, name) {
        Ok((sources, warnings)) => {
            for w in &warnings {
                check_line(&format!("warning: {name}: {w}"))?;
            }
            for s in &sources {
                check_source(s)?;
            }
            // Plain UTF-8 text loads byte for byte.
            if let Ok(plain) = std::str::from_utf8(input)
                && !plain.starts_with('\u{feff}')
                && !plain
                    .chars()
                    .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                && let [s] = sources.as_slice()
                && s.format == parallax::ingest::Format::Text
                && s.text != plain
            {
                return Err("plain UTF-8 text did not load byte for byte".into());
            }
            Ok(())
        }
        Err(reason) => check_line(&format!("skipped {name}: {reason}")),
    }
}

fn lossy(input: &[u8]) -> String {
    String::from_utf8_lossy(input).into_owned()
}

fn anchor() -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 15)
}

fn check_dates(input: &[u8]) -> Result<(), String> {
    let s = lossy(input);
    for a in [None, anchor()] {
        for m in parallax::dates::find_dates(&s, 0..s.len(), a) {
            if !span_ok(&s, &m.span) {
                return Err(format!("date span {:?} off the text", m.span));
            }
            let _ = m.value.to_iso();
        }
        if let Some((r, _)) = parallax::dates::date_in_line(&s, a)
            && !span_ok(&s, &r)
        {
            return Err(format!("date_in_line span {r:?} off the text"));
        }
        let _ = parallax::dates::parse_date_line_with(&s, a);
    }
    // A range off the text or off a boundary is clamped, not a panic.
    let _ = parallax::dates::find_dates(&s, 1..s.len() + 3, anchor());
    Ok(())
}

fn check_numbers(input: &[u8]) -> Result<(), String> {
    use parallax::values::number;
    let s = lossy(input);
    let _ = number::Decimal::parse(&s).map(|d| (d.to_plain(), d.to_f64(), d.half_written_unit()));
    for w in s.split_whitespace().take(64) {
        let _ = number::Decimal::parse(w).map(|d| d.to_plain());
        let _ = number::scale_word(w);
        let _ = number::cardinal_word(w);
        let _ = number::ordinal(w);
    }
    let at = parallax::values::At::default();
    for a in [None, anchor()] {
        for v in parallax::values::in_sentence(&s, 0..s.len(), a, at) {
            if !span_ok(&s, &v.span) {
                return Err(format!("value span {:?} off the text", v.span));
            }
            let _ = v.readable();
        }
    }
    Ok(())
}

fn check_analysis(input: &[u8], rng_seed: u64) -> Result<(), String> {
    let text = lossy(input);
    // One to three sources, split at NULs (a NUL never reaches analysis as such in a real load).
    let mut sources: Vec<Source> = text
        .split('\u{0}')
        .take(3)
        .enumerate()
        .map(|(i, t)| Source::from_text(&format!("s{i}"), t))
        .collect();
    if rng_seed.is_multiple_of(2) {
        // Also through the layout, as a loaded file: headline, dateline and boilerplate spans.
        if let Ok((mut loaded, _)) = parallax::ingest::read_bytes(input, "fuzz.txt") {
            for (i, s) in loaded.iter_mut().enumerate() {
                s.id = format!("l{i}");
            }
            sources.extend(loaded);
        }
    }
    let briefing = Briefing {
        name: "fuzz".into(),
        sources,
    };
    let analysis = Analysis::run(briefing, &Options::default());
    for (src, sentences) in analysis.briefing.sources.iter().zip(&analysis.sentences) {
        for s in sentences {
            if !span_ok(&src.text, &s.span)
                || s.tokens(&src.text).iter().any(|t| !span_ok(&src.text, &t.span()))
            {
                return Err(format!("{}: sentence or token span off the text", src.id));
            }
        }
    }
    let json = parallax::report::to_json(&analysis);
    let v: Value = serde_json::from_str(&json).map_err(|e| format!("report JSON does not parse: {e}"))?;
    check_contract(&analysis, &v)?;
    for (what, out) in [
        ("text", parallax::report::to_text(&analysis)),
        ("markdown", parallax::report::to_markdown(&analysis)),
    ] {
        if let Some(c) = out
            .chars()
            .find(|&c| safe::is_unsafe(c) && !matches!(c, '\n' | '\t'))
        {
            return Err(format!("{what} report holds U+{:04X}", c as u32));
        }
    }
    Ok(())
}

fn check_contract(analysis: &Analysis, v: &Value) -> Result<(), String> {
    if v["schema"] != 1 {
        return Err("schema is not 1".into());
    }
    let texts: std::collections::HashMap<&str, &str> = analysis
        .briefing
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.text.as_str()))
        .collect();
    let sources = v["sources"].as_array().ok_or("no sources array")?;
    if sources.len() != texts.len() {
        return Err("sources in JSON differ from the briefing".into());
    }
    let span_of = |m: &Value| -> Result<(&str, std::ops::Range<usize>), String> {
        let id = m["source"].as_str().ok_or("span without source")?;
        let text = texts.get(id).ok_or_else(|| format!("unknown source {id}"))?;
        let (start, end) = (m["start"].as_u64(), m["end"].as_u64());
        let (Some(start), Some(end)) = (start, end) else {
            return Err("span without start/end".into());
        };
        let r = start as usize..end as usize;
        if !span_ok(text, &r) {
            return Err(format!("span {r:?} off source {id}"));
        }
        Ok((text, r))
    };
    let mut entity_ids = HashSet::new();
    for e in v["entities"].as_array().ok_or("no entities array")? {
        entity_ids.insert(e["id"].as_str().ok_or("entity without id")?.to_string());
        if !matches!(
            e["kind"].as_str(),
            Some("person" | "place" | "organisation" | "other")
        ) {
            return Err(format!("entity kind {}", e["kind"]));
        }
        for m in e["mentions"].as_array().ok_or("no mentions array")? {
            let (text, r) = span_of(m)?;
            if m["text"].as_str() != Some(&text[r.clone()]) {
                return Err(format!("mention text {} is not its span {r:?}", m["text"]));
            }
        }
    }
    for c in v["claims"].as_array().ok_or("no claims array")? {
        if !matches!(
            c["kind"].as_str(),
            Some("date" | "count" | "ordinal" | "money" | "percent" | "quantity")
        ) {
            return Err(format!("claim kind {}", c["kind"]));
        }
        if !matches!(c["verdict"].as_str(), Some("agree" | "disagree" | "single")) {
            return Err(format!("verdict {}", c["verdict"]));
        }
        for e in c["entities"].as_array().ok_or("no claim entities")? {
            if !e.as_str().is_some_and(|e| entity_ids.contains(e)) {
                return Err(format!("claim names unknown entity {e}"));
            }
        }
        for s in c["statements"].as_array().ok_or("no statements")? {
            span_of(s)?;
            if !s["normalized"].is_string() {
                return Err("statement without normalized".into());
            }
        }
    }
    Ok(())
}

fn check(target: Target, input: &[u8], n: u64) -> Result<(), String> {
    match target {
        Target::Dates => check_dates(input),
        Target::Numbers => check_numbers(input),
        Target::Analysis => check_analysis(input, n),
        _ => check_ingest(target, input),
    }
}

struct Args {
    seconds: f64,
    seed: u64,
    out: PathBuf,
    targets: Vec<Target>,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        seconds: 10.0,
        seed: 1,
        out: PathBuf::from("target/fuzz"),
        targets: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--seconds" => {
                a.seconds = value("--seconds")?
                    .parse()
                    .map_err(|e| format!("--seconds: {e}"))?
            }
            "--seed" => a.seed = value("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--out" => a.out = PathBuf::from(value("--out")?),
            "--help" | "-h" => {
                let names: Vec<&str> = ALL.iter().map(|t| t.name()).collect();
                return Err(format!(
                    "usage: fuzz [--seconds N] [--seed S] [--out DIR] [TARGET…]\ntargets: {}",
                    names.join(" ")
                ));
            }
            name => a.targets.push(
                *ALL.iter()
                    .find(|t| t.name() == name)
                    .ok_or(format!("unknown target {name}"))?,
            ),
        }
    }
    if a.targets.is_empty() {
        a.targets = ALL.to_vec();
    }
    Ok(a)
}

fn main() {
    // `--load PATH…`: load only (no fuzzing, no analysis), to measure what ingest alone costs in
    // time and peak memory (run it under `/usr/bin/time -v`).
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("--load") {
        let paths: Vec<PathBuf> = argv[1..].iter().map(PathBuf::from).collect();
        let t0 = Instant::now();
        match parallax::ingest::load(&paths) {
            Ok(loaded) => {
                let bytes: usize = loaded.briefing.sources.iter().map(|s| s.text.len()).sum();
                println!(
                    "{} sources, {bytes} bytes of text, {} skipped, {} warnings, {:.3} s",
                    loaded.briefing.sources.len(),
                    loaded.skipped.len(),
                    loaded.warnings.len(),
                    t0.elapsed().as_secs_f64()
                );
            }
            Err(e) => println!("{}", safe::line(&e.to_string())),
        }
        return;
    }
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    std::fs::create_dir_all(&args.out).expect("create the output folder");
    // Panics are caught and counted; their messages go to one line each, not a backtrace.
    let last_panic = Arc::new(Mutex::new(String::new()));
    {
        let last_panic = last_panic.clone();
        std::panic::set_hook(Box::new(move |info| {
            if let Ok(mut p) = last_panic.lock() {
                *p = info.to_string().replace('\n', " ");
            }
        }));
    }
    // The watchdog: when one input runs past its target's limit, save it and end the run.
    let epoch = Instant::now();
    let started_ms = Arc::new(AtomicU64::new(u64::MAX));
    let limit_ms = Arc::new(AtomicU64::new(u64::MAX));
    let current: Arc<Mutex<(String, Vec<u8>)>> = Arc::new(Mutex::new((String::new(), Vec::new())));
    let done = Arc::new(AtomicBool::new(false));
    {
        let (started_ms, limit_ms, current, done, out) = (
            started_ms.clone(),
            limit_ms.clone(),
            current.clone(),
            done.clone(),
            args.out.clone(),
        );
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50));
                let start = started_ms.load(Ordering::Relaxed);
                let now = epoch.elapsed().as_millis() as u64;
                if start != u64::MAX && now.saturating_sub(start) > limit_ms.load(Ordering::Relaxed) {
                    let (name, input) = current.lock().map(|c| c.clone()).unwrap_or_default();
                    let path = out.join(format!("hang-{name}"));
                    let _ = std::fs::write(&path, &input);
                    println!(
                        "HANG {name}: one input ran over {} ms; saved as {}",
                        limit_ms.load(Ordering::Relaxed),
                        path.display()
                    );
                    std::process::exit(1);
                }
            }
        });
    }
    let mut failed = false;
    let mut summary = String::new();
    for &target in &args.targets {
        let mut rng = Rng(args.seed ^ (target as u64).wrapping_mul(0x5851_F42D_4C95_7F2D));
        let mut corpus = target.corpus();
        let seeds = corpus.len();
        limit_ms.store(target.limit().as_millis() as u64, Ordering::Relaxed);
        let deadline = Instant::now() + Duration::from_secs_f64(args.seconds);
        let (mut runs, mut failures, mut slowest) = (0u64, 0u64, Duration::ZERO);
        let mut slowest_input = Vec::new();
        while Instant::now() < deadline {
            // The seeds themselves first, then mutants.
            let input = if (runs as usize) < seeds {
                corpus[runs as usize].clone()
            } else {
                mutate(&mut rng, &corpus, target)
            };
            if let Ok(mut c) = current.lock() {
                c.0 = target.name().to_string();
                c.1.clear();
                c.1.extend_from_slice(&input);
            }
            let t0 = Instant::now();
            started_ms.store(epoch.elapsed().as_millis() as u64, Ordering::Relaxed);
            let result = catch_unwind(AssertUnwindSafe(|| check(target, &input, runs)));
            started_ms.store(u64::MAX, Ordering::Relaxed);
            let took = t0.elapsed();
            if took > slowest {
                slowest = took;
                slowest_input.clone_from(&input);
            }
            runs += 1;
            let problem = match result {
                Ok(Ok(())) => None,
                Ok(Err(why)) => Some(("fail", why)),
                Err(_) => Some(("crash", last_panic.lock().map(|p| p.clone()).unwrap_or_default())),
            };
            if let Some((kind, why)) = problem {
                failures += 1;
                let path = args.out.join(format!("{kind}-{}-{failures}", target.name()));
                let _ = std::fs::write(&path, &input);
                println!(
                    "{} {}: {why} (input saved as {})",
                    kind.to_uppercase(),
                    target.name(),
                    path.display()
                );
                if failures >= 20 {
                    println!("{}: 20 failures, moving on", target.name());
                    break;
                }
            } else if corpus.len() < 512 && chance(&mut rng, 32) {
                corpus.push(input);
            } else if chance(&mut rng, 64) {
                let i = seeds + rng.below(corpus.len() - seeds + 1);
                if i < corpus.len() {
                    corpus[i] = input;
                }
            }
        }
        failed |= failures > 0;
        // The slowest input, to see whether its time grows faster than its size.
        let _ = std::fs::write(
            args.out.join(format!("slowest-{}", target.name())),
            &slowest_input,
        );
        let line = format!(
            "{:<10} {runs:>10} runs, {failures} failures, slowest input {:.1} ms",
            target.name(),
            slowest.as_secs_f64() * 1000.0
        );
        println!("{line}");
        let _ = writeln!(summary, "{line}");
    }
    done.store(true, Ordering::Relaxed);
    println!("--\n{summary}");
    if failed {
        std::process::exit(1);
    }
}

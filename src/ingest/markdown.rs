//! Markdown with optional YAML (`---`) or TOML (`+++`) front matter; the body reduced to readable
//! text with pulldown-cmark (one block per paragraph, heading or list item).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::layout::Meta;
use crate::dates;

/// Does the text open with a front matter block?
pub(crate) fn has_front_matter(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("").trim_end();
    first == "---" || first == "+++"
}

/// Split off and read the front matter; the rest is the Markdown body.
pub(crate) fn front_matter(text: &str) -> Result<(Meta, &str), String> {
    let first = text.lines().next().unwrap_or("").trim_end();
    let fence = match first {
        "---" => "---",
        "+++" => "+++",
        _ => return Ok((Meta::default(), text)),
    };
    let after_open = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut pos = after_open;
    let mut close = None;
    for line in text[after_open..].split_inclusive('\n') {
        let t = line.trim_end();
        if t == fence || (fence == "---" && t == "...") {
            close = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let (fm_end, body_start) =
        close.ok_or_else(|| format!("malformed front matter: no closing `{fence}` line"))?;
    let fm = &text[after_open..fm_end];
    let fields = if fence == "+++" {
        toml_fields(fm)?
    } else {
        yaml_fields(fm)?
    };
    let get = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            fields
                .iter()
                .find(|(fk, v)| fk.eq_ignore_ascii_case(k) && !v.is_empty())
                .map(|(_, v)| v.clone())
        })
    };
    let meta = Meta {
        title: get(&["title", "headline"]),
        outlet: get(&["outlet", "source", "publisher", "site", "site_name"]),
        published: get(&["published", "date", "pubdate", "published_at", "datePublished"])
            .and_then(|d| dates::parse_date_line(&d)),
        url: get(&["url", "link", "canonical"]),
    };
    Ok((meta, &text[body_start..]))
}

/// Events a front matter block may have: a few dozen fields need a few hundred; past this the
/// block is not front matter but a data file, and is refused rather than read.
const MAX_YAML_EVENTS: usize = 100_000;

/// The top-level scalar fields of a YAML block, through a YAML parser (saphyr-parser, an event
/// parser: aliases are never expanded, so an alias bomb costs its size). Quoting, escapes, `''`,
/// and block and folded scalars (`title: >-`) read as YAML says. Nested maps and lists are skipped
/// (none of the fields we read use them); an alias to a scalar reads as that scalar; `null` and
/// `~` are no value. A block that is not a mapping, or not YAML, is an error.
fn yaml_fields(fm: &str) -> Result<Vec<(String, String)>, String> {
    use saphyr_parser::{Event, Parser, ScalarStyle};
    use std::collections::HashMap;

    let malformed = |why: String| format!("malformed YAML front matter: {why}");
    let mut out = Vec::new();
    // Anchored scalars, for aliases at the top level.
    let mut anchors: HashMap<usize, String> = HashMap::new();
    // Depth of collections: 1 inside the top-level mapping.
    let mut depth = 0usize;
    let mut saw_mapping = false;
    let mut key: Option<String> = None;
    for (n, ev) in Parser::new_from_str(fm).enumerate() {
        if n > MAX_YAML_EVENTS {
            return Err(format!(
                "YAML front matter of more than {MAX_YAML_EVENTS} nodes (the limit); not read"
            ));
        }
        let (ev, _) = ev.map_err(|e| malformed(e.to_string()))?;
        // A value at the top level completes a pair; anything deeper is skipped.
        let mut value: Option<Option<String>> = None;
        match ev {
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if depth == 0 {
                    if !matches!(ev, Event::MappingStart(..)) {
                        return Err(malformed("not a mapping of fields".into()));
                    }
                    saw_mapping = true;
                } else if depth == 1 {
                    value = Some(None);
                }
                depth += 1;
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            Event::Scalar(text, style, anchor, _) => {
                if anchor != 0 {
                    anchors.insert(anchor, text.to_string());
                }
                if depth == 0 {
                    // A document that is one scalar: prose, not fields.
                    return Err(malformed("not a mapping of fields".into()));
                }
                if depth == 1 {
                    let null =
                        style == ScalarStyle::Plain && matches!(&*text, "" | "~" | "null" | "Null" | "NULL");
                    value = Some((!null).then(|| text.into_owned()));
                }
            }
            Event::Alias(id) if depth == 1 => value = Some(anchors.get(&id).cloned()),
            _ => {}
        }
        if let Some(v) = value {
            match key.take() {
                None => key = Some(v.unwrap_or_default()),
                Some(k) => {
                    if let Some(v) = v {
                        let v = v.trim().to_string();
                        out.push((k, v));
                    }
                }
            }
        }
    }
    if !saw_mapping && !fm.trim().is_empty() {
        return Err(malformed("not a mapping of fields".into()));
    }
    Ok(out)
}

fn toml_fields(fm: &str) -> Result<Vec<(String, String)>, String> {
    let table: toml::Table = toml::from_str(fm).map_err(|e| {
        let msg = e.message().to_string();
        format!("malformed TOML front matter: {msg}")
    })?;
    Ok(table
        .into_iter()
        .filter_map(|(k, v)| {
            let s = match v {
                toml::Value::String(s) => s,
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::Integer(i) => i.to_string(),
                _ => return None,
            };
            Some((k, s))
        })
        .collect())
}

/// Markdown to readable text: one line per block, blocks separated by a blank line, list items
/// marked "- ", images and raw HTML dropped. Returns the text and the first level-1 heading.
pub(crate) fn to_text(md: &str) -> (String, Option<String>) {
    let mut blocks: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut h1: Option<String> = None;
    let mut in_h1 = false;
    let mut image_depth = 0usize;
    let flush = |cur: &mut String, blocks: &mut Vec<String>| {
        let b = cur.split_whitespace().collect::<Vec<_>>().join(" ");
        if !b.is_empty() && b != "-" {
            blocks.push(b);
        }
        cur.clear();
    };
    for ev in Parser::new(md) {
        match ev {
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut cur, &mut blocks);
                in_h1 = level == pulldown_cmark::HeadingLevel::H1 && h1.is_none();
            }
            Event::Start(Tag::Item) => {
                flush(&mut cur, &mut blocks);
                cur.push_str("- ");
            }
            // A loose list item's paragraph continues the item's "- ".
            Event::Start(Tag::Paragraph | Tag::BlockQuote(_) | Tag::CodeBlock(_)) if cur.trim() != "-" => {
                flush(&mut cur, &mut blocks)
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    h1 = Some(cur.split_whitespace().collect::<Vec<_>>().join(" "));
                    in_h1 = false;
                }
                flush(&mut cur, &mut blocks);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::CodeBlock) => {
                flush(&mut cur, &mut blocks)
            }
            Event::Text(t) | Event::Code(t) if image_depth == 0 => cur.push_str(&t),
            Event::SoftBreak | Event::HardBreak => cur.push(' '),
            _ => {}
        }
    }
    flush(&mut cur, &mut blocks);
    (blocks.join("\n\n"), h1.filter(|h| !h.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn front_matter_table() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        // (input, Ok((title, outlet, published, url, body starts with)) or Err(message part))
        type Want = Result<
            (
                Option<&'static str>,
                Option<&'static str>,
                Option<NaiveDate>,
                Option<&'static str>,
                &'static str,
            ),
            &'static str,
        >;
        let cases: Vec<(&str, Want)> = vec![
            (
                "---\ntitle: \"Port Talks: Resume\"\nsource: Harbour Times\ndate: 2025-03-03\nurl: https://example.org/a\ntags:\n  - port\n---\nBody",
                Ok((
                    Some("Port Talks: Resume"),
                    Some("Harbour Times"),
                    d(2025, 3, 3),
                    Some("https://example.org/a"),
                    "Body",
                )),
            ),
            (
                "+++\ntitle = 'Port Talks'\noutlet = \"Harbour Times\"\npublished = 2025-03-03T08:00:00+09:00\n+++\nBody",
                Ok((
                    Some("Port Talks"),
                    Some("Harbour Times"),
                    d(2025, 3, 3),
                    None,
                    "Body",
                )),
            ),
            (
                "---\ndate: 3 marzo 2025\n...\nBody",
                Ok((None, None, d(2025, 3, 3), None, "Body")),
            ),
            ("No front matter", Ok((None, None, None, None, "No front matter"))),
            ("---\ntitle: x\nBody without end", Err("no closing")),
            ("---\ntitle: x\njust some words\n---\nBody", Err("malformed YAML")),
            ("+++\ntitle = \n+++\nBody", Err("malformed TOML")),
        ];
        for (input, want) in cases {
            let got = front_matter(input).map(|(m, body)| (m, body.to_string()));
            match (got, want) {
                (Ok((m, body)), Ok((t, o, p, u, b))) => {
                    assert_eq!(m.title.as_deref(), t, "{input}");
                    assert_eq!(m.outlet.as_deref(), o, "{input}");
                    assert_eq!(m.published, p, "{input}");
                    assert_eq!(m.url.as_deref(), u, "{input}");
                    assert!(body.starts_with(b), "{input}: {body}");
                }
                (Err(e), Err(part)) => assert!(e.contains(part), "{input}: {e}"),
                (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn tricky_yaml_reads_as_yaml_says() {
        let title = |fm: &str| {
            let (meta, _) = front_matter(&format!("---\n{fm}\n---\nBody")).expect("parses");
            meta.title
        };
        let cases: &[(&str, Option<&str>)] = &[
            (
                r#"title: "She said \"no\" twice""#,
                Some(r#"She said "no" twice"#),
            ),
            ("title: 'It''s over'", Some("It's over")),
            (
                "title: >-\n  Port talks\n  resume in Kobe\nsource: X",
                Some("Port talks resume in Kobe"),
            ),
            ("title: |\n  Two\n  lines\n", Some("Two\nlines")),
            ("title: \"Caf\\u00e9 \\t tab\"", Some("Café \t tab")),
            ("title: Plain: with colon", None),
            ("title: 'Plain: with colon'", Some("Plain: with colon")),
            ("title: ~\nheadline: Second", Some("Second")),
            ("base: &t Anchored title\ntitle: *t", Some("Anchored title")),
            ("title: [a, b]\nheadline: From headline", Some("From headline")),
            ("# comment\ntitle: x # trailing comment", Some("x")),
        ];
        for (fm, want) in cases {
            if fm.starts_with("title: Plain: with colon") {
                // `a: b: c` is not YAML.
                assert!(front_matter(&format!("---\n{fm}\n---\nBody")).is_err(), "{fm}");
                continue;
            }
            assert_eq!(title(fm).as_deref(), *want, "{fm}");
        }
    }

    #[test]
    fn hostile_yaml_is_bounded() {
        // An alias bomb: aliases are not expanded, so it costs its size.
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (i, c) in ('b'..='z').enumerate() {
            let prev = (b'a' + i as u8) as char;
            bomb.push_str(&format!("{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        bomb.push_str("title: Survived\n");
        let (meta, _) = front_matter(&format!("---\n{bomb}---\nBody")).expect("parses");
        assert_eq!(meta.title.as_deref(), Some("Survived"));
        // Deep flow nesting, and a block of too many nodes.
        let deep = format!("title: T\nx: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let deep = format!("---\n{deep}---\nBody");
        let r = front_matter(&deep).map(|(m, _)| m.title);
        assert!(
            r.is_ok() || r.as_ref().is_err_and(|e| e.contains("YAML")),
            "{r:?}"
        );
        let many = format!("title: T\nx: [{}]\n", vec!["1"; 200_000].join(","));
        let e = front_matter(&format!("---\n{many}---\nBody")).expect_err("too many nodes");
        assert!(e.contains("100000 nodes"), "{e}");
        for not_fields in ["just prose", "- a\n- b"] {
            let e = front_matter(&format!("---\n{not_fields}\n---\nBody")).expect_err(not_fields);
            assert!(e.contains("not a mapping"), "{e}");
        }
    }

    #[test]
    fn markdown_to_text() {
        let md = "# Port Talks\n\nThe ministers met in *Kobe*\non Monday. ![photo](x.jpg)\n\n- first point\n- second `point`\n\n> quoted [link](https://x.org)\n\n<div>raw</div>\n";
        let (text, h1) = to_text(md);
        assert_eq!(h1.as_deref(), Some("Port Talks"));
        assert_eq!(
            text,
            "Port Talks\n\nThe ministers met in Kobe on Monday.\n\n- first point\n\n- second point\n\nquoted link"
        );
    }
}

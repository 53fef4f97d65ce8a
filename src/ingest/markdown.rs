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

/// Top-level `key: value` pairs of a YAML block. Nested maps, lists and block scalars are skipped
/// (none of the fields we read use them); a top-level line that is not `key: value` is an error.
fn yaml_fields(fm: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (n, line) in fm.lines().enumerate() {
        let t = line.trim_end();
        if t.trim().is_empty() || t.trim_start().starts_with('#') {
            continue;
        }
        if t.starts_with([' ', '\t', '-']) {
            continue;
        }
        let Some((key, value)) = t.split_once(':') else {
            return Err(format!(
                "malformed YAML front matter: line {} is not `key: value`",
                n + 2
            ));
        };
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) && !key.starts_with(['"', '\'']) {
            return Err(format!("malformed YAML front matter: bad key on line {}", n + 2));
        }
        let v = value.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
            .unwrap_or(v);
        if matches!(v, "|" | ">" | "|-" | ">-") {
            continue;
        }
        out.push((key.trim_matches(['"', '\'']).to_string(), v.to_string()));
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

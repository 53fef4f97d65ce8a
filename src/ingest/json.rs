//! JSON: one article object or an array of them, with fields title, outlet|source, published|date,
//! url and text|body|content.

use serde_json::{Map, Value};

use super::html;
use super::layout::Meta;
use crate::dates;

/// One article read from JSON: its readable text and stated metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    pub text: String,
    pub meta: Meta,
}

/// Parse the file. `Ok((items, problems))`: items as (index within an array, or None for a single
/// object), and one message per array item that could not be used.
pub(crate) type Items = (Vec<(Option<usize>, Item)>, Vec<String>);

pub(crate) fn parse(text: &str) -> Result<Items, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    match v {
        Value::Object(o) => item(&o).map(|it| (vec![(None, it)], Vec::new())),
        Value::Array(a) => {
            let mut items = Vec::new();
            let mut problems = Vec::new();
            for (i, v) in a.iter().enumerate() {
                match v
                    .as_object()
                    .ok_or_else(|| "not an object".to_string())
                    .and_then(item)
                {
                    Ok(it) => items.push((Some(i + 1), it)),
                    Err(e) => problems.push(format!("item {}: {e}", i + 1)),
                }
            }
            if items.is_empty() {
                let why = problems.first().cloned().unwrap_or_else(|| "empty array".into());
                return Err(format!("no article in JSON array ({why})"));
            }
            Ok((items, problems))
        }
        _ => Err("JSON is neither an article object nor an array of them".into()),
    }
}

fn string_field(o: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| {
        let v = o.get(*k)?;
        let s = match v {
            Value::String(s) => s.trim().to_string(),
            // `"source": {"name": "Harbour Times"}` as news APIs write it.
            Value::Object(inner) => inner.get("name")?.as_str()?.trim().to_string(),
            _ => return None,
        };
        (!s.is_empty()).then_some(s)
    })
}

fn item(o: &Map<String, Value>) -> Result<Item, String> {
    let body = string_field(o, &["text", "body", "content", "article", "description"])
        .ok_or("no text, body or content field")?;
    let body = if html::looks_like_html(&body) {
        html::fragment(&body)
    } else {
        body
    };
    let meta = Meta {
        title: string_field(o, &["title", "headline"]),
        outlet: string_field(o, &["outlet", "source", "publisher", "site"]),
        published: string_field(
            o,
            &["published", "date", "publishedAt", "pubDate", "datePublished"],
        )
        .and_then(|d| dates::parse_date_line(&d)),
        url: string_field(o, &["url", "link"]),
    };
    Ok(Item { text: body, meta })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shapes() {
        // (input, number of items, number of item problems) or the error's start
        type Want = Result<(usize, usize), &'static str>;
        let cases: &[(&str, Want)] = &[
            (
                r#"{"title": "T", "outlet": "O", "published": "2025-03-03", "text": "Body."}"#,
                Ok((1, 0)),
            ),
            (
                r#"[{"title": "T", "body": "A."}, {"content": "<p>B</p>"}, {"title": "no text"}, 3]"#,
                Ok((2, 2)),
            ),
            (r#"{"title": "T"}"#, Err("no text")),
            (r#"[]"#, Err("no article")),
            (r#"{"title": "T", "text": "x",}"#, Err("malformed JSON")),
            (r#""just a string""#, Err("JSON is neither")),
        ];
        for (input, want) in cases {
            let got = parse(input).map(|(i, p)| (i.len(), p.len()));
            match (got, want) {
                (Ok(g), Ok(w)) => assert_eq!(g, *w, "{input}"),
                (Err(e), Err(w)) => assert!(e.starts_with(w), "{input}: {e}"),
                (g, w) => panic!("{input}: got {g:?}, want {w:?}"),
            }
        }
    }

    #[test]
    fn json_fields() {
        let (items, _) = parse(
            r#"[{"headline": "Port Talks", "source": {"name": "Harbour Times"}, "date": "Mon, 03 Mar 2025 08:00:00 +0900", "url": "https://example.org/a", "content": "<p>One.</p><p>Two.</p>"}]"#,
        )
        .expect("valid");
        let (idx, it) = &items[0];
        assert_eq!(*idx, Some(1));
        assert_eq!(it.text, "One.\n\nTwo.");
        assert_eq!(it.meta.title.as_deref(), Some("Port Talks"));
        assert_eq!(it.meta.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(it.meta.published, chrono::NaiveDate::from_ymd_opt(2025, 3, 3));
        assert_eq!(it.meta.url.as_deref(), Some("https://example.org/a"));
    }
}

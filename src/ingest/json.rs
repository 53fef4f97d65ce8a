//! JSON: one article object or an array of them (also inside an object's one list field, as in
//! `{"articles": [...]}`), with fields title, outlet|source, published|date, url and
//! text|body|content.

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
    // `{"status": "ok", "articles": [...]}`, as news APIs answer: the list inside is the briefing.
    let v = match v {
        Value::Object(mut o) if !has_text(&o) => match wrapped_list(&o) {
            Some(key) => o.remove(&key).unwrap_or_default(),
            None => Value::Object(o),
        },
        v => v,
    };
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

/// JSON written from UTF-16 strings (JavaScript's `JSON.stringify` of a string cut in the middle of
/// an emoji) can hold a `\uD83D` escape with no partner; serde_json refuses the whole file for
/// it. Such lone surrogate escapes become `\uFFFD`. `None` when there were none.
pub(crate) fn without_lone_surrogates(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let surrogate = |at: usize| -> Option<u16> {
        let hex = text.get(at + 2..at + 6)?;
        if b.get(at + 1) != Some(&b'u') {
            return None;
        }
        u16::from_str_radix(hex, 16)
            .ok()
            .filter(|u| (0xD800..0xE000).contains(u))
    };
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        let at = i + off;
        let Some(u) = surrogate(at) else {
            // Any other escape: skip the escaped character too, so `\\uD800` stays text.
            i = at + 2;
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&u)
            && b.get(at + 6) == Some(&b'\\')
            && surrogate(at + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            i = at + 12;
        } else {
            out.push_str(&text[copied..at]);
            out.push_str("\\uFFFD");
            copied = at + 6;
            i = at + 6;
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
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

const TEXT_KEYS: &[&str] = &["text", "body", "content", "article", "description"];

fn has_text(o: &Map<String, Value>) -> bool {
    TEXT_KEYS.iter().any(|k| o.contains_key(*k))
}

/// The key of the one field holding a list of objects ("articles", "items", "results", …), when
/// exactly one field does.
fn wrapped_list(o: &Map<String, Value>) -> Option<String> {
    let mut lists = o.iter().filter(|(_, v)| {
        v.as_array()
            .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_object))
    });
    let (key, _) = lists.next()?;
    lists.next().is_none().then(|| key.clone())
}

fn item(o: &Map<String, Value>) -> Result<Item, String> {
    let body = string_field(o, TEXT_KEYS).ok_or(if has_text(o) {
        "the text field is empty or not a string"
    } else {
        "no text, body or content field"
    })?;
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
            (r#"{"title": "T", "text": "  "}"#, Err("the text field is empty")),
            (
                r#"{"status": "ok", "totalResults": 2, "articles": [{"title": "A", "content": "A."}, {"description": "B."}]}"#,
                Ok((2, 0)),
            ),
            // Two lists: which one is the briefing is not ours to guess.
            (
                r#"{"a": [{"text": "A."}], "b": [{"text": "B."}]}"#,
                Err("no text"),
            ),
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
    fn lone_surrogates() {
        let cases: &[(&str, Option<&str>)] = &[
            (r#"{"text": "ok \ud83d\ude00"}"#, None),
            (r#"{"text": "cut \ud83d"}"#, Some(r#"{"text": "cut \uFFFD"}"#)),
            (
                r#"{"text": "\udc00 then \uD800\u0041"}"#,
                Some(r#"{"text": "\uFFFD then \uFFFD\u0041"}"#),
            ),
            (r#"{"text": "escaped \\ud800 backslash"}"#, None),
            (r#"{"text": "short \ud8"}"#, None),
            ("{\"text\": \"ends \\", None),
        ];
        for (input, want) in cases {
            let got = without_lone_surrogates(input);
            assert_eq!(got.as_deref(), *want, "{input}");
            if let Some(fixed) = got {
                assert!(serde_json::from_str::<Value>(&fixed).is_ok(), "{fixed}");
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

//! JSON: one article object or an array of them (also inside an object's one list field, as in
//! `{"articles": [...]}`), with fields title, outlet|source, published|date, url and
//! text|body|content.

use serde::de::DeserializeSeed;

use super::html;
use super::layout::Meta;
use super::shape::MAX_ITEMS;
use crate::dates;

mod fields;

use fields::{DATE_KEYS, Field, NEITHER, OUTLET_KEYS, Object, TEXT_KEYS, TITLE_KEYS, Top, TopSeed, URL_KEYS};

/// One article read from JSON: its readable text and stated metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    pub text: String,
    pub meta: Meta,
}

/// Items that were not read, told in one line per file however many there are.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Skipped {
    /// Items that could not be used (no text, not an object …).
    pub count: usize,
    /// The first few of them, as "item 3: no text, body or content field".
    pub examples: Vec<String>,
    /// Items beyond [`MAX_ITEMS`], not read at all.
    pub not_read: usize,
}

impl Skipped {
    const EXAMPLES: usize = 3;

    pub fn push(&mut self, problem: String) {
        self.count += 1;
        if self.examples.len() < Self::EXAMPLES {
            self.examples.push(problem);
        }
    }

    /// The one warning line for the file, or `None` when every item was read.
    pub fn line(&self) -> Option<String> {
        let mut parts = Vec::new();
        match self.count {
            0 => {}
            1 => parts.push(format!("skipped {}", self.examples.join(""))),
            n => {
                let more = if n > self.examples.len() { "; …" } else { "" };
                parts.push(format!("skipped {n} items ({}{more})", self.examples.join("; ")));
            }
        }
        if self.not_read > 0 {
            parts.push(format!(
                "only the first {MAX_ITEMS} items read, {} more not read (the limit is {MAX_ITEMS} items per file)",
                self.not_read
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// Parse the file. `Ok((items, skipped))`: items as (index within an array, or None for a single
/// object), and the items that could not be used.
pub(crate) type Items = (Vec<(Option<usize>, Item)>, Skipped);

/// How deep JSON may nest (serde_json's own limit, which it enforces while reading).
const MAX_DEPTH: usize = 128;

pub(crate) fn parse(text: &str) -> Result<Items, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let top = TopSeed
        .deserialize(&mut de)
        .and_then(|top| de.end().map(|()| top))
        .map_err(|e| {
            let msg = e.to_string();
            if msg.starts_with(NEITHER) {
                NEITHER.to_string()
            } else if msg.starts_with("recursion limit exceeded") {
                format!("JSON nested more than {MAX_DEPTH} deep (the limit); not read")
            } else {
                format!("malformed JSON: {e}")
            }
        })?;
    // `{"status": "ok", "articles": [...]}`, as news APIs answer: the list inside is the briefing.
    let top = match top {
        Top::Object(o) if !o.has_text() => match o.list {
            Some(list) if !o.lists_ambiguous && list.all_objects && list.total > 0 => Top::List(list),
            _ => Top::Object(o),
        },
        top => top,
    };
    match top {
        Top::Object(o) => item(&o.object).map(|it| (vec![(None, it)], Skipped::default())),
        Top::List(list) => {
            let mut items = Vec::new();
            let mut skipped = Skipped {
                not_read: list.total - list.read,
                ..Skipped::default()
            };
            for (i, o) in list.items {
                match o
                    .ok_or_else(|| "not an object".to_string())
                    .and_then(|o| item(&o))
                {
                    Ok(it) => items.push((Some(i), it)),
                    Err(e) => skipped.push(format!("item {i}: {e}")),
                }
            }
            if items.is_empty() {
                let why = match skipped.examples.first() {
                    Some(e) => e.clone(),
                    None if list.total > 0 => format!("none among the first {MAX_ITEMS} items"),
                    None => "empty array".into(),
                };
                return Err(format!("no article in JSON array ({why})"));
            }
            Ok((items, skipped))
        }
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

fn string_field(o: &Object, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| {
        let s = match o.get(k)? {
            Field::Str(s) => s.trim(),
            // `"source": {"name": "Harbour Times"}` as news APIs write it.
            Field::Named(Some(name)) => name.trim(),
            _ => return None,
        };
        (!s.is_empty()).then(|| s.to_string())
    })
}

fn item(o: &Object) -> Result<Item, String> {
    let body = string_field(o, TEXT_KEYS).ok_or(if o.has_text() {
        "the text field is empty or not a string"
    } else {
        "no text, body or content field"
    })?;
    let body = if html::looks_like_html(&body) {
        html::fragment(&body)?
    } else {
        body
    };
    let meta = Meta {
        title: string_field(o, TITLE_KEYS),
        outlet: string_field(o, OUTLET_KEYS),
        published: string_field(o, DATE_KEYS).and_then(|d| dates::parse_date_line(&d)),
        url: string_field(o, URL_KEYS),
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
            let got = parse(input).map(|(i, p)| (i.len(), p.count));
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
                assert!(
                    serde_json::from_str::<serde_json::Value>(&fixed).is_ok(),
                    "{fixed}"
                );
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

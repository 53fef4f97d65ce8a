//! JSON: one article object or an array of them (also inside an object's one list field, as in
//! `{"articles": [...]}`), with fields title, outlet|source, published|date, url and
//! text|body|content.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::html;
use super::layout::Meta;
use super::shape::MAX_ITEMS;
use crate::dates;

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

/// The fields an article is read from; an object's other fields are skipped as they are read, so
/// reading holds no more than these, whatever else the file carries.
const TEXT_KEYS: &[&str] = &["text", "body", "content", "article", "description"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const OUTLET_KEYS: &[&str] = &["outlet", "source", "publisher", "site"];
const DATE_KEYS: &[&str] = &["published", "date", "publishedAt", "pubDate", "datePublished"];
const URL_KEYS: &[&str] = &["url", "link"];

fn known_key(k: &str) -> Option<&'static str> {
    [TEXT_KEYS, TITLE_KEYS, OUTLET_KEYS, DATE_KEYS, URL_KEYS]
        .iter()
        .flat_map(|keys| keys.iter())
        .find(|&&known| known == k)
        .copied()
}

/// A field's value as far as an article needs it.
#[derive(Debug)]
enum Field {
    Str(String),
    /// An object, with its `name` when that is a string (`"source": {"name": "Harbour Times"}`).
    Named(Option<String>),
    Other,
}

/// An object's known fields (the last of a repeated key wins, as in serde_json's map).
#[derive(Debug, Default)]
struct Object {
    fields: Vec<(&'static str, Field)>,
}

impl Object {
    fn set(&mut self, key: &'static str, value: Field) {
        match self.fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.fields.push((key, value)),
        }
    }

    fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    fn has_text(&self) -> bool {
        TEXT_KEYS.iter().any(|k| self.get(k).is_some())
    }
}

/// A top-level object: its known fields and its list of objects, if it has exactly one.
#[derive(Debug, Default)]
struct TopObject {
    object: Object,
    list: Option<List>,
    /// More than one field holds a list of objects: which one is the briefing is not ours to guess.
    lists_ambiguous: bool,
}

impl TopObject {
    fn has_text(&self) -> bool {
        self.object.has_text()
    }
}

/// An array: its first [`MAX_ITEMS`] elements (objects read, anything else `None`) with their
/// 1-based positions, and how many elements it had in all.
#[derive(Debug, Default)]
struct List {
    items: Vec<(usize, Option<Object>)>,
    read: usize,
    total: usize,
    all_objects: bool,
}

#[derive(Debug)]
enum Top {
    Object(TopObject),
    List(List),
}

struct TopSeed;

impl<'de> DeserializeSeed<'de> for TopSeed {
    type Value = Top;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopSeed {
    type Value = Top;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an article object or an array of them")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut top = TopObject::default();
        while let Some(key) = map.next_key::<String>()? {
            match map.next_value_seed(FieldSeed { lists: true })? {
                TopField::List(list) => {
                    if list.all_objects && list.total > 0 {
                        top.lists_ambiguous |= top.list.is_some();
                        top.list.get_or_insert(list);
                    }
                    if let Some(k) = known_key(&key) {
                        top.object.set(k, Field::Other);
                    }
                }
                TopField::Field(f) => {
                    if let Some(k) = known_key(&key) {
                        top.object.set(k, f);
                    }
                }
            }
        }
        Ok(Top::Object(top))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Top, A::Error> {
        ListVisitor.visit_seq(seq).map(Top::List)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Top, E> {
        Err(neither())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Top, E> {
        Err(neither())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Top, E> {
        Err(neither())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Top, E> {
        Err(neither())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Top, E> {
        Err(neither())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
        Err(neither())
    }
}

fn neither<E: de::Error>() -> E {
    E::custom(NEITHER)
}

const NEITHER: &str = "JSON is neither an article object nor an array of them";

enum TopField {
    List(List),
    Field(Field),
}

/// A field's value; `lists`: read an array as a [`List`] (a top-level object's fields), else skip it.
struct FieldSeed {
    lists: bool,
}

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = TopField;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<TopField, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for FieldSeed {
    type Value = TopField;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<TopField, E> {
        Ok(TopField::Field(Field::Str(v.to_string())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<TopField, E> {
        Ok(TopField::Field(Field::Str(v)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopField, A::Error> {
        let mut name = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "name" {
                name = match map.next_value_seed(FieldSeed { lists: false })? {
                    TopField::Field(Field::Str(s)) => Some(s),
                    _ => None,
                };
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(TopField::Field(Field::Named(name)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<TopField, A::Error> {
        if self.lists {
            ListVisitor.visit_seq(seq).map(TopField::List)
        } else {
            IgnoredAny.visit_seq(seq).map(|_| TopField::Field(Field::Other))
        }
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<TopField, E> {
        Ok(TopField::Field(Field::Other))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<TopField, E> {
        Ok(TopField::Field(Field::Other))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<TopField, E> {
        Ok(TopField::Field(Field::Other))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<TopField, E> {
        Ok(TopField::Field(Field::Other))
    }
    fn visit_unit<E: de::Error>(self) -> Result<TopField, E> {
        Ok(TopField::Field(Field::Other))
    }
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = List;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List, A::Error> {
        let mut list = List {
            all_objects: true,
            ..List::default()
        };
        loop {
            if list.read < MAX_ITEMS {
                let Some(elem) = seq.next_element_seed(ElementSeed)? else {
                    break;
                };
                list.read += 1;
                list.all_objects &= elem.is_some();
                list.items.push((list.read, elem));
            } else {
                // Past the limit only the kind of each element is read, to tell a list of articles.
                let Some(is_object) = seq.next_element_seed(KindSeed)? else {
                    break;
                };
                list.all_objects &= is_object;
            }
            list.total += 1;
        }
        Ok(list)
    }
}

/// An array element: an object's known fields, or `None` for anything else (skipped as read).
struct ElementSeed;

impl<'de> DeserializeSeed<'de> for ElementSeed {
    type Value = Option<Object>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Object>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ElementSeed {
    type Value = Option<Object>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Object>, A::Error> {
        let mut o = Object::default();
        while let Some(key) = map.next_key::<String>()? {
            match known_key(&key) {
                Some(k) => match map.next_value_seed(FieldSeed { lists: false })? {
                    TopField::Field(f) => o.set(k, f),
                    TopField::List(_) => o.set(k, Field::Other),
                },
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(o))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<Object>, A::Error> {
        IgnoredAny.visit_seq(seq).map(|_| None)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Option<Object>, E> {
        Ok(None)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Option<Object>, E> {
        Ok(None)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Option<Object>, E> {
        Ok(None)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Option<Object>, E> {
        Ok(None)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<Object>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<Object>, E> {
        Ok(None)
    }
}

/// Whether an array element is an object; its content is skipped.
struct KindSeed;

impl<'de> DeserializeSeed<'de> for KindSeed {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KindSeed {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<bool, A::Error> {
        IgnoredAny.visit_map(map).map(|_| true)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<bool, A::Error> {
        IgnoredAny.visit_seq(seq).map(|_| false)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
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

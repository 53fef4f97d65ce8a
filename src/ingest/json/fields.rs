//! Reading JSON as serde streams it: visitors that keep an article's known fields and an array's
//! first [`MAX_ITEMS`] objects, and skip everything else as it is read, so a file's other content
//! costs no memory.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::ingest::shape::MAX_ITEMS;

/// The fields an article is read from; an object's other fields are skipped as they are read, so
/// reading holds no more than these, whatever else the file carries.
pub(super) const TEXT_KEYS: &[&str] = &["text", "body", "content", "article", "description"];
pub(super) const TITLE_KEYS: &[&str] = &["title", "headline"];
pub(super) const OUTLET_KEYS: &[&str] = &["outlet", "source", "publisher", "site"];
pub(super) const DATE_KEYS: &[&str] = &["published", "date", "publishedAt", "pubDate", "datePublished"];
pub(super) const URL_KEYS: &[&str] = &["url", "link"];

fn known_key(k: &str) -> Option<&'static str> {
    [TEXT_KEYS, TITLE_KEYS, OUTLET_KEYS, DATE_KEYS, URL_KEYS]
        .iter()
        .flat_map(|keys| keys.iter())
        .find(|&&known| known == k)
        .copied()
}

/// A field's value as far as an article needs it.
#[derive(Debug)]
pub(super) enum Field {
    Str(String),
    /// An object, with its `name` when that is a string (`"source": {"name": "Harbour Times"}`).
    Named(Option<String>),
    Other,
}

/// An object's known fields (the last of a repeated key wins, as in serde_json's map).
#[derive(Debug, Default)]
pub(super) struct Object {
    fields: Vec<(&'static str, Field)>,
}

impl Object {
    fn set(&mut self, key: &'static str, value: Field) {
        match self.fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.fields.push((key, value)),
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub(super) fn has_text(&self) -> bool {
        TEXT_KEYS.iter().any(|k| self.get(k).is_some())
    }
}

/// A top-level object: its known fields and its list of objects, if it has exactly one.
#[derive(Debug, Default)]
pub(super) struct TopObject {
    pub(super) object: Object,
    pub(super) list: Option<List>,
    /// More than one field holds a list of objects: which one is the briefing is not ours to guess.
    pub(super) lists_ambiguous: bool,
}

impl TopObject {
    pub(super) fn has_text(&self) -> bool {
        self.object.has_text()
    }
}

/// An array: its first [`MAX_ITEMS`] elements (objects read, anything else `None`) with their
/// 1-based positions, and how many elements it had in all.
#[derive(Debug, Default)]
pub(super) struct List {
    pub(super) items: Vec<(usize, Option<Object>)>,
    pub(super) read: usize,
    pub(super) total: usize,
    pub(super) all_objects: bool,
}

#[derive(Debug)]
pub(super) enum Top {
    Object(TopObject),
    List(List),
}

pub(super) struct TopSeed;

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

pub(super) const NEITHER: &str = "JSON is neither an article object nor an array of them";

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

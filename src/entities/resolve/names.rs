//! The briefing's mentions as alias resolution holds them: each distinct surface form once, with
//! its folded key and word count worked out once, and each mention pointing at its form.
//!
//! A briefing of 10,000 sources has about a million mentions but only as many distinct names as
//! its story has people, places and bodies, each written a few ways. Every merging step reads each
//! mention's folded key, so keeping the key with the form turns some ten folds per mention into
//! one per name, and a mention shrinks from 56 bytes and a string of its own to 20 bytes.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::Place;
use super::{EntityKind, Found, key, word_count};
use crate::compact::clamp_u32;

/// One mention: where it is, which form it has, and what its sentence said of its kind.
#[derive(Debug, Clone, Copy)]
struct At {
    source: u32,
    start: u32,
    end: u32,
    form: u32,
    kind: Option<EntityKind>,
    weight: u8,
}

/// One distinct name as written, with what the merging steps ask of it.
#[derive(Debug)]
struct Form {
    /// Its first mention.
    first: u32,
    surface: Box<str>,
    /// [`key`] of the surface.
    key: Box<str>,
    /// The surface's word count (capped at 255).
    words: u8,
    place: Option<&'static Place>,
    demonym: bool,
}

/// What makes two mentions one form: the surface, and the gazetteer place and demonym flag the
/// sentence gave it (the same surface always gets the same ones today, but nothing here relies on
/// it). The place by its address: the gazetteer lives for the whole run.
type FormKey = (Box<str>, usize, bool);

/// The mentions of a briefing, in the order they were added.
#[derive(Debug, Default)]
pub struct Names {
    at: Vec<At>,
    forms: Vec<Form>,
    index: HashMap<FormKey, u32>,
    /// The title and name as written, by mention, for the few mentions that have one (in mention
    /// order).
    titles: Vec<(u32, Box<str>)>,
}

/// One mention as the merging steps read it.
#[derive(Debug, Clone, Copy)]
pub struct Name<'a> {
    /// The source (its index in the briefing).
    pub source: u32,
    start: u32,
    end: u32,
    /// Index of its form: mentions of one form are one name as written.
    pub form: u32,
    pub surface: &'a str,
    /// [`key`] of the surface, folded once per form.
    pub key: &'a str,
    words: u8,
    pub kind: Option<EntityKind>,
    pub weight: u8,
    pub place: Option<&'static Place>,
    pub demonym: bool,
}

impl Name<'_> {
    /// The surface's word count.
    pub fn words(&self) -> usize {
        usize::from(self.words)
    }

    /// The mention's span in its source's text.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Names {
    /// Add one mention, at `source` (its index in the briefing).
    pub fn push(&mut self, source: usize, f: Found) {
        let i = clamp_u32(self.at.len());
        if let Some(t) = f.title_alias {
            self.titles.push((i, t));
        }
        let form = self.intern(i, f.surface, f.place, f.demonym);
        self.at.push(At {
            source: clamp_u32(source),
            start: clamp_u32(f.span.start),
            end: clamp_u32(f.span.end),
            form,
            kind: f.kind,
            weight: f.weight,
        });
    }

    /// The form of a surface with its place and demonym flag, added when new.
    fn intern(&mut self, i: u32, surface: Box<str>, place: Option<&'static Place>, demonym: bool) -> u32 {
        let address = place.map_or(0, |p| std::ptr::from_ref(p) as usize);
        let next = clamp_u32(self.forms.len());
        let forms = &mut self.forms;
        *self
            .index
            .entry((surface, address, demonym))
            .or_insert_with_key(|(surface, _, _)| {
                forms.push(Form {
                    first: i,
                    key: key(surface).into(),
                    words: u8::try_from(word_count(surface)).unwrap_or(u8::MAX),
                    surface: surface.clone(),
                    place,
                    demonym,
                });
                next
            })
    }

    pub fn len(&self) -> usize {
        self.at.len()
    }

    /// Mention `i` (which must be below [`Names::len`]).
    pub fn get(&self, i: usize) -> Name<'_> {
        let at = self.at[i];
        let form = &self.forms[at.form as usize];
        Name {
            source: at.source,
            start: at.start,
            end: at.end,
            form: at.form,
            surface: &form.surface,
            key: &form.key,
            words: form.words,
            kind: at.kind,
            weight: at.weight,
            place: form.place,
            demonym: form.demonym,
        }
    }

    /// The mentions in order.
    pub fn iter(&self) -> impl Iterator<Item = Name<'_>> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The first mention of each form, in mention order. Every mention of a form is in the same
    /// group from the first merging step on (the group key is the form's), so a step that only
    /// gathers forms by their group, with no merging on the way, reads each form once here rather
    /// than once a mention: its later mentions would add the same entry again. The kind and
    /// weight given are the first mention's own, which such a step must not read.
    pub fn firsts(&self) -> impl Iterator<Item = (usize, Name<'_>)> {
        self.forms
            .iter()
            .map(|f| (f.first as usize, self.get(f.first as usize)))
    }

    /// `f` of each form (its first mention's surface, key, place and word count; not its kind or
    /// weight), by form: what a step asks of a mention's surface or key is asked once a form
    /// rather than once a mention.
    pub fn per_form<T>(&self, mut f: impl FnMut(&Name) -> T) -> Vec<T> {
        self.firsts().map(|(_, n)| f(&n)).collect()
    }

    /// How many distinct forms the mentions have.
    pub fn forms(&self) -> usize {
        self.forms.len()
    }

    /// The title and name as written at mention `i`, when a title stood before a one-word name
    /// ("President Lee").
    pub fn title_alias(&self, i: usize) -> Option<&str> {
        let i = u32::try_from(i).ok()?;
        let at = self.titles.binary_search_by_key(&i, |(m, _)| *m).ok()?;
        Some(&self.titles[at].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(at: usize, surface: &str, title: Option<&str>) -> Found {
        Found {
            span: at..at + surface.len(),
            surface: surface.into(),
            kind: None,
            weight: 1,
            place: None,
            demonym: false,
            title_alias: title.map(Into::into),
        }
    }

    #[test]
    fn a_name_written_again_is_one_form() {
        let mut names = Names::default();
        names.push(0, found(0, "Mara Tolland", None));
        names.push(0, found(40, "Tolland", Some("Mayor Tolland")));
        names.push(3, found(7, "Mara Tolland", None));
        names.push(3, found(90, "MARA TOLLAND", None));
        assert_eq!((names.len(), names.forms()), (4, 3));
        let again = names.get(2);
        assert_eq!(
            (again.source, again.span(), again.surface),
            (3, 7..19, "Mara Tolland")
        );
        assert_eq!(again.form, names.get(0).form);
        // Folded once per form, the key still meets the name's other spellings.
        assert_eq!(names.get(3).key, again.key);
        assert_eq!((names.get(3).words(), names.get(1).words()), (2, 1));
        assert_eq!(names.title_alias(1), Some("Mayor Tolland"));
        assert_eq!(names.title_alias(0), None);
        assert_eq!(names.title_alias(2), None);
        // Each form once, at its first mention, in mention order.
        let firsts: Vec<(usize, &str)> = names.firsts().map(|(i, f)| (i, f.surface)).collect();
        assert_eq!(firsts, [(0, "Mara Tolland"), (1, "Tolland"), (3, "MARA TOLLAND")]);
        assert_eq!(names.per_form(|f| f.words() == 2), [true, false, true]);
    }
}

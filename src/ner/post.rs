//! What is done to the tagger's labels after decoding: patterns that no training sentence
//! outweighs (datelines, companies' legal forms, peoples' names, storms) and document-level
//! evidence the passes do not use (a sentence's first word, a company's profit). News text
//! has these far more often than the training and development data, where none of the rules
//! changes more than a handful of tags.
//!
//! `sentence` holds the rules that read one sentence ([`tidy`]), `document` those that read the
//! whole document; this file the walk over a sentence's names they share.

mod document;
mod sentence;
#[cfg(test)]
mod tests;

use super::{NerType, Tag};

pub(super) use document::{companies_by_context, person_name_parts, propagate, sports_teams};
pub(super) use sentence::tidy;

/// Call `f(tags, a, b, type)` for each name `[a, b)` of a sentence, in order, as
/// `score::chunks` reads them (a stray `I-X` opens one); `f` may retype it. Nothing is
/// allocated: this runs on every sentence.
pub(super) fn each_name(
    tokens: &[&str],
    tags: &mut [Tag],
    mut f: impl FnMut(&mut [Tag], usize, usize, NerType),
) {
    let n = tags.len().min(tokens.len());
    let mut a = 0;
    while a < n {
        let Some(ty) = tags[a].entity_type() else {
            a += 1;
            continue;
        };
        let mut b = a + 1;
        while b < n && tags[b] == Tag::I(ty) {
            b += 1;
        }
        f(tags, a, b, ty);
        a = b;
    }
}

/// The type of the one-word name at token `i` (a `B-X` no `I-X` follows), if there is one.
pub(super) fn one_word_name(tags: &[Tag], i: usize) -> Option<NerType> {
    match tags.get(i) {
        Some(&Tag::B(ty)) if !matches!(tags.get(i + 1), Some(Tag::I(_))) => Some(ty),
        _ => None,
    }
}

/// Make the words of `name` one name of type `ty`.
pub(super) fn retype(name: &mut [Tag], ty: NerType) {
    if let Some((first, rest)) = name.split_first_mut() {
        *first = Tag::B(ty);
        rest.fill(Tag::I(ty));
    }
}

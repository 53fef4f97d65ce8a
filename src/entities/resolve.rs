//! Alias resolution: mentions found sentence by sentence become entities merged across the whole
//! briefing.
//!
//! Every step goes through a hash map keyed by a folded form, so the work stays linear in the
//! number of mentions (no comparison of every name with every other). The mentions are held as
//! [`Names`]: each distinct form once, folded once, and read once by the steps that only gather
//! forms by group.
//!
//! 1. same folded form or same gazetteer place ("Lee Jae-myung" = "LEE JAE MYUNG", "U.S." =
//!    "America" = "American");
//! 2. pairs the text itself makes: an acronym in brackets after its expansion, "also known as",
//!    "called X in A and Y in B";
//! 3. people: the same words in another order ("Takaichi Sanae" = "Sanae Takaichi");
//! 4. a lone word that is a word of exactly one person's name in the briefing ("Takaichi", "Lee"),
//!    or the distinctive word of exactly one name made with a cue word ("Jiji" for "Jiji Press",
//!    "Eunice" for "Storm Eunice");
//! 5. an acronym that spells the initials of exactly one longer name.

use std::ops::Range;

use super::fold::{key, order_free};
use super::gazetteer::Place;
use super::{Entity, EntityKind, Mention};

/// One mention as the sentence stage found it, before it joins the briefing's [`Names`].
#[derive(Debug, Clone)]
pub struct Found {
    /// The span in its source's text.
    pub span: Range<usize>,
    pub surface: Box<str>,
    pub kind: Option<EntityKind>,
    pub weight: u8,
    pub place: Option<&'static Place>,
    pub demonym: bool,
    /// The title and name as written when a title stood before a one-word name ("President Lee").
    pub title_alias: Option<Box<str>>,
}

/// Two mentions the text equates, with the kind the equating phrase implies.
#[derive(Debug, Clone, Copy)]
pub struct Link {
    /// The two mentions, as `u32` indices into the briefing's mentions (held all at once, like
    /// [`Found`]).
    a: u32,
    b: u32,
    pub kind: Option<EntityKind>,
}

impl Link {
    /// A link between mentions `a` and `b` (indices past `u32::MAX` are clamped: no briefing
    /// holds that many mentions).
    pub fn new(a: usize, b: usize, kind: Option<EntityKind>) -> Link {
        Link {
            a: clamp_u32(a),
            b: clamp_u32(b),
            kind,
        }
    }

    /// The two mentions' indices.
    pub fn ends(&self) -> (usize, usize) {
        (self.a as usize, self.b as usize)
    }
}

/// Groups of mentions, each pointing to its root (`u32`s: one per mention of the briefing).
struct UnionFind(Vec<u32>);

impl UnionFind {
    /// One group per mention, for `n` mentions.
    fn singletons(n: usize) -> UnionFind {
        UnionFind((0..clamp_u32(n)).collect())
    }

    fn find(&mut self, x: usize) -> usize {
        let mut x = x as u32;
        while self.0[x as usize] != x {
            self.0[x as usize] = self.0[self.0[x as usize] as usize];
            x = self.0[x as usize];
        }
        x as usize
    }

    /// Join `x` to the group the `roots` all point to (leaving out `besides`, a group already
    /// settled), when they point to exactly one: a short form that could stand for two different
    /// names stays apart.
    fn union_if_unique(&mut self, roots: &[usize], x: usize, besides: Option<usize>) {
        let mut distinct: Vec<usize> = roots
            .iter()
            .map(|&r| self.find(r))
            .filter(|&r| Some(r) != besides)
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        if let [only] = distinct[..] {
            self.union(only, x);
        }
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // Both came from `find`, so both fit a u32.
            self.0[ra.max(rb)] = ra.min(rb) as u32;
        }
    }
}

const KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::Other,
];

fn kind_index(k: EntityKind) -> usize {
    match k {
        EntityKind::Person => 0,
        EntityKind::Place => 1,
        EntityKind::Organisation => 2,
        EntityKind::Other => 3,
    }
}

/// Words in a surface form.
fn word_count(surface: &str) -> usize {
    if !surface.is_ascii() {
        return key(surface).split(' ').filter(|w| !w.is_empty()).count();
    }
    // The words of the key, counted without building it: letters and digits make words, "&" is
    // a word of its own, periods and apostrophes join, anything else separates.
    let (mut count, mut open) = (0, false);
    for b in surface.bytes() {
        if b.is_ascii_alphanumeric() {
            open = true;
        } else if b == b'&' {
            count += usize::from(open) + 1;
            open = false;
        } else if !matches!(b, b'.' | b'\'') {
            count += usize::from(open);
            open = false;
        }
    }
    count + usize::from(open)
}

/// A one-word acronym, in capitals or mixed ("NATO", "AfD").
fn is_acronym(surface: &str) -> bool {
    crate::text::is_acronym_like(surface) && !surface.contains(' ')
}

/// A small word that joins the words of a name and gives no initial ("of", "the", "&").
fn is_initials_joiner(word: &str) -> bool {
    matches!(word, "of" | "the" | "and" | "for" | "on" | "&" | "de" | "du")
}

/// Initials of a multi-word name, skipping joining words ("National Disaster Mitigation Agency"
/// → "ndma"; "Bank of Japan" → "bj" and, with them, "boj").
fn initials(surface: &str) -> Vec<String> {
    let words: Vec<&str> = surface.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let of = |all: bool| -> String {
        words
            .iter()
            .filter(|w| all || !is_initials_joiner(w))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // "U.S. Fisheries Office" → "usfo": a dotted abbreviation gives all its letters.
    let dotted: String = words
        .iter()
        .filter(|w| !is_initials_joiner(w))
        .flat_map(|w| {
            let abbreviation = w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.');
            let letters: Vec<char> = if abbreviation {
                w.chars().filter(|c| c.is_alphabetic()).collect()
            } else {
                w.chars().next().into_iter().collect()
            };
            letters.into_iter().flat_map(char::to_lowercase)
        })
        .collect();
    let mut out = vec![of(false), of(true), dotted];
    // "ZTX Coastal Works" → "ztx cw": the first word kept, the rest as initials.
    // A closing legal form is no part of the initials ("… Facilities Inc." → "… mcf").
    let mut names: Vec<&str> = surface.split(' ').filter(|w| !w.is_empty()).collect();
    if names.len() > 3 && names.last().is_some_and(|w| super::cues::is_legal_form(w)) {
        names.pop();
    }
    if names.len() >= 3 {
        let rest = initials(&names[1..].join(" "));
        out.push(format!("{} {}", key(names[0]), rest[0]));
    }
    out
}

/// Merge mentions into entities, name them, and order them (most mentioned first).
pub fn resolve(found: &Names, links: Vec<Link>) -> Vec<Entity> {
    let mut merge = Merge::new(found, &links);
    // The links are votes and unions in `merge` now: let them go before its later steps, which
    // are the peak of a large briefing's memory.
    drop(links);
    merge.people_in_any_order();
    let multi_word = merge.lone_surnames();
    merge.lone_distinctive_words(&multi_word);
    merge.bare_cue_words(&multi_word);
    merge.acronyms();
    merge.variants();
    let (members, kind) = merge.groups();
    // Each entity is built from its own mentions alone: on every core, in the groups' order.
    let members: Vec<(usize, Vec<usize>)> = members.into_iter().collect();
    let mut entities: Vec<Entity> = crate::par::map(&members, |_, (r, m)| build(found, m, kind[*r]));
    entities.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    entities
}

/// The root among `roots` to merge a lone word into: the only one, or one with at least three
/// times the mentions of every other.
fn dominant(roots: &[usize], size: &[usize]) -> Option<usize> {
    let best = *roots.iter().max_by_key(|&&r| (size[r], std::cmp::Reverse(r)))?;
    roots
        .iter()
        .all(|&r| r == best || size[r] * 3 <= size[best])
        .then_some(best)
}

/// One entity from its mentions: canonical name, aliases, kind.
fn build(found: &Names, members: &[usize], kind: Option<EntityKind>) -> Entity {
    // Surface forms with their frequency and first appearance.
    let mut forms: Vec<(String, usize, usize)> = Vec::new();
    let mut places: Vec<(&Place, usize)> = Vec::new();
    for &i in members {
        let f = found.get(i);
        if let Some(p) = f.place {
            match places.iter_mut().find(|(q, _)| q.id == p.id) {
                Some((_, c)) => *c += 1,
                None => places.push((p, 1)),
            }
        }
        if f.demonym {
            continue;
        }
        match forms.iter_mut().find(|(s, _, _)| s == f.surface) {
            Some((_, c, _)) => *c += 1,
            None => forms.push((f.surface.to_string(), 1, i)),
        }
    }
    let place_name = places
        .iter()
        .max_by_key(|(p, c)| (*c, std::cmp::Reverse(p.id.clone())))
        .map(|(p, _)| p.name.clone());
    let fullest = forms
        .iter()
        .max_by_key(|(s, c, first)| (word_count(s), *c, std::cmp::Reverse(*first)))
        .map(|(s, _, _)| s.clone());
    let name = place_name
        .or(fullest)
        .unwrap_or_else(|| found.get(members[0]).surface.to_string());
    let kind = kind.unwrap_or_else(|| default_kind(&name));

    let mut aliases: Vec<(String, usize)> = Vec::new();
    let mut add = |alias: &str, count: usize| {
        if alias.eq_ignore_ascii_case(&name) || alias.to_lowercase() == name.to_lowercase() {
            return;
        }
        match aliases
            .iter_mut()
            .find(|(a, _)| a.to_lowercase() == alias.to_lowercase())
        {
            Some((_, c)) => *c += count,
            None => aliases.push((alias.to_string(), count)),
        }
    };
    for (s, c, _) in &forms {
        add(s, *c);
    }
    for &i in members {
        if let Some(t) = found.title_alias(i) {
            add(t, 1);
        }
    }
    aliases.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    let mut mentions: Vec<Mention> = members
        .iter()
        .map(|&i| {
            let f = found.get(i);
            Mention::new(f.source as usize, f.span())
        })
        .collect();
    mentions.sort_unstable();
    mentions.dedup();
    Entity {
        id: String::new(),
        name,
        kind,
        aliases: aliases.into_iter().map(|(a, _)| a).collect(),
        mentions,
    }
}

/// The kind of a name nothing pointed to: two or three capitalised words look like a person's
/// name ("Donald Trump"), unless a plural of party members closes them ("Free Democrats", an
/// organisation); anything else is left as other.
pub fn default_kind(name: &str) -> EntityKind {
    let words: Vec<&str> = name.split(' ').collect();
    let namelike = |w: &&str| {
        crate::text::is_capitalised(w)
            && !crate::text::is_all_caps(w)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    // "Elizabeth II": a regnal number may close a person's name.
    let regnal = |w: &&str| !w.is_empty() && w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let shaped = match words.split_last() {
        Some((last, rest)) => words.iter().all(namelike) || (rest.iter().all(namelike) && regnal(last)),
        None => false,
    };
    // "Free Democrats": members of a party name the party.
    if words.len() >= 2 && words.last().is_some_and(|w| super::cues::is_group_plural(w)) {
        return EntityKind::Organisation;
    }
    // "Die Linke", "Le Monde": no person's name opens with an article.
    let article = words.first().is_some_and(|w| super::cues::is_foreign_article(w));
    if (2..=3).contains(&words.len()) && shaped && !article {
        EntityKind::Person
    } else {
        EntityKind::Other
    }
}

mod merge;
mod names;
mod short;
mod typos;
mod variants;

use crate::compact::clamp_u32;
use merge::Merge;
pub use names::{Name, Names};
use typos::clipped_typos;

#[cfg(test)]
mod tests;

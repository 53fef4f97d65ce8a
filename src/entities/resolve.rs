//! Alias resolution: mentions found sentence by sentence become entities merged across the whole
//! briefing.
//!
//! Every step goes through a hash map keyed by a folded form, so the work stays linear in the
//! number of mentions (no comparison of every name with every other):
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

use std::collections::HashMap;
use std::ops::Range;

use super::fold::{key, order_free_key};
use super::gazetteer::Place;
use super::{Entity, EntityKind, Mention};

/// One mention as the sentence stage found it.
#[derive(Debug, Clone)]
pub struct Found {
    pub source: usize,
    pub span: Range<usize>,
    pub surface: String,
    pub kind: Option<EntityKind>,
    pub weight: u8,
    pub place: Option<&'static Place>,
    pub demonym: bool,
    /// The title and name as written when a title stood before a one-word name ("President Lee").
    pub title_alias: Option<String>,
}

/// Two mentions the text equates, with the kind the equating phrase implies.
#[derive(Debug, Clone, Copy)]
pub struct Link {
    pub a: usize,
    pub b: usize,
    pub kind: Option<EntityKind>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
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
            self.0[ra.max(rb)] = ra.min(rb);
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
    super::context::is_acronym_like(surface) && !surface.contains(' ')
}

/// Initials of a multi-word name, skipping joining words ("National Disaster Mitigation Agency"
/// → "ndma"; "Bank of Japan" → "bj" and, with them, "boj").
fn initials(surface: &str) -> Vec<String> {
    let words: Vec<&str> = surface.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let of = |all: bool| -> String {
        words
            .iter()
            .filter(|w| all || !matches!(**w, "of" | "the" | "and" | "for" | "on" | "&" | "de" | "du"))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // "U.S. Fisheries Office" → "usfo": a dotted abbreviation gives all its letters.
    let dotted: String = words
        .iter()
        .filter(|w| !matches!(**w, "of" | "the" | "and" | "for" | "on" | "&" | "de" | "du"))
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
pub fn resolve(found: &[Found], links: &[Link]) -> Vec<Entity> {
    let n = found.len();
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut uf = UnionFind((0..n).collect());
    for (i, f) in found.iter().enumerate() {
        let k = f
            .place
            .map_or_else(|| variants::group_key(&f.surface), |p| p.id.clone());
        let g = *groups.entry(k).or_insert(i);
        uf.union(g, i);
    }
    let mut link_votes = vec![[0u32; 4]; n];
    for l in links.iter().filter(|l| l.a < n && l.b < n) {
        uf.union(l.a, l.b);
        if let Some(k) = l.kind {
            link_votes[l.a][kind_index(k)] += 2;
            link_votes[l.b][kind_index(k)] += 2;
        }
    }
    // Mentions whose kind no longer counts: a town's name that turned out to be a person's
    // surname ("Tolland" for "Mara Tolland").
    let mut muted = vec![false; n];
    let votes_of = |uf: &mut UnionFind, muted: &[bool]| -> Vec<[u32; 4]> {
        let mut votes = vec![[0u32; 4]; n];
        for (i, f) in found.iter().enumerate() {
            let r = uf.find(i);
            if let Some(k) = f.kind.filter(|_| !muted[i]) {
                votes[r][kind_index(k)] += u32::from(f.weight);
            }
            for (v, lv) in votes[r].iter_mut().zip(link_votes[i]) {
                *v += lv;
            }
        }
        votes
    };
    let kinds = |uf: &mut UnionFind, muted: &[bool]| -> Vec<Option<EntityKind>> {
        votes_of(uf, muted)
            .iter()
            .map(|v| {
                let best = (0..4).max_by_key(|&k| (v[k], std::cmp::Reverse(k)))?;
                (v[best] > 0).then_some(KINDS[best])
            })
            .collect()
    };

    // People: the same words in another order. A name nothing else points to counts as a
    // person when it is shaped like one.
    let is_person = |k: Option<EntityKind>, f: &Found| {
        k == Some(EntityKind::Person)
            || (k.is_none() && !f.demonym && default_kind(&f.surface) == EntityKind::Person)
    };
    let kind = kinds(&mut uf, &muted);
    let mut by_order: HashMap<String, usize> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if is_person(kind[r], f) && (2..=4).contains(&word_count(&f.surface)) {
            let g = *by_order.entry(order_free_key(&f.surface)).or_insert(r);
            uf.union(g, r);
        }
    }
    // Spelling variants of one person's name ("Steve"/"Steven Marlowe", "De Wolfe").
    let roots: Vec<usize> = (0..n).map(|i| uf.find(i)).collect();
    let person_at = |i: usize, f: &Found| is_person(kind[roots[i]], f);
    variants::variant_people(found, &mut uf, &person_at);
    variants::particle_surnames(found, &mut uf, &person_at);

    // A lone word that is part of exactly one person's name.
    let kind = kinds(&mut uf, &muted);
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if !is_person(kind[r], f) || word_count(&f.surface) < 2 {
            continue;
        }
        for w in key(&f.surface).split(' ').filter(|w| w.chars().count() > 1) {
            let roots = by_word.entry(w.to_string()).or_default();
            if !roots.contains(&r) {
                roots.push(r);
            }
        }
    }
    let mut multi_word = vec![false; n];
    for (i, f) in found.iter().enumerate() {
        if word_count(&f.surface) > 1 || f.place.is_some() {
            let r = uf.find(i);
            multi_word[r] = true;
        }
    }
    // Only firm evidence (a cue word, the country gazetteer) keeps a lone word from a person: a
    // town that shares the surname ("Rubio") does not.
    // Two names run together ("Takaichi Lee" in a headline) are no person of their own: every word
    // of theirs belongs to another person too.
    let mut compound = vec![false; n];
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if !is_person(kind[r], f) || word_count(&f.surface) < 2 {
            continue;
        }
        let folded = key(&f.surface);
        let mut words = folded.split(' ').filter(|w| w.chars().count() > 1).peekable();
        let shared = words.peek().is_some()
            && words.all(|w| {
                by_word
                    .get(w)
                    .is_some_and(|rs| rs.iter().any(|&x| uf.find(x) != r))
            });
        if shared {
            compound[r] = true;
        }
    }
    // Mentions per root: a lone surname goes to the one person it names, or to a person named
    // far more often than any other candidate (a stray "Takaichi Lee" from a headline must not
    // make "Lee" ambiguous).
    let mut size = vec![0usize; n];
    for i in 0..n {
        let r = uf.find(i);
        size[r] += 1;
    }
    // Roots named somewhere as a person's name is shaped: two or three plain words ("Mara
    // Tolland", not "Rio Verde City Clerk Ana Ruiz").
    let mut shaped = vec![false; n];
    for (i, f) in found.iter().enumerate() {
        if (2..=3).contains(&word_count(&f.surface)) && default_kind(&f.surface) == EntityKind::Person {
            let r = uf.find(i);
            shaped[r] = true;
        }
    }
    let mut firm = vec![false; n];
    for (i, f) in found.iter().enumerate() {
        if matches!(f.kind, Some(EntityKind::Place | EntityKind::Organisation)) && f.weight >= 2 {
            let r = uf.find(i);
            firm[r] = true;
        }
    }
    let mut sole_memo: HashMap<String, Option<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if multi_word[r] || f.place.is_some() || firm[r] {
            continue;
        }
        let Some(roots) = by_word.get(&key(&f.surface)) else {
            continue;
        };
        let mut distinct: Vec<usize> = roots
            .iter()
            .map(|&x| uf.find(x))
            .filter(|&x| !compound[x])
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        // Two people share the surname ("Vance" beside "Dario Vance" and "Lena Vance"): the
        // one most often the only such person an article names in full.
        let person = dominant(&distinct, &size).or_else(|| {
            let k = key(&f.surface);
            *sole_memo
                .entry(k)
                .or_insert_with(|| variants::sole_in_sources(found, &mut uf, r, &distinct))
        });
        if let Some(person) = person {
            let person_shaped = shaped[person];
            uf.union(person, r);
            let joined = uf.find(person);
            shaped[joined] |= person_shaped;
            // A town that shares the surname gave it only a hint ("Tolland"): the person's name
            // settles it.
            if f.kind == Some(EntityKind::Place) && f.weight <= 1 && person_shaped {
                muted[i] = true;
            }
        }
    }

    // A lone word that is the distinctive word of exactly one name made with a cue word: "Jiji"
    // for "Jiji Press", "Chosei" for "Chosei Coal Mine", "Eunice" for "Storm Eunice".
    variants::inner_words(found, &mut uf);
    let kind = kinds(&mut uf, &muted);
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let words: Vec<&str> = f.surface.split(' ').collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        use super::cues::{is_org_tail, is_other_head, is_place_head, is_place_tail};
        let distinctive = if words.len() == 2 && (is_other_head(first) || is_place_head(first)) {
            Some(last)
        } else if words.len() >= 2 && (is_org_tail(last) || is_place_tail(last)) {
            Some(first)
        } else {
            None
        };
        // A cue word is no distinctive word: "House" in "House … Committee" is the chamber.
        let cue = |w: &str| {
            use super::cues::{is_org_head, is_title_word};
            is_org_head(w) || is_org_tail(w) || is_place_tail(w) || is_title_word(w)
        };
        let Some(word) = distinctive.filter(|w| f.place.is_none() && !cue(w)) else {
            continue;
        };
        let r = uf.find(i);
        if matches!(
            kind[r],
            Some(EntityKind::Place | EntityKind::Organisation | EntityKind::Other)
        ) {
            let roots = by_first.entry(key(word)).or_default();
            if !roots.contains(&r) {
                roots.push(r);
            }
        }
    }
    // Organisations "say" too: only a title makes a lone word surely a person here.
    let mut titled = vec![false; n];
    for (i, f) in found.iter().enumerate() {
        if f.kind == Some(EntityKind::Person) && f.weight >= 2 {
            let r = uf.find(i);
            titled[r] = true;
        }
    }
    // A lone word the gazetteer knows as a place is that place, not the short form of an
    // institution named after it ("a Seoul court" beside "the Seoul Central District Court").
    let g = super::gazetteer::get();
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        // (A small town that shares the word is no such place: "the Harbourview" beside
        // "the Harbourview Hotel".)
        let known_place = g
            .place(&f.surface)
            .is_some_and(|p| p.scale != super::gazetteer::Scale::City || p.population >= 100_000);
        if multi_word[r] || f.place.is_some() || titled[r] || known_place {
            continue;
        }
        let Some(roots) = by_first.get(&key(&f.surface)) else {
            continue;
        };
        uf.union_if_unique(roots, r, None);
    }

    // A bare cue word standing for the one institution of the briefing that ends with it ("the
    // Commission" after "the European Commission", "the Committee").
    let kind = kinds(&mut uf, &muted);
    let mut by_tail: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let Some(last) = f
            .surface
            .rsplit(' ')
            .next()
            .filter(|_| word_count(&f.surface) >= 2)
        else {
            continue;
        };
        let r = uf.find(i);
        if super::cues::is_org_tail(last) && kind[r] == Some(EntityKind::Organisation) {
            let roots = by_tail.entry(key(last)).or_default();
            if roots.len() < 4 && !roots.contains(&r) {
                roots.push(r);
            }
        }
    }
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if multi_word[r] || !super::cues::is_org_tail(&f.surface) {
            continue;
        }
        let Some(roots) = by_tail.get(&key(&f.surface)) else {
            continue;
        };
        uf.union_if_unique(roots, r, None);
    }

    // An acronym spelling the initials of exactly one longer name.
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        if f.place.is_some() || word_count(&f.surface) < 2 {
            continue;
        }
        let r = uf.find(i);
        for ini in initials(&f.surface) {
            let roots = by_initials.entry(ini).or_default();
            // A few roots already make the word ambiguous; a longer list would only cost time.
            if roots.len() < 4 && !roots.contains(&r) {
                roots.push(r);
            }
        }
    }
    for (i, f) in found.iter().enumerate() {
        // "USFO", or a short name closing with the initials of the rest ("ZTX CW").
        let words: Vec<&str> = f.surface.split(' ').collect();
        let short = words.len() == 2 && words.iter().all(|w| is_acronym(w));
        if f.place.is_some() || !(is_acronym(&f.surface) || short) {
            continue;
        }
        let Some(roots) = by_initials.get(&key(&f.surface)) else {
            continue;
        };
        uf.union_if_unique(roots, i, None);
    }

    let kind = kinds(&mut uf, &muted);
    variants::without_kind_word(found, &mut uf, &kind);
    let kind = kinds(&mut uf, &muted);
    clipped_typos(found, &mut uf, &kind);
    let kind = kinds(&mut uf, &muted);
    short::place_prefixed(found, &mut uf, &kind);

    let kind = kinds(&mut uf, &muted);
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        let r = uf.find(i);
        members.entry(r).or_default().push(i);
    }
    let mut entities: Vec<Entity> = members
        .into_iter()
        .map(|(r, m)| build(found, &m, kind[r]))
        .collect();
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
fn build(found: &[Found], members: &[usize], kind: Option<EntityKind>) -> Entity {
    // Surface forms with their frequency and first appearance.
    let mut forms: Vec<(String, usize, usize)> = Vec::new();
    let mut places: Vec<(&Place, usize)> = Vec::new();
    for &i in members {
        let f = &found[i];
        if let Some(p) = f.place {
            match places.iter_mut().find(|(q, _)| q.id == p.id) {
                Some((_, c)) => *c += 1,
                None => places.push((p, 1)),
            }
        }
        if f.demonym {
            continue;
        }
        match forms.iter_mut().find(|(s, _, _)| *s == f.surface) {
            Some((_, c, _)) => *c += 1,
            None => forms.push((f.surface.clone(), 1, i)),
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
        .unwrap_or_else(|| found[members[0]].surface.clone());
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
        if let Some(t) = &found[i].title_alias {
            add(t, 1);
        }
    }
    aliases.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    let mut mentions: Vec<Mention> = members
        .iter()
        .map(|&i| Mention {
            source: found[i].source,
            span: found[i].span.clone(),
        })
        .collect();
    mentions.sort_by_key(|m| (m.source, m.span.start, m.span.end));
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
        super::context::is_capitalised(w)
            && !super::context::is_all_caps(w)
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

mod short;
mod typos;
mod variants;

use typos::clipped_typos;

#[cfg(test)]
mod tests;

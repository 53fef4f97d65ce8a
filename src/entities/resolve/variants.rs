//! Spelling variants of one name inside a briefing: a person's given name in a short form or
//! another transliteration ("Steve"/"Steven", "Jon"/"John"), a surname spelled two ways with the
//! same given name, a surname with a particle standing alone ("De Wolfe"), and the keys that make
//! a name meet its other spellings at once (a leading "The", a closing legal form, an exonym).

use rustc_hash::FxHashMap as HashMap;

use super::{EntityKind, Name, Names, UnionFind, key};
use crate::entities::{cues, lists};
use crate::text::Lower;

/// The key a mention is grouped by before anything else: its folded form without a leading "the"
/// ("The Pinnacles" = "Pinnacles"), without a closing legal form when words remain ("Acme Widgets
/// Inc." = "Acme Widgets"), and under the shared spelling of a place with an exonym ("Berne" =
/// "Bern").
pub(super) fn group_key(surface: &str) -> String {
    // The words kept are a slice of the surface: no word list, no joined copy.
    let mut kept = surface;
    if let Some((first, rest)) = kept.split_once(' ')
        && matches!(first, "The" | "the")
    {
        kept = rest;
    }
    if let Some((rest, last)) = kept.rsplit_once(' ')
        && cues::is_legal_form(last)
    {
        kept = rest;
    }
    let k = key(kept);
    match lists::get().place_spelling(&k) {
        Some(shared) => shared.to_string(),
        None => k,
    }
}

/// Whether two words differ by one letter replaced, added or dropped ("Jon"/"John",
/// "Mahmud"/"Mahmoud"). Folded forms.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let prefix = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Two given names one person may go by: the same, a formal name and its short form ("William",
/// "Bill"), or one letter apart when both have three letters or more ("Jon", "John").
fn same_given(a: &str, b: &str) -> bool {
    lists::get().same_given(a, b)
        || (a.chars().count() >= 3 && b.chars().count() >= 3 && one_edit_apart(a, b))
}

/// Two surnames one person may go by with the same given name: the same, or one letter apart in
/// names of five letters or more, but not by a letter added at the end ("Petrov" and "Petrova"
/// are two people).
fn same_surname(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    let suffixed = na != nb && (a.starts_with(b) || b.starts_with(a));
    na >= 5 && nb >= 5 && !suffixed && one_edit_apart(a, b)
}

/// People named "Given Surname" whose names are variants of one another join when the variant
/// points to exactly one other person: "Steve Marlowe" and "Steven Marlowe", "Jon Fenwick" and "John
/// Fenwick", "Mahmoud Rahimi" and "Mahmud Rahimi".
pub(super) fn variant_people(found: &Names, uf: &mut UnionFind, is_person: &dyn Fn(usize, &Name) -> bool) {
    // (given, surname) of each two-word person name, by root.
    let mut names: Vec<(usize, String, String)> = Vec::new();
    for (i, f) in found.firsts() {
        if f.words() != 2 || !is_person(i, &f) {
            continue;
        }
        let k = f.key;
        let Some((given, surname)) = k.split_once(' ') else {
            continue;
        };
        let r = uf.find(i);
        if !names
            .iter()
            .any(|(x, g, s)| *x == r && g == given && s == surname)
        {
            names.push((r, given.to_string(), surname.to_string()));
        }
    }
    // Buckets by surname and by given name keep the comparisons to names that share one.
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_given: HashMap<&str, Vec<usize>> = HashMap::default();
    for (n, (_, given, surname)) in names.iter().enumerate() {
        by_surname.entry(surname).or_default().push(n);
        by_given.entry(given).or_default().push(n);
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (n, (r, given, surname)) in names.iter().enumerate() {
        let mut matches: Vec<usize> = Vec::new();
        let near = by_surname
            .get(surname.as_str())
            .into_iter()
            .flatten()
            .chain(by_given.get(given.as_str()).into_iter().flatten())
            .take(32);
        for &m in near {
            let (r2, g2, s2) = &names[m];
            if m == n || r2 == r {
                continue;
            }
            let variant =
                (s2 == surname && same_given(given, g2)) || (g2 == given && same_surname(surname, s2));
            if variant && !matches.contains(r2) {
                matches.push(*r2);
            }
        }
        if let [only] = matches[..] {
            joins.push((*r, only));
        }
    }
    for (a, b) in joins {
        uf.union(a, b);
    }
}

/// A surname with its particle standing alone ("De Wolfe", "de Vries", "van Dijk") joins the one
/// person of the briefing whose full name ends with it ("Annika De Wolfe").
pub(super) fn particle_surnames(found: &Names, uf: &mut UnionFind, is_person: &dyn Fn(usize, &Name) -> bool) {
    // A short word is lower-cased on the stack: no copy per word of every name.
    let particle = |w: &str| cues::is_particle(&Lower::new(w)) || cues::is_foreign_article(w);
    let mut by_tail: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, f) in found.firsts() {
        let words: Vec<&str> = f.surface.split(' ').collect();
        if words.len() < 3 || !is_person(i, &f) {
            continue;
        }
        let r = uf.find(i);
        for start in 1..words.len() - 1 {
            if particle(words[start]) {
                let roots = by_tail.entry(key(&words[start..].join(" "))).or_default();
                if roots.len() < 4 && !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
    }
    let opens_with_particle = found.per_form(|f| {
        let words = f.surface.split(' ').count();
        let first = f.surface.split(' ').next().unwrap_or_default();
        (2..=3).contains(&words) && f.place.is_none() && particle(first)
    });
    for (i, f) in found.iter().enumerate() {
        if !opens_with_particle[f.form as usize] {
            continue;
        }
        let kind_ok = matches!(f.kind, None | Some(EntityKind::Person));
        if let Some(roots) = by_tail.get(f.key).filter(|_| kind_ok) {
            let r = uf.find(i);
            uf.union_if_unique(roots, r, Some(r));
        }
    }
}

/// A name of two words or more written once with and once without the kind word that closes it
/// ("the Harbour Pilots Service" and "the Harbour Pilots"): the same body or place, when exactly
/// one name of the briefing closes that way. A gazetteer place is never the short form of a body
/// named after it ("New York" and "New York Police").
pub(super) fn without_kind_word(found: &Names, uf: &mut UnionFind, kind: &[Option<EntityKind>]) {
    let g = crate::entities::gazetteer::get();
    let mut by_stem: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, f) in found.firsts() {
        let words: Vec<&str> = f.surface.split(' ').collect();
        let Some((last, stem)) = words.split_last() else {
            continue;
        };
        let r = uf.find(i);
        let firm = matches!(kind[r], Some(EntityKind::Organisation | EntityKind::Place));
        if stem.len() < 2
            || f.place.is_some()
            || !firm
            || !(cues::is_org_tail(last) || cues::is_place_tail(last))
        {
            continue;
        }
        let roots = by_stem.entry(group_key(&stem.join(" "))).or_default();
        if roots.len() < 4 && !roots.contains(&r) {
            roots.push(r);
        }
    }
    // The names each form could be the short form of, looked up once per form.
    let longer: Vec<Option<&Vec<usize>>> = found
        .firsts()
        .map(|(_, f)| {
            let candidate = f.words() >= 2 && f.place.is_none() && g.place(f.surface).is_none();
            candidate.then(|| by_stem.get(&group_key(f.surface))).flatten()
        })
        .collect();
    for (i, f) in found.iter().enumerate() {
        let Some(roots) = longer[f.form as usize] else {
            continue;
        };
        let r = uf.find(i);
        if kind[r] != Some(EntityKind::Person) {
            uf.union_if_unique(roots, r, Some(r));
        }
    }
}

/// The person among `people` (roots) a lone surname `lone` (a root) stands for, read source by
/// source as a reader does: in each source that writes the surname alone, the one of them named
/// there in full, if only one is. The person who is so in at least two sources and in twice as
/// many as any other wins ("Gray" is the son in the articles that never name his mother).
pub(super) fn sole_in_sources(
    found: &Names,
    uf: &mut UnionFind,
    lone: usize,
    people: &[usize],
) -> Option<usize> {
    let mut lone_sources: Vec<u32> = Vec::new();
    let mut full: Vec<Vec<u32>> = vec![Vec::new(); people.len()];
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if r == lone && f.words() == 1 && !lone_sources.contains(&f.source) {
            lone_sources.push(f.source);
        }
        if f.words() >= 2
            && let Some(p) = people.iter().position(|&p| p == r)
            && !full[p].contains(&f.source)
        {
            full[p].push(f.source);
        }
    }
    let mut wins = vec![0usize; people.len()];
    for s in &lone_sources {
        let named: Vec<usize> = (0..people.len()).filter(|&p| full[p].contains(s)).collect();
        if let [only] = named[..] {
            wins[only] += 1;
        }
    }
    let best = (0..people.len()).max_by_key(|&p| wins[p])?;
    let clear = wins[best] >= 2 && (0..people.len()).all(|p| p == best || wins[p] * 2 <= wins[best]);
    clear.then_some(people[best])
}

/// A name's root with its folded words.
type Named = (usize, Vec<String>);

/// A place named with and without a word inside its name ("the Harbourview Grand Hotel" and "the
/// Harbourview Hotel", "Inchon International Airport" and "Inchon Airport"): the same first word,
/// the same kind word closing it, and the shorter's words in order among the longer's, with at
/// most two more. Joined when the shorter matches exactly one longer name.
pub(super) fn inner_words(found: &Names, uf: &mut UnionFind) {
    let mut by_ends: HashMap<(String, String), Vec<Named>> = HashMap::default();
    for (i, f) in found.firsts() {
        let words: Vec<&str> = f.surface.split(' ').collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        if words.len() < 2 || f.place.is_some() || !cues::is_place_tail(last) {
            continue;
        }
        let r = uf.find(i);
        let bucket = by_ends.entry((key(first), key(last))).or_default();
        let folded: Vec<String> = words.iter().map(|w| key(w)).collect();
        if bucket.len() < 8 && !bucket.iter().any(|(x, w)| *x == r && *w == folded) {
            bucket.push((r, folded));
        }
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for bucket in by_ends.values() {
        for (r, short) in bucket {
            let mut longer: Vec<usize> = Vec::new();
            for (r2, long) in bucket {
                let extra = long.len().saturating_sub(short.len());
                if r2 == r || !(1..=2).contains(&extra) {
                    continue;
                }
                let mut it = long.iter();
                if short.iter().all(|w| it.any(|l| l == w)) && !longer.contains(r2) {
                    longer.push(*r2);
                }
            }
            if let [only] = longer[..] {
                joins.push((*r, only));
            }
        }
    }
    for (a, b) in joins {
        uf.union(a, b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_and_names() {
        assert!(one_edit_apart("jon", "john") && one_edit_apart("mahmud", "mahmoud"));
        assert!(one_edit_apart("smith", "smyth") && !one_edit_apart("jon", "jan2"));
        assert!(!one_edit_apart("dunn", "dunn") && !one_edit_apart("steve", "steven1"));
        assert!(same_given("steve", "steven") && same_given("bill", "william") && same_given("jon", "john"));
        assert!(!same_given("al", "ali") && !same_given("anna", "hanno"));
        assert!(same_surname("rahimi", "rahimy") && !same_surname("petrov", "petrova"));
        assert!(!same_surname("lee", "lei"));
    }

    #[test]
    fn group_keys() {
        assert_eq!(group_key("The Pinnacles"), group_key("Pinnacles"));
        assert_eq!(group_key("Acme Widgets Inc."), group_key("Acme Widgets"));
        assert_eq!(group_key("Berne"), group_key("Bern"));
        assert_eq!(group_key("Den Haag"), group_key("The Hague"));
        assert_ne!(group_key("The"), group_key(""));
    }
}

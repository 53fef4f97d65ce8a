//! Names written once with a letter lost.

use rustc_hash::FxHashMap as HashMap;

use super::{EntityKind, Names, UnionFind};

/// A name written once with its last letter lost ("South Kore") joins the place or institution
/// the briefing names in full more than once ("South Korea"). Only multi-word names, whose first
/// words already agree, and never people: "Petrov" and "Petrova" are two people.
pub(super) fn clipped_typos(found: &Names, uf: &mut UnionFind, kind: &[Option<EntityKind>]) {
    let n = found.len();
    let mut size = vec![0usize; n];
    for i in 0..n {
        let r = uf.find(i);
        size[r] += 1;
    }
    let firm = |k: Option<EntityKind>| matches!(k, Some(EntityKind::Place | EntityKind::Organisation));
    // Each full name's key with its last letter dropped, pointing at its entity.
    let mut clipped: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, f) in found.firsts() {
        let r = uf.find(i);
        let k = f.key;
        let last_word = k.rsplit(' ').next().unwrap_or("");
        if f.words() < 2 || size[r] < 2 || !firm(kind[r]) || last_word.chars().count() < 4 {
            continue;
        }
        let cut = &k[..k.char_indices().next_back().map_or(0, |(at, _)| at)];
        let roots = clipped.entry(cut).or_default();
        // A few roots already make the word ambiguous; a longer list would only cost time.
        if roots.len() < 4 && !roots.contains(&r) {
            roots.push(r);
        }
    }
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if size[r] != 1 || f.words() < 2 || kind[r] == Some(EntityKind::Person) || f.place.is_some() {
            continue;
        }
        let Some(roots) = clipped.get(f.key) else {
            continue;
        };
        uf.union_if_unique(roots, r, Some(r));
    }
}

//! Short forms of organisations named after a place ("Boston Celtics" → "Celtics", "New York
//! Knicks" → "Knicks", "Manchester United" → "United").

use rustc_hash::FxHashMap as HashMap;

use super::{EntityKind, Names, UnionFind, key};
use crate::entities::gazetteer;

/// A name after the place that opens an organisation's name joins that organisation when it is
/// the only one in the briefing with that rest: teams, utilities and papers are called by it.
pub(super) fn place_prefixed(found: &Names, uf: &mut UnionFind, kind: &[Option<EntityKind>]) {
    let g = gazetteer::get();
    let mut by_rest: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, f) in found.firsts() {
        let r = uf.find(i);
        let words: Vec<&str> = f.surface.split(' ').collect();
        if kind[r] != Some(EntityKind::Organisation) || words.len() < 2 || f.place.is_some() {
            continue;
        }
        // The longest opening place of up to three words, leaving at least one word.
        let Some(cut) = (1..words.len().min(4))
            .rev()
            .find(|&l| g.place(&words[..l].join(" ")).is_some())
        else {
            continue;
        };
        let rest = words[cut..].join(" ");
        let roots = by_rest.entry(key(&rest)).or_default();
        if roots.len() < 4 && !roots.contains(&r) {
            roots.push(r);
        }
    }
    for (i, f) in found.iter().enumerate() {
        let r = uf.find(i);
        if f.place.is_some() || f.words() > 2 || kind[r] == Some(EntityKind::Person) {
            continue;
        }
        let Some(roots) = by_rest.get(f.key) else {
            continue;
        };
        uf.union_if_unique(roots, r, Some(r));
    }
}

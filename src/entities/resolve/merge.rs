//! The merging steps of [`super::resolve`], in the order they run: each joins groups of mentions
//! in the union-find, and the kinds the groups vote for are read again between steps.

use rustc_hash::FxHashMap as HashMap;

use super::{
    EntityKind, KINDS, Link, Name, Names, UnionFind, clipped_typos, default_kind, dominant, initials,
    is_acronym, key, kind_index, order_free, short, variants,
};
use crate::entities::{cues, gazetteer};

/// A name nothing else points to counts as a person when it is shaped like one and no demonym
/// (`shaped`, by form: see [`Merge::person_shaped`]).
fn is_person(k: Option<EntityKind>, f: &Name, shaped: &[bool]) -> bool {
    k == Some(EntityKind::Person) || (k.is_none() && !f.demonym && shaped[f.form as usize])
}

/// Add root `r` to the roots listed under `word`, once.
fn list_root(by: &mut HashMap<String, Vec<usize>>, word: String, r: usize) {
    let roots = by.entry(word).or_default();
    if !roots.contains(&r) {
        roots.push(r);
    }
}

/// The mentions being merged, their groups and the votes that decide each group's kind.
pub(super) struct Merge<'a> {
    found: &'a Names,
    pub(super) uf: UnionFind,
    /// The kinds the links between mentions vote for, by mention.
    /// Votes for each kind from the links a mention is in (`u16`s: one per mention of the
    /// briefing; no mention is in 32,000 links).
    link_votes: Vec<[u16; 4]>,
    /// Mentions whose kind no longer counts: a town's name that turned out to be a person's
    /// surname ("Tolland" for "Mara Tolland").
    muted: Vec<bool>,
    /// By form: shaped like a person's name ([`default_kind`]). Asked of each form once: reading
    /// the shape is string work, and a briefing of 10,000 sources has a million mentions but a
    /// few thousand forms.
    person_shaped: Vec<bool>,
}

impl<'a> Merge<'a> {
    /// Step 1 and 2: mentions of the same folded form or the same gazetteer place are one group,
    /// and so are the pairs the text links.
    pub(super) fn new(found: &'a Names, links: &[Link]) -> Merge<'a> {
        let n = found.len();
        let mut groups: HashMap<String, usize> = HashMap::default();
        let mut uf = UnionFind::singletons(n);
        // The group of each form, looked up at its first mention: every mention of a form has
        // the same key.
        const NONE: u32 = u32::MAX;
        let mut group_of_form = vec![NONE; found.forms()];
        for (i, f) in found.iter().enumerate() {
            let g = &mut group_of_form[f.form as usize];
            if *g == NONE {
                let k = f
                    .place
                    .map_or_else(|| variants::group_key(f.surface), |p| p.id.clone());
                // `i` is a mention index, which `Names` keeps below u32::MAX.
                *g = *groups.entry(k).or_insert(i) as u32;
            }
            uf.union(*g as usize, i);
        }
        let mut link_votes = vec![[0u16; 4]; n];
        for l in links {
            let (a, b) = l.ends();
            if a >= n || b >= n {
                continue;
            }
            uf.union(a, b);
            if let Some(k) = l.kind {
                for end in [a, b] {
                    let vote = &mut link_votes[end][kind_index(k)];
                    *vote = vote.saturating_add(2);
                }
            }
        }
        Merge {
            found,
            uf,
            link_votes,
            muted: vec![false; n],
            person_shaped: found.per_form(|f| default_kind(f.surface) == EntityKind::Person),
        }
    }

    fn n(&self) -> usize {
        self.found.len()
    }

    /// The kind each root's mentions and links vote for, by root.
    pub(super) fn kinds(&mut self) -> Vec<Option<EntityKind>> {
        // Votes are kept for the groups' roots only (a slot each, given as a root is first met):
        // a briefing of 10,000 sources has about a million mentions, and 16 bytes of votes for
        // each was the largest thing this step held.
        const NONE: u32 = u32::MAX;
        let mut slot = vec![NONE; self.n()];
        let mut votes: Vec<[u32; 4]> = Vec::new();
        for (i, f) in self.found.iter().enumerate() {
            let r = self.uf.find(i);
            if slot[r] == NONE {
                slot[r] = u32::try_from(votes.len()).unwrap_or(NONE);
                votes.push([0; 4]);
            }
            let Some(v) = votes.get_mut(slot[r] as usize) else {
                continue;
            };
            if let Some(k) = f.kind.filter(|_| !self.muted[i]) {
                v[kind_index(k)] += u32::from(f.weight);
            }
            for (v, lv) in v.iter_mut().zip(self.link_votes[i]) {
                *v += u32::from(lv);
            }
        }
        slot.iter()
            .map(|&s| {
                let v = votes.get(s as usize)?;
                let best = (0..4).max_by_key(|&k| (v[k], std::cmp::Reverse(k)))?;
                (v[best] > 0).then_some(KINDS[best])
            })
            .collect()
    }

    /// Whether any mention of each root passes `test`, by root.
    fn roots_where(&mut self, test: impl Fn(&Name) -> bool) -> Vec<bool> {
        let mut out = vec![false; self.n()];
        for (i, f) in self.found.iter().enumerate() {
            if test(&f) {
                let r = self.uf.find(i);
                out[r] = true;
            }
        }
        out
    }

    /// Step 3: people, the same words in another order ("Takaichi Sanae" = "Sanae Takaichi"),
    /// and spellings of one person's name ("Steve"/"Steven Marlowe", "De Wolfe").
    pub(super) fn people_in_any_order(&mut self) {
        let kind = self.kinds();
        // Each form's words in any order, as an index into `first_root`: the root first met with
        // those words.
        let mut orders: HashMap<String, usize> = HashMap::default();
        let order_of: Vec<Option<usize>> = self.found.per_form(|f| {
            let next = orders.len();
            (2..=4)
                .contains(&f.words())
                .then(|| *orders.entry(order_free(f.key)).or_insert(next))
        });
        let mut first_root: Vec<Option<usize>> = vec![None; orders.len()];
        for (i, f) in self.found.iter().enumerate() {
            let r = self.uf.find(i);
            if let Some(o) = order_of[f.form as usize]
                && is_person(kind[r], &f, &self.person_shaped)
            {
                let g = *first_root[o].get_or_insert(r);
                self.uf.union(g, r);
            }
        }
        let roots: Vec<usize> = (0..self.n()).map(|i| self.uf.find(i)).collect();
        let shaped = &self.person_shaped;
        let person_at = |i: usize, f: &Name| is_person(kind[roots[i]], f, shaped);
        variants::variant_people(self.found, &mut self.uf, &person_at);
        variants::particle_surnames(self.found, &mut self.uf, &person_at);
    }

    /// The words of persons' names of two or more words, each with the roots whose names have it.
    fn person_words(&mut self, kind: &[Option<EntityKind>]) -> HashMap<String, Vec<usize>> {
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, f) in self.found.firsts() {
            let r = self.uf.find(i);
            if !is_person(kind[r], &f, &self.person_shaped) || f.words() < 2 {
                continue;
            }
            for w in f.key.split(' ').filter(|w| w.chars().count() > 1) {
                list_root(&mut by_word, w.to_string(), r);
            }
        }
        by_word
    }

    /// Two names run together ("Takaichi Lee" in a headline) are no person of their own: every
    /// word of theirs belongs to another person too. By root.
    fn compounds(&mut self, kind: &[Option<EntityKind>], by_word: &HashMap<String, Vec<usize>>) -> Vec<bool> {
        let mut compound = vec![false; self.n()];
        for (i, f) in self.found.firsts() {
            let r = self.uf.find(i);
            if !is_person(kind[r], &f, &self.person_shaped) || f.words() < 2 {
                continue;
            }
            let mut words = f.key.split(' ').filter(|w| w.chars().count() > 1).peekable();
            let uf = &mut self.uf;
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
        compound
    }

    /// Step 4a: a lone word that is part of exactly one person's name. Returns which roots (as
    /// they were before this step's merges) have a name of two or more words or a place, which
    /// the later steps of lone words read.
    pub(super) fn lone_surnames(&mut self) -> Vec<bool> {
        let kind = self.kinds();
        let by_word = self.person_words(&kind);
        let multi_word = self.roots_where(|f| f.words() > 1 || f.place.is_some());
        // Only firm evidence (a cue word, the country gazetteer) keeps a lone word from a person:
        // a town that shares the surname ("Rubio") does not.
        let compound = self.compounds(&kind, &by_word);
        // Mentions per root: a lone surname goes to the one person it names, or to a person
        // named far more often than any other candidate (a stray "Takaichi Lee" from a headline
        // must not make "Lee" ambiguous).
        let mut size = vec![0usize; self.n()];
        for i in 0..self.n() {
            let r = self.uf.find(i);
            size[r] += 1;
        }
        // Roots named somewhere as a person's name is shaped: two or three plain words ("Mara
        // Tolland", not "Rio Verde City Clerk Ana Ruiz").
        let shaped_form = self
            .found
            .per_form(|f| (2..=3).contains(&f.words()) && self.person_shaped[f.form as usize]);
        let mut shaped = self.roots_where(|f| shaped_form[f.form as usize]);
        let firm = self.roots_where(|f| {
            matches!(f.kind, Some(EntityKind::Place | EntityKind::Organisation)) && f.weight >= 2
        });
        let mut sole_memo: HashMap<&str, Option<usize>> = HashMap::default();
        let word_roots = self.found.per_form(|f| by_word.get(f.key));
        for (i, f) in self.found.iter().enumerate() {
            let r = self.uf.find(i);
            if multi_word[r] || f.place.is_some() || firm[r] {
                continue;
            }
            let Some(roots) = word_roots[f.form as usize] else {
                continue;
            };
            let mut distinct: Vec<usize> = roots
                .iter()
                .map(|&x| self.uf.find(x))
                .filter(|&x| !compound[x])
                .collect();
            distinct.sort_unstable();
            distinct.dedup();
            // Two people share the surname ("Vance" beside "Dario Vance" and "Lena Vance"): the
            // one most often the only such person an article names in full.
            let person = dominant(&distinct, &size).or_else(|| {
                *sole_memo
                    .entry(f.key)
                    .or_insert_with(|| variants::sole_in_sources(self.found, &mut self.uf, r, &distinct))
            });
            if let Some(person) = person {
                let person_shaped = shaped[person];
                self.uf.union(person, r);
                let joined = self.uf.find(person);
                shaped[joined] |= person_shaped;
                // A town that shares the surname gave it only a hint ("Tolland"): the person's
                // name settles it.
                if f.kind == Some(EntityKind::Place) && f.weight <= 1 && person_shaped {
                    self.muted[i] = true;
                }
            }
        }
        multi_word
    }

    /// Step 4b: a lone word that is the distinctive word of exactly one name made with a cue
    /// word: "Jiji" for "Jiji Press", "Chosei" for "Chosei Coal Mine", "Eunice" for "Storm
    /// Eunice". `multi_word` is as [`Merge::lone_surnames`] returned it.
    pub(super) fn lone_distinctive_words(&mut self, multi_word: &[bool]) {
        variants::inner_words(self.found, &mut self.uf);
        let kind = self.kinds();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, f) in self.found.firsts() {
            let words: Vec<&str> = f.surface.split(' ').collect();
            let (Some(first), Some(last)) = (words.first(), words.last()) else {
                continue;
            };
            use cues::{is_org_tail, is_other_head, is_place_head, is_place_tail};
            let distinctive = if words.len() == 2 && (is_other_head(first) || is_place_head(first)) {
                Some(last)
            } else if words.len() >= 2 && (is_org_tail(last) || is_place_tail(last)) {
                Some(first)
            } else {
                None
            };
            // A cue word is no distinctive word: "House" in "House … Committee" is the chamber.
            let cue = |w: &str| {
                use cues::{is_org_head, is_title_word};
                is_org_head(w) || is_org_tail(w) || is_place_tail(w) || is_title_word(w)
            };
            let Some(word) = distinctive.filter(|w| f.place.is_none() && !cue(w)) else {
                continue;
            };
            let r = self.uf.find(i);
            if matches!(
                kind[r],
                Some(EntityKind::Place | EntityKind::Organisation | EntityKind::Other)
            ) {
                list_root(&mut by_first, key(word), r);
            }
        }
        // Organisations "say" too: only a title makes a lone word surely a person here.
        let titled = self.roots_where(|f| f.kind == Some(EntityKind::Person) && f.weight >= 2);
        // A lone word the gazetteer knows as a place is that place, not the short form of an
        // institution named after it ("a Seoul court" beside "the Seoul Central District Court").
        let g = gazetteer::get();
        // (A small town that shares the word is no such place: "the Harbourview" beside "the
        // Harbourview Hotel".)
        let known_place = self.found.per_form(|f| {
            g.place(f.surface)
                .is_some_and(|p| p.scale != gazetteer::Scale::City || p.population >= 100_000)
        });
        let first_roots = self.found.per_form(|f| by_first.get(f.key));
        for (i, f) in self.found.iter().enumerate() {
            let r = self.uf.find(i);
            if multi_word[r] || f.place.is_some() || titled[r] || known_place[f.form as usize] {
                continue;
            }
            let Some(roots) = first_roots[f.form as usize] else {
                continue;
            };
            self.uf.union_if_unique(roots, r, None);
        }
    }

    /// Step 4c: a bare cue word standing for the one institution of the briefing that ends with
    /// it ("the Commission" after "the European Commission", "the Committee").
    pub(super) fn bare_cue_words(&mut self, multi_word: &[bool]) {
        let kind = self.kinds();
        let mut by_tail: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, f) in self.found.firsts() {
            let Some(last) = f.surface.rsplit(' ').next().filter(|_| f.words() >= 2) else {
                continue;
            };
            let r = self.uf.find(i);
            if cues::is_org_tail(last) && kind[r] == Some(EntityKind::Organisation) {
                let roots = by_tail.entry(key(last)).or_default();
                if roots.len() < 4 && !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        let tail_roots = self
            .found
            .per_form(|f| by_tail.get(f.key).filter(|_| cues::is_org_tail(f.surface)));
        for (i, f) in self.found.iter().enumerate() {
            let r = self.uf.find(i);
            if multi_word[r] {
                continue;
            }
            let Some(roots) = tail_roots[f.form as usize] else {
                continue;
            };
            self.uf.union_if_unique(roots, r, None);
        }
    }

    /// Step 5: an acronym spelling the initials of exactly one longer name.
    pub(super) fn acronyms(&mut self) {
        let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, f) in self.found.firsts() {
            if f.place.is_some() || f.words() < 2 {
                continue;
            }
            let r = self.uf.find(i);
            for ini in initials(f.surface) {
                let roots = by_initials.entry(ini).or_default();
                // A few roots already make the word ambiguous; a longer list would only cost time.
                if roots.len() < 4 && !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        // "USFO", or a short name closing with the initials of the rest ("ZTX CW").
        let acronym = self.found.per_form(|f| {
            let words: Vec<&str> = f.surface.split(' ').collect();
            let short = words.len() == 2 && words.iter().all(|w| is_acronym(w));
            f.place.is_none() && (is_acronym(f.surface) || short)
        });
        for (i, f) in self.found.iter().enumerate() {
            if !acronym[f.form as usize] {
                continue;
            }
            let Some(roots) = by_initials.get(f.key) else {
                continue;
            };
            self.uf.union_if_unique(roots, i, None);
        }
    }

    /// The last steps, each reading the kinds anew: a name without its kind word, a clipped
    /// typo, a short form after a place's name.
    pub(super) fn variants(&mut self) {
        let kind = self.kinds();
        variants::without_kind_word(self.found, &mut self.uf, &kind);
        let kind = self.kinds();
        clipped_typos(self.found, &mut self.uf, &kind);
        let kind = self.kinds();
        short::place_prefixed(self.found, &mut self.uf, &kind);
    }

    /// The mentions of each group, by root, with the group's kind.
    pub(super) fn groups(mut self) -> (HashMap<usize, Vec<usize>>, Vec<Option<EntityKind>>) {
        let kind = self.kinds();
        let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
        for i in 0..self.n() {
            let r = self.uf.find(i);
            members.entry(r).or_default().push(i);
        }
        (members, kind)
    }
}

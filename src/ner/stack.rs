//! The second pass: features from the first pass's labels over the whole document
//! (Krishnan & Manning 2006). A name is usually written the same way and means the same thing
//! throughout a document, so the labels the first pass gave its other mentions (or the
//! longer name it is part of) are strong evidence where the first pass hesitated.
//!
//! The second pass is trained on first-pass labels from jackknifed models (each training
//! document tagged by a model that never saw it), so it learns how far to trust them.

use super::hash::{IdMap, hash_lower, mix};
use super::tag::{N_TAGS, Tag, chunks};
use super::token::{TokInfo, case_of};

// Template ids of the second-pass features, distinct from those of `features`.
const T_P1: u64 = 101;
const T_P1_3: u64 = 102;
const T_P1_TOK: u64 = 103;
const T_P1_ANY: u64 = 104;
const T_P1_ENT: u64 = 105;
const T_P1_IN: u64 = 106;
const T_P1_SEQ: u64 = 107;
const T_P1_SIB: u64 = 108;

/// Longest name, in tokens, looked up again elsewhere in the document.
const MAX_SEQ: usize = 5;

/// Label of a tag index: 0 for `O`, else 1 + type.
fn label(tag: u8) -> usize {
    if tag == 0 { 0 } else { 1 + (tag as usize - 1) / 2 }
}

fn seq_hash(lowers: impl Iterator<Item = u64>) -> u64 {
    lowers.fold(0x5E9, mix)
}

/// The first pass's labels of one document and what they say about each word and name.
#[derive(Debug, Default, Clone)]
pub struct Stack {
    tags: Vec<Vec<u8>>,
    /// Per case-folded word: how often it was `O`, PER, LOC, ORG, MISC.
    words: IdMap<[u16; 5]>,
    /// Per case-folded word: bit `2·type + k` when it was the first (k = 0) or a later (k = 1)
    /// word of a name of two or more words.
    inner: IdMap<u8>,
    /// Per case-folded name (word sequence): how often it was PER, LOC, ORG, MISC (index 1–4).
    names: IdMap<[u16; 5]>,
}

impl Stack {
    /// Collect the first pass's labels (`tags[s][i]` for token `i` of sentence `s`).
    pub fn new<S: AsRef<str>, T: AsRef<[S]>>(sentences: &[T], tags: Vec<Vec<Tag>>) -> Stack {
        let lowers: Vec<Vec<u64>> = sentences
            .iter()
            .map(|toks| toks.as_ref().iter().map(|t| hash_lower(t.as_ref())).collect())
            .collect();
        Stack::from_lowers(&lowers, tags)
    }

    /// [`Stack::new`] from the case-folded hashes of the sentences' tokens.
    pub(crate) fn from_lowers<L: AsRef<[u64]>>(sentences: &[L], tags: Vec<Vec<Tag>>) -> Stack {
        let n: usize = sentences.iter().map(|s| s.as_ref().len()).sum();
        let mut st = Stack {
            words: IdMap::with_capacity_and_hasher(n, Default::default()),
            ..Stack::default()
        };
        for (lowers, tags) in sentences.iter().zip(&tags) {
            let lowers = lowers.as_ref();
            for (&l, t) in lowers.iter().zip(tags) {
                let c = &mut st.words.entry(l).or_default()[label(t.index() as u8)];
                *c = c.saturating_add(1);
            }
            for (a, b, ty) in chunks(tags) {
                let b = b.min(lowers.len());
                if a >= b {
                    continue;
                }
                let k = 1 + ty.index();
                if b - a <= MAX_SEQ {
                    let c = &mut st
                        .names
                        .entry(seq_hash(lowers[a..b].iter().copied()))
                        .or_default()[k];
                    *c = c.saturating_add(1);
                }
                if b - a >= 2 {
                    for (j, &l) in lowers[a..b].iter().enumerate() {
                        *st.inner.entry(l).or_default() |= 1 << (2 * (k - 1) + usize::from(j > 0));
                    }
                }
            }
        }
        st.tags = tags
            .into_iter()
            .map(|s| s.into_iter().map(|t| t.index() as u8).collect())
            .collect();
        st
    }

    /// Names of the document found again in a sentence (its tokens' `infos`, first-pass `tags`
    /// and the name `spans` they make): for each token, bit `2·type + k` where `k` is 0 on a
    /// name's first word and 1 after it.
    fn names_again(&self, infos: &[TokInfo], tags: &[u8], spans: &[(usize, usize)]) -> Vec<u8> {
        let n = infos.len();
        let mut seq = vec![0u8; n];
        for a in 0..n {
            if !case_of(infos[a].case).may_be_name() {
                continue;
            }
            let mut h = 0x5E9;
            for b in a + 1..=(a + MAX_SEQ).min(n) {
                h = mix(h, infos[b - 1].lower);
                let Some(c) = self.names.get(&h) else { continue };
                let mut c = *c;
                // Its own first-pass label is not evidence from elsewhere.
                if spans[a] == (a, b) {
                    c[label(tags[a])] = c[label(tags[a])].saturating_sub(1);
                }
                if let Some(k) = argmax(&c[1..]) {
                    for (j, s) in seq[a..b].iter_mut().enumerate() {
                        *s |= 1 << (2 * k + usize::from(j > 0));
                    }
                }
            }
        }
        seq
    }

    /// Second-pass features of sentence `sent` (its tokens' `infos`): token `i` owns
    /// `out[offs[i]..offs[i + 1]]`, as (template, value) pairs. Tokens that `unscored` marks get
    /// none: the pass leaves them `O` without reading them.
    pub(crate) fn sentence_feats(
        &self,
        sent: usize,
        infos: &[TokInfo],
        unscored: Option<&[bool]>,
        out: &mut Vec<(u64, u64)>,
        offs: &mut Vec<u32>,
    ) {
        out.clear();
        offs.clear();
        let n = infos.len();
        let tags = match self.tags.get(sent) {
            Some(t) if t.len() == n => t.as_slice(),
            _ => {
                offs.resize(n + 1, 0);
                return;
            }
        };
        let spans: Vec<(usize, usize)> = spans_of(tags);
        let seq = self.names_again(infos, tags, &spans);
        let sibs = siblings(infos, tags, &spans);
        for i in 0..n {
            offs.push(out.len() as u32);
            if unscored.is_some_and(|u| u.get(i).copied().unwrap_or(false)) {
                continue;
            }
            let info = &infos[i];
            let case = info.case as u64;
            let own = tags[i] as u64;
            let prev = if i > 0 { tags[i - 1] as u64 } else { N_TAGS as u64 };
            let next = tags.get(i + 1).map_or(N_TAGS as u64, |&t| t as u64);
            out.push((T_P1, own << 8 | case));
            out.push((T_P1_3, prev << 16 | own << 8 | next));
            let name_like = case_of(info.case).may_be_name();
            if let Some(c) = self.words.get(&info.lower) {
                let mut c = *c;
                c[label(tags[i])] = c[label(tags[i])].saturating_sub(1);
                if let Some(maj) = argmax(&c) {
                    out.push((T_P1_TOK, (maj as u64) << 12 | own << 8 | case));
                }
                if name_like {
                    for (t, &k) in c.iter().enumerate().skip(1) {
                        if k > 0 {
                            out.push((T_P1_ANY, (t as u64) << 8 | case));
                        }
                    }
                }
            }
            if name_like && let Some(&bits) = self.inner.get(&info.lower) {
                let mut b = bits;
                while b != 0 {
                    let bit = b.trailing_zeros() as u64;
                    b &= b - 1;
                    out.push((T_P1_IN, bit << 8 | u64::from(own != 0)));
                }
            }
            if own != 0 {
                let (a, b) = spans[i];
                if let Some(c) = self.names.get(&seq_hash(infos[a..b].iter().map(|t| t.lower))) {
                    let mut c = *c;
                    c[label(tags[i])] = c[label(tags[i])].saturating_sub(1);
                    if let Some(maj) = argmax(&c[1..]) {
                        out.push((T_P1_ENT, (maj as u64) << 8 | own));
                    }
                }
            }
            for (side, sib) in sibs[i].into_iter().enumerate() {
                if let Some(l) = sib {
                    out.push((
                        T_P1_SIB,
                        (side as u64) << 12 | (l as u64) << 8 | u64::from(name_like) << 4 | own,
                    ));
                }
            }
            let mut b = seq[i];
            while b != 0 {
                let bit = b.trailing_zeros() as u64;
                b &= b - 1;
                out.push((T_P1_SEQ, bit << 8 | u64::from(name_like) << 4 | own));
            }
        }
        offs.push(out.len() as u32);
    }
}

/// For each token, the first pass's labels of the names listed beside the name (or
/// capitalised word) it is in: "Microsoft , Amazon and Alphabet 's Google" lists three
/// companies, and members of a list are mostly of one kind. `[left, right]`, each the label
/// of the nearest name across one ",", "and", "or", "nor", "&" or ", and". Only persons, places and
/// organisations count: MISC gathers products, works, events and nationalities, which lists
/// mix with the rest ("Meta Platforms and Google").
fn siblings(infos: &[TokInfo], tags: &[u8], spans: &[(usize, usize)]) -> Vec<[Option<u8>; 2]> {
    use std::sync::OnceLock;
    static JOINERS: OnceLock<[u64; 5]> = OnceLock::new();
    let joiners = JOINERS.get_or_init(|| [",", "and", "or", "&", "nor"].map(hash_lower));
    let n = infos.len();
    let joins = |k: usize| joiners.contains(&infos[k].lower);
    let mut out = vec![[None, None]; n];
    for i in 0..n {
        let (a, b) = if tags[i] != 0 { spans[i] } else { (i, i + 1) };
        if tags[i] == 0 && !case_of(infos[i].case).may_be_name() {
            continue;
        }
        // Left: the name ending just before the joiners.
        let mut k = a;
        let mut hops = 0;
        while k > 0 && joins(k - 1) && hops < 2 {
            k -= 1;
            hops += 1;
        }
        if hops > 0 && k > 0 && listed(tags[k - 1]) {
            out[i][0] = Some(label(tags[k - 1]) as u8);
        }
        let mut k = b;
        let mut hops = 0;
        while k < n && joins(k) && hops < 2 {
            k += 1;
            hops += 1;
        }
        if hops > 0 && k < n && listed(tags[k]) {
            out[i][1] = Some(label(tags[k]) as u8);
        }
    }
    out
}

/// Whether a first-pass tag is a name whose kind its list siblings share (PER, LOC or ORG).
fn listed(tag: u8) -> bool {
    (1..=3).contains(&label(tag))
}

/// Index of the largest non-zero count (the first on ties), if any.
fn argmax(c: &[u16]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (k, &v) in c.iter().enumerate() {
        if v > 0 && best.is_none_or(|b| v > c[b]) {
            best = Some(k);
        }
    }
    best
}

/// For each token, the span `[a, b)` of the first-pass name it is in (`(i, i)` outside names).
fn spans_of(tags: &[u8]) -> Vec<(usize, usize)> {
    let tags_t: Vec<Tag> = tags.iter().map(|&t| Tag::from_index(t as usize)).collect();
    let mut out: Vec<(usize, usize)> = (0..tags.len()).map(|i| (i, i)).collect();
    for (a, b, _) in chunks(&tags_t) {
        for s in out.iter_mut().take(b.min(tags.len())).skip(a) {
            *s = (a, b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tag::NerType;
    use super::super::token::sentence_infos;
    use super::*;

    /// One word more than 65,535 times in a document (a source of 200,000 "Go.") once
    /// overflowed the `u16` counts: a panic in a debug build, wrapped counts in release.
    #[test]
    fn counts_saturate() {
        let n = usize::from(u16::MAX) + 10;
        let sents = vec![vec![7u64; n]];
        let tags = vec![vec![Tag::B(NerType::Per); n]];
        let st = Stack::from_lowers(&sents, tags);
        assert_eq!(st.words[&7].iter().max(), Some(&u16::MAX));
    }

    #[test]
    fn names_in_a_list_see_their_siblings() {
        let org = Tag::B(NerType::Org);
        let sents = vec![vec![
            "Microsoft",
            ",",
            "Amazon",
            "and",
            "Alphabet",
            "'s",
            "Google",
            "rose",
        ]];
        let tags = vec![org, Tag::O, org, Tag::O, Tag::O, Tag::O, org, Tag::O];
        let st = Stack::new(&sents, vec![tags]);
        let sibs = siblings(&sentence_infos(&sents[0]), &st.tags[0], &spans_of(&st.tags[0]));
        let org_label = Some(1 + NerType::Org.index() as u8);
        // "Alphabet", untagged but capitalised, is listed after "Amazon".
        assert_eq!(sibs[4], [org_label, None]);
        assert_eq!(
            sibs[2],
            [org_label, None],
            "Amazon after Microsoft; Alphabet is no name yet"
        );
        assert_eq!(sibs[0], [None, org_label]);
        // Neither a lower-case word nor a name with no joiner beside it has siblings.
        assert_eq!(sibs[7], [None, None]);
        assert_eq!(sibs[6], [None, None]);
    }

    #[test]
    fn argmax_cases() {
        let cases: [(&[u16], Option<usize>); 4] = [
            (&[0, 0, 0], None),
            (&[0, 2, 1], Some(1)),
            (&[3, 3, 0], Some(0)),
            (&[0, 0, 5], Some(2)),
        ];
        for (c, want) in cases {
            assert_eq!(argmax(c), want, "{c:?}");
        }
    }

    #[test]
    fn later_mentions_read_the_full_name() {
        let per = |b| {
            if b {
                Tag::B(NerType::Per)
            } else {
                Tag::I(NerType::Per)
            }
        };
        let sents = vec![
            vec!["Sanae", "Takaichi", "spoke", "."],
            vec!["Takaichi", "left", "."],
        ];
        let tags = vec![
            vec![per(true), per(false), Tag::O, Tag::O],
            vec![Tag::O, Tag::O, Tag::O],
        ];
        let st = Stack::new(&sents, tags);
        let infos = sentence_infos(&sents[1]);
        let (mut out, mut offs) = (Vec::new(), Vec::new());
        st.sentence_feats(1, &infos, None, &mut out, &mut offs);
        let first = &out[offs[0] as usize..offs[1] as usize];
        // "Takaichi" was the later word of a two-word PER name elsewhere.
        assert!(first.contains(&(T_P1_IN, 1 << 8)), "{first:?}");
        assert!(first.iter().any(|&(t, _)| t == T_P1_ANY));
        let left = &out[offs[1] as usize..offs[2] as usize];
        assert!(!left.iter().any(|&(t, _)| t == T_P1_ANY || t == T_P1_IN));
        // A sentence the stack does not know gets no features, but well-formed offsets.
        st.sentence_feats(7, &infos, None, &mut out, &mut offs);
        assert!(out.is_empty());
        assert_eq!(offs.len(), 4);
    }
}

//! Scoring and Viterbi decoding over the nine IOB2 tags.

use super::features::{Extractor, Prepared, Scope};
use super::gazetteer::Gazetteer;
use super::history::History;
use super::tag::N_TAGS;
use super::token::TokInfo;

/// Transition scores: `start[j]` opens a sentence with tag `j`, `t[i][j]` follows `i` with `j`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trans {
    pub start: [f32; N_TAGS],
    pub t: [[f32; N_TAGS]; N_TAGS],
}

impl Default for Trans {
    fn default() -> Self {
        Trans {
            start: [0.0; N_TAGS],
            t: [[0.0; N_TAGS]; N_TAGS],
        }
    }
}

/// Whether IOB2 allows tag `cur` after `prev` (`None`: sentence start). `I-X` (even index ≥ 2)
/// only continues `B-X` (index − 1) or `I-X`.
pub(crate) fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p == cur || p + 1 == cur)
}

const NEG: f32 = -1.0e30;

/// Every tag allowed (a bit set over the tag indices).
const ALL_TAGS: u16 = (1 << N_TAGS) - 1;

/// A weight table that scores hashed features.
pub(crate) trait Weights {
    /// Add the rows of `feats` to `out`.
    fn emit(&self, feats: &[u32], out: &mut [f32; N_TAGS]);
    /// Start loading the rows of `feats` into the cache (a hint; by default nothing).
    fn prefetch(&self, _feats: &[u32]) {}
    fn trans(&self) -> &Trans;
    fn mask(&self) -> u32;
}

/// Buffers reused from sentence to sentence.
#[derive(Debug, Default)]
pub(crate) struct Decoder {
    pub ex: Extractor,
    pub feats: Vec<u32>,
    pub offs: Vec<u32>,
    emis: Vec<[f32; N_TAGS]>,
    /// Tags allowed at each token (a bit set), when some are fixed.
    allowed: Vec<u16>,
    /// The tokens left `O` unscored this sentence: those without prepared features and those
    /// the caller fixed.
    o_only: Vec<bool>,
    back: Vec<[u8; N_TAGS]>,
    pub path: Vec<u8>,
}

impl Decoder {
    /// Extract features and find the best tag sequence into `self.path`, reading the tokens
    /// `scope` says and leaving the rest `O`.
    pub(crate) fn decode<W: Weights>(
        &mut self,
        w: &W,
        gaz: &Gazetteer,
        tokens: &[&str],
        history: Option<&History>,
        scope: Scope,
    ) {
        self.decode_where(w, gaz, tokens, history, scope, |_| Vec::new());
    }

    /// [`Decoder::decode`] where the tokens that `fixed` marks, given the sentence's token
    /// infos, are `O` without being scored, as well as those `scope` leaves out.
    pub(crate) fn decode_where<W: Weights>(
        &mut self,
        w: &W,
        gaz: &Gazetteer,
        tokens: &[&str],
        history: Option<&History>,
        scope: Scope,
        fixed: impl FnOnce(&[TokInfo]) -> Vec<bool>,
    ) {
        self.ex.prepare(gaz, tokens, history, scope);
        let fixed = fixed(self.ex.infos());
        // The prepared sentence is lent out and handed back, buffers and all: `self.ex.infos()`
        // still gives its tokens afterwards.
        let p = self.ex.take_prepared();
        self.decode_prepared_fixed(w, &p, history, &fixed);
        self.ex.recycle(p);
    }

    /// [`Decoder::decode`] of a sentence whose pass-independent features are prepared.
    pub(crate) fn decode_prepared<W: Weights>(&mut self, w: &W, p: &Prepared, history: Option<&History>) {
        self.decode_prepared_fixed(w, p, history, &[]);
    }

    /// [`Decoder::decode_prepared`] where the tokens marked in `fixed` are `O` without being
    /// scored, as well as those left out when the sentence was prepared.
    pub(crate) fn decode_prepared_fixed<W: Weights>(
        &mut self,
        w: &W,
        p: &Prepared,
        history: Option<&History>,
        fixed: &[bool],
    ) {
        fix(&mut self.o_only, p.unscored(), fixed);
        self.ex.features_of(
            p,
            history,
            w.mask(),
            Some(&self.o_only),
            &mut self.feats,
            &mut self.offs,
        );
        self.score(w);
    }

    /// Emission scores of the extracted features, then Viterbi into `self.path`; the tokens
    /// `self.o_only` marks are left unscored and `O`.
    fn score<W: Weights>(&mut self, w: &W) {
        self.emis.clear();
        self.allowed.clear();
        let n = self.offs.len().saturating_sub(1);
        let is_fixed = |k: usize| self.o_only.get(k).copied().unwrap_or(false);
        for k in 0..n {
            // The next token's rows load while this one's are summed.
            if k + 1 < n && !is_fixed(k + 1) {
                w.prefetch(&self.feats[self.offs[k + 1] as usize..self.offs[k + 2] as usize]);
            }
            let mut e = [0.0f32; N_TAGS];
            if is_fixed(k) {
                self.allowed.push(1);
            } else {
                let (a, b) = (self.offs[k] as usize, self.offs[k + 1] as usize);
                w.emit(&self.feats[a..b], &mut e);
                self.allowed.push(ALL_TAGS);
            }
            self.emis.push(e);
        }
        let mask = self.o_only.contains(&true).then_some(self.allowed.as_slice());
        viterbi(&self.emis, w.trans(), mask, &mut self.back, &mut self.path);
    }

    /// Best path of the last decoded sentence among the tags `allowed[k]` (a bit set) at each
    /// token, into `out`.
    pub(crate) fn constrained<W: Weights>(&mut self, w: &W, allowed: &[u16], out: &mut Vec<u8>) {
        viterbi(&self.emis, w.trans(), Some(allowed), &mut self.back, out);
    }

    /// The last decoded sentence's path as tags.
    pub(crate) fn tags(&self) -> Vec<super::Tag> {
        self.path
            .iter()
            .map(|&i| super::Tag::from_index(usize::from(i)))
            .collect()
    }

    /// Whether its buffers are of an ordinary sentence's size, worth keeping for reuse.
    pub(crate) fn is_small(&self) -> bool {
        self.feats.capacity() <= super::features::REUSE_TOKENS * 64
            && self.emis.capacity() <= super::features::REUSE_TOKENS
    }

    /// Feature ids of token `k` of the last decoded sentence.
    pub(crate) fn token_feats(&self, k: usize) -> &[u32] {
        &self.feats[self.offs[k] as usize..self.offs[k + 1] as usize]
    }
}

/// Into `out`, the tokens left `O` unscored: those without prepared features (`unscored`) and
/// those `fixed` marks (which may be shorter than the sentence).
fn fix(out: &mut Vec<bool>, unscored: &[bool], fixed: &[bool]) {
    out.clear();
    out.extend(
        unscored
            .iter()
            .enumerate()
            .map(|(k, &u)| u || fixed.get(k).copied().unwrap_or(false)),
    );
}

/// Best IOB2-valid path under emission and transition scores.
pub(crate) fn viterbi(
    emis: &[[f32; N_TAGS]],
    trans: &Trans,
    mask: Option<&[u16]>,
    back: &mut Vec<[u8; N_TAGS]>,
    path: &mut Vec<u8>,
) {
    path.clear();
    back.clear();
    let n = emis.len();
    if n == 0 {
        return;
    }
    let mut t = trans.t;
    for (i, row) in t.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            if !allowed(Some(i), j) {
                *v = NEG;
            }
        }
    }
    let ok = |k: usize, j: usize| mask.is_none_or(|m| m.get(k).is_some_and(|b| b & (1 << j) != 0));
    let mut score = [NEG; N_TAGS];
    for j in 0..N_TAGS {
        if allowed(None, j) && ok(0, j) {
            score[j] = trans.start[j] + emis[0][j];
        }
    }
    back.push([0; N_TAGS]);
    for (k, e) in emis.iter().enumerate().skip(1) {
        // For each tag j, the best previous tag (the first on ties), all j at once.
        let mut best = [0.0f32; N_TAGS];
        let mut bp = [0u8; N_TAGS];
        for j in 0..N_TAGS {
            best[j] = score[0] + t[0][j];
        }
        for i in 1..N_TAGS {
            let si = score[i];
            for j in 0..N_TAGS {
                let s = si + t[i][j];
                if s > best[j] {
                    best[j] = s;
                    bp[j] = i as u8;
                }
            }
        }
        let mut next = [NEG; N_TAGS];
        for j in 0..N_TAGS {
            next[j] = if ok(k, j) { best[j] + e[j] } else { NEG };
        }
        score = next;
        back.push(bp);
    }
    let mut best = 0;
    for j in 1..N_TAGS {
        if score[j] > score[best] {
            best = j;
        }
    }
    path.resize(n, 0);
    let mut cur = best as u8;
    for k in (0..n).rev() {
        path[k] = cur;
        cur = back[k][cur as usize];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob2_constraints() {
        // O=0, B-PER=1, I-PER=2, B-LOC=3, I-LOC=4
        let cases = [
            (None, 0, true),
            (None, 1, true),
            (None, 2, false),
            (Some(0), 2, false),
            (Some(1), 2, true),
            (Some(2), 2, true),
            (Some(3), 2, false),
            (Some(3), 4, true),
            (Some(2), 4, false),
        ];
        for (p, c, want) in cases {
            assert_eq!(allowed(p, c), want, "{p:?} -> {c}");
        }
    }

    #[test]
    fn viterbi_never_starts_or_jumps_into_inside() {
        // Emissions prefer I-PER everywhere; the path must open it with B-PER.
        let mut e = [0.0f32; N_TAGS];
        e[2] = 5.0;
        e[1] = 1.0;
        let emis = vec![e; 3];
        let (mut back, mut path) = (Vec::new(), Vec::new());
        viterbi(&emis, &Trans::default(), None, &mut back, &mut path);
        assert_eq!(path, vec![1, 2, 2]);
        // Only O or B-PER allowed at the middle token.
        let mask = [0x1ff, 0b11, 0x1ff];
        viterbi(&emis, &Trans::default(), Some(&mask), &mut back, &mut path);
        assert_eq!(path, vec![1, 1, 2]);
        viterbi(&[], &Trans::default(), None, &mut back, &mut path);
        assert!(path.is_empty());
    }
}

//! Scoring and Viterbi decoding over the nine IOB2 tags.

use super::N_TAGS;
use super::features::{Case, Extractor, Prepared, TokInfo, case_of, hash_lower, hash_word, is_opener};
use super::gazetteer::{Gazetteer, IdMap};
use super::stack::Stack;
use super::words::{WordTable, key_of};

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

/// Labels the tokens of a document got so far, keyed by case-folded token: a later mention
/// of "Takaichi" learns from the earlier "Sanae Takaichi".
#[derive(Debug, Default, Clone)]
pub struct History {
    map: IdMap<u8>,
    /// How each word is written anywhere in the document: bit 0 in lower case, bit 1
    /// capitalised mid-sentence. A capital at a sentence start or in a headline is read
    /// against these.
    cases: IdMap<u8>,
    /// The first pass's labels of the document, when this is the second pass.
    stack: Option<Stack>,
    /// Index of the sentence being tagged (sentences recorded so far).
    sent: usize,
    /// The document's topic words: its two most repeated uncommon lower-case words (0: none).
    topics: [u64; 2],
    /// 1 when the document is written informally (handles, hashtags, links, lower-case
    /// sentence starts), else 0.
    style: u8,
}

impl History {
    /// A history that knows the document: how its words are written, its topic words (its two
    /// most repeated uncommon lower-case words by the word table's frequencies: "album" and
    /// "band" in a music article, "party" and "election" in politics) and its register.
    pub fn for_document<'a, S: AsRef<str> + 'a>(
        words: &WordTable,
        sentences: impl Iterator<Item = &'a [S]>,
    ) -> History {
        let mut cases: IdMap<u8> = IdMap::with_capacity_and_hasher(256, Default::default());
        let mut counts: IdMap<u32> = IdMap::with_capacity_and_hasher(256, Default::default());
        let (mut n, mut informal) = (0usize, 0usize);
        for s in sentences {
            n += 1;
            let (mut lower_start, mut marks) = (false, false);
            for (i, t) in s.iter().enumerate() {
                let t = t.as_ref();
                marks |= t.len() > 1 && (t.starts_with('@') || t.starts_with('#') || t.starts_with("http"));
                if t.len() >= 3 && t.bytes().all(|b| b.is_ascii_lowercase()) {
                    *counts.entry(hash_word(t)).or_default() += 1;
                }
                let Some(first) = t.chars().next() else { continue };
                let bit = if first.is_lowercase() {
                    lower_start |= i == 0;
                    1
                } else if first.is_uppercase() && i > 0 && !is_opener(s[i - 1].as_ref()) {
                    2
                } else {
                    continue;
                };
                *cases.entry(hash_lower(t)).or_default() |= bit;
            }
            informal += usize::from(lower_start || marks);
        }
        // Only the repeated words are looked up: most words are said once.
        let mut top: Vec<(u32, u64)> = counts
            .into_iter()
            .filter(|&(h, c)| c >= 2 && words.get(key_of(h)).is_some_and(|i| i.freq >= 9))
            .map(|(h, c)| (c, h))
            .collect();
        top.sort_unstable_by(|a, b| b.cmp(a));
        let mut topics = [0; 2];
        for (slot, &(_, h)) in topics.iter_mut().zip(top.iter()) {
            *slot = h;
        }
        History {
            map: IdMap::default(),
            cases,
            stack: None,
            sent: 0,
            topics,
            style: u8::from(n > 0 && informal * 4 >= n),
        }
    }

    pub(crate) fn style(&self) -> u8 {
        self.style
    }

    pub(crate) fn topics(&self) -> [u64; 2] {
        self.topics
    }

    /// The same history for a second pass that reads the first pass's labels.
    pub fn with_stack(mut self, stack: Stack) -> History {
        self.stack = Some(stack);
        self
    }

    /// The first pass's labels and the index of the current sentence, in a second pass.
    pub(crate) fn stack(&self) -> Option<(&Stack, usize)> {
        self.stack.as_ref().map(|s| (s, self.sent))
    }

    pub(crate) fn case_seen(&self, lower: u64) -> u8 {
        self.cases.get(&lower).copied().unwrap_or(0)
    }

    pub(crate) fn get(&self, lower: u64) -> Option<u8> {
        self.map.get(&lower).copied()
    }

    /// Remember the labels of capitalised tokens: their type, or 0 for a capitalised word
    /// mid-sentence that was not a name.
    pub(crate) fn record(&mut self, infos: &[TokInfo], path: &[u8]) {
        self.sent += 1;
        for (info, &tag) in infos.iter().zip(path) {
            let case = case_of(info.case);
            if !case.may_be_name() {
                continue;
            }
            let label = if tag == 0 {
                if matches!(case, Case::TitleMid | Case::CapsMid) {
                    0
                } else {
                    continue;
                }
            } else {
                1 + (tag - 1) / 2
            };
            self.map.insert(info.lower, label);
        }
    }
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
    back: Vec<[u8; N_TAGS]>,
    pub path: Vec<u8>,
}

impl Decoder {
    /// Extract features and find the best tag sequence into `self.path`.
    pub(crate) fn decode<W: Weights>(
        &mut self,
        w: &W,
        gaz: &Gazetteer,
        tokens: &[&str],
        history: Option<&History>,
    ) {
        self.ex
            .extract(gaz, tokens, history, w.mask(), &mut self.feats, &mut self.offs);
        self.score(w);
    }

    /// [`Decoder::decode`] where the tokens that `fixed` marks, given the sentence's token
    /// infos, are `O` without being scored.
    pub(crate) fn decode_where<W: Weights>(
        &mut self,
        w: &W,
        gaz: &Gazetteer,
        tokens: &[&str],
        history: Option<&History>,
        fixed: impl FnOnce(&[TokInfo]) -> Vec<bool>,
    ) {
        self.ex
            .extract(gaz, tokens, history, w.mask(), &mut self.feats, &mut self.offs);
        let fixed = fixed(self.ex.infos());
        self.score_where(w, Some(&fixed));
    }

    /// [`Decoder::decode`] of a sentence whose pass-independent features are prepared.
    pub(crate) fn decode_prepared<W: Weights>(&mut self, w: &W, p: &Prepared, history: Option<&History>) {
        self.ex
            .features_of(p, history, w.mask(), &mut self.feats, &mut self.offs);
        self.score(w);
    }

    /// [`Decoder::decode_prepared`] where the tokens marked in `fixed` are `O` without being
    /// scored.
    pub(crate) fn decode_prepared_fixed<W: Weights>(
        &mut self,
        w: &W,
        p: &Prepared,
        history: Option<&History>,
        fixed: &[bool],
    ) {
        self.ex
            .features_of(p, history, w.mask(), &mut self.feats, &mut self.offs);
        self.score_where(w, Some(fixed));
    }

    /// Emission scores of the extracted features, then Viterbi into `self.path`.
    fn score<W: Weights>(&mut self, w: &W) {
        self.score_where(w, None);
    }

    /// [`Decoder::score`], leaving the tokens marked in `fixed` unscored and `O`.
    fn score_where<W: Weights>(&mut self, w: &W, fixed: Option<&[bool]>) {
        self.emis.clear();
        self.allowed.clear();
        let n = self.offs.len().saturating_sub(1);
        let is_fixed = |k: usize| fixed.is_some_and(|f| f.get(k).copied().unwrap_or(false));
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
        let mask = fixed.map(|_| self.allowed.as_slice());
        viterbi(&self.emis, w.trans(), mask, &mut self.back, &mut self.path);
    }

    /// Best path of the last decoded sentence among the tags `allowed[k]` (a bit set) at each
    /// token, into `out`.
    pub(crate) fn constrained<W: Weights>(&mut self, w: &W, allowed: &[u16], out: &mut Vec<u8>) {
        viterbi(&self.emis, w.trans(), Some(allowed), &mut self.back, out);
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
    fn topics_and_style_of_a_document() {
        let clusters = "{}";
        let probs = r#"{"the": -3.5, "band": -10.2, "album": -10.4, "guitar": -11.0, "was": -5.0}"#;
        let words = WordTable::from_bytes(&WordTable::compile(clusters, probs, 100).expect("compiles"))
            .expect("loads");
        let doc: Vec<Vec<&str>> = [
            "The band was formed in 1990 and the band released an album",
            "The album was their first ; the guitar was loud",
            "The band toured",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let h = History::for_document(&words, doc.iter().map(Vec::as_slice));
        // "band" ×3, "album" ×2; "the" and "was" are common, "guitar" is said once.
        assert_eq!(h.topics(), [hash_word("band"), hash_word("album")]);
        let none = History::for_document(&words, doc[2..].iter().map(Vec::as_slice));
        assert_eq!(none.topics(), [0, 0]);
        assert_eq!(h.style(), 0, "edited text");
        let posts: Vec<Vec<&str>> = ["@maria loved the album", "so good #music", "The band toured"]
            .iter()
            .map(|s| s.split(' ').collect())
            .collect();
        let informal = History::for_document(&words, posts.iter().map(Vec::as_slice));
        assert_eq!(informal.style(), 1, "handles, hashtags and lower-case starts");
    }

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

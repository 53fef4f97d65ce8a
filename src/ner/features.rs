//! Hashed features of a token in its sentence.
//!
//! Every feature is a (template, value) pair hashed to a bucket of the weight table, so the
//! model needs no vocabulary. Values are hashed straight from the token's characters (the
//! lowercase form is hashed on the fly), so extraction allocates nothing once its buffers have
//! grown.

use super::gazetteer::{Gazetteer, Kind};
use super::hash::{hash_lower, mix};
use super::history::History;
use super::token::{Case, TokInfo, case_of, info_of};
// `post` reads `is_opener` from here.
pub(super) use super::token::is_opener;

mod sentence;

pub(crate) use sentence::is_ordinary_word;
use sentence::{is_caps_sentence, is_title_headline, runs, sentence_keyword};

const BOS: TokInfo = TokInfo::pad(0xB05);
const EOS: TokInfo = TokInfo::pad(0xE05);

// Template ids: each is hashed with its value, so ids only need to be distinct.
const T_BIAS: u64 = 1;
const T_LOW: u64 = 2;
const T_RAW: u64 = 3;
const T_SHAPE: u64 = 4;
const T_LSHAPE: u64 = 5;
const T_PRE: u64 = 6; // 6..=9
const T_SUF: u64 = 10; // 10..=13
const T_S: u64 = 18; // 18..=21: shapes of w-2, w-1, w+1, w+2
const T_BI_L: u64 = 22;
const T_BI_R: u64 = 23;
const T_SHAPE3: u64 = 24;
const T_CASE: u64 = 25;
const T_CASE3: u64 = 26;
const T_GAZ: u64 = 27; // 27..=29: gazetteer of w0, w-1, w+1
const T_TITLE2: u64 = 30;
const T_DOC: u64 = 31;
const T_LOW_CASE: u64 = 32;
const T_WM1_S0: u64 = 33;
const T_S0_WP1: u64 = 34;
const T_RAW_M1: u64 = 35;
const T_BAG: u64 = 36;
const T_DOC_CASE: u64 = 37;
const T_LOW_NCASE: u64 = 38;
const T_RUN: u64 = 39;
const T_PART: u64 = 40; // 40..=41: first and last part of a hyphenated word
const T_RUN_EDGE: u64 = 42; // 42..=43: first and last word of the capitalised run
const T_CLU: u64 = 44;
const T_CLU_N: u64 = 48; // 48..=49: clusters of w-1, w+1
const T_FREQ: u64 = 50;
const T_TOPIC: u64 = 52; // 52..=55: the document's two topic words with the run code and case, and with the cluster
const T_STYLE: u64 = 56; // 56..=58: run code and case, shape and word, in informal documents
const T_SKW: u64 = 59; // 59..=60: the sentence's rarest word with the run code and case, and with the cluster

/// Most features one token can have in [`Extractor::prepare`]: 28 fixed ones, 8 affixes, 4 in
/// the bag, 2 run edges, 2 word parts, 4 of topics, 3 of informal style, 2 of the sentence's
/// rarest word and 2 optional ones, plus one per gazetteer bit (16 bits of begin and 16 of
/// inside marks for each of 3 tokens): 151 at most.
const MAX_TOKEN_FEATS: usize = 160;

/// The features of a sentence that do not depend on a pass's own labels: all but the label the
/// same word got earlier in the document (`T_DOC`) and the second pass's stacked features.
/// Both passes over a document share them (when their name lists are the same).
#[derive(Debug, Default, Clone)]
pub(crate) struct Prepared {
    infos: Vec<TokInfo>,
    /// Feature hashes before masking: token `i` owns `base[offs[i]..offs[i + 1]]`, and its
    /// `T_DOC` feature, if any, goes before `base[doc_at[i]]`.
    base: Vec<u32>,
    offs: Vec<u32>,
    doc_at: Vec<u32>,
    /// Where token `i`'s features that only the first pass reads begin.
    first_only: Vec<u32>,
    /// Tokens whose features were not computed ([`Scope::SkipPlain`]): both passes leave
    /// them `O` unscored.
    unscored: Vec<bool>,
}

/// Which tokens of a sentence a pass reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every token (training: a weight learns from every token).
    All,
    /// All but the plain tokens between plain tokens, which are left `O` unscored: a
    /// lower-case word or a token without letters, with two such on either side. Most of
    /// a news sentence is such words, far from any name (see docs/ner.md).
    SkipPlain,
}

impl Scope {
    /// The scope of a document's passes: informal writing (posts, comments) does not
    /// capitalise its names, so its plain words are read too. Without a document (a sentence
    /// tagged alone) there is no register to go by, and news is assumed.
    pub(crate) fn of(history: Option<&History>) -> Scope {
        if history.is_some_and(|h| h.style() != 0) {
            Scope::All
        } else {
            Scope::SkipPlain
        }
    }
}

/// Whether a token is plain: every letter lower case, or no letters (punctuation, figures).
pub(crate) fn is_plain(info: &TokInfo) -> bool {
    info.plain
}

/// Tokens either side of a plain token that must be plain too for [`Scope::SkipPlain`] to leave
/// it unscored. One is not enough: a name split at its hyphens ("Chang - su", "Henley - on -
/// Thames") has plain tokens beside plain tokens (dev F1 0.7587 with one, 0.7834 with two,
/// 0.7844 reading every token).
const PLAIN_REACH: usize = 2;

/// Into `out`, whether each token is calm (by `calm`) with `reach` calm tokens on both sides (the
/// sentence's ends count as calm).
pub(crate) fn calm_windows(calm: &[bool], reach: usize, out: &mut Vec<bool>) {
    out.clear();
    out.extend((0..calm.len()).map(|k| {
        calm[k.saturating_sub(reach)..(k + reach + 1).min(calm.len())]
            .iter()
            .all(|&c| c)
    }));
}

/// Buffers for the second pass's stacked features of one sentence.
#[derive(Debug, Default)]
pub(crate) struct StackBufs {
    feats: Vec<(u64, u64)>,
    offs: Vec<u32>,
}

/// Longest sentence, in tokens, whose buffers are kept for reuse between documents.
pub(crate) const REUSE_TOKENS: usize = 1024;

/// Reusable buffers for feature extraction.
#[derive(Debug, Default)]
pub(crate) struct Extractor {
    prep: Prepared,
    chars: Vec<char>,
    gaz_begin: Vec<u16>,
    gaz_inside: Vec<u16>,
    stack: StackBufs,
    runs: Vec<(u8, u16, u16)>,
    plain: Vec<bool>,
}

/// Bucket hash of a (template, value) pair, before masking to the table size.
#[inline]
fn hashed(t: u64, v: u64) -> u32 {
    (mix(t, v) >> 24) as u32
}

/// Bucket of a word-keyed feature: slot `slot` (below 8) of the word's block of eight
/// buckets. A word's row as the token and its rows as each neighbour share one 64-byte
/// cache line, which the sentence then loads once instead of five times.
#[inline]
fn hashed_word(lower: u64, slot: u32) -> u32 {
    ((mix(T_LOW, lower) >> 24) as u32 & !7) | slot
}

impl Prepared {
    /// Whether its buffers are of an ordinary sentence's size, worth keeping for reuse (one
    /// runaway "sentence" of a million tokens should not stay in memory after its document).
    pub(crate) fn is_small(&self) -> bool {
        self.infos.capacity() <= REUSE_TOKENS && self.base.capacity() <= REUSE_TOKENS * 64
    }

    /// Per-token info of the sentence.
    pub(crate) fn infos(&self) -> &[TokInfo] {
        &self.infos
    }

    /// The tokens whose features were left out (see [`Scope::SkipPlain`]).
    pub(crate) fn unscored(&self) -> &[bool] {
        &self.unscored
    }

    /// The full feature ids of the sentence for a pass with `history` and a table of
    /// `mask + 1` buckets: token `i` owns `feats[offs[i]..offs[i + 1]]`. Tokens that `unscored`
    /// marks get none, nor do those left out when the sentence was prepared: the pass leaves
    /// them `O` without reading them (most of a sentence, in the second pass).
    pub(crate) fn features(
        &self,
        history: Option<&History>,
        mask: u32,
        unscored: Option<&[bool]>,
        sb: &mut StackBufs,
        feats: &mut Vec<u32>,
        offs: &mut Vec<u32>,
    ) {
        feats.clear();
        offs.clear();
        let n = self.infos.len();
        let stacked = match history.and_then(History::stack) {
            Some((st, sent)) => {
                st.sentence_feats(sent, &self.infos, unscored, &mut sb.feats, &mut sb.offs);
                true
            }
            None => false,
        };
        feats.reserve(self.base.len() + n + if stacked { sb.feats.len() } else { 0 });
        for (i, info) in self.infos.iter().enumerate() {
            offs.push(feats.len() as u32);
            if self.unscored[i] || unscored.is_some_and(|u| u.get(i).copied().unwrap_or(false)) {
                continue;
            }
            let (a, d, b) = (
                self.offs[i] as usize,
                self.doc_at[i] as usize,
                self.offs[i + 1] as usize,
            );
            feats.extend(self.base[a..d].iter().map(|&h| h & mask));
            if let Some(h) = history
                && let Some(label) = h.get(info.lower)
            {
                feats.push(hashed(T_DOC, (label as u64) << 8 | info.case as u64) & mask);
            }
            // The second pass leaves out the affixes and the bag of words: its first pass's
            // labels carry what they say (dev F1 0.7809 without them, 0.7799 with, and fewer
            // weight rows).
            let b = if stacked { self.first_only[i] as usize } else { b };
            feats.extend(self.base[d..b].iter().map(|&h| h & mask));
            if stacked {
                let (a, b) = (sb.offs[i] as usize, sb.offs[i + 1] as usize);
                feats.extend(sb.feats[a..b].iter().map(|&(t, v)| hashed(t, v) & mask));
            }
        }
        offs.push(feats.len() as u32);
    }
}

/// A token's Brown cluster. An unknown form falls back on its lower-case form's class, marked
/// as such (bit 16).
fn clu(t: &TokInfo) -> u64 {
    if t.word.cluster != 0 {
        t.word.cluster as u64
    } else if t.low.cluster != 0 {
        t.low.cluster as u64 | 1 << 16
    } else {
        0
    }
}

/// A token's features, gathered before they are appended to the sentence's at once.
struct TokenFeats {
    buf: [u32; MAX_TOKEN_FEATS],
    len: usize,
}

impl TokenFeats {
    /// Add the feature (template `t`, value `v`).
    #[inline(always)]
    fn push(&mut self, t: u64, v: u64) {
        self.push_bucket(hashed(t, v));
    }

    /// Add a feature already hashed to its bucket.
    #[inline(always)]
    fn push_bucket(&mut self, h: u32) {
        self.buf[self.len] = h;
        self.len += 1;
    }
}

/// The tokens of a sentence as the features read them, padded beyond both ends.
struct Window<'a> {
    infos: &'a [TokInfo],
}

impl Window<'_> {
    /// Token `k`'s info, or the padding before the start or after the end.
    #[inline(always)]
    fn at(&self, k: isize) -> &TokInfo {
        if k < 0 {
            &BOS
        } else if k as usize >= self.infos.len() {
            &EOS
        } else {
            &self.infos[k as usize]
        }
    }
}

/// The features of token `i` and the two words either side of it: the word, its shape and
/// case, its neighbours, their pairs and their marks in the name lists.
#[inline(always)]
fn window_features(buf: &mut TokenFeats, window: &Window<'_>, i: isize) {
    let w = window.at(i);
    let (m2, m1, p1, p2) = (
        window.at(i - 2),
        window.at(i - 1),
        window.at(i + 1),
        window.at(i + 2),
    );
    buf.push(T_BIAS, 0);
    buf.push_bucket(hashed_word(w.lower, 0));
    buf.push(T_RAW, w.raw);
    buf.push(T_SHAPE, w.shape);
    buf.push(T_LSHAPE, w.long_shape);
    for (slot, t) in [(1, m2), (2, m1), (3, p1), (4, p2)] {
        buf.push_bucket(hashed_word(t.lower, slot));
    }
    buf.push(T_S, m2.shape);
    buf.push(T_S + 1, m1.shape);
    buf.push(T_S + 2, p1.shape);
    buf.push(T_S + 3, p2.shape);
    buf.push(T_BI_L, mix(m1.lower, w.lower));
    buf.push(T_BI_R, mix(w.lower, p1.lower));
    buf.push(T_SHAPE3, mix(mix(m1.shape, w.shape), p1.shape));
    buf.push(T_CASE, w.case as u64);
    buf.push(
        T_CASE3,
        (m1.case as u64) << 16 | (w.case as u64) << 8 | p1.case as u64,
    );
    buf.push(T_LOW_CASE, mix(w.lower, w.case as u64));
    buf.push(T_WM1_S0, mix(m1.lower, w.shape));
    buf.push(T_S0_WP1, mix(w.shape, p1.lower));
    buf.push(T_RAW_M1, mix(m1.raw, w.case as u64));
    for (slot, t) in [(0u64, w), (1, m1), (2, p1)] {
        let cap = u64::from(Case::may_be_name(case_of(t.case)));
        for (bits, inside) in [(t.gaz_begin, 0u64), (t.gaz_inside, 1)] {
            let mut b = bits;
            while b != 0 {
                let bit = b.trailing_zeros() as u64;
                b &= b - 1;
                buf.push(T_GAZ + slot, bit << 4 | cap << 1 | inside);
            }
        }
    }
    if m2.gaz_begin & Kind::Title.bit() as u16 != 0 {
        buf.push(T_TITLE2, w.case as u64);
    }
}

/// The features of token `w` that read the document: how it writes the word, its style and its
/// topic words. `code` is the token's run code (see [`runs`]).
#[inline(always)]
fn document_features(buf: &mut TokenFeats, h: &History, w: &TokInfo, code: u8) {
    buf.push(T_DOC_CASE, (h.case_seen(w.lower) as u64) << 8 | w.case as u64);
    // What a name is depends on what the document is about: a capitalised title
    // is an album in an article about a band, a party in one about an election.
    // Informal text (posts, tweets, comments) writes names its own way: its
    // documents get their own case, shape and word weights beside the shared ones.
    if h.style() != 0 {
        buf.push(T_STYLE, (code as u64) << 8 | w.case as u64);
        buf.push(T_STYLE + 1, w.shape);
        buf.push(T_STYLE + 2, w.lower);
    }
    for (slot, t) in h.topics().into_iter().enumerate() {
        if t != 0 {
            buf.push(T_TOPIC + slot as u64, mix(t, (code as u64) << 8 | w.case as u64));
            buf.push(T_TOPIC + 2 + slot as u64, mix(t, clu(w)));
        }
    }
}

/// The features of token `i` from its capitalised run (`run` as [`runs`] gives it), the word
/// classes and frequencies of the unlabelled corpus, the sentence's keyword `sent_kw` and the
/// parts of a hyphenated `tok`.
#[inline(always)]
fn run_features(
    buf: &mut TokenFeats,
    window: &Window<'_>,
    i: isize,
    run: (u8, u16, u16),
    sent_kw: u64,
    tok: &str,
) {
    let w = window.at(i);
    let (m1, p1) = (window.at(i - 1), window.at(i + 1));
    // A small word between capitals ("of" in "Bank of England") reads its neighbours' case.
    buf.push(T_LOW_NCASE, mix(w.lower, (m1.case as u64) << 8 | p1.case as u64));
    let (code, start, end) = run;
    buf.push(T_RUN, (code as u64) << 8 | w.case as u64);
    // The words that open and close a longer capitalised run name its kind: "Wedbush
    // Securities", "University of …", "… River".
    if end > start + 1 {
        let pos = u64::from(code >> 1 & 3);
        buf.push(T_RUN_EDGE, mix(window.at(start as isize).lower, pos));
        buf.push(T_RUN_EDGE + 1, mix(window.at(end as isize - 1).lower, pos));
    }
    // Word classes and frequencies from the unlabelled corpus.
    let c0 = clu(w);
    buf.push(T_CLU, c0);
    buf.push(T_CLU_N, clu(m1));
    buf.push(T_CLU_N + 1, clu(p1));
    buf.push(
        T_FREQ,
        (w.word.freq as u64) << 16 | (w.low.freq as u64) << 8 | w.case as u64,
    );
    if sent_kw != 0 {
        buf.push(T_SKW, mix(sent_kw, (code as u64) << 8 | w.case as u64));
        buf.push(T_SKW + 1, mix(sent_kw, clu(w)));
    }
    let bytes = tok.as_bytes();
    if let (Some(a), Some(b)) = (
        bytes.iter().position(|&c| c == b'-'),
        bytes.iter().rposition(|&c| c == b'-'),
    ) && a > 0
        && b + 1 < tok.len()
    {
        buf.push(T_PART, hash_lower(&tok[..a]));
        buf.push(T_PART + 1, hash_lower(&tok[b + 1..]));
    }
}

/// The features of token `i` only the first pass reads (the second reads its labels instead):
/// affixes, and words further away without their position ("album", "born", "released" cue the
/// type of a name a few words off).
#[inline(always)]
fn first_pass_features(buf: &mut TokenFeats, window: &Window<'_>, i: isize) {
    let w = window.at(i);
    for k in 0..w.n_affix as usize {
        buf.push(T_PRE + k as u64, w.pre[k]);
        buf.push(T_SUF + k as u64, w.suf[k]);
    }
    for d in 3..=4isize {
        buf.push(T_BAG, window.at(i - d).lower);
        buf.push(T_BAG, window.at(i + d).lower);
    }
}

impl Extractor {
    /// The full features of a prepared sentence (see [`Prepared::features`]).
    pub(crate) fn features_of(
        &mut self,
        p: &Prepared,
        history: Option<&History>,
        mask: u32,
        unscored: Option<&[bool]>,
        feats: &mut Vec<u32>,
        offs: &mut Vec<u32>,
    ) {
        p.features(history, mask, unscored, &mut self.stack, feats, offs);
    }

    /// The last prepared sentence, leaving empty buffers behind.
    pub(crate) fn take_prepared(&mut self) -> Prepared {
        std::mem::take(&mut self.prep)
    }

    /// Hand back a [`Prepared`] whose buffers the next [`Extractor::prepare`] reuses.
    pub(crate) fn recycle(&mut self, spare: Prepared) {
        self.prep = spare;
    }

    /// Compute the pass-independent features of a sentence into `self.prep`; `history` gives
    /// how the document's words are written (its labels are not read). Each token's features
    /// come in a fixed order, in four steps: its window, the document, its run and word class,
    /// and the first pass's own.
    pub(crate) fn prepare(
        &mut self,
        gaz: &Gazetteer,
        tokens: &[&str],
        history: Option<&History>,
        scope: Scope,
    ) {
        self.prepare_infos(gaz, tokens);
        self.plain.clear();
        self.plain.extend(
            self.prep
                .infos
                .iter()
                .map(|i| scope == Scope::SkipPlain && is_plain(i)),
        );
        calm_windows(&self.plain, PLAIN_REACH, &mut self.prep.unscored);
        runs(tokens, &self.prep.infos, &mut self.runs);
        let sent_kw = sentence_keyword(tokens, &self.prep.infos);
        let Prepared {
            infos,
            base: feats,
            offs,
            doc_at,
            first_only,
            unscored,
        } = &mut self.prep;
        let window = Window { infos };
        // A token's features are gathered in a local buffer, then appended at once.
        let mut buf = TokenFeats {
            buf: [0u32; MAX_TOKEN_FEATS],
            len: 0,
        };
        for (i, &tok) in tokens.iter().enumerate() {
            offs.push(feats.len() as u32);
            if unscored[i] {
                doc_at.push(feats.len() as u32);
                first_only.push(feats.len() as u32);
                continue;
            }
            buf.len = 0;
            let ii = i as isize;
            let w = window.at(ii);
            window_features(&mut buf, &window, ii);
            doc_at.push((feats.len() + buf.len) as u32);
            if let Some(h) = history {
                document_features(&mut buf, h, w, self.runs[i].0);
            }
            run_features(&mut buf, &window, ii, self.runs[i], sent_kw, tok);
            first_only.push((feats.len() + buf.len) as u32);
            first_pass_features(&mut buf, &window, ii);
            feats.extend_from_slice(&buf.buf[..buf.len]);
        }
        offs.push(feats.len() as u32);
    }

    /// Clear `self.prep` for a sentence of `tokens` and read each token by itself: its case and
    /// shape, its marks in the name lists and what the word table knows of it.
    fn prepare_infos(&mut self, gaz: &Gazetteer, tokens: &[&str]) {
        let Prepared {
            infos,
            base: feats,
            offs,
            doc_at,
            first_only,
            unscored: _,
        } = &mut self.prep;
        first_only.clear();
        feats.clear();
        offs.clear();
        doc_at.clear();
        let caps = is_caps_sentence(tokens) || is_title_headline(tokens, gaz.words());
        infos.clear();
        // Room for the usual ~60 features a token: buffers taken by `take_prepared` start empty.
        infos.reserve(tokens.len());
        feats.reserve(tokens.len() * 64);
        offs.reserve(tokens.len() + 1);
        doc_at.reserve(tokens.len());
        for (i, tok) in tokens.iter().enumerate() {
            let initial = i == 0 || is_opener(tokens[i - 1]);
            let info = info_of(&mut self.chars, tok, initial, caps);
            infos.push(info);
        }
        // The word table's slots load while the name lists are matched.
        let words = gaz.words();
        for info in infos.iter() {
            words.prefetch(info.wkey);
            words.prefetch(info.lkey);
        }
        gaz.mark(tokens, infos, &mut self.gaz_begin, &mut self.gaz_inside);
        for (i, info) in infos.iter_mut().enumerate() {
            info.gaz_begin = self.gaz_begin[i];
            info.gaz_inside = self.gaz_inside[i];
            info.word = words.get(info.wkey).unwrap_or_default();
            info.low = if info.lkey == info.wkey {
                info.word
            } else {
                words.get(info.lkey).unwrap_or_default()
            };
        }
    }

    /// Per-token info of the last extracted sentence (for the document history).
    pub(crate) fn infos(&self) -> &[TokInfo] {
        &self.prep.infos
    }
}

#[cfg(test)]
mod tests;

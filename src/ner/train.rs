//! Training: an averaged structured perceptron (Collins 2002) over documents in a seeded
//! shuffled order, so a rerun with the same data and options writes the same weights file.
//!
//! Two choices beyond the textbook:
//! - Sources that never annotate MISC (their nationalities and events are `O`) are trained
//!   with MISC as unknown: a predicted MISC span over gold `O` is not punished there.
//! - A few sentences per epoch are also trained upper-cased, so that headlines in capitals,
//!   whose case says nothing, are seen in training.

use std::time::Instant;

use super::conll::Document;
use super::decode::{Decoder, Trans, Weights};
use super::features::Scope;
use super::gazetteer::{Gazetteer, insert_with_prefixes};
use super::hash::IdMap;
use super::history::History;
use super::model::Tagger;
use super::score::{Scores, score_sequences};
use super::stack::Stack;
use super::tag::{N_TAGS, Tag, chunks};
use super::words::WordTable;

/// Sources of the training data that annotate only PER, LOC and ORG (see LICENSE-DATA.md).
pub const SOURCES_WITHOUT_MISC: &[&str] = &["uner_ewt", "uner_pud", "btc_g", "btc_abefh"];

/// Settings of a training run.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    /// The feature table has `2^bits` buckets of 9 weights.
    pub bits: u32,
    pub seed: u64,
    /// One sentence in this many is also trained in capitals (0: never).
    pub caps_every: u64,
    /// Folds of the jackknife that gives the second pass its training input (0: no second
    /// pass).
    pub stack_folds: usize,
    /// The second pass's table has `2^stack_bits` buckets.
    pub stack_bits: u32,
    /// Runs over differently shuffled data whose averaged weights are summed: a small ensemble
    /// that costs nothing when tagging.
    pub runs: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            bits: 20,
            seed: 0x5EED_1234,
            caps_every: 25,
            stack_folds: 5,
            stack_bits: 19,
            runs: 3,
        }
    }
}

/// What one epoch did.
#[derive(Debug, Clone)]
pub struct EpochReport {
    /// Which of the runs (1-based); 0 reports the runs' combined weights.
    pub run: usize,
    pub epoch: usize,
    pub sentences: usize,
    pub mistakes: usize,
    pub seconds: f64,
    pub dev: Option<Scores>,
}

use crate::rng::SplitMix64 as Rng;

/// Weights as floats, one row of [`N_TAGS`] per feature bucket: the perceptron's current
/// weights, and the averaged ones measured on dev between epochs and quantised at the end.
struct Dense {
    mask: u32,
    w: Vec<f32>,
    trans: Trans,
}

impl Weights for Dense {
    fn emit(&self, feats: &[u32], out: &mut [f32; N_TAGS]) {
        for &f in feats {
            let base = f as usize * N_TAGS;
            if let Some(row) = self.w.get(base..base + N_TAGS) {
                for (o, &v) in out.iter_mut().zip(row) {
                    *o += v;
                }
            }
        }
    }
    fn trans(&self) -> &Trans {
        &self.trans
    }
    fn mask(&self) -> u32 {
        self.mask
    }
}

/// Perceptron state with the running sums for averaging.
struct Perceptron {
    now: Dense,
    /// Σ c·Δ, so that the average is `w − u / c`.
    u: Vec<f64>,
    tu: Trans64,
    c: f64,
}

#[derive(Clone, Default)]
struct Trans64 {
    start: [f64; N_TAGS],
    t: [[f64; N_TAGS]; N_TAGS],
}

impl Perceptron {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * N_TAGS;
        Perceptron {
            now: Dense {
                mask: (1u32 << bits) - 1,
                w: vec![0.0; n],
                trans: Trans::default(),
            },
            u: vec![0.0; n],
            tu: Trans64::default(),
            c: 1.0,
        }
    }

    fn bump(&mut self, idx: usize, d: f32) {
        self.now.w[idx] += d;
        self.u[idx] += self.c * d as f64;
    }

    fn bump_trans(&mut self, prev: Option<usize>, cur: usize, d: f32) {
        match prev {
            None => {
                self.now.trans.start[cur] += d;
                self.tu.start[cur] += self.c * d as f64;
            }
            Some(p) => {
                self.now.trans.t[p][cur] += d;
                self.tu.t[p][cur] += self.c * d as f64;
            }
        }
    }

    /// Move the weights towards `gold` and away from `pred` on the tokens where they differ.
    fn update(&mut self, dec: &Decoder, gold: &[u8], pred: &[u8]) {
        for k in 0..gold.len() {
            let (g, p) = (gold[k] as usize, pred[k] as usize);
            if g != p {
                for &f in dec.token_feats(k) {
                    let base = f as usize * N_TAGS;
                    self.bump(base + g, 1.0);
                    self.bump(base + p, -1.0);
                }
            }
            let gp = (k > 0).then(|| gold[k - 1] as usize);
            let pp = (k > 0).then(|| pred[k - 1] as usize);
            if (gp, g) != (pp, p) {
                self.bump_trans(gp, g, 1.0);
                self.bump_trans(pp, p, -1.0);
            }
        }
    }

    fn average(&self) -> Dense {
        let c = self.c;
        let w = self
            .now
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| (w as f64 - u / c) as f32)
            .collect();
        let mut trans = Trans::default();
        for j in 0..N_TAGS {
            trans.start[j] = (self.now.trans.start[j] as f64 - self.tu.start[j] / c) as f32;
            for i in 0..N_TAGS {
                trans.t[i][j] = (self.now.trans.t[i][j] as f64 - self.tu.t[i][j] / c) as f32;
            }
        }
        Dense {
            mask: self.now.mask,
            w,
            trans,
        }
    }
}

/// Sources of the `train` documents of `docs.tsv`, in file order.
pub fn doc_sources(docs_tsv: &str, split: &str) -> Vec<String> {
    docs_tsv
        .lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols.len() >= 3 && cols[0] == split).then(|| cols[2].to_string())
        })
        .collect()
}

/// The training target. Normally the gold path; in a document without MISC annotation, the
/// best path (under the current weights) that agrees with gold on its names and may put MISC
/// wherever gold says `O` — MISC there is unknown, not absent.
fn target<W: Weights>(
    dec: &mut Decoder,
    w: &W,
    gold: &[u8],
    partial_misc: bool,
    mask: &mut Vec<u16>,
) -> Vec<u8> {
    if !partial_misc {
        return gold.to_vec();
    }
    const O_OR_MISC: u16 = 1 | 1 << 7 | 1 << 8;
    mask.clear();
    mask.extend(gold.iter().map(|&g| if g == 0 { O_OR_MISC } else { 1 << g }));
    let mut out = Vec::with_capacity(gold.len());
    dec.constrained(w, mask, &mut out);
    out
}

/// First-pass labels of each document's sentences.
pub type DocTags = Vec<Vec<Tag>>;

/// The document history, with the first pass's labels when there are some.
fn history(doc: &Document, first: Option<&DocTags>, words: &WordTable) -> History {
    let hist = History::for_document(words, doc.sentences.iter().map(|s| s.tokens.as_slice()));
    match first {
        Some(tags) => {
            let toks: Vec<&[String]> = doc.sentences.iter().map(|s| s.tokens.as_slice()).collect();
            hist.with_stack(Stack::new(&toks, tags.clone()))
        }
        None => hist,
    }
}

/// Tag documents with any weights (document history on).
fn decode_docs<W: Weights>(
    w: &W,
    gaz: &Gazetteer,
    docs: &[Document],
    first: Option<&[DocTags]>,
) -> Vec<Vec<u8>> {
    let mut dec = Decoder::default();
    let mut out = Vec::new();
    for (k, d) in docs.iter().enumerate() {
        let mut hist = history(d, first.and_then(|f| f.get(k)), gaz.words());
        for s in &d.sentences {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            dec.decode(w, gaz, &toks, Some(&hist), Scope::All);
            hist.record(dec.ex.infos(), &dec.path);
            out.push(dec.path.clone());
        }
    }
    out
}

fn dev_scores<W: Weights>(w: &W, gaz: &Gazetteer, dev: &[Document], first: Option<&[DocTags]>) -> Scores {
    let pred: Vec<Vec<Tag>> = decode_docs(w, gaz, dev, first)
        .into_iter()
        .map(|p| p.into_iter().map(|i| Tag::from_index(i as usize)).collect())
        .collect();
    let gold: Vec<Vec<Tag>> = dev
        .iter()
        .flat_map(|d| d.sentences.iter().map(|s| s.tags.clone()))
        .collect();
    score_sequences(&gold, &pred)
}

/// Documents are split into this many folds for the name lexicon: a document's lexicon
/// features come from the names of the other folds, so training sees them as they will be
/// on new text, where only some names were seen before.
const FOLDS: usize = 10;

/// The names (≤ 5 tokens) annotated in `docs`, skipping documents of fold `skip`.
fn name_lexicon(docs: &[Document], skip: Option<usize>) -> IdMap<u8> {
    let mut out = IdMap::default();
    for (d, doc) in docs.iter().enumerate() {
        if Some(d % FOLDS) == skip {
            continue;
        }
        for s in &doc.sentences {
            for (start, end, ty) in chunks(&s.tags) {
                if end - start <= 5 {
                    let toks = s.tokens[start..end].iter().map(String::as_str);
                    insert_with_prefixes(&mut out, toks, 1 << ty.index());
                }
            }
        }
    }
    out
}

/// Train on `docs` (`partial_misc[i]`: document `i` does not annotate MISC), measuring on
/// `dev` after every epoch if given. Deterministic for fixed inputs and options. The tagger
/// carries a training id made from its weights ([`Tagger::stamped`]); give it to the second pass
/// with [`Tagger::trained_with`].
pub fn train(
    docs: &[Document],
    partial_misc: &[bool],
    dev: Option<&[Document]>,
    gaz: Gazetteer,
    opts: &TrainOptions,
    on_epoch: &mut dyn FnMut(&EpochReport),
) -> Tagger {
    train_with_dev(docs, partial_misc, dev, None, gaz, opts, None, on_epoch).stamped()
}

/// First-pass labels of every training document from a model trained without it: `folds`
/// models, each trained on the documents of the other folds. The second pass trains on these,
/// so it sees the first pass's real mistakes, not its memory of the training data.
pub fn jackknife(
    docs: &[Document],
    partial_misc: &[bool],
    gaz: &Gazetteer,
    opts: &TrainOptions,
    folds: usize,
    log: &mut dyn FnMut(usize),
) -> Vec<DocTags> {
    let folds = folds.max(2);
    let mut out: Vec<DocTags> = vec![Vec::new(); docs.len()];
    for f in 0..folds {
        let (mut sub, mut sub_partial) = (Vec::new(), Vec::new());
        for (d, doc) in docs.iter().enumerate() {
            if d % folds != f {
                sub.push(doc.clone());
                sub_partial.push(partial_misc.get(d).copied().unwrap_or(false));
            }
        }
        let model = train(&sub, &sub_partial, None, gaz.clone(), opts, &mut |_| {});
        for (d, doc) in docs.iter().enumerate() {
            if d % folds == f {
                out[d] = model.first_pass(&doc.token_lists());
            }
        }
        log(f);
    }
    out
}

/// Train, with the first pass's labels of each document (`first[d]`, and `first_dev` for dev)
/// as features when given: the second pass.
pub fn train_second(
    docs: &[Document],
    partial_misc: &[bool],
    dev: Option<(&[Document], &[DocTags])>,
    gaz: Gazetteer,
    opts: &TrainOptions,
    first: &[DocTags],
    on_epoch: &mut dyn FnMut(&EpochReport),
) -> Tagger {
    let opts = TrainOptions {
        bits: opts.stack_bits,
        ..opts.clone()
    };
    let (dev_docs, dev_first) = match dev {
        Some((d, f)) => (Some(d), Some(f)),
        None => (None, None),
    };
    train_with_dev(
        docs,
        partial_misc,
        dev_docs,
        dev_first,
        gaz,
        &opts,
        Some(first),
        on_epoch,
    )
}

#[allow(clippy::too_many_arguments)]
fn train_with_dev(
    docs: &[Document],
    partial_misc: &[bool],
    dev: Option<&[Document]>,
    dev_first: Option<&[DocTags]>,
    gaz: Gazetteer,
    opts: &TrainOptions,
    first: Option<&[DocTags]>,
    on_epoch: &mut dyn FnMut(&EpochReport),
) -> Tagger {
    let full = gaz.with_names(name_lexicon(docs, None));
    let training = Training {
        docs,
        partial_misc,
        folds: (0..FOLDS)
            .map(|f| gaz.with_names(name_lexicon(docs, Some(f))))
            .collect(),
        first,
        opts,
    };
    let runs = opts.runs.max(1);
    let mut sum: Option<Dense> = None;
    for run in 0..runs {
        let mut state = Run::new(opts, run, docs.len());
        for epoch in 1..=opts.epochs {
            let start = Instant::now();
            let (sentences, mistakes) = training.epoch(&mut state);
            let dev_scores = dev.map(|dev| dev_scores(&state.learner.p.average(), &full, dev, dev_first));
            on_epoch(&EpochReport {
                run: run + 1,
                epoch,
                sentences,
                mistakes,
                seconds: start.elapsed().as_secs_f64(),
                dev: dev_scores,
            });
        }
        let avg = state.learner.p.average();
        sum = Some(match sum {
            None => avg,
            Some(acc) => add_weights(acc, avg),
        });
    }
    // The sum of the runs' averaged weights scores like their mean: Viterbi only compares.
    let avg = sum.expect("at least one run");
    if runs > 1 {
        let started = Instant::now();
        let dev = dev.map(|dev| dev_scores(&avg, &full, dev, dev_first));
        on_epoch(&EpochReport {
            run: 0,
            epoch: opts.epochs,
            sentences: 0,
            mistakes: 0,
            seconds: started.elapsed().as_secs_f64(),
            dev,
        });
    }
    Tagger::quantize(opts.bits, &avg.w, &avg.trans, full)
}

/// What every run and epoch of training reads.
struct Training<'a> {
    docs: &'a [Document],
    partial_misc: &'a [bool],
    /// The gazetteer of each fold, with the names lexicon learnt from the other folds' documents.
    folds: Vec<Gazetteer>,
    first: Option<&'a [DocTags]>,
    opts: &'a TrainOptions,
}

/// One run: its perceptron, its random order of the documents and its own random numbers.
struct Run {
    learner: Learner,
    rng: Rng,
    order: Vec<usize>,
}

impl Run {
    fn new(opts: &TrainOptions, run: usize, docs: usize) -> Self {
        Run {
            learner: Learner {
                p: Perceptron::new(opts.bits),
                dec: Decoder::default(),
                mask: Vec::new(),
            },
            // Run 0 keeps the plain seed, so a single run is the classic perceptron.
            rng: Rng(opts.seed ^ (run as u64).wrapping_mul(0xA24B_AED4_963E_E407)),
            order: (0..docs).collect(),
        }
    }
}

/// The perceptron, with the decoder and the scratch it learns through.
struct Learner {
    p: Perceptron,
    dec: Decoder,
    mask: Vec<u16>,
}

impl Learner {
    /// Decode one sentence and, where the path is not the target, move the weights towards it.
    /// Returns whether it was wrong.
    fn learn(
        &mut self,
        gaz: &Gazetteer,
        toks: &[&str],
        gold: &[u8],
        partial: bool,
        hist: Option<&History>,
    ) -> bool {
        self.dec.decode(&self.p.now, gaz, toks, hist, Scope::All);
        let tgt = target(&mut self.dec, &self.p.now, gold, partial, &mut self.mask);
        let wrong = tgt != self.dec.path;
        if wrong {
            let pred = self.dec.path.clone();
            self.p.update(&self.dec, &tgt, &pred);
        }
        self.p.c += 1.0;
        wrong
    }
}

impl Training<'_> {
    /// One epoch: every document in a new random order, every sentence learnt from, and now and
    /// then again in capitals. Returns the sentences and the mistakes.
    fn epoch(&self, run: &mut Run) -> (usize, usize) {
        for i in (1..run.order.len()).rev() {
            let j = run.rng.below(i + 1);
            run.order.swap(i, j);
        }
        let (mut sentences, mut mistakes) = (0, 0);
        for &d in &run.order {
            let partial = self.partial_misc.get(d).copied().unwrap_or(false);
            let gaz = &self.folds[d % FOLDS];
            let mut hist = history(&self.docs[d], self.first.and_then(|f| f.get(d)), gaz.words());
            for s in &self.docs[d].sentences {
                let gold: Vec<u8> = s.tags.iter().map(|t| t.index() as u8).collect();
                let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
                mistakes += usize::from(run.learner.learn(gaz, &toks, &gold, partial, Some(&hist)));
                hist.record(run.learner.dec.ex.infos(), &run.learner.dec.path);
                sentences += 1;
                if self.opts.caps_every > 0 && run.rng.next_u64().is_multiple_of(self.opts.caps_every) {
                    let upper: Vec<String> = s.tokens.iter().map(|t| t.to_uppercase()).collect();
                    let toks: Vec<&str> = upper.iter().map(String::as_str).collect();
                    run.learner.learn(gaz, &toks, &gold, partial, None);
                }
            }
        }
        (sentences, mistakes)
    }
}

/// `acc` with the weights of `avg` added (the runs' weights summed).
fn add_weights(mut acc: Dense, avg: Dense) -> Dense {
    acc.w.iter_mut().zip(&avg.w).for_each(|(a, b)| *a += b);
    acc.trans
        .start
        .iter_mut()
        .zip(avg.trans.start)
        .for_each(|(a, b)| *a += b);
    for (ra, rb) in acc.trans.t.iter_mut().zip(avg.trans.t) {
        ra.iter_mut().zip(rb).for_each(|(a, b)| *a += b);
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_misc_target() {
        // Weights that favour B-MISC on every token: the target keeps gold names and may use
        // MISC only over gold O, and only where MISC is unknown.
        struct Misc(Trans);
        impl Weights for Misc {
            fn emit(&self, _: &[u32], out: &mut [f32; N_TAGS]) {
                out[7] += 2.0;
            }
            fn trans(&self) -> &Trans {
                &self.0
            }
            fn mask(&self) -> u32 {
                255
            }
        }
        let w = Misc(Trans::default());
        let gaz = Gazetteer::default();
        type Case<'a> = (&'a [u8], bool, &'a [u8]);
        let cases: [Case; 3] = [
            (&[0, 0, 0], true, &[7, 7, 7]),
            (&[0, 0, 0], false, &[0, 0, 0]),
            (&[0, 1, 2], true, &[7, 1, 2]),
        ];
        let mut dec = Decoder::default();
        let mut mask = Vec::new();
        for (gold, partial, want) in cases {
            dec.decode(&w, &gaz, &["a", "b", "c"], None, Scope::All);
            assert_eq!(target(&mut dec, &w, gold, partial, &mut mask), want, "{gold:?}");
        }
    }

    #[test]
    fn rng_is_fixed() {
        let mut r = Rng(1);
        let a: Vec<u64> = (0..3).map(|_| r.next_u64()).collect();
        let mut r = Rng(1);
        let b: Vec<u64> = (0..3).map(|_| r.next_u64()).collect();
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
    }
}

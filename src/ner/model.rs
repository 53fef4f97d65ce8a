//! The trained weights: a hashed feature table of `2^bits × 8` one-byte weights plus the
//! 9×9 transition scores, and the file format they are shipped in.
//!
//! Only 8 of the 9 tags have a column: adding the same amount to every tag's score at a token
//! never changes the best path, so each row is stored relative to its `O` weight and `O`
//! scores 0. A row is then 8 bytes, and both passes' tables together fit in a last-level
//! cache: a token's score is a few dozen random row reads, so their size sets the speed.
//!
//! A weight is stored as a signed byte `k` on a square-root scale and stands for
//! `k·|k|·STEP` quantised units (the largest weight is 32767 units): small weights, the most
//! common, keep fine steps and large ones coarse ones. This keeps the development F1 of
//! 16-bit weights (0.7840 retrained, against 0.7809).
//!
//! File layout (little endian): magic `PLXNER04`, `u32` table bits, `u32` tag count, `f32`
//! quantisation scale, 9 start + 81 transition scores as `f32` (already in quantised units),
//! the learned name lexicon as `u32` count then sorted (`u64` key, `u8` type bits) pairs,
//! then the table: `2^bits × 8` bytes, as it is laid out in memory. Files written by `train-ner`
//! since the training id end with a trailer: magic `PLXTRID1` and the 16-byte training id. The id
//! is the start of the SHA-256 of the first pass's file without the trailer; the second pass of
//! the same training carries the same id, so a first and a second pass from two trainings are
//! told apart ([`Tagger::with_checked_second_pass`]). Files without the trailer (the shipped ones
//! are among them) still load, with no id.

use std::sync::OnceLock;

use super::decode::{Decoder, Trans, Weights};
use super::error::NerError;
use super::features::{Scope, calm_windows, is_plain};
use super::gazetteer::Gazetteer;
use super::hash::IdMap;
use super::history::History;
use super::rows::{self, COLS};
use super::tag::{N_TAGS, Tag};
use super::token::TokInfo;

const MAGIC: &[u8; 8] = b"PLXNER04";
/// Marks the optional trailer that carries the training id.
const TRAILER: &[u8; 8] = b"PLXTRID1";
/// Bytes of a training id.
const ID_LEN: usize = 16;
/// The largest stored byte.
const KMAX: i32 = 127;
/// Quantised units per `k·|k|` of a stored byte `k`: `KMAX` stands for 32767.
const STEP: f32 = 32767.0 / (KMAX * KMAX) as f32;
/// Quantised weights smaller than this (0.6% of the largest) are dropped as noise: they never
/// changed a decision on the development data (F1 0.7705 with them, 0.7703 without).
const PRUNE: f32 = 200.0;

/// A trained tagger: weights plus the name lists its features read.
#[derive(Debug, Clone)]
pub struct Tagger {
    bits: u32,
    scale: f32,
    trans: Trans,
    weights: Table,
    pub(crate) gaz: Gazetteer,
    /// The second pass, which reads this one's labels over the whole document.
    second: Option<Box<Tagger>>,
    /// Whether the second pass marks names as this one does, so that both passes can share
    /// a sentence's pass-independent features (found out on the first document, not at load).
    shares_base: OnceLock<bool>,
    /// The training it came from (see the module docs); `None` for files from before the id.
    training: Option<[u8; ID_LEN]>,
}

impl Weights for Tagger {
    #[inline]
    fn emit(&self, feats: &[u32], out: &mut [f32; N_TAGS]) {
        // The table is asked for once, not once a row: its copy sits behind a `OnceLock`, and
        // that atomic load was a tenth of the rows' own work.
        let acc = rows::sum(self.weights.get(), feats);
        for (o, a) in out[1..].iter_mut().zip(acc) {
            *o += a as f32 * STEP;
        }
    }

    #[inline]
    fn prefetch(&self, feats: &[u32]) {
        let table = self.weights.get().as_ptr();
        for &f in feats {
            super::hint::prefetch(table.wrapping_add(f as usize * COLS));
        }
    }

    fn trans(&self) -> &Trans {
        &self.trans
    }

    fn mask(&self) -> u32 {
        (1u32 << self.bits) - 1
    }
}

/// Tags sentences with one tagger, reusing its buffers.
pub(crate) struct Runner<'a> {
    tagger: &'a Tagger,
    dec: Decoder,
}

impl Runner<'_> {
    /// Tag a sentence in the second pass, given the first pass's tags of it: the tokens the
    /// first pass found no name at or beside are left `O` unscored, as in
    /// [`Tagger::tag_document`]'s shared path.
    pub(crate) fn tag_sentence_after(
        &mut self,
        tokens: &[&str],
        history: &mut History,
        first: &[Tag],
    ) -> Vec<Tag> {
        self.dec.decode_where(
            self.tagger,
            &self.tagger.gaz,
            tokens,
            Some(history),
            Scope::of(Some(history)),
            |infos| quiet_tokens(infos, first),
        );
        history.record(self.dec.ex.infos(), &self.dec.path);
        self.dec.tags()
    }

    pub(crate) fn tag_sentence(&mut self, tokens: &[&str], history: Option<&mut History>) -> Vec<Tag> {
        match history {
            Some(h) => {
                self.dec
                    .decode(self.tagger, &self.tagger.gaz, tokens, Some(h), Scope::of(Some(h)));
                h.record(self.dec.ex.infos(), &self.dec.path);
            }
            None => self
                .dec
                .decode(self.tagger, &self.tagger.gaz, tokens, None, Scope::of(None)),
        }
        self.dec.tags()
    }
}

impl Tagger {
    pub(crate) fn runner(&self) -> Runner<'_> {
        Runner {
            tagger: self,
            dec: Decoder::default(),
        }
    }

    /// Quantise float weights (`2^bits × 9` table) to one-byte rows relative to `O`, scaling
    /// the largest to 32767 units.
    pub(crate) fn quantize(bits: u32, weights: &[f32], trans: &Trans, gaz: Gazetteer) -> Tagger {
        let rel: Vec<f32> = weights
            .chunks_exact(N_TAGS)
            .flat_map(|row| row[1..].iter().map(move |w| w - row[0]))
            .collect();
        let max = rel.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        let q: Vec<u8> = rel.iter().map(|w| to_byte((w * scale).round()) as u8).collect();
        let mut t = trans.clone();
        t.start.iter_mut().for_each(|v| *v *= scale);
        t.t.iter_mut().flatten().for_each(|v| *v *= scale);
        Tagger {
            bits,
            scale,
            trans: t,
            weights: Table::new(&q),
            gaz,
            second: None,
            shares_base: OnceLock::new(),
            training: None,
        }
    }

    /// This tagger as the first pass of a training of its own: its training id is made from its
    /// weights (so a rerun with the same data and options gives the same id and the same file).
    pub fn stamped(mut self) -> Tagger {
        use sha2::{Digest, Sha256};
        self.training = None;
        let digest = Sha256::digest(self.to_bytes());
        let mut id = [0u8; ID_LEN];
        id.copy_from_slice(&digest[..ID_LEN]);
        self.training = Some(id);
        self
    }

    /// This tagger as the second pass of `first`'s training: it carries `first`'s id.
    pub fn trained_with(mut self, first: &Tagger) -> Tagger {
        self.training = first.training;
        self
    }

    /// The training id, as hex; `None` for weights written before the id.
    pub fn training_id(&self) -> Option<String> {
        self.training
            .map(|id| id.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// This tagger as the first pass and `second` as the second, when they come from the same
    /// training: both carry the same id, or (older files, the shipped ones among them) neither
    /// carries one. Otherwise an error saying which.
    pub fn with_checked_second_pass(self, second: Tagger) -> Result<Tagger, NerError> {
        let short = |t: &Tagger| t.training_id().map(|h| h[..12].to_string());
        match (short(&self), short(&second)) {
            (a, b) if a == b => Ok(self.with_second_pass(second)),
            (Some(a), Some(b)) => Err(NerError::Mismatch(format!(
                "the first and second pass come from two different trainings (training {a}… and {b}…)"
            ))),
            (Some(a), None) => Err(NerError::Mismatch(format!(
                "the first pass is from training {a}… but the second pass carries no training id (it was written by an older train-ner)"
            ))),
            (None, Some(b)) => Err(NerError::Mismatch(format!(
                "the second pass is from training {b}… but the first pass carries no training id (it was written by an older train-ner)"
            ))),
            (None, None) => unreachable!("equal ids are paired above"),
        }
    }

    /// This tagger as the first pass, `second` as the second.
    pub fn with_second_pass(mut self, second: Tagger) -> Tagger {
        self.shares_base = OnceLock::new();
        self.second = Some(Box::new(second));
        self
    }

    /// The second pass, if the model has one.
    pub fn second_pass(&self) -> Option<&Tagger> {
        self.second.as_deref()
    }

    /// Whether [`Tagger::tag_document`] may compute each sentence's pass-independent
    /// features once for both passes.
    pub(crate) fn shares_base(&self) -> bool {
        self.second
            .as_ref()
            .is_some_and(|s| *self.shares_base.get_or_init(|| self.gaz.marks_like(&s.gaz)))
    }

    /// Size of the hashed table in bits (`2^bits` buckets).
    pub fn table_bits(&self) -> u32 {
        self.bits
    }

    /// Serialise to the weights file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.weights.get().len() + 4096);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for v in self.trans.start.iter().chain(self.trans.t.iter().flatten()) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        // Sorted, so that the file does not depend on hash-map order.
        let mut names: Vec<(u64, u8)> = self.gaz.names().iter().map(|(&k, &v)| (k, v)).collect();
        names.sort_unstable();
        out.extend_from_slice(&(names.len() as u32).to_le_bytes());
        for (k, v) in names {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(v);
        }

        out.extend_from_slice(self.weights.get());
        if let Some(id) = &self.training {
            out.extend_from_slice(TRAILER);
            out.extend_from_slice(id);
        }
        out
    }

    /// Parse a weights file; `gaz` are the lists the model was trained with.
    pub fn from_bytes(bytes: &[u8], gaz: Gazetteer) -> Result<Tagger, NerError> {
        Tagger::parse(bytes, gaz, Table::new)
    }

    /// [`Tagger::from_bytes`] for weights that live as long as the program (those built into
    /// the binary): the table is read where it lies, not copied, so loading costs no page
    /// faults; [`Tagger::promote`] copies it into huge pages when there is much to tag.
    pub fn from_static(bytes: &'static [u8], gaz: Gazetteer) -> Result<Tagger, NerError> {
        Tagger::parse(bytes, gaz, Table::fixed)
    }

    /// Copy a table read in place ([`Tagger::from_static`]), and the second pass's, into memory
    /// backed by 2 MiB pages, once: tagging is about a fifth faster from there (fewer
    /// address-translation misses), for a copy that takes tens of milliseconds. Worth it for
    /// megabytes of text, not for a handful of articles. What the tagger computes is unchanged.
    pub fn promote(&self) {
        self.weights.promote();
        if let Some(second) = &self.second {
            second.promote();
        }
    }

    fn parse<'b>(
        bytes: &'b [u8],
        gaz: Gazetteer,
        table_of: impl FnOnce(&'b [u8]) -> Table,
    ) -> Result<Tagger, NerError> {
        let bad = |why: &str| NerError::Model(why.to_string());
        if bytes.len() < 20 || &bytes[..8] != MAGIC {
            return Err(bad("not a parallax NER weights file (bad magic)"));
        }
        let u32_at = |o: usize| u32::from_le_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]);
        let bits = u32_at(8);
        if !(8..=24).contains(&bits) || u32_at(12) as usize != N_TAGS {
            return Err(bad("unsupported table size or tag count"));
        }
        let scale = f32::from_bits(u32_at(16));
        let head = 20 + 4 * (N_TAGS + N_TAGS * N_TAGS);
        if bytes.len() < head {
            return Err(bad("truncated transition table"));
        }
        let f = |k: usize| f32::from_bits(u32_at(20 + 4 * k));
        let mut trans = Trans::default();
        for j in 0..N_TAGS {
            trans.start[j] = f(j);
            for i in 0..N_TAGS {
                trans.t[j][i] = f(N_TAGS + j * N_TAGS + i);
            }
        }
        if bytes.len() < head + 4 {
            return Err(bad("truncated name lexicon"));
        }
        let n_names = u32_at(head) as usize;
        let names_end = head + 4 + 9 * n_names;
        if bytes.len() < names_end {
            return Err(bad("truncated name lexicon"));
        }
        let section = &bytes[head + 4..names_end];
        let gaz = gaz.with_names_from(section, || {
            let mut names = IdMap::with_capacity_and_hasher(n_names, Default::default());
            for c in section.chunks_exact(9) {
                let mut k = [0u8; 8];
                k.copy_from_slice(&c[..8]);
                names.insert(u64::from_le_bytes(k), c[8]);
            }
            names
        });
        let want = (1usize << bits) * COLS;
        let rest = &bytes[names_end..];
        let (table, training) = match rest.len().checked_sub(want) {
            Some(0) => (rest, None),
            Some(n) if n == TRAILER.len() + ID_LEN && &rest[want..want + TRAILER.len()] == TRAILER => {
                let mut id = [0u8; ID_LEN];
                id.copy_from_slice(&rest[want + TRAILER.len()..]);
                (&rest[..want], Some(id))
            }
            Some(_) => return Err(bad("weight table longer than its header says")),
            None => return Err(bad("weight table shorter than its header says")),
        };
        Ok(Tagger {
            bits,
            scale,
            trans,
            weights: table_of(table),
            gaz,
            second: None,
            shares_base: OnceLock::new(),
            training,
        })
    }
}

/// A weight table in memory, backed by 2 MiB pages where the system allows it. A token's score
/// reads a few dozen rows at random across megabytes; with 4 KiB pages nearly every read also
/// misses the address-translation cache, and that, not the reads, set the speed
/// (`tag_document` 0.81M tokens/s on the table left in the binary's own pages).
///
/// The embedded tables start out read where they lie in the binary (`fixed`): the copy costs
/// page faults and zeroing (about 30 ms of the 50 ms a `report` on five articles may take), so
/// it is made only when [`Tagger::promote`] asks, for a large briefing.
#[derive(Debug, Clone)]
struct Table {
    fixed: &'static [u8],
    owned: OnceLock<Owned>,
}

/// A table's copy, at a 2 MiB boundary in `buf` when it is large.
#[derive(Debug, Clone)]
struct Owned {
    buf: Vec<u8>,
    off: usize,
    len: usize,
}

impl Table {
    const HUGE: usize = 2 << 20;

    /// A copy of `bytes` (in huge pages, for a large table).
    fn new(bytes: &[u8]) -> Table {
        Table {
            fixed: &[],
            owned: OnceLock::from(Owned::new(bytes)),
        }
    }

    /// `bytes` read in place until [`Table::promote`].
    fn fixed(bytes: &'static [u8]) -> Table {
        Table {
            fixed: bytes,
            owned: OnceLock::new(),
        }
    }

    fn promote(&self) {
        self.owned.get_or_init(|| {
            let copy = Owned::new(self.fixed);
            // Only the copy is read from now on: the embedded pages the copying read need not
            // stay resident beside it (17 MB).
            super::hint::release(self.fixed);
            copy
        });
    }

    #[inline]
    fn get(&self) -> &[u8] {
        match self.owned.get() {
            Some(o) => &o.buf[o.off..o.off + o.len],
            None => self.fixed,
        }
    }
}

impl Owned {
    fn new(bytes: &[u8]) -> Owned {
        if bytes.len() < Table::HUGE {
            return Owned {
                buf: bytes.to_vec(),
                off: 0,
                len: bytes.len(),
            };
        }
        // Zeroed pages are only mapped when written, so asking for huge pages before the copy
        // gets them.
        let mut buf = vec![0u8; bytes.len() + Table::HUGE];
        let off = buf.as_ptr().align_offset(Table::HUGE).min(Table::HUGE);
        let region = &mut buf[off..off + bytes.len()];
        super::hint::advise_huge_pages(region);
        region.copy_from_slice(bytes);
        Owned {
            buf,
            off,
            len: bytes.len(),
        }
    }
}

/// The stored byte for a weight of `q` quantised units: the nearest `k` on the square-root
/// scale, 0 for weights under [`PRUNE`].
fn to_byte(q: f32) -> i8 {
    if q.abs() < PRUNE {
        return 0;
    }
    let k = (q.abs() / STEP).sqrt().round().min(KMAX as f32);
    (k.copysign(q)) as i8
}

/// Tokens the second pass leaves `O` without scoring them: the first pass found no name at
/// them or beside them, and all three are plain ([`is_plain`]: every letter lower case, or no
/// letters). On dev.conll this changed 6 of 51,006 tags (F1 0.7841 → 0.7844) and made
/// `tag_document` 4–5% faster: most of a sentence is lower-case words far from any name. (It was
/// measured when "plain" was a case class of the first letter; with the letters' own case, and
/// plain runs left unread by both passes, dev F1 is 0.7834: see docs/ner.md.)
pub(super) fn quiet_tokens(infos: &[TokInfo], first: &[Tag]) -> Vec<bool> {
    let plain: Vec<bool> = infos.iter().map(is_plain).collect();
    quiet_of(&plain, first)
}

/// [`quiet_tokens`] from whether each token is plain.
fn quiet_of(plain: &[bool], first: &[Tag]) -> Vec<bool> {
    let calm: Vec<bool> = plain.iter().zip(first).map(|(&p, &t)| p && t == Tag::O).collect();
    let mut quiet = Vec::with_capacity(calm.len());
    calm_windows(&calm, 1, &mut quiet);
    quiet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_pass_scores_every_token_near_a_capital_or_a_name() {
        // "the talks in nara , said officials"; Nara tagged O by the first pass but written
        // in lower case here, and "talks" tagged as a name.
        let plain = [true, true, true, true, true, true, true];
        let o = Tag::O;
        let first = [o, Tag::from_index(7), o, o, o, o, o];
        assert_eq!(
            quiet_of(&plain, &first),
            [false, false, false, true, true, true, true]
        );
        let mut capital = plain;
        capital[4] = false;
        assert_eq!(
            quiet_of(&capital, &[o; 7]),
            [true, true, true, false, false, false, true]
        );
        assert_eq!(quiet_of(&[], &[]), Vec::<bool>::new());
        assert_eq!(quiet_of(&[true], &[o]), [true]);
    }

    fn tiny() -> Tagger {
        let mut w = vec![0.0f32; 256 * N_TAGS];
        w[5] = 1.5;
        w[100] = -0.25;
        let mut t = Trans::default();
        t.t[1][2] = 0.5;
        Tagger::quantize(8, &w, &t, Gazetteer::default())
    }

    #[test]
    fn bytes_round_trip() {
        let m = tiny();
        let back = Tagger::from_bytes(&m.to_bytes(), Gazetteer::default()).expect("valid");

        assert_eq!(back.trans, m.trans);
        // Bucket 0, B-LOC (tag 5), relative to O: column 4.
        assert_eq!(back.weights.get()[4], 127);
        assert_eq!(back.weights.get(), m.weights.get());
    }

    #[test]
    fn bytes_keep_small_weights_fine_and_large_ones_coarse() {
        assert_eq!(to_byte(32767.0), 127);
        assert_eq!(to_byte(-32767.0), -127);
        assert_eq!(to_byte(199.0), 0);
        for q in [250.0f32, 1000.0, 5000.0, 20000.0, -800.0] {
            let k = to_byte(q) as f32;
            let back = k * k.abs() * STEP;
            // Step between neighbouring bytes: (2|k| + 1)·STEP, so the error is at most half.
            assert!((back - q).abs() <= (k.abs() + 0.5) * STEP, "{q} -> {k} -> {back}");
        }
        // Neighbouring small weights stay apart; the step grows with the weight.
        assert_ne!(to_byte(300.0), to_byte(400.0));
        assert_eq!(to_byte(30000.0), to_byte(30100.0));
    }

    #[test]
    fn training_ids_round_trip_and_pair() {
        let plain = tiny();
        assert_eq!(plain.training_id(), None);
        let first = tiny().stamped();
        let id = first.training_id().expect("an id");
        assert_eq!(id.len(), 32);
        // Deterministic: the same weights, the same id.
        assert_eq!(tiny().stamped().training_id(), Some(id.clone()));
        let bytes = first.to_bytes();
        assert_eq!(bytes.len(), plain.to_bytes().len() + 24);
        let back = Tagger::from_bytes(&bytes, Gazetteer::default()).expect("valid");
        assert_eq!(back.training_id(), Some(id.clone()));
        assert_eq!(back.to_bytes(), bytes);

        let mut w = vec![0.0f32; 256 * N_TAGS];
        w[7] = 2.0;
        let other = Tagger::quantize(8, &w, &Trans::default(), Gazetteer::default()).stamped();
        assert_ne!(other.training_id(), Some(id));
        let second = tiny().trained_with(&first);
        assert!(tiny().stamped().with_checked_second_pass(second.clone()).is_ok());
        // Older files on both sides pair as before.
        assert!(tiny().with_checked_second_pass(tiny()).is_ok());
        for (a, b) in [(other.clone(), second.clone()), (tiny(), second), (other, tiny())] {
            let err = a.with_checked_second_pass(b).expect_err("refused").to_string();
            assert!(err.contains("training"), "{err}");
        }
    }

    #[test]
    fn rejects_corrupt_files() {
        let good = tiny().to_bytes();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            ("magic", b"NOTAMODELFILE_______".to_vec()),
            ("truncated", good[..good.len() - 4].to_vec()),
            ("extra", [good.clone(), vec![1, 0]].concat()),
            (
                "bad trailer",
                [good.clone(), b"PLXTRIDX".to_vec(), vec![0; 16]].concat(),
            ),
            (
                "short trailer",
                [good.clone(), b"PLXTRID1".to_vec(), vec![0; 15]].concat(),
            ),
        ];
        for (name, bytes) in cases {
            assert!(
                Tagger::from_bytes(&bytes, Gazetteer::default()).is_err(),
                "{name}"
            );
        }
    }
}

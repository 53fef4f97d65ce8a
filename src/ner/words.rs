//! Word classes and frequencies learned from a large unlabelled corpus: for about 300,000
//! common English word forms (case kept), the Brown cluster the word falls in and how often it
//! occurs. They carry what the labelled data is too small to show: that an unseen "Nairobi"
//! is written where "Paris" is, and that "Apple" is capitalised far more often than "The"
//! (whose lower-case form is far more common).
//!
//! Source: spaCy's `spacy-lookups-data` 1.0.5 (MIT), tables `en_lexeme_cluster` and
//! `en_lexeme_prob`. [`WordTable::compile`] turns the two JSON tables into the compact file
//! shipped as `assets/ner/words.bin`.
//!
//! File layout (little endian): magic `PLXWRD01`, `u32` cluster count `c`, `c` × `u32` Brown
//! paths (bit `k` is the path's `k`-th branch), `u32` entry count, then the entries sorted by
//! key as `u32` key (the high half of the word's hash), `u16` cluster (1-based index into the
//! paths, 0: none) and `u8` frequency (rounded −log probability, 1–25).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::error::NerError;
use super::hash::{hash_word, key_of};

const MAGIC: &[u8; 8] = b"PLXWRD01";

/// What the table knows of a word form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// Brown cluster, 1-based (0: none).
    pub cluster: u16,
    /// Rounded −log probability (1 = very common … 25; 0: unknown word).
    pub freq: u8,
}

/// The lookup table: the file's entries, sorted by key, read where they lie (the embedded
/// table) or from a copy, and a directory of where each run of keys sharing their top 16 bits
/// begins. Loading is one pass over the entries, with nothing hashed or zeroed (a hashed copy
/// of the table took 8 MB and a fifth of a `report`'s start-up); a lookup reads one directory
/// slot and a few entries next to each other.
#[derive(Debug, Default)]
pub struct WordTable {
    /// `n` × 7 bytes: `u32` key, `u16` cluster, `u8` frequency, sorted by key.
    entries: Cow<'static, [u8]>,
    /// `DIR + 1` indices into the entries: bucket `b`'s keys are `dir[b]..dir[b + 1]`.
    dir: Vec<u32>,
}

/// Directory buckets, by the key's top bits.
const DIR_BITS: u32 = 16;
const DIR: usize = 1 << DIR_BITS;
const ENTRY: usize = 7;

impl WordTable {
    /// An empty table (no word known), shared.
    pub fn empty() -> Arc<WordTable> {
        static EMPTY: std::sync::OnceLock<Arc<WordTable>> = std::sync::OnceLock::new();
        EMPTY.get_or_init(|| Arc::new(WordTable::default())).clone()
    }

    #[inline]
    fn key_at(entries: &[u8], i: usize) -> u32 {
        let e = &entries[i * ENTRY..i * ENTRY + 4];
        u32::from_le_bytes([e[0], e[1], e[2], e[3]])
    }

    #[inline]
    pub(crate) fn get(&self, key: u32) -> Option<WordInfo> {
        if self.dir.is_empty() {
            return None;
        }
        let b = (key >> (32 - DIR_BITS)) as usize;
        let (lo, hi) = (self.dir[b] as usize, self.dir[b + 1] as usize);
        let entries = &self.entries[..];
        for i in lo..hi {
            let k = Self::key_at(entries, i);
            if k == key {
                let e = &entries[i * ENTRY..(i + 1) * ENTRY];
                return Some(WordInfo {
                    cluster: u16::from_le_bytes([e[4], e[5]]),
                    freq: e[6],
                });
            }
            if k > key {
                return None;
            }
        }
        None
    }

    /// Hint the cache about `key`'s directory slot.
    #[inline]
    pub(crate) fn prefetch(&self, key: u32) {
        if !self.dir.is_empty() {
            let p = self.dir.as_ptr().wrapping_add((key >> (32 - DIR_BITS)) as usize);
            super::hint::prefetch(p);
        }
    }

    /// Number of word forms known.
    pub fn len(&self) -> usize {
        self.entries.len() / ENTRY
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Read the file written by [`WordTable::compile`] (copied).
    pub fn from_bytes(bytes: &[u8]) -> Result<WordTable, NerError> {
        let at = Self::check_head(bytes)?;
        Self::with_entries(Cow::Owned(bytes[at..].to_vec()), Self::clusters(bytes))
    }

    /// [`WordTable::from_bytes`] for a file that lives as long as the program (the embedded
    /// one): the entries are read where they lie.
    pub fn from_static(bytes: &'static [u8]) -> Result<WordTable, NerError> {
        let at = Self::check_head(bytes)?;
        Self::with_entries(Cow::Borrowed(&bytes[at..]), Self::clusters(bytes))
    }

    /// The cluster count of a file whose head [`WordTable::check_head`] accepted.
    fn clusters(bytes: &[u8]) -> usize {
        u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize
    }

    /// Check the magic, the counts and the size; where the entries begin.
    fn check_head(bytes: &[u8]) -> Result<usize, NerError> {
        let bad = |what: &str| NerError::Model(format!("word table: {what}"));
        let mut r = Reader { bytes, at: 0 };
        if r.take(8).ok_or_else(|| bad("too short"))? != MAGIC {
            return Err(bad("not a Parallax word table (bad magic)"));
        }
        let c = r.u32().ok_or_else(|| bad("truncated"))? as usize;
        if c >= u16::MAX as usize {
            return Err(bad("too many clusters"));
        }
        // The clusters' Brown paths document the classes; tagging only needs their indices.
        r.take(4 * c).ok_or_else(|| bad("truncated paths"))?;
        let n = r.u32().ok_or_else(|| bad("truncated"))? as usize;
        if bytes.len() - r.at != n * ENTRY {
            return Err(bad("entry count does not match the file size"));
        }
        Ok(r.at)
    }

    /// Check the entries (sorted, no key twice, clusters in range) and index them.
    fn with_entries(entries: Cow<'static, [u8]>, c: usize) -> Result<WordTable, NerError> {
        let bad = |what: &str| NerError::Model(format!("word table: {what}"));
        let n = entries.len() / ENTRY;
        if u32::try_from(n).is_err() {
            return Err(bad("too many entries"));
        }
        let mut dir = vec![0u32; DIR + 1];
        let mut next = 0usize;
        let mut last: Option<u32> = None;
        for (i, e) in entries.chunks_exact(ENTRY).enumerate() {
            let key = u32::from_le_bytes([e[0], e[1], e[2], e[3]]);
            let cluster = u16::from_le_bytes([e[4], e[5]]);
            if cluster as usize > c {
                return Err(bad("cluster index out of range"));
            }
            match last {
                Some(l) if l == key => return Err(bad("duplicate key")),
                Some(l) if l > key => return Err(bad("entries not sorted by key")),
                _ => {}
            }
            last = Some(key);
            let b = (key >> (32 - DIR_BITS)) as usize;
            while next <= b {
                dir[next] = i as u32;
                next += 1;
            }
        }
        for d in &mut dir[next..] {
            *d = n as u32;
        }
        Ok(WordTable { entries, dir })
    }

    /// Build the file from spaCy's `en_lexeme_cluster.json` and `en_lexeme_prob.json` (word →
    /// Brown cluster, word → log probability), keeping the `keep` most frequent forms. A form
    /// whose key collides with a more frequent one's is left out. Deterministic.
    pub fn compile(clusters_json: &str, probs_json: &str, keep: usize) -> Result<Vec<u8>, NerError> {
        let parse = |what: &str, text: &str| -> Result<BTreeMap<String, f64>, NerError> {
            serde_json::from_str(text).map_err(|e| NerError::Parse {
                path: what.to_string(),
                line: e.line(),
                reason: e.to_string(),
            })
        };
        let clusters = parse("en_lexeme_cluster.json", clusters_json)?;
        let probs = parse("en_lexeme_prob.json", probs_json)?;
        // Most frequent first; ties by the word, so the order never depends on the map.
        let mut words: Vec<(&String, f64)> = probs.iter().map(|(w, &p)| (w, p)).collect();
        words.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let mut paths: Vec<u32> = clusters.values().map(|&c| c as u32).filter(|&c| c != 0).collect();
        paths.sort_unstable();
        paths.dedup();
        let mut entries: BTreeMap<u32, (u16, u8)> = BTreeMap::new();
        for (w, p) in words {
            if entries.len() == keep {
                break;
            }
            if w.is_empty() || w.chars().any(char::is_whitespace) {
                continue;
            }
            let key = key_of(hash_word(w));
            let cluster = clusters
                .get(w)
                .map(|&c| c as u32)
                .filter(|&c| c != 0)
                .and_then(|c| paths.binary_search(&c).ok())
                .map_or(0, |i| i as u16 + 1);
            let freq = (-p).round().clamp(1.0, 25.0) as u8;
            entries.entry(key).or_insert((cluster, freq));
        }
        let mut out = Vec::with_capacity(16 + paths.len() * 4 + entries.len() * 7);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(paths.len() as u32).to_le_bytes());
        for p in &paths {
            out.extend_from_slice(&p.to_le_bytes());
        }
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (key, (cluster, freq)) in entries {
            out.extend_from_slice(&key.to_le_bytes());
            out.extend_from_slice(&cluster.to_le_bytes());
            out.push(freq);
        }
        Ok(out)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(s)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> WordTable {
        let clusters = r#"{"Paris": 678, "Nairobi": 678, "the": 11, "Apple": 294, "apple": 633}"#;
        let probs =
            r#"{"the": -3.5, "Paris": -9.2, "Nairobi": -13.6, "Apple": -10.1, "apple": -9.8, "zyx": -19.9}"#;
        WordTable::from_bytes(&WordTable::compile(clusters, probs, 100).unwrap()).unwrap()
    }

    #[test]
    fn round_trip_keeps_clusters_and_frequencies() {
        let t = table();
        assert_eq!(t.len(), 6);
        let get = |w: &str| t.get(key_of(hash_word(w))).unwrap();
        assert_eq!(get("Paris").cluster, get("Nairobi").cluster);
        assert_ne!(get("Apple").cluster, get("apple").cluster);
        assert_eq!(get("the").freq, 4);
        assert_eq!(get("zyx"), WordInfo { cluster: 0, freq: 20 });
        assert_eq!(t.get(key_of(hash_word("London"))), None);
    }

    #[test]
    fn keeps_the_most_frequent() {
        let t = WordTable::from_bytes(
            &WordTable::compile("{}", r#"{"a": -2.0, "b": -9.0, "c": -5.0}"#, 2).unwrap(),
        )
        .unwrap();
        assert!(t.get(key_of(hash_word("a"))).is_some());
        assert!(t.get(key_of(hash_word("c"))).is_some());
        assert!(t.get(key_of(hash_word("b"))).is_none());
    }

    #[test]
    fn rejects_corrupt_files() {
        let good = WordTable::compile(r#"{"x": 5}"#, r#"{"x": -4.0}"#, 10).unwrap();
        assert!(WordTable::from_bytes(&good[..good.len() - 1]).is_err());
        assert!(WordTable::from_bytes(b"PLXWRD0").is_err());
        let mut bad = good.clone();
        bad[0] = b'Q';
        assert!(WordTable::from_bytes(&bad).is_err());
        let mut bad = good;
        let n = bad.len();
        bad[n - 3..n - 1].copy_from_slice(&9u16.to_le_bytes());
        assert!(WordTable::from_bytes(&bad).is_err());
        assert!(WordTable::compile("[", "{}", 1).is_err());
    }
}

//! Keys that survive moving the briefing: a source is known by a hash of its text, a briefing by a
//! hash of its sources' keys (in any order), a claim by its kind and topic.
//!
//! A claim's key is `KIND|TOPIC` (`count|people killed — Chosei coal mine`). Where two claims of a
//! briefing share both, the key adds their distinct normalised values (`date|arrival date|2026-01-12`)
//! and, if that is still not enough, `#2`, `#3` in the claims' order. So a key does not move when
//! the claims are ranked differently, only when the analysis words the claim differently.

use sha2::{Digest, Sha256};

use crate::claims::Claim;
use crate::ingest::Source;

/// Hex digits kept of a hash: 128 bits.
const HEX: usize = 32;

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(HEX);
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
        if s.len() >= HEX {
            break;
        }
    }
    s.truncate(HEX);
    s
}

/// A source's key: the SHA-256 of its text as loaded (first 128 bits, hex).
pub fn source_key(source: &Source) -> String {
    hex(&Sha256::digest(source.text.as_bytes()))
}

/// Every source's key, index for index.
pub fn source_keys(sources: &[Source]) -> Vec<String> {
    sources.iter().map(source_key).collect()
}

/// A briefing's key: the hash of its sources' keys, sorted, so neither the folder's place nor the
/// order files are read in changes it.
pub fn briefing_key(sources: &[Source]) -> String {
    let mut keys = source_keys(sources);
    keys.sort_unstable();
    let mut h = Sha256::new();
    h.update(b"parallax briefing v1\n");
    for k in &keys {
        h.update(k.as_bytes());
        h.update(b"\n");
    }
    hex(&h.finalize())
}

/// Every claim's key, index for index (see the module docs).
pub fn claim_keys(claims: &[Claim]) -> Vec<String> {
    let base: Vec<String> = claims
        .iter()
        .map(|c| format!("{}|{}", c.kind.as_str(), c.topic))
        .collect();
    let with_values: Vec<String> = claims
        .iter()
        .zip(&base)
        .map(|(c, b)| {
            if base.iter().filter(|x| *x == b).count() < 2 {
                return b.clone();
            }
            let mut vals: Vec<&str> = c.statements.iter().map(|s| s.value.normalized.as_str()).collect();
            vals.sort_unstable();
            vals.dedup();
            format!("{b}|{}", vals.join(","))
        })
        .collect();
    let mut out = Vec::with_capacity(claims.len());
    for (i, k) in with_values.iter().enumerate() {
        let before = with_values[..i].iter().filter(|x| *x == k).count();
        let total = with_values.iter().filter(|x| *x == k).count();
        out.push(if total < 2 || before == 0 {
            k.clone()
        } else {
            format!("{k}#{}", before + 1)
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Source;

    #[test]
    fn briefing_key_ignores_order_and_names() {
        let a = Source::from_text("a", "one text");
        let b = Source::from_text("b", "another text");
        let renamed = Source::from_text("zzz", "one text");
        assert_eq!(
            briefing_key(&[a.clone(), b.clone()]),
            briefing_key(&[b.clone(), renamed])
        );
        assert_ne!(
            briefing_key(std::slice::from_ref(&a)),
            briefing_key(&[a.clone(), b.clone()])
        );
        assert_eq!(source_key(&a).len(), 32);
        assert_ne!(source_key(&a), source_key(&b));
    }

    #[test]
    fn sample_claim_keys_are_unique_and_keep_their_shape() {
        let analysis = crate::analysis::Analysis::run(
            crate::ingest::load_sample(),
            &crate::analysis::Options::default(),
        );
        let keys = claim_keys(&analysis.claims);
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len(), "{keys:?}");
        for (k, c) in keys.iter().zip(&analysis.claims) {
            assert!(k.starts_with(&format!("{}|{}", c.kind.as_str(), c.topic)), "{k}");
        }
    }
}

//! The hashes everything in the tagger is keyed by: of a token's lowercase form, of its exact
//! form (the word table's key) and of two hashes combined; and the map keyed by such hashes.
//! A leaf: it imports nothing from the rest of the tagger.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Mix two 64-bit values into a well-spread hash (a multiply–xorshift finaliser).
#[inline]
pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut x = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 32;
    x = x.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    x ^= x >> 29;
    x
}

pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
pub(super) fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

#[inline]
pub(super) fn fnv_char(mut h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

/// Hash of the token's lowercase form, without building the string.
pub(crate) fn hash_lower(token: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in token.chars() {
        if c.is_ascii() {
            h = fnv_byte(h, c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                h = fnv_char(h, l);
            }
        }
    }
    mix(h, 0x5157)
}

pub(super) fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// The hash the word table is keyed by: a token's exact form.
pub(crate) fn hash_word(s: &str) -> u64 {
    hash_str(s)
}

pub(super) const WORD_SEED: u64 = 0x7A11;

pub(super) fn hash_bytes(s: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &b in s {
        h = fnv_byte(h, b);
    }
    mix(h, WORD_SEED)
}
/// The word table's key of a word hash (see [`hash_word`]): its high half.
#[inline]
pub(crate) fn key_of(hash: u64) -> u32 {
    (hash >> 32) as u32
}

#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Keys are already well-mixed hashes.
        self.0 = n;
    }
}

/// A map keyed by hashes such as [`hash_lower`]'s, which need no further hashing.
pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_hash_ignores_case() {
        let cases = [
            ("Paris", "paris", true),
            ("ÉCOLE", "école", true),
            ("Paris", "Parus", false),
        ];
        for (a, b, same) in cases {
            assert_eq!(hash_lower(a) == hash_lower(b), same, "{a} vs {b}");
        }
    }
}

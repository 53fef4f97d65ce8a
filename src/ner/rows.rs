//! The sum of a token's weight rows: the inner loop of scoring, a few dozen rows a token.
//!
//! A row is [`COLS`] signed bytes `k` on a square-root scale, each standing for `k·|k|` units
//! (see [`super::model`]). The sum is exact in `i32` whatever the order (a row adds at most
//! 128² to a column, so `i32` holds the sum of more than 100,000 rows), so every way of adding
//! gives the same scores and the same tags.
//!
//! The one `unsafe` here is the call of the SSE2 loop, which the compiler asks for even though
//! every x86-64 processor has SSE2 (see Cargo.toml's `[lints]`).
#![allow(unsafe_code)]

/// Bytes in a row: one a tag, `O` aside.
pub(crate) const COLS: usize = super::tag::N_TAGS - 1;

// `sum_sse2` reads a row as one 64-bit word and sums it into two sets of four lanes.
const _: () = assert!(COLS == 8, "the SSE2 sum is written for rows of eight bytes");

/// Sum `k·|k|` over the rows `feats` names, column by column; an id past the table adds nothing.
#[inline]
pub(crate) fn sum(table: &[u8], feats: &[u32]) -> [i32; COLS] {
    let rows = table.as_chunks::<COLS>().0;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `sum_sse2` needs SSE2 and nothing else, and SSE2 is part of the x86-64
    // architecture: every processor this branch is compiled for has it.
    unsafe {
        sum_sse2(rows, feats)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        sum_plain(rows, feats)
    }
}

/// Row by row, column by column: what [`sum`] computes, written out plainly.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn sum_plain(rows: &[[u8; COLS]], feats: &[u32]) -> [i32; COLS] {
    let mut acc = [0i32; COLS];
    for row in feats.iter().filter_map(|&f| rows.get(f as usize)) {
        for (a, &k) in acc.iter_mut().zip(row) {
            let k = i32::from(k.cast_signed());
            *a += k * k.abs();
        }
    }
    acc
}

/// [`sum_plain`] two rows at a time, with SSE2 (every x86-64 processor has it): the bytes of
/// two rows are interleaved, widened to 16 bits, and one multiply-add per four columns gives
/// `a·|a| + b·|b|` for both rows at once. Compiled from the plain loop, each row took its own
/// widening to 32 bits and twice the instructions.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn sum_sse2(rows: &[[u8; COLS]], feats: &[u32]) -> [i32; COLS] {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi32, _mm_cvtsi64_si128, _mm_cvtsi128_si32, _mm_madd_epi16, _mm_setzero_si128,
        _mm_srai_epi16, _mm_srli_si128, _mm_sub_epi16, _mm_unpackhi_epi8, _mm_unpacklo_epi8, _mm_xor_si128,
    };
    let row = |f: u32| rows.get(f as usize).map_or(0, |r| i64::from_le_bytes(*r));
    // Four columns of two rows as 16-bit lanes (a0 b0 a1 b1 …), times their absolute values,
    // pairwise added into four 32-bit columns.
    let squares = |x: __m128i| {
        let sign = _mm_srai_epi16::<15>(x);
        _mm_madd_epi16(x, _mm_sub_epi16(_mm_xor_si128(x, sign), sign))
    };
    let (mut lo, mut hi) = (_mm_setzero_si128(), _mm_setzero_si128());
    let mut add = |a: i64, b: i64| {
        let ab = _mm_unpacklo_epi8(_mm_cvtsi64_si128(a), _mm_cvtsi64_si128(b));
        // Each byte doubled, then shifted down: its sign extended to 16 bits.
        lo = _mm_add_epi32(lo, squares(_mm_srai_epi16::<8>(_mm_unpacklo_epi8(ab, ab))));
        hi = _mm_add_epi32(hi, squares(_mm_srai_epi16::<8>(_mm_unpackhi_epi8(ab, ab))));
    };
    let mut pairs = feats.chunks_exact(2);
    for p in &mut pairs {
        add(row(p[0]), row(p[1]));
    }
    if let [f] = pairs.remainder() {
        add(row(*f), 0);
    }
    let lanes = |v: __m128i| {
        [
            _mm_cvtsi128_si32(v),
            _mm_cvtsi128_si32(_mm_srli_si128::<4>(v)),
            _mm_cvtsi128_si32(_mm_srli_si128::<8>(v)),
            _mm_cvtsi128_si32(_mm_srli_si128::<12>(v)),
        ]
    };
    let ([a, b, c, d], [e, f, g, h]) = (lanes(lo), lanes(hi));
    [a, b, c, d, e, f, g, h]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_of_adding_gives_the_same_sums() {
        // Every byte value, in rows of random bytes, odd and even counts, ids past the table.
        let mut rng = crate::rng::SplitMix64(7);
        let mut table: Vec<u8> = (0..=255u8).collect();
        table.extend((0..64 * COLS).map(|_| rng.next_u64() as u8));
        let rows = table.len() / COLS;
        for n in 0..40 {
            let feats: Vec<u32> = (0..n)
                .map(|_| (rng.next_u64() % (rows as u64 + 3)) as u32)
                .collect();
            let plain = sum_plain(table.as_chunks::<COLS>().0, &feats);
            assert_eq!(sum(&table, &feats), plain, "{feats:?}");
        }
        // The extremes: 127² and −128·128 in every column, many times over.
        let table = [[127u8; COLS], [128u8; COLS]].concat();
        let feats: Vec<u32> = (0..101).map(|i| i % 2).collect();
        assert_eq!(sum(&table, &feats), [51 * 127 * 127 - 50 * 128 * 128; COLS]);
    }
}

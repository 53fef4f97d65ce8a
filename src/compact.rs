//! Indices and byte offsets kept as `u32`: half a `usize`, in the tables that hold one a token, a
//! mention or a link, which stay alive for the whole analysis.
//!
//! A leaf of the crate (it knows no other module), so every step of the data flow can use it.

/// `i` as a `u32`, clamped at `u32::MAX` rather than wrapped. Nothing read through ingest reaches
/// the clamp (it caps a file at 64 MiB, and no briefing holds four billion mentions); a text past
/// 4 GiB handed to the library directly gets offsets pinned at the end rather than wrapped ones.
pub(crate) fn clamp_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::clamp_u32;

    #[test]
    fn clamps_rather_than_wraps() {
        assert_eq!(clamp_u32(0), 0);
        assert_eq!(clamp_u32(4_000_000_000), 4_000_000_000);
        assert_eq!(clamp_u32(usize::MAX), u32::MAX);
    }
}

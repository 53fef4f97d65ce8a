//! Hints to the processor and the kernel about memory the tagger is about to read: the one
//! module of the crate allowed `unsafe` code (`unsafe_code` is denied everywhere else, see
//! `[lints]` in Cargo.toml). Neither hint can change what a program computes: a prefetch never
//! faults and a refused `madvise` changes nothing.
#![allow(unsafe_code)]

/// Ask the cache to load the line at `p` (any address: a prefetch is only a hint).
#[inline(always)]
pub(crate) fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch is only a hint; it never faults, whatever the address.
        #[allow(unused_unsafe)]
        unsafe {
            _mm_prefetch::<_MM_HINT_T0>(p.cast::<i8>())
        };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Ask the kernel to back `region` (which starts at a 2 MiB boundary) with huge pages.
#[cfg(target_os = "linux")]
pub(crate) fn advise_huge_pages(region: &mut [u8]) {
    // SAFETY: the region is memory this process owns (a live buffer's); the advice only
    // changes which pages back it, never its contents, and a refusal is harmless.
    unsafe {
        libc::madvise(region.as_mut_ptr().cast(), region.len(), libc::MADV_HUGEPAGE);
    }
}

/// Huge pages are a Linux matter; elsewhere there is nothing to ask.
#[cfg(not(target_os = "linux"))]
pub(crate) fn advise_huge_pages(_region: &mut [u8]) {}

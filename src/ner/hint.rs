//! Hints to the processor and the kernel about memory the tagger is about to read: with
//! `rows`, the only modules of the crate allowed `unsafe` code (`unsafe_code` is denied
//! everywhere else, see `[lints]` in Cargo.toml). Neither hint can change what a program
//! computes: a prefetch never faults and a refused `madvise` changes nothing.
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

/// Tell the kernel the pages wholly inside `region` will not be read again soon, so it may take
/// them back now: the embedded weight tables once a copy of them is made ([`super::model`]).
/// `MADV_PAGEOUT` never changes what the pages hold (they are read back from the program file,
/// or from swap, when touched again), so the region stays valid whatever the kernel does. (Recent
/// kernels page out a file's pages only for a process that owns the file or may write it: a
/// binary installed by another user keeps them resident.)
#[cfg(target_os = "linux")]
pub(crate) fn release(region: &[u8]) {
    // SAFETY: sysconf only reads a system setting.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    let Some(page) = usize::try_from(page).ok().filter(|&p| p > 0) else {
        return;
    };
    let start = region.as_ptr() as usize;
    let first = start.next_multiple_of(page);
    let end = (start + region.len()) / page * page;
    if end <= first {
        return;
    }
    // SAFETY: the range lies inside `region`, memory this process can read; MADV_PAGEOUT only
    // asks for its pages to be reclaimed, keeping their contents, and a refusal is harmless.
    unsafe {
        libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_PAGEOUT);
    }
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn release(_region: &[u8]) {}

/// Huge pages are a Linux matter; elsewhere there is nothing to ask.
#[cfg(not(target_os = "linux"))]
pub(crate) fn advise_huge_pages(_region: &mut [u8]) {}

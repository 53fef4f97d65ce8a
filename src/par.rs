//! Work on every core: a map over independent items whose results come back in the items' order.
//!
//! A leaf of the crate (it knows no other module), so each step of the data flow — reading the
//! files, the per-source analysis, the entities' per-source names — can use it without an import
//! running back up.

/// `f` over `items` on every core, the results in the items' order: the same vector a
/// sequential `map` gives, whatever order the work is done in. Each worker takes the next item
/// still waiting, so a long source does not hold up a share of the others.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(items.len());
    if threads <= 1 {
        return items.iter().enumerate().map(|(i, t)| f(i, t)).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut out = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return out;
            };
            out.push((i, f(i, item)));
        }
    };
    // The workers carry the caller's thread name: the reader's panic hook keeps a panic of its
    // worker thread (by name) on screen rather than tearing the terminal down, and that must hold
    // for the work that thread hands out too.
    let name = std::thread::current().name().map(str::to_owned);
    let parts: Vec<Vec<(usize, R)>> = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads)
            .filter_map(|_| {
                let builder = std::thread::Builder::new();
                let builder = match &name {
                    Some(n) => builder.name(n.clone()),
                    None => builder,
                };
                // A worker that cannot start leaves its share to the others.
                builder.spawn_scoped(s, work).ok()
            })
            .collect();
        let mut parts = vec![work()];
        for h in others {
            parts.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        parts
    });
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for (i, r) in parts.into_iter().flatten() {
        slots[i] = Some(r);
    }
    slots.into_iter().flatten().collect()
}

/// [`map`] over items taken by value: each item is moved to the worker that takes it.
pub(crate) fn map_owned<T: Send, R: Send>(items: Vec<T>, f: impl Fn(usize, T) -> R + Sync) -> Vec<R> {
    let slots: Vec<std::sync::Mutex<Option<T>>> = items
        .into_iter()
        .map(|t| std::sync::Mutex::new(Some(t)))
        .collect();
    let take = |slot: &std::sync::Mutex<Option<T>>| {
        slot.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
    };
    // `map` hands each index to one worker once, so every slot is still full when taken.
    map(&slots, |i, slot| take(slot).map(|t| f(i, t)))
        .into_iter()
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_items_order() {
        let items: Vec<usize> = (0..1000).collect();
        assert_eq!(
            super::map(&items, |i, &x| (i, x * 2)),
            items.iter().map(|&x| (x, x * 2)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn owned_items_are_each_taken_once_in_order() {
        let items: Vec<String> = (0..500).map(|i| i.to_string()).collect();
        let want: Vec<(usize, String)> = items.iter().cloned().enumerate().collect();
        assert_eq!(super::map_owned(items, |i, s| (i, s)), want);
    }

    #[test]
    fn workers_carry_the_callers_thread_name() {
        let names = std::thread::Builder::new()
            .name("parallax-test-worker".into())
            .spawn(|| {
                let items: Vec<usize> = (0..64).collect();
                super::map(&items, |_, _| {
                    // Long enough that every worker takes some items.
                    std::thread::sleep(std::time::Duration::from_millis(1));
                    std::thread::current().name().map(str::to_owned)
                })
            })
            .expect("spawn")
            .join()
            .expect("join");
        assert!(
            names.iter().all(|n| n.as_deref() == Some("parallax-test-worker")),
            "{names:?}"
        );
    }
}

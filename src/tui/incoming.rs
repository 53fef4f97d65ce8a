//! Sources made ready for the reader off the UI thread ([`Incoming`]: the text as shown, the keys of
//! the saved state, the order by date). Below both the app, which lists them (`App::arrive`), and
//! the actions, which carry them from the reading thread.

use crate::ingest::{Briefing, Source};

/// Where an [`Incoming`]'s saved state comes from.
#[derive(Debug)]
pub(super) enum StoreChoice {
    /// Not loaded (tests, and [`App::new`](super::app::App::new)).
    None,
    /// The user's data folder.
    At(crate::state::Store),
    /// Neither XDG_DATA_HOME nor HOME is set.
    NoDataFolder,
}

/// Sources made ready for the reader off the UI thread: the text as shown, the keys that line the
/// saved state up with them (of the text as loaded, before the display stand-ins: `report` computes
/// the same), the order by date, and the load problems. `App::arrive` lists them.
#[derive(Debug)]
pub struct Incoming {
    pub(super) briefing: Briefing,
    /// The key of the briefing's saved state and of each source, index for index.
    pub(super) key: String,
    pub(super) source_keys: Vec<String>,
    pub(super) order: Vec<usize>,
    pub(super) notices: Vec<String>,
    /// Whether and where the saved state is to be loaded.
    pub(super) store: StoreChoice,
}

impl Incoming {
    /// The sources as loaded and the load problems (one line each).
    pub fn new(mut briefing: Briefing, notices: Vec<String>) -> Incoming {
        let key = crate::state::briefing_key(&briefing.sources);
        let source_keys = crate::state::source_keys(&briefing.sources);
        for_display(&mut briefing);
        Incoming {
            order: by_date(&briefing.sources),
            briefing,
            key,
            source_keys,
            notices,
            store: StoreChoice::None,
        }
    }

    /// Also load (and keep saving to) the state saved for these sources in the user's data folder.
    #[must_use]
    pub fn with_store(mut self) -> Incoming {
        self.store = match crate::state::Store::for_briefing(&self.key) {
            Some(s) => StoreChoice::At(s),
            None => StoreChoice::NoDataFolder,
        };
        self
    }

    /// How many sources came in.
    pub fn len(&self) -> usize {
        self.briefing.sources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.briefing.sources.is_empty()
    }
}

/// The briefing as the reader shows it: in the text, every control, bidirectional or zero-width
/// character becomes a visible stand-in of the same length in bytes (so every span still fits); in
/// titles, outlets and paths, an escape.
pub(super) fn for_display(briefing: &mut Briefing) {
    use crate::text::safe;
    for s in &mut briefing.sources {
        if let std::borrow::Cow::Owned(t) = safe::same_len(&s.text) {
            s.text = t;
        }
        for field in [&mut s.title, &mut s.outlet].into_iter().flatten() {
            *field = safe::line(field).into_owned();
        }
        s.path = safe::line(&s.path).into_owned();
    }
}

/// Source indices by publication date, undated last, ties in briefing order.
pub(super) fn by_date(sources: &[Source]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..sources.len()).collect();
    idx.sort_by_key(|&i| (sources[i].published.is_none(), sources[i].published, i));
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undated_sources_sort_last() {
        let source = crate::ingest::Source::from_text;
        let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let mut a = source("a", "x");
        let mut b = source("b", "x");
        let c = source("c", "x");
        let mut e = source("e", "x");
        a.published = d("2026-01-14");
        b.published = d("2026-01-11");
        e.published = d("2026-01-11");
        assert_eq!(by_date(&[a, b, c, e]), [1, 3, 0, 2]);
    }
}

//! The sources' arrival: made ready off the UI thread ([`Incoming`], in `tui/incoming.rs`), then
//! listed by `App::arrive`.

use super::saved::Saved;
use super::{App, Progress};
use crate::tui::incoming::{Incoming, StoreChoice};

impl App {
    /// The sources are in (from [`Incoming`]): list them, open the first by date, and load what was
    /// saved for them; the analysis is next.
    pub(super) fn arrive(&mut self, incoming: Incoming) {
        let Incoming {
            briefing,
            key,
            source_keys,
            order,
            notices,
            store,
        } = incoming;
        self.read = vec![false; briefing.sources.len()];
        self.briefing = briefing;
        self.order = order;
        self.saved = Saved::new(&key, source_keys);
        if self.message.is_none() {
            self.message = summary(&notices);
        }
        self.notices.extend(notices);
        self.progress = Some(Progress {
            stage: "starting",
            done: 0,
            total: 1,
        });
        if let Some(&first) = self.order.first() {
            self.open_source(first);
        }
        self.measure();
        match store {
            StoreChoice::At(store) => self.attach_store(store),
            StoreChoice::NoDataFolder => self.update(crate::tui::action::Action::Notice(
                "no data folder (neither XDG_DATA_HOME nor HOME is set): read marks, flags and notes will not be kept"
                    .into(),
            )),
            StoreChoice::None => {}
        }
    }
}

/// The status bar's line for load problems: the first, and how many more.
pub(super) fn summary(notices: &[String]) -> Option<String> {
    notices.first().map(|n| match notices.len() {
        1 => n.clone(),
        k => format!("{n} (+{} more: see ?)", k - 1),
    })
}

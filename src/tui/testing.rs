//! Small fixtures for the TUI's unit tests (integration tests build whole analyses in tests/tui_support).

use crate::ingest::{Format, Source};

/// A plain-text source with the given id and text, no metadata.
pub fn source(id: &str, text: &str) -> Source {
    Source {
        id: id.into(),
        path: format!("{id}.txt"),
        format: Format::Text,
        title: None,
        outlet: None,
        published: None,
        url: None,
        text: text.into(),
        headline: None,
        body: Vec::new(),
    }
}

//! Entities: people, places, organisations and other names, with aliases merged across the briefing.

use std::ops::Range;

use serde::Serialize;

use crate::ingest::Briefing;
use crate::text::Sentence;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organisation,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
            EntityKind::Other => "other",
        }
    }
}

/// One place where a source names an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into `Briefing::sources`.
    pub source: usize,
    /// Byte span into that source's text.
    pub span: Range<usize>,
}

/// A person, place, organisation or other name, merged across all sources.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Stable id within one analysis: `e1`, `e2`, …
    pub id: String,
    /// Canonical name: the fullest common form.
    pub name: String,
    pub kind: EntityKind,
    /// Other surface forms seen for it (not including `name`).
    pub aliases: Vec<String>,
    /// Mentions in source order, then text order.
    pub mentions: Vec<Mention>,
}

/// Find and merge the entities of a briefing.
pub fn recognise(briefing: &Briefing, sentences: &[Vec<Sentence>]) -> Vec<Entity> {
    let _ = (briefing, sentences);
    Vec::new()
}

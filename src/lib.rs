//! Parallax: read several outlets' accounts of one story side by side.
//!
//! The library is the analysis core; it never touches a terminal. Data flows top to bottom:
//!
//! ```text
//! paths / stdin ──ingest──▶ Briefing { Source… }          (ingest: formats, metadata, boilerplate)
//!   Source.text ──text──▶ Sentence { span } → tokens      (byte spans into Source.text)
//!   sentences ──entities──▶ Entity { name, aliases, mentions }   (ner tagger + rules + gazetteer + aliases)
//!   sentences ──values──▶ Value { kind, span, normalized, qualifier }   (dates via `dates`)
//!   values + entities ──claims──▶ Claim { statements, verdict }
//! Analysis { briefing, sentences, entities, claims } ──▶ report (text / markdown / json) and tui
//! ```
//!
//! What the user keeps of a briefing (read marks, flags, notes) is [`state`], saved atomically
//! ([`atomic`]) in the user's data folder; `report` and the reader both read it.
//!
//! [`analysis::Analysis::run`] is the one entry point that `report` and the TUI both consume.
//!
//! The reader (`tui`) is behind the default-on cargo feature `tui`; with `--no-default-features` the
//! library is the analysis and the reports alone, and no terminal crate is built.

pub mod analysis;
pub mod atomic;
pub mod claims;
mod compact;
pub mod dates;
pub mod entities;
pub mod ingest;
pub mod ner;
mod par;
pub mod report;
pub mod rng;
pub mod state;
pub mod text;
#[cfg(feature = "tui")]
pub mod tui;
pub mod values;
pub mod views;

#[cfg(test)]
mod testutil;

pub use analysis::Analysis;
pub use ingest::{Briefing, Source};

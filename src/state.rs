//! What the user keeps of a briefing between sessions: which sources they have read, a flag per
//! claim (checked or disputed) and a free-text note per claim or source.
//!
//! State is saved per briefing in the user's data folder (`$XDG_DATA_HOME/parallax/state/`, by
//! default `~/.local/share/parallax/state/`), one JSON file per briefing named by a hash of its
//! sources' contents, so moving or renaming the briefing's folder keeps it as long as the articles
//! are the same. Inside, a source is keyed by a hash of its text and a claim by its kind and topic
//! (see [`keys`]), so the keys do not depend on file names or on the order of the claims.
//!
//! Writes are atomic ([`crate::atomic`]) and happen on every change ([`Saver`]). A file that
//! cannot be read — corrupt, or written by a newer Parallax — is set aside under a new name, never
//! deleted, and the reader starts afresh with a warning ([`Store::open`]).
//!
//! No terminal code here: `report` reads the same files ([`Store::read`]).

pub mod keys;
mod saver;
mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use keys::{briefing_key, claim_keys, source_key, source_keys};
pub use saver::Saver;
pub use store::{LoadError, Opened, Store, data_dir};

/// The version of the state file this Parallax writes and reads. A file with a higher version is
/// set aside rather than misread.
pub const VERSION: u32 = 1;

/// A claim's flag: the user checked the figure, or disputes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Flag {
    Checked,
    Disputed,
}

impl Flag {
    /// The next flag in the cycle none → checked → disputed → none.
    pub fn cycle(flag: Option<Flag>) -> Option<Flag> {
        match flag {
            None => Some(Flag::Checked),
            Some(Flag::Checked) => Some(Flag::Disputed),
            Some(Flag::Disputed) => None,
        }
    }

    /// The name used in the state file and the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Checked => "checked",
            Flag::Disputed => "disputed",
        }
    }
}

/// What is kept of one source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceState {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The source's id when last saved, for a person reading the file (not used to match).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl SourceState {
    fn is_empty(&self) -> bool {
        !self.read && self.note.is_none()
    }
}

/// What is kept of one claim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimState {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<Flag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl ClaimState {
    fn is_empty(&self) -> bool {
        self.flag.is_none() && self.note.is_none()
    }
}

/// The saved state of one briefing: the file's whole content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// The briefing's key ([`briefing_key`]).
    pub briefing: String,
    /// By source key ([`source_key`]).
    #[serde(default)]
    pub sources: BTreeMap<String, SourceState>,
    /// By claim key ([`claim_keys`]). Entries whose claim is no longer found (a newer analysis
    /// words a topic differently) are kept, not dropped.
    #[serde(default)]
    pub claims: BTreeMap<String, ClaimState>,
}

impl State {
    /// Nothing saved yet for the briefing `key`.
    pub fn new(key: &str) -> State {
        State {
            version: VERSION,
            briefing: key.to_string(),
            sources: BTreeMap::new(),
            claims: BTreeMap::new(),
        }
    }

    pub fn source(&self, key: &str) -> Option<&SourceState> {
        self.sources.get(key)
    }

    pub fn claim(&self, key: &str) -> Option<&ClaimState> {
        self.claims.get(key)
    }

    pub fn is_read(&self, source: &str) -> bool {
        self.source(source).is_some_and(|s| s.read)
    }

    pub fn source_note(&self, source: &str) -> Option<&str> {
        self.source(source).and_then(|s| s.note.as_deref())
    }

    pub fn flag(&self, claim: &str) -> Option<Flag> {
        self.claim(claim).and_then(|c| c.flag)
    }

    pub fn claim_note(&self, claim: &str) -> Option<&str> {
        self.claim(claim).and_then(|c| c.note.as_deref())
    }

    /// Set a source's read mark; true if that changed anything.
    pub fn set_read(&mut self, source: &str, read: bool) -> bool {
        self.edit_source(source, |s| std::mem::replace(&mut s.read, read) != read)
    }

    /// Set or (with `None` or blank text) remove a source's note; true if that changed anything.
    pub fn set_source_note(&mut self, source: &str, note: Option<&str>) -> bool {
        let note = clean_note(note);
        self.edit_source(source, |s| std::mem::replace(&mut s.note, note.clone()) != note)
    }

    /// Remember the source's id beside its key, for a person reading the file.
    pub fn label_source(&mut self, source: &str, label: &str) {
        if let Some(s) = self.sources.get_mut(source) {
            s.label = Some(label.to_string());
        }
    }

    /// Set or clear a claim's flag; true if that changed anything.
    pub fn set_flag(&mut self, claim: &str, flag: Option<Flag>) -> bool {
        self.edit_claim(claim, |c| std::mem::replace(&mut c.flag, flag) != flag)
    }

    /// Set or (with `None` or blank text) remove a claim's note; true if that changed anything.
    pub fn set_claim_note(&mut self, claim: &str, note: Option<&str>) -> bool {
        let note = clean_note(note);
        self.edit_claim(claim, |c| std::mem::replace(&mut c.note, note.clone()) != note)
    }

    fn edit_source(&mut self, key: &str, f: impl FnOnce(&mut SourceState) -> bool) -> bool {
        let entry = self.sources.entry(key.to_string()).or_default();
        let changed = f(entry);
        if entry.is_empty() {
            self.sources.remove(key);
        }
        changed
    }

    fn edit_claim(&mut self, key: &str, f: impl FnOnce(&mut ClaimState) -> bool) -> bool {
        let entry = self.claims.entry(key.to_string()).or_default();
        let changed = f(entry);
        if entry.is_empty() {
            self.claims.remove(key);
        }
        changed
    }

    /// The file's text.
    ///
    /// # Panics
    ///
    /// Never: the state's types always serialise.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("state always serialises") + "\n"
    }
}

/// A note as kept: trimmed, one line (line breaks become spaces), `None` when blank.
fn clean_note(note: Option<&str>) -> Option<String> {
    let note = note?.split(['\n', '\r']).collect::<Vec<_>>().join(" ");
    let note = note.trim();
    (!note.is_empty()).then(|| note.to_string())
}

/// The saved state lined up with one analysis: for each source and claim (by index), what the
/// user kept. `report` prints it beside the analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    pub sources: Vec<SourceState>,
    pub claims: Vec<ClaimState>,
}

impl Annotations {
    /// Pick out of `state` the entries for these source and claim keys (index for index).
    pub fn new(state: &State, source_keys: &[String], claim_keys: &[String]) -> Annotations {
        Annotations {
            sources: source_keys
                .iter()
                .map(|k| state.source(k).cloned().unwrap_or_default())
                .collect(),
            claims: claim_keys
                .iter()
                .map(|k| state.claim(k).cloned().unwrap_or_default())
                .collect(),
        }
    }

    pub fn source(&self, i: usize) -> Option<&SourceState> {
        self.sources.get(i)
    }

    pub fn claim(&self, i: usize) -> Option<&ClaimState> {
        self.claims.get(i)
    }

    /// Whether anything at all is kept (a report without any prints as before).
    pub fn is_empty(&self) -> bool {
        self.sources.iter().all(SourceState::is_empty) && self.claims.iter().all(ClaimState::is_empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_report_changes_and_drop_empty_entries() {
        let mut s = State::new("b");
        assert!(s.set_read("s1", true));
        assert!(!s.set_read("s1", true));
        assert!(s.is_read("s1"));
        assert!(s.set_source_note("s1", Some("  two\nlines ")));
        assert_eq!(s.source_note("s1"), Some("two lines"));
        assert!(s.set_source_note("s1", Some("   ")));
        assert!(s.set_read("s1", false));
        assert!(s.sources.is_empty());
        assert!(s.set_flag("c", Flag::cycle(None)));
        assert_eq!(s.flag("c"), Some(Flag::Checked));
        assert!(s.set_flag("c", Flag::cycle(s.flag("c"))));
        assert_eq!(s.flag("c"), Some(Flag::Disputed));
        assert!(s.set_flag("c", Flag::cycle(s.flag("c"))));
        assert!(s.claims.is_empty());
    }

    #[test]
    fn round_trips_through_json() {
        let mut s = State::new("b");
        s.set_read("s1", true);
        s.label_source("s1", "001_x");
        s.set_claim_note("date|x", Some("asked the desk — “Tuesday”"));
        s.set_flag("date|x", Some(Flag::Disputed));
        let text = s.to_json();
        assert!(text.contains("\"disputed\""), "{text}");
        let back: State = serde_json::from_str(&text).expect("parses");
        assert_eq!(back, s);
    }
}

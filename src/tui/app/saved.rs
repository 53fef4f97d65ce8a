//! What the user keeps of the briefing — read marks, claim flags, notes on claims and sources — and
//! saving it on every change. Part of [`App::update`]'s work; the state itself is the library's
//! [`crate::state`].

use super::App;
use crate::state::{Flag, Saver, State, Store};
use crate::tui::keymap::Context;

/// The saved state, the keys that line it up with this briefing, and the writer.
#[derive(Debug)]
pub struct Saved {
    pub(super) state: State,
    /// Keys of the sources and claims, index for index ([`crate::state::keys`]).
    pub(super) source_keys: Vec<String>,
    pub(super) claim_keys: Vec<String>,
    /// `None` until a store is attached (tests, a store that cannot be written).
    pub(super) saver: Option<Saver>,
}

impl Saved {
    pub(super) fn new(briefing_key: &str, source_keys: Vec<String>) -> Saved {
        Saved {
            state: State::new(briefing_key),
            source_keys,
            claim_keys: Vec::new(),
            saver: None,
        }
    }
}

/// What a note is written on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteTarget {
    Source(usize),
    Claim(usize),
}

/// The note being written: the editor line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEdit {
    pub target: NoteTarget,
    pub text: String,
}

impl App {
    /// Keep state in `store` from now on: what it holds is loaded (read marks, flags, notes), and
    /// every change is written to it at once. A file that cannot be used is set aside with a
    /// warning in the status bar and the notices (`?`).
    pub fn attach_store(&mut self, store: Store) {
        let opened = store.open();
        if let Some(w) = opened.warning {
            self.warn(w);
        }
        self.saved.state = opened.state;
        self.saved.state.briefing = store.key().to_string();
        for (i, k) in self.saved.source_keys.iter().enumerate() {
            if let Some(r) = self.read.get_mut(i) {
                *r = self.saved.state.is_read(k);
            }
        }
        if opened.writable {
            match Saver::spawn(store) {
                Ok(s) => self.saved.saver = Some(s),
                Err(e) => self.warn(format!("cannot save state: {e}")),
            }
        }
        // The source on screen counts as opened.
        if let Some(c) = self.current {
            self.set_read(c, true);
        }
    }

    /// Wait until every change is on disk (the event loop calls this on the way out; dropping the
    /// app does the same).
    pub fn finish_saving(&mut self) {
        if let Some(s) = &mut self.saved.saver {
            s.finish();
        }
        self.check_saving();
    }

    /// Where state is saved, if it is.
    pub fn state_path(&self) -> Option<&str> {
        self.saved.saver.as_ref().map(|s| s.path())
    }

    /// The saved state as it stands.
    pub fn saved_state(&self) -> &State {
        &self.saved.state
    }

    /// The note on a source.
    pub fn source_note(&self, s: usize) -> Option<&str> {
        let k = self.saved.source_keys.get(s)?;
        self.saved.state.source_note(k)
    }

    /// A claim's flag.
    pub fn claim_flag(&self, c: usize) -> Option<Flag> {
        let k = self.saved.claim_keys.get(c)?;
        self.saved.state.flag(k)
    }

    /// The note on a claim.
    pub fn claim_note(&self, c: usize) -> Option<&str> {
        let k = self.saved.claim_keys.get(c)?;
        self.saved.state.claim_note(k)
    }

    /// The note being written, if the editor is open.
    pub fn note_edit(&self) -> Option<&NoteEdit> {
        self.note.as_ref()
    }

    fn warn(&mut self, w: String) {
        self.message = Some(w.clone());
        self.notices.push(w);
    }

    /// Mark a source read or unread, and save.
    pub(super) fn set_read(&mut self, s: usize, read: bool) {
        if let Some(r) = self.read.get_mut(s) {
            *r = read;
        }
        if let Some(k) = self.saved.source_keys.get(s)
            && self.saved.state.set_read(k, read)
        {
            self.persist();
        }
    }

    /// `m`: toggle the read mark of the source being read.
    pub(super) fn toggle_read(&mut self) {
        let Some(s) = self.current else {
            self.message = Some("No source open to mark".into());
            return;
        };
        let read = !self.read.get(s).copied().unwrap_or(false);
        self.set_read(s, read);
        let name = self.source_name(s);
        self.message = Some(if read {
            format!("Marked {name} read")
        } else {
            format!("Marked {name} unread")
        });
    }

    /// The claim a claim key acts on: the one under the cursor in the claims list, or the one
    /// compared.
    pub(super) fn claim_in_view(&self) -> Option<usize> {
        match self.context() {
            Context::Compare => self.compare.map(|c| c.claim),
            Context::Claims => self.claim_rows().get(self.claims_cursor.index).copied(),
            _ => None,
        }
    }

    /// `f`: cycle the claim's flag none → checked → disputed → none, and save.
    pub(super) fn cycle_flag(&mut self) {
        let Some(c) = self.claim_in_view() else {
            self.message = Some("Flags are for claims: open the claims list (c) first".into());
            return;
        };
        let Some(k) = self.saved.claim_keys.get(c).cloned() else {
            return;
        };
        let flag = Flag::cycle(self.saved.state.flag(&k));
        if self.saved.state.set_flag(&k, flag) {
            self.persist();
        }
        let id = self.claims().get(c).map_or("", |c| c.id.as_str()).to_string();
        self.message = Some(match flag {
            Some(f) => format!("Flagged claim {id} {}", f.as_str()),
            None => format!("Claim {id} unflagged"),
        });
    }

    /// `a`: open the note editor on the claim in view (claims list, comparison), else on the
    /// source being read, with its note so far.
    pub(super) fn start_note(&mut self) {
        let target = match self.claim_in_view() {
            Some(c) => NoteTarget::Claim(c),
            None => match self.current {
                Some(s) => NoteTarget::Source(s),
                None => {
                    self.message = Some("No source or claim to write a note on".into());
                    return;
                }
            },
        };
        let text = match target {
            NoteTarget::Source(s) => self.source_note(s),
            NoteTarget::Claim(c) => self.claim_note(c),
        }
        .unwrap_or("")
        .to_string();
        self.note = Some(NoteEdit { target, text });
    }

    /// Enter in the editor: keep the note (an empty one removes it), and save.
    pub(super) fn save_note(&mut self) {
        let Some(edit) = self.note.take() else { return };
        let text = Some(edit.text.as_str());
        let (changed, what) = match edit.target {
            NoteTarget::Source(s) => {
                let Some(k) = self.saved.source_keys.get(s) else {
                    return;
                };
                (self.saved.state.set_source_note(k, text), self.source_name(s))
            }
            NoteTarget::Claim(c) => {
                let id = self.claims().get(c).map_or(String::new(), |c| c.id.clone());
                let Some(k) = self.saved.claim_keys.get(c) else {
                    return;
                };
                (self.saved.state.set_claim_note(k, text), format!("claim {id}"))
            }
        };
        if changed {
            self.persist();
        }
        self.message = Some(if edit.text.trim().is_empty() {
            format!("No note on {what}")
        } else {
            format!("Note on {what} saved")
        });
    }

    /// Type into the note (`Some`) or delete its last character (`None`).
    pub(super) fn note_input(&mut self, c: Option<char>) {
        if let Some(edit) = &mut self.note {
            match c {
                Some(c) => edit.text.push(c),
                None => _ = edit.text.pop(),
            }
        }
    }

    pub(super) fn source_name(&self, s: usize) -> String {
        self.sources().get(s).map_or(String::new(), |src| {
            src.outlet.clone().unwrap_or_else(|| src.id.clone())
        })
    }

    /// Hand the state to the writer, labelling each kept source with its id for a person reading
    /// the file.
    fn persist(&mut self) {
        let Saved {
            state,
            source_keys,
            saver,
            ..
        } = &mut self.saved;
        let Some(saver) = saver else { return };
        let sources = self
            .analysis
            .as_ref()
            .map_or(&self.briefing.sources, |a| &a.briefing.sources);
        for (k, src) in source_keys.iter().zip(sources) {
            state.label_source(k, &src.id);
        }
        saver.save(state.clone());
    }

    /// Show a failed write in the status bar.
    pub(super) fn check_saving(&mut self) {
        if let Some(e) = self.saved.saver.as_ref().and_then(|s| s.take_error()) {
            self.warn(e);
        }
    }
}

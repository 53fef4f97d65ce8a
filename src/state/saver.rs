//! Saving on every change without making a key press wait for the disk: the newest state goes to a
//! writer thread, which writes it atomically (skipping states already overtaken by a newer one).
//! Dropping the [`Saver`] waits for the last write, so quitting never loses a change.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

use super::{State, Store};

/// A writer thread for one store.
#[derive(Debug)]
pub struct Saver {
    tx: Option<Sender<State>>,
    thread: Option<JoinHandle<()>>,
    error: Arc<Mutex<Option<String>>>,
    path: String,
}

impl Saver {
    /// Start the writer for `store`.
    pub fn spawn(store: Store) -> std::io::Result<Saver> {
        let (tx, rx) = mpsc::channel::<State>();
        let error = Arc::new(Mutex::new(None));
        let path = store.path().display().to_string();
        let err = Arc::clone(&error);
        let thread = thread::Builder::new()
            .name("parallax-state".into())
            .spawn(move || write_loop(&store, &rx, &err))?;
        Ok(Saver {
            tx: Some(tx),
            thread: Some(thread),
            error,
            path,
        })
    }

    /// Save this state (soon, on the writer thread).
    pub fn save(&self, state: State) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(state);
        }
    }

    /// The last write's failure, taken once (the writer keeps trying on later changes).
    pub fn take_error(&self) -> Option<String> {
        self.error.lock().ok().and_then(|mut e| e.take())
    }

    /// Where the state is written.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Wait until every state sent so far is written.
    pub fn finish(&mut self) {
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.finish();
    }
}

fn write_loop(store: &Store, rx: &Receiver<State>, error: &Mutex<Option<String>>) {
    while let Ok(mut state) = rx.recv() {
        // Only the newest of the states waiting matters.
        while let Ok(newer) = rx.try_recv() {
            state = newer;
        }
        if let Err(e) = store.save(&state)
            && let Ok(mut slot) = error.lock()
        {
            *slot = Some(format!("could not save state to {}: {e}", store.path().display()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_state_is_on_disk_after_finish() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("s/k.json"), "k");
        let mut saver = Saver::spawn(store.clone()).expect("spawn");
        let mut s = State::new("k");
        for i in 0..50 {
            s.set_source_note("a", Some(&format!("note {i}")));
            saver.save(s.clone());
        }
        saver.finish();
        assert_eq!(store.read().expect("read"), Some(s));
        assert!(saver.take_error().is_none());
    }

    #[test]
    fn a_failed_write_is_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        // The store's folder is a file: every write fails.
        std::fs::write(dir.path().join("f"), b"x").expect("write");
        let mut saver = Saver::spawn(Store::at(dir.path().join("f/k.json"), "k")).expect("spawn");
        saver.save(State::new("k"));
        saver.finish();
        assert!(saver.take_error().is_some_and(|e| e.contains("could not save")));
    }
}

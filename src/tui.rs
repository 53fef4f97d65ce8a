//! The terminal reader: three panes over an [`Analysis`](crate::analysis::Analysis) — sources, the
//! article, entities and claims — driven by keys and mouse.
//!
//! Input becomes an [`action::Action`]; only [`app::App::update`] changes state; [`view`] draws from
//! `&App`; [`event_loop`] ties them together; [`term`] is the one place the terminal is set up and
//! restored. Keys are data ([`keymap`], from `assets/keymap.toml`).

pub mod action;
pub mod app;
pub mod config;
pub mod doc;
pub mod event_loop;
pub mod incoming;
pub mod keymap;
pub mod layout;
pub mod term;
pub mod theme;
pub mod view;

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::mpsc;

use anyhow::{Context as _, bail};

use crate::ingest::Briefing;

/// Make sure keys can be read. With stdin piped in (`parallax -`), keys come from the controlling
/// terminal instead, as `less` and `fzf` do: crossterm opens /dev/tty itself for raw mode and events
/// whenever stdin is not a terminal, so what is checked here is that there is one to open.
/// (On Windows crossterm reads the console, which every console program has.)
fn keys_terminal() -> anyhow::Result<()> {
    if io::stdin().is_terminal() || cfg!(not(unix)) {
        return Ok(());
    }
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .map(drop)
        .map_err(|e| {
            anyhow::anyhow!(
                "stdin is not a terminal and there is no controlling terminal to read keys from (/dev/tty: {e}); use `parallax report [PATH…]` for a printable report"
            )
        })
}

/// The load problems as the reader lists them, one safe line each: warnings first, then skipped
/// files.
pub fn notices(loaded: &crate::ingest::Loaded) -> Vec<String> {
    use crate::text::safe;
    loaded
        .warnings
        .iter()
        .map(|p| safe::line(&format!("warning: {p}")).into_owned())
        .chain(
            loaded
                .skipped
                .iter()
                .map(|p| safe::line(&format!("skipped {p}")).into_owned()),
        )
        .collect()
}

/// Run the reader on a loaded briefing until the user quits. The analysis runs off the UI thread.
/// `notices` are load problems to show (one line each, e.g. skipped files); `config` is the file
/// from `--config`, else the default path is read if it exists.
pub fn run(briefing: Briefing, notices: Vec<String>, config: Option<&std::path::Path>) -> anyhow::Result<()> {
    let name = briefing.name.clone();
    let incoming = incoming::Incoming::new(briefing.clone(), Vec::new()).with_store();
    start(
        &name,
        notices,
        event_loop::Start::Ready(Box::new(incoming), briefing),
        config,
    )
}

/// Open the reader on files and folders at once: its first frame (the briefing's name, a count of
/// files read that grows, empty panes) is on screen before the first file is read; the files are
/// read and analysed off the UI thread, and the saved state loads when the sources are in. When no
/// source loads, the terminal is restored and [`NotLoaded`] says why.
pub fn open(paths: Vec<std::path::PathBuf>, config: Option<&std::path::Path>) -> anyhow::Result<()> {
    // A mistyped path fails before the screen changes.
    crate::ingest::check_paths(&paths)?;
    let name = crate::ingest::briefing_name(&paths);
    start(&name, Vec::new(), event_loop::Start::Read(paths), config)
}

fn start(
    name: &str,
    mut notices: Vec<String>,
    work: event_loop::Start,
    config: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    if !io::stdout().is_terminal() {
        bail!(
            "stdout is not a terminal, so the reader cannot open; use `parallax report [PATH…]` for a printable report"
        );
    }
    keys_terminal()?;
    // Config problems come first: they explain why a key or a colour is not what the file says.
    let loaded = config::load(config);
    notices.splice(0..0, loaded.warnings);
    let config = loaded.config;
    let theme = theme::Theme::chosen(&config.theme);
    let mut app = app::App::loading(name, notices, Arc::new(config.keymap));
    app.set_date_format(&config.date_format);

    let (tx, rx) = mpsc::channel();
    event_loop::spawn_signals(tx.clone()).context("listening for signals")?;
    let (mut terminal, guard) = term::enter().context("setting up the terminal")?;
    // Read marks, flags and notes live in the user's data folder, keyed by the briefing's content:
    // they load when the sources arrive.
    event_loop::spawn_analysis(work, tx.clone()).context("starting the analysis")?;
    event_loop::spawn_input(tx).context("reading the terminal")?;
    let exit = event_loop::run(&mut terminal, &mut app, &theme, rx);
    // Every change is written as it happens; wait for the last write before leaving.
    app.finish_saving();
    drop(guard);
    match exit? {
        event_loop::Exit::Quit => Ok(()),
        event_loop::Exit::Signal(sig) => Err(Stopped(sig).into()),
        event_loop::Exit::NotLoaded(notices, reason) => Err(NotLoaded { notices, reason }.into()),
    }
}

/// No source could be read, so the reader closed: the load problems (one safe line each, to print
/// before the reason) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct NotLoaded {
    pub notices: Vec<String>,
    pub reason: String,
}

/// The reader was ended by a signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) after restoring the terminal
/// and saving: the process exits with 128 + the signal's number, as a shell reports a killed program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("stopped by signal {0}")]
pub struct Stopped(pub i32);

impl Stopped {
    /// 128 + the signal's number (255 for a number too large to add).
    pub fn exit_code(self) -> u8 {
        u8::try_from(self.0)
            .ok()
            .and_then(|n| n.checked_add(128))
            .unwrap_or(u8::MAX)
    }
}

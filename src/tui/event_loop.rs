//! The event loop: terminal events, analysis progress and signals arrive on one channel; each becomes
//! an [`Action`] for [`App::update`]; the screen is drawn only after something changed.

use std::io;
use std::sync::mpsc::{Receiver, Sender};
use std::thread;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};

use super::action::{Action, Wheel};
use super::app::{App, Effect, READING};
use super::incoming::Incoming;
use super::keymap::KeyInput;
use super::theme::Theme;
use crate::analysis::{Analysis, Options, Progress};
use crate::ingest::Briefing;

/// What the loop waits for.
pub enum Msg {
    Term(Event),
    /// The sources are read; their analysis follows.
    Sources(Box<Incoming>),
    /// No source could be read: the load problems (one line each) and why the reader ends.
    NotLoaded(Vec<String>, String),
    Progress(Progress),
    Loaded(Box<Analysis>),
    Failed(String),
    Signal(i32),
    /// The terminal could not be read.
    InputError(io::Error),
}

/// How the loop ended.
#[derive(Debug)]
pub enum Exit {
    Quit,
    Signal(i32),
    /// No source could be read: the load problems and the reason, to print once the terminal is
    /// restored.
    NotLoaded(Vec<String>, String),
}

/// What the worker starts from: sources already read, or files still to read.
pub enum Start {
    Ready(Box<Incoming>, Briefing),
    /// Read these paths (what `ingest::load` reads), then analyse what loaded.
    Read(Vec<std::path::PathBuf>),
}

/// Read the files (when there are files to read) and run the analysis on one thread off the UI,
/// sending the sources as soon as they are read, progress (at most about a hundred updates a stage)
/// and the result.
pub fn spawn_analysis(start: Start, tx: Sender<Msg>) -> io::Result<()> {
    thread::Builder::new()
        .name(super::term::WORKER.into())
        .spawn(move || {
            let briefing = match start {
                Start::Ready(incoming, briefing) => {
                    let _ = tx.send(Msg::Sources(incoming));
                    briefing
                }
                Start::Read(paths) => match read(&paths, &tx) {
                    Some(b) => b,
                    None => return,
                },
            };
            analyse(briefing, &tx);
        })?;
    Ok(())
}

/// Read the files, sending a count that grows, then the sources (with the saved state's store) and
/// `None` to stop; or, when nothing loaded, the problems.
fn read(paths: &[std::path::PathBuf], tx: &Sender<Msg>) -> Option<Briefing> {
    let mut last = 0;
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::ingest::load_with_progress(paths, &mut |done, total| {
            let step = done * 100 / total.max(1);
            if done == 0 || step != last || done == total {
                last = step;
                let _ = tx.send(Msg::Progress(Progress {
                    stage: READING,
                    done,
                    total,
                }));
            }
        })
    }));
    let loaded = match run {
        Ok(Ok(l)) => l,
        Ok(Err(problem)) => {
            let _ = tx.send(Msg::NotLoaded(Vec::new(), problem.to_string()));
            return None;
        }
        Err(_) => {
            let why = super::term::take_worker_panic().unwrap_or_else(|| "reading panicked".into());
            let _ = tx.send(Msg::NotLoaded(Vec::new(), format!("reading the files: {why}")));
            return None;
        }
    };
    let notices = super::notices(&loaded);
    if loaded.briefing.sources.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let why = format!("no source could be loaded from {}", names.join(", "));
        let _ = tx.send(Msg::NotLoaded(notices, why));
        return None;
    }
    let incoming = Incoming::new(loaded.briefing.clone(), notices).with_store();
    let _ = tx.send(Msg::Sources(Box::new(incoming)));
    Some(loaded.briefing)
}

fn analyse(briefing: Briefing, tx: &Sender<Msg>) {
    let mut last: Option<(&'static str, usize)> = None;
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        Analysis::run_with_progress(briefing, &Options::default(), &mut |p| {
            let step = p.done * 100 / p.total.max(1);
            if last != Some((p.stage, step)) {
                last = Some((p.stage, step));
                let _ = tx.send(Msg::Progress(p));
            }
        })
    }));
    let _ = tx.send(match run {
        Ok(a) => Msg::Loaded(Box::new(a)),
        Err(_) => {
            Msg::Failed(super::term::take_worker_panic().unwrap_or_else(|| "the analysis panicked".into()))
        }
    });
}

/// Read terminal events on their own thread so the loop can also wait for the analysis.
pub fn spawn_input(tx: Sender<Msg>) -> io::Result<()> {
    thread::Builder::new()
        .name("parallax-input".into())
        .spawn(move || {
            loop {
                let msg = match event::read() {
                    Ok(ev) => Msg::Term(ev),
                    Err(e) => Msg::InputError(e),
                };
                let stop = matches!(msg, Msg::InputError(_));
                if tx.send(msg).is_err() || stop {
                    break;
                }
            }
        })?;
    Ok(())
}

/// Turn SIGTERM, SIGHUP, SIGINT and SIGQUIT into messages, so the loop ends, the last change is
/// saved and the terminal is restored. (In raw mode Ctrl-C and Ctrl-\\ are keys, not signals; SIGINT
/// and SIGQUIT still arrive from `kill`.) SIGQUIT's default would dump core and leave the terminal
/// raw in the alternate screen.
#[cfg(unix)]
pub fn spawn_signals(tx: Sender<Msg>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    thread::Builder::new()
        .name("parallax-signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                let _ = tx.send(Msg::Signal(sig));
            }
        })?;
    Ok(())
}

/// Without Unix signals (Windows) there is nothing to listen for: the console's Ctrl-C is a key in
/// raw mode, and closing the console ends the process.
#[cfg(not(unix))]
pub fn spawn_signals(_tx: Sender<Msg>) -> io::Result<()> {
    Ok(())
}

/// Map a terminal event to an action.
pub fn to_action(ev: Event, app: &App, keys: &mut KeyInput) -> Option<Action> {
    match ev {
        Event::Key(k) => keys.press(app.keymap(), app.context(), &k),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::Wheel(m.column, m.row, Wheel::Down)),
            MouseEventKind::ScrollUp => Some(Action::Wheel(m.column, m.row, Wheel::Up)),
            _ => None,
        },
        _ => None,
    }
}

/// Do what the reader asked: open a link, or put text on the clipboard with OSC 52 (written straight
/// to the terminal between two frames; it draws nothing).
fn run_effect(effect: &Effect) -> Result<(), String> {
    use std::io::{IsTerminal as _, Write as _};
    match effect {
        Effect::Open(url) => super::app::open(url).map_err(|e| format!("cannot open {url}: {e}")),
        Effect::Copy(text) => {
            let mut out = io::stdout();
            if !out.is_terminal() {
                return Ok(());
            }
            out.write_all(super::app::osc52(text).as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| format!("cannot copy: {e}"))
        }
    }
}

/// Run until the user quits or a signal arrives.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    rx: Receiver<Msg>,
) -> anyhow::Result<Exit>
where
    B::Error: Send + Sync + 'static,
{
    let mut keys = KeyInput::default();
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|f| super::view::draw(f, app, theme))?;
            dirty = false;
        }
        let Ok(first) = rx.recv() else {
            return Ok(Exit::Quit);
        };
        // Take everything already waiting (a burst of resizes, fast typing) before drawing once.
        let mut next = Some(first);
        while let Some(msg) = next {
            let action = match msg {
                Msg::Term(ev) => to_action(ev, app, &mut keys),
                Msg::Sources(s) => Some(Action::Sources(s)),
                Msg::NotLoaded(notices, why) => return Ok(Exit::NotLoaded(notices, why)),
                Msg::Progress(p) => Some(Action::Progress(p)),
                Msg::Loaded(a) => Some(Action::Loaded(a)),
                Msg::Failed(r) => Some(Action::Failed(r)),
                Msg::Signal(s) => return Ok(Exit::Signal(s)),
                Msg::InputError(e) => return Err(anyhow::Error::new(e).context("reading the terminal")),
            };
            if let Some(a) = action {
                app.update(a);
                dirty = true;
            }
            for effect in app.take_effects() {
                if let Err(why) = run_effect(&effect) {
                    app.update(Action::Notice(why));
                }
            }
            if app.should_quit() {
                return Ok(Exit::Quit);
            }
            next = rx.try_recv().ok();
        }
    }
}

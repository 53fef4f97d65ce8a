//! The event loop: terminal events, analysis progress and signals arrive on one channel; each becomes
//! an [`Action`] for [`App::update`]; the screen is drawn only after something changed.

use std::io;
use std::sync::mpsc::{Receiver, Sender};
use std::thread;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};

use super::action::{Action, Wheel};
use super::app::{App, Effect};
use super::keymap::KeyInput;
use super::theme::Theme;
use crate::analysis::{Analysis, Options, Progress};
use crate::ingest::Briefing;

/// What the loop waits for.
pub enum Msg {
    Term(Event),
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
}

/// Run the analysis on its own thread, sending progress (at most about a hundred updates a stage)
/// and the result.
pub fn spawn_analysis(briefing: Briefing, tx: Sender<Msg>) -> io::Result<()> {
    thread::Builder::new()
        .name(super::term::WORKER.into())
        .spawn(move || {
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
                Err(_) => Msg::Failed(
                    super::term::take_worker_panic().unwrap_or_else(|| "the analysis panicked".into()),
                ),
            });
        })?;
    Ok(())
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

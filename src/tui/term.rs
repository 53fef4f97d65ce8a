//! The one place the terminal is set up and restored: raw mode, alternate screen and mouse capture on
//! entry; restored on quit, on error (the guard's drop), on panic (the hook, before the message
//! prints) and on SIGTERM/SIGHUP/SIGINT/SIGQUIT (the event loop ends and the guard drops).

use std::io::{self, Stdout, stdout};
use std::sync::Mutex;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// Name of the thread that runs the analysis: its panics are reported in the reader, not by
/// tearing the screen down.
pub const WORKER: &str = "parallax-analysis";

static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();
static WORKER_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Restores the terminal when dropped.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Enter the reader's terminal mode. The returned guard restores it.
pub fn enter() -> io::Result<(Terminal<CrosstermBackend<Stdout>>, Guard)> {
    install_panic_hook();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard(());
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Leave the reader's terminal mode; safe to call more than once and from a panic.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        // Errors are ignored: this runs on the way out, often because something already failed.
        let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
        let _ = disable_raw_mode();
    }
}

/// The message of a panic in the analysis thread, taken once.
pub fn take_worker_panic() -> Option<String> {
    WORKER_PANIC.lock().ok().and_then(|mut p| p.take())
}

/// Restore first, then let the previous hook print the panic on the normal screen. A panic in the
/// analysis thread leaves the reader running and is shown there instead.
fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_worker = std::thread::current().name() == Some(WORKER);
            if in_worker && ACTIVE.load(Ordering::SeqCst) {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                if let Ok(mut p) = WORKER_PANIC.lock() {
                    *p = Some(format!("{msg}{at}"));
                }
                return;
            }
            restore();
            previous(info);
        }));
    });
}

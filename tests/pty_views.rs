//! The timeline and the coverage matrix in the real binary, in a pseudo-terminal: opened by key
//! (`t`, `M`) and by a click on the strip, checked against the same analysis run in-process.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use parallax::analysis::{Analysis, Options};
use parallax::tui::action::Action;
use parallax::tui::app::{App, View};
use parallax::tui::keymap::{Key, KeyInput, Keymap};
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

const BIN: &str = env!("CARGO_BIN_EXE_parallax");
const SLOW: Duration = Duration::from_secs(60);
const QUICK: Duration = Duration::from_secs(15);

struct Session {
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    screen: Arc<Mutex<vt100::Parser>>,
    _data: tempfile::TempDir,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("sizes are positive")
}

impl Session {
    fn spawn(cols: u16, rows: u16) -> Session {
        let data = tempfile::tempdir().expect("a data folder");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.env("XDG_DATA_HOME", data.path());
        cmd.env("TERM", "xterm-256color");
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let child = pty.slave.spawn_command(cmd).expect("spawn parallax");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("screen lock").process(&buf[..n]);
            }
        });
        Session {
            writer,
            child,
            screen,
            _data: data,
            _master: pty.master,
        }
    }

    fn screen(&self) -> String {
        self.screen.lock().expect("screen lock").screen().contents()
    }

    fn wait_for(&self, what: &str, timeout: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < timeout,
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn wait_text(&self, text: &str, timeout: Duration) -> String {
        self.wait_for(&format!("{text:?}"), timeout, |s| s.contains(text))
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
        std::thread::sleep(Duration::from_millis(if bytes == b"\x1b" { 250 } else { 40 }));
    }

    fn click(&mut self, x: u16, y: u16) {
        self.send(format!("\x1b[<0;{};{}M\x1b[<0;{};{}m", x + 1, y + 1, x + 1, y + 1).as_bytes());
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The same reader in-process, fed the same keys.
fn oracle(cols: u16, rows: u16) -> App {
    let analysis = Analysis::run(parallax::ingest::load_sample(), &Options::default());
    let mut app = App::with_analysis(analysis, Arc::new(Keymap::embedded().expect("keymap")));
    app.update(Action::Resize(cols, rows));
    app
}

fn keys(s: &mut Session, o: &mut App, k: &mut KeyInput, keys: &str) {
    for key in keys.split(' ').filter(|x| !x.is_empty()) {
        let bytes = match key {
            "<Enter>" => b"\r".to_vec(),
            "<Esc>" => b"\x1b".to_vec(),
            c => c.as_bytes().to_vec(),
        };
        s.send(&bytes);
        let parsed = Key::parse(key).expect("test keys parse");
        if let Some(a) = k.press(
            o.keymap(),
            o.context(),
            &KeyEvent::new(parsed.code, KeyModifiers::NONE),
        ) {
            o.update(a);
        }
    }
}

fn label(o: &App, s: usize) -> String {
    let src = &o.sources()[s];
    src.outlet.clone().unwrap_or_else(|| src.id.clone())
}

#[test]
fn timeline_and_matrix_open_by_key_and_by_click() {
    let (cols, rows) = (100, 30);
    let mut s = Session::spawn(cols, rows);
    let mut o = oracle(cols, rows);
    let mut k = KeyInput::default();
    s.wait_text(" entities · ", SLOW);

    // `c` then `t`: the first listed claim's timeline, each statement's source and value in the
    // oracle's order (by publication date, undated last).
    keys(&mut s, &mut o, &mut k, "c t");
    let Some(View::Timeline { timeline, .. }) = o.view().cloned() else {
        panic!("the oracle opened a timeline")
    };
    let id = o.claims()[timeline.claim].id.clone();
    let screen = s.wait_text(&format!("Timeline · {id} "), QUICK);
    assert!(
        screen.contains(" TIMELINE "),
        "the status bar names the context:\n{screen}"
    );
    let mut last = 0;
    for m in timeline.moments.iter().take(o.view_rows()) {
        let name: String = label(&o, m.source).chars().take(12).collect();
        let row = screen
            .lines()
            .enumerate()
            .skip(last)
            .find(|(_, l)| l.contains(&name) && l.contains(&m.value))
            .map(|(i, _)| i)
            .unwrap_or_else(|| panic!("{name} {} in order on screen:\n{screen}", m.value));
        last = row + 1;
    }

    // `M`: the coverage matrix with its legend and every source.
    keys(&mut s, &mut o, &mut k, "M");
    let m = o.coverage().expect("the oracle computed the matrix").clone();
    let screen = s.wait_text(&format!("Coverage · {} sources", m.rows.len()), QUICK);
    assert!(
        screen.contains("✓ agrees") && screen.contains("▯ silent"),
        "{screen}"
    );
    assert!(screen.contains(" MATRIX "), "{screen}");
    for &r in &m.rows {
        let name: String = label(&o, r).chars().take(10).collect();
        assert!(screen.contains(&name), "{name} has a row:\n{screen}");
    }
    // Esc twice: back to the timeline, then to the claims list.
    keys(&mut s, &mut o, &mut k, "<Esc>");
    s.wait_text(&format!("Timeline · {id} "), QUICK);
    keys(&mut s, &mut o, &mut k, "<Esc>");
    s.wait_for("the views to close", QUICK, |sc| {
        !sc.contains("Timeline · ") && !sc.contains("Coverage · ")
    });

    // The strip at the bottom left of the panes opens the matrix by mouse.
    let tabs = o.view_tabs();
    let (r, _, text) = tabs.get(1).copied().expect("the strip shows at 100 columns");
    assert!(s.screen().contains(text.trim()), "the strip is drawn");
    s.click(r.x + 1, r.y);
    o.update(Action::Click(r.x + 1, r.y));
    s.wait_text("Coverage · ", QUICK);
    keys(&mut s, &mut o, &mut k, "q");
    let start = Instant::now();
    while s.child.try_wait().expect("poll").is_none() {
        assert!(start.elapsed() < QUICK, "parallax quits from the matrix");
        std::thread::sleep(Duration::from_millis(30));
    }
}

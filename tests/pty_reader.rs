//! Tier (c): the real binary in a pseudo-terminal, its screen parsed by vt100.
//!
//! The expectations come from the same analysis run in-process and an `App` fed the same keys (an
//! oracle), so the test asserts what is structurally there — the entity, claim and source the keys
//! lead to — rather than counts that change as the analysis improves.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use parallax::analysis::{Analysis, Options};
use parallax::tui::action::Action;
use parallax::tui::app::{App, View, match_entities};
use parallax::tui::keymap::{Key, KeyInput, Keymap};
use parallax::tui::theme::Theme;
use parallax::tui::view;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

const BIN: &str = env!("CARGO_BIN_EXE_parallax");
/// The first frame after the analysis may take a while in a debug build on a busy machine.
const SLOW: Duration = Duration::from_secs(60);
const QUICK: Duration = Duration::from_secs(15);

struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// The emulated screen and every byte the program wrote.
    seen: Arc<Mutex<(vt100::Parser, Vec<u8>)>>,
    /// The reader's data folder (`XDG_DATA_HOME`), so saved state never touches the real one.
    data: Arc<tempfile::TempDir>,
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("sizes are positive")
}

impl Session {
    fn spawn(cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
        let mut cmd = CommandBuilder::new(BIN);
        for (k, v) in env {
            cmd.env(k, v);
        }
        Session::spawn_cmd(cmd, cols, rows)
    }

    /// The reader again, with the data folder of an earlier session (its saved state).
    fn spawn_with_data(cols: u16, rows: u16, data: Arc<tempfile::TempDir>) -> Session {
        Session::spawn_in(CommandBuilder::new(BIN), cols, rows, data)
    }

    /// Run `script` with `sh -c` in the pty, `$BIN` set to the reader.
    fn spawn_sh(script: &str, cols: u16, rows: u16) -> Session {
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", script]);
        cmd.env("BIN", BIN);
        Session::spawn_cmd(cmd, cols, rows)
    }

    fn spawn_cmd(cmd: CommandBuilder, cols: u16, rows: u16) -> Session {
        let data = Arc::new(tempfile::tempdir().expect("a data folder"));
        Session::spawn_in(cmd, cols, rows, data)
    }

    fn spawn_in(mut cmd: CommandBuilder, cols: u16, rows: u16, data: Arc<tempfile::TempDir>) -> Session {
        cmd.env("XDG_DATA_HOME", data.path());
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        cmd.env("TERM", "xterm-256color");
        if cmd.get_env("NO_COLOR").is_none() {
            cmd.env_remove("NO_COLOR");
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn parallax");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let seen = Arc::new(Mutex::new((
            vt100::Parser::new(nz(rows), nz(cols), 0),
            Vec::new(),
        )));
        let sink = Arc::clone(&seen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut s = sink.lock().expect("screen lock");
                s.0.process(&buf[..n]);
                s.1.extend_from_slice(&buf[..n]);
            }
        });
        Session {
            master: pty.master,
            writer,
            child,
            seen,
            data,
        }
    }

    fn screen(&self) -> String {
        self.seen.lock().expect("screen lock").0.screen().contents()
    }

    fn raw(&self) -> Vec<u8> {
        self.seen.lock().expect("screen lock").1.clone()
    }

    fn wait_for(&self, what: &str, timeout: Duration, ok: impl Fn(&str) -> bool) -> String {
        poll(
            what,
            timeout,
            || self.screen(),
            |s| ok(s),
            |s| format!("screen:\n{s}"),
        )
    }

    /// Article cells drawn with the jump target's background (light magenta, colour 13).
    fn target_cells(&self, o: &Oracle) -> Vec<(u16, u16)> {
        let seen = self.seen.lock().expect("screen lock");
        let screen = seen.0.screen();
        let a = o.app.areas().article;
        a.rows()
            .flat_map(|r| r.columns())
            .filter(|p| {
                screen
                    .cell(p.y, p.x)
                    .is_some_and(|c| c.bgcolor() == vt100::Color::Idx(213))
            })
            .map(|p| (p.x, p.y))
            .collect()
    }

    /// Every byte written so far, once `ok` holds of them: the bytes a program writes as it exits
    /// may still be on their way from the pty when its exit is seen.
    fn wait_raw(&self, what: &str, timeout: Duration, ok: impl Fn(&[u8]) -> bool) -> Vec<u8> {
        poll(
            what,
            timeout,
            || self.raw(),
            |r| ok(r),
            |r| format!("output:\n{}", String::from_utf8_lossy(r)),
        )
    }

    fn wait_text(&self, text: &str, timeout: Duration) -> String {
        self.wait_for(&format!("{text:?}"), timeout, |s| s.contains(text))
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
        // A lone Esc followed at once by a key reads as Alt+key; give each write its own read.
        std::thread::sleep(Duration::from_millis(if bytes == b"\x1b" { 250 } else { 40 }));
    }

    /// Resize the emulator first, then the pty, so no frame lands in a screen of the old size.
    fn resize(&mut self, cols: u16, rows: u16) {
        self.seen
            .lock()
            .expect("screen lock")
            .0
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize pty");
    }

    fn wait_exit(&mut self, timeout: Duration) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("poll child") {
                return status;
            }
            if start.elapsed() > timeout {
                let _ = self.child.kill();
                panic!("parallax did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

/// `get()` once `ok` holds of it, asked every 30 ms; after `timeout`, a panic naming `what` and
/// showing the last value.
fn poll<T>(
    what: &str,
    timeout: Duration,
    get: impl Fn() -> T,
    ok: impl Fn(&T) -> bool,
    show: impl Fn(&T) -> String,
) -> T {
    let start = Instant::now();
    loop {
        let value = get();
        if ok(&value) {
            return value;
        }
        if start.elapsed() > timeout {
            panic!("timed out waiting for {what}; {}", show(&value));
        }
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// Bytes a terminal sends for a key in keymap syntax.
fn bytes_of(key: &str) -> Vec<u8> {
    match key {
        "<Enter>" => b"\r".to_vec(),
        "<Esc>" => b"\x1b".to_vec(),
        "<Tab>" => b"\t".to_vec(),
        "<C-c>" => b"\x03".to_vec(),
        "<C-o>" => b"\x0f".to_vec(),
        "<Backspace>" => b"\x7f".to_vec(),
        k if k.chars().count() == 1 => k.as_bytes().to_vec(),
        k => panic!("no bytes for {k} in this test"),
    }
}

/// The in-process reader the screen is checked against.
struct Oracle {
    app: App,
    keys: KeyInput,
}

impl Oracle {
    fn new(cols: u16, rows: u16) -> Oracle {
        let analysis = Analysis::run(parallax::ingest::load_sample(), &Options::default());
        let keymap = Arc::new(Keymap::embedded().expect("keymap"));
        let mut app = App::with_analysis(analysis, keymap);
        app.update(Action::Resize(cols, rows));
        Oracle {
            app,
            keys: KeyInput::default(),
        }
    }

    fn key(&mut self, k: &str) {
        let key = Key::parse(k).expect("test keys parse");
        let mods = if key.ctrl {
            KeyModifiers::CONTROL
        } else {
            KeyModifiers::NONE
        };
        if let Some(a) = self.keys.press(
            self.app.keymap(),
            self.app.context(),
            &KeyEvent::new(key.code, mods),
        ) {
            self.app.update(a);
        }
    }

    fn text(&mut self, s: &str) {
        for c in s.chars() {
            self.app.update(Action::Input(c));
        }
    }

    /// Article cells the oracle draws with the jump target's background; never empty, so a screen
    /// that has not drawn the target yet cannot match.
    fn target_cells(&self) -> Vec<(u16, u16)> {
        let (w, h) = self.app.size();
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
        t.draw(|f| view::draw(f, &self.app, &Theme::default()))
            .expect("draw the oracle");
        let buf = t.backend().buffer();
        let a = self.app.areas().article;
        let cells: Vec<(u16, u16)> = a
            .rows()
            .flat_map(|r| r.columns())
            .filter(|p| Some(buf[(p.x, p.y)].bg) == Theme::default().target().bg)
            .map(|p| (p.x, p.y))
            .collect();
        assert!(!cells.is_empty(), "the oracle shows the target");
        cells
    }

    /// The oracle's frame, as rows of cells.
    fn frame(&self) -> ratatui::buffer::Buffer {
        let (w, h) = self.app.size();
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
        t.draw(|f| view::draw(f, &self.app, &Theme::default()))
            .expect("draw the oracle");
        t.backend().buffer().clone()
    }

    /// Where the oracle draws `text` on row `y`: the column of its first char.
    fn column_of(&self, y: u16, text: &str) -> Option<u16> {
        let buf = self.frame();
        let want: Vec<String> = text.chars().map(String::from).collect();
        let row: Vec<String> = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        (0..row.len().saturating_sub(want.len()))
            .find(|&x| row[x..x + want.len()] == want[..])
            .map(|x| u16::try_from(x).expect("fits"))
    }

    /// What the article pane's title shows for the source being read.
    fn article_title(&self) -> String {
        let s = &self.app.sources()[self.app.current().expect("a source is open")];
        let label = s.outlet.clone().unwrap_or_else(|| s.id.clone());
        format!("Article · {}", label.chars().take(24).collect::<String>())
    }
}

/// Press keys in both the real reader and the oracle.
fn keys(s: &mut Session, o: &mut Oracle, keys: &str) {
    for k in keys.split(' ').filter(|k| !k.is_empty()) {
        s.send(&bytes_of(k));
        o.key(k);
    }
}

/// A left click at a cell, in the terminal's SGR encoding and in the oracle.
fn click(s: &mut Session, o: &mut Oracle, x: u16, y: u16) {
    s.send(format!("\x1b[<0;{};{}M\x1b[<0;{};{}m", x + 1, y + 1, x + 1, y + 1).as_bytes());
    o.app.update(Action::Click(x, y));
}

/// A fuzzy query for `name` that is not simply its text: a subsequence of its letters, checked to
/// put the entity first.
fn fuzzy_query(o: &Oracle, target: usize) -> String {
    let name = o.app.entities()[target].name.to_lowercase();
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphanumeric()).collect();
    let candidates = [
        letters
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 1)
            .map(|(_, c)| *c)
            .collect::<String>(),
        letters.iter().collect::<String>(),
        name.clone(),
    ];
    candidates
        .into_iter()
        .find(|q| {
            match_entities(o.app.entities(), q)
                .first()
                .is_some_and(|m| m.entity == target)
        })
        .unwrap_or(name)
}

/// Filter for `target` with a fuzzy query, select it, walk its mentions across sources, then back out.
fn entity_steps(s: &mut Session, o: &mut Oracle, target: usize) {
    let name = o.app.entities()[target].name.clone();
    let query = fuzzy_query(o, target);
    keys(s, o, "/");
    for c in query.chars() {
        s.send(c.to_string().as_bytes());
    }
    o.text(&query);
    s.wait_text(&format!("/{query}"), QUICK);
    keys(s, o, "<Enter>");
    assert_eq!(o.app.entity(), Some(target));
    let short: String = name.chars().take(12).collect();
    s.wait_text(&format!("● {short}"), QUICK);
    s.wait_text("naming", QUICK);

    // n/N walk the mentions, crossing sources: each press must move the target, and the screen must
    // show it where the oracle draws it (the highlighted cells), not merely keep the right title.
    for k in ["n", "n", "N", "n"] {
        let before = o.app.target().cloned();
        keys(s, o, k);
        assert_ne!(o.app.target(), before.as_ref(), "{k} moves to another mention");
        s.wait_for(&format!("the mention after {k}"), QUICK, |_| {
            s.target_cells(o) == o.target_cells()
        });
    }
    // ] goes to the next source naming it.
    keys(s, o, "]");
    s.wait_text(&o.article_title(), QUICK);
    keys(s, o, "<Esc> <Esc>");
    assert!(o.app.entity().is_none());
}

#[test]
fn reads_filters_compares_and_quits_cleanly() {
    let (cols, rows) = (160, 45);
    let mut s = Session::spawn(cols, rows, &[]);
    let mut o = Oracle::new(cols, rows);
    assert!(
        !o.app.sources().is_empty(),
        "the embedded sample briefing has sources"
    );

    // The three panes, then the analysis.
    s.wait_text("Sources (", SLOW);
    s.wait_text("Entities", SLOW);
    s.wait_text(" entities · ", SLOW);
    s.wait_text(&o.article_title(), QUICK);

    // Move down the sources list: the article follows.
    keys(&mut s, &mut o, "j");
    s.wait_text(&o.article_title(), QUICK);

    // Filter by an entity typed fuzzily; Enter selects it. The one named in most sources is used.
    let target = (0..o.app.entities().len())
        .max_by_key(|&e| {
            let st = o.app.stats(e).expect("stats");
            (st.per_source.iter().filter(|&&n| n > 0).count(), st.mentions)
        })
        .expect("the sample analysis finds entities");
    entity_steps(&mut s, &mut o, target);

    // Open the claims and compare the first (disagreements come first).
    keys(&mut s, &mut o, "c");
    s.wait_text("[Claims", QUICK);
    if o.app.claim_rows().is_empty() {
        eprintln!("the sample analysis has no claims yet: comparison not exercised");
    } else {
        keys(&mut s, &mut o, "<Enter>");
        let cmp = o.app.compare().expect("comparison open");
        let claim_id = o.app.claims()[cmp.claim].id.clone();
        s.wait_text(&format!("Claim {claim_id} · "), QUICK);
        // Jump to the last statement's source.
        keys(&mut s, &mut o, "G <Enter>");
        assert!(o.app.compare().is_none());
        s.wait_for("the comparison to close", QUICK, |sc| {
            !sc.contains(&format!("Claim {claim_id} · "))
        });
        s.wait_text(&o.article_title(), QUICK);
        keys(&mut s, &mut o, "[");
        s.wait_text(&o.article_title(), QUICK);
        keys(&mut s, &mut o, "<Esc>");
    }

    // A click on the second source in the list reads it.
    let src = o.app.areas().sources;
    let (x, y) = (src.x + 4, src.y + 1 + 3);
    s.send(format!("\x1b[<0;{};{}M\x1b[<0;{};{}m", x + 1, y + 1, x + 1, y + 1).as_bytes());
    o.app.update(Action::Click(x, y));
    s.wait_text(&o.article_title(), QUICK);

    // Resize: the layout follows at once.
    s.resize(100, 30);
    o.app.update(Action::Resize(100, 30));
    s.wait_for("the 100-column layout", QUICK, |sc| {
        sc.lines()
            .next()
            .is_some_and(|l| l.trim_end().chars().count() <= 100)
            && sc.contains(&o.article_title())
    });

    // Help, then quit.
    keys(&mut s, &mut o, "?");
    s.wait_text("Keys · / search", QUICK);
    keys(&mut s, &mut o, "<Esc> q");
    let status = s.wait_exit(QUICK);
    assert!(status.success(), "exit status {status:?}");
    let raw = s.wait_raw("the alternate screen left", QUICK, |raw| {
        raw.windows(8).any(|w| w == b"\x1b[?1049l")
    });
    let find = |pat: &[u8]| raw.windows(pat.len()).rposition(|w| w == pat);
    let entered = find(b"\x1b[?1049h").expect("alternate screen entered");
    let left = find(b"\x1b[?1049l").expect("alternate screen left");
    assert!(left > entered);
    assert!(
        find(b"\x1b[?1000l").is_some_and(|p| p > entered),
        "mouse capture released"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("-TERM", 128 + 15);
}

/// SIGQUIT's default would dump core and leave the terminal raw in the alternate screen.
#[test]
fn sigquit_restores_the_terminal() {
    signal_restores_the_terminal("-QUIT", 128 + 3);
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal("-HUP", 128 + 1);
}

/// After restoring the terminal the reader exits with 128 + the signal's number, as a shell reports.
fn signal_restores_the_terminal(signal: &str, code: u32) {
    let mut s = Session::spawn(80, 24, &[]);
    s.wait_text("Sources (", SLOW);
    let pid = s.child.process_id().expect("child pid");
    let ok = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(ok.success());
    let status = s.wait_exit(QUICK);
    assert!(!status.success(), "a signal is not a clean quit");
    assert_eq!(status.exit_code(), code, "exit status after {signal}");
    // The alternate screen left, and the line saying why.
    s.wait_raw("the alternate screen left and the signal named", QUICK, |raw| {
        raw.windows(8).any(|w| w == b"\x1b[?1049l")
            && String::from_utf8_lossy(raw).contains("stopped by signal")
    });
}

#[test]
fn no_color_draws_without_colours() {
    let mut s = Session::spawn(120, 30, &[("NO_COLOR", "1")]);
    s.wait_text("Sources (", SLOW);
    s.wait_text(" entities · ", SLOW);
    s.send(b"q");
    assert!(s.wait_exit(QUICK).success());
    let raw = String::from_utf8_lossy(&s.raw()).to_string();
    for code in ["[38;5;", "[48;5;", "[38;2;", "[48;2;", "[31m", "[41m", "[36m"] {
        assert!(!raw.contains(code), "colour code {code:?} with NO_COLOR");
    }
    assert!(raw.contains("[7m"), "reverse video marks the focus instead");
}

/// The config file under `XDG_CONFIG_HOME` is read: a rebound key works, the shipped one is gone, and
/// an unknown setting is named with its file and line in the status bar.
#[test]
fn config_rebinds_keys_and_reports_unknown_settings() {
    let cfg = tempfile::tempdir().expect("a config folder");
    std::fs::create_dir_all(cfg.path().join("parallax")).expect("mkdir");
    std::fs::write(
        cfg.path().join("parallax/config.toml"),
        "date_format = \"%d %b %Y\"\nbogus = 1\n[[keys.global]]\non = [\"Q\"]\naction = \"quit\"\n",
    )
    .expect("write the config");
    let dir = cfg.path().to_str().expect("a UTF-8 path");
    let mut s = Session::spawn(160, 45, &[("XDG_CONFIG_HOME", dir)]);
    s.wait_text("Sources (", SLOW);
    s.wait_text("config.toml:2: unknown setting \"bogus\"", QUICK);
    s.wait_text(" entities · ", SLOW);
    // The dates follow the configured format.
    s.wait_text(" Jan 2026", QUICK);
    s.send(b"q");
    std::thread::sleep(Duration::from_millis(300));
    assert!(s.child.try_wait().expect("poll").is_none(), "q no longer quits");
    s.send(b"Q");
    assert!(s.wait_exit(QUICK).success());
}

/// `o` opens the source's URL with `$BROWSER` (a stub that writes down what it was given), `y` puts
/// it on the clipboard with OSC 52, and the article header shows it.
#[test]
fn links_open_with_browser_and_copy_with_osc52() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let url = "https://example.org/port-talks?id=7&x=1";
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        format!(
            "---\ntitle: Port talks resume\noutlet: Harbour Times\ndate: 2025-03-03\nurl: {url}\n---\n\nTalks resumed on Monday in Port Avel, where 180 workers died.\n"
        ),
    )
    .expect("write the article");
    let opened = dir.path().join("opened");
    let stub = dir.path().join("browser.sh");
    std::fs::write(
        &stub,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .expect("write the stub");
    std::process::Command::new("chmod")
        .args(["+x", stub.to_str().expect("UTF-8")])
        .status()
        .expect("chmod");
    let script = format!("BROWSER='{}' \"$BIN\" '{}'", stub.display(), article.display());
    let mut s = Session::spawn_sh(&script, 120, 30);
    s.wait_text("Sources (1)", SLOW);
    s.wait_text(url, SLOW);
    s.send(b"o");
    let start = Instant::now();
    while std::fs::read_to_string(&opened).map_or(true, |t| t.is_empty()) {
        assert!(
            start.elapsed() < QUICK,
            "the browser stub was not run: {}",
            s.screen()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(std::fs::read_to_string(&opened).expect("opened"), url);
    s.send(b"y");
    s.wait_text("Copied https://example.org", QUICK);
    let raw = s.raw();
    let want = parallax::tui::app::osc52(url);
    assert!(
        raw.windows(want.len()).any(|w| w == want.as_bytes()),
        "no OSC 52 with the URL"
    );
    s.send(b"q");
    assert!(s.wait_exit(QUICK).success());
}

/// `report` in a terminal goes through `$PAGER`; `--no-pager` and a pipe go straight out.
#[test]
fn report_in_a_terminal_is_paged() {
    let mut s = Session::spawn_sh("PAGER='sed s/^/PAGED:/' \"$BIN\" report", 120, 30);
    assert!(s.wait_exit(SLOW).success());
    s.wait_text("PAGED:", QUICK);
    let mut s = Session::spawn_sh(
        "PAGER='sed s/^/PAGED:/' \"$BIN\" report --no-pager; echo DONE",
        120,
        30,
    );
    assert!(s.wait_exit(SLOW).success());
    s.wait_text("DONE", QUICK);
    assert!(!s.screen().contains("PAGED:"), "--no-pager: {}", s.screen());
    let mut s = Session::spawn_sh(
        "PAGER='sed s/^/PAGED:/' \"$BIN\" report | cat; echo DONE",
        120,
        30,
    );
    assert!(s.wait_exit(SLOW).success());
    s.wait_text("DONE", QUICK);
    assert!(!s.screen().contains("PAGED:"), "piped: {}", s.screen());
}

/// The first seed article, to pipe in.
fn a_seed() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the seeds folder")
        .map(|e| e.expect("a seeds entry").path())
        .collect();
    files.sort();
    files.into_iter().next().expect("a seed article")
}

#[test]
fn stdin_briefing_takes_keys_from_the_terminal() {
    // As with `less` and `fzf`: the briefing comes down the pipe, keys come from /dev/tty.
    let seed = a_seed();
    let script = format!("cat '{}' | \"$BIN\" -", seed.display());
    let mut s = Session::spawn_sh(&script, 120, 30);
    s.wait_text("<stdin>", SLOW);
    s.wait_text("Sources (1)", SLOW);
    s.wait_text(" entities · ", SLOW);
    s.send(b"l");
    s.wait_text("▶ Article", QUICK);
    s.send(b"q");
    let status = s.wait_exit(QUICK);
    assert!(
        status.success(),
        "exit status {status:?}; screen:\n{}",
        s.screen()
    );
}

#[test]
fn stdin_briefing_without_a_controlling_terminal_says_why() {
    // setsid drops the controlling terminal: stdout is still the pty, but no keys can be read.
    let seed = a_seed();
    let script = format!("cat '{}' | setsid \"$BIN\" -", seed.display());
    let mut s = Session::spawn_sh(&script, 250, 30);
    let status = s.wait_exit(SLOW);
    assert!(!status.success());
    // The pty's last bytes may still be on their way after the exit.
    s.wait_text("no controlling terminal", QUICK);
    s.wait_text("parallax report", QUICK);
    let out = String::from_utf8_lossy(&s.raw()).to_string();
    assert!(!out.contains("\x1b[?1049h"), "the screen was never taken over");
}

#[test]
fn refuses_without_a_terminal() {
    let out = std::process::Command::new(BIN)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run parallax");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("parallax report"), "{err}");
}

/// Mark, flag and write notes, quit, open the same briefing again: everything is still there, in
/// the reader and in the state file under `XDG_DATA_HOME`.
#[test]
fn marks_flags_and_notes_are_kept_between_sessions() {
    let mut s = Session::spawn(160, 45, &[]);
    s.wait_text("claims (", SLOW);
    // A note on the second source, typed with a space and a Backspace.
    s.send(b"ja");
    s.wait_text("NOTE", QUICK);
    s.send("Jiji datess".as_bytes());
    s.send(b"\x7f it Tuesday\r");
    s.wait_text("Note on Jiji Press saved", QUICK);
    // The third source marked unread again; the first claim flagged disputed, with a note.
    s.send(b"jm");
    s.wait_text("unread", QUICK);
    s.send(b"cff");
    s.wait_text("disputed", QUICK);
    s.send(b"a");
    s.wait_text("NOTE", QUICK);
    s.send(b"ask the desk\r");
    s.wait_text("saved", QUICK);
    // A note started and cancelled changes nothing.
    s.send(b"j");
    s.send(b"a");
    s.wait_text("NOTE", QUICK);
    s.send(b"never kept");
    s.send(b"\x1b");
    s.wait_text("Note not changed", QUICK);
    s.send(b"q");
    assert!(s.wait_exit(QUICK).success());

    let dir = s.data.path().join("parallax").join("state");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .expect("a state folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).expect("state file");
    assert!(text.contains("\"note\": \"Jiji dates it Tuesday\""), "{text}");
    assert!(text.contains("\"flag\": \"disputed\""), "{text}");
    assert!(!text.contains("never kept"), "{text}");

    let mut again = Session::spawn_with_data(160, 45, Arc::clone(&s.data));
    again.wait_text("claims (", SLOW);
    // The note, cut to the sources pane beside the disagreement count (its whole text is checked above).
    let screen = again.wait_text("✎ Jiji dat", QUICK);
    // Sources 1 and 2 read, 3 unread again, 4 and 5 never opened.
    assert!(screen.contains("2 ◦ Jiji Press ✎"), "{screen}");
    assert!(screen.contains("3 • "), "{screen}");
    again.send(b"c");
    let screen = again.wait_text("⚑ ✎", QUICK);
    assert!(screen.contains("CLAIMS"), "{screen}");
    again.send(b"\r");
    again.wait_text("⚑ disputed · ✎ ask the desk", QUICK);
    again.send(b"q");
    assert!(again.wait_exit(QUICK).success());
}

/// From a value in the article to its comparison (by key and by click), to a statement in another
/// source and back by the jump list; the article's text search; a click on a tab's title.
#[test]
fn values_the_jump_list_text_search_and_tab_titles() {
    let (cols, rows) = (160, 45);
    let mut s = Session::spawn(cols, rows, &[]);
    let mut o = Oracle::new(cols, rows);
    s.wait_text(" entities · ", SLOW);
    assert!(!o.app.claims().is_empty(), "the sample has claims");

    // The second source; v goes to its first marked value, Enter compares that value's claim.
    keys(&mut s, &mut o, "2 <Tab> v");
    s.wait_text(&o.article_title(), QUICK);
    assert!(o.app.target().is_some(), "the article has a marked value");
    s.wait_for("the value gone to", QUICK, |_| {
        s.target_cells(&o) == o.target_cells()
    });
    keys(&mut s, &mut o, "<Enter>");
    let cmp = o.app.compare().expect("Enter on a value compares its claim");
    let title = format!("Claim {} · ", o.app.claims()[cmp.claim].id);
    s.wait_text(&title, QUICK);

    // Read the last statement in its source; C-o returns to the comparison, then to the article.
    keys(&mut s, &mut o, "G <Enter>");
    s.wait_for("the comparison to close", QUICK, |sc| !sc.contains(&title));
    s.wait_text(&o.article_title(), QUICK);
    keys(&mut s, &mut o, "<C-o>");
    s.wait_text(&title, QUICK);
    keys(&mut s, &mut o, "<C-o>");
    assert!(o.app.compare().is_none());
    s.wait_for("the article again", QUICK, |sc| {
        !sc.contains(&title) && sc.contains(&o.article_title())
    });
    s.wait_for("the value marked again", QUICK, |_| {
        s.target_cells(&o) == o.target_cells()
    });

    // `/` searches the article's text: the border shows the query and which hit of how many.
    keys(&mut s, &mut o, "/");
    for c in "takaichi".chars() {
        s.send(c.to_string().as_bytes());
    }
    o.text("takaichi");
    let (at, n) = o.app.search_position();
    assert!(n > 1, "the sample's article names Takaichi more than once");
    s.wait_text(&format!("/takaichi▏ {}/{n}", at.expect("on a hit")), QUICK);
    keys(&mut s, &mut o, "<Enter> n");
    let (at, n) = o.app.search_position();
    s.wait_text(&format!("/takaichi {}/{n}", at.expect("on a hit")), QUICK);
    s.wait_for("the hit", QUICK, |_| s.target_cells(&o) == o.target_cells());
    keys(&mut s, &mut o, "<Esc>");
    s.wait_for("the search to clear", QUICK, |sc| !sc.contains("/takaichi"));

    // A click on the Claims tab's title shows the claims.
    let side = o.app.areas().side;
    let x = o.column_of(side.y, "Claims").expect("the Claims tab is drawn");
    assert!(x >= side.x, "in the side pane's title");
    click(&mut s, &mut o, x + 1, side.y);
    s.wait_text("[Claims", QUICK);

    // A click on a disputed value in the article opens its comparison.
    keys(&mut s, &mut o, "<Tab> <Tab> g g");
    let red = Theme::default().verdict(parallax::claims::Verdict::Disagree).bg;
    let a = o.app.areas().article;
    let buf = o.frame();
    let (vx, vy) = a
        .rows()
        .flat_map(|r| r.columns())
        .find(|p| Some(buf[(p.x, p.y)].bg) == red)
        .map(|p| (p.x, p.y))
        .expect("a disputed value on the article's first screen");
    click(&mut s, &mut o, vx, vy);
    let cmp = o.app.compare().expect("a click on a value compares its claim");
    s.wait_text(&format!("Claim {} · ", o.app.claims()[cmp.claim].id), QUICK);

    keys(&mut s, &mut o, "<Esc> q");
    assert!(s.wait_exit(QUICK).success());
}

/// A folder of `n` copies of the seed articles, each file its own source.
fn folder_of(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a briefing folder");
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut texts: Vec<String> = std::fs::read_dir(&seeds)
        .expect("the seeds folder")
        .map(|e| std::fs::read_to_string(e.expect("a seeds entry").path()).expect("a seed"))
        .collect();
    texts.sort();
    for i in 0..n {
        let text = format!("{}\n\nCopy {i}.\n", texts[i % texts.len()]);
        std::fs::write(dir.path().join(format!("{i:04}.txt")), text).expect("write a source");
    }
    dir
}

/// The first frame is drawn before the files are read: the "loading" title bar and the empty
/// sources pane come out before the list of sources (order of events, not a timed assertion), and
/// q while the files load quits and restores the terminal.
#[test]
fn first_frame_comes_before_the_files_are_read() {
    let dir = folder_of(400);
    let mut cmd = CommandBuilder::new(BIN);
    cmd.arg(dir.path());
    let mut s = Session::spawn_cmd(cmd, 160, 45);
    s.wait_text("Sources (400)", SLOW);
    let out = String::from_utf8_lossy(&s.raw()).to_string();
    let loading = out
        .find("Reading the files")
        .expect("a frame while the files load");
    // A source's row ("… · 123 words"); the frame diff may not write "Sources (400)" in one piece.
    let sources = out.find(" words").expect("the sources listed");
    assert!(loading < sources, "the loading frame comes first");
    s.send(b"q");
    let status = s.wait_exit(QUICK);
    assert!(status.success(), "exit status {status:?}");

    // Quit at once, the files still loading (or not: either way q ends the reader cleanly).
    let mut cmd = CommandBuilder::new(BIN);
    cmd.arg(dir.path());
    let mut s = Session::spawn_cmd(cmd, 160, 45);
    s.wait_text("Parallax", QUICK);
    s.send(b"q");
    let status = s.wait_exit(QUICK);
    assert!(status.success(), "exit status {status:?}");
    // Waited for, not asserted at once: the last bytes may still be on their way after the exit.
    s.wait_raw("the screen given back", QUICK, |raw| {
        raw.windows(8).any(|w| w == b"\x1b[?1049l")
    });
}

/// When no file of a folder loads, the reader closes and the skipped files are named, one line
/// each, on the restored screen, then the reason; exit status 2.
#[test]
fn nothing_loaded_names_each_file_after_the_screen_is_restored() {
    let dir = tempfile::tempdir().expect("a briefing folder");
    std::fs::write(dir.path().join("a.bin"), [0u8, 1, 2, 3, 0, 0, 0xff]).expect("write");
    std::fs::write(dir.path().join("b.txt"), "").expect("write");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.arg(dir.path());
    let mut s = Session::spawn_cmd(cmd, 200, 30);
    let status = s.wait_exit(SLOW);
    assert_eq!(status.exit_code(), 2, "screen:\n{}", s.screen());
    s.wait_text("no source could be loaded", QUICK);
    let out = String::from_utf8_lossy(&s.raw()).to_string();
    let left = out.rfind("\x1b[?1049l").expect("the screen is given back");
    for name in ["a.bin", "b.txt"] {
        let at = out.rfind(&format!("skipped {}", dir.path().join(name).display()));
        assert!(
            at.is_some_and(|at| at > left),
            "{name} named after the restore:\n{out:?}"
        );
    }
}

/// A source's name as the views show it: its outlet, else its id.
fn label(o: &App, s: usize) -> String {
    let src = &o.sources()[s];
    src.outlet.clone().unwrap_or_else(|| src.id.clone())
}

// The timeline and the coverage matrix, opened by key (`t`, `M`) and by a click on the strip,
// checked against the same analysis run in-process.
#[test]
fn timeline_and_matrix_open_by_key_and_by_click() {
    let (cols, rows) = (100, 30);
    let mut s = Session::spawn(cols, rows, &[]);
    let mut o = Oracle::new(cols, rows);
    s.wait_text(" entities · ", SLOW);

    // `c` then `t`: the first listed claim's timeline, each statement's source and value in the
    // oracle's order (by publication date, undated last).
    keys(&mut s, &mut o, "c t");
    let Some(View::Timeline { timeline, .. }) = o.app.view().cloned() else {
        panic!("the oracle opened a timeline")
    };
    let id = o.app.claims()[timeline.claim].id.clone();
    let screen = s.wait_text(&format!("Timeline · {id} "), QUICK);
    assert!(
        screen.contains(" TIMELINE "),
        "the status bar names the context:\n{screen}"
    );
    let mut last = 0;
    for m in timeline.moments.iter().take(o.app.view_rows()) {
        let name: String = label(&o.app, m.source).chars().take(12).collect();
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
    keys(&mut s, &mut o, "M");
    let m = o.app.coverage().expect("the oracle computed the matrix").clone();
    let screen = s.wait_text(&format!("Coverage · {} sources", m.rows.len()), QUICK);
    assert!(
        screen.contains("✓ agrees") && screen.contains("▯ silent"),
        "{screen}"
    );
    assert!(screen.contains(" MATRIX "), "{screen}");
    for &r in &m.rows {
        let name: String = label(&o.app, r).chars().take(10).collect();
        assert!(screen.contains(&name), "{name} has a row:\n{screen}");
    }
    // Esc twice: back to the timeline, then to the claims list.
    keys(&mut s, &mut o, "<Esc>");
    s.wait_text(&format!("Timeline · {id} "), QUICK);
    keys(&mut s, &mut o, "<Esc>");
    s.wait_for("the views to close", QUICK, |sc| {
        !sc.contains("Timeline · ") && !sc.contains("Coverage · ")
    });

    // The strip at the bottom left of the panes opens the matrix by mouse.
    let tabs = o.app.view_tabs();
    let (r, _, text) = tabs.get(1).copied().expect("the strip shows at 100 columns");
    assert!(s.screen().contains(text.trim()), "the strip is drawn");
    click(&mut s, &mut o, r.x + 1, r.y);
    s.wait_text("Coverage · ", QUICK);
    keys(&mut s, &mut o, "q");
    s.wait_exit(QUICK);
}

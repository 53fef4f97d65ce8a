//! The panic hook restores the terminal before the panic message prints, and a panic in the analysis
//! thread is kept for the reader instead of tearing the screen down.
//!
//! The panicking program is this test binary itself, re-run in a pseudo-terminal with
//! `PARALLAX_PANIC_CHILD` set, so the real `term::enter` and hook run without a test-only switch in
//! the product.

use std::io::Read;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const CHILD: &str = "PARALLAX_PANIC_CHILD";

/// Runs only as the child of the tests below (it returns at once in a normal test run).
#[test]
fn panic_child() {
    let Some(mode) = std::env::var_os(CHILD) else {
        return;
    };
    let (_terminal, _guard) = parallax::tui::term::enter().expect("enter the terminal");
    if mode == "worker" {
        let t = std::thread::Builder::new()
            .name(parallax::tui::term::WORKER.into())
            .spawn(|| panic!("deliberate worker panic"))
            .expect("spawn");
        assert!(t.join().is_err());
        let kept = parallax::tui::term::take_worker_panic().expect("the worker panic is kept");
        assert!(kept.contains("deliberate worker panic"));
        println!("WORKER-PANIC-KEPT");
        return;
    }
    panic!("deliberate panic for the restore test");
}

/// Run `panic_child` in a pty and return everything it wrote.
fn run_child(mode: &str) -> (String, bool) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(std::env::current_exe().expect("test binary"));
    cmd.args(["--exact", "panic_child", "--nocapture", "--test-threads=1"]);
    cmd.env(CHILD, mode);
    cmd.env("RUST_BACKTRACE", "0");
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = std::sync::Arc::clone(&out);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("lock").extend_from_slice(&buf[..n]);
        }
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("poll") {
            break s;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "child did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    std::thread::sleep(Duration::from_millis(200));
    let text = String::from_utf8_lossy(&out.lock().expect("lock")).to_string();
    (text, status.success())
}

#[test]
fn panic_restores_the_terminal_before_the_message() {
    let (out, ok) = run_child("main");
    assert!(!ok, "the child panicked");
    let at = |pat: &str| {
        out.find(pat)
            .unwrap_or_else(|| panic!("{pat:?} not in output:\n{out}"))
    };
    let entered = at("\x1b[?1049h");
    let left = at("\x1b[?1049l");
    let mouse_off = at("\x1b[?1000l");
    let message = at("deliberate panic for the restore test");
    assert!(
        entered < left && left < message,
        "screen restored before the message"
    );
    assert!(mouse_off < message, "mouse released before the message");
}

#[test]
fn worker_panic_is_kept_for_the_reader() {
    let (out, ok) = run_child("worker");
    assert!(ok, "the child ends normally:\n{out}");
    assert!(out.contains("WORKER-PANIC-KEPT"), "{out}");
    // The hook did not print the worker's panic over the reader's screen.
    assert!(!out.contains("panicked at"), "{out}");
    let left = out.find("\x1b[?1049l").expect("restored at the end");
    assert!(out.find("WORKER-PANIC-KEPT").is_some_and(|p| p < left));
}

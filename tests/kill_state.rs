//! Saved state survives SIGKILL at any moment of a save: the file always holds the old state or the
//! new one, whole. Run by `tests/kill_state.sh` (both tests are `#[ignore]`d: the trial takes a
//! minute and the writer only runs when the trial starts it).
//!
//! The trial starts this test binary again as a writer (`writer`, with `KILL_STATE_DIR` set) that
//! saves generation after generation of a few hundred kilobytes of state as [`Store::save`] writes
//! it, printing `begin N` before each save and `saved N` after it, and kills it
//! with SIGKILL after a random delay. Then the file must parse, every entry in it must be of one
//! generation, and that generation must be the last one saved or the one being saved.
//!
//! `KILL_STATE_UNSAFE=1` makes the writer truncate and rewrite the file in place instead
//! (`std::fs::write`), as `train-ner` once did: the trial then fails, which shows it can.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use parallax::state::{State, Store};

const DIR: &str = "KILL_STATE_DIR";
const KEY: &str = "killtest";
/// Sources per generation: about 400 KB of JSON, so a save takes a while to write.
const ENTRIES: usize = 3000;

fn store(dir: &Path) -> Store {
    Store::at(dir.join(format!("{KEY}.json")), KEY)
}

/// The generation a state holds, if all of its entries agree on one and none is missing.
fn generation(state: &State) -> Result<u64, String> {
    if state.sources.len() != ENTRIES {
        return Err(format!("{} entries, not {ENTRIES}", state.sources.len()));
    }
    let mut gens = state.sources.values().map(|s| {
        s.note
            .as_deref()
            .and_then(|n| n.strip_prefix("generation "))
            .and_then(|n| n.split(' ').next())
            .and_then(|n| n.parse::<u64>().ok())
    });
    let first = gens.next().flatten().ok_or("no generation in the first entry")?;
    if gens.all(|g| g == Some(first)) {
        Ok(first)
    } else {
        Err("entries of different generations".into())
    }
}

/// A whole state of generation 0, as the file's bytes, and where each entry's generation digits
/// are: a new generation is the same bytes with new digits, so the writer spends its time writing.
fn template() -> (Vec<u8>, Vec<usize>) {
    let mut st = State::new(KEY);
    for i in 0..ENTRIES {
        let key = format!("{i:032x}");
        st.set_read(&key, i % 2 == 0);
        st.set_source_note(
            &key,
            Some(&format!(
                "generation {:09} entry {i}: the quick brown fox jumps over the lazy dog, twice over",
                0
            )),
        );
    }
    let bytes = st.to_json().into_bytes();
    let mark = b"generation ";
    let at: Vec<usize> = bytes
        .windows(mark.len())
        .enumerate()
        .filter(|(_, w)| *w == mark)
        .map(|(i, _)| i + mark.len())
        .collect();
    assert_eq!(at.len(), ENTRIES);
    (bytes, at)
}

/// The writer: saves generations forever (until killed), from `KILL_STATE_FROM` + 1 on. Each
/// save is what [`Store::save`] does once the state is serialised: [`parallax::atomic::write`]
/// of the whole file (temp file, write, fsync, rename, fsync the folder). The bytes are ready
/// before `begin`, so the kills land in the write.
#[test]
#[ignore = "started by sigkill_during_saves_keeps_the_old_or_the_new_state"]
fn writer() {
    let Some(dir) = std::env::var_os(DIR) else {
        return;
    };
    let store = store(Path::new(&dir));
    // The generation to go on from: the trial knows what is on disk (and the control's file may
    // be unreadable).
    let mut g: u64 = std::env::var("KILL_STATE_FROM")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let (mut bytes, at) = template();
    // The control: a plain in-place write, which the trial must catch.
    let unsafe_write = std::env::var_os("KILL_STATE_UNSAFE").is_some();
    let mut out = std::io::stdout().lock();
    loop {
        g += 1;
        let digits = format!("{g:09}");
        for &i in &at {
            bytes[i..i + 9].copy_from_slice(digits.as_bytes());
        }
        writeln!(out, "begin {g}").expect("stdout");
        out.flush().expect("stdout");
        if unsafe_write {
            std::fs::write(store.path(), &bytes).expect("save in place");
        } else {
            parallax::atomic::write(store.path(), &bytes).expect("save");
        }
        writeln!(out, "saved {g}").expect("stdout");
        out.flush().expect("stdout");
    }
}

/// A small xorshift generator: no extra crate, and a seed reproduces a run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[derive(Default, Debug)]
struct Tally {
    trials: usize,
    /// Killed between `begin N` and `saved N`: inside a save.
    mid_save: usize,
    /// A temporary file was left behind: killed while writing it.
    temp_left: usize,
    /// The file held the generation being saved (the rename had happened).
    new_state: usize,
    old_state: usize,
    failures: Vec<String>,
}

#[test]
#[ignore = "a minute of SIGKILLs; run by tests/kill_state.sh"]
fn sigkill_during_saves_keeps_the_old_or_the_new_state() {
    let trials: usize = std::env::var("KILL_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed: u64 = std::env::var("KILL_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64 | 1)
        });
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = store(dir.path());
    let exe = std::env::current_exe().expect("test binary");
    let mut tally = Tally::default();
    let mut on_disk: Option<u64> = None;
    for trial in 0..trials {
        let mut child = Command::new(&exe)
            .args([
                "--ignored",
                "--exact",
                "writer",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DIR, dir.path())
            .env("KILL_STATE_FROM", on_disk.unwrap_or(0).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the writer");
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = Arc::clone(&lines);
        let stdout = child.stdout.take().expect("piped stdout");
        let reader = std::thread::spawn(move || {
            for l in BufReader::new(stdout).lines().map_while(Result::ok) {
                sink.lock().expect("lines").push(l);
            }
        });
        // Wait for the first save to begin, then kill at a random moment of the next few saves.
        let start = Instant::now();
        while !lines
            .lock()
            .expect("lines")
            .iter()
            .any(|l| l.starts_with("begin "))
        {
            if start.elapsed() > Duration::from_secs(30) {
                panic!("the writer did not start");
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_micros(rng.next() % 60_000));
        child.kill().expect("SIGKILL the writer");
        child.wait().expect("reap the writer");
        reader.join().expect("reader thread");

        let lines = lines.lock().expect("lines");
        let last_saved = lines
            .iter()
            .filter_map(|l| l.strip_prefix("saved ")?.parse::<u64>().ok())
            .next_back();
        let last_begun = lines
            .iter()
            .filter_map(|l| l.strip_prefix("begin ")?.parse::<u64>().ok())
            .next_back();
        tally.trials += 1;
        if last_begun.is_some() && last_begun != last_saved {
            tally.mid_save += 1;
        }
        let temps = temp_files(dir.path());
        if !temps.is_empty() {
            tally.temp_left += 1;
            for t in temps {
                std::fs::remove_file(t).expect("remove a left temp file");
            }
        }
        // Old: the last completed save (or what was there before the writer started); new: the
        // save in progress.
        let old = last_saved.or(on_disk);
        let new = last_begun;
        let found = match store.read() {
            Ok(Some(st)) => generation(&st).map(Some),
            Ok(None) => Ok(None),
            Err(e) => Err(e.to_string()),
        };
        match found {
            Ok(g) if g == old => tally.old_state += 1,
            Ok(g) if g == new => tally.new_state += 1,
            Ok(g) => tally.failures.push(format!(
                "trial {trial}: file holds generation {g:?}, expected {old:?} or {new:?}"
            )),
            Err(ref e) => tally.failures.push(format!("trial {trial}: {e}")),
        }
        on_disk = found.ok().flatten().or(on_disk);
    }
    println!(
        "kill test: seed {seed}, {} trials, {} killed inside a save ({} left a temporary file), file held the old state {} times and the new state {} times, {} failures",
        tally.trials,
        tally.mid_save,
        tally.temp_left,
        tally.old_state,
        tally.new_state,
        tally.failures.len()
    );
    assert!(tally.failures.is_empty(), "{:#?}", tally.failures);
    assert!(
        tally.mid_save * 2 >= tally.trials,
        "most kills should land inside a save: {tally:?}"
    );
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    let target = format!("{KEY}.json");
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| {
            let e = e.expect("entry");
            let name = e.file_name().to_string_lossy().into_owned();
            parallax::atomic::is_temp_of(&name, &target).then(|| e.path())
        })
        .collect()
}

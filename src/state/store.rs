//! Where a briefing's state file lives, reading it, setting a bad one aside, and writing it.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{State, VERSION};
use crate::atomic;

/// Parallax's folder in the user's data folder: `$XDG_DATA_HOME/parallax` when that is set to an
/// absolute path, else `~/.local/share/parallax` (the XDG default, on macOS too, as terminal tools
/// do); on Windows `%APPDATA%\parallax`. `None` when none of these is known.
pub fn data_dir() -> Option<PathBuf> {
    let absolute = |v: std::ffi::OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    if let Some(p) = std::env::var_os("XDG_DATA_HOME").and_then(absolute) {
        return Some(p.join("parallax"));
    }
    if cfg!(windows)
        && let Some(p) = std::env::var_os("APPDATA").and_then(absolute)
    {
        return Some(p.join("parallax"));
    }
    std::env::var_os("HOME")
        .and_then(absolute)
        .map(|h| h.join(".local").join("share").join("parallax"))
}

/// Why a state file could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// Not readable as a state file (not JSON, a field of the wrong type, cut short).
    Corrupt(String),
    /// Written by a newer Parallax, with this version.
    Future(u32),
    /// The file is there but could not be read.
    Io(io::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Corrupt(why) => write!(f, "it is not a valid state file ({why})"),
            LoadError::Future(v) => write!(
                f,
                "it was written by a newer Parallax (state version {v}; this one reads {VERSION})"
            ),
            LoadError::Io(e) => write!(f, "it could not be read ({e})"),
        }
    }
}

/// The state file of one briefing.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    key: String,
}

/// What [`Store::open`] found.
#[derive(Debug)]
pub struct Opened {
    pub state: State,
    /// A problem to show the user (the file set aside, or unreadable).
    pub warning: Option<String>,
    /// False when the file is there but could not be read: writing would replace what the user
    /// kept, so nothing is saved this session.
    pub writable: bool,
}

impl Store {
    /// The store of the briefing with key `key` in the user's data folder ([`data_dir`]).
    pub fn for_briefing(key: &str) -> Option<Store> {
        data_dir().map(|d| Store::at(d.join("state").join(format!("{key}.json")), key))
    }

    /// A store at an explicit path (tests, other front ends).
    pub fn at(path: impl Into<PathBuf>, key: &str) -> Store {
        Store {
            path: path.into(),
            key: key.to_string(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The briefing key the store is for.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The saved state, `Ok(None)` when nothing was saved yet. Changes nothing on disk.
    pub fn read(&self) -> Result<Option<State>, LoadError> {
        let bytes = match fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(LoadError::Io(e)),
        };
        parse(&bytes).map(Some)
    }

    /// The saved state for a session that will write it: a file that cannot be used is renamed
    /// beside itself (`KEY.corrupt-TIME.json`, `KEY.v2-TIME.json`), never deleted, and the session
    /// starts afresh with a warning saying where the old file went. Temporary files left by a
    /// killed writer are cleaned up.
    pub fn open(&self) -> Opened {
        atomic::remove_stale_temps(&self.path);
        let fresh = || State::new(&self.key);
        match self.read() {
            Ok(Some(state)) => Opened {
                state,
                warning: None,
                writable: true,
            },
            Ok(None) => Opened {
                state: fresh(),
                warning: None,
                writable: true,
            },
            Err(LoadError::Io(e)) => Opened {
                state: fresh(),
                warning: Some(format!(
                    "saved state {} could not be read ({e}); nothing will be saved this session",
                    self.path.display()
                )),
                writable: false,
            },
            Err(problem) => {
                let tag = match &problem {
                    LoadError::Future(v) => format!("v{v}"),
                    _ => "corrupt".to_string(),
                };
                match self.set_aside(&tag) {
                    Ok(to) => Opened {
                        state: fresh(),
                        warning: Some(format!(
                            "saved state {} was set aside as {}: {problem}; starting afresh",
                            self.path.display(),
                            to.display()
                        )),
                        writable: true,
                    },
                    Err(e) => Opened {
                        state: fresh(),
                        warning: Some(format!(
                            "saved state {} is unusable ({problem}) and could not be set aside ({e}); nothing will be saved this session",
                            self.path.display()
                        )),
                        writable: false,
                    },
                }
            }
        }
    }

    /// Write the state atomically, creating the folders on the way.
    pub fn save(&self, state: &State) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        atomic::write(&self.path, state.to_json().as_bytes())
    }

    /// Rename the file to a free name beside it, marked with `tag` and the time.
    fn set_aside(&self, tag: &str) -> io::Result<PathBuf> {
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "state".into());
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let dir = self.path.parent().unwrap_or(Path::new("."));
        for n in 0.. {
            let name = match n {
                0 => format!("{stem}.{tag}-{secs}.json"),
                n => format!("{stem}.{tag}-{secs}-{n}.json"),
            };
            let to = dir.join(name);
            // Never rename over anything: the set-aside files are the user's too.
            if fs::symlink_metadata(&to).is_ok() {
                continue;
            }
            fs::rename(&self.path, &to)?;
            return Ok(to);
        }
        unreachable!("some name is free")
    }
}

/// Read a state file's bytes: the version first, so a newer file is named as such even when its
/// fields changed shape.
fn parse(bytes: &[u8]) -> Result<State, LoadError> {
    let corrupt = |e: &dyn fmt::Display| LoadError::Corrupt(e.to_string());
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| corrupt(&e))?;
    let version = value
        .get("version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| LoadError::Corrupt("no version".into()))?;
    if version > u64::from(VERSION) {
        return Err(LoadError::Future(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    serde_json::from_value(value).map_err(|e| corrupt(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn saves_and_reads_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("deep/er/k.json"), "k");
        assert!(store.read().expect("no file is fine").is_none());
        let mut s = State::new("k");
        s.set_read("a", true);
        store.save(&s).expect("save");
        assert_eq!(store.read().expect("read"), Some(s.clone()));
        let o = store.open();
        assert_eq!(o.state, s);
        assert!(o.warning.is_none() && o.writable);
    }

    #[test]
    fn a_corrupt_or_newer_file_is_set_aside_not_lost() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("k.json");
        let store = Store::at(&path, "k");
        for (bytes, tag) in [
            (
                &b"{\"version\": 1, \"briefing\": \"k\", \"sources\": {\"a\": {\"read\": "[..],
                "corrupt",
            ),
            (&b""[..], "corrupt"),
            (&b"\x00\xff garbage"[..], "corrupt"),
            (
                &b"{\"version\": 1, \"briefing\": \"k\", \"sources\": []}"[..],
                "corrupt",
            ),
            (
                &b"{\"version\": 7, \"briefing\": \"k\", \"whatever\": true}"[..],
                "v7",
            ),
        ] {
            fs::write(&path, bytes).expect("write");
            let o = store.open();
            let w = o.warning.expect("a warning");
            assert!(w.contains("set aside") && w.contains(tag), "{w}");
            assert!(o.writable);
            assert_eq!(o.state, State::new("k"));
            let aside: Vec<String> = names(dir.path())
                .into_iter()
                .filter(|n| n.contains(tag))
                .collect();
            assert!(!aside.is_empty(), "{:?}", names(dir.path()));
            // The old bytes are kept.
            let kept = aside
                .iter()
                .any(|n| fs::read(dir.path().join(n)).expect("read") == bytes);
            assert!(kept);
            assert!(!path.exists());
        }
        // Five set aside, none overwritten (several land in the same second).
        assert_eq!(names(dir.path()).len(), 5, "{:?}", names(dir.path()));
        // `read` reports without moving anything.
        fs::write(&path, b"nope").expect("write");
        assert!(matches!(store.read(), Err(LoadError::Corrupt(_))));
        assert!(path.exists());
    }
}

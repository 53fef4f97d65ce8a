//! Files written whole or not at all: a temporary file in the same folder, written and flushed to
//! disk, then renamed over the target, then the folder flushed so the rename itself survives a
//! crash. A reader (or a process killed mid-write) sees the old file or the new one, never a mix or
//! an empty file. Saved state and `train-ner`'s outputs go through [`write`].

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// What a temporary file's name starts with: `.NAME.tmp-PID-N`, hidden, beside its target.
pub const TEMP_MARK: &str = ".tmp-";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Replace `path` with `bytes` atomically (see the module docs). The folder must exist. On an
/// error the target is untouched and the temporary file is removed.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent(path);
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Whether `name` is one of [`write`]'s temporary files for the file named `target`.
pub fn is_temp_of(name: &str, target: &str) -> bool {
    name.strip_prefix('.')
        .and_then(|n| n.strip_prefix(target))
        .is_some_and(|rest| rest.starts_with(TEMP_MARK))
}

/// Remove temporary files left beside `path` by writers that were killed mid-write. Only files
/// named as [`write`] names them, and older than a minute (a live writer's is younger), are removed.
pub fn remove_stale_temps(path: &Path) {
    let Some(target) = path.file_name().and_then(|n| n.to_str()) else {
        return;
    };
    let Ok(entries) = fs::read_dir(parent(path)) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        if !is_temp_of(name, target) {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() >= 60);
        if old {
            let _ = fs::remove_file(e.path());
        }
    }
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    parent(path).join(format!(".{name}{TEMP_MARK}{}-{n}", std::process::id()))
}

/// Flush a folder's entries (the rename) to disk. Not every platform can open a folder for this
/// (Windows cannot); there the rename is as durable as the system makes it.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("f.json");
        write(&p, b"old").expect("first write");
        write(&p, b"new and longer").expect("second write");
        assert_eq!(fs::read(&p).expect("read"), b"new and longer");
        let names: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["f.json"]);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("f");
        write(&p, b"old").expect("write");
        // Renaming a file over a folder fails: the old folder stays, and no temp is left.
        let d = dir.path().join("d");
        fs::create_dir(&d).expect("mkdir");
        fs::write(d.join("x"), b"x").expect("fill");
        assert!(write(&d, b"new").is_err());
        assert_eq!(fs::read(&p).expect("read"), b"old");
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 2);
    }

    #[test]
    fn temp_names() {
        assert!(is_temp_of(".a.json.tmp-12-0", "a.json"));
        assert!(!is_temp_of("a.json", "a.json"));
        assert!(!is_temp_of(".b.json.tmp-1-0", "a.json"));
        assert!(!is_temp_of(".a.json.corrupt", "a.json"));
    }
}

//! Paths to files: a file, a folder read recursively in a stable order (hidden entries skipped).
//!
//! Each folder is read once however many links reach it (compared by canonical path), so a graph
//! of links that fans out at every level costs as much as its folders, not as its paths; a link
//! back to a folder being read is a loop, named and not followed.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Folders nested deeper than this are not followed.
pub(crate) const MAX_DEPTH: usize = 32;

fn hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Whether an I/O error is a loop of symbolic links (`ELOOP`).
pub(crate) fn is_link_loop(e: &io::Error) -> bool {
    // ELOOP is 40 on Linux and 62 on the BSDs and macOS.
    #[cfg(target_os = "linux")]
    const ELOOP: i32 = 40;
    #[cfg(not(target_os = "linux"))]
    const ELOOP: i32 = 62;
    cfg!(unix) && e.raw_os_error() == Some(ELOOP)
}

/// The reason a path that is neither a file nor a folder is not read.
pub(crate) fn not_regular(m: &fs::Metadata) -> String {
    #[cfg(unix)]
    let kind = {
        use std::os::unix::fs::FileTypeExt as _;
        let t = m.file_type();
        if t.is_fifo() {
            "a FIFO"
        } else if t.is_socket() {
            "a socket"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else {
            "not a regular file"
        }
    };
    #[cfg(not(unix))]
    let kind = {
        let _ = m;
        "not a regular file"
    };
    if kind == "not a regular file" {
        "not a regular file; not read".into()
    } else {
        format!("not a regular file ({kind}); not read")
    }
}

/// The reason a path whose metadata cannot be read is skipped.
pub(crate) fn unreadable(e: &io::Error) -> String {
    if is_link_loop(e) {
        "symlink loop (the link leads back to itself); not followed".into()
    } else {
        format!("cannot read: {e}")
    }
}

/// Every regular file under `dir`, sorted by name at each level; unreadable folders, loops and
/// entries that are not files (FIFOs, sockets, devices) are reported, one line each.
pub(crate) fn files(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, String)>) {
    let mut walker = Walker {
        ancestors: Vec::new(),
        visited: HashSet::new(),
        too_deep: false,
        out,
        errors,
    };
    walker.walk(dir);
}

struct Walker<'a> {
    ancestors: Vec<PathBuf>,
    /// Every folder read so far, by canonical path.
    visited: HashSet<PathBuf>,
    /// The depth limit has been reported (once per walk).
    too_deep: bool,
    out: &'a mut Vec<PathBuf>,
    errors: &'a mut Vec<(PathBuf, String)>,
}

impl Walker<'_> {
    fn walk(&mut self, dir: &Path) {
        let real = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if self.ancestors.contains(&real) {
            self.errors.push((
                dir.to_path_buf(),
                "symlink loop (links to a folder above it); not followed".into(),
            ));
            return;
        }
        if self.ancestors.len() > MAX_DEPTH {
            if !self.too_deep {
                self.too_deep = true;
                self.errors.push((
                    dir.to_path_buf(),
                    format!(
                        "folder nested too deeply (limit {MAX_DEPTH} levels); it and the folders below it not read"
                    ),
                ));
            }
            return;
        }
        if !self.visited.insert(real.clone()) {
            // Reached before by another link: its files are already listed.
            return;
        }
        let entries = match fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.errors
                    .push((dir.to_path_buf(), format!("cannot read folder: {e}")));
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        self.ancestors.push(real);
        for p in paths {
            if hidden(&p) {
                continue;
            }
            match fs::metadata(&p) {
                Ok(m) if m.is_dir() => self.walk(&p),
                Ok(m) if m.is_file() => self.out.push(p),
                Ok(m) => {
                    let reason = not_regular(&m);
                    self.errors.push((p, reason));
                }
                Err(e) => {
                    let reason = unreadable(&e);
                    self.errors.push((p, reason));
                }
            }
        }
        self.ancestors.pop();
    }
}

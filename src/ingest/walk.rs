//! Paths to files: a file, a folder read recursively in a stable order (hidden entries skipped).

use std::fs;
use std::path::{Path, PathBuf};

/// Folders nested deeper than this are not followed.
const MAX_DEPTH: usize = 32;

fn hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Every regular file under `dir`, sorted by name at each level; unreadable folders are reported,
/// and a link back to a folder being read (a symlink loop) is reported and not followed.
pub(crate) fn files(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, String)>) {
    let mut ancestors = Vec::new();
    walk(dir, &mut ancestors, out, errors);
}

fn walk(
    dir: &Path,
    ancestors: &mut Vec<PathBuf>,
    out: &mut Vec<PathBuf>,
    errors: &mut Vec<(PathBuf, String)>,
) {
    if ancestors.len() > MAX_DEPTH {
        errors.push((dir.to_path_buf(), "folder nested too deeply; not read".into()));
        return;
    }
    let real = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if ancestors.contains(&real) {
        errors.push((
            dir.to_path_buf(),
            "symlink loop (links to a folder above it); not followed".into(),
        ));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push((dir.to_path_buf(), format!("cannot read folder: {e}")));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    ancestors.push(real);
    for p in paths {
        if hidden(&p) {
            continue;
        }
        match fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, ancestors, out, errors),
            Ok(m) if m.is_file() => out.push(p),
            Ok(_) => {}
            Err(e) => errors.push((p, format!("cannot read: {e}"))),
        }
    }
    ancestors.pop();
}

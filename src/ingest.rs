//! Loading a briefing: paths (files, folders, `-` for stdin) or the embedded sample become [`Source`]s.
//!
//! Every [`Source`] keeps the readable text it was loaded as; all spans elsewhere in Parallax are byte
//! ranges into [`Source::text`]. Boilerplate is not cut out of the text: it is left out of
//! [`Source::body`], so positions of what remains still map to the file (for plain text, byte for byte).

mod decode;
mod feed;
mod html;
mod json;
mod layout;
mod lines;
mod markdown;
mod read;
mod shape;
mod walk;

use std::collections::HashSet;
use std::io::Read as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// A set of articles on one story.
#[derive(Debug, Clone, Default)]
pub struct Briefing {
    /// A short display name (the folder or file name, or "sample briefing").
    pub name: String,
    pub sources: Vec<Source>,
}

/// The format a source was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Feed,
}

/// One article from one outlet.
#[derive(Debug, Clone)]
pub struct Source {
    /// File stem (for feeds and JSON arrays: stem + item index), unique within the briefing.
    pub id: String,
    /// Where it came from, as the user gave it (`<stdin>` for standard input).
    pub path: String,
    pub format: Format,
    /// The headline; `None` when the source does not state one.
    pub title: Option<String>,
    /// The outlet; `None` when unknown (never guessed from nothing).
    pub outlet: Option<String>,
    /// The publication date; `None` when unknown.
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    /// The readable text as loaded. All spans are byte ranges into this string.
    pub text: String,
    /// Span of the headline inside `text`, when the text carries it.
    pub headline: Option<Range<usize>>,
    /// Spans of `text` that are the article body (boilerplate left out), in order, non-overlapping,
    /// on char boundaries.
    pub body: Vec<Range<usize>>,
}

impl Source {
    /// A plain-text source with no metadata whose whole text is its body: the starting point for a
    /// caller that already holds the text (tests, other front ends).
    pub fn from_text(id: &str, text: &str) -> Source {
        Source {
            id: id.into(),
            path: format!("{id}.txt"),
            format: Format::Text,
            title: None,
            outlet: None,
            published: None,
            url: None,
            text: text.into(),
            headline: None,
            body: std::iter::once(0..text.len()).collect(),
        }
    }

    /// The date to resolve this source's relative phrases ("on Tuesday", "last year") against: the
    /// publication date when known, else the latest full date (day, month, year) its headline or
    /// body states, such as a photo caption's "Tuesday, Jan. 13, 2026". This is a reference point
    /// for reading the text, not a publication date: [`Source::published`] stays unknown.
    pub fn anchor(&self) -> Option<NaiveDate> {
        self.published.or_else(|| {
            self.headline
                .iter()
                .chain(self.body.iter())
                .flat_map(|r| crate::dates::find_dates(&self.text, r.clone(), None))
                .filter_map(|m| match m.value {
                    crate::dates::DateValue::Day(d) if !m.relative => Some(d),
                    _ => None,
                })
                .max()
        })
    }

    /// Number of words in the body.
    pub fn words(&self) -> usize {
        self.body
            .iter()
            .map(|r| self.text[r.clone()].split_whitespace().count())
            .sum()
    }
}

/// A path that could not be loaded, and why. Printed as one line on stderr.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct Problem {
    pub path: PathBuf,
    pub reason: String,
}

/// What loading produced: the sources that loaded, and one problem per file that did not.
#[derive(Debug, Default)]
pub struct Loaded {
    pub briefing: Briefing,
    /// Files skipped (binary, empty, malformed …); the rest still loaded.
    pub skipped: Vec<Problem>,
    /// Files that loaded with a caveat (e.g. decoded as Windows-1252).
    pub warnings: Vec<Problem>,
}

/// The seed articles, embedded so `parallax` works from any directory.
const SAMPLE: &[(&str, &str)] = &[
    (
        "000_252b3310998334a2.txt",
        include_str!("../seeds/000_252b3310998334a2.txt"),
    ),
    (
        "001_4e2fc75dca229701.txt",
        include_str!("../seeds/001_4e2fc75dca229701.txt"),
    ),
    (
        "002_869baf697406c617.txt",
        include_str!("../seeds/002_869baf697406c617.txt"),
    ),
    (
        "003_0815d74a113a37cc.txt",
        include_str!("../seeds/003_0815d74a113a37cc.txt"),
    ),
    (
        "004_966a741bb0bd9440.txt",
        include_str!("../seeds/004_966a741bb0bd9440.txt"),
    ),
];

/// The sample briefing embedded in the binary (the five seed articles), so `parallax` works from
/// any directory.
pub fn load_sample() -> Briefing {
    let mut sources = Vec::new();
    for (file, text) in SAMPLE {
        let stem = file.strip_suffix(".txt").unwrap_or(file);
        let path = format!("seeds/{file}");
        // The seeds are UTF-8 text, so reading them cannot fail; skip rather than panic anyway.
        if let Ok(r) = read::read(text.as_bytes(), &path, stem, "txt") {
            sources.extend(r.sources);
        }
    }
    date_yearless_datelines(&mut sources);
    Briefing {
        name: "sample briefing".into(),
        sources,
    }
}

/// How far a yearless dateline's day may lie from another source's publication date for that
/// source to lend it its year: the articles of one story appear within days of each other.
const DATELINE_NEAR_DAYS: i64 = 14;

/// A source left undated because its dateline names a day but no year ("SEOUL, May 14 (Yonhap) --")
/// and its text states no full date takes its year from the briefing's dated sources: when each of
/// them puts that day in the same year, and one was published within two weeks of it. Anything
/// less certain stays undated. A year merely named in the text ("minister from 2019 to 2021") is
/// not used: articles name past and future years far more often than their own.
fn date_yearless_datelines(sources: &mut [Source]) {
    let dated: Vec<NaiveDate> = sources.iter().filter_map(|s| s.published).collect();
    if dated.is_empty() {
        return;
    }
    for s in sources.iter_mut().filter(|s| s.published.is_none()) {
        let mut days = dated.iter().map(|&d| layout::yearless_dateline(&s.text, d));
        let Some(Some(day)) = days.next() else {
            continue;
        };
        let near = dated
            .iter()
            .any(|d| (*d - day).num_days().abs() <= DATELINE_NEAR_DAYS);
        if near && days.all(|d| d == Some(day)) {
            s.published = Some(day);
        }
    }
}

/// Load every path (file, folder read recursively, or `-` for stdin). Files that cannot be read are
/// skipped and listed in [`Loaded::skipped`]; a path that does not exist is an error.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, Problem> {
    load_with_progress(paths, &mut |_, _| {})
}

/// Check that every path exists (`-` always does), as [`load`] does before reading any: a typo
/// fails fast. A path that exists but cannot be followed (a symlink loop, a folder we may not
/// enter) passes here and is skipped with its reason when loading, like a bad file in a folder.
pub fn check_paths(paths: &[PathBuf]) -> Result<(), Problem> {
    for p in paths {
        if p.as_os_str() == "-" {
            continue;
        }
        if let Err(e) = std::fs::metadata(p)
            && e.kind() == std::io::ErrorKind::NotFound
        {
            return Err(Problem {
                path: p.clone(),
                reason: "no such file or directory".into(),
            });
        }
    }
    Ok(())
}

/// [`load`], calling `progress(done, found)` after each file: files read so far and files found so
/// far (a folder's files are all found before the first of them is read).
pub fn load_with_progress(
    paths: &[PathBuf],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Loaded, Problem> {
    check_paths(paths)?;
    let mut done = 0;
    let mut found = paths.iter().filter(|p| !p.is_dir()).count();
    let mut loaded = Loaded {
        briefing: Briefing {
            name: briefing_name(paths),
            sources: Vec::new(),
        },
        ..Loaded::default()
    };
    let mut ids = HashSet::new();
    // Each file is read once, however often it is named or reached (a folder and a file in it,
    // two links to one file): the same article twice would look like two outlets agreeing.
    let mut seen = HashSet::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin()
                .lock()
                .take(MAX_BYTES + 1)
                .read_to_end(&mut bytes)
            {
                Ok(_) if bytes.len() as u64 > MAX_BYTES => loaded.skipped.push(Problem {
                    path: "<stdin>".into(),
                    reason: too_large(),
                }),
                Ok(_) => load_bytes(&bytes, Path::new("<stdin>"), "stdin", "", &mut loaded, &mut ids),
                Err(e) => loaded.skipped.push(Problem {
                    path: "<stdin>".into(),
                    reason: format!("cannot read: {e}"),
                }),
            }
        } else if let Err(e) = std::fs::metadata(p) {
            loaded.skipped.push(Problem {
                path: p.clone(),
                reason: walk::unreadable(&e),
            });
        } else if p.is_dir() {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            walk::files(p, &mut files, &mut errors);
            for (path, reason) in errors {
                loaded.skipped.push(Problem { path, reason });
            }
            found += files.len();
            progress(done, found);
            // The files are read and parsed on every core, a batch at a time (so the progress
            // moves), and added in the walk's order: the briefing is the one a loop would give.
            for batch in files.chunks(READ_BATCH) {
                let fresh: Vec<&PathBuf> = batch.iter().filter(|f| first_visit(f, &mut seen)).collect();
                for (f, read) in fresh.iter().zip(crate::par::map(&fresh, |_, f| read_file(f))) {
                    add_read(f, read, &mut loaded, &mut ids);
                }
                done += batch.len();
                progress(done, found);
            }
            continue;
        } else if first_visit(p, &mut seen) {
            load_file(p, &mut loaded, &mut ids);
        }
        done += 1;
        progress(done, found);
    }
    date_yearless_datelines(&mut loaded.briefing.sources);
    Ok(loaded)
}

/// One file's bytes, read as [`load`] reads a file named `name` (its extension counts when the
/// content does not tell the format): the sources with their ids as the file alone gives them, and
/// the file's warnings; `Err` is the reason the file would be skipped. For tools (and the fuzz
/// runner) that hold bytes rather than files.
pub fn read_bytes(bytes: &[u8], name: &str) -> Result<(Vec<Source>, Vec<String>), String> {
    let path = Path::new(name);
    let (stem, ext) = stem_and_ext(path);
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large());
    }
    read::read(bytes, name, &stem, &ext).map(|r| (r.sources, r.warnings))
}

/// The briefing's name as the reader and reports show it: the one path's name, or the first and how
/// many more; "sample briefing" for none.
pub fn briefing_name(paths: &[PathBuf]) -> String {
    let name = |p: &PathBuf| {
        if p.as_os_str() == "-" {
            return "<stdin>".to_string();
        }
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string())
    };
    match paths {
        [] => "sample briefing".into(),
        [one] => name(one),
        [first, rest @ ..] => format!("{} and {} more", name(first), rest.len()),
    }
}

/// A file name's stem (the source's id; "source" when there is none) and extension (the
/// format when the content does not tell it).
fn stem_and_ext(path: &Path) -> (String, String) {
    let stem = path
        .file_stem()
        .map_or_else(|| "source".into(), |s| s.to_string_lossy().into_owned());
    let ext = path
        .extension()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    (stem, ext)
}

/// Whether `path` names a file not loaded yet (compared by canonical path).
fn first_visit(path: &Path, seen: &mut HashSet<PathBuf>) -> bool {
    seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// Files larger than this are not read: a briefing's articles are kilobytes, and a device, a log
/// or a disk image named by mistake must not fill the memory.
const MAX_BYTES: u64 = 64 << 20;

fn too_large() -> String {
    format!(
        "too large to be an article (over {} MiB); not read",
        MAX_BYTES >> 20
    )
}

/// Files read at a time on every core between two progress reports.
const READ_BATCH: usize = 64;

fn load_file(path: &Path, loaded: &mut Loaded, ids: &mut HashSet<String>) {
    add_read(path, read_file(path), loaded, ids);
}

/// One file read and parsed on its own (nothing shared, so files can be read side by side): its
/// sources and warnings, or why it is skipped.
fn read_file(path: &Path) -> Result<read::Read, String> {
    // A FIFO or device would block or never end; only regular files are read.
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => return Err(walk::not_regular(&m)),
        Ok(m) if m.len() > MAX_BYTES => return Err(too_large()),
        _ => {}
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let (stem, ext) = stem_and_ext(path);
    read::read(&bytes, &path.display().to_string(), &stem, &ext)
}

fn load_bytes(
    bytes: &[u8],
    path: &Path,
    stem: &str,
    ext: &str,
    loaded: &mut Loaded,
    ids: &mut HashSet<String>,
) {
    let shown = path.display().to_string();
    add_read(path, read::read(bytes, &shown, stem, ext), loaded, ids);
}

/// A file's reading added to the briefing: its sources (with ids unique in the briefing) and
/// warnings, or its line among the skipped.
fn add_read(path: &Path, read: Result<read::Read, String>, loaded: &mut Loaded, ids: &mut HashSet<String>) {
    match read {
        Ok(r) => {
            for w in r.warnings {
                loaded.warnings.push(Problem {
                    path: path.to_path_buf(),
                    reason: w,
                });
            }
            for mut s in r.sources {
                s.id = unique_id(&s.id, ids);
                loaded.briefing.sources.push(s);
            }
        }
        Err(reason) => loaded.skipped.push(Problem {
            path: path.to_path_buf(),
            reason,
        }),
    }
}

/// Ids stay unique in a briefing: a second `a.txt` in another folder becomes `a-2`.
fn unique_id(id: &str, ids: &mut HashSet<String>) -> String {
    let mut candidate = id.to_string();
    let mut n = 2;
    while ids.contains(&candidate) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    ids.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests;

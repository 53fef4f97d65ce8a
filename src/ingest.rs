//! Loading a briefing: paths (files, folders, `-` for stdin) or the embedded sample become [`Source`]s.
//!
//! Every [`Source`] keeps the readable text it was loaded as; all spans elsewhere in Parallax are byte
//! ranges into [`Source::text`]. Boilerplate is not cut out of the text: it is left out of
//! [`Source::body`], so positions of what remains still map to the file (for plain text, byte for byte).

use std::ops::Range;
use std::path::PathBuf;

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

/// The sample briefing embedded in the binary (the five seed articles), so `parallax` works from
/// any directory.
pub fn load_sample() -> Briefing {
    Briefing {
        name: "sample briefing".into(),
        sources: Vec::new(),
    }
}

/// Load every path (file, folder read recursively, or `-` for stdin). Files that cannot be read are
/// skipped and listed in [`Loaded::skipped`]; a path that does not exist is an error.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, Problem> {
    let _ = paths;
    Ok(Loaded::default())
}

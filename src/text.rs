//! Sentences and tokens as byte spans into a source's text.
//!
//! (interim: whole body ranges as sentences; the text helper replaces this with the real splitter)

use std::ops::Range;

use crate::ingest::Source;

/// A sentence: its span in `Source::text` and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub tokens: Vec<Token>,
    /// True for the headline (its own sentence).
    pub headline: bool,
}

/// A token: a word, number or punctuation mark, as a byte span into `Source::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
}

/// Split a source's headline and body into sentences with tokens.
pub fn sentences(source: &Source) -> Vec<Sentence> {
    let _ = source;
    Vec::new()
}

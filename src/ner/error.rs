//! The one error type of the tagger. A leaf: it imports nothing from the rest of the tagger.

use thiserror::Error;

/// Errors of the tagger, its training data and its weights file.
#[derive(Debug, Error)]
pub enum NerError {
    #[error("{path}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {reason}")]
    Parse {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("model: {0}")]
    Model(String),
    #[error("{0}")]
    Mismatch(String),
}

//! The analysis: one entry point that turns a [`Briefing`] into entities and claims.

use crate::claims::Claim;
use crate::entities::Entity;
use crate::ingest::Briefing;
use crate::text::Sentence;

/// Everything `report` and the TUI show, computed once.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub briefing: Briefing,
    /// Sentences of each source, indexed like `briefing.sources`.
    pub sentences: Vec<Vec<Sentence>>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
}

/// Knobs for a run.
#[derive(Debug, Clone, Default)]
pub struct Options {}

impl Analysis {
    /// Analyse a briefing.
    pub fn run(briefing: Briefing, options: &Options) -> Analysis {
        Self::run_with_progress(briefing, options, &mut |_| {})
    }

    /// Analyse a briefing, reporting progress (stage name, fraction done) as it goes.
    pub fn run_with_progress(
        briefing: Briefing,
        _options: &Options,
        progress: &mut dyn FnMut(Progress),
    ) -> Analysis {
        let n = briefing.sources.len().max(1);
        let mut sentences = Vec::with_capacity(briefing.sources.len());
        for (i, source) in briefing.sources.iter().enumerate() {
            sentences.push(crate::text::sentences(source));
            progress(Progress {
                stage: "reading",
                done: i + 1,
                total: n,
            });
        }
        progress(Progress {
            stage: "entities",
            done: 0,
            total: 1,
        });
        let entities = crate::entities::recognise(&briefing, &sentences);
        progress(Progress {
            stage: "claims",
            done: 0,
            total: 1,
        });
        let values = crate::values::extract(&briefing, &sentences);
        let claims = crate::claims::align(&briefing, &sentences, &entities, values);
        progress(Progress {
            stage: "done",
            done: 1,
            total: 1,
        });
        Analysis {
            briefing,
            sentences,
            entities,
            claims,
        }
    }
}

/// How far an analysis run has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub stage: &'static str,
    pub done: usize,
    pub total: usize,
}

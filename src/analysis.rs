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
        // The tagger's tables load on a thread of their own while the sources are read: the
        // entities stage, which needs them, waits only for what is left of the load.
        preload_tagger();
        let n = briefing.sources.len().max(1);
        // Sources are independent until claims are lined up: each one's sentences and values are
        // found on every core, a batch at a time (so the reader's progress moves), and kept in
        // source order, exactly as one loop would give them.
        let mut sentences = Vec::with_capacity(briefing.sources.len());
        let mut values = Vec::new();
        for (b, batch) in briefing.sources.chunks(BATCH).enumerate() {
            let done = crate::par::map(batch, |k, source| {
                let sentences = crate::text::sentences(source);
                let values = crate::values::extract_source(b * BATCH + k, source, &sentences);
                (sentences, values)
            });
            // Grown as a `Vec` grows, not reserved batch by batch: each exact reservation moved
            // the whole list, and under jemalloc the old copies stayed resident (10–15 MB more
            // at 10,000 sources), while the spare room of doubling is never written and mostly
            // not resident.
            for (sents, vals) in done {
                sentences.push(sents);
                values.extend(vals);
            }
            progress(Progress {
                stage: "reading",
                done: sentences.len(),
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

/// Sources read per batch between two progress reports.
const BATCH: usize = 256;

/// Start loading the embedded tagger and the entities' gazetteer on threads of their own, once
/// per process; a later [`crate::ner::Tagger::embedded`] or [`crate::entities::gazetteer::get`]
/// waits for them rather than loading again.
fn preload_tagger() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        std::thread::spawn(|| {
            crate::ner::Tagger::embedded();
        });
        std::thread::spawn(|| {
            crate::entities::gazetteer::get();
        });
    });
}

/// How far an analysis run has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub stage: &'static str,
    pub done: usize,
    pub total: usize,
}

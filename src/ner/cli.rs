//! The library side of the `entities --conll`, `train-ner` and `score-ner` subcommands.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use super::error::NerError;
use super::gazetteer::Gazetteer;
use super::model::Tagger;
use super::train::{
    EpochReport, SOURCES_WITHOUT_MISC, TrainOptions, doc_sources, jackknife, train, train_second,
};
use super::words::WordTable;
use super::{conll, score};

/// Read a file, or stdin for `-`.
pub fn read_input(path: &Path) -> Result<String, NerError> {
    let io = |source| NerError::Io {
        path: path.display().to_string(),
        source,
    };
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(io)?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(io)
    }
}

/// Read a binary file, naming it in the error.
fn read_bytes(path: &Path) -> Result<Vec<u8>, NerError> {
    std::fs::read(path).map_err(|source| NerError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// `parallax entities --conll FILE [--rules]`: the tagged CoNLL text, by the trained tagger
/// or (`rules`) by the rules-and-gazetteer pipeline alone, the baseline.
/// With `model`, the weights written by `train-ner` there (and `second.bin`, `gazetteer.tsv`
/// and `words.bin` beside them) replace the embedded ones.
pub fn entities_conll(path: &Path, rules: bool, model: Option<&Path>) -> Result<String, NerError> {
    let text = read_input(path)?;
    Ok(if rules {
        conll::tag_conll_with(&text, crate::entities::rules_tag_document)
    } else if let Some(model) = model {
        conll::tag_conll(&load_model(model)?, &text)
    } else {
        conll::tag_conll(Tagger::embedded(), &text)
    })
}

/// Load a model written by `train-ner`: `model` and the files beside it (a missing
/// `second.bin` means a single pass).
pub fn load_model(model: &Path) -> Result<Tagger, NerError> {
    let dir = model.parent().unwrap_or(Path::new("."));
    let words = Arc::new(WordTable::from_bytes(&read_bytes(&dir.join("words.bin"))?)?);
    let gaz = Gazetteer::parse(&read_input(&dir.join("gazetteer.tsv"))?).with_words(words);
    let first = Tagger::from_bytes(&read_bytes(model)?, gaz.clone())?;
    let second = second_path(model);
    Ok(if second.exists() {
        first.with_second_pass(Tagger::from_bytes(&read_bytes(&second)?, gaz)?)
    } else {
        first
    })
}

/// `parallax score-ner --gold G --pred P`: the conlleval-style table.
pub fn score_ner(gold: &Path, pred: &Path) -> Result<score::Scores, NerError> {
    let g = read_input(gold)?;
    let p = read_input(pred)?;
    score::score_files(&g, &gold.display().to_string(), &p, &pred.display().to_string())
}

/// Where the second pass's weights go: `second.bin` beside the first pass's.
pub fn second_path(out: &Path) -> PathBuf {
    out.parent().unwrap_or(Path::new(".")).join("second.bin")
}

/// Word forms kept in the word table: the most frequent 300,000 cover 96% of the development
/// data's tokens and 89% of its name tokens.
pub const WORDS_KEPT: usize = 300_000;

/// Inputs of `parallax train-ner`.
#[derive(Debug, Clone)]
pub struct TrainArgs {
    pub train: PathBuf,
    pub dev: Option<PathBuf>,
    /// `docs.tsv` beside the data: marks the documents of sources without MISC annotation.
    pub docs: Option<PathBuf>,
    /// The gazetteer folder to compile the name lists from; written as `gazetteer.tsv` beside
    /// the model. Without it, the `gazetteer.tsv` already beside the model is used.
    pub gazetteer: Option<PathBuf>,
    /// The folder holding spaCy's `en_lexeme_cluster.json` and `en_lexeme_prob.json`, to
    /// compile the word table from; written as `words.bin` beside the model. Without it, the
    /// `words.bin` already beside the model is used.
    pub words: Option<PathBuf>,
    pub out: PathBuf,
    pub options: TrainOptions,
}

/// Train and write the weights (and name lists) beside `out`; progress goes to `log`.
pub fn train_ner(args: &TrainArgs, log: &mut dyn FnMut(&str)) -> Result<(), NerError> {
    let started = Instant::now();
    let write = |path: &Path, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|source| NerError::Io {
            path: path.display().to_string(),
            source,
        })
    };
    let gaz_path = args.out.parent().unwrap_or(Path::new(".")).join("gazetteer.tsv");
    let gaz_text = match &args.gazetteer {
        Some(dir) => {
            let text = Gazetteer::compile(dir)?;
            write(&gaz_path, text.as_bytes())?;
            text
        }
        None => read_input(&gaz_path)?,
    };
    let words_path = args.out.parent().unwrap_or(Path::new(".")).join("words.bin");
    let words_bytes = match &args.words {
        Some(dir) => {
            let bytes = WordTable::compile(
                &read_input(&dir.join("en_lexeme_cluster.json"))?,
                &read_input(&dir.join("en_lexeme_prob.json"))?,
                WORDS_KEPT,
            )?;
            write(&words_path, &bytes)?;
            bytes
        }
        None => read_bytes(&words_path)?,
    };
    let words = Arc::new(WordTable::from_bytes(&words_bytes)?);
    let gaz = Gazetteer::parse(&gaz_text).with_words(words);
    let train_docs = conll::parse_documents(&read_input(&args.train)?, &args.train.display().to_string())?;
    let partial: Vec<bool> = match &args.docs {
        Some(p) => {
            let sources = doc_sources(&read_input(p)?, "train");
            if sources.len() != train_docs.len() {
                return Err(NerError::Mismatch(format!(
                    "{} lists {} train documents but {} has {}",
                    p.display(),
                    sources.len(),
                    args.train.display(),
                    train_docs.len()
                )));
            }
            sources
                .iter()
                .map(|s| SOURCES_WITHOUT_MISC.contains(&s.as_str()))
                .collect()
        }
        None => vec![false; train_docs.len()],
    };
    let dev_docs = match &args.dev {
        Some(p) => Some(conll::parse_documents(&read_input(p)?, &p.display().to_string())?),
        None => None,
    };
    log(&format!(
        "training on {} documents ({} without MISC annotation), {} epochs, 2^{} buckets",
        train_docs.len(),
        partial.iter().filter(|&&p| p).count(),
        args.options.epochs,
        args.options.bits
    ));
    let epoch_line = |r: &EpochReport| {
        let dev = r
            .dev
            .as_ref()
            .map(|s| format!(", dev F1 {:.4}", s.overall().f1()))
            .unwrap_or_default();
        if r.run == 0 {
            format!("runs combined{dev}")
        } else {
            format!(
                "run {} epoch {}: {} sentences, {} with mistakes, {:.1}s{dev}",
                r.run, r.epoch, r.sentences, r.mistakes, r.seconds
            )
        }
    };
    let tagger = train(
        &train_docs,
        &partial,
        dev_docs.as_deref(),
        gaz.clone(),
        &args.options,
        &mut |r| log(&epoch_line(r)),
    );
    let bytes = tagger.to_bytes();
    write(&args.out, &bytes)?;
    log(&format!(
        "wrote {} ({} bytes) in {:.1}s",
        args.out.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    ));
    let folds = args.options.stack_folds;
    if folds == 0 {
        let stale = second_path(&args.out);
        if stale.exists() {
            log(&format!(
                "note: {} is from an earlier run and does not go with these weights",
                stale.display()
            ));
        }
        return Ok(());
    }
    log(&format!(
        "second pass: first-pass labels from {folds} jackknifed models"
    ));
    let first = jackknife(&train_docs, &partial, &gaz, &args.options, folds, &mut |f| {
        log(&format!("fold {} of {folds} tagged", f + 1))
    });
    let dev_first: Option<Vec<_>> = dev_docs
        .as_ref()
        .map(|docs| docs.iter().map(|d| tagger.first_pass(&d.token_lists())).collect());
    let dev = dev_docs.as_deref().zip(dev_first.as_deref());
    let second = train_second(&train_docs, &partial, dev, gaz, &args.options, &first, &mut |r| {
        log(&epoch_line(r))
    });
    let bytes = second.to_bytes();
    let path = second_path(&args.out);
    write(&path, &bytes)?;
    log(&format!(
        "wrote {} ({} bytes) in {:.1}s",
        path.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

//! The `entities`, `train-ner` and `score-ner` subcommands: their options, one clap struct
//! each, and what they do with the library's tagger ([`parallax::ner`]).

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use clap::Args;

use parallax::ner::train::{
    EpochReport, SOURCES_WITHOUT_MISC, TrainOptions, doc_sources, jackknife, train, train_second,
};
use parallax::ner::words::WordTable;
use parallax::ner::{
    Gazetteer, NerError, Scores, Tagger, parse_documents, score_files, tag_conll, tag_conll_with,
};

// `parallax entities`.
#[derive(Args, Debug)]
pub struct EntitiesArgs {
    /// CoNLL file (first column the token; `-` reads stdin)
    #[arg(long)]
    conll: PathBuf,
    /// Tag with the rules and gazetteers alone (the baseline), not the trained tagger
    #[arg(long)]
    rules: bool,
    /// Weights written by train-ner (with gazetteer.tsv and words.bin beside them) instead
    /// of the embedded model
    #[arg(long, conflicts_with = "rules")]
    model: Option<PathBuf>,
}

impl EntitiesArgs {
    /// Print the tagged CoNLL text.
    pub fn run(&self) -> anyhow::Result<()> {
        let out = entities_conll(&self.conll, self.rules, self.model.as_deref())?;
        let mut stdout = io::stdout().lock();
        stdout.write_all(out.as_bytes())?;
        stdout.flush()?;
        Ok(())
    }
}

// `parallax train-ner`. Without --gazetteer, the `gazetteer.tsv` already beside --out is
// used; without --words, the `words.bin` already beside it.
#[derive(Args, Debug)]
pub struct TrainNerArgs {
    /// Annotated training data (`token TAG`, IOB2)
    #[arg(long)]
    train: PathBuf,
    /// Annotated development data, scored after every epoch (never trained on)
    #[arg(long)]
    dev: Option<PathBuf>,
    /// docs.tsv of the data: marks sources without MISC annotation
    #[arg(long)]
    docs: Option<PathBuf>,
    /// Gazetteer folder to compile the name lists from (written beside --out)
    #[arg(long)]
    gazetteer: Option<PathBuf>,
    /// Folder with spaCy's en_lexeme_cluster.json and en_lexeme_prob.json, to compile the
    /// word table from (written beside --out as words.bin)
    #[arg(long)]
    words: Option<PathBuf>,
    /// Where to write the weights
    #[arg(long, default_value = "assets/ner/model.bin")]
    out: PathBuf,
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// log2 of the number of feature buckets
    #[arg(long, default_value_t = TrainOptions::default().bits)]
    bits: u32,
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    seed: u64,
    /// Differently shuffled runs per pass whose weights are summed
    #[arg(long, default_value_t = TrainOptions::default().runs)]
    runs: usize,
    /// Jackknife folds for the second pass (0: train the first pass only)
    #[arg(long, default_value_t = TrainOptions::default().stack_folds)]
    stack_folds: usize,
}

impl TrainNerArgs {
    /// Train, with progress on stderr.
    pub fn run(&self) -> anyhow::Result<()> {
        train_ner(self, &mut |line| eprintln!("{line}"))?;
        Ok(())
    }

    fn options(&self) -> TrainOptions {
        TrainOptions {
            epochs: self.epochs,
            bits: self.bits,
            seed: self.seed,
            runs: self.runs,
            stack_folds: self.stack_folds,
            ..Default::default()
        }
    }
}

// `parallax score-ner`.
#[derive(Args, Debug)]
pub struct ScoreNerArgs {
    #[arg(long)]
    gold: PathBuf,
    #[arg(long)]
    pred: PathBuf,
}

impl ScoreNerArgs {
    /// Print the conlleval-style table.
    pub fn run(&self) -> anyhow::Result<()> {
        let scores = score_ner(&self.gold, &self.pred)?;
        print!("{scores}");
        Ok(())
    }
}

/// Read a file, or stdin for `-`.
fn read_input(path: &Path) -> Result<String, NerError> {
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
fn entities_conll(path: &Path, rules: bool, model: Option<&Path>) -> Result<String, NerError> {
    let text = read_input(path)?;
    Ok(if rules {
        tag_conll_with(&text, parallax::entities::rules_tag_document)
    } else if let Some(model) = model {
        tag_conll(&load_model(model)?, &text)
    } else {
        tag_conll(Tagger::embedded(), &text)
    })
}

/// Load a model written by `train-ner`: `model` and the files beside it (a missing
/// `second.bin` means a single pass).
fn load_model(model: &Path) -> Result<Tagger, NerError> {
    let dir = model.parent().unwrap_or(Path::new("."));
    let words = Arc::new(WordTable::from_bytes(&read_bytes(&dir.join("words.bin"))?)?);
    let gaz = Gazetteer::parse(&read_input(&dir.join("gazetteer.tsv"))?).with_words(words);
    let first = Tagger::from_bytes(&read_bytes(model)?, gaz.clone())?;
    let second = second_path(model);
    if !second.exists() {
        return Ok(first);
    }
    let pass = Tagger::from_bytes(&read_bytes(&second)?, gaz)?;
    first.with_checked_second_pass(pass).map_err(|e| {
        NerError::Mismatch(format!(
            "{} and {} do not go together: {e}; run train-ner again to write both, or move {} away to tag with the first pass alone",
            model.display(),
            second.display(),
            second.display()
        ))
    })
}

/// `parallax score-ner --gold G --pred P`: the conlleval-style table.
fn score_ner(gold: &Path, pred: &Path) -> Result<Scores, NerError> {
    let g = read_input(gold)?;
    let p = read_input(pred)?;
    score_files(&g, &gold.display().to_string(), &p, &pred.display().to_string())
}

/// Where the second pass's weights go: `second.bin` beside the first pass's.
fn second_path(out: &Path) -> PathBuf {
    out.parent().unwrap_or(Path::new(".")).join("second.bin")
}

/// Word forms kept in the word table: the most frequent 300,000 cover 96% of the development
/// data's tokens and 89% of its name tokens.
const WORDS_KEPT: usize = 300_000;

/// Write `bytes` to `path`, whole or not at all: a kill mid-write leaves the old file, never a
/// truncated one.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), NerError> {
    parallax::atomic::write(path, bytes).map_err(|source| NerError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// The name lists and the word table beside `out`: compiled from the sources `args` names
/// (and written there), or read as an earlier run wrote them.
fn name_lists(args: &TrainNerArgs) -> Result<Gazetteer, NerError> {
    let gaz_path = args.out.parent().unwrap_or(Path::new(".")).join("gazetteer.tsv");
    let gaz_text = match &args.gazetteer {
        Some(dir) => {
            let text = Gazetteer::compile(dir)?;
            write_file(&gaz_path, text.as_bytes())?;
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
            write_file(&words_path, &bytes)?;
            bytes
        }
        None => read_bytes(&words_path)?,
    };
    let words = Arc::new(WordTable::from_bytes(&words_bytes)?);
    Ok(Gazetteer::parse(&gaz_text).with_words(words))
}

/// For each of `n` training documents, whether its source leaves MISC unannotated (from the
/// `--docs` list; none without it).
fn partial_docs(args: &TrainNerArgs, n: usize) -> Result<Vec<bool>, NerError> {
    let Some(p) = &args.docs else {
        return Ok(vec![false; n]);
    };
    let sources = doc_sources(&read_input(p)?, "train");
    if sources.len() != n {
        return Err(NerError::Mismatch(format!(
            "{} lists {} train documents but {} has {}",
            p.display(),
            sources.len(),
            args.train.display(),
            n
        )));
    }
    Ok(sources
        .iter()
        .map(|s| SOURCES_WITHOUT_MISC.contains(&s.as_str()))
        .collect())
}

/// One line of progress for an epoch (or, as run 0, for the combined runs).
fn epoch_line(r: &EpochReport) -> String {
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
}

/// Train and write the weights (and name lists) beside `out`; progress goes to `log`.
fn train_ner(args: &TrainNerArgs, log: &mut dyn FnMut(&str)) -> Result<(), NerError> {
    let options = args.options();
    let started = Instant::now();
    let gaz = name_lists(args)?;
    let train_docs = parse_documents(&read_input(&args.train)?, &args.train.display().to_string())?;
    let partial = partial_docs(args, train_docs.len())?;
    let dev_docs = match &args.dev {
        Some(p) => Some(parse_documents(&read_input(p)?, &p.display().to_string())?),
        None => None,
    };
    log(&format!(
        "training on {} documents ({} without MISC annotation), {} epochs, 2^{} buckets",
        train_docs.len(),
        partial.iter().filter(|&&p| p).count(),
        options.epochs,
        options.bits
    ));
    let tagger = train(
        &train_docs,
        &partial,
        dev_docs.as_deref(),
        gaz.clone(),
        &options,
        &mut |r| log(&epoch_line(r)),
    );
    let bytes = tagger.to_bytes();
    write_file(&args.out, &bytes)?;
    log(&format!(
        "wrote {} ({} bytes, training {}) in {:.1}s",
        args.out.display(),
        bytes.len(),
        tagger.training_id().unwrap_or_default(),
        started.elapsed().as_secs_f64()
    ));
    let folds = options.stack_folds;
    if folds == 0 {
        let stale = second_path(&args.out);
        if stale.exists() {
            log(&format!(
                "note: {} is from an earlier training and does not go with these weights: `entities --model` refuses the pair until it is moved away",
                stale.display()
            ));
        }
        return Ok(());
    }
    log(&format!(
        "second pass: first-pass labels from {folds} jackknifed models"
    ));
    let first = jackknife(&train_docs, &partial, &gaz, &options, folds, &mut |f| {
        log(&format!("fold {} of {folds} tagged", f + 1))
    });
    let dev_first: Option<Vec<_>> = dev_docs
        .as_ref()
        .map(|docs| docs.iter().map(|d| tagger.first_pass(&d.token_lists())).collect());
    let dev = dev_docs.as_deref().zip(dev_first.as_deref());
    let second = train_second(&train_docs, &partial, dev, gaz, &options, &first, &mut |r| {
        log(&epoch_line(r))
    });
    let bytes = second.trained_with(&tagger).to_bytes();
    let path = second_path(&args.out);
    write_file(&path, &bytes)?;
    log(&format!(
        "wrote {} ({} bytes) in {:.1}s",
        path.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

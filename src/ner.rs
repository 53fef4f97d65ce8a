//! A trained sequence tagger for names (PER, LOC, ORG, MISC).
//!
//! An averaged structured perceptron over hashed features with Viterbi decoding on IOB2 tags
//! (an `I-X` may only follow `B-X` or `I-X`). The weights are trained from open, human-annotated
//! data by `parallax train-ner` (see [`train`]) and embedded from `assets/ner/model.bin`; the
//! attribution of that data ships beside them in `assets/ner/NOTICE.md`.
//!
//! Map of the module: [`tag`] holds the tags and the entities they spell, `hash` the hashes
//! everything is keyed by, `token` what one token looks like by itself, [`words`] word
//! classes and frequencies from a large unlabelled corpus, [`gazetteer`] known places,
//! demonyms and titles, [`stack`] the second pass's reading of the first pass's labels,
//! `history` what is remembered of the document being tagged, [`features`] turns tokens into
//! hashed feature ids (`features/sentence` reads what a whole sentence says first), [`decode`]
//! scores and runs Viterbi, [`model`] is the weights file (`rows` sums a token's weight rows),
//! [`conll`] reads and writes CoNLL text, [`score`] is a conlleval-style scorer, [`train`] trains
//! the weights, `post` tidies the tags with rules (`post/sentence` one sentence's,
//! `post/document` the whole document's), `hint` holds the memory hints (`hint` and `rows` are
//! the only modules allowed `unsafe`); this file tags whole documents.
//!
//! Which file imports which: a DAG, each file importing only files listed below it (tests
//! aside; `post` reaches `tag` through this file's re-exports).
//!
//! ```text
//! ner.rs      ─► any of them (Tagger::tag_document and the embedded model)
//! train       ─► conll decode features gazetteer hash history model score stack tag words
//! score       ─► conll error tag
//! conll       ─► error model tag
//! model       ─► decode error features gazetteer hash hint history rows tag token
//! post        ─► features gazetteer tag
//! decode      ─► features gazetteer history tag token
//! features    ─► gazetteer hash history token words
//! history     ─► hash stack token words
//! stack       ─► hash tag token
//! gazetteer   ─► error hash token words
//! token       ─► hash words
//! words       ─► error hash hint
//! rows        ─► tag
//! tag, error, hash, hint   (leaves: they import nothing from the tagger)
//! ```

pub mod conll;
pub mod decode;
mod error;
pub mod features;
pub mod gazetteer;
mod hash;
mod hint;
mod history;
pub mod model;
mod post;
mod rows;
pub mod score;
pub mod stack;
mod tag;
mod token;
pub mod train;
pub mod words;

use std::sync::OnceLock;

use history::History;

pub use conll::{ConllLine, Document, Sentence, parse_documents, read_conll, tag_conll, tag_conll_with};
pub use error::NerError;
pub use gazetteer::Gazetteer;
pub use model::Tagger;
pub use score::{Scores, TypeScore, score_files, score_sequences};
pub use tag::{Chunk, N_TAGS, NerType, Tag, chunks};
pub use train::{EpochReport, SOURCES_WITHOUT_MISC, TrainOptions, doc_sources, train};

static EMBEDDED_MODEL: &[u8] = include_bytes!("../assets/ner/model.bin");
static EMBEDDED_SECOND: &[u8] = include_bytes!("../assets/ner/second.bin");
static EMBEDDED_GAZETTEER: &str = include_str!("../assets/ner/gazetteer.tsv");
static EMBEDDED_WORDS: &[u8] = include_bytes!("../assets/ner/words.bin");

/// Buffers [`Tagger::tag_document`] reuses from document to document on a thread: the
/// decoder's and those of the sentences' prepared features. Allocating these afresh for every
/// sentence took about 8% of the tagging time.
#[derive(Default)]
struct Scratch {
    dec: decode::Decoder,
    spare: Vec<features::Prepared>,
}

impl Scratch {
    /// Hand the buffers back for the thread's next document; a decoder grown by a runaway
    /// sentence is let go rather than kept in memory.
    fn put_back(dec: decode::Decoder, spare: Vec<features::Prepared>) {
        let dec = if dec.is_small() {
            dec
        } else {
            decode::Decoder::default()
        };
        SCRATCH.with(|s| s.replace(Scratch { dec, spare }));
    }
}

/// Above this many tokens a document's features are extracted once a pass rather than kept
/// for both (see `tag_document_twice`): about 12 MB of them.
const KEEP_FEATURES_TOKENS: usize = 50_000;

/// Sentences' worth of buffers kept between documents (each of at most
/// `features::REUSE_TOKENS` tokens: a few MB in all).
const SPARE_SENTENCES: usize = 512;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

impl Tagger {
    /// The embedded model, loaded once (a few milliseconds: the weight tables are read where
    /// they lie in the binary; [`Tagger::promote`] copies them into huge pages for a large job).
    ///
    /// # Panics
    ///
    /// If the embedded model does not parse, which the `model_loads` test rules out.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Tagger::load_embedded()
                .expect("the embedded model is built by train-ner and checked by the model_loads test")
        })
    }

    /// Parse the embedded weights afresh (what [`Tagger::embedded`] does once; for measuring
    /// the load time).
    pub fn load_embedded() -> Result<Tagger, NerError> {
        let words = std::sync::Arc::new(words::WordTable::from_static(EMBEDDED_WORDS)?);
        let gaz = Gazetteer::parse(EMBEDDED_GAZETTEER).with_words(words);
        // The tables are read in place; the passes ship the same name lexicon, so the second
        // shares the lists the first one built.
        let first = Tagger::from_static(EMBEDDED_MODEL, gaz)?;
        let second = Tagger::from_static(EMBEDDED_SECOND, first.gaz.clone())?;
        Ok(first.with_second_pass(second))
    }

    /// Tag one sentence of tokens.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        let mut run = self.runner();
        let mut tags = run.tag_sentence(tokens, None);
        post::tidy(&self.gaz, tokens, &mut tags);
        tags
    }

    /// Tag the sentences of one document, in order: a name's earlier labels in the document are
    /// a feature for its later mentions (the surname after the full name, a headline in caps).
    /// With a second pass, that pass then reads the first one's labels of the whole document.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let mut tags = if self.shares_base() {
            self.tag_document_shared(sentences)
        } else {
            self.tag_document_plain(sentences)
        };
        for (tokens, tags) in sentences.iter().zip(tags.iter_mut()) {
            post::tidy(&self.gaz, tokens, tags);
        }
        post::companies_by_context(sentences, &mut tags);
        post::person_name_parts(&self.gaz, sentences, &mut tags);
        post::sports_teams(&self.gaz, sentences, &mut tags);
        post::propagate(sentences, &mut tags);
        tags
    }

    /// [`Tagger::tag_document`] that extracts each sentence's features once for both passes:
    /// all but those read from a pass's own labels are the same in both.
    fn tag_document_shared(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let Some(second) = self.second_pass() else {
            return self.first_pass(sentences);
        };
        let cases = History::for_document(self.gaz.words(), sentences.iter().map(Vec::as_slice));
        if sentences.iter().map(Vec::len).sum::<usize>() > KEEP_FEATURES_TOKENS {
            return self.tag_document_twice(second, sentences, cases);
        }
        let Scratch { mut dec, mut spare } = SCRATCH.with(|s| s.take());
        let scope = features::Scope::of(Some(&cases));
        let prepared: Vec<features::Prepared> = sentences
            .iter()
            .map(|s| {
                dec.ex.recycle(spare.pop().unwrap_or_default());
                dec.ex.prepare(&self.gaz, s, Some(&cases), scope);
                dec.ex.take_prepared()
            })
            .collect();
        let mut history = cases.clone();
        let mut first = Vec::with_capacity(sentences.len());
        for p in &prepared {
            dec.decode_prepared(self, p, Some(&history));
            history.record(p.infos(), &dec.path);
            first.push(dec.tags());
        }
        let lowers: Vec<Vec<u64>> = prepared
            .iter()
            .map(|p| p.infos().iter().map(|t| t.lower).collect())
            .collect();
        let quiet: Vec<Vec<bool>> = prepared
            .iter()
            .zip(&first)
            .map(|(p, tags)| model::quiet_tokens(p.infos(), tags))
            .collect();
        let mut history = cases.with_stack(stack::Stack::from_lowers(&lowers, first));
        let out = prepared
            .iter()
            .zip(&quiet)
            .map(|(p, quiet)| {
                dec.decode_prepared_fixed(second, p, Some(&history), quiet);
                history.record(p.infos(), &dec.path);
                dec.tags()
            })
            .collect();
        // Only ordinary sentences' buffers are kept: a runaway one would stay in memory.
        spare.extend(prepared.into_iter().filter(features::Prepared::is_small));
        spare.truncate(SPARE_SENTENCES);
        Scratch::put_back(dec, spare);
        out
    }

    /// [`Tagger::tag_document_shared`] for a long document: each sentence's features are
    /// extracted again for the second pass rather than kept from the first (about 250 bytes a
    /// token: 360 MB for a 7 MB article). The features, and so the tags, are the same.
    fn tag_document_twice(&self, second: &Tagger, sentences: &[Vec<&str>], cases: History) -> Vec<Vec<Tag>> {
        let Scratch { mut dec, mut spare } = SCRATCH.with(|s| s.take());
        let mut p = spare.pop().unwrap_or_default();
        let scope = features::Scope::of(Some(&cases));
        let prepare = |dec: &mut decode::Decoder, p: features::Prepared, s: &Vec<&str>, cases: &History| {
            dec.ex.recycle(p);
            dec.ex.prepare(&self.gaz, s, Some(cases), scope);
            dec.ex.take_prepared()
        };
        let mut history = cases.clone();
        let mut first = Vec::with_capacity(sentences.len());
        let mut lowers = Vec::with_capacity(sentences.len());
        let mut quiet = Vec::with_capacity(sentences.len());
        for s in sentences {
            p = prepare(&mut dec, p, s, &cases);
            dec.decode_prepared(self, &p, Some(&history));
            history.record(p.infos(), &dec.path);
            let t = dec.tags();
            lowers.push(p.infos().iter().map(|t| t.lower).collect::<Vec<u64>>());
            quiet.push(model::quiet_tokens(p.infos(), &t));
            first.push(t);
        }
        let cases0 = cases.clone();
        let mut history = cases.with_stack(stack::Stack::from_lowers(&lowers, first));
        drop(lowers);
        let out = sentences
            .iter()
            .zip(&quiet)
            .map(|(s, quiet)| {
                p = prepare(&mut dec, std::mem::take(&mut p), s, &cases0);
                dec.decode_prepared_fixed(second, &p, Some(&history), quiet);
                history.record(p.infos(), &dec.path);
                dec.tags()
            })
            .collect();
        if p.is_small() {
            spare.push(p);
        }
        Scratch::put_back(dec, spare);
        out
    }

    /// [`Tagger::tag_document`] pass by pass, each extracting its features afresh.
    pub(crate) fn tag_document_plain(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let first = self.first_pass(sentences);
        let Some(second) = self.second_pass() else {
            return first;
        };
        let mut run = second.runner();
        let mut history = History::for_document(second.gaz.words(), sentences.iter().map(Vec::as_slice))
            .with_stack(stack::Stack::new(sentences, first.clone()));
        sentences
            .iter()
            .zip(&first)
            .map(|(s, first)| run.tag_sentence_after(s, &mut history, first))
            .collect()
    }

    /// Tag each document as a unit ([`Tagger::tag_document`]) and score the tags against the
    /// documents' own, as `score-ner` does.
    pub fn score_documents(&self, docs: &[Document]) -> Scores {
        // Scoring tags whole corpora: worth the tables' copy into huge pages.
        self.promote();
        let (mut gold, mut pred) = (Vec::new(), Vec::new());
        for d in docs {
            pred.extend(self.tag_document(&d.token_lists()));
            gold.extend(d.sentences.iter().map(|s| s.tags.clone()));
        }
        score_sequences(&gold, &pred)
    }

    /// The first pass alone over a document.
    pub fn first_pass(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let mut run = self.runner();
        let mut history = History::for_document(self.gaz.words(), sentences.iter().map(Vec::as_slice));
        sentences
            .iter()
            .map(|s| run.tag_sentence(s, Some(&mut history)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_word_table_knows_common_forms() {
        use hash::{hash_word, key_of};
        let words = Tagger::embedded().gaz.words();
        assert!(words.len() > 100_000, "{}", words.len());
        let get = |w: &str| words.get(key_of(hash_word(w)));
        let (the, paris) = (get("the").expect("the"), get("Paris").expect("Paris"));
        assert!(the.freq < paris.freq, "'the' is more frequent than 'Paris'");
        assert_ne!(paris.cluster, 0);
        assert_eq!(get("Qzxvbnq"), None);
        // Cased forms are told apart: "Apple" the company, "apple" the fruit.
        assert_ne!(get("Apple").map(|i| i.cluster), get("apple").map(|i| i.cluster));
    }

    #[test]
    fn shared_features_tag_as_the_plain_passes() {
        let t = Tagger::embedded();
        assert!(t.shares_base(), "both shipped passes use the same name lists");
        let docs = [
            "Prime Minister Sanae Takaichi met President Lee Jae-myung in Nara .\n\
             Takaichi said the talks with Lee went well .\n\
             TAKAICHI AND LEE AGREE ON TRADE\n\
             The Bank of England and Wedbush Securities were not consulted .",
            "Officials said the talks in the city went on with Lee into the night .\n\
             Émile Zola wrote in Paris for L'Aurore .\n\
             Zola 's letter , \" J'accuse \" , shook France .\n\
             The French government under Félix Faure did not answer Zola .",
            "Apple said on Monday that its iPhone sales in China fell 3.5 % .\n\
             Shares of Apple fell in New York ; Samsung Electronics rose in Seoul .\n\
             \n\
             Analysts at Goldman Sachs expect Apple to recover .",
        ];
        for text in docs {
            let doc: Vec<Vec<&str>> = text.lines().map(|l| l.split_whitespace().collect()).collect();
            assert_eq!(t.tag_document_shared(&doc), t.tag_document_plain(&doc), "{text}");
        }
    }
}

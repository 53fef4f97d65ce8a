//! A trained sequence tagger for names (PER, LOC, ORG, MISC).
//!
//! An averaged structured perceptron over hashed features with Viterbi decoding on IOB2 tags
//! (an `I-X` may only follow `B-X` or `I-X`). The weights are trained from open, human-annotated
//! data by `parallax train-ner` (see [`train`]) and embedded from `assets/ner/model.bin`; the
//! attribution of that data ships beside them in `assets/ner/NOTICE.md`.
//!
//! Map of the module: [`features`] turns tokens into hashed feature ids, [`gazetteer`] marks
//! known places, demonyms and titles, [`decode`] scores and runs Viterbi, [`model`] is the
//! weights file, [`conll`] reads and writes CoNLL text, [`score`] is a conlleval-style scorer,
//! [`words`] holds word classes and frequencies from a large unlabelled corpus.

pub mod cli;
pub mod conll;
pub mod decode;
pub mod features;
pub mod gazetteer;
pub mod model;
mod post;
pub mod score;
pub mod stack;
pub mod train;
pub mod words;

use std::fmt;
use std::sync::OnceLock;

use thiserror::Error;

pub use conll::{ConllLine, Document, Sentence, parse_documents, read_conll, tag_conll, tag_conll_with};
pub use gazetteer::Gazetteer;
pub use model::Tagger;
pub use score::{Scores, TypeScore, score_files, score_sequences};
pub use train::{EpochReport, SOURCES_WITHOUT_MISC, TrainOptions, doc_sources, train};

/// A CoNLL entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerType {
    Per,
    Loc,
    Org,
    Misc,
}

impl NerType {
    pub const ALL: [NerType; 4] = [NerType::Per, NerType::Loc, NerType::Org, NerType::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            NerType::Per => "PER",
            NerType::Loc => "LOC",
            NerType::Org => "ORG",
            NerType::Misc => "MISC",
        }
    }

    fn index(self) -> usize {
        match self {
            NerType::Per => 0,
            NerType::Loc => 1,
            NerType::Org => 2,
            NerType::Misc => 3,
        }
    }

    fn parse(s: &str) -> Option<NerType> {
        match s {
            "PER" => Some(NerType::Per),
            "LOC" => Some(NerType::Loc),
            "ORG" => Some(NerType::Org),
            "MISC" => Some(NerType::Misc),
            _ => None,
        }
    }
}

/// An IOB2 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(NerType),
    I(NerType),
}

/// Number of IOB2 tags: O plus B/I for each of the four types.
pub const N_TAGS: usize = 9;

impl Tag {
    /// Dense index used by the model: O = 0, then B-X = 1 + 2k, I-X = 2 + 2k.
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(t) => 1 + 2 * t.index(),
            Tag::I(t) => 2 + 2 * t.index(),
        }
    }

    /// Inverse of [`Tag::index`]; indices past the last tag read as `O`.
    pub fn from_index(i: usize) -> Tag {
        if i == 0 || i >= N_TAGS {
            return Tag::O;
        }
        let t = NerType::ALL[(i - 1) / 2];
        if i % 2 == 1 { Tag::B(t) } else { Tag::I(t) }
    }

    /// Parse `O`, `B-PER`, `I-LOC`, … (IOB1/IOB2 spelling).
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (prefix, ty) = s.split_once('-')?;
        let ty = NerType::parse(ty)?;
        match prefix {
            "B" => Some(Tag::B(ty)),
            "I" => Some(Tag::I(ty)),
            _ => None,
        }
    }

    pub fn entity_type(self) -> Option<NerType> {
        match self {
            Tag::O => None,
            Tag::B(t) | Tag::I(t) => Some(t),
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(t) => write!(f, "B-{}", t.as_str()),
            Tag::I(t) => write!(f, "I-{}", t.as_str()),
        }
    }
}

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

/// Sentences' worth of buffers kept between documents (each of at most
/// `features::REUSE_TOKENS` tokens: a few MB in all).
const SPARE_SENTENCES: usize = 512;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

impl Tagger {
    /// The embedded model, loaded once (a few milliseconds: the weights are copied out of the
    /// binary into an aligned table).
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
        let words = std::sync::Arc::new(words::WordTable::from_bytes(EMBEDDED_WORDS)?);
        let gaz = Gazetteer::parse(EMBEDDED_GAZETTEER).with_words(words);
        // The two tables decode side by side: half the wait on a machine with two cores.
        let second_gaz = gaz.clone();
        let (first, second) = std::thread::scope(|s| {
            let second = s.spawn(move || Tagger::from_bytes(EMBEDDED_SECOND, second_gaz));
            let first = Tagger::from_bytes(EMBEDDED_MODEL, gaz);
            let second = second
                .join()
                .unwrap_or_else(|_| Err(NerError::Model("decoding the second pass panicked".into())));
            (first, second)
        });
        Ok(first?.with_second_pass(second?))
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
        let cases = decode::History::for_document(self.gaz.words(), sentences.iter().map(Vec::as_slice));
        let Scratch { mut dec, mut spare } = SCRATCH.with(|s| s.take());
        let prepared: Vec<features::Prepared> = sentences
            .iter()
            .map(|s| {
                dec.ex.recycle(spare.pop().unwrap_or_default());
                dec.ex.prepare(&self.gaz, s, Some(&cases));
                dec.ex.take_prepared()
            })
            .collect();
        let tags = |dec: &decode::Decoder| -> Vec<Tag> {
            dec.path.iter().map(|&i| Tag::from_index(i as usize)).collect()
        };
        let mut history = cases.clone();
        let mut first = Vec::with_capacity(sentences.len());
        for p in &prepared {
            dec.decode_prepared(self, p, Some(&history));
            history.record(p.infos(), &dec.path);
            first.push(tags(&dec));
        }
        let lowers: Vec<Vec<u64>> = prepared
            .iter()
            .map(|p| p.infos().iter().map(|t| t.lower).collect())
            .collect();
        let quiet: Vec<Vec<bool>> = prepared
            .iter()
            .zip(&first)
            .map(|(p, tags)| quiet_tokens(p.infos(), tags))
            .collect();
        let mut history = cases.with_stack(stack::Stack::from_lowers(&lowers, first));
        let out = prepared
            .iter()
            .zip(&quiet)
            .map(|(p, quiet)| {
                dec.decode_prepared_fixed(second, p, Some(&history), quiet);
                history.record(p.infos(), &dec.path);
                tags(&dec)
            })
            .collect();
        // Only ordinary sentences' buffers are kept: a runaway one would stay in memory.
        spare.extend(prepared.into_iter().filter(features::Prepared::is_small));
        spare.truncate(SPARE_SENTENCES);
        let dec = if dec.is_small() {
            dec
        } else {
            decode::Decoder::default()
        };
        SCRATCH.with(|s| s.replace(Scratch { dec, spare }));
        out
    }

    /// [`Tagger::tag_document`] pass by pass, each extracting its features afresh.
    pub(crate) fn tag_document_plain(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let first = self.first_pass(sentences);
        let Some(second) = self.second_pass() else {
            return first;
        };
        let mut run = second.runner();
        let mut history =
            decode::History::for_document(second.gaz.words(), sentences.iter().map(Vec::as_slice))
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
        let mut history =
            decode::History::for_document(self.gaz.words(), sentences.iter().map(Vec::as_slice));
        sentences
            .iter()
            .map(|s| run.tag_sentence(s, Some(&mut history)))
            .collect()
    }
}

/// Tokens the second pass leaves `O` without scoring them: the first pass found no name at
/// them or beside them, and none of the three is capitalised. On dev.conll this changes 6 of
/// 51,006 tags (F1 0.7841 → 0.7844) and makes `tag_document` 4–5% faster: most of a sentence
/// is lower-case words far from any name.
fn quiet_tokens(infos: &[features::TokInfo], first: &[Tag]) -> Vec<bool> {
    let plain: Vec<bool> = infos
        .iter()
        .map(|i| {
            matches!(
                features::case_of(i.case),
                features::Case::Lower | features::Case::NoLetters
            )
        })
        .collect();
    quiet_of(&plain, first)
}

/// [`quiet_tokens`] from whether each token is lower case or has no letters.
fn quiet_of(plain: &[bool], first: &[Tag]) -> Vec<bool> {
    let calm: Vec<bool> = plain.iter().zip(first).map(|(&p, &t)| p && t == Tag::O).collect();
    (0..calm.len())
        .map(|k| {
            calm[k.saturating_sub(1)..(k + 2).min(calm.len())]
                .iter()
                .all(|&c| c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_pass_scores_every_token_near_a_capital_or_a_name() {
        // "the talks in nara , said officials"; Nara tagged O by the first pass but written
        // in lower case here, and "talks" tagged as a name.
        let plain = [true, true, true, true, true, true, true];
        let o = Tag::O;
        let first = [o, Tag::from_index(7), o, o, o, o, o];
        assert_eq!(
            quiet_of(&plain, &first),
            [false, false, false, true, true, true, true]
        );
        let mut capital = plain;
        capital[4] = false;
        assert_eq!(
            quiet_of(&capital, &[o; 7]),
            [true, true, true, false, false, false, true]
        );
        assert_eq!(quiet_of(&[], &[]), Vec::<bool>::new());
        assert_eq!(quiet_of(&[true], &[o]), [true]);
    }

    #[test]
    fn the_shipped_word_table_knows_common_forms() {
        use features::hash_word;
        use words::key_of;
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
            "Émile Zola wrote in Paris for L'Aurore .\n\
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

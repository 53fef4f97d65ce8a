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

/// What the tagger's raw labels still get wrong in patterns no training sentence outweighs:
/// months and places in datelines, companies by their legal suffix, peoples' names.
fn tidy(gaz: &gazetteer::Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
    untag_dates(tokens, tags);
    type_companies(tokens, tags);
    place_datelines(tokens, tags);
    demonyms_are_misc(gaz, tokens, tags);
}

/// A line that opens with a place in capitals and then a date, a news agency in brackets or
/// a dash into the story is a dateline, and the capitals are a place: "AL-AIN, United Arab
/// Emirates 1996-12-06", "SEOUL, Jan. 13 (Yonhap)", "WASHINGTON (Reuters) -", "NARA — Prime
/// Minister …". The tagger knows the big cities; a small town there came out MISC.
fn place_datelines(tokens: &[&str], tags: &mut [Tag]) {
    let caps =
        |t: &str| t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.chars().any(char::is_lowercase);
    let run = tokens.iter().take(4).take_while(|t| caps(t)).count();
    if run == 0 || run >= tokens.len() || run > tags.len() {
        return;
    }
    let day = tokens[0].trim_end_matches('.');
    if crate::dates::is_weekday_name(day) || crate::dates::is_month_name(day) {
        return;
    }
    let is_date = |t: &str| {
        crate::dates::is_month_name(t.trim_end_matches('.'))
            || (t.len() == 10
                && t.bytes().enumerate().all(|(k, b)| {
                    if k == 4 || k == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                }))
    };
    let capitalised =
        |t: Option<&&str>| t.is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase) && !caps(t));
    let next = tokens[run];
    let dateline = is_date(next)
        || (next == "("
            && capitalised(tokens.get(run + 1))
            && tokens.iter().skip(run + 2).take(3).any(|t| *t == ")"))
        || (next == ","
            && tokens
                .get(run + 1)
                .is_some_and(|t| is_date(t) || matches!(tags.get(run + 1), Some(Tag::B(NerType::Loc)))))
        // A dash also follows "BREAKING" or "EXCLUSIVE": only a run the tagger took for a
        // name is a place there.
        || (matches!(next, "—" | "–") && capitalised(tokens.get(run + 1)) && tags[0] != Tag::O);
    if dateline {
        tags[0] = Tag::B(NerType::Loc);
        tags[1..run].fill(Tag::I(NerType::Loc));
        if let Some(t) = tags.get_mut(run)
            && matches!(t, Tag::I(_))
        {
            *t = Tag::O;
        }
    }
}

/// A word that opens a sentence, where a capital says nothing, and that the tagger left out
/// there but took for a one-word name elsewhere in the document, is that name there too,
/// unless the document also writes it in lower case ("Amazon said on Monday …" before "the
/// cuts at Amazon"). A capital after it (the start of a longer name) leaves it alone.
fn propagate(sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    let capital = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    // One-word names by their exact form (a tenth of the tokens or fewer), sorted to be
    // looked up: cheaper than hashing them for the few documents that need it.
    let mut named: Vec<(&str, usize)> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter()) {
        for (i, (&t, &tag)) in toks.iter().zip(tags.iter()).enumerate() {
            if let Tag::B(ty) = tag
                && !matches!(tags.get(i + 1), Some(Tag::I(_)))
            {
                named.push((t, ty.index()));
            }
        }
    }
    if named.is_empty() {
        return;
    }
    named.sort_unstable();
    let mut found: Vec<(usize, usize, NerType)> = Vec::new();
    for (s, (toks, tags)) in sentences.iter().zip(tags.iter()).enumerate() {
        let Some(i) = toks.iter().position(|t| !features::is_opener(t)) else {
            continue;
        };
        let t = toks[i];
        if tags.get(i) != Some(&Tag::O)
            || t.chars().count() < 2
            || !capital(t)
            || toks.get(i + 1).is_some_and(|n| capital(n))
        {
            continue;
        }
        let from = named.partition_point(|&(w, _)| w < t);
        let mut counts = [0u32; 4];
        for &(_, k) in named[from..].iter().take_while(|&&(w, _)| w == t) {
            counts[k] += 1;
        }
        if let Some(k) = (0..4).filter(|&k| counts[k] > 0).max_by_key(|&k| counts[k]) {
            found.push((s, i, NerType::ALL[k]));
        }
    }
    if found.is_empty() {
        return;
    }
    // The forms the document also writes in lower case, looked up once for all found words.
    let wanted: std::collections::HashSet<String> = found
        .iter()
        .map(|&(s, i, _)| sentences[s][i].to_lowercase())
        .collect();
    let lower: std::collections::HashSet<String> = sentences
        .iter()
        .flatten()
        .filter(|t| t.chars().next().is_some_and(char::is_lowercase))
        .map(|t| t.to_lowercase())
        .filter(|t| wanted.contains(t))
        .collect();
    for (s, i, ty) in found {
        if !lower.contains(&sentences[s][i].to_lowercase()) {
            tags[s][i] = Tag::B(ty);
        }
    }
}

/// A name that is exactly a people's name from the lists ("North Korean", "Japanese") and
/// nothing else there is MISC, whatever type the tagger gave it ("North Korean leader Kim
/// Jong Un" made it a place).
fn demonyms_are_misc(gaz: &gazetteer::Gazetteer, tokens: &[&str], tags: &mut [Tag]) {
    let n = tags.len().min(tokens.len());
    let mut i = 0;
    while i < n {
        let Tag::B(ty) = tags[i] else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < n && tags[end] == Tag::I(ty) {
            end += 1;
        }
        if ty != NerType::Misc && gaz.kinds_of(&tokens[i..end]) == gazetteer::Kind::Demonym.bit() {
            tags[i] = Tag::B(NerType::Misc);
            tags[i + 1..end].fill(Tag::I(NerType::Misc));
        }
        i = end;
    }
}

/// Nouns only a company has, read right after a name or its possessive ("Shell's profit",
/// "Shell shareholders", "Alphabet's chief executive").
const COMPANY_NOUNS: &[&str] = &[
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "shareholders",
    "subsidiary",
    "subsidiaries",
    "headquarters",
    "ceo",
];

/// A one-word name the tagger made a person but that has a company's profit, shareholders or
/// chief executive is an organisation, in every one-word mention of the document. The training
/// text has little business news, and the tagger took "Shell" for a person.
fn companies_by_context(sentences: &[Vec<&str>], tags: &mut [Vec<Tag>]) {
    let per = Tag::B(NerType::Per);
    let alone = |tags: &[Tag], i: usize| tags[i] == per && !matches!(tags.get(i + 1), Some(Tag::I(_)));
    let mut companies: Vec<&str> = Vec::new();
    for (toks, tags) in sentences.iter().zip(tags.iter()) {
        for i in 0..toks.len().min(tags.len()) {
            if !alone(tags, i) {
                continue;
            }
            let k = if matches!(toks.get(i + 1), Some(&("'s" | "’s"))) {
                i + 2
            } else {
                i + 1
            };
            let noun = toks
                .get(k)
                .is_some_and(|w| COMPANY_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)));
            let chief = toks.get(k) == Some(&"chief") && toks.get(k + 1) == Some(&"executive");
            if noun || chief {
                companies.push(toks[i]);
            }
        }
    }
    if companies.is_empty() {
        return;
    }
    for (toks, tags) in sentences.iter().zip(tags.iter_mut()) {
        for i in 0..toks.len().min(tags.len()) {
            if alone(tags, i) && companies.contains(&toks[i]) {
                tags[i] = Tag::B(NerType::Org);
            }
        }
    }
}

/// Legal forms that end only a company's name ("Dai Nippon Printing Co.", "Eberhard Faber
/// GmbH"), compared without case or a final period.
const COMPANY_SUFFIXES: &[&str] = &["co", "corp", "inc", "ltd", "llc", "plc", "gmbh"];

/// A name of two or more words that ends in a company's legal form is an organisation,
/// whatever type the tagger gave it.
fn type_companies(tokens: &[&str], tags: &mut [Tag]) {
    let n = tags.len().min(tokens.len());
    let mut i = 0;
    while i < n {
        let Tag::B(ty) = tags[i] else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < n && tags[end] == Tag::I(ty) {
            end += 1;
        }
        let last = tokens[end - 1].trim_end_matches('.');
        if ty != NerType::Org && end > i + 1 && COMPANY_SUFFIXES.iter().any(|s| last.eq_ignore_ascii_case(s))
        {
            tags[i] = Tag::B(NerType::Org);
            tags[i + 1..end].fill(Tag::I(NerType::Org));
        }
        i = end;
    }
}

/// A one-word "name" that is a month next to a day's number ("Jan. 14", "March 3", "14 May")
/// is a date. Datelines ("NARA, Jan. 14 (Jiji Press)") put month abbreviations where the
/// training data has almost none, and the tagger took "Jan" for a place.
fn untag_dates(tokens: &[&str], tags: &mut [Tag]) {
    let day = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .is_some_and(|t| (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
    };
    for i in 0..tags.len().min(tokens.len()) {
        let single = matches!(tags[i], Tag::B(_)) && !matches!(tags.get(i + 1), Some(Tag::I(_)));
        if !single || !crate::dates::is_month_name(tokens[i]) {
            continue;
        }
        let after = if tokens.get(i + 1) == Some(&".") {
            i + 2
        } else {
            i + 1
        };
        if day(Some(after)) || day(i.checked_sub(1)) {
            tags[i] = Tag::O;
        }
    }
}

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
        tidy(&self.gaz, tokens, &mut tags);
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
            tidy(&self.gaz, tokens, tags);
        }
        companies_by_context(sentences, &mut tags);
        propagate(sentences, &mut tags);
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
        let mut history = cases.with_stack(stack::Stack::from_lowers(&lowers, first));
        let out = prepared
            .iter()
            .map(|p| {
                dec.decode_prepared(second, p, Some(&history));
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
                .with_stack(stack::Stack::new(sentences, first));
        sentences
            .iter()
            .map(|s| run.tag_sentence(s, Some(&mut history)))
            .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_month_beside_a_day_is_no_name() {
        let per = Tag::B(NerType::Per);
        let loc = Tag::B(NerType::Loc);
        let cases: [(&[&str], Vec<Tag>, Vec<Tag>); 4] = [
            (
                &["NARA", ",", "Jan", ".", "14"],
                vec![loc, Tag::O, loc, Tag::O, Tag::O],
                vec![loc, Tag::O, Tag::O, Tag::O, Tag::O],
            ),
            (
                &["on", "14", "May", "2026"],
                vec![Tag::O, Tag::O, loc, Tag::O],
                vec![Tag::O; 4],
            ),
            // A person named May, and a month with no day beside it, keep their tags.
            (
                &["Theresa", "May", "said"],
                vec![per, Tag::I(NerType::Per), Tag::O],
                vec![per, Tag::I(NerType::Per), Tag::O],
            ),
            (
                &["May", "spoke", "in", "2019"],
                vec![per, Tag::O, Tag::O, Tag::O],
                vec![per, Tag::O, Tag::O, Tag::O],
            ),
        ];
        for (tokens, mut tags, want) in cases {
            untag_dates(tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn company_suffix_makes_an_organisation() {
        use NerType::{Misc, Org, Per};
        let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
            (
                &["Dai", "Nippon", "Printing", "Co.", "said"],
                vec![Tag::B(Misc), Tag::I(Misc), Tag::I(Misc), Tag::I(Misc), Tag::O],
                vec![Tag::B(Org), Tag::I(Org), Tag::I(Org), Tag::I(Org), Tag::O],
            ),
            (
                &["Eberhard", "Faber", "GmbH"],
                vec![Tag::B(Per), Tag::I(Per), Tag::I(Per)],
                vec![Tag::B(Org), Tag::I(Org), Tag::I(Org)],
            ),
            // The suffix alone, or after the name rather than inside it, changes nothing.
            (
                &["Inc.", "reported"],
                vec![Tag::B(Misc), Tag::O],
                vec![Tag::B(Misc), Tag::O],
            ),
            (
                &["John", "Smith", "Ltd", "."],
                vec![Tag::B(Per), Tag::I(Per), Tag::O, Tag::O],
                vec![Tag::B(Per), Tag::I(Per), Tag::O, Tag::O],
            ),
        ];
        for (tokens, mut tags, want) in cases {
            tidy(&gazetteer::Gazetteer::default(), tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn datelines_open_with_a_place() {
        use NerType::{Loc, Misc};
        let o = Tag::O;
        let cases: Vec<(&[&str], Vec<Tag>, Vec<Tag>)> = vec![
            (
                &["AL-AIN", ",", "United", "Arab", "Emirates", "1996-12-06"],
                vec![Tag::B(Misc), o, Tag::B(Loc), Tag::I(Loc), Tag::I(Loc), o],
                vec![Tag::B(Loc), o, Tag::B(Loc), Tag::I(Loc), Tag::I(Loc), o],
            ),
            (
                &["PORT", "MORESBY", "(", "Jiji", "Press", ")", "-"],
                vec![o; 7],
                vec![Tag::B(Loc), Tag::I(Loc), o, o, o, o, o],
            ),
            (
                &["UBE", ",", "Jan.", "13"],
                vec![o; 4],
                vec![Tag::B(Loc), o, o, o],
            ),
            // A headline, a label before a dash and a weekday are no places.
            (
                &["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"],
                vec![o, o, Tag::B(Loc), o, o, o],
                vec![o, o, Tag::B(Loc), o, o, o],
            ),
            (&["BREAKING", "—", "Police", "say"], vec![o; 4], vec![o; 4]),
            (&["MONDAY", ",", "Jan.", "13"], vec![o; 4], vec![o; 4]),
        ];
        for (tokens, mut tags, want) in cases {
            place_datelines(tokens, &mut tags);
            assert_eq!(tags, want, "{tokens:?}");
        }
    }

    #[test]
    fn peoples_names_are_misc() {
        let gaz =
            gazetteer::Gazetteer::parse("demonym\tNorth Korean\ndemonym\tKorean\ncountry\tNorth Korea\n");
        let (loc, iloc) = (Tag::B(NerType::Loc), Tag::I(NerType::Loc));
        let mut tags = vec![loc, iloc, Tag::O, loc, iloc];
        demonyms_are_misc(&gaz, &["North", "Korean", "leader", "North", "Korea"], &mut tags);
        let misc = [Tag::B(NerType::Misc), Tag::I(NerType::Misc)];
        assert_eq!(tags, vec![misc[0], misc[1], Tag::O, loc, iloc]);
    }

    #[test]
    fn a_person_with_a_profit_is_a_company() {
        let (per, org) = (Tag::B(NerType::Per), Tag::B(NerType::Org));
        let sentences = vec![
            vec!["Shell", "'s", "profit", "rose"],
            vec!["analysts", "expected", "Shell", "to", "report"],
            vec!["Musk", "'s", "shares", "and", "Shell", "Oil"],
        ];
        let mut tags = vec![
            vec![per, Tag::O, Tag::O, Tag::O],
            vec![Tag::O, Tag::O, per, Tag::O, Tag::O],
            vec![per, Tag::O, Tag::O, Tag::O, per, Tag::I(NerType::Per)],
        ];
        companies_by_context(&sentences, &mut tags);
        assert_eq!(tags[0][0], org);
        assert_eq!(tags[1][2], org, "every one-word mention");
        // A person's shares stay a person's; a longer name is left alone.
        assert_eq!(tags[2][0], per);
        assert_eq!(tags[2][4], per);
    }

    #[test]
    fn sentence_starts_take_the_documents_label() {
        let org = Tag::B(NerType::Org);
        let doc = |a: &[&'static str], b: &[&'static str]| vec![a.to_vec(), b.to_vec()];
        // "Amazon" opens a sentence where the tagger missed it; later it is an organisation.
        let sentences = doc(&["Amazon", "said", "so"], &["cuts", "at", "Amazon", "."]);
        let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, Tag::O, org, Tag::O]];
        propagate(&sentences, &mut tags);
        assert_eq!(tags[0][0], org);
        // Not when the document also writes the word in lower case ("Apple" and "apple"),
        // nor when a capital follows (the start of a longer name the tagger did not see).
        let sentences = doc(&["Apple", "pie", "and"], &["an", "apple", "from", "Apple"]);
        let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, Tag::O, Tag::O, org]];
        propagate(&sentences, &mut tags);
        assert_eq!(tags[0][0], Tag::O);
        let sentences = doc(&["Amazon", "Web", "Services"], &["at", "Amazon"]);
        let mut tags = vec![vec![Tag::O; 3], vec![Tag::O, org]];
        propagate(&sentences, &mut tags);
        assert_eq!(tags[0], vec![Tag::O; 3]);
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

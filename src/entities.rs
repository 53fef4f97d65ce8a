//! Entities: people, places, organisations and other names, with aliases merged across the briefing.
//!
//! One pipeline with two front ends. [`recognise`] reads a briefing: a first pass gathers what the
//! whole briefing says about each word ([`context`]), then each sentence's tokens become units
//! (hyphenated pairs of known names split: "Takaichi-Lee", "Japan-China"), the tagger tags them,
//! [`candidates`] finds names with the evidence for their kind, [`links`] finds names the text
//! equates, and [`resolve`] merges aliases across sources. [`rules_tag`] runs the same candidate
//! stage on one tokenised sentence, without the tagger, and writes IOB2 tags, so the rules alone
//! can be scored on CoNLL data.

mod boilerplate;
mod candidates;
mod context;
pub mod cues;
pub mod fold;
pub mod gazetteer;
mod links;
mod lists;
mod resolve;

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use serde::Serialize;

use crate::compact::clamp_u32;
use crate::ingest::Briefing;
use crate::ner::{NerType, Tag, Tagger};
use crate::text::{Sentence, word_set};
use context::Context;
use gazetteer::Scale;
use resolve::{Found, Link, Names};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organisation,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
            EntityKind::Other => "other",
        }
    }
}

/// One place where a source names an entity.
///
/// Held as `u32`s, half the size of a `usize` and a range: a briefing of 10,000 sources has about
/// a million mentions, held from the entities' making to the end (a source's text is at most
/// 64 MiB, so its offsets fit). Ordered by source, then span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    source: u32,
    start: u32,
    end: u32,
}

impl Mention {
    /// Source `source` (its index in `Briefing::sources`) names an entity at `span`, a byte span
    /// into its text. (Indices past `u32::MAX`, which no briefing reaches, are clamped.)
    pub fn new(source: usize, span: Range<usize>) -> Mention {
        Mention {
            source: clamp_u32(source),
            start: clamp_u32(span.start),
            end: clamp_u32(span.end),
        }
    }

    /// Index into `Briefing::sources`.
    pub fn source(&self) -> usize {
        self.source as usize
    }

    /// Byte span into that source's text.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A person, place, organisation or other name, merged across all sources.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Stable id within one analysis: `e1`, `e2`, …
    pub id: String,
    /// Canonical name: the fullest common form.
    pub name: String,
    pub kind: EntityKind,
    /// Other surface forms seen for it (not including `name`).
    pub aliases: Vec<String>,
    /// Mentions in source order, then text order.
    pub mentions: Vec<Mention>,
}

/// Sources observed together for the [`Context`] before the parts are added up.
const CONTEXT_SHARE: usize = 128;

/// Sources whose names are found side by side before they join the briefing's list.
const NAMES_BATCH: usize = 256;

/// Find and merge the entities of a briefing. `sentences[i]` are the sentences of
/// `briefing.sources[i]` (from [`crate::text::sentences`]).
pub fn recognise(briefing: &Briefing, sentences: &[Vec<Sentence>]) -> Vec<Entity> {
    let tagger = Tagger::embedded();
    if briefing.sources.iter().map(|s| s.text.len()).sum::<usize>() >= PROMOTE_BYTES {
        tagger.promote();
    }
    recognise_with(briefing, sentences, Some(tagger))
}

/// From this much text on, the tagger's tables are copied into huge pages before tagging
/// ([`Tagger::promote`]): the copy's tens of milliseconds come back within a megabyte or two.
const PROMOTE_BYTES: usize = 1 << 20;

/// [`recognise`] with a chosen tagger, or with the rules and gazetteers alone (`None`).
pub fn recognise_with(
    briefing: &Briefing,
    sentences: &[Vec<Sentence>],
    tagger: Option<&Tagger>,
) -> Vec<Entity> {
    let sources: Vec<(usize, &str, &Vec<Sentence>)> = briefing
        .sources
        .iter()
        .zip(sentences)
        .enumerate()
        .map(|(i, (src, sents))| (i, src.text.as_str(), sents))
        .collect();
    // What the whole briefing says about each word, observed a share of the sources at a time on
    // every core and added up (counts and sets: the order does not matter).
    let shares: Vec<&[(usize, &str, &Vec<Sentence>)]> = sources.chunks(CONTEXT_SHARE).collect();
    let mut ctx = Context::default();
    for part in crate::par::map(&shares, |_, share| {
        let mut ctx = Context::default();
        for &(_, text, sents) in *share {
            for sent in sents {
                let words = sent.token_texts(text);
                ctx.observe(&words, sent.headline || context::is_title_case(&words));
            }
        }
        ctx
    }) {
        ctx.merge(part);
    }
    // Each source's names are found on its own (the context above is the only thing sources
    // share), on every core; the results are joined in source order, as one loop would give them.
    // A batch at a time, so that no more than a batch's names are held twice.
    let mut found = Names::default();
    let mut links: Vec<Link> = Vec::new();
    for batch in sources.chunks(NAMES_BATCH) {
        let per_source = crate::par::map(batch, |_, &(source, text, sents)| {
            find_in_source(briefing, source, text, sents, &ctx, tagger)
        });
        // Grown as a `Vec` grows, not reserved exactly batch by batch: that moved all the mentions
        // so far at every batch (see `Analysis::run_with_progress` on the values).
        for (&(source, _, _), (f, l)) in batch.iter().zip(per_source) {
            let base = found.len();
            for f in f {
                found.push(source, f);
            }
            links.extend(l.into_iter().map(|link| {
                let (a, b) = link.ends();
                Link::new(base + a, base + b, link.kind)
            }));
        }
    }
    resolve::resolve(&found, links)
}

/// The names one source gives (`found`, in text order) and the links between them (indices
/// into that `found`).
fn find_in_source(
    briefing: &Briefing,
    source: usize,
    text: &str,
    sents: &[Sentence],
    ctx: &Context,
    tagger: Option<&Tagger>,
) -> (Vec<Found>, Vec<Link>) {
    let mut found: Vec<Found> = Vec::new();
    let mut links: Vec<Link> = Vec::new();
    let all_units: Vec<Vec<Range<usize>>> = sents.iter().map(|sent| units(text, sent, ctx)).collect();
    let all_words: Vec<Vec<&str>> = all_units
        .iter()
        .map(|us| us.iter().map(|r| text.get(r.clone()).unwrap_or("")).collect())
        .collect();
    // The tagger reads a source as one document: earlier labels inform later mentions.
    let all_tags = tagger.map(|t| t.tag_document(&all_words));
    if let Some(f) = outlet_mention(&briefing.sources[source]) {
        found.push(f);
    }
    for (k, sent) in sents.iter().enumerate() {
        let units = &all_units[k];
        let words = &all_words[k];
        if boilerplate::is_boilerplate(words) || boilerplate::is_credit_line(words) {
            continue;
        }
        let credits = boilerplate::credit_units(words);
        let title_case = sent.headline || context::is_title_case(words);
        let tags = all_tags.as_ref().and_then(|t| t.get(k)).map(Vec::as_slice);
        let mut cands = candidates::find(words, title_case, tags, ctx);
        cands.retain(|c| !c.units.clone().any(|i| credits.get(i).copied().unwrap_or(false)));
        // Index in `found` of each candidate (none when its span does not fit the text).
        let mut ids: Vec<Option<usize>> = Vec::with_capacity(cands.len());
        for c in &cands {
            let span = units[c.units.start].start..units[c.units.end - 1].end;
            let Some(raw) = text.get(span.clone()) else {
                ids.push(None);
                continue;
            };
            ids.push(Some(found.len()));
            let surface = crate::text::one_line(raw);
            let title_alias = c
                .title
                .clone()
                .filter(|t| c.units.len() == 1 && !t.is_empty())
                .map(|t| format!("{} {surface}", words[t].join(" ")));
            found.push(found_of(c, span, surface, title_alias));
        }
        for (a, b, kind) in links::find(words, &cands) {
            if let (Some(&Some(a)), Some(&Some(b))) = (ids.get(a), ids.get(b)) {
                links.push(Link::new(a, b, kind));
            }
        }
    }
    (found, links)
}

/// Candidate `c` as a mention at `span` (of the text, or of a document's tokens).
fn found_of(
    c: &candidates::Candidate,
    span: Range<usize>,
    surface: String,
    title_alias: Option<String>,
) -> Found {
    Found {
        span,
        surface: surface.into(),
        kind: c.kind,
        weight: c.weight,
        place: c.place,
        demonym: c.demonym,
        title_alias: title_alias.map(String::into_boxed_str),
    }
}

/// The outlet ingest read from a dateline or credit line ("Nara, Jan. 14 (Jiji Press)–") is an
/// organisation the source names, though that line is not part of the body. Its first whole-word
/// occurrence outside the headline and body is the mention; an outlet known only from metadata
/// has no span and is left out.
fn outlet_mention(source: &crate::ingest::Source) -> Option<Found> {
    let outlet = source.outlet.as_deref()?.trim();
    if outlet.is_empty() {
        return None;
    }
    let text = source.text.as_str();
    let inside = |at: usize| {
        source
            .headline
            .iter()
            .chain(&source.body)
            .any(|r| r.start <= at && at < r.end)
    };
    let word_edge = |at: usize, before: bool| {
        let c = if before {
            text[..at].chars().next_back()
        } else {
            text[at..].chars().next()
        };
        !c.is_some_and(char::is_alphanumeric)
    };
    let (start, _) = text
        .match_indices(outlet)
        .find(|&(at, _)| !inside(at) && word_edge(at, true) && word_edge(at + outlet.len(), false))?;
    Some(Found {
        span: start..start + outlet.len(),
        surface: outlet.into(),
        kind: Some(EntityKind::Organisation),
        weight: 3,
        place: None,
        demonym: false,
        title_alias: None,
    })
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// A sentence's tokens as byte spans, with a hyphenated token split after a known name
/// ("Takaichi-Lee", "Japan-South", "Korea-related"), so that each name is its own unit. A hyphen
/// inside one name stays ("Jae-myung", "Self-Defense").
fn units(text: &str, sent: &Sentence, ctx: &Context) -> Vec<Range<usize>> {
    let g = gazetteer::get();
    let tokens = sent.tokens(text);
    let mut out = Vec::with_capacity(tokens.len());
    // Spans that do not fit the text (a caller's mistake) are skipped rather than trusted.
    for tok in tokens.iter().filter(|t| text.get(t.span()).is_some()) {
        let t = tok.text(text);
        if !crate::text::is_capitalised(t) || !t.contains(is_hyphen) {
            out.push(tok.span());
            continue;
        }
        let base = tok.start();
        let known = |w: &str| g.place(w).is_some() || g.demonym(w).is_some() || ctx.is_single(w);
        let parts: Vec<(usize, &str)> = split_hyphens(t);
        let mut piece = 0;
        for pair in parts.windows(2) {
            let [(_, left), (right_at, right)] = [pair[0], pair[1]];
            // Split "Takaichi-Lee", "Japan-South", "Korea-related"; keep "Jae-myung", "Jae-Myung".
            // Before a lower-case part only a country, state or demonym is a name of its own
            // ("Korea-related"): a city that shares a word with a given name ("Soo-min") is not.
            let firm = |w: &str| g.place(w).is_some_and(|p| p.scale != Scale::City) || g.demonym(w).is_some();
            let split = if right.starts_with(char::is_lowercase) {
                firm(left) || is_relation_suffix(right)
            } else {
                (known(left) && (known(right) || ctx.is_whole(right))) || (ctx.is_whole(left) && known(right))
            };
            if split && crate::text::is_capitalised(left) {
                let hyphen = right_at - t[..right_at].chars().next_back().map_or(1, char::len_utf8);
                out.push(base + piece..base + hyphen);
                out.push(base + hyphen..base + right_at);
                piece = right_at;
            }
        }
        out.push(base + piece..tok.end());
    }
    out
}

/// The participles and nouns after a hyphen that make the word before it a name: one entry a
/// line in `assets/entities/cues/relation_suffixes.txt`.
static RELATION_SUFFIXES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(include_str!("../assets/entities/cues/relation_suffixes.txt")));

/// The participle of "Santa Clara-based", "Kremlin-backed", "Saudi-led": what stands before it is
/// a name of its own, whatever the gazetteer knows of it.
fn is_relation_suffix(right: &str) -> bool {
    RELATION_SUFFIXES.contains(right)
}

/// The parts of a hyphenated word with their byte offsets.
fn split_hyphens(t: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in t.char_indices().filter(|&(_, c)| is_hyphen(c)) {
        parts.push((start, &t[start..i]));
        start = i + c.len_utf8();
    }
    parts.push((start, &t[start..]));
    parts
}

/// Tag one tokenised sentence with the rules and gazetteers alone (no tagger, no briefing
/// context): IOB2 tags PER/LOC/ORG/MISC, one per token. The baseline the trained tagger is
/// measured against.
pub fn rules_tag(sentence_tokens: &[&str]) -> Vec<Tag> {
    rules_tag_document(&[sentence_tokens.to_vec()])
        .pop()
        .unwrap_or_default()
}

/// [`rules_tag`] for the sentences of one document, with the document as context: a word
/// capitalised mid-sentence anywhere in it is a name at a sentence start too.
pub fn rules_tag_document(sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
    let mut ctx = Context::default();
    let cases: Vec<bool> = sentences.iter().map(|s| context::is_title_case(s)).collect();
    for (s, &tc) in sentences.iter().zip(&cases) {
        ctx.observe(s, tc);
    }
    // The same candidates and alias resolution as a briefing, with spans counted in tokens across
    // the document, so a surname takes its full name's kind and an acronym its expansion's.
    let mut found = Names::default();
    let mut links: Vec<Link> = Vec::new();
    let mut demonyms = HashSet::default();
    let mut offset = 0;
    for (tokens, &tc) in sentences.iter().zip(&cases) {
        let cands = candidates::find(tokens, tc, None, &ctx);
        let base = found.len();
        for c in &cands {
            let span = offset + c.units.start..offset + c.units.end;
            if c.demonym {
                demonyms.insert(span.start);
            }
            let surface = tokens[c.units.clone()].join(" ");
            found.push(0, found_of(c, span, surface, None));
        }
        for (a, b, kind) in links::find(tokens, &cands) {
            links.push(Link::new(base + a, base + b, kind));
        }
        offset += tokens.len();
    }
    let mut flat = vec![Tag::O; offset];
    for e in resolve::resolve(&found, links) {
        for m in &e.mentions {
            let ty = match e.kind {
                _ if demonyms.contains(&m.span().start) => NerType::Misc,
                EntityKind::Person => NerType::Per,
                EntityKind::Place => NerType::Loc,
                EntityKind::Organisation => NerType::Org,
                EntityKind::Other => NerType::Misc,
            };
            for (k, i) in m.span().enumerate() {
                if let Some(t) = flat.get_mut(i) {
                    *t = if k == 0 { Tag::B(ty) } else { Tag::I(ty) };
                }
            }
        }
    }
    let mut out = Vec::with_capacity(sentences.len());
    let mut rest = flat.as_slice();
    for tokens in sentences {
        let (head, tail) = rest.split_at(tokens.len().min(rest.len()));
        out.push(head.to_vec());
        rest = tail;
    }
    out
}

//! The JSON contract of `parallax report --format json`. Other tools read it: fields may be added,
//! never renamed or removed.

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::analysis::Analysis;
use crate::claims::Verdict;
use crate::entities::{EntityKind, Mention};
use crate::ingest::Source;
use crate::state::{self, Annotations};
use crate::text::safe;
use crate::values::ValueKind;

/// The whole report, schema 1.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub schema: u32,
    pub sources: Vec<SourceOut<'a>>,
    pub entities: Vec<EntityOut<'a>>,
    pub claims: Vec<ClaimOut<'a>>,
}

#[derive(Debug, Serialize)]
pub struct SourceOut<'a> {
    pub id: &'a str,
    pub path: &'a str,
    pub title: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub published: Option<String>,
    pub url: Option<&'a str>,
    pub words: usize,
    /// Added to the contract: the source's content key in saved state (a hash of its text).
    pub key: String,
    /// Added: whether the user has read it in the reader (saved state).
    pub read: bool,
    /// Added: the user's note on it, or null.
    pub note: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct EntityOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: EntityKind,
    pub aliases: &'a [String],
    pub mentions: MentionsOut<'a>,
}

/// An entity's mentions, each written as a [`MentionOut`] as the report is serialised: a briefing
/// of 10,000 sources has about a million, and all of them made at once took more memory than
/// any stage of the analysis.
#[derive(Debug)]
pub struct MentionsOut<'a> {
    sources: &'a [Source],
    mentions: &'a [Mention],
}

impl Serialize for MentionsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A mention outside its source's text would be a broken analysis: refused before any of
        // it is written, rather than halfway through the entity.
        let fits = |m: &Mention| {
            self.sources
                .get(m.source())
                .is_some_and(|s| s.text.get(m.span()).is_some())
        };
        if let Some(m) = self.mentions.iter().find(|m| !fits(m)) {
            return Err(serde::ser::Error::custom(format!(
                "a mention at {:?} of source {} is outside its text",
                m.span(),
                m.source()
            )));
        }
        serializer.collect_seq(self.mentions.iter().map(|m| {
            let source = &self.sources[m.source()];
            MentionOut {
                source: source.id.as_str(),
                start: m.span().start,
                end: m.span().end,
                text: &source.text[m.span()],
            }
        }))
    }
}

#[derive(Debug, Serialize)]
pub struct MentionOut<'a> {
    pub source: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct ClaimOut<'a> {
    pub id: &'a str,
    pub topic: &'a str,
    pub kind: ValueKind,
    pub verdict: Verdict,
    /// Added to the contract: why the statements disagree ("differ", "differ within hedges",
    /// "later reports higher"); null unless the verdict is `disagree`.
    pub reason: Option<&'static str>,
    pub entities: Vec<&'a str>,
    pub statements: Vec<StatementOut<'a>>,
    /// Added to the contract: the claim's key in saved state (kind and topic).
    pub key: String,
    /// Added: the user's flag on it (`checked`, `disputed`), or null.
    pub flag: Option<&'static str>,
    /// Added: the user's note on it, or null.
    pub note: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct StatementOut<'a> {
    pub source: &'a str,
    pub value: &'a str,
    pub normalized: &'a str,
    pub qualifier: Option<&'static str>,
    pub sentence: &'a str,
    pub start: usize,
    pub end: usize,
    /// Added to the contract: what the value measures.
    pub measure: &'a str,
}

impl<'a> Report<'a> {
    /// Borrow the analysis as the contract's shape, with nothing saved.
    pub fn new(analysis: &'a Analysis) -> Report<'a> {
        Report::annotated(analysis, None)
    }

    /// The analysis with what the user saved of it (read marks, flags, notes), index for index.
    pub fn annotated(analysis: &'a Analysis, notes: Option<&'a Annotations>) -> Report<'a> {
        Report {
            schema: 1,
            sources: sources_out(analysis, notes),
            entities: entities_out(analysis),
            claims: claims_out(analysis, notes),
        }
    }
}

/// The sources, with their read marks and notes.
fn sources_out<'a>(analysis: &'a Analysis, notes: Option<&'a Annotations>) -> Vec<SourceOut<'a>> {
    let source_state = |i: usize| notes.and_then(|n| n.source(i));
    analysis
        .briefing
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| SourceOut {
            id: &s.id,
            path: &s.path,
            title: s.title.as_deref(),
            outlet: s.outlet.as_deref(),
            published: s.published.map(|d| d.format("%Y-%m-%d").to_string()),
            url: s.url.as_deref(),
            words: s.words(),
            key: state::source_key(s),
            read: source_state(i).is_some_and(|st| st.read),
            note: source_state(i).and_then(|st| st.note.as_deref()),
        })
        .collect()
}

/// The entities, each mention with its text.
fn entities_out(analysis: &Analysis) -> Vec<EntityOut<'_>> {
    let sources = &analysis.briefing.sources;
    analysis
        .entities
        .iter()
        .map(|e| EntityOut {
            id: &e.id,
            name: &e.name,
            kind: e.kind,
            aliases: &e.aliases,
            mentions: MentionsOut {
                sources,
                mentions: &e.mentions,
            },
        })
        .collect()
}

/// The claims, each statement with its value's text and sentence, with their flags and notes.
fn claims_out<'a>(analysis: &'a Analysis, notes: Option<&'a Annotations>) -> Vec<ClaimOut<'a>> {
    let sources = &analysis.briefing.sources;
    let claim_state = |i: usize| notes.and_then(|n| n.claim(i));
    let mut claim_keys = state::claim_keys(&analysis.claims).into_iter();
    analysis
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| ClaimOut {
            id: &c.id,
            topic: &c.topic,
            kind: c.kind,
            verdict: c.verdict,
            reason: c.reason.map(|r| r.as_str()),
            entities: c
                .entities
                .iter()
                .map(|&e| analysis.entities[e].id.as_str())
                .collect(),
            statements: c
                .statements
                .iter()
                .map(|s| {
                    let text = &sources[s.value.source].text;
                    StatementOut {
                        source: sources[s.value.source].id.as_str(),
                        value: &text[s.value.span.clone()],
                        normalized: &s.value.normalized,
                        qualifier: s.value.qualifier.map(|q| q.as_str()),
                        sentence: text[s.sentence.clone()].trim(),
                        start: s.value.span.start,
                        end: s.value.span.end,
                        measure: &s.measure,
                    }
                })
                .collect(),
            key: claim_keys.next().unwrap_or_default(),
            flag: claim_state(i).and_then(|st| st.flag).map(|f| f.as_str()),
            note: claim_state(i).and_then(|st| st.note.as_deref()),
        })
        .collect()
}

/// The report as pretty-printed JSON. Besides the C0 controls serde_json escapes, DEL, C1 controls,
/// bidirectional controls and zero-width characters are written as `\uXXXX` escapes, so the raw
/// report never puts them on a terminal; a JSON reader gets the same strings back.
///
/// # Panics
///
/// Never: the report types always serialise, and serde_json writes UTF-8.
pub fn to_json(analysis: &Analysis) -> String {
    to_json_annotated(analysis, None)
}

/// [`to_json`] with what the user saved (read marks, flags, notes) in its fields.
///
/// # Panics
///
/// Never: the report types always serialise, and serde_json writes UTF-8.
pub fn to_json_annotated(analysis: &Analysis, notes: Option<&Annotations>) -> String {
    let mut out = Vec::new();
    write_json_annotated(analysis, notes, &mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`to_json_annotated`] written to `w` as it is made, never whole in memory (for 10,000
/// sources it is over 100 MB).
///
/// # Errors
///
/// Those of `w`: the report types always serialise.
pub fn write_json_annotated(
    analysis: &Analysis,
    notes: Option<&Annotations>,
    w: &mut dyn io::Write,
) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, Escaping(PrettyFormatter::new()));
    Report::annotated(analysis, notes)
        .serialize(&mut ser)
        .map_err(io::Error::from)
}

/// serde_json's pretty printer, with unsafe characters in strings escaped (see [`to_json`]).
struct Escaping<'a>(PrettyFormatter<'a>);

impl Formatter for Escaping<'_> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if safe::is_all_safe(fragment) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if safe::is_unsafe(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

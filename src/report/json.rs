//! The JSON contract of `parallax report --format json`. Other tools read it: fields may be added,
//! never renamed or removed.

use serde::Serialize;

use crate::analysis::Analysis;
use crate::claims::Verdict;
use crate::entities::EntityKind;
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
}

#[derive(Debug, Serialize)]
pub struct EntityOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: EntityKind,
    pub aliases: &'a [String],
    pub mentions: Vec<MentionOut<'a>>,
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
    /// Borrow the analysis as the contract's shape.
    pub fn new(analysis: &'a Analysis) -> Report<'a> {
        let sources = &analysis.briefing.sources;
        let source_id = |i: usize| sources[i].id.as_str();
        Report {
            schema: 1,
            sources: sources
                .iter()
                .map(|s| SourceOut {
                    id: &s.id,
                    path: &s.path,
                    title: s.title.as_deref(),
                    outlet: s.outlet.as_deref(),
                    published: s.published.map(|d| d.format("%Y-%m-%d").to_string()),
                    url: s.url.as_deref(),
                    words: s.words(),
                })
                .collect(),
            entities: analysis
                .entities
                .iter()
                .map(|e| EntityOut {
                    id: &e.id,
                    name: &e.name,
                    kind: e.kind,
                    aliases: &e.aliases,
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m| MentionOut {
                            source: source_id(m.source),
                            start: m.span.start,
                            end: m.span.end,
                            text: &sources[m.source].text[m.span.clone()],
                        })
                        .collect(),
                })
                .collect(),
            claims: analysis
                .claims
                .iter()
                .map(|c| ClaimOut {
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
                                source: source_id(s.value.source),
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
                })
                .collect(),
        }
    }
}

/// The report as pretty-printed JSON.
pub fn to_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&Report::new(analysis)).expect("the report types always serialise")
}

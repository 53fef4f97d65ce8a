//! Small briefings written inside the tests: sources, naive sentences, hand-placed dates and
//! entities, so claim rules are tested without the other stages.

use std::ops::Range;

use chrono::NaiveDate;

use crate::dates::DateValue;
use crate::entities::{Entity, EntityKind, Mention};
use crate::ingest::{Briefing, Source};
use crate::text::Sentence;
use crate::values::{Amount, At, Value, ValueKind, in_sentence};

pub fn source(id: &str, text: &str) -> Source {
    Source::from_text(id, text)
}

/// Sentences split after `.`, `!` or `?` followed by a space (the tests' articles avoid
/// abbreviations).
pub fn naive_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end_here = matches!(b, b'.' | b'!' | b'?')
            && (i + 1 == bytes.len() || bytes[i + 1] == b' ' || bytes[i + 1] == b'\n');
        if end_here || b == b'\n' {
            if text[start..=i].trim().len() > 1 {
                out.push(sentence(text, start..i + 1));
            }
            start = i + 1;
        }
    }
    if text[start..].trim().len() > 1 {
        out.push(sentence(text, start..text.len()));
    }
    out
}

fn sentence(text: &str, span: Range<usize>) -> Sentence {
    let lead = text[span.clone()].len() - text[span.clone()].trim_start().len();
    Sentence::from_span(span.start + lead..span.end, false)
}

/// A test briefing: its sources, sentences and the number values of every sentence.
pub struct Kit {
    pub briefing: Briefing,
    pub sentences: Vec<Vec<Sentence>>,
    pub values: Vec<Value>,
    pub entities: Vec<Entity>,
}

pub fn kit(texts: &[&str]) -> Kit {
    let sources: Vec<Source> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| source(&format!("s{i}"), t))
        .collect();
    let sentences: Vec<Vec<Sentence>> = sources.iter().map(|s| naive_sentences(&s.text)).collect();
    let mut values = Vec::new();
    for (si, (src, sents)) in sources.iter().zip(&sentences).enumerate() {
        for (ti, sent) in sents.iter().enumerate() {
            let at = At {
                source: si,
                sentence: ti,
                headline: false,
            };
            values.extend(in_sentence(&src.text, sent.span.clone(), None, at));
        }
    }
    Kit {
        briefing: Briefing {
            name: "test".into(),
            sources,
        },
        sentences,
        values,
        entities: Vec::new(),
    }
}

impl Kit {
    /// Place a date value on the first occurrence of `phrase` in source `s` (the date parser is
    /// another module's; these tests check what claims make of its output).
    pub fn date(&mut self, s: usize, phrase: &str, value: DateValue) -> &mut Self {
        self.date_checked(s, phrase, value, None)
    }

    pub fn date_checked(
        &mut self,
        s: usize,
        phrase: &str,
        value: DateValue,
        weekday_ok: Option<bool>,
    ) -> &mut Self {
        let text = &self.briefing.sources[s].text;
        let start = text.find(phrase).expect("the phrase is in the test article");
        let span = start..start + phrase.len();
        let sentence = self.sentences[s]
            .iter()
            .position(|t| t.span.start <= start && span.end <= t.span.end)
            .expect("the phrase sits in one sentence");
        self.values.push(Value {
            kind: ValueKind::Date,
            source: s,
            span,
            sentence,
            normalized: value.to_iso(),
            qualifier: None,
            amount: Amount::Date {
                value,
                weekday_ok,
                relative: false,
            },
            unit: None,
            counted: None,
        });
        self
    }

    /// An entity mentioned at every occurrence of `name` in every source.
    pub fn entity(&mut self, name: &str, kind: EntityKind) -> &mut Self {
        let mut mentions = Vec::new();
        for (si, src) in self.briefing.sources.iter().enumerate() {
            for (at, _) in src.text.match_indices(name) {
                mentions.push(Mention::new(si, at..at + name.len()));
            }
        }
        self.entities.push(Entity {
            id: format!("e{}", self.entities.len() + 1),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            mentions,
        });
        self
    }

    pub fn claims(&self) -> Vec<super::Claim> {
        let mut values = self.values.clone();
        values.sort_by_key(|v| (v.source, v.span.start));
        super::align(&self.briefing, &self.sentences, &self.entities, values)
    }
}

pub fn day(y: i32, m: u32, d: u32) -> DateValue {
    DateValue::Day(NaiveDate::from_ymd_opt(y, m, d).expect("valid test date"))
}

/// The years `first` to `last` as one span, as the date scanner reads "the 1910s".
pub fn years(first: i32, last: i32) -> DateValue {
    let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("valid test date");
    DateValue::Range(on(first, 1, 1), on(last, 12, 31))
}

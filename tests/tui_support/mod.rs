//! A hand-built analysis for the TUI's state and rendering tests: three outlets on one invented story,
//! entities with mentions found by their surface forms, and one claim of each verdict. Deterministic,
//! so snapshots do not move when the real analysis improves.

#![allow(dead_code)]

use std::sync::Arc;

use chrono::NaiveDate;
use parallax::analysis::Analysis;
use parallax::claims::{Claim, Reason, Statement, Verdict};
use parallax::entities::{Entity, EntityKind, Mention};
use parallax::ingest::{Briefing, Format, Source};
use parallax::tui::action::Action;
use parallax::tui::app::App;
use parallax::tui::keymap::{Key, KeyInput, Keymap};
use parallax::values::{Amount, Value, ValueKind};
use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

/// Builds an [`Analysis`] by hand.
#[derive(Default)]
pub struct Fixture {
    sources: Vec<Source>,
    entities: Vec<Entity>,
    claims: Vec<Claim>,
}

impl Fixture {
    /// A source whose text is the headline, a blank line, then the body.
    pub fn source(
        mut self,
        id: &str,
        outlet: Option<&str>,
        date: Option<&str>,
        headline: &str,
        body: &str,
    ) -> Self {
        let text = format!("{headline}\n\n{body}");
        let body_start = headline.len() + 2;
        self.sources.push(Source {
            id: id.into(),
            path: format!("fixtures/{id}.txt"),
            format: Format::Text,
            title: Some(headline.into()),
            outlet: outlet.map(Into::into),
            published: date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("fixture dates are ISO")),
            url: None,
            headline: Some(0..headline.len()),
            body: std::iter::once(body_start..text.len()).collect(),
            text,
        });
        self
    }

    /// An entity mentioned wherever one of `forms` occurs (whole-text search, every source).
    pub fn entity(mut self, name: &str, kind: EntityKind, aliases: &[&str], forms: &[&str]) -> Self {
        let mut mentions = Vec::new();
        for (si, s) in self.sources.iter().enumerate() {
            let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
            for f in forms {
                for (at, _) in s.text.match_indices(f) {
                    let span = at..at + f.len();
                    if !spans.iter().any(|o| o.start < span.end && span.start < o.end) {
                        spans.push(span);
                    }
                }
            }
            spans.sort_by_key(|r| r.start);
            mentions.extend(spans.into_iter().map(|span| Mention::new(si, span)));
        }
        let id = format!("e{}", self.entities.len() + 1);
        self.entities.push(Entity {
            id,
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions,
        });
        self
    }

    /// A claim whose statements are `(source id, value as written, normalized)`.
    pub fn claim(
        mut self,
        topic: &str,
        kind: ValueKind,
        verdict: Verdict,
        about: &[&str],
        statements: &[(&str, &str, &str)],
    ) -> Self {
        let ents: Vec<usize> = about
            .iter()
            .map(|n| {
                self.entities
                    .iter()
                    .position(|e| e.name == *n)
                    .expect("claim names a fixture entity")
            })
            .collect();
        let statements = statements
            .iter()
            .map(|(sid, value, norm)| {
                let si = self
                    .sources
                    .iter()
                    .position(|s| s.id == *sid)
                    .expect("fixture source id");
                let text = &self.sources[si].text;
                let body = self.sources[si].body[0].start;
                let at = body
                    + text[body..]
                        .find(value)
                        .expect("the value occurs in its source's body");
                let span = at..at + value.len();
                let start = text[..at].rfind(['.', '\n']).map_or(0, |i| i + 1);
                let start = start + (text[start..].len() - text[start..].trim_start().len());
                let end = text[at..].find('.').map_or(text.len(), |i| at + i + 1);
                Statement {
                    value: Value {
                        kind,
                        source: si,
                        span,
                        sentence: 0,
                        normalized: norm.to_string(),
                        qualifier: None,
                        amount: Amount::Number {
                            value: norm.parse().unwrap_or(0.0),
                            half_unit: 0.5,
                            rounded: false,
                        },
                        unit: None,
                        counted: None,
                    },
                    measure: topic.into(),
                    key: topic.into(),
                    label: topic.into(),
                    word: topic.into(),
                    entities: ents.clone(),
                    sentence: start..end,
                    headline: false,
                    event: None,
                    placed: None,
                }
            })
            .collect();
        let id = format!("c{}", self.claims.len() + 1);
        self.claims.push(Claim {
            id,
            topic: topic.into(),
            kind,
            verdict,
            reason: (verdict == Verdict::Disagree).then_some(Reason::Differ),
            entities: ents,
            statements,
        });
        self
    }

    pub fn briefing(&self) -> Briefing {
        Briefing {
            name: "harbour fire".into(),
            sources: self.sources.clone(),
        }
    }

    pub fn build(self) -> Analysis {
        Analysis {
            briefing: self.briefing(),
            sentences: vec![Vec::new(); self.sources.len()],
            entities: self.entities,
            claims: self.claims,
        }
    }
}

/// The standard fixture: three sources (two dated, one undated), four entities (one with a CJK
/// name), a disagreeing, an agreeing and a single-source claim.
pub fn harbour() -> Fixture {
    Fixture::default()
        .source(
            "north",
            Some("North Daily"),
            Some("2026-01-14"),
            "Fire at Port Avel warehouse kills 180 workers",
            "Mara Quell, the mayor of Port Avel, said on Tuesday that 180 workers died when the fire spread \
             through the warehouse on January 12. The Tidewater Council met the same night.\n\n\
             Quell said the council would pay damages. Residents 🙏 gathered at the harbour gate, where \
             relatives of 高市早苗 waited for news.\n\n\
             The council said repairs will cost 4 million euros. Quell promised a full inquiry into the fire \
             and said the port would reopen within weeks.",
        )
        .source(
            "south",
            Some("South Herald"),
            Some("2026-01-11"),
            "Port Avel blaze: mayor promises inquiry",
            "The fire at Port Avel killed 183 workers, Mayor Mara Quell told reporters on January 12. \
             The Tidewater Council has called an emergency session.\n\n\
             Quell, who took office last year, said rescue teams were still searching the site.",
        )
        .source(
            "wire",
            None,
            None,
            "Harbour fire: what we know",
            "Officials in Port Avel confirmed the fire began on January 12. The Tidewater Council and Mara \
             Quell have not said what caused it.",
        )
        .entity(
            "Mara Quell",
            EntityKind::Person,
            &["Quell", "Mayor Mara Quell"],
            &["Mara Quell", "Quell"],
        )
        .entity("Port Avel", EntityKind::Place, &[], &["Port Avel"])
        .entity(
            "Tidewater Council",
            EntityKind::Organisation,
            &["the council"],
            &["Tidewater Council"],
        )
        .entity("高市早苗", EntityKind::Person, &[], &["高市早苗"])
        .claim(
            "workers killed — Port Avel fire",
            ValueKind::Count,
            Verdict::Disagree,
            &["Port Avel"],
            &[("north", "180 workers", "180"), ("south", "183 workers", "183")],
        )
        .claim(
            "date of the fire",
            ValueKind::Date,
            Verdict::Agree,
            &["Port Avel"],
            &[
                ("north", "January 12", "2026-01-12"),
                ("south", "January 12", "2026-01-12"),
                ("wire", "January 12", "2026-01-12"),
            ],
        )
        .claim(
            "cost of repairs",
            ValueKind::Money,
            Verdict::Single,
            &["Tidewater Council"],
            &[("north", "4 million euros", "EUR 4000000")],
        )
}

pub fn keymap() -> Arc<Keymap> {
    Arc::new(Keymap::embedded().expect("the embedded keymap parses"))
}

/// An app over the standard fixture at a size.
pub fn app(w: u16, h: u16) -> App {
    let mut app = App::with_analysis(harbour().build(), keymap());
    app.update(Action::Resize(w, h));
    app
}

/// Press keys written in the keymap syntax, space-separated (`"/ m r q l <Enter>"`), through the real
/// key lookup. A literal space is `<Space>`.
pub fn press(app: &mut App, input: &mut KeyInput, keys: &str) {
    for k in keys.split(' ').filter(|k| !k.is_empty()) {
        let key = Key::parse(k).unwrap_or_else(|| panic!("bad key {k:?} in test"));
        let mut mods = KeyModifiers::NONE;
        if key.ctrl {
            mods |= KeyModifiers::CONTROL;
        }
        if key.alt {
            mods |= KeyModifiers::ALT;
        }
        if let Some(action) = input.press(app.keymap(), app.context(), &KeyEvent::new(key.code, mods)) {
            app.update(action);
        }
    }
}

/// Type a string into whatever has the keyboard (filter or help search).
pub fn type_text(app: &mut App, input: &mut KeyInput, text: &str) {
    for c in text.chars() {
        let code = ratatui::crossterm::event::KeyCode::Char(c);
        if let Some(action) = input.press(
            app.keymap(),
            app.context(),
            &KeyEvent::new(code, KeyModifiers::NONE),
        ) {
            app.update(action);
        }
    }
}

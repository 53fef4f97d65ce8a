//! Fuzzy filtering of entities (names and aliases) and of the help's bindings (keys and descriptions).
//!
//! Both sides are folded before matching ([`fold`]): case and diacritics do not count, so `erdogan`
//! finds "Erdoğan" and `Erdoğan` finds "Erdogan". The matched positions are mapped back to the
//! original characters, which are the ones highlighted.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

use super::App;
use crate::entities::Entity;
use crate::tui::action::Command;
use crate::tui::keymap::{Binding, Context};

/// `text` folded for matching — compatibility-decomposed (NFKD), combining marks dropped, lower case,
/// and the few Latin letters that do not decompose spelled out (`ø` → `o`, `ß` → `ss`, `ł` → `l`) —
/// with, for each folded char, the index of the original char it came from.
pub fn fold(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        for d in c.nfkd().filter(|&d| !is_combining_mark(d)) {
            for l in d.to_lowercase().filter(|&l| !is_combining_mark(l)) {
                let spelled = match l {
                    'ø' => "o",
                    'ł' => "l",
                    'đ' | 'ð' => "d",
                    'ı' => "i",
                    'ħ' => "h",
                    'ß' => "ss",
                    'æ' => "ae",
                    'œ' => "oe",
                    'þ' => "th",
                    _ => {
                        out.push(l);
                        from.push(i);
                        continue;
                    }
                };
                out.push_str(spelled);
                from.extend(std::iter::repeat_n(i, spelled.chars().count()));
            }
        }
    }
    (out, from)
}

/// A fuzzy match of a folded `query` (see [`fold`]) in `text`, folded the same way: the score and
/// the matched chars of the original `text`.
fn fuzzy(matcher: &SkimMatcherV2, text: &str, query: &str) -> Option<(i64, Vec<usize>)> {
    let (folded, from) = fold(text);
    let (score, hits) = matcher.fuzzy_indices(&folded, query)?;
    let mut hits: Vec<usize> = hits.into_iter().filter_map(|h| from.get(h).copied()).collect();
    hits.dedup();
    Some((score, hits))
}

/// The matcher on folded text: both sides are lower case already.
fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().ignore_case()
}

/// An entity that matches the filter query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterMatch {
    pub entity: usize,
    pub score: i64,
    /// Char indices of the name that matched; empty when an alias matched instead.
    pub name_hits: Vec<usize>,
    /// The alias that matched better than the name, with its matched char indices.
    pub alias: Option<(String, Vec<usize>)>,
}

/// Entities matching `query` fuzzily on their name or any alias, best first; ties go to the
/// more-mentioned entity, then by name.
pub fn match_entities(entities: &[Entity], query: &str) -> Vec<FilterMatch> {
    let query = fold(query.trim()).0;
    if query.is_empty() {
        return Vec::new();
    }
    let matcher = matcher();
    let mut out: Vec<FilterMatch> = entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let name = fuzzy(&matcher, &e.name, &query);
            let alias = e
                .aliases
                .iter()
                .filter_map(|a| fuzzy(&matcher, a, &query).map(|(s, h)| (s, a, h)))
                .max_by_key(|(s, _, _)| *s);
            // Rank by the better of name and aliases, but show the name's hits whenever the name
            // matches: an alias in brackets is only worth its room when it is the reason.
            match (name, alias) {
                (Some((ns, nh)), Some((s, _, _))) => Some(by_name(i, ns.max(s), nh)),
                (None, None) => None,
                (Some((ns, nh)), None) => Some(by_name(i, ns, nh)),
                (None, Some((s, a, h))) => Some(FilterMatch {
                    entity: i,
                    score: s,
                    name_hits: Vec::new(),
                    alias: Some((a.clone(), h)),
                }),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(
                entities[b.entity]
                    .mentions
                    .len()
                    .cmp(&entities[a.entity].mentions.len()),
            )
            .then(entities[a.entity].name.cmp(&entities[b.entity].name))
    });
    out
}

fn by_name(entity: usize, score: i64, hits: Vec<usize>) -> FilterMatch {
    FilterMatch {
        entity,
        score,
        name_hits: hits,
        alias: None,
    }
}

/// A line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(String),
    /// `keys_hits` / `desc_hits`: char indices the help search matched, for highlighting.
    Binding {
        keys: String,
        desc: String,
        keys_hits: Vec<usize>,
        desc_hits: Vec<usize>,
        /// Where the binding applies and what it does: Enter on it in the help runs it there.
        context: Context,
        command: Command,
    },
    Text(String),
    /// The legend: how a kind of name is marked in the article and lists.
    Kind(crate::entities::EntityKind),
    /// The legend: how a claim value with this verdict is marked.
    Verdict(crate::claims::Verdict),
    /// The legend: a highlight drawn over the text, shown by a sample in its style.
    Highlight(super::legend::Highlight),
    /// The legend: a symbol or figure the panes draw, and what it means.
    Mark(String, String),
}

/// A binding's help line; `hits` are the (keys, description) chars the search matched.
fn help_binding(b: &Binding, context: Context, (keys_hits, desc_hits): (Vec<usize>, Vec<usize>)) -> HelpLine {
    HelpLine::Binding {
        keys: b.keys_label(),
        desc: b.desc.clone(),
        keys_hits,
        desc_hits,
        context,
        command: b.command,
    }
}

impl App {
    /// The help's lines: bindings by context (those matching the search, if any), then load notices.
    pub fn help_lines(&self) -> Vec<HelpLine> {
        let query = self
            .help
            .as_ref()
            .map(|h| h.query.trim().to_string())
            .unwrap_or_default();
        let folded = fold(&query).0;
        let matcher = matcher();
        let mut out = Vec::new();
        for ctx in Context::ALL {
            let mut rows: Vec<(i64, HelpLine)> = self
                .keymap
                .bindings(ctx)
                .iter()
                .filter_map(|b| {
                    if query.is_empty() {
                        return Some((0, help_binding(b, ctx, Default::default())));
                    }
                    // The better of the description and the keys decides; only that one is lit.
                    let d = fuzzy(&matcher, &b.desc, &folded);
                    let k = fuzzy(&matcher, &b.keys_label(), &folded);
                    match (d, k) {
                        (Some((ds, dh)), Some((ks, _))) if ds >= ks => {
                            Some((ds, help_binding(b, ctx, (Vec::new(), dh))))
                        }
                        (_, Some((ks, kh))) => Some((ks, help_binding(b, ctx, (kh, Vec::new())))),
                        (Some((ds, dh)), None) => Some((ds, help_binding(b, ctx, (Vec::new(), dh)))),
                        (None, None) => None,
                    }
                })
                .collect();
            // Best first within each context, as the entity filter does; keymap order breaks ties.
            rows.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
            if !rows.is_empty() {
                out.push(HelpLine::Heading(ctx.title().to_string()));
                out.extend(rows.into_iter().map(|(_, l)| l));
            }
        }
        // The legend is shown with the full list, not among search results.
        if query.is_empty() {
            use crate::claims::Verdict;
            use crate::entities::EntityKind;
            out.push(HelpLine::Heading("Marks".into()));
            out.extend(
                [
                    EntityKind::Person,
                    EntityKind::Place,
                    EntityKind::Organisation,
                    EntityKind::Other,
                ]
                .map(HelpLine::Kind),
            );
            out.extend([Verdict::Disagree, Verdict::Agree, Verdict::Single].map(HelpLine::Verdict));
            out.extend(super::legend::Highlight::ALL.map(HelpLine::Highlight));
            out.extend(
                super::legend::symbols()
                    .into_iter()
                    .map(|(s, w)| HelpLine::Mark(s, w)),
            );
            out.push(HelpLine::Mark(
                String::new(),
                match self.state_path() {
                    Some(p) => format!("kept between sessions in {p}"),
                    None => "not kept this session (no data folder, or it cannot be written)".to_string(),
                },
            ));
        }
        if !self.notices.is_empty() {
            out.push(HelpLine::Heading("Load notices".into()));
            out.extend(self.notices.iter().cloned().map(HelpLine::Text));
        }
        if out.is_empty() {
            out.push(HelpLine::Text(format!("No key matches “{query}”.")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{EntityKind, Mention};

    fn entity(name: &str, aliases: &[&str], mentions: usize) -> Entity {
        Entity {
            id: name.into(),
            name: name.into(),
            kind: EntityKind::Person,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: vec![Mention::new(0, 0..1); mentions],
        }
    }

    #[test]
    fn fuzzy_on_names_and_aliases() {
        let ents = vec![
            entity("Sanae Takaichi", &["Takaichi", "Prime Minister Takaichi"], 9),
            entity("Lee Jae Myung", &["President Lee"], 7),
            entity("Nara", &[], 3),
            entity("Chosei coal mine", &["Chosei"], 2),
        ];
        let names = |q: &str| -> Vec<&str> {
            match_entities(&ents, q)
                .iter()
                .map(|m| ents[m.entity].name.as_str())
                .collect()
        };
        assert_eq!(names("tkch").first(), Some(&"Sanae Takaichi"));
        assert_eq!(names("ljm"), ["Lee Jae Myung"]);
        assert_eq!(names("preslee"), ["Lee Jae Myung"]);
        assert_eq!(names("chosei").first(), Some(&"Chosei coal mine"));
        assert!(names("zzzz").is_empty());
        assert!(names("  ").is_empty());
        let m = &match_entities(&ents, "nara")[0];
        assert_eq!(m.name_hits, [0, 1, 2, 3]);
        let m = match_entities(&ents, "prime")
            .into_iter()
            .next()
            .expect("an alias matches");
        assert_eq!(
            m.alias.map(|(a, _)| a),
            Some("Prime Minister Takaichi".to_string())
        );
        // A name that matches is shown even when an alias matches better.
        let m = &match_entities(&ents, "chosei")[0];
        assert!(m.alias.is_none() && !m.name_hits.is_empty());
    }

    #[test]
    fn folding_drops_case_and_diacritics_and_maps_back() {
        let (f, from) = fold("Erdoğan");
        assert_eq!(f, "erdogan");
        assert_eq!(from, [0, 1, 2, 3, 4, 5, 6]);
        // A decomposed accent (e + U+0301) is one folded char, from the base letter.
        assert_eq!(fold("Cafe\u{301} Straße").0, "cafe strasse");
        assert_eq!(fold("Cafe\u{301}").1, [0, 1, 2, 3]);
        assert_eq!(fold("Øresund Łódź").0, "oresund lodz");
        assert_eq!(fold("ﬁ").0, "fi");
    }

    #[test]
    fn filter_matches_across_accents_and_case_both_ways() {
        let ents = vec![
            entity("Recep Tayyip Erdoğan", &["Erdoğan"], 5),
            entity("Emmanuel Macron", &[], 4),
            entity("Élysée Palace", &[], 2),
            entity("Sao Paulo", &[], 1),
        ];
        let first = |q: &str| {
            match_entities(&ents, q)
                .first()
                .map(|m| ents[m.entity].name.clone())
        };
        assert_eq!(first("erdogan").as_deref(), Some("Recep Tayyip Erdoğan"));
        assert_eq!(first("ERDOGAN").as_deref(), Some("Recep Tayyip Erdoğan"));
        assert_eq!(first("elysee").as_deref(), Some("Élysée Palace"));
        assert_eq!(first("são").as_deref(), Some("Sao Paulo"));
        // The hits are the original characters, the ğ included.
        let m = &match_entities(&ents, "erdogan")[0];
        let name: Vec<char> = ents[m.entity].name.chars().collect();
        let lit: String = m.name_hits.iter().map(|&i| name[i]).collect();
        assert_eq!(lit, "Erdoğan");
    }
}

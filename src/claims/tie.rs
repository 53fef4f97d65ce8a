//! Who does what to whom: the actor and the object of an event figure, so that one outlet's "the
//! first time the Prime Minister has visited her constituency" and another's "Lee made his first
//! visit to Japan" are not lined up as one figure just because both count a first visit.

use std::ops::Range;

use super::lexicon::{ends_phrase, is_determiner, is_subject_boundary, is_verb_of_saying};
use crate::entities::{Entity, EntityKind};
use crate::values::words::{lemma, words};
use crate::values::{Value, ValueKind};

/// The people acting in a statement's clause and the thing its event is done to, when the text
/// names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tie {
    /// Person entities named between the start of the value's clause and the value.
    pub actors: Vec<usize>,
    /// What the event word is done to: an entity (`e4`) or a noun lemma (`constituency`).
    pub object: Option<String>,
}

impl Tie {
    /// Two statements about different actors or different objects are about different events.
    pub fn apart(&self, other: &Tie) -> bool {
        let actors = !self.actors.is_empty()
            && !other.actors.is_empty()
            && !self.actors.iter().any(|a| other.actors.contains(a));
        let objects = matches!((&self.object, &other.object), (Some(a), Some(b)) if a != b);
        actors || objects
    }
}

/// The tie of `value` in its sentence. Only events counted or dated (ordinals and dates) have one:
/// for a count, the people in the sentence are already weighed by the alignment.
///
/// `at` is the span of the word that named the measure; `mentions` are the source's entity mentions
/// sorted by start.
pub fn tie(
    text: &str,
    sentence: &Range<usize>,
    value: &Value,
    at: Option<&Range<usize>>,
    mentions: &[(Range<usize>, usize)],
    entities: &[Entity],
) -> Tie {
    // A share, a sum or a count is tied to the party or person it is about ("the Conservative Bloc
    // got 29.8%"), but not to whoever reports it ("AFAD said 389 people …").
    let figure = matches!(
        value.kind,
        ValueKind::Percent | ValueKind::Money | ValueKind::Count
    );
    let mentions_in = |span: Range<usize>| {
        let from = mentions.partition_point(|(s, _)| s.start < span.start);
        mentions[from..]
            .iter()
            .take_while(move |(s, _)| s.start < span.end)
            .filter(move |(s, _)| s.end <= span.end)
            .map(|(_, e)| *e)
    };
    let clause_start = clause_start(text, sentence, value, figure);
    let actor_kind = |k: EntityKind| k == EntityKind::Person || (figure && k == EntityKind::Organisation);
    let named = |span: Range<usize>| -> Vec<usize> {
        mentions_in(span)
            .filter(|&e| entities.get(e).is_some_and(|x| actor_kind(x.kind)))
            .collect()
    };
    let actors = actors(text, sentence, value, at, clause_start, &named);
    let object = match (value.kind, at) {
        (ValueKind::Ordinal, Some(at)) => object(text, sentence, value, at, &mentions_in),
        _ => None,
    };
    Tie { actors, object }
}

/// Where the value's clause starts: after the last comma, semicolon, colon, dash or bracket
/// before it, and for a figure after the verb that tells it ("AFAD said 389 people …").
fn clause_start(text: &str, sentence: &Range<usize>, value: &Value, figure: bool) -> usize {
    let clause_start = text
        .get(sentence.start..value.span.start)
        .and_then(|before| before.rfind([',', ';', ':', '—', '–', '(']))
        .map_or(sentence.start, |i| sentence.start + i + 1);
    if figure {
        let told = words(text, clause_start..value.span.start)
            .into_iter()
            .rev()
            .find(|w| {
                let w = w.text(text);
                is_verb_of_saying(w)
                    || w.eq_ignore_ascii_case("estimated")
                    || w.eq_ignore_ascii_case("announced")
            });
        if let Some(w) = told {
            return w.span.end;
        }
    }
    clause_start
}

/// The parties and people the value is about, sorted: the subject of a share's verb, else the
/// names since an earlier count in the clause, else the names in the clause before the value.
/// `named` gives the actors mentioned in a span.
fn actors(
    text: &str,
    sentence: &Range<usize>,
    value: &Value,
    at: Option<&Range<usize>>,
    clause_start: usize,
    named: &dyn Fn(Range<usize>) -> Vec<usize>,
) -> Vec<usize> {
    // A share or a price move with its verb ("the SPD won 16.4 percent", "Nvidia shares rose 3%")
    // belongs to the verb's subject, however far back an apposition puts it.
    let subject = match (value.kind, at) {
        (ValueKind::Percent, Some(at)) if at.end <= value.span.start && at.start >= sentence.start => {
            subject(text, sentence.start..at.start, named)
        }
        _ => Vec::new(),
    };
    // "the SPD 120, the Greens 85 and Die Linke 64": a count after another in its clause is the
    // one of the names since that figure.
    let since_figure = (value.kind == ValueKind::Count)
        .then(|| {
            words(text, clause_start..value.span.start)
                .into_iter()
                .rev()
                .find(|w| w.text(text).starts_with(|c: char| c.is_ascii_digit()))
                .map(|w| named(w.span.end..value.span.start))
        })
        .flatten()
        .unwrap_or_default();
    let mut actors: Vec<usize> = if !subject.is_empty() {
        subject
    } else if !since_figure.is_empty() {
        since_figure
    } else {
        named(clause_start..value.span.start)
    };
    actors.sort_unstable();
    actors.dedup();
    actors
}

/// The parties and people named as the subject of a verb whose subject phrase is `span` (the
/// sentence up to the verb): the words after the last clause boundary before the verb (a
/// subordinator, a verb of saying, an earlier figure, a semicolon); after ", which" the entity named
/// just before the comma. A possessor counts ("Olaf Scholz's Social Democrats"): a party's leader
/// stands for it.
fn subject(text: &str, span: Range<usize>, named: &dyn Fn(Range<usize>) -> Vec<usize>) -> Vec<usize> {
    let ws = words(text, span.clone());
    let mut from = span.start;
    let mut relative = None;
    for (i, w) in ws.iter().enumerate() {
        let t = w.text(text).to_lowercase();
        let boundary = is_subject_boundary(&t)
            || is_verb_of_saying(&t)
            || t.starts_with(|c: char| c.is_ascii_digit())
            || t == "%";
        if boundary {
            from = w.span.end;
            relative = None;
        } else if matches!(t.as_str(), "which" | "who") && i > 0 && ws[i - 1].text(text) == "," {
            from = w.span.end;
            relative = Some(ws[i - 1].span.start);
        }
    }
    let own = named(from..span.end);
    if !own.is_empty() {
        return own;
    }
    // "ahead of the Alternative für Deutschland, which took 20.8 percent": the last name before
    // the comma.
    match relative {
        Some(comma) => {
            let start = text
                .get(..comma)
                .and_then(|b| b.rfind([',', ';', '(', '—']))
                .unwrap_or(0);
            named(start.max(span.start)..comma)
                .into_iter()
                .last()
                .into_iter()
                .collect()
        }
        None => Vec::new(),
    }
}

/// "visit *to Japan*" (a noun takes its object after "to"), "visited *her local constituency*" (a
/// verb takes it directly): an entity named there, else the phrase's last noun.
fn object<I: Iterator<Item = usize>>(
    text: &str,
    sentence: &Range<usize>,
    value: &Value,
    at: &Range<usize>,
    mentions_in: &dyn Fn(Range<usize>) -> I,
) -> Option<String> {
    if at.end > sentence.end {
        return None;
    }
    let ws = words(text, at.end..sentence.end);
    let noun = at.start >= value.span.start && at.end <= value.span.end;
    let mut i = 0;
    let lower = |i: usize| ws.get(i).map(|w| w.text(text).to_lowercase()).unwrap_or_default();
    if lower(0) == "to" {
        i = 1;
    } else if noun {
        return None;
    }
    while is_determiner(&lower(i)) {
        i += 1;
    }
    let from = i;
    while i < ws.len() && i < from + 4 {
        let w = lower(i);
        if ws[i].is_punct || ends_phrase(&w) || !w.chars().all(char::is_alphabetic) {
            break;
        }
        i += 1;
    }
    if i == from {
        return None;
    }
    let span = ws[from].span.start..ws[i - 1].span.end;
    if let Some(e) = mentions_in(span).next() {
        return Some(format!("e{e}"));
    }
    Some(lemma(&lower(i - 1)))
}

/// The actor and object of each statement, by (source, value start).
pub type Ties = std::collections::HashMap<(usize, usize), Tie>;

pub fn tie_of<'a>(ties: &'a Ties, s: &super::model::Statement) -> Option<&'a Tie> {
    ties.get(&(s.value.source, s.value.span.start))
}

/// Both statements name people and none in common: figures about different people ("Rivera won
/// 52%", "Lopez took 45%") are not one figure misreported.
pub fn different_people(a: &[usize], b: &[usize], entities: &[Entity]) -> bool {
    let people = |s: &[usize]| -> Vec<usize> {
        s.iter()
            .copied()
            .filter(|&e| entities.get(e).is_some_and(|x| x.kind == EntityKind::Person))
            .collect()
    };
    let (pa, pb) = (people(a), people(b));
    !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|e| pb.contains(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::measure_of;
    use crate::entities::Mention;
    use crate::values::{At, in_sentence};

    fn entity(name: &str, kind: EntityKind, text: &str) -> Entity {
        let mentions = text
            .match_indices(name)
            .map(|(i, m)| Mention::new(0, i..i + m.len()))
            .collect();
        Entity {
            id: name.into(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            mentions,
        }
    }

    /// The tie of the first ordinal in `sentence`, with `people` and `places` as entities.
    fn tie_of(sentence: &str, people: &[&str], places: &[&str]) -> (Vec<String>, Option<String>) {
        let mut ents: Vec<Entity> = people
            .iter()
            .map(|p| entity(p, EntityKind::Person, sentence))
            .collect();
        ents.extend(places.iter().map(|p| entity(p, EntityKind::Place, sentence)));
        let mut mentions: Vec<(Range<usize>, usize)> = ents
            .iter()
            .enumerate()
            .flat_map(|(e, x)| x.mentions.iter().map(move |m| (m.span(), e)))
            .collect();
        mentions.sort_by_key(|(s, e)| (s.start, *e));
        let span = 0..sentence.len();
        let v = in_sentence(sentence, span.clone(), None, At::default())
            .into_iter()
            .find(|v| v.kind == ValueKind::Ordinal)
            .expect("the case states an ordinal");
        let m = measure_of(sentence, span.clone(), &v).expect("the ordinal has a measure");
        let t = tie(sentence, &span, &v, m.at.as_ref(), &mentions, &ents);
        let object = t.object.map(
            |o| match o.strip_prefix('e').and_then(|i| i.parse::<usize>().ok()) {
                Some(i) => ents[i].name.clone(),
                None => o,
            },
        );
        (t.actors.iter().map(|&a| ents[a].name.clone()).collect(), object)
    }

    #[test]
    fn actors_and_objects() {
        // (sentence, people, places, expected actors, expected object)
        type Case<'a> = (
            &'a str,
            &'a [&'a str],
            &'a [&'a str],
            &'a [&'a str],
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            (
                "As President Lee made his first official visit to Japan since then, talks resumed.",
                &["Lee"],
                &["Japan"],
                &["Lee"],
                Some("Japan"),
            ),
            (
                "It was the first time the Prime Minister has visited her local constituency since taking office.",
                &[],
                &[],
                &[],
                Some("constituency"),
            ),
            // A name in another clause is not the actor.
            (
                "The summit, held in Mori's hometown, is the first time the leader has visited Osaka.",
                &["Mori"],
                &["Osaka"],
                &[],
                Some("Osaka"),
            ),
            // Meetings between people have no object: nothing to veto on.
            (
                "Ruiz and Kato held their third meeting in less than three months.",
                &["Ruiz", "Kato"],
                &[],
                &["Kato", "Ruiz"],
                None,
            ),
            (
                "The meeting marked the second time the two leaders had met since May.",
                &[],
                &[],
                &[],
                None,
            ),
        ];
        for (sentence, people, places, actors, object) in cases {
            let (mut got_actors, got_object) = tie_of(sentence, people, places);
            got_actors.sort();
            assert_eq!(got_actors, actors.to_vec(), "actors of {sentence:?}");
            assert_eq!(got_object.as_deref(), *object, "object of {sentence:?}");
        }
    }

    #[test]
    fn apart_needs_both_sides_named() {
        let t = |actors: &[usize], object: Option<&str>| Tie {
            actors: actors.to_vec(),
            object: object.map(str::to_string),
        };
        let cases = [
            (t(&[1], Some("e3")), t(&[], Some("e3")), false),
            (t(&[1], None), t(&[2], None), true),
            (t(&[1, 2], None), t(&[2], None), false),
            (t(&[], Some("e3")), t(&[], Some("constituency")), true),
            (t(&[], None), t(&[], Some("constituency")), false),
        ];
        for (a, b, want) in cases {
            assert_eq!(a.apart(&b), want, "{a:?} vs {b:?}");
        }
    }
}

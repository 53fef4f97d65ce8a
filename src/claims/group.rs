//! Grouping: statements that measure the same thing meet through their key (linear in the input);
//! within a key, [`peel`] splits them into claims, one statement per source each. Each claim then
//! gets its verdict ([`super::verdict`]) and topic ([`super::topic`]); [`super::rank`] orders them.

use std::collections::HashMap;

use super::tie::Ties;
use super::topic::Breadth;
use super::{Claim, Statement};
use crate::entities::Entity;

mod peel;

/// Build the claims of a briefing from its statements, unordered and without ids.
pub fn claims(entities: &[Entity], statements: Vec<Statement>, ties: &Ties) -> Vec<Claim> {
    let breadth = Breadth::of(&statements);
    let mut keys: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<Statement>> = HashMap::new();
    for s in statements {
        if !groups.contains_key(&s.key) {
            keys.push(s.key.clone());
        }
        groups.entry(s.key.clone()).or_default().push(s);
    }
    let mut out: Vec<Claim> = Vec::new();
    for key in keys {
        let Some(group) = groups.remove(&key) else {
            continue;
        };
        for mut picked in peel::peel(group, entities, ties) {
            picked.sort_by_key(|s| (s.value.source, s.value.span.start));
            let (verdict, reason) = super::verdict::verdict(&picked);
            let topic = super::topic::topic(entities, &breadth, ties, &picked);
            out.push(Claim {
                id: String::new(),
                topic: topic.text,
                kind: picked
                    .first()
                    .map_or(crate::values::ValueKind::Count, |s| s.value.kind),
                verdict,
                reason,
                entities: topic.entities,
                statements: picked,
            });
        }
    }
    out
}

//! Names the text itself equates, within one sentence:
//!
//! - an acronym in brackets after its expansion, or the other way round
//!   ("National Disaster Mitigation Agency (BNPB)", "BNPB (National Disaster Mitigation Agency)");
//! - "X, also known as Y", "X (also called Y)", "X, formerly Y";
//! - "called X in A and Y in B" ("islands called Takeshima in Japan and Dokdo in South Korea"),
//!   where a place noun before "called" makes both places.

use rustc_hash::FxHashMap as HashMap;

use super::EntityKind;
use super::candidates::Candidate;
use super::cues;
use crate::text::is_acronym_like;

/// Pairs of candidate indices the sentence equates, with the kind the phrase implies.
pub fn find(units: &[&str], cands: &[Candidate]) -> Vec<(usize, usize, Option<EntityKind>)> {
    let starting: HashMap<usize, usize> = cands
        .iter()
        .enumerate()
        .map(|(k, c)| (c.units.start, k))
        .collect();
    let mut out = Vec::new();
    let is_acr = |c: &Candidate| c.units.len() == 1 && is_acronym_like(units[c.units.start]);
    let at = |i: usize| units.get(i).copied();

    for (k, c) in cands.iter().enumerate() {
        let e = c.units.end;
        // Bracketed acronym or expansion.
        if let Some(&j) = starting.get(&(e + 1)).filter(|_| at(e) == Some("(")) {
            let d = &cands[j];
            let closes = at(d.units.end) == Some(")");
            // A one-word name or a known place before a bracketed acronym is a dateline's credit
            // ("AUSTIN, Texas (AP)") unless the acronym starts as the name does.
            let (name, acr) = if is_acr(c) { (d, c) } else { (c, d) };
            let initial = |i: usize| units[i].chars().next().map(|ch| ch.to_lowercase().to_string());
            let credit = (name.units.len() == 1 || name.place.is_some())
                && initial(name.units.start) != initial(acr.units.start);
            if closes && (is_acr(c) != is_acr(d)) && !credit {
                out.push((k, j, None));
            }
        }
        // "X, also known as Y" and its kin.
        let mut p = e;
        if matches!(at(p), Some("," | "(")) {
            p += 1;
        }
        if let Some(&j) = alias_phrase(units, p).and_then(|after| starting.get(&after)) {
            out.push((k, j, None));
        }
    }

    // "called X in A and Y in B"
    for p in 0..units.len() {
        let Some(x_start) = naming_verb(units, p) else {
            continue;
        };
        let Some(&x) = starting.get(&x_start) else {
            continue;
        };
        let mut i = cands[x].units.end;
        if !matches!(at(i), Some("in" | "by")) {
            continue;
        }
        let Some(&a) = starting.get(&(i + 1)) else {
            continue;
        };
        i = cands[a].units.end;
        if at(i) == Some(",") {
            i += 1;
        }
        if !matches!(at(i), Some("and" | "or")) {
            continue;
        }
        let Some(&y) = starting.get(&(i + 1)) else {
            continue;
        };
        if matches!(at(cands[y].units.end), Some("in" | "by")) {
            let kind = p
                .checked_sub(1)
                .and_then(at)
                .filter(|w| cues::is_place_noun(w))
                .map(|_| EntityKind::Place);
            out.push((x, y, kind));
        }
    }
    out
}

/// "also known as", "known as", "also called", "a.k.a.", "aka", "formerly", "formerly known as"
/// starting at unit `p`: the index just after the phrase.
fn alias_phrase(units: &[&str], p: usize) -> Option<usize> {
    let phrases: &[&[&str]] = &[
        &["also", "known", "as"],
        &["formerly", "known", "as"],
        &["better", "known", "as"],
        &["known", "as"],
        &["also", "called"],
        &["a.k.a."],
        &["aka"],
        &["formerly"],
        &["or", "simply"],
    ];
    phrases
        .iter()
        .find(|ph| units.get(p..p + ph.len()) == Some(ph))
        .map(|ph| p + ph.len())
        .map(|q| if units.get(q) == Some(&"the") { q + 1 } else { q })
}

/// "called", "named", "dubbed", "known as" at unit `p`: the index of the name after it.
fn naming_verb(units: &[&str], p: usize) -> Option<usize> {
    match units.get(p).copied()? {
        "called" | "named" | "dubbed" => Some(p + 1),
        "known" if units.get(p + 1) == Some(&"as") => Some(p + 2),
        _ => None,
    }
}

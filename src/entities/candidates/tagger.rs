//! The tagger's spans as candidates the rules confirm, extend or veto.

use super::{Candidate, Reader, is_name_unit, trim_calendar};
use crate::entities::EntityKind;
use crate::entities::{cues, gazetteer};
use crate::ner::{NerType, Tag};
use std::ops::Range;

impl Reader<'_> {
    /// The tagger's spans: kinds for candidates the rules left open, extensions of rule spans, and
    /// new names the rules missed, unless a rule vetoes them.
    pub(super) fn merge_tagger(&mut self) {
        // The tagger leans on capitals, which prove nothing in a headline-case line.
        let Some(tags) = self.tags.filter(|_| !self.headline) else {
            return;
        };
        // Which candidate holds each unit, so overlaps are found in the span's length, not by
        // scanning every candidate.
        let mut owner: Vec<Option<usize>> = vec![None; self.units.len()];
        for (k, c) in self.out.iter().enumerate() {
            for o in &mut owner[c.units.clone()] {
                *o = Some(k);
            }
        }
        for (span, ty) in spans(tags) {
            let Some((r, s)) = self.confirmed_span(&span) else {
                continue;
            };
            let titled = s > span.start;
            let kind = if titled { EntityKind::Person } else { kind_of(ty) };
            let mut overlapping: Vec<usize> = owner[r.clone()].iter().flatten().copied().collect();
            overlapping.dedup();
            if overlapping.is_empty() {
                for o in &mut owner[r.clone()] {
                    *o = Some(self.out.len());
                }
                let mut c = Candidate::new(r.clone(), Some(kind), if titled { 3 } else { 1 });
                if titled {
                    c.title = Some(span.start..s);
                }
                self.out.push(c);
                continue;
            }
            self.merge_overlapping(&mut owner, r, &overlapping, kind);
        }
    }

    /// A tagger span as the rules accept it: a title opening it set apart (the name's range and
    /// where the title ends, `span.start` for none), calendar words, a closing common-noun
    /// acronym and an opening age trimmed; `None` when the rules veto what is left.
    fn confirmed_span(&self, span: &Range<usize>) -> Option<(Range<usize>, usize)> {
        let units = self.units;
        let mut s = span.start;
        while s < span.end && cues::is_title_word(units[s]) {
            s += 1;
        }
        // A title word opening an institution's name is part of it ("Premier League").
        let last = units[span.end - 1];
        if cues::is_org_tail(last) || cues::is_place_tail(last) || cues::is_other_tail(last) {
            s = span.start;
        }
        // Modifiers alone make no title ("Federal Reserve", "District of Columbia").
        if !(span.start..s).any(|k| cues::is_title_head_at(units, k)) {
            s = span.start;
        }
        let mut r = trim_calendar(units, s..span.end);
        // "Conference ID": an abbreviation of a common noun closes no name.
        while r.len() > 1
            && crate::text::is_all_caps(units[r.end - 1])
            && cues::is_generic_acronym(units[r.end - 1])
            && !super::is_roman(units[r.end - 1])
        {
            r.end -= 1;
        }
        // "Seventeen-year-old Tariq Bell": the age before a name is not part of it.
        if r.len() > 1 && super::is_age(units[r.start]) {
            r.start += 1;
        }
        let vetoed = r.is_empty()
            || !units[r.start].starts_with(|c: char| c.is_uppercase() || c.is_numeric())
            || units[r.clone()]
                .iter()
                .all(|u| cues::is_not_name(u) || !u.chars().any(char::is_alphanumeric))
            || (r.len() == 1 && cues::is_generic_acronym(units[r.start]))
            || r.clone().all(|i| {
                self.ctx.is_common(units[i])
                    && !self.ctx.is_mostly_capitals(units[i])
                    && gazetteer::get().place(units[i]).is_none()
            });
        (!vetoed).then_some((r, s))
    }

    /// Give the rule candidates `overlapping` (as `owner` maps units to them) that a tagger
    /// span `r` of `kind` overlaps that kind, where they have none; join them when the span
    /// bridges them, or grow a lone one to the span.
    fn merge_overlapping(
        &mut self,
        owner: &mut [Option<usize>],
        r: Range<usize>,
        overlapping: &[usize],
        kind: EntityKind,
    ) {
        let units = self.units;
        for &k in overlapping {
            let c = &mut self.out[k];
            // No person's name opens with an article ("Die Linke"): the tagger read the
            // name without it.
            let article = cues::is_foreign_article(units[c.units.start]);
            if c.kind.is_none() && !(article && kind == EntityKind::Person) {
                c.kind = Some(kind);
                c.weight = 1;
            }
        }
        if overlapping.len() >= 2
            && let Some(keep) = self.bridge(&r, overlapping, kind)
        {
            for o in &mut owner[r.clone()] {
                *o = Some(keep);
            }
            return;
        }
        if let [k] = overlapping[..] {
            let c = &mut self.out[k];
            // A sentence-initial word the rules cut off stays off ("Rival Samsung …").
            let cut = r.start < c.units.start
                && self.weak[r.start]
                && (cues::is_descriptor(units[r.start])
                    || self.ctx.is_common(units[r.start])
                    || super::is_age(units[r.start]));
            let grows = r.start <= c.units.start && c.units.end <= r.end && r != c.units && !cut;
            if grows
                && c.place.is_none()
                && c.title.is_none()
                && r.clone()
                    .all(|i| is_name_unit(units[i]) || cues::is_particle(units[i]) || units[i] == "of")
            {
                for o in &mut owner[r.clone()] {
                    *o = Some(k);
                }
                c.units = r;
            }
        }
    }
}

impl Reader<'_> {
    /// One tagger span over several rule candidates joined by foreign small words ("Alternative
    /// für Deutschland", "Liberté et Justice"): the span is one name, kept in the first candidate (returned); the others are emptied.
    /// Only when the candidates fill the span but for those words, none is a person with a title,
    /// and each gap is one or two joining words.
    fn bridge(&mut self, r: &Range<usize>, overlapping: &[usize], kind: EntityKind) -> Option<usize> {
        let units = self.units;
        let mut parts: Vec<Range<usize>> = overlapping.iter().map(|&k| self.out[k].units.clone()).collect();
        parts.sort_by_key(|p| p.start);
        let fills = parts.first().is_some_and(|p| p.start == r.start)
            && parts.last().is_some_and(|p| p.end == r.end)
            && parts.windows(2).all(|w| {
                let gap = w[0].end..w[1].start;
                (1..=2).contains(&gap.len()) && units[gap].iter().all(|u| cues::is_foreign_joiner(u))
            });
        if !fills || overlapping.iter().any(|&k| self.out[k].title.is_some()) {
            return None;
        }
        let first = parts[0].start;
        let &keep = overlapping.iter().find(|&&k| self.out[k].units.start == first)?;
        // A cue word closing the whole name ("… Partei") still speaks for it.
        let last = overlapping
            .iter()
            .find(|&&k| self.out[k].units.end == r.end)
            .map(|&k| (self.out[k].kind, self.out[k].weight));
        let (kind, weight) = match last {
            Some((Some(k), w)) if w >= 2 && cues::is_org_tail(units[r.end - 1]) => (Some(k), w),
            _ => (Some(kind), 1),
        };
        for &k in overlapping {
            self.out[k].units = if k == keep { r.clone() } else { r.start..r.start };
        }
        let c = &mut self.out[keep];
        (c.kind, c.weight, c.place, c.demonym) = (kind, weight, None, false);
        Some(keep)
    }
}

/// The tag spans of an IOB2 sequence (an I without its B opens a span, as conlleval reads it).
pub fn spans(tags: &[Tag]) -> Vec<(Range<usize>, NerType)> {
    let mut out: Vec<(Range<usize>, NerType)> = Vec::new();
    for (i, t) in tags.iter().enumerate() {
        match *t {
            Tag::O => {}
            Tag::I(ty) if out.last().is_some_and(|(r, last)| r.end == i && *last == ty) => {
                if let Some((r, _)) = out.last_mut() {
                    r.end = i + 1;
                }
            }
            Tag::B(ty) | Tag::I(ty) => out.push((i..i + 1, ty)),
        }
    }
    out
}

pub fn kind_of(ty: NerType) -> EntityKind {
    match ty {
        NerType::Per => EntityKind::Person,
        NerType::Loc => EntityKind::Place,
        NerType::Org => EntityKind::Organisation,
        NerType::Misc => EntityKind::Other,
    }
}

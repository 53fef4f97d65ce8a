//! One sentence's units → name candidates with the evidence for their kind.
//!
//! This is the one recognition pipeline; [`super::recognise`] (a briefing) and
//! [`super::rules_tag`] (a tokenised CoNLL sentence) are its two front ends. Steps:
//!
//! 1. runs of capitalised words, joined across "of" after a cue word ("Sea of Japan") and across
//!    name particles ("von der");
//! 2. a title inside a run ("Japanese Prime Minister Sanae Takaichi") splits it: what precedes the
//!    title is read on its own (a demonym, a country), what follows is a person;
//! 3. a capital where capitals prove nothing (sentence start, headline case) needs evidence: the
//!    gazetteer, the word capitalised mid-sentence elsewhere in the briefing, or the tagger;
//! 4. the kind comes from the gazetteer, cue words (Agency, Prefecture, War), titles and nearby
//!    words ("said"), each with a weight; the tagger's spans are candidates the rules confirm,
//!    extend or veto.

use std::ops::Range;

use super::EntityKind;
use super::context::{Context, is_all_caps_line, weak_positions};
use super::cues;
use super::gazetteer::{self, Place, Scale};
use crate::ner::Tag;
use crate::text::is_all_caps;

/// A name found in one sentence: a range of its units, with what the rules know about it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub units: Range<usize>,
    /// The kind the evidence points to; `None` when nothing but capitals speaks for it.
    pub kind: Option<EntityKind>,
    /// How strongly: 3 gazetteer or title, 2 cue word, 1 weak hint.
    pub weight: u8,
    /// The gazetteer place, when the name is one (or a demonym of one).
    pub place: Option<&'static Place>,
    /// A nationality word ("Japanese") standing for its country.
    pub demonym: bool,
    /// The title before a person's name ("Prime Minister"), as a unit range.
    pub title: Option<Range<usize>>,
}

impl Candidate {
    fn new(units: Range<usize>, kind: Option<EntityKind>, weight: u8) -> Candidate {
        Candidate {
            units,
            kind,
            weight,
            place: None,
            demonym: false,
            title: None,
        }
    }
}

/// One sentence as the rules see it.
struct Reader<'a> {
    units: &'a [&'a str],
    weak: Vec<bool>,
    /// Headline case or all caps: every capital is weak.
    headline: bool,
    all_caps: bool,
    tags: Option<&'a [Tag]>,
    ctx: &'a Context,
    out: Vec<Candidate>,
}

/// Find the name candidates of one sentence. `title_case` marks a headline or a headline-case
/// line; `tags` are the tagger's tags for the same units, if any.
pub fn find(units: &[&str], title_case: bool, tags: Option<&[Tag]>, ctx: &Context) -> Vec<Candidate> {
    let all_caps = is_all_caps_line(units);
    let mut reader = Reader {
        units,
        weak: weak_positions(units, title_case),
        headline: title_case || all_caps,
        all_caps,
        tags: tags.filter(|t| t.len() == units.len()),
        ctx,
        out: Vec::new(),
    };
    for run in runs(units) {
        reader.run(run);
    }
    reader.merge_tagger();
    let tickers = ticker_units(units);
    let weak = std::mem::take(&mut reader.weak);
    let mut out = reader.out;
    out.retain(|c| !c.units.is_empty() && !c.units.clone().any(|i| tickers[i]));
    out.retain(|c| !junk::is_junk(units, &c.units, &weak, tags, ctx));
    // "near The Pinnacles", "in The Hague": a capital "The" mid-sentence is part of the name.
    for c in &mut out {
        if c.units.start > 0 && units[c.units.start - 1] == "The" && !weak[c.units.start - 1] {
            c.units.start -= 1;
        }
    }
    out.sort_by_key(|c| (c.units.start, c.units.end));
    out.dedup_by(|b, a| a.units.end > b.units.start);
    out
}

impl Reader<'_> {
    fn tagged(&self, i: usize) -> bool {
        self.tags.is_some_and(|t| t[i] != Tag::O)
    }

    /// Evidence that a capitalised unit in a weak position is a name.
    fn weak_unit_ok(&self, i: usize) -> bool {
        let u = self.units[i];
        let g = gazetteer::get();
        let place_ok = g
            .place(u)
            .is_some_and(|p| p.scale != Scale::City || (p.population >= 1_000_000 && !self.ctx.is_common(u)));
        place_ok
            || g.demonym(u).is_some()
            || (self.ctx.is_attested(u) && !self.ctx.is_common(u))
            || (!self.headline && self.tagged(i) && !self.ctx.is_common(u))
    }

    fn run(&mut self, run: Range<usize>) {
        let units = self.units;
        let mut r = trim_calendar(units, run);
        if r.is_empty() {
            return;
        }
        // "Conference ID": an abbreviation of a common noun closes no name.
        while r.len() > 1
            && is_all_caps(units[r.end - 1])
            && cues::is_generic_acronym(units[r.end - 1])
            && !is_roman(units[r.end - 1])
        {
            r.end -= 1;
        }
        if let Some((left, right)) = self.acronym_pair(&r) {
            self.run(left);
            self.run(right);
            return;
        }
        // A sentence-initial common word before a name is not part of it ("Improved Japan-Korea").
        if r.len() > 1 && self.weak[r.start] && !self.headline {
            let u = units[r.start];
            // "-ly" adverbs the briefing never capitalises mid-sentence ("Interestingly Lee …").
            let adverb = u.len() >= 7 && u.ends_with("ly") && !self.ctx.is_attested(u);
            // The tagger starts the name one word later ("Rival [Samsung Electronics]") and the
            // briefing never capitalises the word mid-sentence.
            let tagger_skips = self
                .tags
                .is_some_and(|t| t[r.start] == Tag::O && matches!(t[r.start + 1], Tag::B(_)))
                && !self.ctx.is_attested(u);
            if (self.ctx.is_common(u) || adverb || tagger_skips || cues::is_descriptor(u) || is_age(u))
                && !cues::is_title_word(u)
                && !cues::is_foreign_article(u)
                && gazetteer::get().demonym(u).is_none()
                // "New York City Councilman …": a common word that opens a known place stays.
                // (Asked last: it looks up every opening of the run.)
                && self.known_place_len(r.start, r.end).is_none()
            {
                r.start += 1;
            }
        }
        if self.title(r.clone()) || self.demonym_prefix(r.clone()) {
            return;
        }
        if self.headline && !r.clone().all(|i| self.weak_unit_ok(i)) {
            // In headline case only the words with evidence are names: read each stretch of them.
            let mut i = r.start;
            while i < r.end {
                let s = i;
                while i < r.end {
                    match self.known_place_len(i, r.end) {
                        Some(len) => i += len,
                        None if self.weak_unit_ok(i) => i += 1,
                        None => break,
                    }
                }
                if i > s {
                    self.classify(s..i);
                } else {
                    i += 1;
                }
            }
            return;
        }
        if r.len() == 1 && self.weak[r.start] && !self.weak_unit_ok(r.start) {
            return;
        }
        self.classify(r);
    }

    /// Two acronyms side by side ("NYPD KKK") or joined by "&" ("WBA & IBO") are two names when
    /// the briefing writes them apart: both alone elsewhere, or (with "&") either. Returns the
    /// two sides of the first such split. An acronym beside one never written alone ("ZTX CW")
    /// stays one name.
    fn acronym_pair(&self, r: &Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
        if self.all_caps {
            return None;
        }
        let units = self.units;
        let acronym = |u: &str| u.chars().count() >= 2 && u.chars().all(|c| c.is_ascii_uppercase());
        let alone = |u: &str| self.ctx.is_single(u);
        for i in r.start..r.end.saturating_sub(1) {
            let (a, b) = (units[i], units[i + 1]);
            if acronym(a) && acronym(b) && alone(a) && alone(b) {
                return Some((r.start..i + 1, i + 1..r.end));
            }
            if b == "&"
                && let Some(&c) = units.get(i + 2).filter(|_| i + 2 < r.end)
                && acronym(a)
                && acronym(c)
                && (alone(a) || alone(c))
            {
                return Some((r.start..i + 1, i + 2..r.end));
            }
        }
        None
    }

    /// The length of the longest gazetteer place or demonym of two or more units starting at `i`
    /// ("South Korea", "South Korean").
    fn known_place_len(&self, i: usize, end: usize) -> Option<usize> {
        let g = gazetteer::get();
        (2..=4.min(end - i)).rev().find(|&l| {
            let name = joined(self.units, &(i..i + l));
            g.place(&name).is_some() || g.demonym(&name).is_some()
        })
    }

    /// A title inside the run: the prefix is read on its own, the words after are a person.
    fn title(&mut self, r: Range<usize>) -> bool {
        let units = self.units;
        // The first title head with a name word somewhere after it in the run.
        let last_name = r
            .clone()
            .rev()
            .find(|&j| !cues::is_title_word(units[j]) && units[j] != "of");
        // A title after "of the" is an office inside an institution's name ("Office of the Chief
        // Medical Examiner"), not a title before a person's.
        let in_name = |k: usize| {
            let mut b = k;
            while b > r.start && cues::is_title_word(units[b - 1]) {
                b -= 1;
            }
            let possessive = matches!(units.get(k + 1), Some(&("'s" | "’s")));
            possessive || (b > r.start && matches!(units[b - 1], "of" | "the"))
        };
        let Some(head) = r
            .clone()
            .find(|&k| cues::is_title_head_at(units, k) && last_name.is_some_and(|l| l > k) && !in_name(k))
        else {
            return self.bare_title(r);
        };
        let mut block_start = head;
        while block_start > r.start && cues::is_title_word(units[block_start - 1]) {
            block_start -= 1;
        }
        let mut name_start = head + 1;
        while name_start < r.end && cues::is_title_word(units[name_start]) {
            name_start += 1;
        }
        // "Secretary of State Marco Rubio": the "of" phrase belongs to the title.
        if units.get(name_start) == Some(&"of") && name_start + 2 < r.end {
            name_start += 2;
        }
        if block_start > r.start {
            self.run(r.start..block_start);
        }
        let name_end = self.name_after_title(&r, name_start);
        // "Premier League", "Commerce Department": a title word opening an institution's name.
        if name_end == name_start && block_start == r.start && name_start < r.end {
            let last = units[r.end - 1];
            if cues::is_org_tail(last) || cues::is_place_tail(last) || cues::is_other_tail(last) {
                self.classify(r);
                return true;
            }
        }
        if name_end > name_start {
            let mut c = Candidate::new(name_start..name_end, Some(EntityKind::Person), 3);
            c.title = Some(block_start..name_start);
            self.out.push(c);
        }
        if name_end < r.end {
            self.run(name_end..r.end);
        }
        true
    }

    /// A run that closes with a title and no name after it: the title names no one, and what
    /// precedes it is read on its own ("South Korean President"), unless "of" makes the title
    /// part of a name ("Office of the President"). Whether the run was taken care of.
    fn bare_title(&mut self, r: Range<usize>) -> bool {
        let units = self.units;
        let mut first_title = r.end;
        while first_title > r.start && cues::is_title_word(units[first_title - 1]) {
            first_title -= 1;
        }
        let has_head = (first_title..r.end).any(|k| cues::is_title_head_at(units, k));
        let inside_name = first_title > r.start && matches!(units[first_title - 1], "of" | "the" | "for");
        if !has_head || inside_name {
            return false;
        }
        // "the Federal Returning Officer", "the Chief Medical Officer": a title modifier
        // opening the run makes the whole run an office, and the words between are the
        // office's, not a name.
        if cues::is_title_modifier(units[r.start]) {
            return true;
        }
        if first_title > r.start {
            self.run(r.start..first_title);
        }
        true
    }

    /// Where the name after a title that ends at `name_start` ends: up to five name words,
    /// particles aside ("Luiz Inacio Lula da Silva"), before any cue word or "of".
    fn name_after_title(&self, r: &Range<usize>, name_start: usize) -> usize {
        let units = self.units;
        let mut name_end = name_start;
        let mut words = 0;
        while name_end < r.end
            && (words < 5 || cues::is_particle(units[name_end]))
            && !cues::is_org_tail(units[name_end])
            && !cues::is_place_tail(units[name_end])
            && units[name_end] != "of"
            && (!self.headline || self.weak_unit_ok(name_end))
        {
            if !cues::is_particle(units[name_end]) {
                words += 1;
            }
            name_end += 1;
        }
        while name_end > name_start && cues::is_particle(units[name_end - 1]) {
            name_end -= 1;
        }
        name_end
    }

    /// A nationality word alone stands for its country; before a known name it is read apart.
    fn demonym_prefix(&mut self, r: Range<usize>) -> bool {
        let units = self.units;
        let g = gazetteer::get();
        let len = [2, 1]
            .into_iter()
            .find(|&l| r.start + l <= r.end && g.demonym(&joined(units, &(r.start..r.start + l))).is_some());
        let Some(len) = len else {
            return false;
        };
        let dem = r.start..r.start + len;
        let rest = dem.end..r.end;
        let push_demonym = |out: &mut Vec<Candidate>| {
            let mut c = Candidate::new(dem.clone(), Some(EntityKind::Place), 3);
            c.place = g.demonym(&joined(units, &dem));
            c.demonym = true;
            out.push(c);
        };
        if rest.is_empty() {
            push_demonym(&mut self.out);
            return true;
        }
        // Before a name of its own ("American Steve Witkoff"-style apposition) the demonym is
        // read apart; before a generic word it is part of the name: "South Korean Air Force" and
        // "Japanese Foreign Ministry" are two institutions, not one "Air Force", and "Korean War"
        // is one name.
        let cue = |u: &str| cues::is_org_tail(u) || cues::is_place_tail(u) || cues::is_other_tail(u);
        let known = rest.len() == 1 && self.ctx.is_single(units[rest.start]) && !cue(units[rest.start]);
        if known {
            push_demonym(&mut self.out);
            self.run(rest);
            return true;
        }
        false
    }
}

mod around;
mod classify;
mod junk;
mod runs;
mod tagger;

use classify::is_roman;
#[cfg(test)]
use {
    around::{Share, is_compass, share_after},
    classify::is_ism,
};

use runs::{is_name_unit, joined, runs, ticker_units, trim_calendar};

#[cfg(test)]
use tagger::spans;

#[cfg(test)]
mod tests;

/// An age or size written as one hyphenated word ("Sixteen-year-old", "Two-month-old"): it
/// describes the name after it and is never part of it.
fn is_age(word: &str) -> bool {
    const AGES: [&str; 5] = ["-year-old", "-years-old", "-month-old", "-week-old", "-day-old"];
    if word.is_ascii() {
        // ASCII folds byte by byte: no lower-case copy.
        return AGES.iter().any(|s| {
            word.len() >= s.len()
                && word.as_bytes()[word.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
        });
    }
    let lower = word.to_lowercase();
    AGES.iter().any(|s| lower.ends_with(s))
}

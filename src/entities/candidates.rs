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
use super::context::{Context, is_all_caps, is_all_caps_line, is_capitalised, weak_positions};
use super::cues;
use super::gazetteer::{self, Place, Scale};
use crate::ner::{NerType, Tag};

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
            // A bare title at the end of a run names no one; what precedes it is read on its own
            // ("South Korean President"), unless "of" makes the title part of a name ("Office of
            // the President").
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
            if cues::TITLE_MODIFIERS.contains(&units[r.start]) {
                return true;
            }
            if first_title > r.start {
                self.run(r.start..first_title);
            }
            return true;
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
        // Up to five name words, particles aside ("Luiz Inacio Lula da Silva").
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

    /// Decide the kind of a run with no title in it, and keep it.
    fn classify(&mut self, r: Range<usize>) {
        let units = self.units;
        let text = joined(units, &r);
        let g = gazetteer::get();
        let first = units[r.start];
        let mut last_i = r.end - 1;
        while last_i > r.start
            && (is_roman(units[last_i]) || units[last_i].chars().all(|c| c.is_ascii_digit()))
        {
            last_i -= 1;
        }
        let last = units[last_i];
        if r.len() == 1 {
            let u = first;
            // A lone capital letter is a label or a variable, not a name ("Plan B", "T").
            if u.chars().count() == 1 {
                return;
            }
            // A word between a day and a year is a month, in whatever language ("14 Gennaio 2026").
            let digits = |i: Option<usize>| {
                i.and_then(|i| units.get(i))
                    .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
            };
            if digits(r.start.checked_sub(1)) && digits(Some(r.end)) {
                return;
            }
            if cues::is_org_tail(u)
                || cues::is_place_tail(u)
                || cues::is_other_tail(u)
                || cues::is_title_word(u)
            {
                return;
            }
            if is_all_caps(u) && !self.all_caps {
                self.acronym(r);
                return;
            }
        }
        let mut c = Candidate::new(r.clone(), None, 0);
        if let Some(place) = g.place(&text) {
            let weak_city = place.scale == Scale::City
                && self.weak[r.start]
                && r.len() == 1
                && place.population < 1_000_000;
            if !weak_city || self.ctx.is_attested(first) {
                (c.kind, c.weight, c.place) = place_evidence(place, r.len());
            }
        }
        if c.kind.is_none() && r.len() >= 2 {
            let rest = joined(units, &(r.start + 1..r.end));
            let expanded = match first {
                "S." => Some("South"),
                "N." => Some("North"),
                "E." => Some("East"),
                "W." => Some("West"),
                _ => None,
            };
            if let Some(place) = expanded.and_then(|d| g.place(&format!("{d} {rest}"))) {
                c.kind = Some(EntityKind::Place);
                c.weight = 3;
                c.place = Some(place);
            } else if cues::is_direction(first) && g.place(&rest).is_some() {
                c.kind = Some(EntityKind::Place);
                c.weight = 2;
            } else if cues::is_direction(first) && !cues::is_org_tail(last) && !cues::is_other_tail(last) {
                // "South Sudan"-like names the gazetteer spells differently are still places.
                c.kind = Some(EntityKind::Place);
                c.weight = 1;
            }
        }
        if c.kind.is_none() && r.len() >= 2 {
            let has_of = units[r.clone()].contains(&"of");
            let cue = if cues::is_org_tail(last) {
                Some(EntityKind::Organisation)
            } else if cues::is_place_tail(last) {
                Some(EntityKind::Place)
            } else if cues::is_other_tail(last) {
                Some(EntityKind::Other)
            } else if cues::is_group_plural(last) {
                // "the Free Democrats of Christian Lindner": a party, whoever leads it.
                Some(EntityKind::Organisation)
            } else if cues::is_org_head(first) && has_of || self.head_before_of(&r, cues::is_org_head) {
                Some(EntityKind::Organisation)
            } else if cues::is_place_head(first) || self.head_before_of(&r, cues::is_place_head) {
                Some(EntityKind::Place)
            } else if cues::is_other_head(first) {
                Some(EntityKind::Other)
            } else {
                None
            };
            if cue.is_some() {
                c.kind = cue;
                // A legal form ("Corp", "Ltd", "GmbH") settles what the name is wherever else
                // it is written bare ("Nvidia said").
                c.weight = if cues::is_legal_form(last) { 4 } else { 2 };
            }
        }
        if c.kind.is_none() {
            (c.kind, c.weight) = self.context_kind(&r);
        }
        // "Buddhism", "Marxism", "Catholicism": a capitalised -ism names a belief or a
        // movement, whatever the tagger reads into it.
        if r.len() == 1 && c.place.is_none() && is_ism(first) && c.weight < 3 {
            (c.kind, c.weight) = (Some(EntityKind::Other), 2);
        }
        // "its Blackwell chips": a product's name, whatever a town or a surname it shares.
        if let Some(weight) = self.product_weight(&r)
            && c.place.is_none_or(|p| p.scale == Scale::City)
            && c.weight < 3
        {
            (c.kind, c.weight, c.place) = (Some(EntityKind::Other), weight, None);
        }
        // A lone "Al-Hilal", "Al-Jazeera", "Al-Shabaab": English news writes a person's Arabic
        // article in lower case ("al-Assad"), so a capital "Al-" word nothing else explains names
        // a club, a broadcaster or a group.
        let arabic_article = ["Al-", "Al\u{2011}", "El-"].iter().any(|p| first.starts_with(p));
        if c.kind.is_none()
            && r.len() == 1
            && arabic_article
            && first.chars().nth(3).is_some_and(char::is_uppercase)
        {
            (c.kind, c.weight) = (Some(EntityKind::Organisation), 1);
        }
        self.out.push(c);
    }

    /// A cue word standing before "of" anywhere in the name ("National Institute of Meteorology",
    /// "United Kingdom of Great Britain").
    fn head_before_of(&self, r: &Range<usize>, is_head: fn(&str) -> bool) -> bool {
        (r.start..r.end.saturating_sub(1)).any(|i| is_head(self.units[i]) && self.units[i + 1] == "of")
    }

    /// How surely a name between a possessive or determiner and a product noun is that product:
    /// 3 after a company's possessive ("its Blackwell chips", "Nvidia's Blackwell chips", "our
    /// Pixel phones"); 1 after "the" or "their", where a maker's name stands as often ("the Pfizer
    /// vaccine", "their Samsung phones"), and not at all when the tagger calls it a body or place.
    fn product_weight(&self, r: &Range<usize>) -> Option<u8> {
        let units = self.units;
        if r.len() > 3 || !units.get(r.end).is_some_and(|w| cues::is_product_noun(w)) {
            return None;
        }
        let before = |k: usize| r.start.checked_sub(k).and_then(|i| units.get(i)).copied();
        let possessor = matches!(before(1), Some("'s" | "’s")) && before(2).is_some_and(is_capitalised);
        if possessor || matches!(before(1), Some("its" | "our" | "Its" | "Our")) {
            return Some(3);
        }
        let body = self.tagged_as(r, |ty| matches!(ty, NerType::Org | NerType::Loc));
        (matches!(before(1), Some("the" | "their" | "The" | "Their")) && !body).then_some(1)
    }

    /// Whether the tagger reads any unit of `r` as part of a name of a type `is` accepts.
    fn tagged_as(&self, r: &Range<usize>, is: impl Fn(NerType) -> bool) -> bool {
        self.tags.is_some_and(|t| {
            t[r.clone()]
                .iter()
                .any(|t| matches!(t, Tag::B(ty) | Tag::I(ty) if is(*ty)))
        })
    }

    /// Person or work evidence from the words around a name.
    fn context_kind(&self, r: &Range<usize>) -> (Option<EntityKind>, u8) {
        let units = self.units;
        let before = |k: usize| r.start.checked_sub(k).and_then(|i| units.get(i)).copied();
        let after = units.get(r.end).copied();
        // "the Clara Delmont jewellery store", "X's boutique", "Swiss firm X", "jeweller X": a
        // business, though it bears a person's name.
        if is_business(units, r) {
            return (Some(EntityKind::Organisation), 2);
        }
        if before(1).is_some_and(cues::is_lower_title) {
            return (Some(EntityKind::Person), 2);
        }
        let closing = |u: Option<&str>| matches!(u, Some("”" | "\"" | "’"));
        let quoted = matches!(before(1), Some("“" | "\"" | "‘"))
            && (closing(after)
                || (matches!(after, Some("," | ".")) && closing(units.get(r.end + 1).copied())));
        if quoted {
            return (Some(EntityKind::Other), 1);
        }
        // "Hatay province", "the town of Defne": an area noun names what the name is. ("the
        // state of emergency" never reaches here: "emergency" is not capitalised.)
        let area_after = after.is_some_and(cues::is_area_noun)
            && !matches!(
                units.get(r.end + 1),
                Some(&("hall" | "halls" | "meeting" | "meetings"))
            );
        let area_before = before(1) == Some("of")
            && before(2).is_some_and(cues::is_area_noun)
            && matches!(before(3), Some("the" | "The"));
        if r.len() <= 3 && (area_after || area_before) {
            return (Some(EntityKind::Place), 2);
        }
        // "analysts at Morgan Stanley", "engineers at Airbus": people who work at a name work
        // for a body.
        if before(1) == Some("at") && before(2).is_some_and(|w| cues::is_staff_noun(&w.to_lowercase())) {
            return (Some(EntityKind::Organisation), 2);
        }
        // "a former BlackRock executive", "a Goldman Sachs analyst": someone's employer.
        if after.is_some_and(cues::is_employee_noun)
            && matches!(
                before(1),
                Some("a" | "an" | "the" | "former" | "ex" | "senior" | "top" | "longtime" | "veteran")
            )
        {
            return (Some(EntityKind::Organisation), 2);
        }
        // "the 630-seat Bundestag", "the 193-member General Assembly": a body with seats.
        if before(1).is_some_and(|w| w.ends_with("-seat") || w.ends_with("-member"))
            || (matches!(before(1), Some("seat" | "member")) && before(2) == Some("-"))
        {
            return (Some(EntityKind::Organisation), 2);
        }
        // "Die Linke won 8.8 percent", "the AfD will have 152 seats": what wins seats is a party;
        // a share of the vote a candidate wins too, so only a name the tagger does not call a
        // person counts, and weakly.
        match share_after(&units[r.end..]) {
            Some(Share::Seats) => return (Some(EntityKind::Organisation), 2),
            Some(Share::Percent) if !self.tagged_as(r, |ty| ty == NerType::Per) => {
                return (Some(EntityKind::Organisation), 1);
            }
            _ => {}
        }
        // "3 miles southwest of Cobb", "10 km from Palu": what a distance is measured from is a
        // place.
        // A capital "The" before the name is its own ("near The Pinnacles").
        let the = usize::from(before(1) == Some("The"));
        let lists = super::lists::get();
        if r.len() <= 3 && matches!(before(1 + the), Some("of" | "from")) {
            let unit = |k: usize| before(k + the).is_some_and(|w| lists.is_distance_unit(w));
            if unit(2) || (before(2 + the).is_some_and(is_compass) && unit(3)) {
                return (Some(EntityKind::Place), 2);
            }
        }
        // "in Mamuju", "near Palu": a weak hint that a name nothing else explains is a place.
        if r.len() <= 2
            && matches!(
                before(1 + the),
                Some("in" | "near" | "outside" | "across" | "throughout" | "inside")
            )
        {
            return (Some(EntityKind::Place), 1);
        }
        if cues::is_holiday(units[r.start]) {
            return (Some(EntityKind::Other), 2);
        }
        if let Some(kind) = cues::apposition_kind(&units[r.end..]) {
            return (Some(kind), 2);
        }
        let said = after.is_some_and(cues::is_speech_verb)
            || (after == Some(",") && units.get(r.end + 1) == Some(&"who"));
        // "The Kremlin said", "the BNPB said": a determiner makes the speaker an institution.
        let determiner = matches!(before(1), Some("the" | "The"));
        if said && determiner {
            return (Some(EntityKind::Organisation), 1);
        }
        // A bare one-word name that speaks is as often a company or a ministry as a person.
        if said && r.len() >= 2 && !is_all_caps(units[r.start]) {
            return (Some(EntityKind::Person), 1);
        }
        // "Lionel Messi's Inter Miami": what a person's full name possesses is rarely a person (a
        // relative or colleague comes with a noun: "Messi's teammate Luis Suárez"). A one-word
        // possessor may be a company ("Apple's Tim Cook"), so it proves nothing.
        let possessed = matches!(before(1), Some("'s" | "’s"))
            && before(2).is_some_and(is_capitalised)
            && before(3).is_some_and(|w| is_capitalised(w) && !cues::is_not_name(w));
        if possessed && r.len() >= 2 {
            return (Some(EntityKind::Organisation), 2);
        }
        (None, 0)
    }

    /// A single all-caps unit: a country code, a known word in capitals, or an acronym.
    fn acronym(&mut self, r: Range<usize>) {
        let u = self.units[r.start];
        let g = gazetteer::get();
        let mut c = Candidate::new(r.clone(), Some(EntityKind::Organisation), 1);
        if let Some(place) = g.place(u) {
            (c.kind, c.weight, c.place) = place_evidence(place, 1);
        } else if cues::is_generic_acronym(u)
            || cues::is_calendar(u)
            || (self.ctx.is_common(u) && !self.ctx.is_mostly_capitals(u))
        {
            return;
        } else if self.ctx.is_attested_mixed(u) {
            // A name set in capitals ("NARA —"): the same name, kind from elsewhere.
            c.kind = None;
            c.weight = 0;
        } else if self.weak[r.start] && !self.ctx.is_attested(u) && !self.tagged(r.start) {
            return;
        }
        self.out.push(c);
    }
}

/// What a name wins in an election.
#[derive(Debug, PartialEq, Eq)]
enum Share {
    Seats,
    Percent,
}

/// "won 8.8 percent", "took 20.8%", "will have 152 seats", "64 seats", "secured 30 per cent":
/// a verb of winning (or none), a number, then seats or a share.
fn share_after(after: &[&str]) -> Option<Share> {
    let mut i = 0;
    if matches!(
        after.first(),
        Some(&("will" | "would" | "could" | "may" | "has" | "had" | "have"))
    ) {
        i += 1;
    }
    let verb = after.get(i).is_some_and(|w| {
        matches!(
            *w,
            "won"
                | "wins"
                | "win"
                | "took"
                | "takes"
                | "take"
                | "got"
                | "gets"
                | "get"
                | "received"
                | "secured"
                | "secures"
                | "gained"
                | "gains"
                | "garnered"
                | "captured"
                | "polled"
                | "polls"
                | "holds"
                | "held"
                | "has"
                | "have"
                | "had"
                | "kept"
                | "lost"
                | "scored"
        )
    });
    if verb {
        i += 1;
    } else if i > 0 {
        return None;
    }
    let number = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    };
    if !after.get(i).is_some_and(|w| number(w)) {
        return None;
    }
    match after.get(i + 1).copied() {
        Some("seats" | "seat") => Some(Share::Seats),
        Some("percent" | "%" | "pct") if verb => Some(Share::Percent),
        Some("per") if verb && after.get(i + 2) == Some(&"cent") => Some(Share::Percent),
        _ => None,
    }
}

/// What a gazetteer match says. Thousands of towns share a word with a surname ("Rubio", "Lee"),
/// so a city is a hint that names and titles can outvote, matched as written (no gazetteer
/// identity); countries, states and continents are firm and carry their identity, so "U.S." and
/// "America" meet.
fn place_evidence(place: &'static Place, words: usize) -> (Option<EntityKind>, u8, Option<&'static Place>) {
    if place.scale != Scale::City {
        return (Some(EntityKind::Place), 3, Some(place));
    }
    let weight = if words > 1 || place.population >= 1_000_000 {
        2
    } else {
        1
    };
    (Some(EntityKind::Place), weight, None)
}

fn is_roman(u: &str) -> bool {
    !u.is_empty() && u.len() <= 4 && u.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

mod junk;
mod runs;
mod tagger;

use runs::{is_name_unit, joined, runs, ticker_units, trim_calendar};

#[cfg(test)]
use tagger::spans;

#[cfg(test)]
mod tests;

/// A name the words around it make a business: between "the" (or a possessive) and a shop noun,
/// with up to two lower-case words between ("the X store", "the X jewellery shop", "X's
/// boutique"); or right after a business noun ("Swiss firm X", "jeweller X").
fn is_business(units: &[&str], r: &Range<usize>) -> bool {
    let lists = super::lists::get();
    let before = |k: usize| r.start.checked_sub(k).and_then(|i| units.get(i)).copied();
    if r.len() <= 4 && before(1).is_some_and(|w| lists.is_trade_noun(w)) {
        return true;
    }
    let determiner = matches!(before(1), Some("the" | "The"));
    let mut i = r.end;
    let possessive = matches!(units.get(i), Some(&("'s" | "’s")));
    if !determiner && !possessive {
        return false;
    }
    if possessive {
        i += 1;
    }
    for _ in 0..3 {
        match units.get(i) {
            Some(w) if lists.is_shop_noun(w) => return true,
            Some(w) if w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic) => i += 1,
            _ => return false,
        }
    }
    false
}

/// A lower-case compass direction: "north", "southwest", "north-northeast".
fn is_compass(word: &str) -> bool {
    let mut rest = word;
    let mut parts = 0;
    while !rest.is_empty() {
        rest = rest.trim_start_matches('-');
        let Some(next) = ["north", "south", "east", "west"]
            .iter()
            .find_map(|d| rest.strip_prefix(d))
        else {
            return false;
        };
        rest = next;
        parts += 1;
    }
    parts > 0
}

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

/// A capitalised word ending in "-ism" with a stem of three letters or more ("Buddhism",
/// "Marxism"; not "Prism" or "Chrism").
fn is_ism(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.ends_with("ism")
        && word.chars().count() >= 7
        && word.chars().all(char::is_alphabetic)
}

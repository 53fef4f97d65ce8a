//! Name lists the tagger uses as features: countries, cities, US states, continents,
//! demonyms (a MISC cue) and title words (a PER cue on the next tokens).
//!
//! The lists are compiled once from the GeoNames/Factbook gazetteer (`compile`) into a compact
//! `kind<TAB>name` file shipped as `assets/ner/gazetteer.tsv`. Membership is a feature, not a
//! decision: "Nice" the city and "nice" the adjective are told apart by the learned weights.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use super::error::NerError;
use super::hash::{IdMap, hash_lower, mix};
use super::token::TokInfo;
use super::words::WordTable;

/// What a list entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Country,
    City,
    State,
    Continent,
    Demonym,
    Title,
}

impl Kind {
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }

    fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::City => "city",
            Kind::State => "state",
            Kind::Continent => "continent",
            Kind::Demonym => "demonym",
            Kind::Title => "title",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "country" => Kind::Country,
            "city" => Kind::City,
            "state" => Kind::State,
            "continent" => Kind::Continent,
            "demonym" => Kind::Demonym,
            "title" => Kind::Title,
            _ => return None,
        })
    }
}

/// Words that introduce a person's name in news text: one entry a line in
/// `assets/ner/titles.txt`.
const TITLES: &str = include_str!("../../assets/ner/titles.txt");

/// Cities below this population are left out: small towns mostly add ambiguous common words.
const CITY_MIN_POPULATION: u64 = 100_000;
/// Longest name, in tokens, that is matched.
const MAX_LEN: usize = 5;

/// Token sequences (hashed, case-folded) → bit set of [`Kind`]s; plus the names seen in the
/// training data → bit set of their types (PER, LOC, ORG, MISC as bits 0–3). Every proper
/// prefix of an entry is present too (with no bits), so matching stops at the first token
/// sequence that begins no entry.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    map: Arc<IdMap<u8>>,
    names: Arc<IdMap<u8>>,
    /// Both merged for matching: list kinds in the low byte, name types in the high byte.
    index: Arc<IdMap<u16>>,
    /// `index` of the lists alone, without the names: what [`Gazetteer::with_names`] adds to.
    lists: Arc<IdMap<u16>>,
    /// The weights file's name section `names` was read from: a second pass that ships the
    /// same section shares the first one's maps instead of building them again.
    names_from: Option<Arc<[u8]>>,
    /// Word classes and frequencies (shared; empty unless set).
    words: Arc<WordTable>,
    /// Keys of the entries that are peoples' names and nothing else, sorted: a few hundred,
    /// looked up for every tagged name without leaving the cache.
    demonyms: Arc<Vec<u64>>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer {
            map: Arc::default(),
            names: Arc::default(),
            index: Arc::default(),
            lists: Arc::default(),
            names_from: None,
            words: WordTable::empty(),
            demonyms: Arc::default(),
        }
    }
}

const SEED: u64 = 0x6A2;

impl Gazetteer {
    /// Parse `kind<TAB>name` lines; the built-in title words are always added. Unknown kinds and
    /// malformed lines are skipped, so a newer list never breaks an older binary.
    pub fn parse(text: &str) -> Gazetteer {
        let mut g = Gazetteer::default();
        for line in text.lines() {
            let Some((kind, name)) = line.split_once('\t') else {
                continue;
            };
            if let Some(kind) = Kind::parse(kind) {
                g.insert(kind, name);
            }
        }
        for t in crate::text::wordlist::entries(TITLES) {
            g.insert(Kind::Title, t);
        }
        g.index = Arc::new(g.map.iter().map(|(&k, &v)| (k, v as u16)).collect());
        g.lists = g.index.clone();
        let mut demonyms: Vec<u64> = g
            .map
            .iter()
            .filter(|&(_, &bits)| bits == Kind::Demonym.bit())
            .map(|(&k, _)| k)
            .collect();
        demonyms.sort_unstable();
        g.demonyms = Arc::new(demonyms);
        g
    }

    /// The same lists with `names` (key → type bits) as the learned name lexicon.
    pub(crate) fn with_names(&self, names: IdMap<u8>) -> Gazetteer {
        let mut index = IdMap::clone(&self.lists);
        index.reserve(names.len());
        for (&k, &v) in &names {
            *index.entry(k).or_default() |= (v as u16) << 8;
        }
        Gazetteer {
            map: self.map.clone(),
            names: Arc::new(names),
            index: Arc::new(index),
            lists: self.lists.clone(),
            names_from: None,
            words: self.words.clone(),
            demonyms: self.demonyms.clone(),
        }
    }

    /// [`Gazetteer::with_names`] for the names read from `section` of a weights file by `read`:
    /// these very lists when they were made from the same section.
    pub(crate) fn with_names_from(&self, section: &[u8], read: impl FnOnce() -> IdMap<u8>) -> Gazetteer {
        if self.names_from.as_deref() == Some(section) {
            return self.clone();
        }
        Gazetteer {
            names_from: Some(Arc::from(section)),
            ..self.with_names(read())
        }
    }

    /// The same lists with `words` as the word table.
    pub fn with_words(mut self, words: Arc<WordTable>) -> Gazetteer {
        self.words = words;
        self
    }

    pub(crate) fn words(&self) -> &WordTable {
        &self.words
    }

    /// Whether both lists give every sentence the same pass-independent features.
    pub(crate) fn marks_like(&self, other: &Gazetteer) -> bool {
        (Arc::ptr_eq(&self.index, &other.index) || self.index == other.index)
            && Arc::ptr_eq(&self.words, &other.words)
    }

    pub(crate) fn names(&self) -> &IdMap<u8> {
        &self.names
    }

    /// The list kinds (bits of [`Kind::bit`]) of exactly these words, case folded; 0 when
    /// they are no name in the lists.
    fn kinds_of(&self, tokens: &[&str]) -> u8 {
        name_key(tokens)
            .and_then(|h| self.map.get(&h).copied())
            .unwrap_or(0)
    }

    /// Whether exactly these words are a people's name in the lists and nothing else there
    /// ("North Korean", "Japanese").
    pub(crate) fn is_only_demonym(&self, tokens: &[&str]) -> bool {
        !self.demonyms.is_empty() && name_key(tokens).is_some_and(|h| self.demonyms.binary_search(&h).is_ok())
    }

    /// Whether exactly these words are a country in the lists (case folded).
    pub(crate) fn is_country(&self, tokens: &[&str]) -> bool {
        self.kinds_of(tokens) & Kind::Country.bit() != 0
    }

    /// Whether exactly these words are a country, a state or a continent in the lists.
    pub(crate) fn is_wide_place(&self, tokens: &[&str]) -> bool {
        let wide = Kind::Country.bit() | Kind::State.bit() | Kind::Continent.bit();
        self.kinds_of(tokens) & wide != 0
    }

    /// Whether a word is a title in the lists ("President", "Prince").
    pub(crate) fn is_title(&self, word: &str) -> bool {
        self.kinds_of(&[word]) & Kind::Title.bit() != 0
    }

    fn insert(&mut self, kind: Kind, name: &str) {
        let n = name.split_whitespace().count();
        if n == 0 || n > MAX_LEN {
            return;
        }
        insert_with_prefixes(Arc::make_mut(&mut self.map), name.split_whitespace(), kind.bit());
    }

    /// Mark, for each token, the kinds of the names that begin at it and that continue through
    /// it: list kinds in the low byte, learned name types in the high byte.
    pub(crate) fn mark(
        &self,
        tokens: &[&str],
        infos: &[TokInfo],
        begin: &mut Vec<u16>,
        inside: &mut Vec<u16>,
    ) {
        let n = tokens.len();
        begin.clear();
        begin.resize(n, 0);
        inside.clear();
        inside.resize(n, 0);
        for i in 0..n {
            let mut h = SEED;
            for len in 1..=MAX_LEN.min(n - i) {
                h = mix(h, infos[i + len - 1].lower);
                let Some(&bits) = self.index.get(&h) else {
                    break;
                };
                if bits != 0 {
                    begin[i] |= bits;
                    for x in &mut inside[i + 1..i + len] {
                        *x |= bits;
                    }
                }
            }
        }
    }

    /// Build the compact `kind<TAB>name` list from the gazetteer folder
    /// (`countries.tsv`, `cities.tsv`, `us_states.tsv`, `continents.tsv`, `demonyms.tsv`).
    pub fn compile(dir: &Path) -> Result<String, NerError> {
        let mut out: BTreeSet<(Kind, String)> = BTreeSet::new();
        let mut add = |kind: Kind, name: &str| {
            let name = name.trim();
            if !name.is_empty() && name.split_whitespace().count() <= MAX_LEN {
                out.insert((kind, name.to_string()));
            }
        };
        for_rows(dir, "countries.tsv", |c| {
            add(Kind::Country, c[0]);
            for alt in c.get(7).unwrap_or(&"").split('|') {
                add(Kind::Country, alt);
            }
            for d in c.get(6).unwrap_or(&"").split('|') {
                add(Kind::Demonym, d);
            }
        })?;
        for_rows(dir, "cities.tsv", |c| {
            let pop: u64 = c.get(3).and_then(|p| p.parse().ok()).unwrap_or(0);
            if pop >= CITY_MIN_POPULATION {
                for name in [c[0], c.get(1).unwrap_or(&"")] {
                    add(Kind::City, name);
                    add(Kind::City, strip_admin_suffix(name));
                }
            }
        })?;
        for_rows(dir, "us_states.tsv", |c| add(Kind::State, c[0]))?;
        for_rows(dir, "continents.tsv", |c| {
            add(Kind::Continent, c[0]);
            for alt in c.get(3).unwrap_or(&"").split('|') {
                add(Kind::Continent, alt);
            }
        })?;
        for_rows(dir, "demonyms.tsv", |c| add(Kind::Demonym, c[0]))?;
        let mut s = String::new();
        for (kind, name) in out {
            s.push_str(kind.as_str());
            s.push('\t');
            s.push_str(&name);
            s.push('\n');
        }
        Ok(s)
    }
}

/// The key of a name of up to `MAX_LEN` words in the lists (case folded).
fn name_key(tokens: &[&str]) -> Option<u64> {
    (!tokens.is_empty() && tokens.len() <= MAX_LEN)
        .then(|| tokens.iter().fold(SEED, |h, t| mix(h, hash_lower(t))))
}

/// Add `bits` under the key of `tokens`, and every proper prefix of it with no bits.
pub(crate) fn insert_with_prefixes<'a>(map: &mut IdMap<u8>, tokens: impl Iterator<Item = &'a str>, bits: u8) {
    let mut h = SEED;
    let mut last = None;
    for t in tokens {
        if let Some(prev) = last {
            map.entry(prev).or_default();
        }
        h = mix(h, hash_lower(t));
        last = Some(h);
    }
    if let Some(k) = last {
        *map.entry(k).or_default() |= bits;
    }
}

/// GeoNames spells some cities with their romanised administrative suffix ("Nara-shi",
/// "Suwon-si"); text names them without it.
fn strip_admin_suffix(name: &str) -> &str {
    const SUFFIXES: &[&str] = &["shi", "si", "ku", "gu", "gun", "machi", "cho", "shi-ku"];
    match name.split_once('-') {
        Some((base, suffix)) if SUFFIXES.contains(&suffix) => base,
        _ => name,
    }
}

/// Call `f` on the tab-separated fields of each data row (the header row is skipped).
fn for_rows(dir: &Path, file: &str, mut f: impl FnMut(&[&str])) -> Result<(), NerError> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).map_err(|source| NerError::Io {
        path: path.display().to_string(),
        source,
    })?;
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if !cols[0].is_empty() {
            f(&cols);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::token::sentence_infos;
    use super::*;

    #[test]
    fn admin_suffixes() {
        let cases = [
            ("Nara-shi", "Nara"),
            ("Suwon-si", "Suwon"),
            ("Winston-Salem", "Winston-Salem"),
            ("Paris", "Paris"),
        ];
        for (name, want) in cases {
            assert_eq!(strip_admin_suffix(name), want);
        }
    }

    #[test]
    fn marks_multi_token_names_case_insensitively() {
        let g = Gazetteer::parse("country\tUnited States\ncity\tNara\ndemonym\tJapanese\n");
        let b = |k: Kind| k.bit() as u16;
        type Case<'a> = (&'a [&'a str], Vec<u16>, Vec<u16>);
        let cases: [Case; 3] = [
            (
                &["the", "United", "States", "said"],
                vec![0, b(Kind::Country), 0, 0],
                vec![0, 0, b(Kind::Country), 0],
            ),
            (&["in", "NARA"], vec![0, b(Kind::City)], vec![0, 0]),
            (
                &["President", "Japanese"],
                vec![b(Kind::Title), b(Kind::Demonym)],
                vec![0, 0],
            ),
        ];
        for (toks, want_b, want_i) in cases {
            let infos = sentence_infos(toks);
            let (mut b, mut i) = (Vec::new(), Vec::new());
            g.mark(toks, &infos, &mut b, &mut i);
            assert_eq!((b, i), (want_b, want_i), "{toks:?}");
        }
    }
}

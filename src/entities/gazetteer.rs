//! Place gazetteers: countries (with alternative names and demonyms), US states, continents and
//! cities, from assets/gazetteer (GeoNames and the CIA World Factbook; see LICENSE-DATA.md there).
//!
//! The tables are embedded and parsed once. Lookups go through [`super::fold::key`], so "U.S." finds
//! the United States and "Sao Paulo" finds São Paulo.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::fold::{key, with_key};
use crate::compact::clamp_u32;

/// What sort of place a gazetteer entry is. Earlier variants win when two share a name
/// ("Georgia" the country over the US state; "Asia" the continent over a town called Asia).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scale {
    Country,
    Continent,
    State,
    City,
}

/// A place in the gazetteer.
#[derive(Debug, Clone)]
pub struct Place {
    /// The gazetteer's name, used as the entity's canonical name.
    pub name: String,
    /// A stable identity: every name of one place shares it ("country:US" for "U.S." and "America").
    pub id: String,
    pub scale: Scale,
    pub population: u64,
}

/// The loaded gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Name key → index into `all`: every name of one place shares its entry.
    places: FxHashMap<String, u32>,
    all: Vec<Place>,
    /// Demonym key → country key into `places`; the most populous country when several share one.
    demonyms: FxHashMap<String, String>,
}

const COUNTRIES: &str = include_str!("../../assets/gazetteer/countries.tsv");
const CONTINENTS: &str = include_str!("../../assets/gazetteer/continents.tsv");
const STATES: &str = include_str!("../../assets/gazetteer/us_states.tsv");
const CITIES: &str = include_str!("../../assets/gazetteer/cities.tsv");
const DEMONYMS: &str = include_str!("../../assets/gazetteer/demonyms.tsv");

/// The embedded gazetteer, parsed on first use.
pub fn get() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(Gazetteer::embedded)
}

/// Data rows of a TSV table (the header row skipped), split into fields.
fn rows(table: &str) -> impl Iterator<Item = Fields<'_>> {
    table
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(Fields::of)
}

/// A row's fields, without a vector per row (the cities are 34,000 rows, read at every start).
struct Fields<'a> {
    f: [&'a str; Fields::MAX],
    n: usize,
}

impl<'a> Fields<'a> {
    /// The tables' widest row; a field past it is never read.
    const MAX: usize = 8;

    fn of(line: &'a str) -> Fields<'a> {
        // `line.split('\t')`'s first fields.
        let mut f = [""; Fields::MAX];
        let mut n = 0;
        let mut start = 0;
        for i in memchr::memchr_iter(b'\t', line.as_bytes()) {
            if n == Fields::MAX {
                break;
            }
            f[n] = &line[start..i];
            n += 1;
            start = i + 1;
        }
        if n < Fields::MAX {
            f[n] = &line[start..];
            n += 1;
        }
        Fields { f, n }
    }

    fn get(&self, i: usize) -> Option<&'a str> {
        (i < self.n).then(|| self.f[i])
    }

    fn first(&self) -> Option<&'a str> {
        self.get(0)
    }
}

impl Gazetteer {
    fn embedded() -> Gazetteer {
        // Room for every name at once: the maps never grow and rehash while loading.
        let mut g = Gazetteer {
            places: FxHashMap::with_capacity_and_hasher(CITIES.len() / 20, Default::default()),
            all: Vec::with_capacity(CITIES.len() / 30),
            demonyms: FxHashMap::default(),
        };
        g.add_countries();
        g.add_continents();
        g.add_states();
        g.add_cities();
        g.add_demonyms();
        g
    }

    /// Countries, under their names and alternative names.
    fn add_countries(&mut self) {
        for f in rows(COUNTRIES) {
            let (Some(name), Some(iso2)) = (f.first(), f.get(1)) else {
                continue;
            };
            let population = f.get(5).and_then(|p| p.parse().ok()).unwrap_or(0);
            let place = self.push(Place {
                name: name.to_string(),
                id: format!("country:{iso2}"),
                scale: Scale::Country,
                population,
            });
            let alts = f.get(7).unwrap_or("");
            for alias in std::iter::once(name).chain(alts.split('|')) {
                self.add(key(alias), place);
            }
        }
    }

    /// Continents, and their regular adjectives as demonyms.
    fn add_continents(&mut self) {
        for f in rows(CONTINENTS) {
            if let (Some(name), Some(code)) = (f.first(), f.get(1)) {
                let place = self.push(Place {
                    name: name.to_string(),
                    id: format!("continent:{code}"),
                    scale: Scale::Continent,
                    population: 0,
                });
                self.add(key(name), place);
                // Continents have no demonyms in the tables; their adjectives are regular
                // ("Asian", "African", "European").
                let adjective = match name.chars().last() {
                    Some('a') => Some(format!("{name}n")),
                    Some('e') => Some(format!("{name}an")),
                    _ => None,
                };
                if let Some(adj) = adjective {
                    self.demonyms.insert(key(&adj), key(name));
                }
            }
        }
    }

    /// US states.
    fn add_states(&mut self) {
        for f in rows(STATES) {
            if let (Some(name), Some(code)) = (f.first(), f.get(1)) {
                let place = self.push(Place {
                    name: name.to_string(),
                    id: format!("us-state:{code}"),
                    scale: Scale::State,
                    population: 0,
                });
                self.add(key(name), place);
            }
        }
    }

    /// Cities, most populous first: a name already taken keeps its larger place.
    fn add_cities(&mut self) {
        for f in rows(CITIES) {
            let (Some(name), Some(ascii), Some(iso2)) = (f.first(), f.get(1), f.get(2)) else {
                continue;
            };
            // Rows come most populous first, so a name already taken keeps its larger place;
            // checking before building the entry keeps the load fast.
            let k = key(name);
            let ascii_key = if ascii == name { None } else { Some(key(ascii)) };
            let fresh = |k: &String| !k.is_empty() && !self.places.contains_key(k);
            let (k_fresh, ascii_fresh) = (fresh(&k), ascii_key.as_ref().is_some_and(fresh));
            if !k_fresh && !ascii_fresh {
                continue;
            }
            let population = f.get(3).and_then(|p| p.parse().ok()).unwrap_or(0);
            let mut id = String::with_capacity(6 + iso2.len() + k.len());
            for part in ["city:", iso2, ":", &k] {
                id.push_str(part);
            }
            let place = self.push(Place {
                name: name.to_string(),
                id,
                scale: Scale::City,
                population,
            });
            // A fresh key needs no comparison with a place already there (`add`'s).
            if k_fresh {
                self.places.insert(k, place);
            } else {
                self.add(k, place);
            }
            if let Some(ascii_key) = ascii_key {
                if ascii_fresh {
                    self.places.insert(ascii_key, place);
                } else {
                    self.add(ascii_key, place);
                }
            }
        }
    }

    /// Demonyms of countries, the first-ranked of each.
    fn add_demonyms(&mut self) {
        for f in rows(DEMONYMS) {
            let (Some(demonym), Some(country)) = (f.first(), f.get(3)) else {
                continue;
            };
            let rank: u32 = f.get(4).and_then(|r| r.parse().ok()).unwrap_or(1);
            if rank == 1 {
                self.demonyms.entry(key(demonym)).or_insert_with(|| key(country));
            }
        }
    }

    /// A place, to be added under its names; its index.
    fn push(&mut self, place: Place) -> u32 {
        self.all.push(place);
        clamp_u32(self.all.len() - 1)
    }

    /// Add a name's key (see [`key`]), keeping the larger-scale place, then the more populous,
    /// when names collide.
    fn add(&mut self, k: String, place: u32) {
        if k.is_empty() {
            return;
        }
        let new = &self.all[place as usize];
        match self.places.get(&k).map(|&old| &self.all[old as usize]) {
            Some(old)
                if (old.scale, std::cmp::Reverse(old.population))
                    <= (new.scale, std::cmp::Reverse(new.population)) => {}
            _ => {
                self.places.insert(k, place);
            }
        }
    }

    fn by_key(&self, k: &str) -> Option<&Place> {
        self.places.get(k).map(|&i| &self.all[i as usize])
    }

    /// The place a name refers to, if the gazetteer knows it.
    pub fn place(&self, name: &str) -> Option<&Place> {
        with_key(name, |k| self.by_key(k))
    }

    /// The country a demonym refers to ("Japanese" → Japan, "South Korean" → South Korea).
    pub fn demonym(&self, word: &str) -> Option<&Place> {
        with_key(word, |k| self.demonyms.get(k)).and_then(|k| self.by_key(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places() {
        let g = get();
        let cases: &[(&str, Option<(&str, Scale)>)] = &[
            ("Japan", Some(("Japan", Scale::Country))),
            ("U.S.", Some(("United States", Scale::Country))),
            ("America", Some(("United States", Scale::Country))),
            ("Korea", Some(("South Korea", Scale::Country))),
            ("DPRK", Some(("North Korea", Scale::Country))),
            ("Asia", Some(("Asia", Scale::Continent))),
            ("Georgia", Some(("Georgia", Scale::Country))),
            ("Ohio", Some(("Ohio", Scale::State))),
            ("Tokyo", Some(("Tokyo", Scale::City))),
            ("Sao Paulo", Some(("São Paulo", Scale::City))),
            ("Takaichi", None),
            ("Tuesday", None),
        ];
        for &(name, want) in cases {
            let got = g.place(name).map(|p| (p.name.as_str(), p.scale));
            assert_eq!(got, want, "{name}");
        }
        assert_eq!(
            g.place("U.S.").map(|p| &p.id),
            g.place("United States").map(|p| &p.id)
        );
    }

    #[test]
    fn demonyms() {
        let g = get();
        let cases: &[(&str, Option<&str>)] = &[
            ("Japanese", Some("Japan")),
            ("South Korean", Some("South Korea")),
            ("Korean", Some("South Korea")),
            ("North Korean", Some("North Korea")),
            ("American", Some("United States")),
            ("Chinese", Some("China")),
            ("Asian", Some("Asia")),
            ("European", Some("Europe")),
            ("Japan", None),
        ];
        for &(word, want) in cases {
            assert_eq!(g.demonym(word).map(|p| p.name.as_str()), want, "{word}");
        }
    }
}

//! Place gazetteers: countries (with alternative names and demonyms), US states, continents and
//! cities, from assets/gazetteer (GeoNames and the CIA World Factbook; see LICENSE-DATA.md there).
//!
//! The tables are embedded and parsed once. Lookups go through [`super::fold::key`], so "U.S." finds
//! the United States and "Sao Paulo" finds São Paulo.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::fold::key;

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
    places: HashMap<String, Place>,
    /// Demonym key → country key into `places`; the most populous country when several share one.
    demonyms: HashMap<String, String>,
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
fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

impl Gazetteer {
    fn embedded() -> Gazetteer {
        let mut g = Gazetteer::default();
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
            let place = Place {
                name: name.to_string(),
                id: format!("country:{iso2}"),
                scale: Scale::Country,
                population,
            };
            let alts = f.get(7).copied().unwrap_or("");
            for alias in std::iter::once(*name).chain(alts.split('|')) {
                self.add(alias, &place);
            }
        }
    }

    /// Continents, and their regular adjectives as demonyms.
    fn add_continents(&mut self) {
        for f in rows(CONTINENTS) {
            if let (Some(name), Some(code)) = (f.first(), f.get(1)) {
                let place = Place {
                    name: name.to_string(),
                    id: format!("continent:{code}"),
                    scale: Scale::Continent,
                    population: 0,
                };
                self.add(name, &place);
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
                let place = Place {
                    name: name.to_string(),
                    id: format!("us-state:{code}"),
                    scale: Scale::State,
                    population: 0,
                };
                self.add(name, &place);
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
            if !fresh(&k) && !ascii_key.as_ref().is_some_and(fresh) {
                continue;
            }
            let population = f.get(3).and_then(|p| p.parse().ok()).unwrap_or(0);
            let place = Place {
                name: name.to_string(),
                id: format!("city:{iso2}:{k}"),
                scale: Scale::City,
                population,
            };
            self.add(name, &place);
            if ascii != name {
                self.add(ascii, &place);
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

    /// Add a name, keeping the larger-scale place, then the more populous, when names collide.
    fn add(&mut self, name: &str, place: &Place) {
        let k = key(name);
        if k.is_empty() {
            return;
        }
        match self.places.get(&k) {
            Some(old)
                if (old.scale, std::cmp::Reverse(old.population))
                    <= (place.scale, std::cmp::Reverse(place.population)) => {}
            _ => {
                self.places.insert(k, place.clone());
            }
        }
    }

    /// The place a name refers to, if the gazetteer knows it.
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.places.get(&key(name))
    }

    /// The country a demonym refers to ("Japanese" → Japan, "South Korean" → South Korea).
    pub fn demonym(&self, word: &str) -> Option<&Place> {
        self.demonyms.get(&key(word)).and_then(|k| self.places.get(k))
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

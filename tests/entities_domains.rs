//! Short news articles of our own from other domains (disaster, US Congress, football, company
//! earnings, European politics), with the boilerplate real pages carry, through ingest → text →
//! entities: the people, places and organisations each names are found with the right kind, and
//! junk (credits, calls to action, rights lines, party-state tags, tickers) is absent.

use parallax::entities::{self, Entity, EntityKind};
use parallax::ingest;
use parallax::text;

fn entities_of(file: &str) -> Vec<Entity> {
    let path = std::path::PathBuf::from(format!("{}/tests/domains/{file}", env!("CARGO_MANIFEST_DIR")));
    let loaded = ingest::load(&[path]).expect("the test article exists");
    let b = loaded.briefing;
    let sents: Vec<_> = b.sources.iter().map(text::sentences).collect();
    if std::env::var("DEBUG_ENTS").is_ok() {
        for (s, ss) in b.sources.iter().zip(&sents) {
            for x in ss {
                eprintln!("{:?}", x.token_texts(&s.text));
            }
        }
    }
    entities::recognise(&b, &sents)
}

fn find<'a>(es: &'a [Entity], form: &str) -> Option<&'a Entity> {
    es.iter()
        .find(|e| e.name == form || e.aliases.iter().any(|a| a == form))
}

fn listing(es: &[Entity]) -> String {
    es.iter()
        .map(|e| format!("{} ({})", e.name, e.kind.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each name is found with its kind; no entity's name or alias contains a junk form.
fn check(file: &str, expected: &[(&str, EntityKind)], junk: &[&str]) {
    let es = entities_of(file);
    let list = listing(&es);
    for &(name, kind) in expected {
        let e = find(&es, name).unwrap_or_else(|| panic!("{file}: {name} not found in {list}"));
        assert_eq!(e.kind, kind, "{file}: {name} in {list}");
    }
    for j in junk {
        let hit = es
            .iter()
            .find(|e| std::iter::once(&e.name).chain(&e.aliases).any(|f| f.contains(j)));
        assert!(hit.is_none(), "{file}: junk {j:?} in {list}");
    }
}

use EntityKind::{Organisation as Org, Person as Per, Place};

#[test]
fn disaster_agencies_and_officials() {
    check(
        "quake.txt",
        &[
            ("Chile", Place),
            ("Talca", Place),
            ("Maule Region", Place),
            ("National Emergency Office", Org),
            ("ONEMI", Org),
            ("Carolina Tohá", Per),
            ("Rodrigo Salinas", Per),
            ("Salinas", Per),
            ("Gabriel Boric", Per),
            ("United States Geological Survey", Org),
        ],
        &[
            "Photo", "Reuters", "Read", "Share", "Follow", "Facebook", "Rights", "Esteban",
        ],
    );
}

#[test]
fn congress_party_tags_and_committees() {
    check(
        "congress.txt",
        &[
            ("Garret Graves", Per),
            ("Rick Larsen", Per),
            ("Larsen", Per),
            ("Mike Johnson", Per),
            ("John Thune", Per),
            ("Bill Cassidy", Per),
            ("Steve Scalise", Per),
            ("House Transportation and Infrastructure Committee", Org),
            ("Federal Emergency Management Agency", Org),
            ("Congressional Budget Office", Org),
        ],
        &[
            "R-La",
            "D-Wash",
            "Click",
            "Related",
            "Sign",
            "rights",
            "House Transportation (",
        ],
    );
}

#[test]
fn football_clubs_and_players() {
    check(
        "football.txt",
        &[
            ("Vangelis Pavlidis", Per),
            ("Pavlidis", Per),
            ("Ruben Amorim", Per),
            ("Rui Costa", Per),
            ("Lionel Messi", Per),
            ("Manchester United", Org),
            ("Premier League", Org),
        ],
        &["Getty", "Read", "Share", "WhatsApp", "Sign"],
    );
    let es = entities_of("football.txt");
    for club in ["Inter Miami", "Al-Hilal", "Benfica"] {
        if let Some(e) = find(&es, club) {
            assert_ne!(e.kind, Per, "{club} is a club: {}", listing(&es));
        }
    }
}

#[test]
fn earnings_tickers_and_executive_titles() {
    check(
        "earnings.txt",
        &[
            ("Apple Inc.", Org),
            ("Tim Cook", Per),
            ("Kevan Parekh", Per),
            ("Samsung Electronics", Org),
            ("Microsoft Corp.", Org),
            ("Dan Ives", Per),
            ("Wedbush Securities", Org),
            ("Morgan Stanley", Org),
            ("Cupertino", Place),
            ("China", Place),
        ],
        &[
            "NASDAQ",
            "AAPL",
            "MSFT",
            "KRX",
            "Chief Financial",
            "Rival",
            "Standards",
            "Rights",
            "Subscribe",
        ],
    );
}

#[test]
fn european_politics_with_diacritics_and_particles() {
    check(
        "europe.txt",
        &[
            ("Emmanuel Macron", Per),
            ("Macron", Per),
            ("Friedrich Merz", Per),
            ("Merz", Per),
            ("Ursula von der Leyen", Per),
            ("Giorgia Meloni", Per),
            ("Eelco Heinen", Per),
            ("Kaja Kallas", Per),
            ("Élysée Palace", Place),
            ("European Commission", Org),
            ("European Central Bank", Org),
            ("Germany", Place),
            ("Frankfurt", Place),
            ("AFP", Org),
        ],
        &["Getty", "Read", "Share", "Follow", "rights", "Photo"],
    );
    let es = entities_of("europe.txt");
    for part in ["Ursula", "Leyen"] {
        assert!(
            es.iter().all(|e| e.name != part),
            "{part} alone: {}",
            listing(&es)
        );
    }
}

#[test]
fn court_titles_datelines_and_company_names() {
    check(
        "court.txt",
        &[
            ("Texas", Place),
            ("Robert Pitman", Per),
            ("Ken Paxton", Per),
            ("Paxton", Per),
            ("Chris Marchese", Per),
            ("Marchese", Per),
            ("Sarah Kim", Per),
            ("NetChoice", Org),
            ("Computer & Communications Industry Association", Org),
            ("Meta Platforms", Org),
            ("Google", Org),
            ("Associated Press", Org),
            ("Houston", Place),
        ],
        &[
            "Attorney",
            "District",
            "Download",
            "Most Read",
            "rights",
            "Alicia",
        ],
    );
    let es = entities_of("court.txt");
    let texas = find(&es, "Texas").expect("Texas");
    assert!(
        !texas.aliases.iter().any(|a| a == "AP"),
        "a dateline credit is no acronym: {texas:?}"
    );
    let amendment = find(&es, "First Amendment").expect("First Amendment");
    assert_ne!(amendment.kind, Per);
}

#[test]
fn inline_picture_credits_and_page_links() {
    check(
        "flood.txt",
        &[
            ("Italy", Place),
            ("Emilia-Romagna", Place),
            ("Faenza", Place),
            ("Civil Protection Department", Org),
            ("Italian Air Force", Org),
            ("Michele de Pascale", Per),
            ("Sara Rossi", Per),
        ],
        &[
            "AP",
            "AFP",
            "Getty",
            "Scoppa",
            "Regional",
            "Pool",
            "Morning Briefing",
            "Privacy",
            "Cookie",
        ],
    );
}

#[test]
fn teams_go_by_their_short_names() {
    check(
        "basketball.txt",
        &[
            ("Jayson Tatum", Per),
            ("Tatum", Per),
            ("Jaylen Brown", Per),
            ("Jalen Brunson", Per),
            ("Joe Mazzulla", Per),
            ("Mitchell Robinson", Per),
            ("Boston Celtics", Org),
            ("Celtics", Org),
            ("New York Knicks", Org),
            ("Knicks", Org),
            ("Miami Heat", Org),
        ],
        &["Watch", "Get the", "ESPN", "Download"],
    );
    let es = entities_of("basketball.txt");
    let celtics = find(&es, "Celtics").expect("Celtics");
    assert_eq!(celtics.name, "Boston Celtics", "{}", listing(&es));
}

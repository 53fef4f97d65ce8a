//! A synthetic briefing of any size: N Markdown articles about one storm, each about 4.4 KB,
//! with figures planted so that the analysis must find known agreements and disagreements.
//!
//! Shared by `examples/gen_briefing.rs` (writes a folder), `tests/scale.rs` (checks the planted
//! claims are all found) and `benches/throughput.rs` (the 1k/3k/10k figures). Deterministic: the
//! same N gives the same bytes on every machine (a splitmix64 generator, no crate).

/// One planted figure: the sentence that states it (`{}` is the figure) and the figures the
/// sources give, taken in turn by the sources that state it. One figure: an agreement; two: a
/// disagreement.
pub struct Planted {
    pub template: &'static str,
    pub figures: &'static [&'static str],
    /// The claim's JSON `kind` and `verdict` the analysis must give it.
    pub kind: &'static str,
    pub verdict: &'static str,
    /// The `normalized` figures of its statements.
    pub normalized: &'static [&'static str],
}

/// What every article states: the storm's date, in its first sentence.
pub const DATE_SENTENCE: &str = "The storm struck the coast on March 3, 2026.";

pub const PLANTED: &[Planted] = &[
    Planted {
        template: "The storm killed {} people in the region.",
        figures: &["14"],
        kind: "count",
        verdict: "agree",
        normalized: &["14"],
    },
    Planted {
        template: "At least {} people were injured, hospital officials said.",
        figures: &["52", "61"],
        kind: "count",
        verdict: "disagree",
        normalized: &["52", "61"],
    },
    Planted {
        template: "The storm destroyed {} homes along the coast.",
        figures: &["230"],
        kind: "count",
        verdict: "agree",
        normalized: &["230"],
    },
    Planted {
        template: "Repairs will cost ${} million, the governor said.",
        figures: &["4.5", "6"],
        kind: "money",
        verdict: "disagree",
        normalized: &["USD 4500000", "USD 6000000"],
    },
    Planted {
        template: "Power was restored to {} percent of homes by Friday.",
        figures: &["80"],
        kind: "percent",
        verdict: "agree",
        normalized: &["80%"],
    },
    Planted {
        template: "It was the {} storm to hit the coast this year.",
        figures: &["third", "fourth"],
        kind: "ordinal",
        verdict: "disagree",
        normalized: &["3", "4"],
    },
    Planted {
        template: "Some {} rescuers were deployed to the worst-hit towns.",
        figures: &["300"],
        kind: "count",
        verdict: "agree",
        normalized: &["300"],
    },
];

/// Whether article `i` states planted figure `k` (one article in three states each).
pub fn states(i: usize, k: usize) -> bool {
    (i + k).is_multiple_of(3)
}

/// The figure article `i` gives for planted figure `k` (the stating articles take the figures
/// in turn).
pub fn figure(i: usize, k: usize) -> &'static str {
    let figures = PLANTED[k].figures;
    figures[(i / 3) % figures.len()]
}

const OUTLETS: &[&str] = &[
    "Harbor Times",
    "Valley Courier",
    "North Star Gazette",
    "Daily Ledger",
    "Coastal Herald",
    "Metro Wire",
];
const FIRST: &[&str] = &[
    "Elena", "Tomas", "Alice", "Peter", "Rafael", "Nina", "Marta", "Jonas", "Priya", "Omar", "Lucia",
    "Henrik", "Grace", "Daniel", "Yuki", "Samuel",
];
const LAST: &[&str] = &[
    "Brask",
    "Wendell",
    "Harmon",
    "Quill",
    "Ortiz",
    "Sato",
    "Lindqvist",
    "Okafor",
    "Marsh",
    "Delgado",
    "Fenwick",
    "Tanaka",
    "Abernathy",
    "Kowalski",
    "Reyes",
    "Holloway",
];
const TITLES: &[&str] = &["Mayor", "Governor", "Dr.", "Senator", "Chief", "Councillor"];
const PLACES: &[&str] = &[
    "Varnholt",
    "Quellbridge",
    "Ostermoor",
    "Dunmarrow",
    "Kelvaston",
    "Brightwater",
    "Lake Duna",
    "Port Ellery",
    "Ashcombe",
    "Millbrook",
    "Saltmarsh Bay",
    "Redfern",
];
const ORGS: &[&str] = &[
    "the Red Cross",
    "the National Weather Service",
    "Varnholt Power",
    "the Coast Guard",
    "the state Department of Transportation",
    "Harbor Medical Center",
    "the Salvation Army",
    "Coastal Rail",
];
const FILLER: &[&str] = &[
    "{p} toured the damaged streets of {l} with officials from {o}.",
    "Volunteers from {o} handed out water and blankets near {l}.",
    "{p} said the response by {o} had been swift.",
    "Roads between {l} and {l2} remained closed for much of the week.",
    "Residents of {l} described the night as frightening.",
    "Crews from {o} worked through the night to clear fallen trees.",
    "{p} praised neighbours who opened their homes to strangers.",
    "Schools in {l} were expected to reopen after inspections.",
    "Shops along the main street of {l} stayed shut while {o} checked the buildings.",
    "{p} of {o} warned that more rain could follow later in the season.",
    "In {l}, families sorted through what the water had left behind.",
    "{p} met {p2} in {l} to discuss how the towns would share the cost of the cleanup.",
];

/// A splitmix64 generator: enough randomness for varied prose, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        // The modulus is below the slice's length, which fits in usize.
        #[allow(clippy::cast_possible_truncation)]
        let k = (self.next() % from.len() as u64) as usize;
        from[k]
    }

    fn person(&mut self) -> String {
        let (first, last) = (self.pick(FIRST), self.pick(LAST));
        if self.next().is_multiple_of(3) {
            format!("{} {first} {last}", self.pick(TITLES))
        } else {
            format!("{first} {last}")
        }
    }
}

/// The file name (without folder) and the Markdown text of article `i`.
pub fn article(i: usize) -> (String, String) {
    let mut rng = Rng(0x5EED ^ (i as u64).wrapping_mul(0x0000_0100_0000_01B3));
    let mut sentences: Vec<String> = Vec::new();
    for (k, p) in PLANTED.iter().enumerate() {
        if states(i, k) {
            sentences.push(p.template.replace("{}", figure(i, k)));
        }
    }
    for _ in 0..50 {
        let s = rng
            .pick(FILLER)
            .replace("{p2}", &rng.person())
            .replace("{p}", &rng.person())
            .replace("{l2}", rng.pick(PLACES))
            .replace("{l}", rng.pick(PLACES))
            .replace("{o}", rng.pick(ORGS));
        let mut chars = s.chars();
        let s = match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => s,
        };
        sentences.push(s);
    }
    // Shuffle (Fisher–Yates), so the planted figures sit anywhere in the article.
    for k in (1..sentences.len()).rev() {
        #[allow(clippy::cast_possible_truncation)]
        let j = (rng.next() % (k as u64 + 1)) as usize;
        sentences.swap(k, j);
    }
    let paragraphs: Vec<String> = sentences.chunks(4).map(|c| c.join(" ")).collect();
    let text = format!(
        "---\ntitle: Storm batters coast\noutlet: {}\ndate: 2026-03-{:02}\n---\n# Storm batters the coast near {}\n\n{DATE_SENTENCE} {}\n",
        OUTLETS[i % OUTLETS.len()],
        4 + i % 3,
        rng.pick(PLACES),
        paragraphs.join("\n\n"),
    );
    (format!("{i:05}.md"), text)
}

/// Write articles `0..n` into `dir` (created if missing); the bytes written.
///
/// # Errors
///
/// When the folder or a file cannot be written.
pub fn write(dir: &std::path::Path, n: usize) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for i in 0..n {
        let (name, text) = article(i);
        std::fs::write(dir.join(name), &text)?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}

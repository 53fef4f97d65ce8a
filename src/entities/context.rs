//! What the whole briefing says about a word: whether it is written in lower case somewhere (a
//! common word, so a capital at a sentence start or in a headline proves nothing), and whether it
//! is capitalised in the middle of an ordinary sentence (a name, so it is one at a sentence start
//! too). One pass over all sentences, kept in one hash map keyed by folded form.

use rustc_hash::FxHashMap as HashMap;

use super::cues;
use super::fold::{key_into, with_key};
use crate::text::{is_all_caps, is_capitalised};

/// Briefing-level evidence about words: what each word (by folded form) was seen as. One map,
/// so that observing a word costs one look-up and the briefing's words are stored once (a map
/// per question would fold and hash a capitalised word up to five times).
#[derive(Debug, Default)]
pub struct Context {
    words: HashMap<String, Seen>,
}

/// What the briefing shows of one word.
#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    /// Times seen starting with a lower-case letter.
    lower: u32,
    /// Times seen in capitals throughout in a strong position.
    caps: u32,
    /// The [`Seen`] marks below.
    marks: u8,
}

impl Seen {
    /// Capitalised where capitals carry meaning (mid-sentence, ordinary case).
    const STRONG: u8 = 1;
    /// Strong in mixed case ("Nara", not only "NARA"): a word in capitals that is also written
    /// this way is a name set in capitals, not an acronym.
    const MIXED: u8 = 2;
    /// Strong as a word of its own, not as part of a hyphenated one.
    const WHOLE: u8 = 4;
    /// A whole name on its own: a capitalised word between non-capitalised ones.
    const SINGLE: u8 = 8;
    /// Strong beside another capitalised word, as a word of a longer name ("Glock" in "Gaston
    /// Glock").
    const IN_NAME: u8 = 16;

    fn add(&mut self, other: Seen) {
        self.lower += other.lower;
        self.caps += other.caps;
        self.marks |= other.marks;
    }
}

fn is_word(unit: &str) -> bool {
    unit.chars().any(char::is_alphabetic)
}

/// Headlines and labels are short; a longer run without an end mark (a list of names, a sentence
/// cut at [`crate::text::MAX_SENTENCE_TOKENS`]) is not headline case, whatever its capitals.
const MAX_TITLE_WORDS: usize = 40;

/// Whether a sentence is set in headline case: no end mark, and nearly every content word
/// capitalised ("Key Points", "Pool Photo via AP", a Title Case headline). Capitals there do not
/// mark names.
pub fn is_title_case(units: &[&str]) -> bool {
    let ends = units.last().is_some_and(|u| u.starts_with(['.', '!', '?', '…']));
    if ends {
        return false;
    }
    let content: Vec<&&str> = units
        .iter()
        .filter(|u| is_word(u) && (is_capitalised(u) || u.chars().count() > 3))
        .filter(|u| !cues::is_connector(u))
        .collect();
    let caps = content.iter().filter(|u| is_capitalised(u)).count();
    (2..=MAX_TITLE_WORDS).contains(&content.len()) && caps * 10 >= content.len() * 9
}

/// Whether most words of a sentence are in capitals (an all-caps headline): there capitals do not
/// mark acronyms.
pub fn is_all_caps_line(units: &[&str]) -> bool {
    // In one pass, counting a word's letters only as far as a test needs (a hot test: every
    // sentence is asked, twice).
    let has_letters = |u: &str, n: usize| u.chars().filter(|c| c.is_alphabetic()).take(n).count() == n;
    let (mut caps, mut others, mut long) = (0usize, 0usize, false);
    for (k, u) in units.iter().enumerate().filter(|(_, u)| has_letters(u, 2)) {
        if is_all_caps(u) {
            caps += 1;
            // Two capitals words make a label ("RELATED ARTICLES") when one is too long for an
            // acronym.
            long |= has_letters(u, 5);
        } else {
            others += 1;
            // Seven in ten words in capitals (3 caps ≥ 7 others) is out of reach even if every
            // word left is in capitals: prose is turned away within its first words.
            if 3 * (caps + units.len() - k - 1) < 7 * others {
                return false;
            }
        }
    }
    (caps >= 3 || (caps == 2 && long)) && 3 * caps >= 7 * others
}

/// Positions where a capital proves nothing: the first word of a sentence and the first word
/// after an opening quote or a colon; every position of a headline-case or all-caps sentence.
pub fn weak_positions(units: &[&str], title_case: bool) -> Vec<bool> {
    if title_case || is_all_caps_line(units) {
        return vec![true; units.len()];
    }
    let mut weak = vec![false; units.len()];
    let mut opening = true;
    // A sentence that opens with a bracketed aside ("(Pool Photo via AP) Regional …") starts
    // again after it.
    let mut aside = units.first() == Some(&"(");
    for (i, u) in units.iter().enumerate() {
        if aside && *u == ")" {
            aside = false;
            opening = true;
            continue;
        }
        if is_word(u) || u.chars().any(char::is_numeric) {
            weak[i] = opening && is_word(u);
            opening = false;
        } else if matches!(
            *u,
            "“" | "‘" | "\"" | "'" | ":" | "«" | "—" | "–" | "-" | "•" | "*"
        ) {
            opening = true;
        }
    }
    weak
}

/// Update a key's entry with `f`: one look-up for a key already there, and the key allocated
/// only when it is new.
fn update(words: &mut HashMap<String, Seen>, k: &str, f: impl FnOnce(&mut Seen)) {
    match words.get_mut(k) {
        Some(s) => f(s),
        None => {
            let mut s = Seen::default();
            f(&mut s);
            words.insert(k.to_owned(), s);
        }
    }
}

impl Context {
    /// Add what `other` has seen: the same context as one that observed both sets of
    /// sentences (counts add, sets join), so parts of a briefing can be observed apart.
    pub fn merge(&mut self, other: Context) {
        if self.words.is_empty() {
            self.words = other.words;
            return;
        }
        for (k, s) in other.words {
            self.words.entry(k).or_default().add(s);
        }
    }

    /// Record one sentence's words.
    pub fn observe(&mut self, units: &[&str], title_case: bool) {
        let weak = weak_positions(units, title_case);
        // One key buffer for the sentence's words.
        let mut k = String::new();
        for (i, u) in units.iter().enumerate() {
            if !is_word(u) {
                continue;
            }
            // Only whole lower-case words: the lower-case half of "Jae-myung" is part of a name.
            if u.starts_with(char::is_lowercase) {
                key_into(u, &mut k);
                update(&mut self.words, &k, |s| s.lower += 1);
            }
            if weak[i] || !is_capitalised(u) {
                continue;
            }
            let hyphenated = u.contains(['-', '\u{2010}', '\u{2011}']);
            let cap = |j: usize| {
                units
                    .get(j)
                    .is_some_and(|w| is_capitalised(w) || *w == "of" || cues::is_particle(w))
            };
            let alone = !(cap(i + 1) || i > 0 && cap(i - 1));
            let beside = |j: usize| {
                units
                    .get(j)
                    .is_some_and(|w| is_capitalised(w) && !cues::is_not_name(w))
            };
            let in_name = beside(i + 1) || (i > 0 && !weak[i - 1] && beside(i - 1));
            let mut marks = Seen::STRONG;
            let caps = is_all_caps(u);
            if !caps {
                marks |= Seen::MIXED;
            }
            if !hyphenated {
                marks |= Seen::WHOLE;
                if alone {
                    marks |= Seen::SINGLE;
                }
            }
            if in_name {
                marks |= Seen::IN_NAME;
            }
            key_into(u, &mut k);
            update(&mut self.words, &k, |s| {
                s.marks |= marks;
                s.caps += u32::from(caps);
            });
            if hyphenated {
                for part in u
                    .split(['-', '\u{2010}', '\u{2011}'])
                    .filter(|p| is_capitalised(p))
                {
                    with_key(part, |part| {
                        update(&mut self.words, part, |s| s.marks |= Seen::STRONG)
                    });
                }
            }
        }
    }

    /// What the briefing shows of a word (nothing, for a word it never has).
    fn of(&self, word: &str) -> Seen {
        with_key(word, |k| self.words.get(k).copied().unwrap_or_default())
    }

    fn marked(&self, word: &str, mark: u8) -> bool {
        self.of(word).marks & mark != 0
    }

    /// The word is written in lower case somewhere in the briefing.
    pub fn is_common(&self, word: &str) -> bool {
        self.of(word).lower > 0
    }

    /// The word is written in capitals mid-sentence more often than in lower case ("HP" beside
    /// one stray "hp"): an acronym, whatever the lower-case spelling.
    pub fn is_mostly_capitals(&self, word: &str) -> bool {
        let s = self.of(word);
        s.caps > s.lower
    }

    /// The word stands beside another capitalised word somewhere, as a word of a longer name.
    pub fn is_in_name(&self, word: &str) -> bool {
        self.marked(word, Seen::IN_NAME)
    }

    /// The word is capitalised mid-sentence somewhere in the briefing.
    pub fn is_attested(&self, word: &str) -> bool {
        self.marked(word, Seen::STRONG)
    }

    /// The word is capitalised mid-sentence in mixed case somewhere ("Nara" for "NARA").
    pub fn is_attested_mixed(&self, word: &str) -> bool {
        self.marked(word, Seen::MIXED)
    }

    /// The word is capitalised as a word of its own (not half of a hyphenated one) somewhere.
    pub fn is_whole(&self, word: &str) -> bool {
        self.marked(word, Seen::WHOLE)
    }

    /// The word stands alone as a name somewhere in the briefing.
    pub fn is_single(&self, word: &str) -> bool {
        self.marked(word, Seen::SINGLE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_case() {
        let cases: &[(&[&str], bool)] = &[
            (&["Key", "Points"], true),
            (&["Pool", "Photo", "via", "AP"], true),
            (&["Related", "Tags"], true),
            (
                &["Summit", "in", "Nara", "Signals", "Diplomatic", "Warming"],
                true,
            ),
            (&["Lee", "met", "Takaichi", "."], false),
            (
                &[
                    "Trade", ",", "China", ",", "and", "North", "Korea", "set", "to", "dominate", "talks",
                ],
                false,
            ),
            (&["Nara"], false),
        ];
        for &(units, want) in cases {
            assert_eq!(is_title_case(units), want, "{units:?}");
        }
    }

    #[test]
    fn weak_positions_table() {
        let units = [
            "The", "leaders", "said", ":", "“", "Japan", "and", "Korea", "”", ".",
        ];
        let got = weak_positions(&units, false);
        let weak: Vec<&str> = units
            .iter()
            .zip(got)
            .filter(|(_, w)| *w)
            .map(|(u, _)| *u)
            .collect();
        assert_eq!(weak, ["The", "Japan"]);
        assert!(
            weak_positions(&["NARA", "CITY", "HOSTS", "SUMMIT"], false)
                .iter()
                .all(|&w| w)
        );
    }

    #[test]
    fn evidence() {
        let mut ctx = Context::default();
        ctx.observe(&["Lee", "met", "Takaichi", "in", "Nara", "."], false);
        ctx.observe(
            &["The", "summit", "was", "in", "the", "Nara", "Prefecture", "."],
            false,
        );
        ctx.observe(&["Key", "Points"], true);
        assert!(ctx.is_attested("Takaichi") && ctx.is_single("Takaichi"));
        assert!(
            !ctx.is_attested("Lee"),
            "sentence-initial capitals are no evidence"
        );
        assert!(ctx.is_common("summit") && !ctx.is_attested("Key"));
        assert!(ctx.is_single("Nara") && ctx.is_attested("Prefecture") && !ctx.is_single("Prefecture"));
    }
}

//! What the tagger remembers of the document it is tagging ([`History`]): how its words are
//! written, its topic words and register, the labels its tokens got so far and, in the second
//! pass, the first pass's labels.

use super::hash::{IdMap, hash_lower, hash_word, key_of};
use super::stack::Stack;
use super::token::{Case, TokInfo, case_of, is_opener};
use super::words::WordTable;

/// Labels the tokens of a document got so far, keyed by case-folded token: a later mention
/// of "Takaichi" learns from the earlier "Sanae Takaichi".
#[derive(Debug, Default, Clone)]
pub struct History {
    map: IdMap<u8>,
    /// How each word is written anywhere in the document: bit 0 in lower case, bit 1
    /// capitalised mid-sentence. A capital at a sentence start or in a headline is read
    /// against these.
    cases: IdMap<u8>,
    /// The first pass's labels of the document, when this is the second pass.
    stack: Option<Stack>,
    /// Index of the sentence being tagged (sentences recorded so far).
    sent: usize,
    /// The document's topic words: its two most repeated uncommon lower-case words (0: none).
    topics: [u64; 2],
    /// 1 when the document is written informally (handles, hashtags, links, lower-case
    /// sentence starts), else 0.
    style: u8,
}

impl History {
    /// A history that knows the document: how its words are written, its topic words (its two
    /// most repeated uncommon lower-case words by the word table's frequencies: "album" and
    /// "band" in a music article, "party" and "election" in politics) and its register.
    pub fn for_document<'a, S: AsRef<str> + 'a>(
        words: &WordTable,
        sentences: impl Iterator<Item = &'a [S]>,
    ) -> History {
        let mut cases: IdMap<u8> = IdMap::with_capacity_and_hasher(256, Default::default());
        let mut counts: IdMap<u32> = IdMap::with_capacity_and_hasher(256, Default::default());
        let (mut n, mut informal) = (0usize, 0usize);
        for s in sentences {
            n += 1;
            let (mut lower_start, mut marks) = (false, false);
            for (i, t) in s.iter().enumerate() {
                let t = t.as_ref();
                marks |= t.len() > 1 && (t.starts_with('@') || t.starts_with('#') || t.starts_with("http"));
                if t.len() >= 3 && t.bytes().all(|b| b.is_ascii_lowercase()) {
                    *counts.entry(hash_word(t)).or_default() += 1;
                }
                let Some(first) = t.chars().next() else { continue };
                let bit = if first.is_lowercase() {
                    lower_start |= i == 0;
                    1
                } else if first.is_uppercase() && i > 0 && !is_opener(s[i - 1].as_ref()) {
                    2
                } else {
                    continue;
                };
                *cases.entry(hash_lower(t)).or_default() |= bit;
            }
            informal += usize::from(lower_start || marks);
        }
        // Only the repeated words are looked up: most words are said once.
        let mut top: Vec<(u32, u64)> = counts
            .into_iter()
            .filter(|&(h, c)| c >= 2 && words.get(key_of(h)).is_some_and(|i| i.freq >= 9))
            .map(|(h, c)| (c, h))
            .collect();
        top.sort_unstable_by(|a, b| b.cmp(a));
        let mut topics = [0; 2];
        for (slot, &(_, h)) in topics.iter_mut().zip(top.iter()) {
            *slot = h;
        }
        History {
            map: IdMap::default(),
            cases,
            stack: None,
            sent: 0,
            topics,
            style: u8::from(n > 0 && informal * 4 >= n),
        }
    }

    pub(crate) fn style(&self) -> u8 {
        self.style
    }

    pub(crate) fn topics(&self) -> [u64; 2] {
        self.topics
    }

    /// The same history for a second pass that reads the first pass's labels.
    pub fn with_stack(mut self, stack: Stack) -> History {
        self.stack = Some(stack);
        self
    }

    /// The first pass's labels and the index of the current sentence, in a second pass.
    pub(crate) fn stack(&self) -> Option<(&Stack, usize)> {
        self.stack.as_ref().map(|s| (s, self.sent))
    }

    pub(crate) fn case_seen(&self, lower: u64) -> u8 {
        self.cases.get(&lower).copied().unwrap_or(0)
    }

    pub(crate) fn get(&self, lower: u64) -> Option<u8> {
        self.map.get(&lower).copied()
    }

    /// Remember the labels of capitalised tokens: their type, or 0 for a capitalised word
    /// mid-sentence that was not a name.
    pub(crate) fn record(&mut self, infos: &[TokInfo], path: &[u8]) {
        self.sent += 1;
        for (info, &tag) in infos.iter().zip(path) {
            let case = case_of(info.case);
            if !case.may_be_name() {
                continue;
            }
            let label = if tag == 0 {
                if matches!(case, Case::TitleMid | Case::CapsMid) {
                    0
                } else {
                    continue;
                }
            } else {
                1 + (tag - 1) / 2
            };
            self.map.insert(info.lower, label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_and_style_of_a_document() {
        let clusters = "{}";
        let probs = r#"{"the": -3.5, "band": -10.2, "album": -10.4, "guitar": -11.0, "was": -5.0}"#;
        let words = WordTable::from_bytes(&WordTable::compile(clusters, probs, 100).expect("compiles"))
            .expect("loads");
        let doc: Vec<Vec<&str>> = [
            "The band was formed in 1990 and the band released an album",
            "The album was their first ; the guitar was loud",
            "The band toured",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let h = History::for_document(&words, doc.iter().map(Vec::as_slice));
        // "band" ×3, "album" ×2; "the" and "was" are common, "guitar" is said once.
        assert_eq!(h.topics(), [hash_word("band"), hash_word("album")]);
        let none = History::for_document(&words, doc[2..].iter().map(Vec::as_slice));
        assert_eq!(none.topics(), [0, 0]);
        assert_eq!(h.style(), 0, "edited text");
        let posts: Vec<Vec<&str>> = ["@maria loved the album", "so good #music", "The band toured"]
            .iter()
            .map(|s| s.split(' ').collect())
            .collect();
        let informal = History::for_document(&words, posts.iter().map(Vec::as_slice));
        assert_eq!(informal.style(), 1, "handles, hashtags and lower-case starts");
    }
}

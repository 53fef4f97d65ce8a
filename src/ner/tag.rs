//! The tags: the four entity types, the nine IOB2 tags over them, and the entities (chunks)
//! a sequence of tags spells. A leaf: it imports nothing from the rest of the tagger.

use std::fmt;

/// A CoNLL entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerType {
    Per,
    Loc,
    Org,
    Misc,
}

impl NerType {
    pub const ALL: [NerType; 4] = [NerType::Per, NerType::Loc, NerType::Org, NerType::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            NerType::Per => "PER",
            NerType::Loc => "LOC",
            NerType::Org => "ORG",
            NerType::Misc => "MISC",
        }
    }

    pub(super) fn index(self) -> usize {
        match self {
            NerType::Per => 0,
            NerType::Loc => 1,
            NerType::Org => 2,
            NerType::Misc => 3,
        }
    }

    pub(super) fn parse(s: &str) -> Option<NerType> {
        match s {
            "PER" => Some(NerType::Per),
            "LOC" => Some(NerType::Loc),
            "ORG" => Some(NerType::Org),
            "MISC" => Some(NerType::Misc),
            _ => None,
        }
    }
}

/// An IOB2 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(NerType),
    I(NerType),
}

/// Number of IOB2 tags: O plus B/I for each of the four types.
pub const N_TAGS: usize = 9;

impl Tag {
    /// Dense index used by the model: O = 0, then B-X = 1 + 2k, I-X = 2 + 2k.
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(t) => 1 + 2 * t.index(),
            Tag::I(t) => 2 + 2 * t.index(),
        }
    }

    /// Inverse of [`Tag::index`]; indices past the last tag read as `O`.
    pub fn from_index(i: usize) -> Tag {
        if i == 0 || i >= N_TAGS {
            return Tag::O;
        }
        let t = NerType::ALL[(i - 1) / 2];
        if i % 2 == 1 { Tag::B(t) } else { Tag::I(t) }
    }

    /// Parse `O`, `B-PER`, `I-LOC`, … (IOB1/IOB2 spelling).
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (prefix, ty) = s.split_once('-')?;
        let ty = NerType::parse(ty)?;
        match prefix {
            "B" => Some(Tag::B(ty)),
            "I" => Some(Tag::I(ty)),
            _ => None,
        }
    }

    pub fn entity_type(self) -> Option<NerType> {
        match self {
            Tag::O => None,
            Tag::B(t) | Tag::I(t) => Some(t),
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(t) => write!(f, "B-{}", t.as_str()),
            Tag::I(t) => write!(f, "I-{}", t.as_str()),
        }
    }
}

/// An entity as `(start, end, type)`, end exclusive.
pub type Chunk = (usize, usize, NerType);

/// The entities of one sentence.
pub fn chunks(tags: &[Tag]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NerType)> = None;
    for (k, &tag) in tags.iter().enumerate() {
        let continues = matches!((tag, open), (Tag::I(t), Some((_, o))) if t == o);
        if !continues {
            if let Some((s, t)) = open.take() {
                out.push((s, k, t));
            }
            if let Some(t) = tag.entity_type() {
                open = Some((k, t));
            }
        }
    }
    if let Some((s, t)) = open {
        out.push((s, tags.len(), t));
    }
    out
}

/// Tags from their names, space-separated ("B-PER I-PER O"), for tests.
#[cfg(test)]
pub(super) fn tags(s: &str) -> Vec<Tag> {
    s.split_whitespace()
        .map(|t| Tag::parse(t).expect("test tag"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_semantics() {
        use NerType::*;
        let cases: [(&str, Vec<Chunk>); 6] = [
            ("O O", vec![]),
            ("B-PER I-PER O B-LOC", vec![(0, 2, Per), (3, 4, Loc)]),
            ("B-PER B-PER", vec![(0, 1, Per), (1, 2, Per)]),
            // conlleval opens a chunk on a stray I-X.
            ("O I-ORG I-ORG", vec![(1, 3, Org)]),
            ("B-PER I-LOC", vec![(0, 1, Per), (1, 2, Loc)]),
            ("B-MISC I-MISC", vec![(0, 2, Misc)]),
        ];
        for (s, want) in cases {
            assert_eq!(chunks(&tags(s)), want, "{s}");
        }
    }
}

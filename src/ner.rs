//! A trained sequence tagger for names (PER, LOC, ORG, MISC). (interim contract: the NER helper
//! fills in the model, training and evaluation.)

/// A CoNLL entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NerType {
    Per,
    Loc,
    Org,
    Misc,
}

/// An IOB2 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(NerType),
    I(NerType),
}

/// The tagger shipped in assets/.
#[derive(Debug, Default)]
pub struct Tagger {}

impl Tagger {
    /// The embedded model, loaded once.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: Tagger = Tagger {};
        &TAGGER
    }

    /// Tag one sentence of tokens.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        vec![Tag::O; tokens.len()]
    }
}

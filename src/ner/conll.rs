//! CoNLL-style text: one token per line with its tag in the last column, a blank line between
//! sentences, `-DOCSTART-` lines between documents.

use super::error::NerError;
use super::model::Tagger;
use super::tag::Tag;

/// One line of a CoNLL file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConllLine {
    /// A `-DOCSTART-` line, kept verbatim.
    DocStart(String),
    Blank,
    /// A token with the text of its last column, if the line has more than one.
    Token {
        token: String,
        tag: Option<String>,
    },
}

/// Split CoNLL text into lines (`\r\n` accepted).
pub fn read_conll(text: &str) -> Vec<ConllLine> {
    text.lines()
        .map(|line| {
            let line = line.trim_end_matches('\r');
            let mut cols = line.split_whitespace();
            match cols.next() {
                None => ConllLine::Blank,
                Some("-DOCSTART-") => ConllLine::DocStart(line.to_string()),
                Some(tok) => ConllLine::Token {
                    token: tok.to_string(),
                    tag: cols.next_back().map(str::to_string),
                },
            }
        })
        .collect()
}

/// A sentence with its gold tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<Tag>,
}

/// The sentences between two `-DOCSTART-` lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// Its sentences as lists of tokens, as [`super::Tagger::tag_document`] takes them.
    pub fn token_lists(&self) -> Vec<Vec<&str>> {
        self.sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect()
    }
}

/// Group lines into documents of sentences of token line indices.
fn structure(lines: &[ConllLine]) -> Vec<Vec<Vec<usize>>> {
    let mut docs: Vec<Vec<Vec<usize>>> = vec![Vec::new()];
    let mut sent: Vec<usize> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        match line {
            ConllLine::Token { .. } => sent.push(k),
            ConllLine::Blank | ConllLine::DocStart(_) => {
                if !sent.is_empty() {
                    docs.last_mut()
                        .expect("docs starts non-empty and only grows")
                        .push(std::mem::take(&mut sent));
                }
                if matches!(line, ConllLine::DocStart(_)) {
                    docs.push(Vec::new());
                }
            }
        }
    }
    if !sent.is_empty() {
        docs.last_mut()
            .expect("docs starts non-empty and only grows")
            .push(sent);
    }
    docs.retain(|d| !d.is_empty());
    docs
}

/// Parse annotated CoNLL text (every token line needs an IOB tag in its last column) into
/// documents; `path` names the input in errors. The one reader of annotated CoNLL: training
/// and the scorer both read with it.
pub fn parse_documents(text: &str, path: &str) -> Result<Vec<Document>, NerError> {
    let lines = read_conll(text);
    let mut out = Vec::new();
    for doc in structure(&lines) {
        let mut d = Document::default();
        for sent in doc {
            let mut s = Sentence {
                tokens: Vec::with_capacity(sent.len()),
                tags: Vec::with_capacity(sent.len()),
            };
            for k in sent {
                if let ConllLine::Token { token, tag } = &lines[k] {
                    let tag = tag
                        .as_deref()
                        .and_then(Tag::parse)
                        .ok_or_else(|| NerError::Parse {
                            path: path.to_string(),
                            line: k + 1,
                            reason: match tag {
                                Some(tag) => format!("{tag:?} in the last column of {token:?} is no IOB tag"),
                                None => format!("no IOB tag in the last column of {token:?}"),
                            },
                        })?;
                    s.tokens.push(token.clone());
                    s.tags.push(tag);
                }
            }
            d.sentences.push(s);
        }
        out.push(d);
    }
    Ok(out)
}

/// Tag CoNLL text document by document with `tag_doc` and write `token TAG` lines, keeping
/// blank and `-DOCSTART-` lines where they were.
pub fn tag_conll_with(text: &str, mut tag_doc: impl FnMut(&[Vec<&str>]) -> Vec<Vec<Tag>>) -> String {
    let lines = read_conll(text);
    let mut tags: Vec<Option<Tag>> = vec![None; lines.len()];
    for doc in structure(&lines) {
        let sentences: Vec<Vec<&str>> = doc
            .iter()
            .map(|s| {
                s.iter()
                    .map(|&k| match &lines[k] {
                        ConllLine::Token { token, .. } => token.as_str(),
                        _ => "",
                    })
                    .collect()
            })
            .collect();
        let predicted = tag_doc(&sentences);
        for (sent, pred) in doc.iter().zip(predicted) {
            for (&k, t) in sent.iter().zip(pred) {
                tags[k] = Some(t);
            }
        }
    }
    write_conll(&lines, &tags)
}

/// Tag CoNLL text with the tagger (document-level consistency within each document).
pub fn tag_conll(tagger: &Tagger, text: &str) -> String {
    // A megabyte or more to tag is worth the tables' copy into huge pages (Tagger::promote).
    if text.len() >= 1 << 20 {
        tagger.promote();
    }
    tag_conll_with(text, |doc| tagger.tag_document(doc))
}

/// Write lines with `tags[k]` for token line `k` (`O` where missing).
pub fn write_conll(lines: &[ConllLine], tags: &[Option<Tag>]) -> String {
    let mut out = String::new();
    for (k, line) in lines.iter().enumerate() {
        match line {
            ConllLine::DocStart(s) => out.push_str(s),
            ConllLine::Blank => {}
            ConllLine::Token { token, .. } => {
                out.push_str(token);
                out.push(' ');
                out.push_str(&tags.get(k).copied().flatten().unwrap_or(Tag::O).to_string());
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::tag::NerType;

    const SAMPLE: &str =
        "-DOCSTART- O\n\nSanae B-PER\nTakaichi I-PER\nspoke O\n\nIn O\nNara B-LOC\n\n-DOCSTART- O\n\nOK O\n";

    #[test]
    fn round_trip_keeps_every_line() {
        let lines = read_conll(SAMPLE);
        let tags: Vec<Option<Tag>> = lines
            .iter()
            .map(|l| match l {
                ConllLine::Token { tag, .. } => tag.as_deref().and_then(Tag::parse),
                _ => None,
            })
            .collect();
        assert_eq!(write_conll(&lines, &tags), SAMPLE);
    }

    #[test]
    fn documents_and_sentences() {
        let docs = parse_documents(SAMPLE, "sample").expect("valid sample");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(
            docs[0].sentences[0].tags,
            vec![Tag::B(NerType::Per), Tag::I(NerType::Per), Tag::O]
        );
        assert_eq!(docs[1].sentences[0].tokens, vec!["OK"]);
    }

    #[test]
    fn bad_tags_name_the_line() {
        let cases = [("a B-XYZ\n", 1), ("x O\ny\n", 2), ("\n\nz Q-PER\n", 3)];
        for (text, line) in cases {
            match parse_documents(text, "f.conll") {
                Err(NerError::Parse { line: l, .. }) => assert_eq!(l, line, "{text:?}"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn tagging_preserves_structure_of_untagged_input() {
        let input = "-DOCSTART-\n\nHello\nworld\n\n\nBye\n";
        let out = tag_conll_with(input, |doc| doc.iter().map(|s| vec![Tag::O; s.len()]).collect());
        assert_eq!(out, "-DOCSTART-\n\nHello O\nworld O\n\n\nBye O\n");
    }
}

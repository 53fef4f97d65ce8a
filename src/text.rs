//! Sentences and tokens as byte spans into a source's text.
//!
//! Only the headline and the body spans are split: boilerplate that ingest left out of
//! [`Source::body`] never becomes a sentence. The headline is always one sentence of its own. In the
//! body, a line break ends a sentence (paragraphs, list items, section headings) unless the text is
//! hard-wrapped prose or the next line plainly continues the sentence; inside a line, a sentence ends
//! at `.`, `!`, `?` or `…` (with any closing quotes or brackets) before a word that can open one.

mod abbrev;
mod chars;
pub mod safe;
pub mod tokens;
pub mod wordlist;

use std::borrow::Cow;
use std::ops::Range;

use crate::compact::clamp_u32;
use crate::ingest::Source;

pub use abbrev::{is_abbreviation, is_sentence_starter};
pub use chars::{Lower, is_acronym_like, is_all_caps, is_capitalised, one_line};
pub use tokens::tokenize;
pub use wordlist::word_set;

/// A sentence: its span in `Source::text`; its tokens come from [`Sentence::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    /// The tokens, kept only when tokenising `span` on its own would not give them back (the
    /// splitter tokenised the whole block, and two of the tokeniser's rules look past a sentence's
    /// edges: a possessive "'s" is one token only after a word, and "no." keeps its period only
    /// before a number). Every sentence of every source stays alive for the
    /// whole analysis, and the tokens were the largest part of that (8 bytes a token, about 1.4
    /// times the text), so the usual sentence keeps none and finds them again when asked.
    kept: Option<Box<[Token]>>,
    /// True for the headline (its own sentence).
    pub headline: bool,
}

/// A token: a word, number or punctuation mark, as a byte span into `Source::text`.
///
/// The span is kept as two `u32` offsets (8 bytes a token rather than 16): every token of every
/// source stays alive for the whole analysis, and a source's text is far below 4 GiB (ingest caps
/// a file at 64 MiB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
}

impl Token {
    /// A token over `span`. Offsets past `u32::MAX` are clamped (no source is that long).
    pub fn new(span: Range<usize>) -> Token {
        Token {
            start: clamp_u32(span.start),
            end: clamp_u32(span.end),
        }
    }

    /// The token's byte span in `Source::text`.
    pub fn span(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Where the token starts (a byte offset in `Source::text`).
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends (a byte offset in `Source::text`, exclusive).
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The token's text in `text` (the source text its span points into); empty if it does not fit.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span()).unwrap_or("")
    }
}

impl Sentence {
    /// The sentence over `tokens` (not empty) of `text`, as the splitter found them.
    fn over(text: &str, tokens: &[Token], headline: bool) -> Sentence {
        let span = tokens.first().map_or(0, Token::start)..tokens.last().map_or(0, Token::end);
        Sentence {
            kept: (!found_again_alike(text, tokens)).then(|| tokens.into()),
            span,
            headline,
        }
    }

    /// A sentence over `span` whose tokens are those that [`tokenize`] finds in the span alone
    /// (for tests and callers that split text their own way).
    pub fn from_span(span: Range<usize>, headline: bool) -> Sentence {
        Sentence {
            span,
            kept: None,
            headline,
        }
    }

    /// The sentence's text in `text`; empty if the span does not fit.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.clone()).unwrap_or("")
    }

    /// The sentence's tokens in `text` (the source text its span points into), as the splitter
    /// found them.
    pub fn tokens(&self, text: &str) -> Cow<'_, [Token]> {
        match &self.kept {
            Some(tokens) => Cow::Borrowed(tokens),
            None => Cow::Owned(tokenize(text, self.span.clone())),
        }
    }

    /// The texts of the tokens, in order.
    pub fn token_texts<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.tokens(text).iter().map(|t| t.text(text)).collect()
    }
}

/// Whether tokenising the span of `tokens` (a sentence, not empty) on its own gives `tokens` back.
///
/// Checked on the edges only, where the splitter's tokenising of the whole block saw more: a
/// token's rules look back one character (the possessive "'s" after a word) and forward to at most
/// the first character of the third token after it ("no" "." then a digit). So the middle always
/// comes out the same; the first token can differ only when it opens with an apostrophe, and the
/// last three are tokenised again and compared — from the token before, when one of them opens
/// with an apostrophe ("Takaichi's hometown."), so that the possessive has its word.
fn found_again_alike(text: &str, tokens: &[Token]) -> bool {
    let Some(first) = tokens.first() else {
        return true;
    };
    let opens_with_apostrophe = |t: &Token| t.text(text).starts_with(tokens::is_apostrophe);
    if opens_with_apostrophe(first) {
        return false;
    }
    let mut from = tokens.len().saturating_sub(3);
    while from > 0 && opens_with_apostrophe(&tokens[from]) {
        from -= 1;
    }
    let tail = &tokens[from..];
    tokenize(text, tail[0].start()..tail[tail.len() - 1].end()) == tail
}

/// No sentence is longer than this many tokens: text with no sentence punctuation (a word list, a
/// table flattened to one line, a transcript without full stops) is cut here, so every later stage
/// sees sentences of a bounded size. Real sentences stay far below it.
pub const MAX_SENTENCE_TOKENS: usize = 1000;

/// Split a source's headline and body into sentences with tokens.
pub fn sentences(source: &Source) -> Vec<Sentence> {
    let text = source.text.as_str();
    let mut out = Vec::new();
    let headline = source.headline.clone().filter(|h| text.get(h.clone()).is_some());
    if let Some(h) = &headline {
        let tokens: Vec<Token> = tokenize(text, h.clone())
            .into_iter()
            .skip_while(|t| is_bullet(t.text(text)))
            .collect();
        for tokens in tokens.chunks(MAX_SENTENCE_TOKENS) {
            if !tokens.is_empty() {
                out.push(Sentence::over(text, tokens, true));
            }
        }
    }
    for body in &source.body {
        // The headline is its own sentence even when a body span also covers it.
        let parts = match &headline {
            Some(h) if h.start < body.end && body.start < h.end => {
                vec![body.start..h.start.max(body.start), h.end.min(body.end)..body.end]
            }
            _ => vec![body.clone()],
        };
        for part in parts.into_iter().filter(|p| p.start < p.end) {
            out.extend(split(text, part));
        }
    }
    // Every source's sentences stay alive for the whole analysis: no spare capacity.
    out.shrink_to_fit();
    out
}

/// Split `text[span]` (body text) into sentences. Spans off char boundaries give nothing.
pub fn split(text: &str, span: Range<usize>) -> Vec<Sentence> {
    let Some(slice) = text.get(span.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for block in blocks(slice) {
        let block = span.start + block.start..span.start + block.end;
        split_block(text, &tokenize(text, block), &mut out);
    }
    out
}

/// List markers that open a line; they are not part of the sentence.
fn is_bullet(token: &str) -> bool {
    matches!(
        token,
        "-" | "*" | "•" | "·" | "–" | "—" | "▪" | "►" | "‣" | "◦" | "+" | ">"
    )
}

/// Lines of `slice` grouped into blocks that no sentence crosses (offsets relative to `slice`).
fn blocks(slice: &str) -> Vec<Range<usize>> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, _) in slice.match_indices('\n') {
        lines.push(start..i);
        start = i + 1;
    }
    lines.push(start..slice.len());
    let wrapped = hard_wrapped(slice, &lines);
    let longest = lines
        .iter()
        .map(|l| slice[l.clone()].trim().len())
        .max()
        .unwrap_or(0);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut prev: Option<&str> = None;
    for line in &lines {
        let content = slice[line.clone()].trim();
        if content.is_empty() {
            prev = None;
            continue;
        }
        let joins = prev.is_some_and(|p| continues(p, content, wrapped, longest));
        match out.last_mut() {
            Some(last) if joins => last.end = line.end,
            _ => out.push(line.clone()),
        }
        prev = Some(content);
    }
    out
}

/// Prose wrapped at a fixed width (e-mail, plain-text wires): many lines, none long, most near the
/// same width. There a single line break is layout, not structure.
fn hard_wrapped(slice: &str, lines: &[Range<usize>]) -> bool {
    let lengths: Vec<usize> = lines
        .iter()
        .map(|l| slice[l.clone()].trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    let longest = lengths.iter().copied().max().unwrap_or(0);
    lengths.len() >= 3
        && longest <= 100
        && lengths.iter().filter(|&&n| n * 10 >= longest * 7).count() * 2 >= lengths.len()
}

/// Whether `next` continues the sentence of the line `prev` across a single line break.
fn continues(prev: &str, next: &str, wrapped: bool, longest: usize) -> bool {
    let first = next.split_whitespace().next().unwrap_or("");
    if is_bullet(first)
        || first.ends_with('.') && first.len() <= 3 && first.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let ends_sentence =
        prev.ends_with(|c: char| tokens::is_terminal(c) || matches!(c, ':' | '”' | '"' | ')' | ']'));
    if ends_sentence {
        return false;
    }
    if wrapped {
        // A short line in wrapped prose ends its paragraph or is a heading.
        return prev.chars().count() * 10 >= longest * 7;
    }
    next.starts_with(|c: char| c.is_lowercase())
}

/// Split one block's tokens into sentences, appending to `out`.
fn split_block(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    let mut start = 0;
    while start < tokens.len() && is_bullet(tokens[start].text(text)) {
        start += 1;
    }
    // A numbered list marker ("1.", "2)") is layout, not part of the sentence.
    if let (Some(n), Some(mark)) = (tokens.get(start), tokens.get(start + 1)) {
        let number = n.text(text);
        if number.len() <= 3
            && number.bytes().all(|b| b.is_ascii_digit())
            && matches!(mark.text(text), "." | ")")
            && mark.start() == n.end()
        {
            start += 2;
        }
    }
    let mut i = start;
    while i < tokens.len() {
        let word = tokens[i].text(text);
        let mut end = i + 1;
        let boundary = if word.starts_with(tokens::is_terminal) {
            end = swallow_closers(text, tokens, end);
            tokens.get(end).is_some_and(|next| {
                // A point glued to the digits after it opens a number ("a .357 revolver").
                let decimal_point = word == "." && end == i + 1 && next.start() == tokens[i].end();
                opens_sentence(next.text(text))
                    && !(decimal_point && next.text(text).starts_with(|c: char| c.is_ascii_digit()))
            })
        } else if word.len() > 1 && word.ends_with('.') {
            // An abbreviation or initial kept its period.
            end = swallow_closers(text, tokens, end);
            tokens
                .get(end)
                .is_some_and(|next| is_sentence_starter(next.text(text)))
        } else {
            false
        };
        if boundary || end >= tokens.len() || end - start >= MAX_SENTENCE_TOKENS {
            let end = end.min(tokens.len());
            if start < end {
                out.push(Sentence::over(text, &tokens[start..end], false));
            }
            start = end;
        }
        i = end;
    }
}

/// Closing quotes and brackets right after a sentence's end mark belong to that sentence.
fn swallow_closers(text: &str, tokens: &[Token], mut end: usize) -> usize {
    while let Some(t) = tokens.get(end) {
        let glued = t.start() == tokens[end - 1].end();
        let closer = match t.text(text) {
            "”" | "’" | "»" | ")" | "]" => true,
            "\"" | "'" => glued,
            _ => false,
        };
        if !closer {
            break;
        }
        end += 1;
    }
    end
}

/// Whether a token can open a sentence after an end mark: not a lower-case word ("e.g. the",
/// "No. 5 was").
fn opens_sentence(token: &str) -> bool {
    token.chars().next().is_some_and(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests;

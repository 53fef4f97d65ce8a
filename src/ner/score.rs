//! Entity-level precision, recall and F1 with conlleval's chunk semantics: an entity is a
//! maximal run of one type opened by `B-X` (or by an `I-X` that does not continue a run of
//! that type); a predicted entity counts only if its span and type match a gold one exactly.

use std::collections::HashSet;
use std::fmt;

use super::conll::{Sentence, parse_documents};
use super::error::NerError;
use super::tag::{NerType, Tag, chunks};

/// Counts for one type (or all types).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypeScore {
    pub correct: usize,
    pub gold: usize,
    pub predicted: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl TypeScore {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn add(&mut self, o: &TypeScore) {
        self.correct += o.correct;
        self.gold += o.gold;
        self.predicted += o.predicted;
    }
}

/// Scores per type and overall, plus token accuracy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    pub per_type: [TypeScore; 4],
    pub tokens: usize,
    pub correct_tokens: usize,
}

impl Scores {
    pub fn overall(&self) -> TypeScore {
        let mut t = TypeScore::default();
        for s in &self.per_type {
            t.add(s);
        }
        t
    }

    pub fn of(&self, ty: NerType) -> TypeScore {
        self.per_type[NerType::ALL.iter().position(|&t| t == ty).unwrap_or(0)]
    }
}

/// Score predicted against gold tag sequences (sentence by sentence).
pub fn score_sequences(gold: &[Vec<Tag>], pred: &[Vec<Tag>]) -> Scores {
    let mut scores = Scores::default();
    let idx = |t: NerType| NerType::ALL.iter().position(|&x| x == t).unwrap_or(0);
    for (g, p) in gold.iter().zip(pred) {
        scores.tokens += g.len();
        scores.correct_tokens += g.iter().zip(p).filter(|(a, b)| a == b).count();
        let gc = chunks(g);
        let pc = chunks(p);
        let gs: HashSet<_> = gc.iter().copied().collect();
        for c in &gc {
            scores.per_type[idx(c.2)].gold += 1;
        }
        for c in &pc {
            scores.per_type[idx(c.2)].predicted += 1;
            if gs.contains(c) {
                scores.per_type[idx(c.2)].correct += 1;
            }
        }
    }
    scores
}

/// The sentences of an annotated CoNLL file, across its documents.
fn sentences(text: &str, path: &str) -> Result<Vec<Sentence>, NerError> {
    let docs = parse_documents(text, path)?;
    Ok(docs.into_iter().flat_map(|d| d.sentences).collect())
}

/// Score a predicted CoNLL file against a gold one; both must hold the same tokens in the same
/// sentences.
pub fn score_files(
    gold_text: &str,
    gold_path: &str,
    pred_text: &str,
    pred_path: &str,
) -> Result<Scores, NerError> {
    let gold = sentences(gold_text, gold_path)?;
    let pred = sentences(pred_text, pred_path)?;
    if gold.len() != pred.len() {
        return Err(NerError::Mismatch(format!(
            "{gold_path} has {} sentences but {pred_path} has {}",
            gold.len(),
            pred.len()
        )));
    }
    for (n, (g, p)) in gold.iter().zip(&pred).enumerate() {
        if g.tokens != p.tokens {
            return Err(NerError::Mismatch(format!(
                "sentence {} differs between {gold_path} and {pred_path} (tokens {:?} vs {:?})",
                n + 1,
                g.tokens.first(),
                p.tokens.first()
            )));
        }
    }
    let g: Vec<Vec<Tag>> = gold.into_iter().map(|s| s.tags).collect();
    let p: Vec<Vec<Tag>> = pred.into_iter().map(|s| s.tags).collect();
    Ok(score_sequences(&g, &p))
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = self.overall();
        writeln!(
            f,
            "processed {} tokens with {} gold entities; found {}; correct {}; token accuracy {:.2}%",
            self.tokens,
            o.gold,
            o.predicted,
            o.correct,
            100.0 * ratio(self.correct_tokens, self.tokens)
        )?;
        writeln!(
            f,
            "{:<8} {:>9} {:>9} {:>9} {:>7} {:>7}",
            "type", "precision", "recall", "F1", "gold", "found"
        )?;
        let mut row = |name: &str, s: &TypeScore| {
            writeln!(
                f,
                "{:<8} {:>8.2}% {:>8.2}% {:>9.4} {:>7} {:>7}",
                name,
                100.0 * s.precision(),
                100.0 * s.recall(),
                s.f1(),
                s.gold,
                s.predicted
            )
        };
        for (t, s) in NerType::ALL.iter().zip(&self.per_type) {
            row(t.as_str(), s)?;
        }
        row("overall", &o)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tag::tags;
    use super::*;

    #[test]
    fn exact_span_match() {
        // (gold, predicted, correct, gold count, predicted count)
        let cases = [
            ("B-PER I-PER O", "B-PER I-PER O", 1, 1, 1),
            ("B-PER I-PER O", "B-PER O O", 0, 1, 1),
            ("B-PER I-PER O", "B-ORG I-ORG O", 0, 1, 1),
            ("B-PER I-PER O", "B-PER I-PER I-PER", 0, 1, 1),
            ("B-LOC O B-LOC", "B-LOC O O", 1, 2, 1),
            ("O O O", "B-MISC O O", 0, 0, 1),
        ];
        for (g, p, c, ng, np) in cases {
            let s = score_sequences(&[tags(g)], &[tags(p)]).overall();
            assert_eq!((s.correct, s.gold, s.predicted), (c, ng, np), "{g} / {p}");
        }
    }

    #[test]
    fn precision_recall_f1() {
        let s = score_sequences(&[tags("B-PER O B-LOC O B-ORG")], &[tags("B-PER O B-PER O B-ORG")]);
        let o = s.overall();
        assert_eq!((o.correct, o.gold, o.predicted), (2, 3, 3));
        assert!((o.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.of(NerType::Loc).recall(), 0.0);
        assert_eq!(s.of(NerType::Per).precision(), 0.5);
        assert_eq!(TypeScore::default().f1(), 0.0);
    }

    #[test]
    fn files_must_align() {
        let gold = "a B-PER\nb O\n\nc O\n";
        let cases = [
            ("a B-PER\nb O\n\nc O\n", true),
            ("a O\nb O\n\nc O\n", true),
            ("a B-PER\nb O\n", false),
            ("x B-PER\nb O\n\nc O\n", false),
            ("a B-PER\nb\n\nc O\n", false),
        ];
        for (pred, ok) in cases {
            assert_eq!(score_files(gold, "g", pred, "p").is_ok(), ok, "{pred:?}");
        }
    }
}

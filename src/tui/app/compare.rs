//! Where each statement of the claim comparison lands on screen, shared by the drawing and by mouse
//! hit-testing so a click selects the statement it was drawn under.

use ratatui::layout::{Margin, Rect};

use super::App;
use crate::tui::doc::wrap_words;

/// Sentence lines shown per statement before it is cut.
pub const SENTENCE_LINES: usize = 4;

/// The comparison's rows: a heading, then statements from `start` on, each `heights[i]` rows tall.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompareLayout {
    /// Rows above the first statement (topic, entities, a blank line).
    pub head: usize,
    /// The first statement shown, an index into [`App::compare_statements`].
    pub start: usize,
    /// Rows each statement takes, in [`App::compare_statements`] order.
    pub heights: Vec<usize>,
}

impl CompareLayout {
    /// The statement (index into [`App::compare_statements`]) drawn on `row` of the inner area.
    pub fn statement_at(&self, row: usize) -> Option<usize> {
        let mut top = self.head;
        for (i, &h) in self.heights.iter().enumerate().skip(self.start) {
            // The last row of a statement is the blank gap below it: it belongs to none.
            if row >= top && row + 1 < top + h {
                return Some(i);
            }
            top += h;
        }
        None
    }
}

impl App {
    /// The inside of the comparison's border.
    pub fn compare_inner(&self) -> Rect {
        self.areas().compare.inner(Margin::new(1, 1))
    }

    /// How the open comparison is laid out in its inner area.
    pub fn compare_layout(&self) -> CompareLayout {
        let Some(cmp) = self.compare else {
            return CompareLayout::default();
        };
        let Some(claim) = self.claims().get(cmp.claim) else {
            return CompareLayout::default();
        };
        let inner = self.compare_inner();
        let w = usize::from(inner.width);
        // Topic, entities (if any), the user's flag and note (if any), a blank line.
        let head = 2
            + usize::from(!claim.entities.is_empty())
            + usize::from(self.claim_flag(cmp.claim).is_some() || self.claim_note(cmp.claim).is_some());
        let heights: Vec<usize> = self
            .compare_statements()
            .iter()
            .map(|&si| {
                let st = &claim.statements[si];
                let Some(src) = self.sources().get(st.value.source) else {
                    return 0;
                };
                let sentence = if src.text.get(st.sentence.clone()).is_some() {
                    st.sentence.clone()
                } else {
                    st.value.span.clone()
                };
                // Header line, wrapped sentence (cut), blank gap; the width matches the drawing's.
                let lines = wrap_words(&src.text, sentence, w.saturating_sub(6).max(1)).len();
                2 + lines.min(SENTENCE_LINES)
            })
            .collect();
        // Start at the first statement from which the cursor's statement still fits below the heading.
        let room = usize::from(inner.height).saturating_sub(head);
        let mut start = cmp.cursor.min(heights.len().saturating_sub(1));
        let mut used = heights.get(start).copied().unwrap_or(0);
        while start > 0 && used + heights[start - 1] <= room {
            start -= 1;
            used += heights[start];
        }
        CompareLayout { head, start, heights }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_map_to_statements() {
        let l = CompareLayout {
            head: 3,
            start: 1,
            heights: vec![4, 3, 5],
        };
        // (row, statement): the heading, statement 1 (rows 3–4, gap 5), statement 2 (rows 6–9, gap 10).
        let cases = [
            (0, None),
            (2, None),
            (3, Some(1)),
            (4, Some(1)),
            (5, None),
            (6, Some(2)),
            (9, Some(2)),
            (10, None),
            (40, None),
        ];
        for (row, want) in cases {
            assert_eq!(l.statement_at(row), want, "row {row}");
        }
    }
}

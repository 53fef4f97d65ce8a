//! The legend at the end of the help (`?`): every mark the reader draws and what it means. Its text
//! lives here and nowhere else; the symbols come from the theme's constants, so a symbol changed there
//! is changed here too.

use crate::claims::Verdict;
use crate::tui::theme::{self, Theme};

/// A mark drawn as a style over the text rather than a symbol: the legend shows a sample in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    /// The selected entity's mentions (or, with no entity, the selected claim's values).
    Selected,
    /// Where the last jump landed.
    Target,
    /// A text search hit.
    Hit,
}

impl Highlight {
    pub const ALL: [Highlight; 3] = [Highlight::Selected, Highlight::Target, Highlight::Hit];

    /// Sample text drawn in the highlight's style.
    pub fn sample(self) -> &'static str {
        match self {
            Highlight::Selected => "Takaichi",
            Highlight::Target => "180 workers",
            Highlight::Hit => "tsunami",
        }
    }

    /// What it marks.
    pub fn meaning(self) -> &'static str {
        match self {
            Highlight::Selected => "the selected entity's mentions, or with none the selected claim's values",
            Highlight::Target => "where the last jump landed (n/N, v/V, a search, a statement read)",
            Highlight::Hit => "a hit of the article's text search (/ in the article, then n/N)",
        }
    }
}

/// The symbols and figures of the panes, each as (sample, meaning), in the order the panes sit.
pub fn symbols() -> Vec<(String, String)> {
    let x = Theme::verdict_mark(Verdict::Disagree);
    let ok = Theme::verdict_mark(Verdict::Agree);
    let one = Theme::verdict_mark(Verdict::Single);
    let named = theme::STRIP_NAMED;
    let silent = theme::STRIP_SILENT;
    let rows: [(String, String); 16] = [
        (
            format!("{} {}", theme::UNREAD, theme::READ),
            "sources: not read yet, read (m toggles)".into(),
        ),
        (
            format!("{} {}", theme::CURRENT, theme::CURRENT_UNREAD),
            format!(
                "sources: the one being read; {} once marked unread",
                theme::CURRENT_UNREAD
            ),
        ),
        (
            format!("3 claims 1{x}"),
            format!("under a source: the names and claims it has, how many disputed ({x})"),
        ),
        (
            "9× Takaichi".into(),
            "under a source: how often it names the selected entity".into(),
        ),
        (
            theme::SELECTED.into(),
            "entities: the selected one (Enter selects, Esc clears)".into(),
        ),
        (
            format!("{named}{silent}{named}"),
            format!("entities: one cell per source in list order: names it ({named}) or not ({silent})"),
        ),
        (
            format!("1{x} 2{ok}"),
            format!("entities: claims about it disputed ({x}), agreed ({ok})"),
        ),
        (
            format!("{x} {ok} {one}"),
            format!("claims: the verdict: disputed ({x}), agreed ({ok}), one source ({one})"),
        ),
        (
            "180 ≠ 183".into(),
            "claims: values that differ (≠), or agree at other precisions (/)".into(),
        ),
        ("4src".into(), "claims: how many sources state it".into()),
        (
            format!("{} {}", theme::CHECKED, theme::DISPUTED),
            "a claim you checked, a claim you dispute (f)".into(),
        ),
        (theme::NOTE.into(), "your note on a claim or source (a)".into()),
        (
            "Tue = 2026-01-13".into(),
            "comparison: the words of the source, then the value as read".into(),
        ),
        (
            theme::FOCUS.into(),
            "the focused pane's title; the statement or help line under the cursor".into(),
        ),
        (
            "█ ║".into(),
            "a pane's scrollbar: the thumb shows where the view is".into(),
        ),
        ("…".into(), "cut to fit: a wider terminal shows more".into()),
    ];
    rows.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_the_panes_draw_is_explained() {
        let legend: String = symbols().into_iter().map(|(s, m)| format!("{s} {m}\n")).collect();
        for sym in [
            theme::UNREAD,
            theme::READ,
            theme::CURRENT,
            theme::CURRENT_UNREAD,
            theme::CHECKED,
            theme::DISPUTED,
            theme::NOTE,
            theme::SELECTED,
            &theme::STRIP_NAMED.to_string(),
            &theme::STRIP_SILENT.to_string(),
            Theme::verdict_mark(Verdict::Disagree),
            Theme::verdict_mark(Verdict::Agree),
            Theme::verdict_mark(Verdict::Single),
            "≠",
            "src",
            "×",
            "…",
            "█",
        ] {
            assert!(legend.contains(sym), "the legend explains {sym:?}");
        }
    }
}

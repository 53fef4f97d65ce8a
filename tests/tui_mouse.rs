//! Tier (a), the mouse in overlays: clicks in the claim comparison and the help, and the help's fuzzy
//! search, against `App` with no terminal; and clicks on what a frame drew (a tab's title, a marked
//! value in the article), found in a `TestBackend` frame so the hit-testing must agree with the drawing.

mod tui_support;

use parallax::tui::action::Action;
use parallax::tui::app::{App, HelpLine, SideTab};
use parallax::tui::keymap::{Context, KeyInput};
use parallax::tui::layout::Pane;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::{app, press, type_text};

fn id(app: &App) -> &str {
    app.current().map_or("", |c| app.sources()[c].id.as_str())
}

/// The screen row of the header line of statement `i` (an index into `compare_statements`).
fn statement_row(app: &App, i: usize) -> u16 {
    let l = app.compare_layout();
    let rows: usize = l.head + l.heights[l.start..i].iter().sum::<usize>();
    app.compare_inner().y + u16::try_from(rows).expect("fits a screen")
}

#[test]
fn click_selects_a_statement_and_a_second_click_jumps() {
    for (w, h) in [(160, 45), (80, 24), (70, 20)] {
        let mut app = app(w, h);
        let mut k = KeyInput::default();
        press(&mut app, &mut k, "c <Enter>");
        assert_eq!(app.context(), Context::Compare, "{w}x{h}");
        let x = app.compare_inner().x + 4;
        // The heading and the gap under a statement select nothing.
        app.update(Action::Click(x, app.compare_inner().y));
        assert_eq!(app.compare().map(|c| c.cursor), Some(0), "{w}x{h}");
        let second = statement_row(&app, 1);
        // A click on the sentence (below the header line) of the second statement selects it.
        app.update(Action::Click(x, second + 1));
        assert_eq!(app.compare().map(|c| c.cursor), Some(1), "{w}x{h}");
        let gap = statement_row(&app, 1) - 1;
        app.update(Action::Click(x, gap));
        assert_eq!(
            app.compare().map(|c| c.cursor),
            Some(1),
            "{w}x{h}: the gap keeps it"
        );
        // Clicking the selected statement again reads it in its source, as Enter does.
        app.update(Action::Click(x, statement_row(&app, 1)));
        assert!(app.compare().is_none(), "{w}x{h}");
        assert_eq!(app.focus(), Pane::Article);
        assert_eq!(id(&app), "north");
        let (s, span) = app.target().cloned().expect("the value is targeted");
        assert_eq!(&app.sources()[s].text[span], "180 workers");
    }
}

#[test]
fn click_on_the_selected_claim_opens_it() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "c");
    assert_eq!(app.tab(), SideTab::Claims);
    let side = app.areas().side;
    // Second claim row: selects it only.
    app.update(Action::Click(side.x + 3, side.y + 2));
    assert_eq!(app.claims_cursor().index, 1);
    assert!(app.compare().is_none());
    app.update(Action::Click(side.x + 3, side.y + 2));
    assert!(app.compare().is_some(), "a click on the selected claim opens it");

    // In an unfocused list the first click only focuses and selects.
    let mut app = tui_support::app(160, 45);
    press(&mut app, &mut k, "c <Tab>");
    assert_ne!(app.focus(), Pane::Side);
    app.update(Action::Click(side.x + 3, side.y + 1));
    assert_eq!(app.focus(), Pane::Side);
    assert!(app.compare().is_none());
}

#[test]
fn clicks_in_help_select_bindings() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "?");
    let area = app.areas().help;
    let lines = app.help_lines();
    // Inner row 0 is the search line; help line i is on inner row 1 + i.
    let row = |i: usize| area.y + 2 + u16::try_from(i).expect("small");
    let binding = lines
        .iter()
        .position(|l| matches!(l, HelpLine::Binding { .. }))
        .expect("a binding");
    assert!(matches!(lines[0], HelpLine::Heading(_)));
    app.update(Action::Click(area.x + 4, row(0)));
    assert_eq!(
        app.help().and_then(|h| h.selected),
        None,
        "a heading is not selectable"
    );
    app.update(Action::Click(area.x + 4, row(binding)));
    assert_eq!(app.help().and_then(|h| h.selected), Some(binding));
    // A click on the search line starts typing; typing clears the selection.
    app.update(Action::Click(area.x + 4, area.y + 1));
    assert_eq!(app.context(), Context::Input);
    type_text(&mut app, &mut k, "q");
    assert_eq!(app.help().and_then(|h| h.selected), None);
    // A click outside closes it.
    app.update(Action::Click(0, app.size().1 - 1));
    assert!(app.help().is_none());
}

#[test]
fn help_search_is_fuzzy_and_marks_the_matched_chars() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "? /");
    // (query, a description that must be found, the chars that must be lit in it)
    let cases = [
        ("nxtmnt", "Next mention", "Nxtmnt"),
        ("prvsrc", "Read the previous source", "prvsrc"),
    ];
    for (query, desc, lit) in cases {
        press(&mut app, &mut k, "<C-u>");
        type_text(&mut app, &mut k, query);
        let lines = app.help_lines();
        let hit = lines.iter().find_map(|l| match l {
            HelpLine::Binding {
                desc: d, desc_hits, ..
            } if d.starts_with(desc) => Some((d, desc_hits)),
            _ => None,
        });
        let (d, hits) = hit.unwrap_or_else(|| panic!("{query:?} finds {desc:?}: {lines:?}"));
        let marked: String = d
            .chars()
            .enumerate()
            .filter(|(i, _)| hits.contains(i))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(marked.to_lowercase(), lit.to_lowercase(), "{query:?}");
    }
    press(&mut app, &mut k, "<C-u>");
    type_text(&mut app, &mut k, "zzqx");
    assert!(
        matches!(app.help_lines()[..], [HelpLine::Text(_)]),
        "no match says so"
    );
}

#[test]
fn enter_in_the_help_search_selects_the_best_match_and_runs_it() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    let before = id(&app).to_string();
    press(&mut app, &mut k, "? /");
    type_text(&mut app, &mut k, "next source");
    press(&mut app, &mut k, "<Enter>");
    // The first Enter keeps the search and selects its best match…
    let help = app.help().expect("the help stays open");
    assert!(!help.typing);
    let lines = app.help_lines();
    let selected = help.selected.expect("the best match is selected");
    assert!(
        matches!(&lines[selected], HelpLine::Binding { desc, .. } if desc == "Read the next source"),
        "{:?}",
        lines[selected]
    );
    // …the second runs it, where it applies.
    press(&mut app, &mut k, "<Enter>");
    assert!(app.help().is_none());
    assert_ne!(id(&app), before, "the next source is open");
    // The help's own bindings are not run from it; Enter with nothing selected does nothing.
    press(&mut app, &mut k, "? <Enter>");
    assert!(app.help().is_some());
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "close the help");
    press(&mut app, &mut k, "<Enter> <Enter>");
    assert!(app.help().is_some(), "a help binding leaves the help open");
}

#[test]
fn a_second_click_on_a_help_binding_runs_it() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "? /");
    type_text(&mut app, &mut k, "show the claims");
    press(&mut app, &mut k, "<Enter>");
    let area = app.areas().help;
    let i = app.help().and_then(|h| h.selected).expect("a match");
    let row = area.y + 2 + u16::try_from(i).expect("small");
    app.update(Action::Click(area.x + 4, row));
    assert!(app.help().is_none(), "a click on the selected line runs it");
    assert_eq!((app.focus(), app.tab()), (Pane::Side, SideTab::Claims));
}

/// The cells of the frame drawn for `app`, by row.
fn cells(app: &App) -> Vec<Vec<String>> {
    let (w, h) = app.size();
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    t.draw(|f| view::draw(f, app, &Theme::default())).expect("draw");
    let buf = t.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect()
}

/// Columns where `text` (one cell a char) is drawn on row `y` between columns `from` and `to`.
fn found(cells: &[Vec<String>], y: u16, from: u16, to: u16, text: &str) -> Vec<u16> {
    let want: Vec<String> = text.chars().map(String::from).collect();
    let row = &cells[usize::from(y)];
    (from..to.saturating_sub(u16::try_from(want.len()).expect("short")))
        .filter(|&x| row[usize::from(x)..usize::from(x) + want.len()] == want[..])
        .collect()
}

#[test]
fn a_click_on_a_tab_title_shows_that_tab() {
    for (w, h) in [(160, 45), (100, 30), (80, 24)] {
        let mut app = app(w, h);
        let mut k = KeyInput::default();
        if w < 100 {
            // The side pane shares the article's place: show it (and focus the sources, so the first
            // click is in an unfocused title).
            press(&mut app, &mut k, "e <Tab>");
        }
        let [(_, entities), (_, claims)] = app.side_tabs();
        // Each end of a tab's title, its brackets or the spaces in their place, counts: the first
        // click lands in an unfocused title, the next ones in a focused one (shifted by the "▶").
        let clicks = [
            (&claims, false, SideTab::Claims),
            (&entities, true, SideTab::Entities),
            (&claims, true, SideTab::Claims),
            (&entities, false, SideTab::Entities),
        ];
        for (title, right_end, tab) in clicks {
            let side = app.areas().side;
            let drawn = cells(&app);
            let at = found(&drawn, side.y, side.x, side.x + side.width, title);
            let x = *at.first().unwrap_or_else(|| {
                panic!(
                    "{w}x{h}: {title} in the side pane's title: {:?}",
                    drawn[usize::from(side.y)].concat()
                )
            });
            let end = if right_end {
                x + u16::try_from(title.len()).expect("short")
            } else {
                x - 1
            };
            app.update(Action::Click(end, side.y));
            assert_eq!((app.tab(), app.focus()), (tab, Pane::Side), "{w}x{h}: {title}");
        }
        // The border past the titles is no tab.
        let side = app.areas().side;
        press(&mut app, &mut k, "c");
        app.update(Action::Click(side.x + side.width - 3, side.y));
        assert_eq!(app.tab(), SideTab::Claims, "{w}x{h}");
    }
}

#[test]
fn a_click_on_a_marked_value_opens_its_comparison() {
    for (w, h) in [(160, 45), (70, 20), (50, 30)] {
        let mut app = app(w, h);
        let mut k = KeyInput::default();
        press(&mut app, &mut k, "2 <Tab>");
        assert_eq!(id(&app), "north");
        let a = app.areas().article;
        let drawn = cells(&app);
        // "180" is in the headline (not a claim's value there) and in the body (the value).
        let hits: Vec<(u16, u16)> = (a.y + 1..a.y + a.height - 1)
            .flat_map(|y| {
                found(&drawn, y, a.x + 1, a.x + a.width - 1, "180")
                    .into_iter()
                    .map(move |x| (x, y))
            })
            .collect();
        assert!(hits.len() >= 2, "{w}x{h}: {hits:?}");
        let (hx, hy) = hits[0];
        app.update(Action::Click(hx + 1, hy));
        assert!(app.compare().is_none(), "{w}x{h}: the headline's 180 is no value");
        let (vx, vy) = *hits.last().expect("the body's 180");
        app.update(Action::Click(vx + 2, vy));
        let cmp = app
            .compare()
            .unwrap_or_else(|| panic!("{w}x{h}: a click on the value compares"));
        let claim = &app.claims()[cmp.claim];
        assert_eq!(claim.topic, "workers killed — Port Avel fire");
        let under = claim.statements[app.compare_statements()[cmp.cursor]]
            .value
            .source;
        assert_eq!(app.sources()[under].id, "north", "{w}x{h}");
        let (s, span) = app.target().cloned().expect("the value is the target");
        assert_eq!(&app.sources()[s].text[span], "180 workers");
        // C-o (or Esc) returns to the article.
        press(&mut app, &mut k, "<C-o>");
        assert!(app.compare().is_none());
        assert_eq!((id(&app), app.focus()), ("north", Pane::Article));
    }
}

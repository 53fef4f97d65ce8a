//! The timeline and the coverage matrix in the reader: opened by key and by mouse, Enter reads what
//! is selected, and every size from 60 columns down draws without panicking with the figures on
//! screen.

mod tui_support;

use parallax::tui::action::Action;
use parallax::tui::app::{App, View};
use parallax::tui::keymap::{Context, KeyInput};
use parallax::tui::layout::Pane;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use parallax::views::{Cell, Column};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::{app, press};

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size().0, app.size().1)).expect("test backend");
    t.draw(|f| view::draw(f, app, &Theme::default())).expect("draw");
    let buf = t.backend().buffer();
    let w = usize::from(buf.area.width);
    buf.content
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn row_of(screen: &str, text: &str) -> usize {
    screen
        .lines()
        .position(|l| l.contains(text))
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
}

#[test]
fn t_opens_the_timeline_of_the_listed_claim_by_date() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "c t");
    assert_eq!(app.context(), Context::Timeline);
    let Some(View::Timeline { timeline, .. }) = app.view() else {
        panic!("the timeline is open")
    };
    assert_eq!(
        app.claims()[timeline.claim].topic,
        "workers killed — Port Avel fire"
    );
    let s = screen(&app);
    assert!(s.contains("Timeline · c1"), "{s}");
    assert!(s.contains("no majority: every value differs"), "{s}");
    // South Herald (11 January) reported first, North Daily (14 January, +3 days) after, lower.
    let (south, north) = (row_of(&s, "▶ South Herald 183"), row_of(&s, "+3d"));
    assert!(south < north, "{s}");
    let north_row = s.lines().nth(north).unwrap_or_default();
    assert!(
        north_row.contains("North Daily") && north_row.contains("180") && north_row.contains('↓'),
        "{north_row}"
    );
    // Esc goes back to the claims list.
    press(&mut app, &mut k, "<Esc>");
    assert!(app.view().is_none());
    assert_eq!(app.context(), Context::Claims);
}

#[test]
fn enter_in_the_timeline_reads_the_statement_like_the_comparison() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    // From the comparison: the timeline opens on the compared statement and Esc returns to it.
    press(&mut app, &mut k, "c <Enter> j t");
    let Some(View::Timeline { cursor, .. }) = app.view() else {
        panic!("the timeline is open")
    };
    assert_eq!(cursor.index, 1, "the compared statement stays selected");
    press(&mut app, &mut k, "t");
    assert_eq!(app.context(), Context::Compare);
    press(&mut app, &mut k, "t k <Enter>");
    assert!(app.view().is_none() && app.compare().is_none());
    assert_eq!(app.focus(), Pane::Article);
    let south = app.sources().iter().position(|s| s.id == "south");
    assert_eq!(app.current(), south);
    let (s, span) = app.target().expect("the value is the jump target").clone();
    assert_eq!(&app.sources()[s].text[span], "183 workers");
}

#[test]
fn m_opens_the_matrix_and_enter_reads_a_cell() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "M");
    assert_eq!(app.context(), Context::Matrix);
    let m = app.coverage().expect("the matrix is computed").clone();
    let s = screen(&app);
    for c in Cell::ALL {
        assert!(
            s.contains(&format!("{} {}", c.mark(), c.as_str())),
            "legend {c:?}:\n{s}"
        );
    }
    for name in ["North Daily", "South Herald", "wire"] {
        row_of(&s, name);
    }
    // Rows by date: South Herald, North Daily, the undated wire.
    let ids: Vec<&str> = m.rows.iter().map(|&r| app.sources()[r].id.as_str()).collect();
    assert_eq!(ids, ["south", "north", "wire"]);
    // The matrix opens on the source being read; `l` to the first claim column, Enter reads it.
    let first_claim = m
        .columns
        .iter()
        .position(|c| matches!(c, Column::Claim(_)))
        .expect("a claim column");
    press(&mut app, &mut k, "g g");
    for _ in 0..first_claim {
        press(&mut app, &mut k, "l");
    }
    let s = screen(&app);
    assert!(
        s.contains("South Herald: ✗ states 183; no value has a majority"),
        "{s}"
    );
    // `t` on a claim column opens its timeline over the matrix; `M` goes back to the matrix.
    press(&mut app, &mut k, "t");
    assert_eq!(app.context(), Context::Timeline);
    press(&mut app, &mut k, "M");
    assert_eq!(app.context(), Context::Matrix);
    press(&mut app, &mut k, "<Enter>");
    assert!(app.view().is_none());
    let (src, span) = app.target().expect("a jump target").clone();
    assert_eq!(app.sources()[src].id, "south");
    assert_eq!(&app.sources()[src].text[span], "183 workers");
    // An entity cell selects the entity and reads its first mention there.
    press(&mut app, &mut k, "M g g <Enter>");
    assert!(app.entity().is_some(), "the entity is selected");
    assert_eq!(app.focus(), Pane::Article);
}

#[test]
fn the_strip_opens_both_views_by_mouse_and_clicks_select_then_read() {
    let mut app = app(160, 45);
    let tabs = app.view_tabs();
    assert_eq!(tabs.len(), 2, "the strip shows at 160 columns");
    let s = screen(&app);
    let y = usize::from(tabs[0].0.y);
    assert!(
        s.lines()
            .nth(y)
            .unwrap_or_default()
            .contains("t timeline  M matrix"),
        "{s}"
    );
    // The matrix label.
    let r = tabs[1].0;
    app.update(Action::Click(r.x + 2, r.y));
    assert_eq!(app.context(), Context::Matrix);
    // A click on a cell selects it; a second click reads it.
    let (label, col_w, _) = app.matrix_columns();
    let inner = app.compare_inner();
    let m = app.coverage().expect("computed").clone();
    let j = m
        .columns
        .iter()
        .position(|c| matches!(c, Column::Claim(_)))
        .expect("a claim column");
    let x = inner.x + u16::try_from(label + 1 + j * col_w + 1).expect("small");
    let y = inner.y + 2; // the first source's row, under the legend and the headings
    app.update(Action::Click(x, y));
    let Some(View::Matrix { row, col }) = app.view() else {
        panic!("the matrix stays open")
    };
    assert_eq!((row.index, col.index), (0, j));
    app.update(Action::Click(x, y));
    assert!(app.view().is_none(), "the second click reads the cell");
    assert_eq!(app.focus(), Pane::Article);
    // The timeline label, with the claims list showing: the listed claim's timeline.
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "c");
    let r = app.view_tabs()[0].0;
    app.update(Action::Click(r.x + 2, r.y));
    assert_eq!(app.context(), Context::Timeline);
    // A click outside closes it and goes on to the pane under it.
    let src = app.areas().sources;
    app.update(Action::Click(src.x + 2, src.y + 2));
    assert!(app.view().is_none());
    assert_eq!(app.focus(), Pane::Sources);
}

#[test]
fn narrow_screens_keep_the_figures_and_never_panic() {
    for (w, h) in [(60, 20), (60, 45), (70, 24), (100, 30)] {
        let mut app = app(w, h);
        let mut k = KeyInput::default();
        press(&mut app, &mut k, "c t");
        let s = screen(&app);
        assert!(s.contains("183") && s.contains("180"), "{w}×{h} timeline:\n{s}");
        press(&mut app, &mut k, "<Esc> M");
        let s = screen(&app);
        assert!(s.contains('✗') && s.contains('▮'), "{w}×{h} matrix:\n{s}");
        // Scrolled to the last column, the claims' marks show.
        press(&mut app, &mut k, "l l l l l l l l l l l l");
        let s = screen(&app);
        assert!(s.contains('✓'), "{w}×{h} matrix, last column:\n{s}");
    }
    for keys in ["c t", "M", "M t", "M l l l l l t"] {
        for w in 1..=60 {
            for h in [1, 2, 3, 5, 8, 13, 20] {
                let mut app = app(160, 45);
                let mut k = KeyInput::default();
                press(&mut app, &mut k, keys);
                app.update(Action::Resize(w, h));
                screen(&app);
                app.update(Action::Click(w / 2, h / 2));
                app.update(Action::Click(0, h.saturating_sub(1)));
                screen(&app);
            }
        }
    }
}

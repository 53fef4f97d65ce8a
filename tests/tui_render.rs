//! Tier (b): whole frames drawn into ratatui's `TestBackend`, as insta snapshots (text) plus checks on
//! the styles that carry meaning (verdicts, the selected entity, focus, NO_COLOR).

mod tui_support;

use parallax::tui::action::Action;
use parallax::tui::app::App;
use parallax::tui::keymap::KeyInput;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use tui_support::{app, press, type_text};

fn draw(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).expect("test backend");
    t.draw(|f| view::draw(f, app, theme)).expect("draw");
    t
}

/// The app at a size after some keys (and typed text after a `|`).
fn state(w: u16, h: u16, keys: &str) -> App {
    let mut app = app(w, h);
    let mut k = KeyInput::default();
    for (i, part) in keys.split('|').enumerate() {
        if i % 2 == 0 {
            press(&mut app, &mut k, part);
        } else {
            type_text(&mut app, &mut k, part);
        }
    }
    app
}

const STATES: &[(&str, &str)] = &[
    ("start", ""),
    ("entity_selected", "/|mara| <Enter> ]"),
    ("filter_open", "/|port|"),
    ("claims", "c"),
    ("comparison", "c <Enter>"),
    ("help", "?"),
    ("help_search", "? /|source|"),
];

#[test]
fn snapshots_at_80x24_and_160x45() {
    for (w, h) in [(80, 24), (160, 45)] {
        for (name, keys) in STATES {
            let app = state(w, h, keys);
            let t = draw(&app, &Theme::default());
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
        }
    }
}

#[test]
fn snapshots_narrow() {
    for (name, w, h, keys) in [
        ("narrow_article", 70, 20, "<Tab>"),
        ("narrow_side", 70, 20, "c"),
        ("single_sources", 50, 16, ""),
        ("single_entities", 50, 16, "/|quell| <Enter>"),
    ] {
        let app = state(w, h, keys);
        insta::assert_snapshot!(name, draw(&app, &Theme::default()).backend());
    }
}

#[test]
fn tiny_sizes_draw_without_panicking() {
    for (_, keys) in STATES {
        for w in 1..=20 {
            for h in 1..=5 {
                let mut app = state(160, 45, keys);
                app.update(Action::Resize(w, h));
                draw(&app, &Theme::default());
                draw(&app, &Theme { color: false });
            }
        }
    }
}

fn cells_with<'a>(buf: &'a Buffer, text: &'a str) -> Vec<&'a ratatui::buffer::Cell> {
    // The cells of the first occurrence of `text` on any row.
    let w = usize::from(buf.area.width);
    for row in buf.content.chunks(w) {
        let line: String = row.iter().map(|c| c.symbol()).collect();
        if let Some(at) = line.find(text) {
            let col = line[..at].chars().count();
            return row[col..col + text.chars().count()].iter().collect();
        }
    }
    panic!("{text:?} not on screen");
}

#[test]
fn verdicts_and_selection_are_styled() {
    // North Daily holds a disagreeing count, an agreeing date and a single-source amount.
    let app = state(160, 45, "2");
    let t = draw(&app, &Theme::default());
    let buf = t.backend().buffer();
    // The headline repeats the number outside the statement: only the statement's value is marked.
    assert!(
        cells_with(buf, "that 180 workers")[5..]
            .iter()
            .all(|c| c.bg == Color::Red)
    );
    assert!(
        cells_with(buf, "kills 180 workers")[6..]
            .iter()
            .all(|c| c.bg != Color::Red)
    );
    assert!(cells_with(buf, "January 12").iter().all(|c| c.fg == Color::Green));
    assert!(
        cells_with(buf, "4 million euros")
            .iter()
            .all(|c| c.fg == Color::DarkGray)
    );
    assert!(
        cells_with(buf, "Tidewater Council")
            .iter()
            .all(|c| c.fg == Color::Magenta)
    );

    let app = state(160, 45, "2 /|quell| <Enter>");
    let t = draw(&app, &Theme::default());
    let buf = t.backend().buffer();
    let mention = cells_with(buf, "Mara Quell, the mayor");
    assert!(
        mention[..10].iter().all(|c| c.bg == Color::LightMagenta),
        "the jumped-to mention"
    );
    let later = cells_with(buf, "Quell said the council");
    assert!(
        later[..5].iter().all(|c| c.bg == Color::Yellow),
        "other mentions of the selection"
    );
}

#[test]
fn focus_is_marked_without_colour() {
    let app = state(160, 45, "<Tab>");
    let t = draw(&app, &Theme { color: false });
    let buf = t.backend().buffer();
    let title = cells_with(buf, "▶ Article");
    assert!(title.iter().all(|c| c.modifier.contains(Modifier::REVERSED)));
    assert!(
        !cells_with(buf, "Sources")
            .iter()
            .any(|c| c.modifier.contains(Modifier::REVERSED))
    );
}

#[test]
fn no_color_uses_no_colours_but_keeps_meaning() {
    let app = state(160, 45, "2 c");
    let t = draw(&app, &Theme { color: false });
    let buf = t.backend().buffer();
    for c in &buf.content {
        assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset), "{:?}", c.symbol());
    }
    let dis = &cells_with(buf, "that 180 workers")[5..];
    assert!(
        dis.iter()
            .all(|c| c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
    );
    let agree = cells_with(buf, "January 12");
    assert!(
        agree
            .iter()
            .all(|c| c.modifier.contains(Modifier::UNDERLINED) && !c.modifier.contains(Modifier::BOLD))
    );
    assert!(
        cells_with(buf, "4 million euros")
            .iter()
            .all(|c| c.modifier.contains(Modifier::DIM))
    );
}

#[test]
fn cjk_and_emoji_line_up() {
    let app = state(160, 45, "2");
    let t = draw(&app, &Theme::default());
    let text = t.backend().to_string();
    // A double-width name is drawn whole and the line does not overflow the pane.
    assert!(text.contains("高市早苗"));
    assert!(text.contains("🙏"));
    for line in text.lines() {
        assert!(
            !line.contains("Hidden by multi-width symbols: [(") || line.contains("\" Hidden"),
            "{line}"
        );
    }
}

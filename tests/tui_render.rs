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
    let mut t = Terminal::new(TestBackend::new(app.size().0, app.size().1)).expect("test backend");
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
                draw(&app, &Theme::mono());
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
    // Agreement is not green, the colour of places.
    let agree = Theme::default()
        .verdict(parallax::claims::Verdict::Agree)
        .fg
        .expect("agreement has a colour");
    assert_ne!(agree, Color::Green);
    assert!(cells_with(buf, "January 12").iter().all(|c| c.fg == agree));
    let single = Theme::default()
        .verdict(parallax::claims::Verdict::Single)
        .fg
        .expect("one source has a colour");
    assert!(cells_with(buf, "4 million euros").iter().all(|c| c.fg == single));
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
        mention[..10]
            .iter()
            .all(|c| Some(c.bg) == Theme::default().target().bg),
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
    let t = draw(&app, &Theme::mono());
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
    let t = draw(&app, &Theme::mono());
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
    // Kinds of names stay apart without colour: people bold, places italic, organisations both.
    let cases = [
        ("Mara Quell, the", 0..10, Modifier::BOLD),
        ("of Port Avel, said", 3..12, Modifier::ITALIC),
        ("Tidewater", 0..9, Modifier::BOLD | Modifier::ITALIC),
    ];
    for (text, name, want) in cases {
        for c in &cells_with(buf, text)[name] {
            let m = c.modifier & (Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED);
            assert_eq!(m, want, "{text:?}");
        }
    }
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

/// A small deterministic generator, so the fuzz below needs no extra crate and always replays.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn random_text_and_sizes_never_panic() {
    use parallax::claims::Verdict;
    use parallax::entities::EntityKind;
    use parallax::values::ValueKind;
    const PIECES: &[&str] = &[
        "word",
        "Port",
        "高市早苗",
        "🙏",
        "👨\u{200d}👩\u{200d}👧",
        "e\u{301}",
        "\u{301}",
        "x🪀\u{1930}x",
        "—",
        "“q”",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\u{a0}",
        "12",
        "%",
        "ÉLYSÉE",
        "ทดสอบ",
        "\r\n",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..150 {
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..3 {
            let n = rng.below(60);
            texts.push((0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect());
        }
        // Forms that occur in the texts, so the fixture finds mentions and values on char boundaries.
        let mut f = tui_support::Fixture::default();
        for (i, t) in texts.iter().enumerate() {
            f = f.source(
                &format!("s{i}"),
                if i == 0 { None } else { Some("Outlet 高市") },
                None,
                &t.replace('\n', " "),
                t,
            );
        }
        f = f
            .entity("Port", EntityKind::Place, &["P"], &["Port"])
            .entity("高市早苗", EntityKind::Person, &[], &["高市早苗"])
            .entity("Élysée", EntityKind::Organisation, &[], &["ÉLYSÉE", "e\u{301}"]);
        let with_value: Vec<(String, &str)> = texts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.contains("12"))
            .map(|(i, _)| (format!("s{i}"), "12"))
            .collect();
        if !with_value.is_empty() {
            let st: Vec<(&str, &str, &str)> =
                with_value.iter().map(|(s, v)| (s.as_str(), *v, "12")).collect();
            let verdict = if st.len() > 1 {
                Verdict::Disagree
            } else {
                Verdict::Single
            };
            f = f.claim("twelve", ValueKind::Count, verdict, &["Port"], &st);
        }
        let mut app = App::with_analysis(f.build(), tui_support::keymap());
        let mut k = KeyInput::default();
        let w = 1 + rng.below(170) as u16;
        let h = 1 + rng.below(50) as u16;
        app.update(Action::Resize(w, h));
        for keys in [
            "",
            "j",
            "/|po| <Enter>",
            "n n N",
            "c <Enter>",
            "<Enter>",
            "G ]",
            "?",
            "<Esc> <Esc> <Esc>",
        ] {
            for (i, part) in keys.split('|').enumerate() {
                if i % 2 == 0 {
                    press(&mut app, &mut k, part);
                } else {
                    type_text(&mut app, &mut k, part);
                }
            }
            draw(
                &app,
                &if round % 2 == 0 {
                    Theme::default()
                } else {
                    Theme::mono()
                },
            );
        }
    }
}

/// Why the article is wrapped by hand: `Paragraph::wrap` panics on this text in a narrow area
/// (ratatui #2679). When a ratatui release fixes it this test fails, and the hand wrapping could go.
#[test]
fn ratatui_wrap_still_panics_on_wide_and_combining_text() {
    use ratatui::widgets::{Paragraph, Wrap};
    let result = std::panic::catch_unwind(|| {
        let mut t = Terminal::new(TestBackend::new(3, 3)).expect("test backend");
        t.draw(|f| {
            f.render_widget(
                Paragraph::new("x🪀\u{1930}x").wrap(Wrap { trim: false }),
                f.area(),
            );
        })
        .expect("draw");
    });
    assert!(
        result.is_err(),
        "ratatui #2679 looks fixed: Paragraph::wrap could replace doc::wrap_words"
    );
    // The same text through our wrapping draws fine at every small size.
    let text = "x🪀\u{1930}x";
    for w in 1..6 {
        for line in parallax::tui::doc::wrap_words(text, 0..text.len(), w) {
            assert!(!line.is_empty());
        }
    }
}

#[test]
fn bidi_zero_width_and_control_characters_never_reach_the_terminal() {
    use parallax::entities::EntityKind;
    let analysis = tui_support::Fixture::default()
        .source(
            "evil\u{202e}\n\u{1b}[2J",
            Some("Out\u{2066}let\u{1b}]0;x\u{7}"),
            Some("2026-01-14"),
            "Fire \u{202e}at\u{202c} Port Avel",
            "Mara\u{200b} Quell said \u{1b}[31m180\u{feff} workers\u{2069} died\u{85} at the \u{200d}gate.",
        )
        .entity(
            "Mara\u{200b} Quell",
            EntityKind::Person,
            &[],
            &["Mara\u{200b} Quell"],
        )
        .build();
    let mut app = App::with_analysis(analysis, tui_support::keymap());
    app.update(Action::Resize(100, 30));
    let t = draw(&app, &Theme::default());
    let cells = &t.backend().buffer().content;
    let hostile = |c: char| {
        c.is_control()
            || matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}')
            || matches!(c, '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
    };
    for cell in cells.iter() {
        assert!(!cell.symbol().chars().any(hostile), "{:?}", cell.symbol());
    }
    let shown: String = cells.iter().map(|c| c.symbol()).collect();
    assert!(shown.contains('\u{fffd}'), "{shown}");
    assert!(shown.contains("Quell"), "{shown}");
}

//! Never hide the figures (issue 17, point 4): the reader over the sample briefing, drawn at every
//! width from 60 to 250 columns, shows every visible claim row's values and source count whole, every
//! visible source row's disagreement count and the header's "(N disagree)"; and text snapshots of the
//! sample at 60, 80, 100, 120, 160 and 200 columns.
//!
//! The snapshots follow the analysis: when it finds other claims, review them with
//! `cargo insta review` or rewrite them with `INSTA_UPDATE=always cargo test --test tui_widths`
//! (then read the diff of tests/snapshots/tui_widths__*.snap before committing).

mod tui_support;

use std::sync::OnceLock;

use parallax::analysis::{Analysis, Options};
use parallax::claims::{Claim, Verdict};
use parallax::ingest;
use parallax::tui::action::Action;
use parallax::tui::app::{App, SOURCE_ROWS, SideTab, source_count};
use parallax::tui::keymap::KeyInput;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tui_support::press;

fn sample() -> &'static Analysis {
    static A: OnceLock<Analysis> = OnceLock::new();
    A.get_or_init(|| Analysis::run(ingest::load_sample(), &Options::default()))
}

/// The reader over the sample after `keys`.
fn reader(keys: &str) -> App {
    let mut app = App::with_analysis(sample().clone(), tui_support::keymap());
    app.update(Action::Resize(160, 45));
    press(&mut app, &mut KeyInput::default(), keys);
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size();
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    t.draw(|f| view::draw(f, app, &Theme::default())).expect("draw");
    t
}

/// The text of row `y` from column `x`, `w` cells wide (the cell after a double-width one is skipped).
fn row(buf: &Buffer, x: u16, y: u16, w: u16) -> String {
    (x..x + w)
        .map(|x| buf[(x, y)].symbol())
        .collect::<Vec<_>>()
        .concat()
}

/// The rows inside a pane's border.
fn inner_rows(buf: &Buffer, pane: Rect) -> Vec<String> {
    if pane.width < 2 || pane.height < 2 {
        return Vec::new();
    }
    (pane.y + 1..pane.y + pane.height - 1)
        .map(|y| row(buf, pane.x + 1, y, pane.width - 2))
        .collect()
}

/// What a claim row must show whole: its distinct values as the analysis reads them, in statement
/// order (`≠` between disputed ones, `/` between agreeing ones), and its source count.
fn claim_figures(claim: &Claim) -> (String, String) {
    let mut vals: Vec<String> = Vec::new();
    for s in &claim.statements {
        let v = s.value.readable();
        if !vals.contains(&v) {
            vals.push(v);
        }
    }
    let sep = if claim.verdict == Verdict::Disagree {
        " ≠ "
    } else {
        " / "
    };
    (vals.join(sep), format!("{}src", source_count(claim)))
}

/// Every figure on screen that the width rule keeps; the problems found, as "what (where)".
fn hidden_figures(app: &App) -> Vec<String> {
    let t = draw(app);
    let buf = t.backend().buffer();
    let (w, h) = app.size();
    let at = format!("{w}x{h}");
    let mut out = Vec::new();

    let disagree = app
        .claims()
        .iter()
        .filter(|c| c.verdict == Verdict::Disagree)
        .count();
    let title = row(buf, 0, 0, w);
    let want = format!("({disagree} disagree)");
    if !title.contains(&want) {
        out.push(format!("header lacks {want:?} ({at}): {title:?}"));
    }

    let areas = app.areas();
    let rows = inner_rows(buf, areas.sources);
    let vis = app.visible_sources();
    let offset = app.sources_cursor().offset;
    for (i, group) in rows.chunks(SOURCE_ROWS).enumerate() {
        let Some(&s) = vis.get(offset + i) else { break };
        if group.len() < SOURCE_ROWS {
            break;
        }
        let number = format!("{:>2} ", offset + i + 1);
        assert!(
            group[0].starts_with(&number),
            "source rows out of step ({at}): {group:?}"
        );
        let st = app.source_stats(s).expect("the analysis is in");
        let count = format!(" {}✗", st.disagree);
        if st.disagree > 0 && !group[2].contains(&count) {
            out.push(format!("source {} lacks {count:?} ({at}): {:?}", i + 1, group[2]));
        }
    }

    if app.tab() == SideTab::Claims {
        let rows = inner_rows(buf, areas.side);
        let claims = app.claim_rows();
        let offset = app.claims_cursor().offset;
        for (j, line) in rows.iter().enumerate() {
            let Some(&c) = claims.get(offset + j) else { break };
            let claim = &app.claims()[c];
            let (values, sources) = claim_figures(claim);
            if !line.contains(&values) || !line.trim_end().ends_with(&sources) {
                out.push(format!(
                    "claim {} lacks {values:?} or {sources:?} ({at}): {line:?}",
                    claim.id
                ));
            }
        }
    }
    out
}

/// Start (sources, article and entities), the claims list, the claims list scrolled to its end,
/// and the sources focused with the claims list the shown pane.
const STATES: [(&str, &str); 4] = [
    ("start", ""),
    ("claims", "c"),
    ("claims_end", "c G"),
    ("claims_then_sources", "c <Tab>"),
];

#[test]
fn no_width_from_60_to_250_hides_a_figure() {
    let mut problems = Vec::new();
    let mut claim_rows_seen = 0;
    for (_, keys) in STATES {
        let mut app = reader(keys);
        for h in [20, 45] {
            for w in 60..=250 {
                app.update(Action::Resize(w, h));
                if app.tab() == SideTab::Claims && app.areas().side.width > 0 {
                    claim_rows_seen += 1;
                }
                problems.extend(hidden_figures(&app));
            }
        }
    }
    // The check looked at the claims list at most sizes, so it could fail.
    assert!(claim_rows_seen > 600, "{claim_rows_seen}");
    assert!(
        problems.is_empty(),
        "{} hidden figures, the first:\n{}",
        problems.len(),
        problems[..problems.len().min(12)].join("\n")
    );
}

#[test]
fn the_check_catches_values_too_wide_for_any_pane() {
    // The check is not vacuous: a claim whose values are wider than the terminal is cut, and caught.
    let long = |n: usize| (0..n).map(|k| format!("{k}")).collect::<String>();
    let (a, b) = (format!("1{}", long(70)), format!("2{}", long(70)));
    let f = tui_support::harbour().claim(
        "a long dispute",
        parallax::values::ValueKind::Count,
        Verdict::Disagree,
        &["Port Avel"],
        &[
            ("north", "180 workers", a.as_str()),
            ("south", "183 workers", b.as_str()),
        ],
    );
    let mut app = App::with_analysis(f.build(), tui_support::keymap());
    press(&mut app, &mut KeyInput::default(), "c");
    for w in [60, 100, 250] {
        app.update(Action::Resize(w, 30));
        let problems = hidden_figures(&app);
        assert!(
            problems.iter().any(|p| p.contains("claim c4 lacks")),
            "{w}: {problems:?}"
        );
        // The harbour fixture's own claims keep theirs.
        assert_eq!(problems.len(), 1, "{w}: {problems:?}");
    }
}

#[test]
fn sample_snapshots_at_six_widths() {
    for (name, keys) in [("start", ""), ("claims", "c")] {
        let mut app = reader(keys);
        for (w, h) in [(60, 20), (80, 24), (100, 30), (120, 32), (160, 45), (200, 50)] {
            app.update(Action::Resize(w, h));
            insta::assert_snapshot!(format!("sample_{name}_{w}x{h}"), draw(&app).backend());
        }
    }
}

//! How long the reader takes to lay out and draw: a full frame, an article's layout, and a step
//! through a large briefing (every update re-settles lists and cursors).
//!
//! Target (issue 16, point 5): a key press redraws in ≤ 16 ms on a 10,000-source briefing
//! (`key press in a 10000-source briefing`: the update and the frame it draws).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::entities::EntityKind;
use parallax::tui::action::{Action, Command};
use parallax::tui::app::App;
use parallax::tui::doc::Doc;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "../tests/tui_support/mod.rs"]
mod tui_support;

/// A briefing of `n` sources, each a few paragraphs naming a handful of recurring entities.
fn large(n: usize) -> App {
    let mut f = tui_support::Fixture::default();
    for i in 0..n {
        let body = (0..6)
            .map(|p| {
                format!(
                    "Minister Ada Vell{p} met officials of the Corran Authority in Ostrel on day {i}. \
                     The talks, the {p}th this year, covered 1,200 jobs and 3.5% growth — 交渉 continued. "
                )
                .repeat(3)
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        let date = format!("2026-01-{:02}", 1 + i % 28);
        f = f.source(
            &format!("s{i}"),
            Some("Outlet"),
            Some(&date),
            &format!("Report {i}"),
            &body,
        );
    }
    let mut f = f
        .entity(
            "Corran Authority",
            EntityKind::Organisation,
            &[],
            &["Corran Authority"],
        )
        .entity("Ostrel", EntityKind::Place, &[], &["Ostrel"]);
    for p in 0..6 {
        f = f.entity(
            &format!("Ada Vell{p}"),
            EntityKind::Person,
            &[],
            &[&format!("Ada Vell{p}")],
        );
    }
    let mut app = App::with_analysis(f.build(), tui_support::keymap());
    app.update(Action::Resize(160, 45));
    app
}

fn bench(c: &mut Criterion) {
    let mut app = tui_support::app(160, 45);
    app.update(Action::Command(Command::NextSource));
    let theme = Theme::default();
    let mut term = Terminal::new(TestBackend::new(160, 45)).expect("test backend");
    c.bench_function("draw 160x45 frame", |b| {
        b.iter(|| {
            term.draw(|f| view::draw(f, black_box(&app), &theme))
                .expect("draw");
        })
    });

    let big = large(1000);
    let src = &big.sources()[0];
    c.bench_function("lay out an article at 80 columns", |b| {
        b.iter(|| Doc::build(0, black_box(src), 80))
    });

    let mut big = big;
    c.bench_function("next source in a 1000-source briefing", |b| {
        b.iter(|| {
            big.update(Action::Command(Command::NextSource));
            big.update(Action::Command(Command::PrevSource));
        })
    });
    c.bench_function("draw 160x45 frame of a 1000-source briefing", |b| {
        b.iter(|| {
            term.draw(|f| view::draw(f, black_box(&big), &theme))
                .expect("draw");
        })
    });

    let mut huge = large(10_000);
    c.bench_function("key press in a 10000-source briefing", |b| {
        b.iter(|| {
            huge.update(Action::Command(Command::NextSource));
            term.draw(|f| view::draw(f, black_box(&huge), &theme))
                .expect("draw");
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(300)).measurement_time(std::time::Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);

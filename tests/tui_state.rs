//! Tier (a): key and action sequences against `App`, no terminal.

mod tui_support;

use parallax::state::{Flag, Store};
use parallax::tui::action::{Action, Command, Wheel};
use parallax::tui::app::{App, Compare, EntityRow, SideTab};
use parallax::tui::keymap::{Context, KeyInput};
use parallax::tui::layout::Pane;
use tui_support::{app, harbour, keymap, press, type_text};

fn id(app: &App) -> &str {
    app.current().map_or("", |c| app.sources()[c].id.as_str())
}

fn entity_named(app: &App, name: &str) -> usize {
    app.entities()
        .iter()
        .position(|e| e.name == name)
        .expect("fixture entity")
}

#[test]
fn opens_the_earliest_source_and_moves_by_date() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    assert_eq!(app.focus(), Pane::Sources);
    // By date, undated last: south (01-11), north (01-14), wire (undated).
    let order: Vec<&str> = app
        .order()
        .iter()
        .map(|&s| app.sources()[s].id.as_str())
        .collect();
    assert_eq!(order, ["south", "north", "wire"]);
    assert_eq!(id(&app), "south");
    press(&mut app, &mut k, "j");
    assert_eq!(id(&app), "north");
    press(&mut app, &mut k, "j j j");
    assert_eq!(id(&app), "wire");
    press(&mut app, &mut k, "g g");
    assert_eq!(id(&app), "south");
    press(&mut app, &mut k, "G");
    assert_eq!(id(&app), "wire");
    assert_eq!(app.read(), [true, true, true]);
    press(&mut app, &mut k, "2");
    assert_eq!(id(&app), "north");
    press(&mut app, &mut k, "[");
    assert_eq!(id(&app), "south");
    press(&mut app, &mut k, "]");
    assert_eq!(id(&app), "north");
    press(&mut app, &mut k, "9");
    assert_eq!(id(&app), "north");
    assert!(app.message().is_some_and(|m| m.contains("No source 9")));
}

#[test]
fn focus_moves_between_panes() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    let cases: &[(&str, Pane)] = &[
        ("<Tab>", Pane::Article),
        ("<Tab>", Pane::Side),
        ("<Tab>", Pane::Sources),
        ("<S-Tab>", Pane::Side),
        ("h", Pane::Article),
        ("h", Pane::Sources),
        ("h", Pane::Sources),
        ("l", Pane::Article),
        ("<Right>", Pane::Side),
        ("l", Pane::Side),
        ("<Left>", Pane::Article),
    ];
    for (key, want) in cases {
        press(&mut app, &mut k, key);
        assert_eq!(app.focus(), *want, "after {key}");
    }
    press(&mut app, &mut k, "h <Enter>");
    assert_eq!(app.focus(), Pane::Article, "Enter on a source reads it");
}

#[test]
fn article_scrolls_and_clamps() {
    let mut app = app(80, 12);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "2 <Tab>");
    assert_eq!(app.context(), Context::Article);
    let lines = app.doc().expect("laid out").lines.len();
    let view = app.article_view();
    assert!(lines > view, "the fixture article must scroll at this size");
    press(&mut app, &mut k, "j j");
    assert_eq!(app.scroll(), 2);
    press(&mut app, &mut k, "k");
    assert_eq!(app.scroll(), 1);
    press(&mut app, &mut k, "G");
    assert_eq!(app.scroll(), lines - view);
    press(&mut app, &mut k, "j <PageDown> <C-d>");
    assert_eq!(app.scroll(), lines - view, "never past the end");
    press(&mut app, &mut k, "<Home>");
    assert_eq!(app.scroll(), 0);
    press(&mut app, &mut k, "<C-d>");
    assert_eq!(app.scroll(), (view / 2).max(1).min(lines - view));
    press(&mut app, &mut k, "<C-u> <End> <PageUp>");
    assert_eq!(app.scroll(), (lines - view).saturating_sub(view));
}

#[test]
fn fuzzy_filter_selects_an_entity_and_narrows_sources() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "/");
    assert_eq!(app.context(), Context::Input);
    assert_eq!((app.focus(), app.tab()), (Pane::Side, SideTab::Entities));
    // Keys that are commands elsewhere are text while typing.
    type_text(&mut app, &mut k, "tdwc");
    assert_eq!(app.filter().query, "tdwc");
    let rows = app.entity_rows();
    assert_eq!(
        rows.first(),
        Some(&EntityRow::Entity(entity_named(&app, "Tidewater Council")))
    );
    press(
        &mut app,
        &mut k,
        "<Backspace> <Backspace> <Backspace> <Backspace>",
    );
    type_text(&mut app, &mut k, "rq");
    let first = app.entity_rows()[0];
    assert_eq!(first, EntityRow::Entity(entity_named(&app, "Mara Quell")));
    press(&mut app, &mut k, "<Enter>");
    let mq = entity_named(&app, "Mara Quell");
    assert_eq!(app.entity(), Some(mq));
    assert!(!app.filter().typing);
    assert_eq!(app.context(), Context::Entities);
    // All three sources name her; the article scrolled to her first mention in the current one.
    assert_eq!(app.visible_sources().len(), 3);
    let (s, span) = app.target().cloned().expect("a mention is targeted");
    assert_eq!(Some(s), app.current());
    assert_eq!(&app.sources()[s].text[span], "Mara Quell");

    // Selecting the CJK-named person narrows the sources to the one naming them.
    press(&mut app, &mut k, "<Esc>");
    assert!(app.filter().query.is_empty());
    assert_eq!(app.entity(), Some(mq), "clearing the filter keeps the selection");
    assert_eq!(
        app.entity_rows()[app.entities_cursor().index],
        EntityRow::Entity(mq)
    );
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "高市");
    press(&mut app, &mut k, "<Enter>");
    assert_eq!(app.visible_sources().len(), 1);
    assert_eq!(id(&app), "north");
}

#[test]
fn n_and_shift_n_cross_sources() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    let mq = entity_named(&app, "Mara Quell");
    let per_source: Vec<usize> = app
        .order()
        .iter()
        .map(|&s| app.stats(mq).expect("stats").per_source[s])
        .collect();
    let total: usize = per_source.iter().sum();
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "mara");
    press(&mut app, &mut k, "<Enter>");
    assert_eq!(app.entity(), Some(mq));
    let mut visited = vec![app.target().cloned().expect("first mention")];
    for _ in 1..total {
        press(&mut app, &mut k, "n");
        visited.push(app.target().cloned().expect("a mention"));
    }
    // Every mention once, sources in date order, text order within a source.
    let ids: Vec<&str> = visited
        .iter()
        .map(|(s, _)| app.sources()[*s].id.as_str())
        .collect();
    let mut want = Vec::new();
    for (&s, &n) in app.order().iter().zip(&per_source) {
        want.extend(std::iter::repeat_n(app.sources()[s].id.as_str(), n));
    }
    assert_eq!(ids, want);
    assert!(visited.windows(2).all(|w| w[0] != w[1]));
    assert_eq!(app.current(), Some(visited.last().expect("some").0));
    press(&mut app, &mut k, "n");
    assert_eq!(app.target(), visited.first(), "wraps to the first");
    assert!(app.message().is_some());
    press(&mut app, &mut k, "N");
    assert_eq!(app.target(), visited.last(), "and back");
    // ] keeps the entity and lands on its first mention in the next source.
    press(&mut app, &mut k, "1 ]");
    assert_eq!(app.entity(), Some(mq));
    let (s, span) = app.target().cloned().expect("target");
    assert_eq!(id(&app), "north");
    assert_eq!(Some(s), app.current());
    assert!(app.sources()[s].text[span].contains("Quell"));
}

#[test]
fn n_without_a_selection_explains() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "n");
    assert!(app.message().is_some_and(|m| m.contains("Select")));
    assert_eq!(app.target(), None);
}

#[test]
fn claims_list_and_comparison() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "c");
    assert_eq!(app.context(), Context::Claims);
    let verdicts: Vec<&str> = app
        .claim_rows()
        .iter()
        .map(|&c| app.claims()[c].verdict.as_str())
        .collect();
    assert_eq!(verdicts, ["disagree", "agree", "single"]);
    press(&mut app, &mut k, "<Enter>");
    assert_eq!(app.context(), Context::Compare);
    let cmp = app.compare().expect("comparison open");
    let claim = &app.claims()[cmp.claim];
    assert_eq!(claim.verdict.as_str(), "disagree");
    // Statements by publication date: south (01-11) before north (01-14).
    let srcs: Vec<&str> = app
        .compare_statements()
        .iter()
        .map(|&i| app.sources()[claim.statements[i].value.source].id.as_str())
        .collect();
    assert_eq!(srcs, ["south", "north"]);
    press(&mut app, &mut k, "j <Enter>");
    assert!(app.compare().is_none());
    assert_eq!(app.focus(), Pane::Article);
    assert_eq!(id(&app), "north");
    let (s, span) = app.target().cloned().expect("the value is targeted");
    assert_eq!(&app.sources()[s].text[span], "180 workers");
    // The claim stays selected: the sources list is its sources, ] goes to the other statement.
    assert_eq!(app.visible_sources().len(), 2);
    press(&mut app, &mut k, "[");
    let (s, span) = app.target().cloned().expect("target");
    assert_eq!(&app.sources()[s].text[span], "183 workers");
    // With an entity selected the list holds only its claims. The article has focus, where `/`
    // searches the text: `F` filters the entities from there.
    press(&mut app, &mut k, "<Esc> F");
    type_text(&mut app, &mut k, "tidewater");
    press(&mut app, &mut k, "<Enter> c");
    let topics: Vec<&str> = app
        .claim_rows()
        .iter()
        .map(|&c| app.claims()[c].topic.as_str())
        .collect();
    assert_eq!(topics, ["cost of repairs"]);
}

#[test]
fn escape_backs_out_innermost_first() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "port");
    press(&mut app, &mut k, "<Enter> c <Enter>");
    assert!(app.compare().is_some() && app.entity().is_some() && !app.filter().query.is_empty());
    assert!(
        app.claim().is_some(),
        "opening a comparison from the list selects its claim"
    );
    press(&mut app, &mut k, "?");
    assert_eq!(app.context(), Context::Help);
    type Check = fn(&App) -> bool;
    // Every Esc changes what shows; what does not show is left for later.
    let steps: &[(&str, Check)] = &[
        ("help closes", |a| a.help().is_none() && a.compare().is_some()),
        ("comparison closes", |a| {
            a.compare().is_none() && !a.filter().query.is_empty() && a.tab() == SideTab::Claims
        }),
        // The filter is not on screen (the claims list is), and the claim does not show while an
        // entity is selected: the selection goes, claim and entity at once, and says so.
        ("selection clears", |a| {
            a.entity().is_none()
                && a.claim().is_none()
                && !a.filter().query.is_empty()
                && a.message()
                    .is_some_and(|m| m.contains("Port Avel: selection cleared"))
        }),
        ("nothing left on screen", |a| {
            a.entity().is_none() && !a.filter().query.is_empty() && !a.should_quit()
        }),
    ];
    for (what, ok) in steps {
        press(&mut app, &mut k, "<Esc>");
        assert!(ok(&app), "{what}");
    }
    assert_eq!(app.visible_sources().len(), 3);
    // With the entities list on screen, Esc clears the filter.
    press(&mut app, &mut k, "e <Esc>");
    assert!(app.filter().query.is_empty());

    // A claim selected on its own shows (the sources list is its sources): Esc clears it.
    press(&mut app, &mut k, "c <Enter> <Esc>");
    assert!(app.claim().is_some() && app.visible_sources().len() == 2);
    press(&mut app, &mut k, "<Esc>");
    assert!(app.claim().is_none() && app.visible_sources().len() == 3);
    assert!(app.message().is_some_and(|m| m.contains("selection cleared")));
}

#[test]
fn help_search_and_quit() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "?");
    let all = app.help_lines().len();
    press(&mut app, &mut k, "/");
    assert_eq!(app.context(), Context::Input);
    type_text(&mut app, &mut k, "mention");
    let found = app.help_lines();
    assert!(found.len() < all);
    assert!(found.iter().any(|l| format!("{l:?}").contains("Next mention")));
    press(&mut app, &mut k, "<Enter>");
    assert_eq!(app.context(), Context::Help);
    press(&mut app, &mut k, "<Esc>");
    assert_eq!(app.help_lines().len(), all, "Esc clears the search first");
    press(&mut app, &mut k, "q");
    assert!(app.should_quit());

    let mut app = tui_support::app(80, 24);
    press(&mut app, &mut k, "<C-c>");
    assert!(app.should_quit());
}

#[test]
fn keys_work_while_the_analysis_runs() {
    let f = harbour();
    let mut app = App::new(f.briefing(), vec!["skipped junk.bin: binary".into()], keymap());
    app.update(Action::Resize(160, 45));
    let mut k = KeyInput::default();
    assert!(app.progress().is_some());
    assert!(app.message().is_some_and(|m| m.contains("junk.bin")));
    press(&mut app, &mut k, "j <Tab> j F x");
    assert_eq!(id(&app), "north");
    assert!(app.entity_rows().is_empty());
    app.update(Action::Progress(parallax::analysis::Progress {
        stage: "entities",
        done: 1,
        total: 3,
    }));
    assert_eq!(app.progress().map(|p| p.stage), Some("entities"));
    app.update(Action::Loaded(Box::new(f.build())));
    assert!(app.progress().is_none());
    // The query typed while loading now matches.
    assert_eq!(app.filter().query, "x");
    assert!(app.stats(0).is_some());
    assert_eq!(id(&app), "north", "the reader stays where it was");
}

#[test]
fn mouse_focuses_selects_and_scrolls() {
    let mut app = app(160, 45);
    let areas = app.areas();
    // Second source: rows 1..4 of the pane are the first, 4..7 the second.
    app.update(Action::Click(areas.sources.x + 3, areas.sources.y + 1 + 3));
    assert_eq!(app.focus(), Pane::Sources);
    assert_eq!(id(&app), "north");
    app.update(Action::Click(areas.article.x + 3, areas.article.y + 3));
    assert_eq!(app.focus(), Pane::Article);
    app.update(Action::Resize(160, 14));
    app.update(Action::Wheel(app.areas().article.x + 3, 5, Wheel::Down));
    let max = app.doc().expect("doc").lines.len() - app.article_view();
    assert!(max > 0);
    assert_eq!(app.scroll(), max.min(3));
    app.update(Action::Resize(160, 45));
    // Row 0 of the side pane is the PEOPLE heading, row 1 the most-mentioned person.
    let side = app.areas().side;
    app.update(Action::Click(side.x + 3, side.y + 2));
    assert_eq!(app.focus(), Pane::Side);
    assert_eq!(app.entity(), Some(entity_named(&app, "Mara Quell")));
    app.update(Action::Wheel(side.x + 3, side.y + 2, Wheel::Down));
    assert!(matches!(
        app.entity_rows()[app.entities_cursor().index],
        EntityRow::Entity(_)
    ));
    // Clicks on the bars do nothing.
    app.update(Action::Click(3, 0));
    assert_eq!(app.focus(), Pane::Side);
}

#[test]
fn narrow_layouts_toggle_panes() {
    let mut app = app(70, 20);
    let mut k = KeyInput::default();
    let a = app.areas();
    assert!(a.sources.width > 0 && a.article.width > 0 && a.side.width == 0);
    press(&mut app, &mut k, "c");
    let a = app.areas();
    assert!(
        a.side.width > 0 && a.article.width == 0,
        "the side pane takes the article's place"
    );
    press(&mut app, &mut k, "h l");
    assert_eq!(app.focus(), Pane::Side, "l from sources goes to the pane shown");
    app.update(Action::Resize(50, 20));
    press(&mut app, &mut k, "<Tab>");
    let a = app.areas();
    assert_eq!(app.focus(), Pane::Sources);
    assert!(a.sources.width == 50 && a.article.width == 0 && a.side.width == 0);
}

#[test]
fn resize_keeps_the_reading_position() {
    let mut app = app(160, 30);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "2 <Tab> j j j j j");
    let doc = app.doc().expect("doc");
    let top = doc.lines[app.scroll()].words.first().expect("a text line").start;
    app.update(Action::Resize(90, 30));
    let doc = app.doc().expect("doc");
    assert!(doc.width < 100);
    let line = &doc.lines[app.scroll()];
    assert!(line.words.first().expect("text").start <= top && line.words.last().expect("text").end > top);
}

#[test]
fn every_command_is_safe_in_every_context() {
    // No command panics, whatever is open, at any size.
    for (w, h) in [(160, 45), (70, 20), (30, 6), (1, 1), (0, 0)] {
        let mut app = app(w, h);
        for &c in Command::ALL {
            for setup in ["", "/", "?", "c", "c <Enter>", "/ <Enter>"] {
                let mut k = KeyInput::default();
                press(&mut app, &mut k, "<Esc> <Esc> <Esc> <Esc> <Esc>");
                press(&mut app, &mut k, setup);
                if c != Command::Quit {
                    app.update(Action::Command(c));
                }
                app.update(Action::Click(w / 2, h / 2));
                app.update(Action::Wheel(w / 2, h / 2, Wheel::Down));
            }
        }
    }
}

/// An app over the standard fixture keeping its state in `dir`, as the reader keeps it in the data
/// folder.
fn app_with_store(dir: &std::path::Path) -> App {
    let mut app = app(160, 45);
    let key = app.saved_state().briefing.clone();
    app.attach_store(Store::at(dir.join(format!("{key}.json")), &key));
    app
}

#[test]
fn read_marks_flags_and_notes_are_saved_and_come_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut k = KeyInput::default();
    let mut app = app_with_store(dir.path());
    // The source on screen counts as read; `m` toggles it.
    assert_eq!(app.read(), [false, true, false]);
    press(&mut app, &mut k, "m");
    assert_eq!(app.read(), [false, false, false]);
    assert!(app.message().is_some_and(|m| m.contains("unread")));
    press(&mut app, &mut k, "j");
    assert_eq!(id(&app), "north");
    // A note on the source: typed, Backspace, Enter.
    press(&mut app, &mut k, "a");
    assert_eq!(app.context(), Context::Note);
    type_text(&mut app, &mut k, "check the toll");
    press(&mut app, &mut k, "<Backspace> l <Enter>");
    assert_eq!(app.context(), Context::Sources);
    let north = app.current().expect("a source");
    assert_eq!(app.source_note(north), Some("check the toll"));
    // Flags cycle on the claim under the cursor; a note on a claim; Esc cancels an edit.
    press(&mut app, &mut k, "c");
    let first = app.claim_rows()[0];
    press(&mut app, &mut k, "f");
    assert_eq!(app.claim_flag(first), Some(Flag::Checked));
    press(&mut app, &mut k, "f");
    assert_eq!(app.claim_flag(first), Some(Flag::Disputed));
    press(&mut app, &mut k, "a");
    type_text(&mut app, &mut k, "183 per the coroner");
    press(&mut app, &mut k, "<Enter>");
    press(&mut app, &mut k, "a");
    type_text(&mut app, &mut k, " and more");
    press(&mut app, &mut k, "<Esc>");
    assert_eq!(app.claim_note(first), Some("183 per the coroner"));
    // In the comparison, `f` flags the compared claim: disputed → none → checked.
    press(&mut app, &mut k, "<Enter>");
    assert_eq!(app.context(), Context::Compare);
    press(&mut app, &mut k, "f f");
    assert_eq!(app.claim_flag(first), Some(Flag::Checked));
    app.finish_saving();

    // A new session over the same store.
    let again = app_with_store(dir.path());
    assert_eq!(again.read(), [true, true, false]);
    assert_eq!(again.source_note(north), Some("check the toll"));
    assert_eq!(again.claim_flag(first), Some(Flag::Checked));
    assert_eq!(again.claim_note(first), Some("183 per the coroner"));
    assert!(again.message().is_none());
}

#[test]
fn a_note_cleared_is_removed_and_quit_from_the_editor_keeps_nothing_half_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut k = KeyInput::default();
    let mut app = app_with_store(dir.path());
    let s = app.current().expect("a source");
    press(&mut app, &mut k, "a");
    type_text(&mut app, &mut k, "draft");
    press(&mut app, &mut k, "<Enter>");
    assert_eq!(app.source_note(s), Some("draft"));
    // Keys that mean something elsewhere are text in the editor.
    press(&mut app, &mut k, "a");
    type_text(&mut app, &mut k, " q?jc");
    press(&mut app, &mut k, "<Enter>");
    assert_eq!(app.source_note(s), Some("draft q?jc"));
    assert!(!app.should_quit());
    press(&mut app, &mut k, "a <C-u> <Enter>");
    assert_eq!(app.source_note(s), None);
    press(&mut app, &mut k, "a");
    type_text(&mut app, &mut k, "unsaved");
    press(&mut app, &mut k, "<C-c>");
    assert!(app.should_quit());
    app.finish_saving();
    let again = app_with_store(dir.path());
    assert_eq!(again.source_note(s), None);
}

#[test]
fn a_corrupt_state_file_is_set_aside_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let probe = app(160, 45);
    let key = probe.saved_state().briefing.clone();
    let path = dir.path().join(format!("{key}.json"));
    std::fs::write(&path, b"{\"version\": 1, \"briefing\": ").expect("write");
    let mut app = app_with_store(dir.path());
    let m = app.message().expect("a warning").to_string();
    assert!(m.contains("set aside"), "{m}");
    assert!(app.notices().iter().any(|n| n.contains("set aside")));
    // The reader works on, and saves afresh beside the set-aside file.
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "m");
    app.finish_saving();
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().any(|n| n.contains(".corrupt-")), "{names:?}");
}

/// `Y` copies the claim under the cursor as Markdown; `o` and `y` on a source without a URL say so
/// and ask nothing of the world.
#[test]
fn copy_claim_as_markdown_and_links_need_a_url() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "o");
    press(&mut app, &mut k, "y");
    assert!(app.take_effects().is_empty());
    assert!(
        app.message().is_some_and(|m| m.contains("gives no URL")),
        "{:?}",
        app.message()
    );
    press(&mut app, &mut k, "Y");
    assert!(app.take_effects().is_empty(), "no claim in view yet");
    press(&mut app, &mut k, "c l");
    assert_eq!(app.context(), Context::Claims);
    press(&mut app, &mut k, "Y");
    let effects = app.take_effects();
    let [parallax::tui::app::Effect::Copy(md)] = effects.as_slice() else {
        panic!("one copy: {effects:?}");
    };
    let first = md.lines().next().expect("a first line");
    assert!(first.starts_with("**") && first.contains("** — "), "{md}");
    assert!(md.lines().skip(1).all(|l| l.starts_with("- ")), "{md}");
    assert!(md.lines().count() >= 2, "{md}");
}

/// The text of the jump target.
fn target_text(app: &App) -> &str {
    app.target()
        .map_or("", |(s, r)| &app.sources()[*s].text[r.clone()])
}

#[test]
fn a_statement_read_in_its_source_keeps_the_entity_and_c_o_goes_back() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "port");
    press(&mut app, &mut k, "<Enter> c <Enter>");
    let port = entity_named(&app, "Port Avel");
    assert_eq!(app.entity(), Some(port));
    let claim = app.compare().expect("comparison open").claim;
    assert_eq!(app.jumps(), 0);
    press(&mut app, &mut k, "j <Enter>");
    assert!(app.compare().is_none());
    assert_eq!((app.focus(), id(&app)), (Pane::Article, "north"));
    assert_eq!(target_text(&app), "180 workers");
    assert_eq!(app.entity(), Some(port), "the entity stays selected");
    assert_eq!(app.jumps(), 1);
    // C-o: back in the comparison, on the statement jumped from, the entity still selected.
    press(&mut app, &mut k, "<C-o>");
    assert_eq!(app.compare(), Some(Compare { claim, cursor: 1 }));
    assert_eq!(app.entity(), Some(port));
    assert_eq!(app.jumps(), 0);
    // Backspace goes back too.
    press(&mut app, &mut k, "k <Enter>");
    assert_eq!(id(&app), "south");
    press(&mut app, &mut k, "<Backspace>");
    assert_eq!(app.compare(), Some(Compare { claim, cursor: 0 }));
    press(&mut app, &mut k, "<C-o>");
    assert!(app.compare().is_some(), "with no jump left nothing moves");
    assert!(app.message().is_some_and(|m| m.contains("Nothing to go back to")));

    // With no entity selected, the statement's claim is: n/N walk its values.
    let mut app = tui_support::app(160, 45);
    press(&mut app, &mut k, "c <Enter> <Enter>");
    assert_eq!(app.claim(), Some(claim));
    press(&mut app, &mut k, "n");
    assert_eq!(target_text(&app), "180 workers");
}

#[test]
fn a_marked_value_in_the_article_opens_its_comparison_and_c_o_comes_back() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "2 <Tab>");
    assert_eq!((id(&app), app.context()), ("north", Context::Article));
    // v/V step through the article's values in text order, wrapping around.
    let cases = [
        ("v", "180 workers"),
        ("v", "January 12"),
        ("V", "180 workers"),
        ("v v", "4 million euros"),
        ("v", "180 workers"),
        ("V", "4 million euros"),
        ("V V", "180 workers"),
    ];
    for (keys, want) in cases {
        press(&mut app, &mut k, keys);
        assert_eq!(target_text(&app), want, "after {keys}");
    }
    press(&mut app, &mut k, "v v v");
    assert!(app.message().is_some_and(|m| m.contains("Wrapped")));
    assert_eq!(target_text(&app), "180 workers");
    let scroll = app.scroll();
    // Enter: the value's claim, compared, with this source's statement under the cursor.
    press(&mut app, &mut k, "<Enter>");
    let cmp = app.compare().expect("Enter opens the value's comparison");
    let claim = &app.claims()[cmp.claim];
    assert_eq!(claim.topic, "workers killed — Port Avel fire");
    let under = claim.statements[app.compare_statements()[cmp.cursor]]
        .value
        .source;
    assert_eq!(app.sources()[under].id, "north");
    assert_eq!(app.jumps(), 1);
    // C-o: the article as it was, the value still marked.
    press(&mut app, &mut k, "<C-o>");
    assert!(app.compare().is_none());
    assert_eq!(
        (id(&app), app.focus(), app.scroll()),
        ("north", Pane::Article, scroll)
    );
    assert_eq!(target_text(&app), "180 workers");

    // With nothing gone to, Enter takes the first value on screen.
    let mut app = tui_support::app(160, 45);
    press(&mut app, &mut k, "2 <Tab> <Enter>");
    assert_eq!(
        app.compare().map(|c| app.claims()[c.claim].topic.as_str()),
        Some("workers killed — Port Avel fire")
    );
    // With none on screen it says what to do.
    let mut app = tui_support::app(160, 7);
    press(&mut app, &mut k, "2 <Tab> <Enter>");
    assert!(app.compare().is_none());
    assert!(
        app.message()
            .is_some_and(|m| m.contains("No marked value on screen"))
    );
}

#[test]
fn slash_in_the_article_searches_its_text_and_n_walks_the_hits() {
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "2 <Tab> /");
    assert_eq!(app.context(), Context::Input);
    assert_eq!(app.focus(), Pane::Article, "the entity filter does not open");
    // As you type: the first hit from the top, case ignored.
    type_text(&mut app, &mut k, "QUELL");
    assert_eq!(target_text(&app), "Quell");
    assert_eq!(app.search_position(), (Some(1), 3));
    assert!(app.filter().query.is_empty());
    // Down moves to the next hit while typing; Enter keeps the hits lit.
    press(&mut app, &mut k, "<Down> <Enter>");
    assert_eq!(app.context(), Context::Article);
    assert_eq!(app.search_position(), (Some(2), 3));
    let north = app.current().expect("a source");
    assert_eq!(app.search_hits(north).len(), 3);
    assert_eq!(
        app.jumps(),
        1,
        "the search is a jump: C-o goes back to where it began"
    );
    // n/N walk them, on into the next listed source with a hit (south, north, wire), wrapping.
    press(&mut app, &mut k, "n");
    assert_eq!(app.search_position(), (Some(3), 3));
    press(&mut app, &mut k, "n");
    assert_eq!((id(&app), target_text(&app)), ("wire", "Quell"));
    press(&mut app, &mut k, "n");
    assert_eq!(id(&app), "south");
    assert!(app.message().is_some_and(|m| m.contains("Wrapped")));
    press(&mut app, &mut k, "N");
    assert_eq!(id(&app), "wire");
    press(&mut app, &mut k, "N");
    assert_eq!((id(&app), app.search_position()), ("north", (Some(3), 3)));
    // Esc clears the search; n is then the next mention again.
    press(&mut app, &mut k, "<Esc>");
    assert!(!app.search().active() && app.search_hits(north).is_empty());
    press(&mut app, &mut k, "n");
    assert!(app.message().is_some_and(|m| m.contains("Select an entity")));

    // Esc while typing goes back to where the search began.
    press(&mut app, &mut k, "g g");
    let before = (app.scroll(), app.target().cloned());
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "damages");
    assert_eq!(target_text(&app), "damages");
    press(&mut app, &mut k, "<Esc>");
    assert_eq!((app.scroll(), app.target().cloned()), before);
    assert!(!app.search().active());
    // Not in any listed source: said, and dropped.
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "tsunami");
    press(&mut app, &mut k, "<Enter>");
    assert!(app.message().is_some_and(|m| m.contains("No “tsunami”")));
    assert!(!app.search().active());
    // Not in this article but in another: Enter goes there.
    press(&mut app, &mut k, "/");
    type_text(&mut app, &mut k, "emergency session");
    assert_eq!(app.search_position(), (None, 0));
    press(&mut app, &mut k, "<Enter>");
    assert_eq!((id(&app), target_text(&app)), ("south", "emergency session"));
    // The entity filter keeps a key of its own in the article.
    press(&mut app, &mut k, "F");
    assert_eq!((app.context(), app.tab()), (Context::Input, SideTab::Entities));
    assert!(app.filter().typing);
}

#[test]
fn esc_never_clears_what_is_not_on_screen() {
    // At 80 columns the article and the side pane share a place.
    let mut app = app(80, 24);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "2 <Tab> /");
    type_text(&mut app, &mut k, "quell");
    press(&mut app, &mut k, "<Enter> F");
    type_text(&mut app, &mut k, "tide");
    press(&mut app, &mut k, "<Enter>");
    assert!(app.entity().is_some() && app.search().active() && !app.filter().query.is_empty());
    // The entities list is shown, the article not: the filter goes, the search stays.
    assert_eq!(app.areas().article.width, 0);
    press(&mut app, &mut k, "<Esc>");
    assert!(app.filter().query.is_empty() && app.search().active());
    // Back in the article, Esc clears the search, then the selection.
    press(&mut app, &mut k, "<Tab> <Tab>");
    assert!(app.areas().article.width > 0);
    press(&mut app, &mut k, "<Esc>");
    assert!(!app.search().active() && app.entity().is_some());
    press(&mut app, &mut k, "<Esc>");
    assert!(app.entity().is_none());
}

#[test]
fn the_help_legend_explains_every_mark() {
    use parallax::tui::app::{HelpLine, Highlight};
    use parallax::tui::theme;
    let mut app = app(160, 45);
    let mut k = KeyInput::default();
    press(&mut app, &mut k, "?");
    let lines = app.help_lines();
    for h in Highlight::ALL {
        assert!(lines.contains(&HelpLine::Highlight(h)), "{h:?}");
    }
    let samples: String = lines
        .iter()
        .filter_map(|l| match l {
            HelpLine::Mark(s, _) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    for mark in [
        theme::CURRENT,
        theme::UNREAD,
        theme::READ,
        theme::SELECTED,
        &theme::STRIP_NAMED.to_string(),
        "✓",
        "≠",
    ] {
        assert!(samples.contains(mark), "the legend shows {mark}");
    }
}

/// While the files load there are no sources: every key is harmless (nothing panics, the frame
/// still draws), and the sources, then the analysis, arrive into whatever the keys left open.
#[test]
fn keys_while_loading_are_harmless() {
    use parallax::tui::app::Incoming;
    let mut app = App::loading("gen", Vec::new(), keymap());
    app.update(Action::Resize(120, 40));
    let mut input = KeyInput::default();
    let theme = parallax::tui::theme::Theme::chosen("dark");
    let draw = |app: &App| {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
        t.draw(|f| parallax::tui::view::draw(f, app, &theme))
            .expect("draw");
    };
    for keys in [
        "j k g G <Tab> <S-Tab> h l <Enter> <C-d> <C-u> n N m f a <Esc>",
        "c e t M t <Esc> / x <Esc> <Esc> ? <Esc> 1 2 <C-o> y Y o",
    ] {
        press(&mut app, &mut input, keys);
        draw(&app);
    }
    assert!(!app.should_quit());
    assert!(app.sources().is_empty());
    let f = harbour();
    app.update(Action::Sources(Box::new(Incoming::new(f.briefing(), Vec::new()))));
    assert_eq!(app.sources().len(), f.briefing().sources.len());
    assert!(app.current().is_some(), "the first source opens");
    draw(&app);
    app.update(Action::Loaded(Box::new(f.build())));
    assert!(app.progress().is_none());
    draw(&app);
    press(&mut app, &mut input, "q");
    assert!(app.should_quit());
}

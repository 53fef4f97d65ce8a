//! The command line as a shell user meets it: completion scripts, the man page, a `--help` without
//! the research commands, and `report` piped (never paged).

use assert_cmd::Command;

fn parallax() -> Command {
    let mut cmd = Command::cargo_bin("parallax").expect("the parallax binary");
    let data = std::env::temp_dir().join("parallax-cli-shell-no-data");
    cmd.env("XDG_DATA_HOME", data);
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = parallax().args(args).output().expect("run parallax");
    assert!(
        out.status.success(),
        "parallax {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn completion_scripts_for_each_shell() {
    for (shell, sign) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef parallax"),
        ("fish", "complete -c parallax"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion"),
    ] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains(sign), "{shell}: no {sign:?}");
        assert!(script.contains("report"), "{shell}: the report command");
        assert!(script.contains("no-pager"), "{shell}: report's options");
        for research in ["train-ner", "score-ner"] {
            assert!(!script.contains(research), "{shell} offers {research}");
        }
    }
}

#[test]
fn completions_need_a_known_shell() {
    let out = parallax().args(["completions", "tcsh"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("possible values"));
}

#[test]
fn man_page() {
    let page = stdout_of(&["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH parallax"), "{page}");
    assert!(page.contains(".TH parallax 1"));
    assert!(page.contains("report"));
    assert!(page.contains("completions"));
    assert!(!page.contains("train\\-ner") && !page.contains("train-ner"));
    // Each page the main one refers to is there too.
    let report = stdout_of(&["man", "report"]);
    assert!(report.contains(".TH parallax-report 1"));
    assert!(report.contains("no\\-pager"));
}

#[test]
fn research_commands_are_out_of_the_help_but_still_run() {
    let help = stdout_of(&["--help"]);
    for shown in ["report", "completions", "man"] {
        assert!(help.contains(shown), "--help lacks {shown}");
    }
    for hidden in ["entities", "train-ner", "score-ner"] {
        assert!(
            !help.lines().any(|l| l.trim_start().starts_with(hidden)),
            "--help lists {hidden}:\n{help}"
        );
    }
    assert!(stdout_of(&["score-ner", "--help"]).contains("--gold"));
}

/// Piped, `report` is never paged, whatever `PAGER` says.
#[test]
fn piped_report_is_not_paged() {
    let out = parallax()
        .args(["report", "--no-state"])
        .env("PAGER", "sed s/^/PAGED:/")
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.is_empty() && !text.contains("PAGED:"));
}

/// The config round trip: the commented default parses as the defaults; a file with problems is
/// reported with file and line, and exits 2.
#[test]
fn config_round_trip() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let default = stdout_of(&["config", "--default"]);
    assert!(default.contains("# theme = \"dark\""));
    let file = dir.path().join("config.toml");
    std::fs::write(&file, &default).expect("write");
    let path = file.to_str().expect("UTF-8 path");
    let shown = stdout_of(&["--config", path, "config"]);
    assert!(
        shown.contains("theme: dark") && shown.contains("date_format: %Y-%m-%d"),
        "{shown}"
    );
    std::fs::write(&file, "theme = \"light\"\ncolour = \"red\"\n").expect("write");
    let out = parallax()
        .args(["--config", path, "config"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("theme: light"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.toml:2: unknown setting \"colour\""), "{err}");
}

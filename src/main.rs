//! `parallax`: the command line. Parse args → load → analyse → print a report or run the reader.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use clap::{CommandFactory as _, Parser, Subcommand, ValueEnum};

use parallax::analysis::{Analysis, Options};
use parallax::ingest::{self, Briefing};
use parallax::report;
use parallax::state;
use parallax::text::safe;

mod cli;

/// jemalloc rather than the system's allocator: the analysis frees what it makes on every core,
/// and it is 6–10% faster at 10,000 sources (docs/performance.md).
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Parser, Debug)]
#[command(
    name = "parallax",
    version,
    about = "Read several outlets' accounts of one story side by side",
    long_about = "Parallax opens a briefing — articles on one story from different outlets — and shows \
who and what they name and, statement by statement, where the outlets agree and where they differ.\n\n\
With no PATH it opens the embedded sample briefing.",
    after_help = "Examples:\n  parallax                      open the sample briefing\n  parallax ~/briefings/summit/   open every article in a folder\n  parallax report --format json articles/ > analysis.json"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open (`-` reads stdin). None: the sample briefing.
    paths: Vec<PathBuf>,
    /// The reader's config file, instead of $XDG_CONFIG_HOME/parallax/config.toml
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the analysis as text, Markdown or JSON
    #[command(
        after_help = "Examples:\n  parallax report                          the sample briefing, as text\n  parallax report --format markdown a.md b.html\n  parallax report --format json folder/ | jq '.claims[] | select(.verdict == \"disagree\")'\n  curl -s https://example.org/feed.xml | parallax report -"
    )]
    Report {
        /// Output format
        #[arg(long, short, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Leave out the read marks, flags and notes saved by the reader
        #[arg(long)]
        no_state: bool,
        /// Print straight to the terminal, not through `$PAGER` (never used when piped)
        #[arg(long)]
        no_pager: bool,
        /// Files or folders (`-` reads stdin). None: the sample briefing.
        paths: Vec<PathBuf>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "Install:\n  bash  parallax completions bash > ~/.local/share/bash-completion/completions/parallax\n  zsh   parallax completions zsh > ~/.zfunc/_parallax   (with fpath+=~/.zfunc before compinit)\n  fish  parallax completions fish > ~/.config/fish/completions/parallax.fish"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Check the reader's config file, or print a commented default one
    #[command(
        after_help = "Examples:\n  parallax config                                   where the config is, and what is wrong with it\n  parallax config --default > ~/.config/parallax/config.toml\n  parallax --config my.toml config                  check another file"
    )]
    Config {
        /// Print the default config, every setting commented out with what it does
        #[arg(long)]
        default: bool,
    },
    /// Print the manual page (roff): `parallax man | man -l -`
    #[command(
        after_help = "Examples:\n  parallax man | man -l -                 read it now\n  parallax man > ~/.local/share/man/man1/parallax.1\n  parallax man report > ~/.local/share/man/man1/parallax-report.1"
    )]
    Man {
        /// A command's own page (parallax-report(1)…) instead of parallax(1)
        #[arg(value_parser = ["report", "completions", "man"])]
        command: Option<String>,
    },
    // The research commands below work as before but stay out of the user's `--help`.
    /// Tag CoNLL-style text with the trained name tagger (`token TAG` per line)
    #[command(
        hide = true,
        after_help = "Examples:\n  parallax entities --conll ../shared/data/ner/dev.conll > pred.conll\n  parallax score-ner --gold ../shared/data/ner/dev.conll --pred pred.conll"
    )]
    Entities(cli::ner::EntitiesArgs),
    /// Train the name tagger's weights (deterministic: same data and options, same file)
    #[command(hide = true)]
    TrainNer(cli::ner::TrainNerArgs),
    /// Entity-level precision, recall and F1 (conlleval semantics) of predicted CoNLL vs gold
    #[command(hide = true)]
    ScoreNer(cli::ner::ScoreNerArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Text,
    Markdown,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            #[cfg(feature = "tui")]
            if let Some(not_loaded) = err.downcast_ref::<parallax::tui::NotLoaded>() {
                for n in &not_loaded.notices {
                    say(n);
                }
            }
            say(&format!("{err:#}"));
            ExitCode::from(exit_code(&err))
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::Report {
            format,
            no_state,
            no_pager,
            paths,
        }) => {
            let briefing = load(&paths)?;
            let analysis = Analysis::run(briefing, &Options::default());
            let notes = if no_state { None } else { saved_state(&analysis) };
            let notes = notes.as_ref();
            let pager = cli::pager::command(no_pager);
            if matches!(format, FormatArg::Json) && pager.is_none() {
                // Straight to stdout as it is made: the whole report is never held in memory.
                let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
                report::write_json_annotated(&analysis, notes, &mut out)?;
                out.write_all(b"\n")?;
                out.flush()?;
                return Ok(());
            }
            let out = match format {
                FormatArg::Text => report::to_text_annotated(&analysis, notes),
                FormatArg::Markdown => report::to_markdown_annotated(&analysis, notes),
                FormatArg::Json => report::to_json_annotated(&analysis, notes) + "\n",
            };
            cli::pager::show(&out, pager.as_deref())?;
            Ok(())
        }
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut user_command(), "parallax", &mut out);
            write_out(&out)
        }
        Some(Command::Man { command }) => {
            let page = match command.as_deref() {
                None => user_command(),
                Some(name) => {
                    let title = match name {
                        "report" => "parallax-report",
                        "completions" => "parallax-completions",
                        _ => "parallax-man",
                    };
                    let mut cli = Cli::command();
                    cli.build();
                    let sub = cli
                        .find_subcommand(name)
                        .ok_or_else(|| anyhow::anyhow!("no command {name}"))?;
                    sub.clone()
                        .name(title)
                        .bin_name(format!("parallax {name}"))
                        .version(env!("CARGO_PKG_VERSION"))
                }
            };
            let mut out = Vec::new();
            clap_mangen::Man::new(page).render(&mut out)?;
            write_out(&out)
        }
        Some(Command::Config { default }) => {
            if default {
                return write_out(DEFAULT_CONFIG.as_bytes());
            }
            check_config(cli.config.as_deref())
        }
        Some(Command::Entities(args)) => args.run(),
        Some(Command::TrainNer(args)) => args.run(),
        Some(Command::ScoreNer(args)) => args.run(),
        None => open_reader(&cli.paths, cli.config.as_deref()),
    }
}

/// What the reader saved for this briefing, lined up with its sources and claims. A file that
/// cannot be read is named on stderr and left as it is (the reader sets it aside when it opens).
fn saved_state(analysis: &Analysis) -> Option<state::Annotations> {
    let store = state::Store::for_briefing(&state::briefing_key(&analysis.briefing.sources))?;
    match store.read() {
        Ok(Some(saved)) => Some(state::Annotations::new(
            &saved,
            &state::source_keys(&analysis.briefing.sources),
            &state::claim_keys(&analysis.claims),
        )),
        Ok(None) => None,
        Err(e) => {
            say(&format!(
                "warning: saved state {} left out: {e}",
                store.path().display()
            ));
            None
        }
    }
}

/// Open the reader on the paths (or the sample) until the user quits.
#[cfg(feature = "tui")]
fn open_reader(paths: &[PathBuf], config: Option<&std::path::Path>) -> anyhow::Result<()> {
    use std::io::IsTerminal as _;

    if !io::stdout().is_terminal() {
        bail!(
            "stdout is not a terminal, so the reader cannot open; use `parallax report [PATH…]` for a printable report"
        );
    }
    // Load problems go to the reader (stderr is hidden behind its screen), not to stderr.
    if paths.is_empty() {
        return parallax::tui::run(ingest::load_sample(), Vec::new(), config);
    }
    // Stdin that is the terminal itself is read before the screen changes (the reader takes the
    // keys); everything else is read behind the reader's first frame.
    if paths.iter().any(|p| p.as_os_str() == "-") && io::stdin().is_terminal() {
        let loaded = ingest::load(paths).map_err(anyhow::Error::new)?;
        let notices = parallax::tui::notices(&loaded);
        if loaded.briefing.sources.is_empty() {
            for n in &notices {
                say(n);
            }
            bail!("no source could be loaded from {}", describe(paths));
        }
        return parallax::tui::run(loaded.briefing, notices, config);
    }
    parallax::tui::open(paths.to_vec(), config)
}

/// A build without the reader still answers the bare command, with the way to the same analysis.
#[cfg(not(feature = "tui"))]
fn open_reader(_paths: &[PathBuf], _config: Option<&std::path::Path>) -> anyhow::Result<()> {
    bail!(
        "this parallax was built without the reader (cargo feature `tui`); use `parallax report [PATH…]` for a printable report"
    )
}

/// The commented default config (`parallax config --default`).
const DEFAULT_CONFIG: &str = include_str!("../assets/config.toml");

/// Say where the config is and what is wrong with it; an error when something is.
#[cfg(feature = "tui")]
fn check_config(path: Option<&std::path::Path>) -> anyhow::Result<()> {
    use parallax::tui::config;
    let loaded = config::load(path);
    let mut out = match &loaded.path {
        Some(p) => format!("config: {}\n", p.display()),
        None => match config::default_path() {
            Some(p) => format!("config: {} (not there: the defaults apply)\n", p.display()),
            None => "config: none (neither XDG_CONFIG_HOME nor HOME is set)\n".to_string(),
        },
    };
    let c = &loaded.config;
    out.push_str(&format!("theme: {}\ndate_format: {}\n", c.theme, c.date_format));
    write_out(out.as_bytes())?;
    if loaded.warnings.is_empty() {
        return Ok(());
    }
    for w in &loaded.warnings {
        say(w);
    }
    bail!("{} problem(s) in the config", loaded.warnings.len())
}

#[cfg(not(feature = "tui"))]
fn check_config(_path: Option<&std::path::Path>) -> anyhow::Result<()> {
    bail!("this parallax was built without the reader (cargo feature `tui`), which is all the config is for")
}

/// Load the paths (or the sample), printing one line per skipped file on stderr.
fn load(paths: &[PathBuf]) -> anyhow::Result<Briefing> {
    if paths.is_empty() {
        return Ok(ingest::load_sample());
    }
    let loaded = ingest::load(paths).map_err(anyhow::Error::new)?;
    for p in loaded.warnings.iter() {
        say(&format!("warning: {p}"));
    }
    for p in loaded.skipped.iter() {
        say(&format!("skipped {p}"));
    }
    if loaded.briefing.sources.is_empty() {
        bail!("no source could be loaded from {}", describe(paths));
    }
    Ok(loaded.briefing)
}

/// One line on stderr: file names and reasons (which may quote a file) cannot break it or reach the
/// terminal as control sequences.
fn say(message: &str) {
    eprintln!("parallax: {}", safe::line(message));
}

fn describe(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The command line as users see it: the research commands (hidden from `--help`) left out, so
/// completion scripts and the man page do not offer them either.
fn user_command() -> clap::Command {
    let full = Cli::command();
    let shown: Vec<clap::Command> = full
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .cloned()
        .collect();
    let args: Vec<clap::Arg> = full.get_arguments().cloned().collect();
    let mut cmd = clap::Command::new("parallax")
        .version(env!("CARGO_PKG_VERSION"))
        .args(args)
        .subcommands(shown);
    if let Some(about) = full.get_about() {
        cmd = cmd.about(about.clone());
    }
    if let Some(about) = full.get_long_about() {
        cmd = cmd.long_about(about.clone());
    }
    if let Some(after) = full.get_after_help() {
        cmd = cmd.after_help(after.clone());
    }
    cmd
}

/// Bytes to stdout, flushed.
fn write_out(bytes: &[u8]) -> anyhow::Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}

/// 2 for an error; 128 + the signal's number when a signal ended the reader, as a shell reports.
fn exit_code(err: &anyhow::Error) -> u8 {
    #[cfg(feature = "tui")]
    if let Some(stopped) = err.downcast_ref::<parallax::tui::Stopped>() {
        return stopped.exit_code();
    }
    let _ = err;
    2
}

/// Writing to a closed pipe (`parallax report | head`) ends quietly.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

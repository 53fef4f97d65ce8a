//! The terminal reader. (interim: the TUI helper builds it)

use crate::ingest::Briefing;

/// Run the reader on a loaded briefing until the user quits. The analysis runs off the UI thread.
/// `notices` are load problems to show (one line each, e.g. skipped files).
pub fn run(briefing: Briefing, notices: Vec<String>) -> anyhow::Result<()> {
    let _ = (briefing, notices);
    anyhow::bail!("the terminal reader is not built yet; use `parallax report`")
}

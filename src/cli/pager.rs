//! `report` in a terminal goes through a pager, as `git log` does: `$PAGER`, else `less -FRX` (quit if
//! it fits one screen, keep colours, leave the text on the screen). Never when stdout is piped or
//! redirected, with `--no-pager`, or with `PAGER` set empty or to `cat`.

use std::io::{self, IsTerminal as _, Write};
use std::process::{Command, Stdio};

/// The pager command to run for a terminal, or `None` to write straight to stdout.
pub fn command(no_pager: bool) -> Option<String> {
    if no_pager || !io::stdout().is_terminal() {
        return None;
    }
    choose(std::env::var("PAGER").ok().as_deref())
}

/// The pager for a `PAGER` value: unset means `less -FRX`; empty or `cat` means none.
pub fn choose(pager: Option<&str>) -> Option<String> {
    match pager.map(str::trim) {
        None => Some("less -FRX".into()),
        Some("" | "cat") => None,
        Some(p) => Some(p.to_string()),
    }
}

/// Write `text` to stdout, through `pager` when there is one. A pager that cannot be started is
/// passed over (the text goes to stdout); a pager quit before the end (`q` in less) is not an error.
pub fn show(text: &str, pager: Option<&str>) -> io::Result<()> {
    if let Some(pager) = pager
        && let Ok(mut child) = spawn(pager)
    {
        if let Some(mut stdin) = child.stdin.take() {
            match stdin.write_all(text.as_bytes()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
                _ => {}
            }
        }
        // 127: the shell found no such pager; show the text without one.
        if child.wait()?.code() != Some(127) {
            return Ok(());
        }
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

/// Start the pager as git does: through the shell on Unix (so `PAGER='less -S'` works), with `LESS`
/// and `LV` defaults that keep colours and the text on screen unless the user set their own.
fn spawn(pager: &str) -> io::Result<std::process::Child> {
    let mut cmd = if cfg!(unix) {
        let mut c = Command::new("sh");
        c.args(["-c", pager]);
        c
    } else {
        let mut words = pager.split_whitespace();
        let mut c = Command::new(words.next().unwrap_or("more"));
        c.args(words);
        c
    };
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        cmd.env("LV", "-c");
    }
    cmd.stdin(Stdio::piped()).spawn()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_choice() {
        assert_eq!(choose(None).as_deref(), Some("less -FRX"));
        assert_eq!(choose(Some("")), None);
        assert_eq!(choose(Some("cat")), None);
        assert_eq!(choose(Some("most")).as_deref(), Some("most"));
    }
}

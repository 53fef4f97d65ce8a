//! Links out of the reader: `o` opens the source's URL in the browser, `y` copies it and `Y` copies
//! the claim in view as Markdown. The app only asks ([`Effect`]); the event loop does it: it spawns
//! the opener ([`open`]) and writes the clipboard escape ([`osc52`]), which the terminal (also over
//! SSH) puts on the clipboard.

use std::io;
use std::process::{Command, Stdio};

use super::App;
use crate::tui::doc::is_web;

/// Something the reader asks of the world outside its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open a web address.
    Open(String),
    /// Put text on the clipboard.
    Copy(String),
}

impl App {
    /// What the event loop is to do, oldest first; taken once.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The web address of the source being read, or why there is none.
    fn current_url(&self) -> Result<String, String> {
        let s = self.current.ok_or("No source open")?;
        let url = self.sources().get(s).and_then(|src| src.url.clone());
        match url {
            Some(u) if is_web(&u) => Ok(u),
            Some(u) => Err(format!("Not a web address: {}", crate::text::safe::line(&u))),
            None => Err(format!("{} gives no URL", self.source_name(s))),
        }
    }

    /// `o`: open the source's URL with `$BROWSER` or the system opener.
    pub(super) fn open_link(&mut self) {
        match self.current_url() {
            Ok(url) => {
                self.message = Some(format!("Opening {url}"));
                self.effects.push(Effect::Open(url));
            }
            Err(why) => self.message = Some(why),
        }
    }

    /// `y`: copy the source's URL.
    pub(super) fn copy_link(&mut self) {
        match self.current_url() {
            Ok(url) => {
                self.message = Some(format!("Copied {url}"));
                self.effects.push(Effect::Copy(url));
            }
            Err(why) => self.message = Some(why),
        }
    }

    /// `Y`: copy the claim in the claims list or comparison (else the selected one) as Markdown.
    pub(super) fn copy_claim(&mut self) {
        let Some(c) = self.claim_in_view().or(self.claim) else {
            self.message = Some("No claim to copy: open the claims list (c)".into());
            return;
        };
        let Some(md) = self.claim_markdown(c) else { return };
        let topic = self.claims()[c].topic.clone();
        self.message = Some(format!("Copied the claim “{topic}” as Markdown"));
        self.effects.push(Effect::Copy(md));
    }

    /// A claim as Markdown: its topic and verdict, then each outlet's value and sentence.
    pub fn claim_markdown(&self, c: usize) -> Option<String> {
        let claim = self.claims().get(c)?;
        let mut out = format!("**{}** — {}", claim.topic, claim.verdict.as_str());
        out.push('\n');
        for st in &claim.statements {
            let Some(src) = self.sources().get(st.value.source) else {
                continue;
            };
            let outlet = src.outlet.clone().unwrap_or_else(|| src.id.clone());
            let outlet = match src.url.as_deref().filter(|u| is_web(u)) {
                Some(u) => format!("[{outlet}]({u})"),
                None => outlet,
            };
            let sentence = src
                .text
                .get(st.sentence.clone())
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!(
                "- {outlet} ({}): **{}** — “{sentence}”\n",
                self.date(src.published),
                st.value.readable()
            ));
        }
        Some(out)
    }
}

/// Start the browser on `url`: `$BROWSER` (the first of a `:`-separated list; `%s` stands for the
/// URL, else it is the last argument), else `xdg-open`, `open` on macOS, `start` on Windows. The
/// URL is passed as an argument, never through a shell's parsing. The opener's output is discarded
/// (it would draw over the reader).
///
/// # Errors
/// When the opener cannot be started.
pub fn open(url: &str) -> io::Result<()> {
    let browser = std::env::var("BROWSER").ok();
    let browser = browser
        .as_deref()
        .and_then(|b| b.split(':').map(str::trim).find(|b| !b.is_empty()));
    let mut cmd = match browser {
        Some(b) if cfg!(unix) => {
            // The shell splits the user's command; the URL is "$1", quoted, so it stays one word.
            let script = if b.contains("%s") {
                b.replace("%s", "\"$1\"")
            } else {
                format!("{b} \"$1\"")
            };
            let mut c = Command::new("sh");
            c.args(["-c", &script, "sh", url]);
            c
        }
        Some(b) => {
            let mut words = b.split_whitespace();
            let mut c = Command::new(words.next().unwrap_or(b));
            c.args(words).arg(url);
            c
        }
        None if cfg!(target_os = "macos") => {
            let mut c = Command::new("open");
            c.arg(url);
            c
        }
        None if cfg!(windows) => {
            let mut c = Command::new("cmd");
            c.args(["/C", "start", "", url]);
            c
        }
        None => {
            let mut c = Command::new("xdg-open");
            c.arg(url);
            c
        }
    };
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    // Reap it whenever it ends, without holding up the reader.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// The escape sequence that asks the terminal to put `text` on the clipboard (OSC 52).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_osc52() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}

//! Text on its way to a terminal: control characters (C0, DEL, C1), bidirectional controls and
//! zero-width characters never reach it as they are. File names, paths and messages show an escape
//! (`\n`, `\x1b`, `\u{202e}`), article text shows U+FFFD, so a reader sees that something was there.
//! The JSON report escapes the same characters as `\uXXXX` (see `report::json`).

use std::borrow::Cow;

/// Bidirectional controls: marks, embeddings, overrides and isolates (the "Trojan Source" set).
pub fn is_bidi(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Zero-width characters: space, non-joiner, joiner, word joiner, and the byte-order mark.
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Whether `c` must not reach a terminal as it is: a C0 control (newline and tab among them), DEL,
/// a C1 control, a bidirectional control or a zero-width character.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi(c) || is_zero_width(c)
}

/// Whether `s` has no unsafe character ([`is_unsafe`]). Printable ASCII, most text, is checked
/// byte by byte: a report of 10,000 sources writes a hundred megabytes of it.
pub fn is_all_safe(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b)) || !s.chars().any(is_unsafe)
}

/// A one-line field (a file name, a path, a title, a message) with every unsafe character, newline
/// and tab included, shown as an escape: `\n`, `\t`, `\r`, `\x1b`, `\u{202e}`.
pub fn line(s: &str) -> Cow<'_, str> {
    if is_all_safe(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe(c) && (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Article text, which may span lines: newlines and tabs stay, every other unsafe character becomes
/// U+FFFD.
pub fn text(s: &str) -> Cow<'_, str> {
    replace(s, |c| is_unsafe(c) && !matches!(c, '\n' | '\t'), |_| "\u{FFFD}")
}

/// Article text for a view that addresses it by byte offsets (the reader): every unsafe character
/// but newline, carriage return and tab becomes a stand-in of the same length in bytes — U+FFFD for
/// the three-byte ones (bidirectional and zero-width characters), `¿` for two bytes, `?` for one —
/// so every span into the text still fits.
pub fn same_len(s: &str) -> Cow<'_, str> {
    replace(
        s,
        |c| is_unsafe(c) && !matches!(c, '\n' | '\r' | '\t'),
        |c| match c.len_utf8() {
            1 => "?",
            2 => "\u{BF}",
            _ => "\u{FFFD}",
        },
    )
}

fn replace(s: &str, bad: impl Fn(char) -> bool, with: impl Fn(char) -> &'static str) -> Cow<'_, str> {
    if !s.chars().any(&bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.push_str(with(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_escape_every_unsafe_character() {
        assert_eq!(line("plain — ok"), "plain — ok");
        assert_eq!(
            line("a\nb\tc\r\u{1b}]0;x\u{7}\u{7f}\u{85}\u{202e}\u{2066}\u{200b}\u{feff}"),
            "a\\nb\\tc\\r\\x1b]0;x\\x07\\x7f\\u{85}\\u{202e}\\u{2066}\\u{200b}\\u{feff}"
        );
    }

    #[test]
    fn text_keeps_lines_and_tabs() {
        assert_eq!(text("a\nb\tc"), "a\nb\tc");
        assert_eq!(
            text("a\u{1b}[2J\u{202e}b\u{200d}\r"),
            "a\u{fffd}[2J\u{fffd}b\u{fffd}\u{fffd}"
        );
    }

    #[test]
    fn same_len_keeps_every_offset() {
        let s = "a\u{1b}b\u{85}c\u{61c}d\u{202e}e\u{200b}f\u{feff}\n\t\r";
        let t = same_len(s);
        assert_eq!(t.len(), s.len());
        assert_eq!(t, "a?b\u{bf}c\u{bf}d\u{fffd}e\u{fffd}f\u{fffd}\n\t\r");
        assert!(t.char_indices().all(|(i, _)| s.is_char_boundary(i)));
    }
}

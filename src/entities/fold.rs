//! Folding surface forms into matching keys.
//!
//! Outlets spell one name many ways: "Lee Jae-myung", "Lee Jae Myung", "LEE JAE-MYUNG", "São Paulo"
//! and "Sao Paulo", "U.S." and "US". A key folds case, diacritics (Unicode compatibility
//! decomposition with the combining marks dropped), hyphens and dashes (to spaces), periods and
//! apostrophes, so variants meet in one hash-map entry.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The matching key of a surface form.
pub fn key(surface: &str) -> String {
    let mut out = String::with_capacity(surface.len());
    key_into(surface, &mut out);
    out
}

/// [`key`] written into `out` (cleared first), so a loop over words can reuse one buffer.
pub fn key_into(surface: &str, out: &mut String) {
    out.clear();
    // Most names are ASCII, which needs no decomposition; the gazetteer folds tens of thousands.
    if surface.is_ascii() {
        fold_ascii(surface.as_bytes(), out);
    } else {
        fold_chars(surface.nfkd().filter(|c| !is_combining_mark(*c)), out);
    }
}

/// `f` of [`key`]`(surface)`, folded into a buffer kept by the thread: the look-ups asked for
/// every word of a briefing need no string of their own.
pub fn with_key<R>(surface: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            key_into(surface, &mut buf);
            f(&buf)
        }
        // Asked again from inside `f`: a string of its own.
        Err(_) => f(&key(surface)),
    })
}

/// [`fold_chars`] for ASCII, byte by byte: the same key (an ASCII character is alphanumeric
/// exactly when it is an ASCII letter or digit, and lowercases to one character).
fn fold_ascii(bytes: &[u8], out: &mut String) {
    let mut space = true;
    for &b in bytes {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b.to_ascii_lowercase()));
            space = false;
        } else if b == b'&' {
            if !space {
                out.push(' ');
            }
            out.push_str("& ");
            space = true;
        } else if matches!(b, b'.' | b'\'') {
            // As in `fold_chars`: these marks join.
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
}

fn fold_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut space = true;
    for c in chars {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if c == '&' {
            if !space {
                out.push(' ');
            }
            out.push('&');
            out.push(' ');
            space = true;
        } else if matches!(c, '.' | '\'' | '\u{2019}' | '\u{02BC}') {
            // "U.S." = "US", "O'Brien" = "OBrien": these marks join, they do not separate.
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
}

/// The key with its words sorted, so "Takaichi Sanae" and "Sanae Takaichi" meet. Initials ("J.")
/// are left out, so "Donald J. Trump" meets "Donald Trump".
pub fn order_free_key(surface: &str) -> String {
    order_free(&key(surface))
}

/// [`order_free_key`] of a surface already folded by [`key`].
pub fn order_free(folded: &str) -> String {
    let mut words: Vec<&str> = folded.split(' ').filter(|w| w.chars().count() > 1).collect();
    words.sort_unstable();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        let same: &[(&str, &str)] = &[
            ("Lee Jae-myung", "Lee Jae Myung"),
            ("LEE JAE-MYUNG", "lee jae myung"),
            ("São Paulo", "Sao Paulo"),
            ("U.S.", "US"),
            ("Takaichi’s", "Takaichi's"),
            ("St. Louis", "St Louis"),
            ("Ｔｏｋｙｏ", "Tokyo"),
            ("Jae\u{2011}myung", "Jae-myung"),
        ];
        for &(a, b) in same {
            assert_eq!(key(a), key(b), "{a} = {b}");
        }
        let differ: &[(&str, &str)] = &[("Lee", "Li"), ("Korea", "Korean"), ("AT&T", "ATT")];
        for &(a, b) in differ {
            assert_ne!(key(a), key(b), "{a} != {b}");
        }
        assert_eq!(key("  — Nara  City — "), "nara city");
    }

    #[test]
    fn ascii_keys_fold_like_any_other() {
        for s in [
            "U.S.",
            "  — Nara  City — ",
            "AT&T",
            "a&&b",
            "O'Brien  ",
            "&",
            "x-y_z",
            "\t9 A\x7f",
        ] {
            let s = s.replace('—', "-");
            let (mut ascii, mut chars) = (String::new(), String::new());
            fold_ascii(s.as_bytes(), &mut ascii);
            fold_chars(s.chars(), &mut chars);
            assert_eq!(ascii, chars, "{s:?}");
            // A reused buffer gives the same key.
            let mut reused = String::from("left over");
            key_into(&s, &mut reused);
            assert_eq!(reused, key(&s), "{s:?}");
        }
    }

    #[test]
    fn order_free_keys() {
        assert_eq!(order_free_key("Takaichi Sanae"), order_free_key("Sanae Takaichi"));
        assert_eq!(order_free_key("Donald J. Trump"), order_free_key("Donald Trump"));
        assert_ne!(order_free_key("Lee Jae-myung"), order_free_key("Lee Hsien Loong"));
    }
}

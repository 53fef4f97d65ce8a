//! Token boundaries for the date scanner. Every date phrase of every sentence passes through here,
//! so ASCII text (nearly all of an English article) is cut by hand; wherever a token touches a
//! non-ASCII character the regex below, the reference definition, decides.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// The reference definition. Alternatives in priority order: ISO date-time, day.month.year,
/// number, word, punctuation; every character that is not white space starts a token.
pub(super) static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        # ASCII digits only: classify() slices by byte position inside these tokens.
        [0-9]{4}-[0-9]{2}-[0-9]{2} (?:[T\ ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?
      | [0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}
      | [0-9]+(?:[.,][0-9]+)*
      | \p{L}[\p{L}\p{M}]*\.?
      | [^\s\p{L}[0-9]]",
    )
    .expect("static token pattern is valid")
});

/// The token spans of `s`, in order; the same spans as `TOKEN.find_iter(s)`.
pub(super) fn spans(s: &str) -> Vec<Range<usize>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5);
    let mut p = 0;
    while p < b.len() {
        let c = b[p];
        if c.is_ascii_whitespace() || c == 0x0b {
            p += 1;
            continue;
        }
        if c >= 0x80 {
            let ch = s[p..].chars().next().unwrap_or(' ');
            if ch.is_whitespace() {
                p += ch.len_utf8();
                continue;
            }
        }
        let end = if c >= 0x80 { None } else { ascii_token(b, p) };
        // A token that ends against a non-ASCII character may run on (a word's accented letters, a
        // digit of another script): the regex decides.
        let end = match end {
            Some(e) if b.get(e).is_none_or(|&n| n < 0x80) => e,
            _ => match TOKEN.find_at(s, p) {
                Some(m) if m.start() == p => m.end(),
                // Unreachable by the pattern's design (every non-space character starts a token);
                // one character keeps the scan moving.
                _ => p + s[p..].chars().next().map_or(1, char::len_utf8),
            },
        };
        out.push(p..end);
        p = end;
    }
    out
}

fn digits(b: &[u8], at: usize, n: usize) -> bool {
    b.len() >= at + n && b[at..at + n].iter().all(u8::is_ascii_digit)
}

/// End of the ASCII token at `p` (which is not white space).
fn ascii_token(b: &[u8], p: usize) -> Option<usize> {
    let c = b[p];
    if c.is_ascii_digit() {
        return Some(iso(b, p).or_else(|| eu(b, p)).unwrap_or_else(|| number(b, p)));
    }
    if c.is_ascii_alphabetic() {
        let mut e = p + 1;
        while e < b.len() && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        if b.get(e).is_some_and(|&n| n >= 0x80) {
            return None;
        }
        if b.get(e) == Some(&b'.') {
            e += 1;
        }
        return Some(e);
    }
    Some(p + 1)
}

/// `\d{4}-\d{2}-\d{2}` with the optional time and zone.
fn iso(b: &[u8], p: usize) -> Option<usize> {
    let ok =
        digits(b, p, 4) && b.get(p + 4) == Some(&b'-') && digits(b, p + 5, 2) && b.get(p + 7) == Some(&b'-');
    if !(ok && digits(b, p + 8, 2)) {
        return None;
    }
    let date = p + 10;
    let t = date;
    if !(matches!(b.get(t), Some(b'T' | b' '))
        && digits(b, t + 1, 2)
        && b.get(t + 3) == Some(&b':')
        && digits(b, t + 4, 2))
    {
        return Some(date);
    }
    let mut e = t + 6;
    if b.get(e) == Some(&b':') && digits(b, e + 1, 2) {
        e += 3;
        if b.get(e) == Some(&b'.') && digits(b, e + 1, 1) {
            e += 2;
            while digits(b, e, 1) {
                e += 1;
            }
        }
    }
    match b.get(e) {
        Some(b'Z') => e += 1,
        Some(b'+' | b'-') if digits(b, e + 1, 2) => {
            if b.get(e + 3) == Some(&b':') && digits(b, e + 4, 2) {
                e += 6;
            } else if digits(b, e + 3, 2) {
                e += 5;
            }
        }
        _ => {}
    }
    Some(e)
}

/// `\d{1,2}\.\d{1,2}\.\d{4}`.
fn eu(b: &[u8], p: usize) -> Option<usize> {
    let run = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let d = run(p);
    if !(1..=2).contains(&d) || b.get(p + d) != Some(&b'.') {
        return None;
    }
    let m_at = p + d + 1;
    let m = run(m_at).min(3);
    if !(1..=2).contains(&m) || b.get(m_at + m) != Some(&b'.') {
        return None;
    }
    let y_at = m_at + m + 1;
    digits(b, y_at, 4).then_some(y_at + 4)
}

/// `\d+(?:[.,]\d+)*`.
fn number(b: &[u8], p: usize) -> usize {
    let mut e = p;
    while digits(b, e, 1) {
        e += 1;
    }
    while matches!(b.get(e), Some(b'.' | b',')) && digits(b, e + 1, 1) {
        e += 1;
        while digits(b, e, 1) {
            e += 1;
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-cut spans are the regex's, on tricky ASCII and mixed text.
    #[test]
    fn same_spans_as_the_regex() {
        let cases = [
            "On Tuesday, Jan. 13, 2026, the leaders met.",
            "2026-01-13T09:30:00+09:00 and 2026-01-13 09:30Z, 2026-01-13T09:30:00.123-0500, 2026-01-1",
            "2026-01-13T9:30 2026-01-13 x 1942-45 2026-1-13",
            "14.01.2026 14.01.20261 123.4.2026 1.2.3 6.1 1,500 1,942.5. 3,",
            "Févr. März 13º 1er août — “quoted” naïve Lee’s 東京 ２０２６ ١٢ 12٣ x\u{a0}y\u{2003}z",
            "\tline\r\nnext\x0bvt\x0cff end. a.b. U.S. e.g.",
            "",
            "   ",
            "9",
            "abc.",
            "2026-",
        ];
        for text in cases {
            let want: Vec<Range<usize>> = TOKEN.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(spans(text), want, "{text:?}");
        }
    }

    /// And on real articles: the sample briefing's texts.
    #[test]
    fn same_spans_on_the_sample_articles() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let entries = std::fs::read_dir(&dir).expect("the sample briefing ships with the crate");
        let mut checked = 0;
        for e in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(e.path()) else {
                continue;
            };
            let want: Vec<Range<usize>> = TOKEN.find_iter(&text).map(|m| m.range()).collect();
            assert_eq!(spans(&text), want, "{}", e.path().display());
            checked += 1;
        }
        assert!(checked >= 5);
    }
}

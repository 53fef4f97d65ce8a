//! Bytes to text: BOMs, UTF-8, a declared charset, then detection; binary and empty files refused.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Decoded text and, when the bytes were not UTF-8, a note on how they were read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Why a file's bytes are not text we can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("binary file (not text)")]
    Binary,
}

pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        return decode_as(enc, body, |had_errors| {
            if enc == UTF_8 {
                return utf8_damage(body).map(|d| d.warning(bom_len));
            }
            had_errors.then(|| format!("invalid {} sequences replaced with U+FFFD", enc.name()))
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return decode_as(enc, bytes, |_| {
            Some(format!(
                "no byte-order mark; decoded as {} (detected)",
                enc.name()
            ))
        });
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            warning: nul_warning(text),
        });
    }
    if let Some(damage) = utf8_damage(bytes).filter(|d| d.few(bytes.len())) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let warning = [Some(damage.warning(0)), nul_warning(&text)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ");
        return Ok(Decoded {
            text,
            warning: Some(warning),
        });
    }
    let (enc, how) = match declared_charset(bytes) {
        Some(enc) if enc != UTF_8 && enc != UTF_16LE && enc != UTF_16BE => (enc, "declared"),
        _ => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            (det.guess(None, chardetng::Utf8Detection::Deny), "detected")
        }
    };
    let (text, _, _) = enc.decode(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        warning: Some(format!("not UTF-8; decoded as {} ({how})", enc.name())),
    })
}

/// Where UTF-8 bytes are not valid: how many bytes are bad, the first one's offset, and what else
/// the bytes hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Damage {
    bad: usize,
    first: usize,
    /// The only bad bytes are one incomplete sequence at the very end (a file cut mid-character).
    cut_at_end: bool,
    /// The valid bytes hold multi-byte characters, so the file is UTF-8 rather than ASCII with a
    /// stray byte of a single-byte encoding.
    multibyte: bool,
}

/// At most one bad byte in this many keeps a file UTF-8.
const UTF8_BAD_PER: usize = 1000;

impl Damage {
    /// Few enough bad bytes to read the file as UTF-8 with U+FFFD for them: a character cut off at
    /// the very end (two bytes or more of it, or one in a file with other multi-byte characters), or
    /// at most one bad byte in [`UTF8_BAD_PER`] in a file with multi-byte characters. ASCII text
    /// with a few stray high bytes is rather Windows-1252 or the like, and detected as such.
    fn few(&self, len: usize) -> bool {
        (self.cut_at_end && (self.bad >= 2 || self.multibyte))
            || (self.multibyte && self.bad * UTF8_BAD_PER <= len)
    }

    /// The warning, with the first bad byte's offset in the file (`skipped`: bytes before `bytes`,
    /// a byte-order mark).
    fn warning(&self, skipped: usize) -> String {
        let (n, s) = (self.bad, if self.bad == 1 { "" } else { "s" });
        format!(
            "{n} invalid UTF-8 byte{s} replaced with U+FFFD (first at byte {} of the file)",
            self.first + skipped
        )
    }
}

/// How `bytes` fail to be UTF-8; `None` when they are valid.
fn utf8_damage(bytes: &[u8]) -> Option<Damage> {
    let err = std::str::from_utf8(bytes).err()?;
    let mut damage = Damage {
        bad: 0,
        first: err.valid_up_to(),
        cut_at_end: err.error_len().is_none(),
        multibyte: false,
    };
    for chunk in bytes.utf8_chunks() {
        damage.multibyte |= !chunk.valid().is_ascii();
        damage.bad += chunk.invalid().len();
    }
    Some(damage)
}

/// Decode `bytes` as `enc` (no BOM handling), refusing empty or binary results; `warning` is told
/// whether any sequence was invalid.
fn decode_as(
    enc: &'static Encoding,
    bytes: &[u8],
    warning: impl FnOnce(bool) -> Option<String>,
) -> Result<Decoded, DecodeError> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if looks_binary(text.as_bytes()) {
        return Err(DecodeError::Binary);
    }
    let warning = warning(had_errors).or_else(|| nul_warning(&text));
    Ok(Decoded { text, warning })
}

/// Stray NUL bytes in text are kept (as spaces, see `read::build`) but worth a note.
fn nul_warning(text: &str) -> Option<String> {
    let n = memchr::memchr_iter(0, text.as_bytes()).count();
    (n > 0).then(|| format!("{n} NUL byte(s) in the text, read as spaces"))
}

/// UTF-16 without a byte-order mark, told by its NULs: text in a Latin script has a zero high
/// byte in nearly every code unit and almost never a zero low byte. Binary data with that pattern
/// (arrays of small 16-bit numbers) decodes to control characters and is refused after decoding.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(8192) & !1];
    let units = sample.len() / 2;
    if units < 2 {
        return None;
    }
    let zeros = |start: usize| sample.iter().skip(start).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    let mostly = |n: usize| n * 2 >= units;
    let rarely = |n: usize| n * 50 <= units;
    if mostly(odd) && rarely(even) {
        Some(UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// NULs in what is not UTF-8, or many control characters (NUL among them) mean the file is not
/// text. A stray NUL in UTF-8 text (a copy-and-paste accident) does not: the text still reads.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, sample).is_some() && std::str::from_utf8(bytes).is_err() {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > sample.len()
}

/// `charset=` in an HTML meta tag or `encoding=` in an XML declaration, near the start.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        if let Some(pos) = lower.windows(key.len()).position(|w| w == key) {
            let rest = &lower[pos + key.len()..];
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let end = rest
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':')))
                .unwrap_or(rest.len());
            if let Some(enc) = Encoding::for_label(&rest[..end]) {
                return Some(enc);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Città".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Città".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        type Want = Result<(&'static str, bool), DecodeError>;
        let cases: &[(&[u8], Want)] = &[
            (b"plain ascii", Ok(("plain ascii", false))),
            (
                "Citt\u{e0} \u{201c}q\u{201d}".as_bytes(),
                Ok(("Città “q”", false)),
            ),
            (b"\xEF\xBB\xBFwith bom", Ok(("with bom", false))),
            (&utf16le, Ok(("Città", false))),
            (&utf16be, Ok(("Città", false))),
            // Latin-1 / Windows-1252 bytes: decoded with a warning.
            (
                b"La citt\xe0 di Nara \x93ciao\x94 \xe8 bella",
                Ok(("La città di Nara “ciao” è bella", true)),
            ),
            (
                b"<meta charset=\"iso-8859-15\"><p>Caf\xe9 \xa4</p>",
                Ok(("<meta charset=\"iso-8859-15\"><p>Café €</p>", true)),
            ),
            (b"", Err(DecodeError::Empty)),
            (b" \n\t\r\n", Err(DecodeError::Empty)),
            (b"\xEF\xBB\xBF  ", Err(DecodeError::Empty)),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Err(DecodeError::Binary)),
            (b"\x01\x02\x03\x04\x05abc", Err(DecodeError::Binary)),
            // A stray NUL in UTF-8 text: text, with a note; in bytes that are not UTF-8: binary.
            (
                b"One line.\0 Another line.",
                Ok(("One line.\0 Another line.", true)),
            ),
            (b"Caf\xe9 line.\0 Another line.", Err(DecodeError::Binary)),
            // UTF-8 but for a few bad bytes stays UTF-8, the bad bytes replaced with U+FFFD.
            (
                b"Caf\xc3\xa9 \xe2\x80\x99ok\xe2\x80\x99\n\xE2\x80",
                Ok(("Café ’ok’\n\u{fffd}", true)),
            ),
            (
                b"Plain ascii cut off \xE2\x80",
                Ok(("Plain ascii cut off \u{fffd}", true)),
            ),
            (&utf16le[2..], Ok(("Città", true))),
            (&utf16be[2..], Ok(("Città", true))),
            // Small 16-bit numbers look like UTF-16 but decode to control characters.
            (b"\x01\0\x02\0\x03\0\x04\0\x05\0", Err(DecodeError::Binary)),
        ];
        for (bytes, want) in cases {
            let got = decode(bytes).map(|d| (d.text, d.warning.is_some()));
            let want = want.clone().map(|(t, w)| (t.to_string(), w));
            assert_eq!(got, want, "{bytes:?}");
        }
    }
}

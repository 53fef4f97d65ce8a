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
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let text = text.into_owned();
        if text.trim().is_empty() {
            return Err(DecodeError::Empty);
        }
        if looks_binary(text.as_bytes()) {
            return Err(DecodeError::Binary);
        }
        let warning = had_errors.then(|| format!("invalid {} sequences replaced with U+FFFD", enc.name()));
        return Ok(Decoded { text, warning });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            warning: None,
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

/// NUL bytes, or many control characters, mean the file is not text. (UTF-16 without a BOM is
/// also refused here: it cannot be told from binary data reliably.)
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
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
        ];
        for (bytes, want) in cases {
            let got = decode(bytes).map(|d| (d.text, d.warning.is_some()));
            let want = want.clone().map(|(t, w)| (t.to_string(), w));
            assert_eq!(got, want, "{bytes:?}");
        }
    }
}

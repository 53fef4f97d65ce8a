//! One file's bytes to sources: decode, detect the format by content and extension, extract.

use super::layout::{self, Meta};
use super::{Format, Source, decode, feed, html, json, markdown};

/// What reading one file gave: its sources, warnings (loaded with a caveat), and problems with
/// parts of it (an unusable item of an array).
#[derive(Debug, Default)]
pub(crate) struct Read {
    pub sources: Vec<Source>,
    pub warnings: Vec<String>,
}

/// The format, from the content first (it cannot lie), then the extension.
pub(crate) fn detect(text: &str, ext: &str) -> Format {
    let head: String = text.trim_start().chars().take(1024).collect();
    let lower = head.to_lowercase();
    let ext = ext.to_lowercase();
    if lower.starts_with('{') || lower.starts_with('[') {
        if lower.contains("jsonfeed.org/version") {
            return Format::Feed;
        }
        return Format::Json;
    }
    if lower.starts_with("<?xml") || lower.starts_with("<rss") || lower.starts_with("<feed") {
        if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") {
            return Format::Feed;
        }
        if lower.contains("<html") {
            return Format::Html;
        }
    }
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Format::Html;
    }
    match ext.as_str() {
        "json" => Format::Json,
        "rss" | "atom" | "xml" => Format::Feed,
        "html" | "htm" | "xhtml" => Format::Html,
        "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
        _ if markdown::has_front_matter(text) => Format::Markdown,
        _ if lower.starts_with('<') && html::looks_like_html(&lower) => Format::Html,
        _ => Format::Text,
    }
}

/// Text with the stated title as its first line (unless it already starts with it), so the
/// headline is part of the text and has a span like any other line.
fn with_title(title: Option<&str>, body: &str) -> String {
    match title {
        Some(t) if !body.trim_start().starts_with(t.trim()) => format!("{}\n\n{body}", t.trim()),
        _ => body.to_string(),
    }
}

/// Control characters other than line breaks and tabs become spaces, as many as they had bytes (so
/// spans still map to the file): a NUL or an escape sequence in an article must not reach a
/// terminal, where it would redraw the screen instead of being read.
fn without_controls(s: String) -> String {
    if !s.chars().any(is_stray_control) {
        return s;
    }
    s.chars()
        .map(|c| {
            if is_stray_control(c) {
                " ".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

pub(crate) fn build(id: String, path: &str, format: Format, text: String, known: &Meta) -> Source {
    let text = without_controls(text);
    let clean = |s: &Option<String>| s.clone().map(without_controls);
    let known = &Meta {
        title: clean(&known.title),
        outlet: clean(&known.outlet),
        url: clean(&known.url),
        ..known.clone()
    };
    let l = layout::analyse(&text, known);
    Source {
        id,
        path: path.to_string(),
        format,
        title: l.meta.title,
        outlet: l.meta.outlet,
        published: l.meta.published,
        url: l.meta.url,
        text,
        headline: l.headline,
        body: l.body,
    }
}

/// The UTF-8 byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Read one file's bytes. `Err` is the reason the whole file is skipped.
pub(crate) fn read(bytes: &[u8], path: &str, stem: &str, ext: &str) -> Result<Read, String> {
    let decoded = decode::decode(bytes).map_err(|e| e.to_string())?;
    let mut out = Read::default();
    out.warnings.extend(decoded.warning);
    let text = decoded.text;
    let format = detect(&text, ext);
    match format {
        Format::Text => {
            // Plain text's spans are the file's byte offsets: a UTF-8 byte-order mark, which
            // decoding drops, stands in the text as three spaces, so nothing after it moves.
            let text = if bytes.starts_with(UTF8_BOM) {
                format!("   {text}")
            } else {
                text
            };
            out.sources
                .push(build(stem.to_string(), path, format, text, &Meta::default()));
        }
        Format::Markdown => {
            let (meta, body) = markdown::front_matter(&text)?;
            let (body, h1) = markdown::to_text(body);
            let meta = Meta {
                title: meta.title.or(h1),
                ..meta
            };
            if body.trim().is_empty() {
                return Err("Markdown has no text".into());
            }
            let text = with_title(meta.title.as_deref(), &body);
            out.sources
                .push(build(stem.to_string(), path, format, text, &meta));
        }
        Format::Html => {
            let (body, meta) = html::page(&text)?;
            let text = with_title(meta.title.as_deref(), &body);
            out.sources
                .push(build(stem.to_string(), path, format, text, &meta));
        }
        Format::Json => {
            let repaired = json::without_lone_surrogates(&text);
            if repaired.is_some() {
                out.warnings
                    .push("lone UTF-16 surrogate escapes in JSON read as U+FFFD".into());
            }
            let (items, skipped) = json::parse(repaired.as_deref().unwrap_or(&text))?;
            out.warnings.extend(skipped.line());
            for (idx, it) in items {
                let id = idx.map_or_else(|| stem.to_string(), |i| format!("{stem}-{i}"));
                let text = with_title(it.meta.title.as_deref(), &it.text);
                out.sources.push(build(id, path, format, text, &it.meta));
            }
        }
        Format::Feed => {
            let (items, skipped) = feed::parse(bytes, &text)?;
            out.warnings.extend(skipped.line());
            for (idx, it) in items {
                let text = with_title(it.meta.title.as_deref(), &it.text);
                let id = format!("{stem}-{}", idx.unwrap_or(1));
                out.sources.push(build(id, path, format, text, &it.meta));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_bom_keeps_plain_text_the_files_length_and_offsets() {
        let file = "\u{feff}Storm hits Tromsø\n\nThe storm reached Tromsø on Monday.\n";
        let r = read(file.as_bytes(), "a.txt", "a", "txt").expect("reads");
        let text = &r.sources[0].text;
        assert_eq!(text.len(), file.len());
        assert_eq!(&text[3..], &file[3..]);
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    }

    #[test]
    fn format_detection() {
        let cases: &[(&str, &str, Format)] = &[
            ("Plain headline\nBody.", "txt", Format::Text),
            ("Plain headline\nBody.", "", Format::Text),
            ("{\"text\": \"x\"}", "txt", Format::Json),
            ("  [ {} ]", "", Format::Json),
            (
                "{\"version\": \"https://jsonfeed.org/version/1.1\"}",
                "json",
                Format::Feed,
            ),
            ("<?xml version=\"1.0\"?><rss version=\"2.0\">", "", Format::Feed),
            (
                "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "xml",
                Format::Feed,
            ),
            ("<!DOCTYPE html><html><p>x</p>", "txt", Format::Html),
            ("<p>fragment</p>", "", Format::Html),
            ("<p>fragment</p>", "htm", Format::Html),
            ("---\ntitle: x\n---\nBody", "", Format::Markdown),
            ("# Heading\n\nBody", "md", Format::Markdown),
            ("Not json", "json", Format::Json),
            ("a < b", "", Format::Text),
        ];
        for (text, ext, want) in cases {
            assert_eq!(detect(text, ext), *want, "{text:?} .{ext}");
        }
    }
}

//! RSS 2.0 and Atom (and JSON Feed) via feed-rs: each item one source, HTML in items reduced to text.
//! feed-rs drops a localised `pubDate` ("mer, 14 gen 2026 …"), so the raw date elements are read
//! too and run through our own date parser.

use super::html;
use super::json::{Item, Items, Skipped};
use super::layout::Meta;
use super::shape::{self, MAX_ITEMS, Markup};
use crate::dates;

/// Each usable item with its 1-based position in the feed, and the items skipped.
///
/// `bytes` are the file as it is: feed-rs reads the encoding from the XML declaration (or a
/// byte-order mark) itself, so it must not be handed text already decoded, which it would decode a
/// second time ("CittÃ"). `text` is the same file as Parallax decoded it, for the limits and the
/// raw dates; it is also what feed-rs reads when the bytes are not what they declare (undeclared
/// Windows-1252, which Parallax detected).
pub(crate) fn parse(bytes: &[u8], text: &str) -> Result<Items, String> {
    let json = text.trim_start().starts_with('{');
    check_limits(text, json)?;
    let feed = read_feed(bytes, text, json)?;
    if feed.entries.is_empty() {
        return Err("feed has no items".into());
    }
    let raw_dates = if json { Vec::new() } else { raw_item_dates(text) };
    let outlet = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let mut items = Vec::new();
    let mut skipped = Skipped::default();
    for (i, e) in feed.entries.iter().enumerate() {
        let raw_date = raw_dates.get(i).and_then(|d| d.as_deref());
        match entry_item(e, raw_date, outlet.as_ref()) {
            Ok(item) => items.push((Some(i + 1), item)),
            Err(why) => skipped.push(format!("item {}: {why}", i + 1)),
        }
    }
    if items.is_empty() {
        return Err(match skipped.examples.first() {
            Some(why) if !why.ends_with("no title and no text") => {
                format!("feed has no items with text ({why})")
            }
            _ => "feed has no items with text".into(),
        });
    }
    Ok((items, skipped))
}

/// The limits, checked before feed-rs reads the file: the items of a JSON feed, the shape of XML.
fn check_limits(text: &str, json: bool) -> Result<(), String> {
    if json {
        let n = json_feed_items(text);
        if n > MAX_ITEMS {
            return Err(format!(
                "feed has more than {MAX_ITEMS} items (the limit); not read"
            ));
        }
    } else {
        shape::check(text, Markup::Xml)?;
    }
    Ok(())
}

/// The feed as feed-rs reads it; an XML feed it cannot read as it is gets a second try as the
/// decoded text declared as UTF-8 (the error shown is the first one).
fn read_feed(bytes: &[u8], text: &str, json: bool) -> Result<feed_rs::model::Feed, String> {
    match feed_rs::parser::parse(&*for_feed_rs(bytes, text)) {
        Ok(feed) => Ok(feed),
        Err(first) if !json => {
            let utf8 = without_later_declarations(as_utf8_declared(text).into_owned().into_bytes());
            feed_rs::parser::parse(&*utf8).map_err(|_| format!("malformed feed: {first}"))
        }
        Err(e) => Err(format!("malformed feed: {e}")),
    }
}

/// One entry as a source: its text and title reduced from HTML, its date from `raw_date` (the
/// item's own date element) when we read it, its outlet the entry's source or else the feed's
/// `outlet`. `Err` is why the entry is skipped.
fn entry_item(
    e: &feed_rs::model::Entry,
    raw_date: Option<&str>,
    outlet: Option<&String>,
) -> Result<Item, String> {
    let body = e
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
        .unwrap_or_default();
    let body = if html::looks_like_html(&body) {
        html::fragment(&body)
    } else {
        Ok(body
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"))
    };
    let title = e.title.as_ref().map(|t| html::fragment(&t.content)).transpose();
    let (body, title) = match (body, title) {
        (Ok(body), Ok(title)) => (body, title.filter(|t| !t.is_empty())),
        (Err(why), _) | (_, Err(why)) => return Err(why),
    };
    if body.trim().is_empty() && title.is_none() {
        return Err("no title and no text".into());
    }
    // The date as the item states it, in its own time zone ("Wed, 14 Jan 2026 08:30 +0900" is
    // the 14th where it was written); feed-rs's own reading, moved to UTC, only when the raw
    // text is not a date we read.
    let published = raw_date
        .and_then(dates::parse_date_line)
        .or_else(|| e.published.or(e.updated).map(|d| d.date_naive()));
    let meta = Meta {
        title,
        outlet: e
            .source
            .clone()
            .filter(|s| !s.trim().is_empty())
            .or_else(|| outlet.cloned()),
        published,
        url: e.links.first().map(|l| l.href.clone()),
    };
    Ok(Item { text: body, meta })
}

/// The bytes to give feed-rs: the file's own, unless its XML reader (quick-xml 0.42) would panic on
/// them. It switches to a declared encoding only while it still holds the first 64 bytes, and
/// asserts so: a declaration that ends later (a `standalone` attribute and some space will do),
/// or a second `<?xml …?>` further on, declaring another encoding, panics. A long declaration
/// gives the decoded text declared as UTF-8 instead (the same characters); a later declaration is
/// renamed to an ordinary processing instruction (`<?xmm`), which is ignored.
fn for_feed_rs<'a>(bytes: &'a [u8], text: &str) -> std::borrow::Cow<'a, [u8]> {
    /// The end of a declaration quick-xml still reads within its first 64 bytes, with a margin.
    const DECLARATION_END: usize = 56;
    let bom = if bytes.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
    let body = &bytes[bom..];
    let long_declaration = body.starts_with(b"<?xml")
        && memchr::memmem::find(body, b"?>").is_none_or(|end| end + 2 > DECLARATION_END);
    let later = memchr::memmem::find_iter(body, b"<?xml").any(|at| at > 0);
    match (long_declaration, later) {
        (false, false) => bytes.into(),
        (true, _) => without_later_declarations(as_utf8_declared(text).into_owned().into_bytes()).into(),
        (false, true) => without_later_declarations(bytes.to_vec()).into(),
    }
}

/// Every `<?xml` but one at the very start (after a byte-order mark) renamed `<?xmm`.
fn without_later_declarations(mut bytes: Vec<u8>) -> Vec<u8> {
    let start = if bytes.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
    let later: Vec<usize> = memchr::memmem::find_iter(&bytes, b"<?xml")
        .filter(|&at| at > start)
        .collect();
    for at in later {
        bytes[at + 4] = b'm';
    }
    bytes
}

/// The decoded text with its XML declaration saying UTF-8, which it now is.
fn as_utf8_declared(text: &str) -> std::borrow::Cow<'_, str> {
    let t = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !t.starts_with("<?xml") {
        return t.into();
    }
    let Some(end) = t.find("?>") else {
        return t.into();
    };
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"{}", &t[end..]).into()
}

/// How many items a JSON Feed holds, counted without reading them.
fn json_feed_items(text: &str) -> usize {
    use serde::de::{Deserializer, IgnoredAny, SeqAccess, Visitor};

    struct Count(usize);
    impl<'de> serde::Deserialize<'de> for Count {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Count, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Count;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("anything")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
                    let mut n = 0;
                    while seq.next_element::<IgnoredAny>()?.is_some() {
                        n += 1;
                    }
                    Ok(Count(n))
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Count, A::Error> {
                    IgnoredAny.visit_map(map).map(|_| Count(0))
                }
                fn visit_str<E>(self, _: &str) -> Result<Count, E> {
                    Ok(Count(0))
                }
                fn visit_bool<E>(self, _: bool) -> Result<Count, E> {
                    Ok(Count(0))
                }
                fn visit_i64<E>(self, _: i64) -> Result<Count, E> {
                    Ok(Count(0))
                }
                fn visit_u64<E>(self, _: u64) -> Result<Count, E> {
                    Ok(Count(0))
                }
                fn visit_f64<E>(self, _: f64) -> Result<Count, E> {
                    Ok(Count(0))
                }
                fn visit_unit<E>(self) -> Result<Count, E> {
                    Ok(Count(0))
                }
            }
            d.deserialize_any(V)
        }
    }
    #[derive(serde::Deserialize)]
    struct Feed {
        items: Option<Count>,
    }
    serde_json::from_str::<Feed>(text)
        .ok()
        .and_then(|f| f.items)
        .map_or(0, |c| c.0)
}

/// The first date element of each `<item>` / `<entry>`, in document order, as raw text.
fn raw_item_dates(xml: &str) -> Vec<Option<String>> {
    let mut out = Vec::new();
    let starts: Vec<usize> = ["<item", "<entry"]
        .iter()
        .flat_map(|tag| {
            xml.match_indices(tag)
                .filter(|(i, m)| xml[i + m.len()..].starts_with(|c: char| c == '>' || c.is_whitespace()))
                .map(|(i, _)| i)
        })
        .collect();
    let mut starts = starts;
    starts.sort_unstable();
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(xml.len());
        let chunk = &xml[s..end];
        let found = ["pubDate", "published", "updated", "dc:date"]
            .iter()
            .find_map(|t| {
                let open = format!("<{t}>");
                let close = format!("</{t}>");
                let a = chunk.find(&open)? + open.len();
                let b = chunk[a..].find(&close)? + a;
                Some(chunk[a..b].trim().to_string())
            });
        out.push(found);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Times</title><link>https://example.org</link>
<item><title>Port Talks Resume</title><link>https://example.org/a</link>
<pubDate>Mon, 03 Mar 2025 08:00:00 +0000</pubDate>
<description>&lt;p&gt;KOBE &amp;mdash; The ministers met.&lt;/p&gt;</description></item>
<item><title>Secondo articolo</title><pubDate>mer, 05 mar 2025 10:00:00 +0100</pubDate>
<description>Testo semplice.</description></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:x</id><updated>2025-03-04T00:00:00Z</updated>
<entry><title>Atom Item</title><id>urn:1</id><updated>2025-03-04T09:00:00Z</updated>
<link href="https://example.org/b"/><content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry>
</feed>"#;

    #[test]
    fn rss_items_with_localised_dates() {
        let (items, skipped) = parse(RSS.as_bytes(), RSS).expect("valid rss");
        let items: Vec<Item> = items.into_iter().map(|(_, it)| it).collect();
        assert_eq!((items.len(), skipped.count), (2, 0));
        assert_eq!(items[0].text, "KOBE — The ministers met.");
        assert_eq!(items[0].meta.title.as_deref(), Some("Port Talks Resume"));
        assert_eq!(items[0].meta.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(items[0].meta.published, NaiveDate::from_ymd_opt(2025, 3, 3));
        assert_eq!(items[1].meta.published, NaiveDate::from_ymd_opt(2025, 3, 5));
        assert_eq!(items[1].text, "Testo semplice.");
    }

    #[test]
    fn an_empty_item_is_named_and_the_others_keep_their_numbers() {
        let rss = RSS.replace(
            "<item><title>Port Talks Resume</title>",
            "<item><link>https://e.org/0</link></item><item><title>Port Talks Resume</title>",
        );
        let (items, skipped) = parse(rss.as_bytes(), &rss).expect("valid rss");
        assert_eq!(skipped.examples, ["item 1: no title and no text"]);
        let numbers: Vec<Option<usize>> = items.iter().map(|(i, _)| *i).collect();
        assert_eq!(numbers, [Some(2), Some(3)]);
    }

    /// Through the whole reading of a file, as `load` does: decode, detect, then the feed.
    fn read_feed(bytes: &[u8]) -> Vec<crate::Source> {
        super::super::read::read(bytes, "f.rss", "f", "rss")
            .expect("feed reads")
            .sources
    }

    #[test]
    fn a_latin1_feed_reads_as_latin1_once() {
        let mut rss = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Gazzetta</title>\n<item><title>La citt\xe0 di Nara</title><pubDate>Wed, 14 Jan 2026 08:30:00 +0900</pubDate>\n<description>Il sindaco della citt\xe0 ha parlato. Caff\xe8 per tutti.</description></item>".to_vec();
        rss.extend_from_slice(b"</channel></rss>");
        let sources = read_feed(&rss);
        assert_eq!(sources[0].title.as_deref(), Some("La città di Nara"));
        assert!(
            sources[0]
                .text
                .contains("Il sindaco della città ha parlato. Caffè per tutti."),
            "{}",
            sources[0].text
        );
        assert!(!sources[0].text.contains('Ã'));
        // Undeclared Windows-1252 (detected by Parallax, which feed-rs cannot do) reads too.
        assert_eq!(sources[0].published, NaiveDate::from_ymd_opt(2026, 1, 14));
        let after_declaration = rss.iter().position(|&b| b == b'\n').expect("two lines") + 1;
        let undeclared = &rss[after_declaration..];
        let sources = read_feed(undeclared);
        assert_eq!(sources[0].title.as_deref(), Some("La città di Nara"));
    }

    /// quick-xml 0.42 asserts that a declared encoding is set within the first 64 bytes; found by
    /// the fuzz runner (examples/fuzz.rs): a long declaration, or a second one later, panicked.
    #[test]
    fn declarations_quick_xml_would_panic_on_are_read() {
        let long = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"yes\"     ?>\n<rss version=\"2.0\"><channel><title>G</title><item><title>Citt\xe0</title><description>x</description></item></channel></rss>";
        assert_eq!(read_feed(long)[0].title.as_deref(), Some("Città"));
        let mut spaced = b"\n\n".to_vec();
        spaced.extend_from_slice(&long[..]);
        assert_eq!(read_feed(&spaced)[0].title.as_deref(), Some("Città"));
        let second = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>G</title><item><title>T</title><?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><description>Text.</description></item></channel></rss>";
        assert_eq!(read_feed(second)[0].title.as_deref(), Some("T"));
        let fuzzed = b"<?xml version=\">>>>>>>>>>>>>>>>>>>>>>>&a;>>>>>>>>>>>>>>>>>1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>G</title><item><title>T</title><description>x</description></item></channel></rss>";
        let _ = super::super::read::read(fuzzed, "f.rss", "f", "rss");
    }

    #[test]
    fn an_item_is_dated_where_it_was_written() {
        let feed = |date: &str| {
            format!(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>T</title><pubDate>{date}</pubDate><description>Text.</description></item></channel></rss>"
            )
        };
        let atom = |date: &str| {
            format!(
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title><id>x</id><updated>{date}</updated><entry><title>T</title><id>1</id><published>{date}</published><content>Text.</content></entry></feed>"
            )
        };
        let cases: &[(String, (i32, u32, u32))] = &[
            // 08:30 in Tokyo is 23:30 the day before in UTC: the item's date is the 14th.
            (feed("Wed, 14 Jan 2026 08:30:00 +0900"), (2026, 1, 14)),
            (feed("Tue, 13 Jan 2026 22:00:00 -0500"), (2026, 1, 13)),
            (atom("2026-01-14T08:30:00+09:00"), (2026, 1, 14)),
            (atom("2026-01-13T23:30:00Z"), (2026, 1, 13)),
        ];
        for (xml, (y, m, d)) in cases {
            let (items, _) = parse(xml.as_bytes(), xml).expect("valid feed");
            assert_eq!(
                items[0].1.meta.published,
                NaiveDate::from_ymd_opt(*y, *m, *d),
                "{xml}"
            );
        }
    }

    #[test]
    fn atom_and_bad_feeds() {
        let (items, _) = parse(ATOM.as_bytes(), ATOM).expect("valid atom");
        let items: Vec<Item> = items.into_iter().map(|(_, it)| it).collect();
        assert_eq!(items[0].text, "Body one.");
        assert_eq!(items[0].meta.url.as_deref(), Some("https://example.org/b"));
        assert_eq!(items[0].meta.published, NaiveDate::from_ymd_opt(2025, 3, 4));
        let bad: &[(&str, &str)] = &[
            ("<rss><channel><item><title>x</title>", "malformed feed"),
            (
                "<rss version=\"2.0\"><channel><title>x</title></channel></rss>",
                "feed has no items",
            ),
            ("not xml at all", "malformed feed"),
            (
                "<rss version=\"2.0\"><channel><title>x</title><item><link>https://e.org</link></item></channel></rss>",
                "feed has no items with text",
            ),
        ];
        for (input, want) in bad {
            let e = parse(input.as_bytes(), input).expect_err("bad feed");
            assert!(e.starts_with(want), "{input}: {e}");
        }
    }
}

//! Limits on the shape of markup, checked before a parser sees it, so that the work of reading a
//! file stays linear in its size: html5ever looks through its stack of open elements for every
//! tag and through an element's attributes for every attribute, so 200,000 nested `<div>`s or
//! 320,000 attributes on one `<p>` take minutes; a feed of millions of empty items costs a
//! kilobyte of memory per item. A file over a limit is skipped with one line naming the limit.
//!
//! The scan is a tokenizer's sketch, not a parser: it skips comments, declarations, CDATA and the
//! raw text of `<script>`/`<style>`, counts attributes per tag, and keeps a stack of open elements
//! in which a close tag pops back to its match. For HTML it leaves out what never nests (void
//! elements such as `<br>`, and `<p>`, `<li>`, `<td>`… which the next one of their kind closes),
//! so what it measures is close to the depth of the tree a browser would build.

/// Elements open at once (nesting depth). Real pages stay well under 100.
pub(crate) const MAX_DEPTH: usize = 256;
/// Attributes on one element. Real elements carry a handful; an SVG path a dozen.
pub(crate) const MAX_ATTRIBUTES: usize = 256;
/// Items (`<item>`, `<entry>`) in one feed; also articles read from one JSON array.
pub(crate) const MAX_ITEMS: usize = 10_000;
/// Nodes (elements and text runs) a parser would build from one HTML file or fragment, counting
/// the copies of formatting elements left open that HTML re-opens in every following block: 100
/// unclosed `<b id=…>` and then 500,000 `<p>t</p>` are 4 MB that build 50 million elements (8.7 GB).
/// A long article page has some tens of thousands.
pub(crate) const MAX_NODES: usize = 1_000_000;

/// Formatting elements: left open, HTML copies them into every block that follows.
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];
/// Elements that fence off the formatting elements opened before them (table cells and the like).
const MARKERS: &[&str] = &["td", "th", "caption", "template", "object", "applet", "marquee"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    Html,
    Xml,
}

/// Elements with no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
    "track", "wbr", "basefont", "bgsound", "frame", "image",
];
/// Elements closed by the next of their kind (or by a block) rather than nested in it.
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "p", "li", "dd", "dt", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt",
    "rp", "rtc", "colgroup", "caption",
];
/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// What the scan found, when the markup is within the limits.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    pub depth: usize,
    /// Nodes a parser would build (HTML): elements, text runs and re-opened formatting elements.
    pub nodes: usize,
    /// Start tags named `item` or `entry` (a feed's items).
    pub items: usize,
}

/// Check `text` against the limits; `Err` is the reason the file is not read.
pub(crate) fn check(text: &str, markup: Markup) -> Result<Shape, String> {
    let b = text.as_bytes();
    let mut scan = Scan {
        markup,
        html: markup == Markup::Html,
        shape: Shape::default(),
        stack: Vec::new(),
        foreign: 0,
        formatting: Vec::new(),
    };
    let mut i = 0;
    loop {
        let off = memchr::memchr(b'<', &b[i..]);
        scan.text_run(&b[i..off.map_or(b.len(), |o| i + o)])?;
        let Some(off) = off else { break };
        i += off + 1;
        let Some(&c) = b.get(i) else { break };
        if c == b'!' || c == b'?' {
            i = declaration_end(b, i);
            continue;
        }
        let closing = c == b'/';
        let start = if closing { i + 1 } else { i };
        if !b.get(start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = b[start..]
            .iter()
            .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
            .map_or(b.len(), |e| start + e);
        let name = &b[start..name_end];
        let (end, attributes, self_closed) = tag_end(b, name_end);
        i = end;
        if attributes > MAX_ATTRIBUTES {
            return Err(format!(
                "an element with more than {MAX_ATTRIBUTES} attributes (the limit); not read"
            ));
        }
        if scan.html {
            scan.count_nodes(name, closing)?;
        }
        if closing {
            scan.close(name);
        } else if scan.html && RAW_TEXT.iter().any(|n| name.eq_ignore_ascii_case(n.as_bytes())) {
            i = raw_text_end(b, i, name);
        } else {
            scan.open(name, self_closed)?;
        }
    }
    Ok(scan.shape)
}

/// The state of the scan of one text, borrowing the element names from it.
struct Scan<'a> {
    markup: Markup,
    html: bool,
    shape: Shape,
    /// The elements open at this point.
    stack: Vec<&'a [u8]>,
    /// Depth of `<svg>`/`<math>` in the stack: inside them `<x/>` closes itself, as in XML.
    foreign: usize,
    /// The formatting elements HTML keeps open across blocks (`None`: a marker, from a table cell).
    formatting: Vec<Option<&'a [u8]>>,
}

impl<'a> Scan<'a> {
    /// A text run: a node (HTML), and the formatting elements re-opened around it.
    fn text_run(&mut self, text: &[u8]) -> Result<(), String> {
        if self.html && text.iter().any(|c| !c.is_ascii_whitespace()) {
            self.shape.nodes += 1 + reopened(&self.formatting);
            if self.shape.nodes > MAX_NODES {
                return Err(too_many_nodes());
            }
        }
        Ok(())
    }

    /// Count the nodes an HTML tag builds, keeping the list of open formatting elements: a start
    /// tag is a node, and one that is not itself formatting re-opens those left open before it.
    fn count_nodes(&mut self, name: &'a [u8], closing: bool) -> Result<(), String> {
        let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
        let formatting_tag = FORMATTING.iter().any(|n| is(n));
        let marker_tag = MARKERS.iter().any(|n| is(n));
        let formatting = &mut self.formatting;
        if closing {
            if formatting_tag {
                if let Some(at) = formatting
                    .iter()
                    .rposition(|f| f.is_some_and(|f| f.eq_ignore_ascii_case(name)))
                {
                    formatting.remove(at);
                }
            } else if marker_tag || is("tr") || is("table") {
                to_marker(formatting);
            }
            return Ok(());
        }
        self.shape.nodes += 1;
        if is("tr") || is("table") || is("td") || is("th") {
            // A new row or cell closes the cell before it.
            to_marker(formatting);
        }
        if formatting_tag {
            formatting.push(Some(name));
        } else {
            self.shape.nodes += reopened(formatting);
        }
        if marker_tag {
            formatting.push(None);
        }
        if self.shape.nodes > MAX_NODES {
            return Err(too_many_nodes());
        }
        Ok(())
    }

    /// A close tag pops the stack back to its match (a stray one changes nothing).
    fn close(&mut self, name: &[u8]) {
        if let Some(at) = self
            .stack
            .iter()
            .rposition(|open| open.eq_ignore_ascii_case(name))
        {
            let popped = self.stack[at..]
                .iter()
                .filter(|n| n.eq_ignore_ascii_case(b"svg") || n.eq_ignore_ascii_case(b"math"))
                .count();
            self.foreign = self.foreign.saturating_sub(popped);
            self.stack.truncate(at);
        }
    }

    /// A start tag (not of raw text): counted if it is a feed's item, pushed unless it closes
    /// itself.
    fn open(&mut self, name: &'a [u8], self_closed: bool) -> Result<(), String> {
        let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
        if is("item") || is("entry") {
            self.shape.items += 1;
            if self.markup == Markup::Xml && self.shape.items > MAX_ITEMS {
                return Err(format!(
                    "feed has more than {MAX_ITEMS} items (the limit); not read"
                ));
            }
        }
        let closes_itself = if self.html {
            VOID.iter().any(|n| is(n))
                || SELF_CLOSING_SIBLINGS.iter().any(|n| is(n))
                || (self_closed && self.foreign > 0)
        } else {
            self_closed
        };
        if closes_itself {
            return Ok(());
        }
        if self.html && (is("svg") || is("math")) {
            self.foreign += 1;
        }
        self.stack.push(name);
        self.shape.depth = self.shape.depth.max(self.stack.len());
        if self.stack.len() > MAX_DEPTH {
            return Err(format!(
                "elements nested more than {MAX_DEPTH} deep (the limit); not read"
            ));
        }
        Ok(())
    }
}

/// From just after a `<` followed by `!` or `?` (at `i`): the offset after the comment, CDATA
/// section, declaration or processing instruction (or the end of the text).
fn declaration_end(b: &[u8], i: usize) -> usize {
    if b[i..].starts_with(b"!--") {
        find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3)
    } else if b[i..].starts_with(b"![CDATA[") {
        find(b, i + 8, b"]]>").map_or(b.len(), |e| e + 3)
    } else {
        memchr::memchr(b'>', &b[i..]).map_or(b.len(), |e| i + e + 1)
    }
}

/// Formatting elements HTML would re-open at this point: those since the last marker.
fn reopened(formatting: &[Option<&[u8]>]) -> usize {
    formatting.iter().rev().take_while(|f| f.is_some()).count()
}

/// Close a table cell (or row): the formatting elements opened in it, and its marker, are gone.
fn to_marker(formatting: &mut Vec<Option<&[u8]>>) {
    if let Some(at) = formatting.iter().rposition(Option::is_none) {
        formatting.truncate(at);
    }
}

fn too_many_nodes() -> String {
    format!(
        "more than {MAX_NODES} elements and text runs to build (the limit, counting formatting elements left open, which HTML copies into every block after them); not read"
    )
}

/// The first occurrence of `needle` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|e| from + e)
}

/// From just after a tag's name: the offset after its `>`, its number of attributes, and whether
/// it ends with `/>`.
fn tag_end(b: &[u8], mut i: usize) -> (usize, usize, bool) {
    let mut attributes = 0;
    loop {
        while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        match b.get(i) {
            None => return (b.len(), attributes, false),
            Some(b'>') => return (i + 1, attributes, i > 0 && b[i - 1] == b'/'),
            Some(b'/') => {
                i += 1;
                continue;
            }
            Some(_) => {}
        }
        // An attribute name, then perhaps `= value`.
        attributes += 1;
        i += 1;
        while b
            .get(i)
            .is_some_and(|&c| !(c.is_ascii_whitespace() || matches!(c, b'=' | b'>' | b'/')))
        {
            i += 1;
        }
        while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                i = memchr::memchr(q, &b[i + 1..]).map_or(b.len(), |e| i + 1 + e + 1);
            }
            _ => {
                while b.get(i).is_some_and(|&c| !(c.is_ascii_whitespace() || c == b'>')) {
                    i += 1;
                }
            }
        }
    }
}

/// The offset after `</name …>` closing a raw-text element (or the end of the text).
fn raw_text_end(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(off) = memchr::memmem::find(&b[i..], b"</") {
        let at = i + off + 2;
        let after = at + name.len();
        if b.get(at..after).is_some_and(|n| n.eq_ignore_ascii_case(name))
            && b.get(after)
                .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'>' | b'/'))
        {
            return memchr::memchr(b'>', &b[after..]).map_or(b.len(), |e| after + e + 1);
        }
        i = at;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(html: &str) -> usize {
        check(html, Markup::Html).expect("within limits").depth
    }

    #[test]
    fn depth_as_a_browser_nests() {
        let cases: &[(&str, usize)] = &[
            ("<html><body><div><p>x</p></div></body></html>", 3),
            // Paragraphs, list items and cells close each other; void elements hold nothing.
            ("<p>a<p>b<p>c<br><img src=x><hr>", 0),
            ("<ul><li>a<li>b<li><ul><li>c</ul></ul>", 2),
            ("<table><tr><td>a<td>b<tr><td>c</table>", 1),
            // A close tag pops back to its match; a stray one changes nothing.
            ("<div><span><b>x</div></i></i><div>", 3),
            // Comments, CDATA, declarations and script text are not markup.
            (
                "<!-- <div><div> --><![CDATA[<div>]]><!doctype html><?pi <div>?>",
                0,
            ),
            ("<script>if (a<b) { '<div><div>' }</script ><div>", 1),
            ("<svg><path d='M0'/><g/></svg><div/>", 1),
            ("a < b and c<d", 1),
            ("<div title='a > b' data-x=\"<div>\">x</div>", 1),
        ];
        for (html, want) in cases {
            assert_eq!(depth(html), *want, "{html}");
        }
    }

    #[test]
    fn limits() {
        let deep = "<div>".repeat(MAX_DEPTH) + &"</div>".repeat(MAX_DEPTH);
        assert_eq!(depth(&deep), MAX_DEPTH);
        let deeper = "<div>".repeat(MAX_DEPTH + 1);
        let e = check(&deeper, Markup::Html).expect_err("too deep");
        assert!(e.contains("nested more than 256"), "{e}");
        // `<div/>` opens a div in HTML.
        assert!(check(&"<div/>".repeat(MAX_DEPTH + 1), Markup::Html).is_err());
        assert!(check(&"<x/>".repeat(MAX_DEPTH + 1), Markup::Xml).is_ok());
        let attrs = |n: usize| {
            format!(
                "<p {}>x</p>",
                (0..n)
                    .map(|i| format!("a{i}=\"v\""))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        };
        assert!(check(&attrs(MAX_ATTRIBUTES), Markup::Html).is_ok());
        let e = check(&attrs(MAX_ATTRIBUTES + 1), Markup::Html).expect_err("too many");
        assert!(e.contains("more than 256 attributes"), "{e}");
        let items = |n: usize| format!("<rss><channel>{}</channel></rss>", "<item></item>".repeat(n));
        assert_eq!(check(&items(3), Markup::Xml).map(|s| s.items), Ok(3));
        assert!(check(&items(MAX_ITEMS + 1), Markup::Xml).is_err());
    }

    #[test]
    fn formatting_left_open_counts_in_every_block_after_it() {
        let nodes = |html: &str| check(html, Markup::Html).map(|s| s.nodes);
        // <p>, <b>, text (+1 open b), <p> (+1 re-opened b), text (+1): 8. An open formatting
        // element counts too: the scan does not tell open from re-opened.
        assert_eq!(nodes("<p><b>x</p><p>y"), Ok(8));
        // Closed formatting is not re-opened; a table cell fences off what was opened in it.
        assert_eq!(nodes("<p><b>x</b></p><p>y"), Ok(6));
        assert_eq!(nodes("<table><tr><td><b>x</td><td>y</table><p>z"), Ok(10));
        let bomb: String = (0..100)
            .map(|i| format!("<p><b id={i}>x</p>"))
            .collect::<String>()
            + &"<p>t</p>".repeat(10_000);
        let e = check(&bomb, Markup::Html).expect_err("a formatting bomb");
        assert!(e.contains("more than 1000000 elements"), "{e}");
        // Millions of plain elements are over the limit too.
        assert!(check(&"<p>".repeat(MAX_NODES + 1), Markup::Html).is_err());
        assert!(check(&"<p/>".repeat(MAX_NODES + 1), Markup::Xml).is_ok());
    }

    #[test]
    fn unfinished_markup_ends_the_scan() {
        for s in [
            "<",
            "<div",
            "<div a='",
            "<!--",
            "<![CDATA[",
            "<script>",
            "</",
            "<a b=>",
        ] {
            assert!(check(s, Markup::Html).is_ok(), "{s}");
            assert!(check(s, Markup::Xml).is_ok(), "{s}");
        }
    }
}

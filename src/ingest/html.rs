//! HTML pages and fragments: the article's readable text (no scripts, styles, navigation, footers,
//! asides, forms) and the title, date, site name and URL from meta tags.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

use super::layout::Meta;
use super::shape::{self, Markup};
use crate::dates;

mod furniture;

use furniture::{LINK_BLOCKS, furniture_label, is_furniture, link_stats, mostly_links};

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "template",
    "select", "figure", "head", "title", "menu", "dialog", "object", "canvas",
];
/// Elements that start a new line of text.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "br",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "dl",
    "table",
    "hr",
    "header",
    "figcaption",
    "address",
    "details",
    "summary",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector is valid")
}

/// The readable text of a page (paragraphs separated by blank lines) and what its meta tags state.
pub(crate) fn page(html: &str) -> Result<(String, Meta), String> {
    shape::check(html, Markup::Html)?;
    let doc = Html::parse_document(html);
    let meta = page_meta(&doc);
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .find_map(|s| doc.select(&sel(s)).next())
        .unwrap_or_else(|| doc.root_element());
    let in_body = root.value().name() == "body" || root.value().name() == "html";
    let mut blocks = blocks(root, in_body);
    blocks.retain(|b| !furniture_label(b));
    if blocks.is_empty() {
        // Unknown layout: let html2text lay the whole page out.
        let text = html2text::config::plain_no_decorate()
            .string_from_read(html.as_bytes(), 100_000)
            .unwrap_or_default();
        blocks = text
            .split("\n\n")
            .map(|b| b.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|b| !b.is_empty())
            .collect();
    }
    if blocks.is_empty() {
        return Err("malformed HTML: no readable text".into());
    }
    Ok((blocks.join("\n\n"), meta))
}

/// The text of an HTML fragment (a feed item's description, a JSON body); `Err` when it is over a
/// limit of [`shape`].
pub(crate) fn fragment(html: &str) -> Result<String, String> {
    shape::check(html, Markup::Html)?;
    let doc = Html::parse_fragment(html);
    Ok(blocks(doc.root_element(), false).join("\n\n"))
}

/// Does this string look like HTML rather than plain text?
pub(crate) fn looks_like_html(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    ["<p", "<div", "<br", "</", "<a ", "<img", "<span", "<li"]
        .iter()
        .any(|t| l.contains(t))
}

/// Text blocks under `root`, walked without recursion so deep nesting cannot overflow the stack.
/// `page_header`: skip `<header>` (the site's banner) when reading a whole body. Page furniture
/// (see [`is_furniture`] and [`mostly_links`]) under `root` is left out.
fn blocks(root: ElementRef<'_>, page_header: bool) -> Vec<String> {
    let stats = link_stats(root);
    let all_text = stats.get(&root.id()).map_or(0, |s| s.0);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        let b = cur.split_whitespace().collect::<Vec<_>>().join(" ");
        if !b.is_empty() {
            out.push(b);
        }
        cur.clear();
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(e) => {
                        let name = e.name();
                        let hidden = e.attr("hidden").is_some()
                            || e.attr("aria-hidden") == Some("true")
                            || e.attr("role") == Some("navigation");
                        let own = stats.get(&node.id()).copied().unwrap_or_default();
                        // A mark on what holds most of the text ("story-body sharing-enabled")
                        // is not furniture: the story is.
                        let furniture = node.id() != root.id()
                            && ((is_furniture(e) && own.0 * 2 <= all_text)
                                || (LINK_BLOCKS.contains(&name) && mostly_links(own)));
                        if SKIP.contains(&name) || hidden || furniture || (page_header && name == "header") {
                            skipping = Some(node.id());
                        } else if BLOCK.contains(&name) {
                            flush(&mut cur, &mut out);
                            if name == "li" {
                                cur.push_str("- ");
                            }
                        }
                    }
                    Node::Text(t) => cur.push_str(t),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    cur.push(' ');
                } else if skipping.is_none()
                    && let Node::Element(e) = node.value()
                {
                    if BLOCK.contains(&e.name()) {
                        flush(&mut cur, &mut out);
                    } else {
                        // Inline elements next to each other still separate words.
                        if matches!(e.name(), "td" | "th" | "img") {
                            cur.push(' ');
                        }
                    }
                }
            }
        }
    }
    flush(&mut cur, &mut out);
    out.retain(|b| b != "-");
    out
}

/// A key anywhere in JSON-LD (objects, arrays, `@graph`), searched to a bounded depth.
fn ld_find<'a>(v: &'a serde_json::Value, key: &str, depth: usize) -> Option<&'a serde_json::Value> {
    use serde_json::Value;
    if depth > 6 {
        return None;
    }
    match v {
        Value::Object(o) => o
            .get(key)
            .or_else(|| o.values().find_map(|c| ld_find(c, key, depth + 1))),
        Value::Array(a) => a.iter().find_map(|c| ld_find(c, key, depth + 1)),
        _ => None,
    }
}

fn ld_string(v: &serde_json::Value) -> Option<String> {
    let s = match v {
        serde_json::Value::String(s) => s.as_str(),
        serde_json::Value::Object(o) => o.get("name")?.as_str()?,
        serde_json::Value::Array(a) => return a.iter().find_map(ld_string),
        _ => return None,
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// Largest JSON-LD block read for metadata, in bytes.
const MAX_LD_JSON: usize = 1 << 20;

fn page_meta(doc: &Html) -> Meta {
    let meta_content = |sels: &[&str]| -> Option<String> {
        sels.iter().find_map(|s| {
            doc.select(&sel(s)).find_map(|e| {
                let v = e
                    .attr("content")
                    .or_else(|| e.attr("datetime"))
                    .or_else(|| e.attr("href"))
                    .map(str::to_string)
                    .unwrap_or_else(|| e.text().collect::<String>());
                let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
                (!v.is_empty()).then_some(v)
            })
        })
    };
    // Structured data (schema.org NewsArticle) as many news pages carry it.
    let ld: Vec<serde_json::Value> = doc
        .select(&sel("script[type='application/ld+json']"))
        .map(|e| e.text().collect::<String>())
        // Metadata is a few kilobytes; a megabyte of it is data, not worth its memory as a tree.
        .filter(|t| t.len() <= MAX_LD_JSON)
        .filter_map(|t| serde_json::from_str(&t).ok())
        .collect();
    let ld_get = |key: &str| ld.iter().find_map(|v| ld_find(v, key, 0)).and_then(ld_string);

    let h1 = meta_content(&["article h1", "h1"]);
    let title = meta_content(&["meta[property='og:title']", "meta[name='twitter:title']"])
        .or_else(|| ld_get("headline"))
        .map(|t| match &h1 {
            // "Port Talks | Harbour Times": the page's own h1 is the headline without the site.
            Some(h) if t.len() > h.len() && t.starts_with(h.as_str()) => h.clone(),
            _ => t,
        })
        .or_else(|| h1.clone())
        .or_else(|| meta_content(&["title"]));
    let date_of = |sels: &[&str]| {
        sels.iter()
            .find_map(|s| meta_content(&[s]).and_then(|v| dates::parse_date_line(&v)))
    };
    let published = date_of(&[
        "meta[property='article:published_time']",
        "meta[name='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='date']",
        "meta[name='pubdate']",
        "meta[name='publish-date']",
        "meta[name='dc.date']",
        "meta[name='DC.date.issued']",
    ])
    .or_else(|| ld_get("datePublished").and_then(|d| dates::parse_date_line(&d)))
    .or_else(|| date_of(&["article time[datetime]", "time[datetime]"]));
    let outlet = meta_content(&["meta[property='og:site_name']"])
        .or_else(|| {
            ld.iter()
                .find_map(|v| ld_find(v, "publisher", 0))
                .and_then(ld_string)
        })
        .or_else(|| meta_content(&["meta[name='application-name']", "meta[name='publisher']"]));
    let url = meta_content(&["link[rel='canonical']", "meta[property='og:url']"]);
    Meta {
        title,
        outlet,
        published,
        url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const PAGE: &str = r#"<!doctype html><html><head>
<meta charset="utf-8"><title>Port talks | Harbour Times</title>
<meta property="og:title" content="Port Talks Resume">
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2025-03-03T08:00:00+09:00">
<link rel="canonical" href="https://example.org/port-talks">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head><body>
<header><a href="/">Home</a> | <a href="/world">World</a></header>
<nav><ul><li>Politics</li><li>Business</li></ul></nav>
<article><h1>Port Talks Resume</h1>
<p>The two ministers met in <b>Kobe</b> on Monday.</p>
<figure><img src="x.jpg"><figcaption>Photo: Agency</figcaption></figure>
<p>They agreed to meet again.<script>track()</script></p>
<aside>Read more: Other story</aside></article>
<footer>(c) 2025 Harbour Times</footer></body></html>"#;

    #[test]
    fn article_text_and_meta() {
        let (text, meta) = page(PAGE).expect("page parses");
        assert_eq!(
            text,
            "Port Talks Resume\n\nThe two ministers met in Kobe on Monday.\n\nThey agreed to meet again."
        );
        assert_eq!(meta.title.as_deref(), Some("Port Talks Resume"));
        assert_eq!(meta.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2025, 3, 3));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/port-talks"));
    }

    #[test]
    fn pages_without_article_or_meta() {
        let cases: &[(&str, Result<&str, ()>)] = &[
            (
                "<html><body><header>Site</header><div>First para.</div><p>Second <i>para</i>.</p><footer>x</footer></body></html>",
                Ok("First para.\n\nSecond para."),
            ),
            (
                "<p>Time: <time datetime=\"2025-03-03\">Monday</time></p>",
                Ok("Time: Monday"),
            ),
            (
                "<html><head><script>x</script></head><body></body></html>",
                Err(()),
            ),
            ("<<<>>>", Ok("<<<>>>")),
        ];
        for (html, want) in cases {
            let got = page(html).map(|(t, _)| t).map_err(|_| ());
            assert_eq!(got.as_deref(), want.as_deref().map_err(|_| &()), "{html}");
        }
    }

    #[test]
    fn site_suffix_in_og_title_gives_way_to_h1() {
        let p = "<html><head><meta property=\"og:title\" content=\"Port Talks Resume Today | Harbour Times\"></head><body><article><h1>Port Talks Resume Today</h1><p>Text.</p></article></body></html>";
        let (text, meta) = page(p).expect("page parses");
        assert_eq!(meta.title.as_deref(), Some("Port Talks Resume Today"));
        assert_eq!(text, "Port Talks Resume Today\n\nText.");
    }

    #[test]
    fn json_ld_metadata() {
        let page_ld = r#"<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Ld Headline",
 "datePublished": "2025-03-07T06:00:00+09:00", "publisher": {"@type": "Organization", "name": "Ld Daily"}}]}
</script><script type="application/ld+json">{ broken</script></head>
<body><article><p>Text.</p></article></body></html>"#;
        let (_, meta) = page(page_ld).expect("page parses");
        assert_eq!(meta.title.as_deref(), Some("Ld Headline"));
        assert_eq!(meta.outlet.as_deref(), Some("Ld Daily"));
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2025, 3, 7));
    }

    /// A story of 19 words in an article full of furniture: each box is marked the way real pages
    /// mark it (class, id, role, ARIA label) or is only links.
    const FURNISHED: &str = r#"<html><body><article class="story">
<h1>Ferry Service Returns</h1>
<div class="share-bar"><a href="/fb">Facebook</a> <a href="/x">X</a> <a href="mailto:">Email</a></div>
<div class="story-body sharing-enabled">
<p>The ferry between <a href="/tag/oban">Oban</a> and Mull resumed on Monday after three weeks of repairs.</p>
<div id="ad-slot-1" class="adsbygoogle"><span>Advertisement</span></div>
<p>Operators said 40 crossings a week would run.</p>
<aside class="promo">Get the app</aside>
<div class="newsletterSignup"><h3>Sign up for our newsletter</h3><p>Morning headlines in your inbox.</p>
<form><input type="email"><button>Subscribe</button></form></div>
</div>
<ul class="social-links"><li><a href="/f">Follow us on Facebook</a></li></ul>
<div role="complementary"><p>Partner content: cruises in Norway</p></div>
<section aria-label="More stories"><h2>More stories</h2><ul>
<li><a href="/a">Glasgow council votes on budget</a></li>
<li><a href="/b">Inverness airport expands</a></li></ul></section>
<div><a href="/c">Edinburgh</a> | <a href="/d">Aberdeen</a> | <a href="/e">Dundee</a></div>
<h2>Most read</h2>
<p class="subscribe-cta"><a href="/subscribe">Subscribe for full access</a></p>
</article></body></html>"#;

    #[test]
    fn page_furniture_is_left_out() {
        let (text, _) = page(FURNISHED).expect("page parses");
        assert_eq!(
            text,
            "Ferry Service Returns\n\nThe ferry between Oban and Mull resumed on Monday after three weeks of repairs.\n\nOperators said 40 crossings a week would run."
        );
        for city in ["Glasgow", "Inverness", "Edinburgh", "Norway"] {
            assert!(!text.contains(city), "{city} in {text}");
        }
    }

    #[test]
    fn furniture_marks_are_words_not_letters() {
        let cases: &[(&str, bool)] = &[
            ("share-bar", true),
            ("shareBar", true),
            ("ad", true),
            ("ad_slot top", true),
            ("more-stories", true),
            ("readMore", true),
            ("header", false),
            ("shadow", false),
            ("load-more-button", false),
            ("headline", false),
            ("breadcrumbs", true),
            ("story-body sharing-enabled", false),
            ("ad-free", false),
        ];
        for (class, want) in cases {
            let html = format!("<div class=\"{class}\">x</div>");
            let doc = Html::parse_fragment(&html);
            let div = doc.select(&sel("div")).next().expect("div");
            assert_eq!(is_furniture(div.value()), *want, "{class}");
        }
    }

    #[test]
    fn fragments_and_deep_nesting() {
        assert_eq!(
            fragment("<p>ROME &mdash; talks</p><p>Next</p>").as_deref(),
            Ok("ROME — talks\n\nNext")
        );
        assert!(looks_like_html("<p>x</p>") && !looks_like_html("a < b and c > d"));
        let deep = "<div>".repeat(200) + "deep" + &"</div>".repeat(200);
        assert_eq!(fragment(&deep).as_deref(), Ok("deep"));
        let deeper = "<div>".repeat(20_000) + "deep" + &"</div>".repeat(20_000);
        assert!(fragment(&deeper).is_err());
    }
}

//! Page furniture: the share bars, related links, newsletter boxes, promotions and ads around an
//! article, told by the words of their class names, ids, roles and labels, by their labels as
//! text, or by being mostly links.

use std::collections::HashMap;

use ego_tree::iter::Edge;
use scraper::{ElementRef, Node};

/// Words in class names, ids, roles and ARIA labels that mark page furniture: share and social
/// bars, related and recommended links, newsletter and subscription boxes, promotions and ads.
const FURNITURE: &[&str] = &[
    "share",
    "sharing",
    "sharebar",
    "social",
    "socials",
    "related",
    "recommended",
    "recommendations",
    "recirculation",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "promo",
    "promos",
    "promotion",
    "promoted",
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "adslot",
    "adsbygoogle",
    "dfp",
    "sponsor",
    "sponsored",
    "outbrain",
    "taboola",
    "paywall",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comments",
    "complementary",
    "contentinfo",
];
/// Two-word marks ("more-stories", "readMore", "most_read").
const FURNITURE_PAIRS: &[(&str, &str)] = &[
    ("more", "stories"),
    ("more", "news"),
    ("more", "articles"),
    ("read", "more"),
    ("also", "read"),
    ("most", "read"),
    ("most", "popular"),
    ("sign", "up"),
    ("you", "may"),
];

/// The words of a class list, id or label: split at anything not alphanumeric and between a lower-
/// and an upper-case letter ("shareBar" → share, bar), lower-cased.
fn mark_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if (!c.is_alphanumeric() || (prev_lower && c.is_uppercase())) && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase();
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Whether an element's class, id, role or ARIA label marks it as page furniture.
pub(super) fn is_furniture(e: &scraper::node::Element) -> bool {
    [
        "class",
        "id",
        "role",
        "aria-label",
        "data-component",
        "data-testid",
    ]
    .iter()
    .filter_map(|a| e.attr(a))
    // A long label is prose, not a mark.
    .filter(|v| v.len() <= 200)
    .any(|v| {
        let words = mark_words(v);
        // A state flag on a container ("sharing-enabled", "has-ads", "ad-free") says what
        // the page around it does, not that it is furniture.
        let flag = |w: &String| {
            matches!(
                w.as_str(),
                "has" | "with" | "no" | "enabled" | "disabled" | "free" | "allowed" | "on" | "off"
            )
        };
        if words.iter().any(flag) {
            return false;
        }
        words.iter().any(|w| FURNITURE.contains(&w.as_str()))
            || words
                .windows(2)
                .any(|p| FURNITURE_PAIRS.contains(&(p[0].as_str(), p[1].as_str())))
    })
}

/// A block whose whole text is a furniture label ("Advertisement", "More stories", "Share this
/// article"), as the heading of a box whose links were left out.
pub(super) fn furniture_label(block: &str) -> bool {
    const LABELS: &[&str] = &[
        "advertisement",
        "advert",
        "ad",
        "sponsored",
        "sponsored content",
        "more stories",
        "more news",
        "related",
        "related stories",
        "related articles",
        "related content",
        "read more",
        "read next",
        "most read",
        "most popular",
        "recommended",
        "recommended for you",
        "you may also like",
        "you might also like",
        "share",
        "share this",
        "share this article",
        "share this story",
        "follow us",
        "sign up",
        "subscribe",
        "newsletter",
        "sign up for our newsletter",
        "subscribe to our newsletter",
    ];
    if block.len() > 40 {
        return false;
    }
    let t = block.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    LABELS.contains(&t.as_str())
}

/// Elements whose links may make them furniture: containers, lists and paragraphs.
pub(super) const LINK_BLOCKS: &[&str] = &["div", "section", "ul", "ol", "p", "table", "header", "dl"];

/// Per element under `root`: the characters of its text, those inside links, and its number of
/// links. One pass without recursion; script and style text is not counted.
pub(super) fn link_stats(root: ElementRef<'_>) -> HashMap<ego_tree::NodeId, (usize, usize, usize)> {
    let mut stats = HashMap::new();
    // (node, text, link text, links) for the open elements.
    let mut open: Vec<(ego_tree::NodeId, usize, usize, usize)> = Vec::new();
    let mut in_link = 0usize;
    let mut in_code = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    match e.name() {
                        "a" => in_link += 1,
                        "script" | "style" | "noscript" | "template" => in_code += 1,
                        _ => {}
                    }
                    open.push((node.id(), 0, 0, usize::from(e.name() == "a")));
                }
                Node::Text(t) if in_code == 0 => {
                    if let Some(top) = open.last_mut() {
                        let n = t.trim().chars().count();
                        top.1 += n;
                        if in_link > 0 {
                            top.2 += n;
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                let Node::Element(e) = node.value() else {
                    continue;
                };
                match e.name() {
                    "a" => in_link = in_link.saturating_sub(1),
                    "script" | "style" | "noscript" | "template" => in_code = in_code.saturating_sub(1),
                    _ => {}
                }
                let Some((id, text, link_text, links)) = open.pop() else {
                    continue;
                };
                if let Some(parent) = open.last_mut() {
                    parent.1 += text;
                    parent.2 += link_text;
                    parent.3 += links;
                }
                stats.insert(id, (text, link_text, links));
            }
        }
    }
    stats
}

/// A block that is mostly links (a list of related stories, a row of section links): more than
/// half its text inside links, and either several links or only a few words.
pub(super) fn mostly_links((text, link_text, links): (usize, usize, usize)) -> bool {
    text > 0 && link_text * 2 > text && (links >= 2 || text <= 40)
}

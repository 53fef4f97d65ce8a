//! Rules for single lines of an article: date lines, datelines, photo credits, copyright and credit
//! lines, section labels, headlines, paragraphs and trailer items. Each rule is a general pattern
//! (never one outlet's wording) and has its table of cases below.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::dates;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static pattern is valid")
}

pub(crate) fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// [`words`], counted no further than `cap + 1`: the line tests below ask every line of every
/// file whether it is short, and a paragraph's hundred words need not all be counted to say no.
fn words_up_to(line: &str, cap: usize) -> usize {
    line.split_whitespace().take(cap + 1).count()
}

/// Ends like a sentence, perhaps inside closing quotes or brackets ("… said.”"); "(Update)" does not.
pub(crate) fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']', '»'])
        .ends_with(['.', '!', '?', '…'])
}

/// A line that is only a date, perhaps with a short label or a time ("Today : Jan 12, 2026",
/// "Updated 14 Gennaio 2026, 10:15"). Returns the date and whether the label says it is the
/// current day ("Today") rather than the article's.
pub(crate) fn date_line(line: &str, anchor: Option<NaiveDate>) -> Option<(NaiveDate, bool)> {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|(?-u:\b)(?:UTC|GMT|JST|KST|CET|CEST|EST|EDT|PST|PDT|BST)(?-u:\b)|[+-]\d{4}(?-u:\b)",
        )
    });
    static TODAY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)(?:today|now|heute|oggi|hoy|aujourd)"));
    if line.len() > 120 {
        return None;
    }
    let (span, date) = dates::date_in_line(line, anchor)?;
    let rest = format!("{} {}", &line[..span.start], &line[span.end..]);
    let rest = TIME.replace_all(&rest, " ");
    let label_words = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .count();
    (label_words <= 3).then(|| (date, TODAY.is_match(&rest)))
}

/// What a dateline opening a story states: "Nara, Jan. 14 (Jiji Press)–", "TOKYO (Reuters) -",
/// "NARA — ".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// Byte offset where the story text starts after the dateline.
    pub end: usize,
    pub date: Option<NaiveDate>,
    pub outlet: Option<String>,
}

/// A dateline: place, perhaps a date, perhaps the outlet in brackets, and a dash.
pub(super) static DL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<place>\p{Lu}[\p{L}\p{M}.'’ ]{0,40}?)(?:,\s*(?P<when>[^()\n—–]{2,30}?))?\s*(?:\((?P<outlet>[^()\n]{2,40})\))?\s*(?P<dash>—|–|--|-)\s*",
    )
});

/// [`DL`] with every class cut down to the characters of [`latin`] text: the same match on a
/// line of such text (a class can only meet the characters the line holds), compiled in under
/// 1 ms where the Unicode pattern's bounded repeats of large classes take 13 ms, at every start.
pub(super) static DL_LATIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<place>[\p{Lu}&&[\x00-\u{36F}\u{2000}-\u{206F}]][[\p{L}\p{M}.'’ ]&&[\x00-\u{36F}\u{2000}-\u{206F}]]{0,40}?)(?:,[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]*(?P<when>[[\x00-\u{36F}\u{2000}-\u{206F}]&&[^()\n—–]]{2,30}?))?[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]*(?:\((?P<outlet>[[\x00-\u{36F}\u{2000}-\u{206F}]&&[^()\n]]{2,40})\))?[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]*(?P<dash>—|–|--|-)[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]*",
    )
});

/// Whether every character of `line` is a Latin letter or mark, ASCII, or general
/// punctuation (dashes, curly quotes): U+0000–U+036F and U+2000–U+206F, the set the `_LATIN`
/// patterns keep.
pub(super) fn latin(line: &str) -> bool {
    line.chars()
        .all(|c| c <= '\u{36F}' || ('\u{2000}'..='\u{206F}').contains(&c))
}

pub(crate) fn dateline(line: &str, anchor: Option<NaiveDate>) -> Option<Dateline> {
    // A dateline starts with a capital (`\p{Lu}` is within `is_uppercase`) and holds a dash.
    if !line.starts_with(char::is_uppercase) || !line.contains(['-', '—', '–']) {
        return None;
    }
    let c = if latin(line) {
        DL_LATIN.captures(line)
    } else {
        DL.captures(line)
    }?;
    let place = c.name("place").map_or("", |m| m.as_str()).trim();
    let when = c.name("when").map(|m| m.as_str());
    let outlet = c.name("outlet").map(|m| m.as_str().trim());
    let dash = c.name("dash").map_or("", |m| m.as_str());
    let end = c.get(0).map_or(0, |m| m.end());
    let date = when.and_then(|w| dates::parse_date_line_with(w, anchor));
    // Any year will do to tell whether `when` is a date at all.
    let probe = anchor.or(NaiveDate::from_ymd_opt(2000, 6, 1));
    let dated = when.is_some_and(|w| dates::parse_date_line_with(w, probe).is_some());
    if when.is_some() && !dated {
        return None;
    }
    let outlet = outlet.filter(|o| words(o) <= 5 && o.starts_with(|c: char| c.is_uppercase()));
    let shouted = place.chars().any(char::is_alphabetic)
        && !place.chars().any(char::is_lowercase)
        && line[..end].contains(|c: char| c.is_whitespace())
        && dash != "-";
    if outlet.is_none() && !dated && !shouted {
        return None;
    }
    Some(Dateline {
        end,
        date,
        outlet: outlet.map(str::to_string),
    })
}

/// A photo, image or video credit ("Pool Photo via AP", "(AP Photo/Jane Doe)",
/// "Photo: Getty Images"). It names who took a picture, never the article's outlet.
pub(crate) fn photo_credit(line: &str) -> bool {
    static MEDIA: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?-u:\b)(?:photo|photograph|photographer|image|picture|pic|foto|illustration|video|graphic)s?(?-u:\b)",
        )
    });
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)(?-u:\b)(?:via|by|courtesy|credit|from|file)(?-u:\b)|[/:©|]|^\(|getty|shutterstock")
    });
    words_up_to(line, 12) <= 12 && !ends_with_period(line) && MEDIA.is_match(line) && MARK.is_match(line)
}

fn ends_with_period(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', '»'])
        .ends_with('.')
}

/// The organisation named in a copyright notice ("[Copyright The Jiji Press, Ltd.]",
/// "© 2026 Reuters. All rights reserved."), without article or company form.
pub(crate) fn copyright_owner(line: &str) -> Option<String> {
    static C: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:^|[\[(]|(?-u:\b)END\s*\[?|\s)(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?P<org>[^\]\n]{2,80})",
        )
    });
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i),?\s*(?-u:\b)(?:ltd|inc|llc|co|corp|corporation|limited|gmbh|plc|s\.p\.a|s\.a|ag|k\.k)(?-u:\b)\.?",
        )
    });
    let c = C.captures(line)?;
    let m = c.name("org")?;
    // A notice sits at the start of a line, in brackets, or at the end of one.
    if m.start() > 0 && line.len() - m.start() > 100 {
        return None;
    }
    let org = FORM.replace_all(m.as_str(), "");
    let org = org
        .split(". ")
        .next()
        .unwrap_or("")
        .split(['|', ';', ']', ')'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches(['.', ',', ' ']);
    let org = org
        .strip_prefix("The ")
        .or_else(|| org.strip_prefix("the "))
        .unwrap_or(org)
        .trim();
    let ok = !org.is_empty()
        && words(org) <= 6
        && org.starts_with(|c: char| c.is_uppercase())
        && !org.to_lowercase().starts_with("all rights");
    ok.then(|| org.to_string())
}

/// A byline naming the outlet after the author.
pub(super) static BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:by)\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?\s*(?:,|\||/|—|\()\s*(?P<outlet>\p{Lu}[\p{L}\p{M}&.'’ ]{1,40}?)\)?\s*$",
    )
});

/// [`BY`] cut down as [`DL_LATIN`] is [`DL`] (0.6 ms to compile where the Unicode one takes
/// 22 ms).
pub(super) static BY_LATIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:by)[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]+[\p{Lu}&&[\x00-\u{36F}\u{2000}-\u{206F}]][[\p{L}\p{M}.'’ -]&&[\x00-\u{36F}\u{2000}-\u{206F}]]{1,40}?[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]*(?:,|\||/|—|\()[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]*(?P<outlet>[\p{Lu}&&[\x00-\u{36F}\u{2000}-\u{206F}]][[\p{L}\p{M}&.'’ ]&&[\x00-\u{36F}\u{2000}-\u{206F}]]{1,40}?)\)?[\s&&[\x00-\u{36F}\u{2000}-\u{206F}]]*$",
    )
});

/// A byline naming the outlet: "By Jane Doe, Reuters", "By Jane Doe | The Korea Herald".
pub(crate) fn byline_outlet(line: &str) -> Option<String> {
    const ROLES: &[&str] = &[
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "staff",
        "contributor",
        "columnist",
    ];
    // Neither pattern matches a line that does not start with "by".
    if !line.get(..2).is_some_and(|b| b.eq_ignore_ascii_case("by")) || photo_credit(line) {
        return None;
    }
    let c = if latin(line) {
        BY_LATIN.captures(line)
    } else {
        BY.captures(line)
    }?;
    let outlet = c.name("outlet")?.as_str().trim();
    let lower = outlet.to_lowercase();
    if ROLES.iter().any(|r| lower.contains(r)) {
        return None;
    }
    let outlet = outlet.strip_prefix("The ").unwrap_or(outlet);
    Some(outlet.to_string())
}

/// A byline of any kind ("By Jane Doe", "von Hans Meier und Eva Roth"): metadata, not body.
pub(crate) fn byline(line: &str) -> bool {
    const JOIN: &[&str] = &["and", "und", "e", "et", "y", "&", "|", "/", ","];
    let mut ws = line.split_whitespace();
    let lead = ws.next().unwrap_or("").to_lowercase();
    let rest: Vec<&str> = ws.collect();
    ["by", "von", "di", "par", "por"].contains(&lead.as_str())
        && (1..=9).contains(&rest.len())
        && rest[0].starts_with(|c: char| c.is_uppercase())
        && !ends_with_period(line)
        && rest
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || JOIN.contains(w))
}

/// A short section label: "World News", "Key Points", "Related Tags", "Don't Miss", "Sources:".
/// At most three words, no digits, no sentence punctuation, and either capitalised throughout or
/// closed by a colon.
pub(crate) fn label(line: &str) -> bool {
    let t = line.trim();
    let n = words_up_to(t, 3);
    if n == 0 || n > 3 || t.chars().count() > 40 || t.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if let Some(stem) = t.strip_suffix(':') {
        return !stem.contains(['.', ':', '!', '?']);
    }
    !t.ends_with(['.', '!', '?', ',', ';', '"', '”'])
        && t.split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric()))
}

/// A line that can be a headline: 3 to 30 words, not a sentence ending in a period.
pub(crate) fn headline(line: &str) -> bool {
    let n = words_up_to(line, 30);
    (3..=30).contains(&n)
        && line.len() <= 250
        && !ends_with_period(line)
        && !line.trim_end().ends_with([',', ';', ':'])
        && !label(line)
        && !photo_credit(line)
}

/// A line of running text: long, or a full sentence of some length.
pub(crate) fn paragraph(line: &str) -> bool {
    let n = words_up_to(line, 40);
    n >= 40 || (n >= 6 && ends_sentence(line))
}

/// Where an article's end marker or closing copyright notice starts on a line ("… Takaichi. END
/// [Copyright …]", "(END)", "###", "-30-"); everything from there on is trailer.
pub(crate) fn end_marker(line: &str) -> Option<usize> {
    static END: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:^|\s)(?:END|\(END\)|\[END\]|-\s?30\s?-|###)\s*(?:\[[^\]]*\]\s*)?$|(?:^|\s)\[\s*(?i:copyright|©)[^\]]*\]\s*$|^\s*(?i:copyright(?-u:\b)|©|\(c\)\s)",
        )
    });
    END.find(line).map(|m| {
        let s = m.as_str();
        m.start() + (s.len() - s.trim_start().len())
    })
}

/// A line of a trailing block of links, teasers or tags: link-like, headline-cased, a short tag,
/// a list of tags, or (as the file's last line) a teaser cut off mid-sentence.
pub(crate) fn trailer_item(line: &str, last: bool) -> bool {
    static LINK: LazyLock<Regex> = LazyLock::new(|| re(r"https?://|www\.|\s[/|›»]\s|^[-•*]\s*\[.*\]\(.*\)$"));
    let t = line.trim();
    if LINK.is_match(t) {
        return true;
    }
    if ends_with_period(t) || t.ends_with(['!', '?']) {
        return false;
    }
    if last && words(t) >= 3 && !ends_sentence(t) {
        return true;
    }
    let parts: Vec<&str> = t.split(',').map(str::trim).collect();
    if parts.len() >= 3 && parts.iter().all(|p| (1..=3).contains(&words(p))) {
        return true;
    }
    if words(t) <= 3 {
        return true;
    }
    headline_cased(t)
}

fn headline_cased(t: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "for", "in", "on", "to", "and", "at", "with", "by", "as", "or", "thru", "vs",
        "from", "up",
    ];
    let ws: Vec<&str> = t
        .split_whitespace()
        .filter(|w| !SMALL.contains(&w.to_lowercase().as_str()))
        .collect();
    let caps = ws
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    words(t) >= 3 && caps * 10 >= ws.len() * 8
}

#[cfg(test)]
mod tests;

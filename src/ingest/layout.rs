//! The shape of an article as text: which line is the headline, which header lines are only dates,
//! labels or credits, where the body starts and ends, and what the text states about its date and
//! outlet. Every format goes through here once it is readable text.

use std::ops::Range;

use chrono::NaiveDate;

use super::lines;
use crate::dates;

/// Metadata a file states explicitly (front matter, meta tags, JSON fields, feed elements).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
}

/// What the layout pass found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    pub meta: Meta,
    pub headline: Option<Range<usize>>,
    pub body: Vec<Range<usize>>,
}

/// The non-empty lines of `text`, trimmed, as byte spans.
fn line_spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        let lead = piece.len() - piece.trim_start().len();
        let content = piece.trim();
        if !content.is_empty() {
            out.push(start + lead..start + lead + content.len());
        }
        start = end;
    }
    out
}

fn same_title(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

/// Index of the first line past the header: the first paragraph of running text or the first
/// dateline (the number of lines when there is none).
fn header_end(text: &str, spans: &[Range<usize>]) -> usize {
    let line = |i: usize| &text[spans[i].clone()];
    (0..spans.len())
        .find(|&i| lines::paragraph(line(i)) || lines::dateline(line(i), None).is_some())
        .unwrap_or(spans.len())
}

/// The date of a dateline that names a month and day but no year ("SEOUL, May 14 (Yonhap) --"),
/// given the year `near` implies (the latest such day not far after `near`). `None` when the story
/// opens with no dateline, or with one that states its year or no day.
pub(crate) fn yearless_dateline(text: &str, near: NaiveDate) -> Option<NaiveDate> {
    let spans = line_spans(text);
    let line = |i: usize| &text[spans[i].clone()];
    let start = header_end(text, &spans);
    let (i, dl) =
        (start..spans.len().min(start + 3)).find_map(|i| lines::dateline(line(i), None).map(|d| (i, d)))?;
    if dl.date.is_some() {
        return None;
    }
    lines::dateline(line(i), Some(near))?.date
}

pub(crate) fn analyse(text: &str, known: &Meta) -> Layout {
    let spans = line_spans(text);
    let line = |i: usize| &text[spans[i].clone()];
    let n = spans.len();
    // The header runs up to the first paragraph of running text (or the first dateline).
    let header_end = header_end(text, &spans);

    let mut skip = vec![false; n];
    let mut headline = None;
    let mut date_lines: Vec<(usize, NaiveDate, bool)> = Vec::new();
    let mut outlet_byline = None;
    for (i, sp) in spans.iter().enumerate().take(header_end) {
        let l = &text[sp.clone()];
        if headline.is_none()
            && let Some(t) = &known.title
            && same_title(t, l)
        {
            headline = Some(i);
            skip[i] = true;
        } else if let Some((d, today)) = lines::date_line(l, known.published) {
            date_lines.push((i, d, today));
            skip[i] = true;
        } else if lines::photo_credit(l) || lines::label(l) {
            skip[i] = true;
        } else if lines::byline(l) {
            outlet_byline = outlet_byline.or_else(|| lines::byline_outlet(l));
            skip[i] = true;
        } else if headline.is_none() && known.title.is_none() && lines::headline(l) {
            headline = Some(i);
            skip[i] = true;
        }
    }
    // A text whose first line is a headline but that has no paragraph yet (a short item).
    if headline.is_none() && header_end == n && n > 1 && known.title.is_none() {
        headline = (0..n).find(|&i| !skip[i] && lines::headline(line(i)));
        if let Some(h) = headline {
            skip[h] = true;
        }
    }

    // The trailer: after an end marker, or a trailing block that starts with a label.
    let mut body_end = n;
    let mut cut: Option<(usize, usize)> = None;
    if let Some(i) = (header_end..n).find(|&i| lines::end_marker(line(i)).is_some()) {
        let at = lines::end_marker(line(i)).unwrap_or(0);
        body_end = i + 1;
        cut = Some((i, at));
    } else {
        let mut k = n;
        let mut start = None;
        while k > header_end {
            let l = line(k - 1);
            if lines::label(l) {
                start = Some(k - 1);
            } else if !lines::trailer_item(l, k == n) {
                break;
            }
            k -= 1;
        }
        if let Some(s) = start {
            body_end = s;
        }
    }

    // Outlet and date: what the file states, then datelines, copyright and credit lines.
    let anchor = known.published.or_else(|| pick_date(&date_lines));
    // The dateline opens the story: one of its first lines (a photo caption may come first).
    let mut dl = (header_end..body_end.min(header_end + 3))
        .find_map(|i| lines::dateline(line(i), anchor).map(|d| (i, d)));
    if let Some((i, d)) = &mut dl
        && d.date.is_none()
        && anchor.is_none()
    {
        // A dateline without a year ("Nara, Jan. 14"): the year of the latest full date the text
        // states. Scanned only here, as it reads the whole text.
        let latest = dates::find_dates(text, 0..text.len(), None)
            .iter()
            .filter(|m| !m.relative)
            .filter_map(|m| match m.value {
                dates::DateValue::Day(d) => Some(d),
                _ => None,
            })
            .max();
        if latest.is_some()
            && let Some(again) = lines::dateline(line(*i), latest)
        {
            *d = again;
        }
    }
    let copyright = (0..n).find_map(|i| lines::copyright_owner(line(i)));

    let mut body = Vec::new();
    for (i, sp) in spans.iter().enumerate().take(body_end).skip(header_end) {
        let l = &text[sp.clone()];
        if lines::photo_credit(l) || lines::label(l) {
            continue;
        }
        let mut span = sp.clone();
        if let Some((di, dl)) = &dl
            && *di == i
        {
            span.start += dl.end;
        }
        if let Some((ci, at)) = cut
            && ci == i
        {
            span.end = sp.start + at;
        }
        push_trimmed(text, &mut body, span);
    }
    // Header lines that are none of the above (a standfirst without a final period) are body.
    let mut pre: Vec<Range<usize>> = Vec::new();
    for (sp, _) in spans.iter().zip(&skip).take(header_end).filter(|(_, s)| !**s) {
        push_trimmed(text, &mut pre, sp.clone());
    }
    pre.extend(body);

    let meta = Meta {
        title: known
            .title
            .clone()
            .or_else(|| headline.map(|h| line(h).to_string())),
        outlet: known
            .outlet
            .clone()
            .or_else(|| dl.as_ref().and_then(|d| d.1.outlet.clone()))
            .or(copyright)
            .or(outlet_byline),
        published: known
            .published
            .or_else(|| pick_date(&date_lines))
            .or_else(|| dl.as_ref().and_then(|d| d.1.date))
            .or_else(|| date_lines.first().map(|d| d.1)),
        url: known.url.clone(),
    };
    Layout {
        meta,
        headline: headline.map(|h| spans[h].clone()),
        body: pre,
    }
}

/// The article's own date among the header's date lines: one not labelled as the current day.
/// (A "Today: …" line is the page's clock; it is used only when nothing else states a date.)
fn pick_date(date_lines: &[(usize, NaiveDate, bool)]) -> Option<NaiveDate> {
    date_lines.iter().rev().find(|d| !d.2).map(|d| d.1)
}

/// Push `span` with surrounding whitespace trimmed, if anything is left.
fn push_trimmed(text: &str, out: &mut Vec<Range<usize>>, span: Range<usize>) {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push(span.start + lead..span.start + lead + t.len());
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;

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

/// The text cut into lines, and where its header ends: what every step of [`analyse`] reads.
struct Page<'a> {
    text: &'a str,
    spans: Vec<Range<usize>>,
    /// The header runs up to the first paragraph of running text (or the first dateline).
    header_end: usize,
}

impl Page<'_> {
    fn line(&self, i: usize) -> &str {
        &self.text[self.spans[i].clone()]
    }

    fn len(&self) -> usize {
        self.spans.len()
    }
}

/// What the header lines are: which one is the headline, which ones are dates, labels, credits or
/// bylines (all `skip`ped from the body).
struct Header {
    skip: Vec<bool>,
    headline: Option<usize>,
    /// (line, date, whether the line labels it as the current day).
    date_lines: Vec<(usize, NaiveDate, bool)>,
    outlet_byline: Option<String>,
}

/// Where the body stops: `end` lines, and the line an end marker cuts (with the byte it cuts at).
struct Trailer {
    end: usize,
    cut: Option<(usize, usize)>,
}

pub(crate) fn analyse(text: &str, known: &Meta) -> Layout {
    let spans = line_spans(text);
    let header_end = header_end(text, &spans);
    let page = Page {
        text,
        spans,
        header_end,
    };
    let header = read_header(&page, known);
    let trailer = find_trailer(&page);
    // Outlet and date: what the file states, then datelines, copyright and credit lines.
    let anchor = known.published.or_else(|| pick_date(&header.date_lines));
    let dl = opening_dateline(&page, trailer.end, anchor);
    let copyright = (0..page.len()).find_map(|i| lines::copyright_owner(page.line(i)));
    let body = body_spans(&page, &header, &trailer, dl.as_ref());

    let meta = Meta {
        title: known
            .title
            .clone()
            .or_else(|| header.headline.map(|h| page.line(h).to_string())),
        outlet: known
            .outlet
            .clone()
            .or_else(|| dl.as_ref().and_then(|d| d.1.outlet.clone()))
            .or(copyright)
            .or(header.outlet_byline),
        published: known
            .published
            .or_else(|| pick_date(&header.date_lines))
            .or_else(|| dl.as_ref().and_then(|d| d.1.date))
            .or_else(|| header.date_lines.first().map(|d| d.1)),
        url: known.url.clone(),
    };
    Layout {
        meta,
        headline: header.headline.map(|h| page.spans[h].clone()),
        body,
    }
}

/// Sort the header lines into headline, date lines, photo credits and labels, and bylines; the
/// rest (a standfirst) is body.
fn read_header(page: &Page, known: &Meta) -> Header {
    let n = page.len();
    let mut h = Header {
        skip: vec![false; n],
        headline: None,
        date_lines: Vec::new(),
        outlet_byline: None,
    };
    for i in 0..page.header_end {
        let l = page.line(i);
        if h.headline.is_none()
            && let Some(t) = &known.title
            && same_title(t, l)
        {
            h.headline = Some(i);
            h.skip[i] = true;
        } else if let Some((d, today)) = lines::date_line(l, known.published) {
            h.date_lines.push((i, d, today));
            h.skip[i] = true;
        } else if lines::photo_credit(l) || lines::label(l) {
            h.skip[i] = true;
        } else if lines::byline(l) {
            h.outlet_byline = h.outlet_byline.or_else(|| lines::byline_outlet(l));
            h.skip[i] = true;
        } else if h.headline.is_none() && known.title.is_none() && lines::headline(l) {
            h.headline = Some(i);
            h.skip[i] = true;
        }
    }
    // A text whose first line is a headline but that has no paragraph yet (a short item).
    if h.headline.is_none() && page.header_end == n && n > 1 && known.title.is_none() {
        h.headline = (0..n).find(|&i| !h.skip[i] && lines::headline(page.line(i)));
        if let Some(at) = h.headline {
            h.skip[at] = true;
        }
    }
    h
}

/// The trailer: after an end marker, or a trailing block that starts with a label.
fn find_trailer(page: &Page) -> Trailer {
    let n = page.len();
    if let Some(i) = (page.header_end..n).find(|&i| lines::end_marker(page.line(i)).is_some()) {
        let at = lines::end_marker(page.line(i)).unwrap_or(0);
        return Trailer {
            end: i + 1,
            cut: Some((i, at)),
        };
    }
    let mut k = n;
    let mut start = None;
    while k > page.header_end {
        let l = page.line(k - 1);
        if lines::label(l) {
            start = Some(k - 1);
        } else if !lines::trailer_item(l, k == n) {
            break;
        }
        k -= 1;
    }
    Trailer {
        end: start.unwrap_or(n),
        cut: None,
    }
}

/// The dateline that opens the story, with its line: one of the body's first lines (a photo
/// caption may come first), read against `anchor`, the date the file or its header states.
fn opening_dateline(
    page: &Page,
    body_end: usize,
    anchor: Option<NaiveDate>,
) -> Option<(usize, lines::Dateline)> {
    let mut dl = (page.header_end..body_end.min(page.header_end + 3))
        .find_map(|i| lines::dateline(page.line(i), anchor).map(|d| (i, d)));
    if let Some((i, d)) = &mut dl
        && d.date.is_none()
        && anchor.is_none()
    {
        // A dateline without a year ("Nara, Jan. 14"): the year of the latest full date the text
        // states. Scanned only here, as it reads the whole text.
        let latest = dates::find_dates(page.text, 0..page.text.len(), None)
            .iter()
            .filter(|m| !m.relative)
            .filter_map(|m| match m.value {
                dates::DateValue::Day(d) => Some(d),
                _ => None,
            })
            .max();
        if latest.is_some()
            && let Some(again) = lines::dateline(page.line(*i), latest)
        {
            *d = again;
        }
    }
    dl
}

/// The body's spans: the header lines that are none of the above (a standfirst without a final
/// period), then the lines up to the trailer without credits and labels, the dateline cut off the
/// first and the end marker off the last.
fn body_spans(
    page: &Page,
    header: &Header,
    trailer: &Trailer,
    dl: Option<&(usize, lines::Dateline)>,
) -> Vec<Range<usize>> {
    let mut body = Vec::new();
    for (sp, _) in page
        .spans
        .iter()
        .zip(&header.skip)
        .take(page.header_end)
        .filter(|(_, s)| !**s)
    {
        push_trimmed(page.text, &mut body, sp.clone());
    }
    for (i, sp) in page
        .spans
        .iter()
        .enumerate()
        .take(trailer.end)
        .skip(page.header_end)
    {
        let l = page.line(i);
        if lines::photo_credit(l) || lines::label(l) {
            continue;
        }
        let mut span = sp.clone();
        if let Some((di, dl)) = dl
            && *di == i
        {
            span.start += dl.end;
        }
        if let Some((ci, at)) = trailer.cut
            && ci == i
        {
            span.end = sp.start + at;
        }
        push_trimmed(page.text, &mut body, span);
    }
    body
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
mod tests;

//! Where each pane goes for a terminal size. A pure function, shared by drawing and by mouse hit-testing
//! so a click lands on what was drawn.

use ratatui::layout::Rect;

/// The three panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Sources,
    Article,
    Side,
}

impl Pane {
    pub const ORDER: [Pane; 3] = [Pane::Sources, Pane::Article, Pane::Side];
}

/// Below this width the side pane shares the article's place (a toggle); from it, three panes show
/// when the content lets the article keep [`ARTICLE_LEAST`] columns (see [`areas`]).
pub const WIDE: u16 = 100;
/// Below this width one pane shows at a time.
pub const NARROW: u16 = 60;

/// The least widths of the panes (borders included) and the most the sources and side panes take.
const SOURCES_LEAST: u16 = 24;
const SOURCES_LEAST_NARROW: u16 = 20;
const SOURCES_MOST: u16 = 44;
const SIDE_LEAST: u16 = 30;
const SIDE_MOST: u16 = 64;
pub const ARTICLE_LEAST: u16 = 40;
/// The article's share of a wide terminal (percent) before the other panes' spare columns go to it.
const ARTICLE_SHARE: u16 = 45;
const ARTICLE_MOST_WANTED: u16 = 96;

/// What the briefing asks of the sources and side panes, in columns with their borders: worked out
/// from the rows they draw (app/rows.rs) once the analysis is in. Zero asks for nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Widths {
    /// The sources pane with every outlet and every figures row (date · names · claims ✗) whole.
    pub sources: u16,
    /// The side pane at its least: every claim row's verdict, values and source count whole, the
    /// topic cut to nothing; and every entity row's figures.
    pub side_least: u16,
    /// The side pane with every claim's topic whole too.
    pub side: u16,
}

impl Widths {
    fn side_least(&self) -> u16 {
        self.side_least.max(SIDE_LEAST)
    }

    /// True when three panes fit at width `w`: the sources pane at its least, the side pane at its
    /// least (values whole) and the article at [`ARTICLE_LEAST`].
    pub fn three_panes(&self, w: u16) -> bool {
        w >= WIDE
            && u32::from(w)
                >= u32::from(SOURCES_LEAST) + u32::from(ARTICLE_LEAST) + u32::from(self.side_least())
    }

    /// True when the article and the side pane take turns in one place beside the sources (the
    /// middle tier): `l` from the sources goes to whichever is shown.
    pub fn shared_place(&self, w: u16) -> bool {
        w >= NARROW && !self.three_panes(w)
    }
}

/// Rectangles of one frame; an empty rectangle is a part not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub title: Rect,
    pub status: Rect,
    pub sources: Rect,
    pub article: Rect,
    pub side: Rect,
    /// Where the claim comparison opens: over the article and side panes.
    pub compare: Rect,
    /// Where the help opens.
    pub help: Rect,
}

impl Areas {
    /// The pane under a point, if any.
    pub fn pane_at(&self, x: u16, y: u16) -> Option<Pane> {
        let hit = |r: Rect| r.width > 0 && r.height > 0 && r.contains((x, y).into());
        [
            (self.sources, Pane::Sources),
            (self.article, Pane::Article),
            (self.side, Pane::Side),
        ]
        .into_iter()
        .find(|(r, _)| hit(*r))
        .map(|(_, p)| p)
    }
}

/// Lay out a frame. `focus` is the focused pane; `shown` is which of article and side takes the shared
/// place when both do not fit; `want` is what the content asks (see [`Widths`]).
///
/// The width rule: no pane is made so narrow that its figures are cut. Three panes show when the
/// sources pane at its least, the side pane wide enough for every claim's values and the article at
/// [`ARTICLE_LEAST`] fit (and never below [`WIDE`]); the article gets its share of the width first,
/// then the sources and side panes grow towards what their content asks, giving back columns evenly.
/// In the middle tier the sources pane keeps a quarter of the width or less and the article or the side
/// pane takes the rest; a side pane whose values would not fit there takes the whole width while it
/// has the focus. Below [`NARROW`] one pane shows at a time.
pub fn areas(area: Rect, focus: Pane, shown: Pane, want: Widths) -> Areas {
    let (title, status, body) = bars(area);
    let mut a = if want.three_panes(body.width) {
        three_tier(body, want)
    } else if body.width >= NARROW {
        middle_tier(body, focus, shown, want)
    } else {
        one_pane(body, focus)
    };
    a.title = title;
    a.status = status;
    a.help = centered(body, 96, 40);
    a
}

/// The title bar on the top row and the status bar on the bottom one, when the terminal has rows to
/// spare for them, and the body between.
fn bars(area: Rect) -> (Rect, Rect, Rect) {
    let (mut title, mut status) = (Rect::default(), Rect::default());
    let mut body = area;
    if area.height >= 2 {
        title = Rect { height: 1, ..area };
        body.y += 1;
        body.height -= 1;
    }
    if area.height >= 3 {
        status = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        body.height -= 1;
    }
    (title, status, body)
}

/// `body` cut into `left` columns (at most its width) and the rest.
fn split(body: Rect, left: u16) -> (Rect, Rect) {
    let left = left.min(body.width);
    (
        Rect { width: left, ..body },
        Rect {
            x: body.x + left,
            width: body.width - left,
            ..body
        },
    )
}

/// Three panes side by side (see [`three_widths`]); the comparison opens over the article and side.
fn three_tier(body: Rect, want: Widths) -> Areas {
    let (sources_w, side_w) = three_widths(body.width, want);
    let (sources, rest) = split(body, sources_w);
    let article = Rect {
        width: rest.width - side_w,
        ..rest
    };
    let side = Rect {
        x: article.x + article.width,
        width: side_w,
        ..rest
    };
    Areas {
        sources,
        article,
        side,
        compare: rest,
        ..Areas::default()
    }
}

/// The sources pane beside whichever of the article and the side pane is `shown`.
fn middle_tier(body: Rect, focus: Pane, shown: Pane, want: Widths) -> Areas {
    let w = body.width;
    let mut a = Areas::default();
    // A quarter of the width (at least 24 columns): the pane beside it, and a comparison opened
    // over that, are where the reading happens.
    let most = percent(w, 25)
        .max(SOURCES_LEAST)
        .min(w - ARTICLE_LEAST)
        .max(SOURCES_LEAST_NARROW);
    let mut sources_w = want.sources.clamp(SOURCES_LEAST_NARROW, most);
    if shown == Pane::Side {
        // The side pane's values before the sources pane's spare columns.
        let room = w.saturating_sub(want.side_least());
        sources_w = sources_w.min(room).max(SOURCES_LEAST_NARROW);
    }
    let (sources, rest) = split(body, sources_w);
    let side_fits = rest.width >= want.side_least();
    match shown {
        Pane::Side if side_fits => {
            a.sources = sources;
            a.side = rest;
            a.compare = rest;
        }
        // Too narrow for the side pane's values beside the sources: it takes the whole width
        // while focused, and the article keeps its place beside the sources otherwise.
        Pane::Side if focus == Pane::Side => {
            a.side = body;
            a.compare = body;
        }
        _ => {
            let (sources, rest) = split(body, want.sources.clamp(SOURCES_LEAST_NARROW, most));
            a.sources = sources;
            a.article = rest;
            a.compare = rest;
        }
    }
    a
}

/// Below [`NARROW`]: the focused pane alone.
fn one_pane(body: Rect, focus: Pane) -> Areas {
    let mut a = Areas::default();
    match focus {
        Pane::Sources => a.sources = body,
        Pane::Article => a.article = body,
        Pane::Side => a.side = body,
    }
    a.compare = body;
    a
}

/// The sources and side panes' widths when three panes show at width `w` (which
/// [`Widths::three_panes`] allows): each as wide as its content asks within bounds, then, while the
/// article has less than its share, both give columns back in turn, down to their least.
fn three_widths(w: u16, want: Widths) -> (u16, u16) {
    let side_least = want.side_least();
    let mut sources = want.sources.clamp(SOURCES_LEAST, SOURCES_MOST);
    let mut side = want.side.clamp(side_least, SIDE_MOST.max(side_least));
    let article = percent(w, ARTICLE_SHARE).clamp(ARTICLE_LEAST, ARTICLE_MOST_WANTED);
    let mut over = (u32::from(sources) + u32::from(side) + u32::from(article)).saturating_sub(u32::from(w));
    while over > 0 && (sources > SOURCES_LEAST || side > side_least) {
        if sources > SOURCES_LEAST {
            sources -= 1;
            over -= 1;
        }
        if over > 0 && side > side_least {
            side -= 1;
            over -= 1;
        }
    }
    (sources, side)
}

/// `p` percent of `w`, without overflowing.
fn percent(w: u16, p: u16) -> u16 {
    u16::try_from(u32::from(w) * u32::from(p) / 100).unwrap_or(u16::MAX)
}

/// A box of at most `w`×`h` in the middle of `area`, leaving a margin when there is room.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(4)).max(area.width.min(20));
    let h = h.min(area.height.saturating_sub(2)).max(area.height.min(5));
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_by_width() {
        let a = areas(
            Rect::new(0, 0, 160, 45),
            Pane::Sources,
            Pane::Article,
            Widths::default(),
        );
        assert!(a.sources.width > 0 && a.article.width > 0 && a.side.width > 0);
        assert_eq!(a.sources.width + a.article.width + a.side.width, 160);
        assert_eq!((a.title.y, a.status.y, a.sources.height), (0, 44, 43));

        let a = areas(Rect::new(0, 0, 80, 24), Pane::Side, Pane::Side, Widths::default());
        assert!(a.sources.width > 0 && a.side.width > 0);
        assert_eq!(a.article, Rect::default());

        let a = areas(
            Rect::new(0, 0, 50, 20),
            Pane::Article,
            Pane::Article,
            Widths::default(),
        );
        assert_eq!(a.article.width, 50);
        assert_eq!((a.sources, a.side), (Rect::default(), Rect::default()));
    }

    #[test]
    fn panes_share_width_by_content() {
        // The sample briefing's asks: a 42-column sources pane, claim values needing a 50-column side
        // pane, topics whole at 73.
        let want = Widths {
            sources: 42,
            side_least: 50,
            side: 73,
        };
        for w in 0..=300 {
            for (focus, shown) in [
                (Pane::Sources, Pane::Article),
                (Pane::Side, Pane::Side),
                (Pane::Sources, Pane::Side),
                (Pane::Article, Pane::Article),
            ] {
                let a = areas(Rect::new(0, 0, w, 30), focus, shown, want);
                for r in [a.sources, a.article, a.side] {
                    assert!(r.x + r.width <= w, "{w}: {a:?}");
                }
                // A side pane shown is wide enough for every claim's values from 60 columns up.
                if w >= NARROW && a.side.width > 0 {
                    assert!(a.side.width >= 50, "{w} {focus:?}: side {}", a.side.width);
                }
                if a.article.width > 0 && w >= NARROW {
                    assert!(
                        a.article.width >= ARTICLE_LEAST,
                        "{w}: article {}",
                        a.article.width
                    );
                }
                let three = a.sources.width > 0 && a.article.width > 0 && a.side.width > 0;
                assert_eq!(three, w >= 114, "{w}: three panes from 24 + 40 + 50 columns");
                if three {
                    assert_eq!(a.sources.width + a.article.width + a.side.width, w);
                    assert!((24..=44).contains(&a.sources.width), "{w}: {a:?}");
                }
            }
        }
        // Too narrow for the values beside the sources: the claims list takes the whole width while
        // focused, and the article keeps its place beside the sources otherwise.
        let a = areas(Rect::new(0, 0, 65, 30), Pane::Side, Pane::Side, want);
        assert_eq!((a.side.width, a.sources.width), (65, 0));
        let a = areas(Rect::new(0, 0, 70, 30), Pane::Side, Pane::Side, want);
        assert_eq!(
            (a.sources.width, a.side.width),
            (20, 50),
            "the sources pane yields first"
        );
        let a = areas(Rect::new(0, 0, 65, 30), Pane::Sources, Pane::Side, want);
        assert_eq!(a.side.width, 0);
        assert!(a.sources.width > 0 && a.article.width > 0);
        // Beside a pane that asks little, the sources pane is as wide as it asks.
        let a = areas(
            Rect::new(0, 0, 160, 45),
            Pane::Sources,
            Pane::Article,
            Widths {
                sources: 30,
                side_least: 32,
                side: 40,
            },
        );
        assert_eq!((a.sources.width, a.side.width, a.article.width), (30, 40, 90));
        // Huge asks neither overflow nor starve the article.
        let a = areas(
            Rect::new(0, 0, 250, 45),
            Pane::Sources,
            Pane::Article,
            Widths {
                sources: u16::MAX,
                side_least: u16::MAX,
                side: u16::MAX,
            },
        );
        assert!(a.article.width >= ARTICLE_LEAST && a.side.width == 0, "{a:?}");
    }

    #[test]
    fn tiny_sizes_stay_inside() {
        for w in 0..25 {
            for h in 0..8 {
                let area = Rect::new(0, 0, w, h);
                for focus in Pane::ORDER {
                    let a = areas(area, focus, focus, Widths::default());
                    for r in [a.title, a.status, a.sources, a.article, a.side, a.compare, a.help] {
                        assert!(area.union(r) == area || r.area() == 0, "{r:?} outside {area:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn hit_testing() {
        let a = areas(
            Rect::new(0, 0, 160, 45),
            Pane::Sources,
            Pane::Article,
            Widths::default(),
        );
        assert_eq!(a.pane_at(1, 5), Some(Pane::Sources));
        assert_eq!(a.pane_at(a.article.x + 1, 5), Some(Pane::Article));
        assert_eq!(a.pane_at(159, 5), Some(Pane::Side));
        assert_eq!(a.pane_at(5, 0), None);
    }
}

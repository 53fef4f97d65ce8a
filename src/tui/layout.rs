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

/// Below this width the side pane shares the article's place (a toggle).
pub const WIDE: u16 = 100;
/// Below this width one pane shows at a time.
pub const NARROW: u16 = 60;

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
/// place when both do not fit.
pub fn areas(area: Rect, focus: Pane, shown: Pane) -> Areas {
    let mut a = Areas::default();
    let mut body = area;
    if area.height >= 2 {
        a.title = Rect { height: 1, ..area };
        body.y += 1;
        body.height -= 1;
    }
    if area.height >= 3 {
        a.status = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        body.height -= 1;
    }
    let w = body.width;
    let split = |left: u16| {
        let left = left.min(w);
        (
            Rect { width: left, ..body },
            Rect {
                x: body.x + left,
                width: w - left,
                ..body
            },
        )
    };
    if w >= WIDE {
        let (sources, rest) = split((w * 22 / 100).clamp(24, 40));
        let side_w = (w * 30 / 100).clamp(30, 52);
        let article = Rect {
            width: rest.width - side_w,
            ..rest
        };
        let side = Rect {
            x: article.x + article.width,
            width: side_w,
            ..rest
        };
        a.sources = sources;
        a.article = article;
        a.side = side;
        a.compare = rest;
    } else if w >= NARROW {
        let (sources, rest) = split((w * 32 / 100).clamp(20, 32));
        a.sources = sources;
        match shown {
            Pane::Side => a.side = rest,
            _ => a.article = rest,
        }
        a.compare = rest;
    } else {
        match focus {
            Pane::Sources => a.sources = body,
            Pane::Article => a.article = body,
            Pane::Side => a.side = body,
        }
        a.compare = body;
    }
    a.help = centered(body, 96, 40);
    a
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
        let a = areas(Rect::new(0, 0, 160, 45), Pane::Sources, Pane::Article);
        assert!(a.sources.width > 0 && a.article.width > 0 && a.side.width > 0);
        assert_eq!(a.sources.width + a.article.width + a.side.width, 160);
        assert_eq!((a.title.y, a.status.y, a.sources.height), (0, 44, 43));

        let a = areas(Rect::new(0, 0, 80, 24), Pane::Side, Pane::Side);
        assert!(a.sources.width > 0 && a.side.width > 0);
        assert_eq!(a.article, Rect::default());

        let a = areas(Rect::new(0, 0, 50, 20), Pane::Article, Pane::Article);
        assert_eq!(a.article.width, 50);
        assert_eq!((a.sources, a.side), (Rect::default(), Rect::default()));
    }

    #[test]
    fn tiny_sizes_stay_inside() {
        for w in 0..25 {
            for h in 0..8 {
                let area = Rect::new(0, 0, w, h);
                for focus in Pane::ORDER {
                    let a = areas(area, focus, focus);
                    for r in [a.title, a.status, a.sources, a.article, a.side, a.compare, a.help] {
                        assert!(area.union(r) == area || r.area() == 0, "{r:?} outside {area:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn hit_testing() {
        let a = areas(Rect::new(0, 0, 160, 45), Pane::Sources, Pane::Article);
        assert_eq!(a.pane_at(1, 5), Some(Pane::Sources));
        assert_eq!(a.pane_at(a.article.x + 1, 5), Some(Pane::Article));
        assert_eq!(a.pane_at(159, 5), Some(Pane::Side));
        assert_eq!(a.pane_at(5, 0), None);
    }
}

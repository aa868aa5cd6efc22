//! Geometry of the radar chart, pure so it is tested natively; the view only turns it into SVG.
//!
//! Axes start at the top and run clockwise. A level that is not scored gets no point (it is never drawn as 0); the
//! outline connects only neighbouring scored axes.

use crate::hyphen::SOFT_HYPHEN;

/// A point in SVG user units (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Horizontal alignment of an axis label, as SVG's `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// Outer end of the axis line (value 100).
    pub end: Point,
    /// Where the label goes, a little outside the end.
    pub label: Point,
    pub anchor: Anchor,
    /// The value's point, `None` when not scored.
    pub point: Option<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub center: Point,
    pub radius: f64,
    /// Grid polygons at 25, 50, 75 and 100.
    pub rings: Vec<Vec<Point>>,
    pub axes: Vec<Axis>,
    /// Runs of neighbouring scored points; a closed polygon when every axis is scored.
    pub outline: Outline,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outline {
    /// Every axis scored: one closed shape.
    Closed(Vec<Point>),
    /// Some axes not scored: open lines through neighbouring scored points.
    Open(Vec<Vec<Point>>),
}

/// Grid levels drawn as rings.
pub const RINGS: [f64; 4] = [25.0, 50.0, 75.0, 100.0];

fn polar(center: Point, radius: f64, index: usize, count: usize) -> Point {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * index as f64 / count as f64;
    let (sin, cos) = sin_cos(angle);
    Point { x: center.x + radius * cos, y: center.y + radius * sin }
}

/// Sine and cosine by their Taylor series after reducing the angle to [−π, π]: exact to about 1e-9 there, far below
/// the 0.1 units the SVG keeps. `f64::sin_cos` would pull the general libm routines (with their large range
/// reduction) into the wasm for the few angles a chart needs.
pub fn sin_cos(angle: f64) -> (f64, f64) {
    use std::f64::consts::{PI, TAU};
    let x = angle - TAU * ((angle + PI) / TAU).floor();
    let x2 = x * x;
    let (mut sin, mut cos) = (0.0, 0.0);
    let (mut sin_term, mut cos_term) = (x, 1.0);
    for n in 1..=12 {
        sin += sin_term;
        cos += cos_term;
        let n = f64::from(n);
        sin_term *= -x2 / ((2.0 * n) * (2.0 * n + 1.0));
        cos_term *= -x2 / ((2.0 * n - 1.0) * (2.0 * n));
    }
    (sin, cos)
}

/// A number for SVG markup with one decimal ("12.3", "-0.5", "7.0"), written with integer formatting only: float
/// formatting would add its code (about 10 KB) to the wasm for this one use.
pub fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10)
}

/// The chart for `values` (0–100 or not scored) around `center` with the given outer `radius`.
pub fn radar(values: &[Option<f64>], center: Point, radius: f64) -> Radar {
    let count = values.len().max(1);
    let rings = RINGS
        .iter()
        .map(|level| (0..count).map(|i| polar(center, radius * level / 100.0, i, count)).collect())
        .collect();
    let axes: Vec<Axis> = values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let end = polar(center, radius, i, count);
            let label = polar(center, radius + 14.0, i, count);
            let dx = label.x - center.x;
            let anchor = if dx.abs() < radius * 0.05 {
                Anchor::Middle
            } else if dx > 0.0 {
                Anchor::Start
            } else {
                Anchor::End
            };
            let point = value.map(|v| polar(center, radius * v.clamp(0.0, 100.0) / 100.0, i, count));
            Axis { end, label, anchor, point }
        })
        .collect();
    let outline = outline_through(&axes.iter().map(|axis| axis.point).collect::<Vec<_>>());
    Radar { center, radius, rings, axes, outline }
}

/// An extra outline over the same axes as [`radar`] for arbitrary per-axis values (0–100, or `None` where there is
/// no value): the regional median drawn dashed, or a comparison. Same rules as the firm's own outline: a missing
/// value is never drawn as 0, and the outline opens there.
pub fn outline(values: &[Option<f64>], center: Point, radius: f64) -> Outline {
    let count = values.len().max(1);
    let points: Vec<Option<Point>> = values
        .iter()
        .enumerate()
        .map(|(i, value)| value.map(|v| polar(center, radius * v.clamp(0.0, 100.0) / 100.0, i, count)))
        .collect();
    outline_through(&points)
}

/// One closed shape when every axis has a point, else open runs of neighbouring points (single points dropped).
fn outline_through(points: &[Option<Point>]) -> Outline {
    if points.iter().all(Option::is_some) {
        return Outline::Closed(points.iter().flatten().copied().collect());
    }
    let mut runs: Vec<Vec<Point>> = Vec::new();
    let mut current = Vec::new();
    for point in points {
        match point {
            Some(point) => current.push(*point),
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        // The last run continues into the first one around the circle.
        if points.first().is_some_and(Option::is_some) && !runs.is_empty() {
            current.extend(runs.remove(0));
        }
        runs.push(current);
    }
    Outline::Open(runs.into_iter().filter(|run| run.len() > 1).collect())
}

/// SVG `points` attribute for a list of points, rounded to 0.1 units to keep the markup short.
pub fn svg_points(points: &[Point]) -> String {
    points.iter().map(|p| format!("{},{}", svg_number(p.x), svg_number(p.y))).collect::<Vec<_>>().join(" ")
}

/// The positions of the highest and the lowest of the shown values (the first of equal ones), for the one line that
/// sums up a chart for screen readers; `None` when no value is shown.
pub fn extremes(values: &[Option<u8>]) -> Option<(usize, usize)> {
    let shown = || values.iter().enumerate().filter_map(|(i, value)| value.map(|value| (i, value)));
    let highest = shown().fold(None, |best: Option<(usize, u8)>, (i, v)| match best {
        Some((_, b)) if b >= v => best,
        _ => Some((i, v)),
    })?;
    let lowest = shown().fold(None, |best: Option<(usize, u8)>, (i, v)| match best {
        Some((_, b)) if b <= v => best,
        _ => Some((i, v)),
    })?;
    Some((highest.0, lowest.0))
}

/// A label's lines of at most `max_chars` (a longer word stands alone), for SVG text, which does not wrap. A word too
/// long for a line is cut at its soft hyphens (`domain::hyphen`), the cut marked with "-", so a long German compound
/// stays inside the picture; soft hyphens not cut at are dropped.
pub fn wrap_label(label: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        for (index, piece) in word_pieces(word, max_chars).into_iter().enumerate() {
            match lines.last_mut() {
                Some(line) if index == 0 && line.chars().count() + 1 + piece.chars().count() <= max_chars => {
                    line.push(' ');
                    line.push_str(&piece);
                }
                _ => lines.push(piece),
            }
        }
    }
    lines
}

/// A word whole (without soft hyphens) if it fits a line, else cut at its soft hyphens into pieces that fit, each but
/// the last ending in "-".
fn word_pieces(word: &str, max_chars: usize) -> Vec<String> {
    let whole: String = word.chars().filter(|c| *c != SOFT_HYPHEN).collect();
    if whole.chars().count() <= max_chars {
        return vec![whole];
    }
    let mut pieces = Vec::new();
    let mut current = String::new();
    for part in word.split(SOFT_HYPHEN) {
        if !current.is_empty() && current.chars().count() + part.chars().count() + 1 > max_chars {
            current.push('-');
            pieces.push(std::mem::take(&mut current));
        }
        current.push_str(part);
    }
    pieces.push(current);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin_cos_matches_the_standard_library_around_the_circle() {
        for i in -400..=400 {
            let angle = f64::from(i) * 0.0314;
            let (sin, cos) = sin_cos(angle);
            assert!((sin - angle.sin()).abs() < 1e-9, "sin {angle}: {sin} vs {}", angle.sin());
            assert!((cos - angle.cos()).abs() < 1e-9, "cos {angle}: {cos} vs {}", angle.cos());
        }
    }

    #[test]
    fn svg_numbers_have_one_decimal_within_half_a_tenth() {
        assert_eq!(svg_number(0.0), "0.0");
        assert_eq!(svg_number(7.0), "7.0");
        assert_eq!(svg_number(12.34), "12.3");
        assert_eq!(svg_number(-0.04), "0.0");
        assert_eq!(svg_number(-0.06), "-0.1");
        assert_eq!(svg_number(279.99), "280.0");
        for i in -5000..5000 {
            let value = f64::from(i) * 0.0137;
            let written: f64 = svg_number(value).parse().unwrap();
            assert!((written - value).abs() <= 0.05 + 1e-9, "{value} -> {written}");
        }
    }

    #[test]
    fn extremes_name_the_first_highest_and_lowest_shown_value() {
        assert_eq!(extremes(&[Some(40), None, Some(80), Some(80), Some(12), Some(12)]), Some((2, 4)));
        assert_eq!(extremes(&[None, Some(55)]), Some((1, 1)));
        assert_eq!(extremes(&[None, None]), None);
        assert_eq!(extremes(&[]), None);
    }

    const C: Point = Point { x: 100.0, y: 100.0 };

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn first_axis_points_up_and_axes_run_clockwise() {
        let radar = radar(&[Some(100.0); 4], C, 50.0);
        assert!(close(radar.axes[0].end, Point { x: 100.0, y: 50.0 }));
        assert!(close(radar.axes[1].end, Point { x: 150.0, y: 100.0 }));
        assert!(close(radar.axes[2].end, Point { x: 100.0, y: 150.0 }));
        assert!(close(radar.axes[3].end, Point { x: 50.0, y: 100.0 }));
        assert_eq!(radar.axes[0].anchor, Anchor::Middle);
        assert_eq!(radar.axes[1].anchor, Anchor::Start);
        assert_eq!(radar.axes[3].anchor, Anchor::End);
    }

    #[test]
    fn values_scale_along_their_axis() {
        let radar = radar(&[Some(50.0), Some(0.0), Some(100.0), Some(25.0)], C, 80.0);
        assert!(close(radar.axes[0].point.unwrap(), Point { x: 100.0, y: 60.0 }));
        assert!(close(radar.axes[1].point.unwrap(), C));
        assert!(close(radar.axes[2].point.unwrap(), Point { x: 100.0, y: 180.0 }));
        assert!(close(radar.axes[3].point.unwrap(), Point { x: 80.0, y: 100.0 }));
        assert!(matches!(&radar.outline, Outline::Closed(points) if points.len() == 4));
    }

    #[test]
    fn rings_are_at_quarter_levels() {
        let radar = radar(&[Some(1.0); 6], C, 100.0);
        assert_eq!(radar.rings.len(), 4);
        for (ring, level) in radar.rings.iter().zip(RINGS) {
            assert_eq!(ring.len(), 6);
            assert!(close(ring[0], Point { x: 100.0, y: 100.0 - level }));
        }
    }

    #[test]
    fn unscored_axes_get_no_point_and_break_the_outline() {
        let radar = radar(&[Some(50.0), Some(50.0), None, Some(50.0), Some(50.0), None], C, 100.0);
        assert!(radar.axes[2].point.is_none());
        match &radar.outline {
            Outline::Open(runs) => {
                assert_eq!(runs.len(), 2);
                assert!(runs.iter().all(|run| run.len() == 2));
            }
            Outline::Closed(_) => panic!("an unscored axis must not be closed over"),
        }
    }

    #[test]
    fn the_last_run_wraps_into_the_first() {
        let radar = radar(&[Some(50.0), None, Some(50.0), Some(50.0)], C, 100.0);
        match &radar.outline {
            Outline::Open(runs) => assert_eq!(
                runs,
                &vec![vec![radar.axes[2].point.unwrap(), radar.axes[3].point.unwrap(), radar.axes[0].point.unwrap()]]
            ),
            Outline::Closed(_) => panic!(),
        }
    }

    #[test]
    fn an_extra_outline_matches_the_firms_outline_for_the_same_values() {
        for values in [
            vec![Some(50.0), Some(20.0), Some(80.0), Some(40.0), Some(60.0), Some(70.0)],
            vec![Some(50.0), None, Some(50.0), Some(50.0)],
            vec![None, Some(10.0), None, Some(90.0), Some(30.0), None],
            vec![None, None, None],
        ] {
            assert_eq!(outline(&values, C, 80.0), radar(&values, C, 80.0).outline);
        }
    }

    #[test]
    fn an_extra_outline_scales_clamps_and_opens_at_missing_values() {
        match outline(&[Some(50.0), Some(150.0), Some(-5.0), Some(100.0)], C, 80.0) {
            Outline::Closed(points) => {
                assert_eq!(points.len(), 4);
                assert!(close(points[0], Point { x: 100.0, y: 60.0 }));
                assert!(close(points[1], Point { x: 180.0, y: 100.0 }));
                assert!(close(points[2], C));
                assert!(close(points[3], Point { x: 20.0, y: 100.0 }));
            }
            Outline::Open(_) => panic!("every axis has a value"),
        }
        match outline(&[Some(50.0), Some(50.0), None, None], C, 80.0) {
            Outline::Open(runs) => assert_eq!(runs.len(), 1),
            Outline::Closed(_) => panic!("a missing value must open the outline"),
        }
        assert_eq!(outline(&[Some(50.0), None, Some(50.0), None], C, 80.0), Outline::Open(vec![]));
    }

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(
            wrap_label("Sicherung der Beschäftigungsfähigkeit", 16),
            ["Sicherung der", "Beschäftigungsfähigkeit"]
        );
        assert_eq!(wrap_label("Ausbildung", 16), ["Ausbildung"]);
        assert_eq!(wrap_label("  ", 16), Vec::<String>::new());
        let long = crate::hyphen::soft_hyphens("Sicherung der Beschäftigungsfähigkeit");
        assert_eq!(wrap_label(&long, 18), ["Sicherung der", "Beschäftigungs-", "fähigkeit"]);
        assert_eq!(
            wrap_label(&crate::hyphen::soft_hyphens("Fachkräfterekrutierung"), 18),
            ["Fachkräfte-", "rekrutierung"]
        );
        assert_eq!(wrap_label(&crate::hyphen::soft_hyphens("Familienfreundlichkeit"), 30), ["Familienfreundlichkeit"]);
    }

    #[test]
    fn values_are_clamped_and_points_formatted_compactly() {
        let radar = radar(&[Some(150.0), Some(-5.0), Some(10.0)], C, 10.0);
        assert!(close(radar.axes[0].point.unwrap(), radar.axes[0].end));
        assert!(close(radar.axes[1].point.unwrap(), C));
        assert_eq!(svg_points(&[Point { x: 1.04, y: 2.0 }, Point { x: 3.0, y: 4.56 }]), "1.0,2.0 3.0,4.6");
    }
}

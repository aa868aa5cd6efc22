//! The radar chart as SVG, drawn from `domain::chart` geometry, with a data table as its equivalent for screen
//! readers and print. The SVG is `role="img"` with a title; the table carries the same numbers.

use leptos::prelude::*;

use crate::domain::chart::{Outline, Point, outline, radar, svg_number, svg_points, wrap_label};

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 440.0;
const RADIUS: f64 = 150.0;

/// One axis of the chart: its label and its score (0–100, or not scored).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartValue {
    pub label: String,
    pub value: Option<f64>,
}

/// A further outline drawn dashed over the same axes: the regional median, the earlier state compared with.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlay {
    pub values: Vec<Option<f64>>,
    /// The legend below the chart, which says what the outline is.
    pub legend: String,
    /// The outline's class, which sets its dash pattern; the legend's sample repeats it.
    pub class: &'static str,
    pub testid: &'static str,
}

/// A radar chart of `values`, titled `title` for assistive technology.
#[component]
pub fn RadarChart(
    /// The axes in order, starting at the top, clockwise.
    values: Vec<ChartValue>,
    /// Accessible name of the image.
    title: String,
    /// Maximum characters per label line.
    #[prop(default = 18)]
    wrap: usize,
    /// Further dashed outlines, each with its legend.
    #[prop(default = Vec::new())]
    overlays: Vec<Overlay>,
) -> impl IntoView {
    let center = Point { x: WIDTH / 2.0, y: HEIGHT / 2.0 };
    let geometry = radar(&values.iter().map(|v| v.value).collect::<Vec<_>>(), center, RADIUS);
    let rings = geometry
        .rings
        .iter()
        .map(|ring| view! { <polygon class="chart__ring" points=svg_points(ring)/> })
        .collect_view();
    let axes = geometry
        .axes
        .iter()
        .zip(&values)
        .map(|(axis, value)| {
            let lines = wrap_label(&value.label, wrap);
            let first_dy = -0.6 * (lines.len() as f64 - 1.0);
            let label = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let dy = if i == 0 { format!("{}em", svg_number(first_dy)) } else { "1.2em".to_string() };
                    view! { <tspan x=svg_number(axis.label.x) dy=dy>{line}</tspan> }
                })
                .collect_view();
            let dot = axis.point.map(|p| {
                view! { <circle class="chart__dot" cx=svg_number(p.x) cy=svg_number(p.y) r="5"/> }
            });
            view! {
                <line class="chart__axis" x1=svg_number(center.x) y1=svg_number(center.y) x2=svg_number(axis.end.x) y2=svg_number(axis.end.y)/>
                <text class="chart__label" x=svg_number(axis.label.x) y=svg_number(axis.label.y)
                    text-anchor=axis.anchor.as_str() dominant-baseline="middle">{label}</text>
                {dot}
            }
        })
        .collect_view();
    let own = shape(&geometry.outline, "chart__area", "chart__line");
    let extra = overlays.iter().map(|o| shape(&outline(&o.values, center, RADIUS), o.class, o.class)).collect_view();
    let legend = (!overlays.is_empty()).then(|| {
        let items = overlays
            .into_iter()
            .map(|Overlay { legend, class, testid, .. }| {
                view! {
                    <li data-testid=testid>
                        <svg class="chart__sample" viewBox="0 0 32 8" aria-hidden="true">
                            <line class=class x1="0" y1="4" x2="32" y2="4"/>
                        </svg>
                        {legend}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chart__legend">{items}</ul> }
    });
    let label = title.clone();
    view! {
        <svg class="chart" viewBox=format!("0 0 {} {}", WIDTH as u32, HEIGHT as u32) role="img" aria-label=label
            xmlns="http://www.w3.org/2000/svg">
            <title>{title}</title>
            {rings}
            {axes}
            {own}
            {extra}
        </svg>
        {legend}
    }
}

/// An outline as SVG: a closed polygon, or open polylines where axes have no value.
fn shape(outline: &Outline, closed_class: &'static str, open_class: &'static str) -> AnyView {
    match outline {
        Outline::Closed(points) => view! { <polygon class=closed_class points=svg_points(points)/> }.into_any(),
        Outline::Open(runs) => runs
            .iter()
            .map(|run| view! { <polyline class=open_class points=svg_points(run)/> })
            .collect_view()
            .into_any(),
    }
}

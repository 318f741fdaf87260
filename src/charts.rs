//! The statistics page's charts, drawn by plotters' SVG backend into SVG
//! text the page places inline (so they print with the page). Linked only
//! into the 统计 page. Chinese labels are SVG text in the page's sans-serif
//! font; plotters measures them in the page's document.

use plotters::coord::ranged1d::{SegmentValue, SegmentedCoord};
use plotters::coord::types::{RangedCoordu32, RangedCoordusize};
use plotters::prelude::*;

/// The palette: calm, distinct, printable in grey.
pub const PALETTE: [RGBColor; 6] = [
    RGBColor(31, 95, 153),
    RGBColor(224, 132, 33),
    RGBColor(23, 105, 58),
    RGBColor(180, 35, 24),
    RGBColor(110, 80, 160),
    RGBColor(120, 120, 120),
];

const FONT: &str = "sans-serif";

/// What drawing a chart gives.
type Drawn = Result<(), Box<dyn std::error::Error>>;

/// Draws with `draw` on a `w`×`h` SVG; an error gives an empty chart
/// with its message, never a panic.
fn svg(
    w: u32,
    h: u32,
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> Drawn,
) -> String {
    let mut out = String::new();
    let failed = {
        let root = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        let r = root.fill(&WHITE).map_err(|e| e.to_string());
        let r = r.and_then(|_| draw(&root).map_err(|e| e.to_string()));
        let r = r.and_then(|_| root.present().map_err(|e| e.to_string()));
        r.err()
    };
    match failed {
        Some(e) => format!("<p class=\"empty\">图表无法绘制：{e}</p>"),
        None => out,
    }
}

/// A chart of counts over labelled segments.
type CountsChart<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<SegmentedCoord<RangedCoordusize>, RangedCoordu32>>;

/// A chart of counts with one segment per label on the x axis, its mesh
/// and labels drawn: the ground of `bars` and `stacked`. `x_labels` is the
/// label area's height and the labels' font size.
fn counts_chart<'a, 'b>(
    root: &'a DrawingArea<SVGBackend<'b>, plotters::coord::Shift>,
    title: &str,
    labels: &[String],
    top: u32,
    x_labels: (u32, u32),
) -> Result<CountsChart<'a, 'b>, Box<dyn std::error::Error>> {
    let n = labels.len().max(1);
    let mut chart = ChartBuilder::on(root)
        .caption(title, (FONT, 18))
        .margin(10)
        .x_label_area_size(x_labels.0)
        .y_label_area_size(40)
        .build_cartesian_2d((0..n).into_segmented(), 0u32..top + top / 5 + 1)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n)
        .x_label_style((FONT, x_labels.1))
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => labels.get(*i).cloned().unwrap_or_default(),
            _ => String::new(),
        })
        .y_label_style((FONT, 12))
        .draw()?;
    Ok(chart)
}

/// A bar chart of counts, one bar per label, each with its number.
pub fn bars(title: &str, data: &[(String, u32)]) -> String {
    let top = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let labels: Vec<String> = data.iter().map(|d| d.0.clone()).collect();
    svg(640, 300, |root| {
        let mut chart = counts_chart(root, title, &labels, top, (48, 13))?;
        chart.draw_series(
            Histogram::vertical(&chart)
                .style(PALETTE[0].filled())
                .margin(12)
                .data(data.iter().enumerate().map(|(i, (_, v))| (i, *v))),
        )?;
        chart.draw_series(data.iter().enumerate().map(|(i, (_, v))| {
            Text::new(
                v.to_string(),
                (SegmentValue::CenterOf(i), *v),
                (FONT, 13).into_font(),
            )
        }))?;
        Ok(())
    })
}

/// A stacked bar chart: per label, each series' count on top of the
/// previous ones; a legend names the series.
pub fn stacked(title: &str, labels: &[String], series: &[(&str, Vec<u32>)]) -> String {
    let top = (0..labels.len())
        .map(|i| {
            series
                .iter()
                .map(|(_, v)| v.get(i).copied().unwrap_or(0))
                .sum::<u32>()
        })
        .max()
        .unwrap_or(0)
        .max(1);
    svg(720, 320, |root| {
        let mut chart = counts_chart(root, title, labels, top, (56, 12))?;
        let mut base = vec![0u32; labels.len()];
        for (k, (name, values)) in series.iter().enumerate() {
            let colour = PALETTE[k % PALETTE.len()];
            let bars: Vec<_> = (0..labels.len())
                .map(|i| {
                    let v = values.get(i).copied().unwrap_or(0);
                    let r = Rectangle::new(
                        [
                            (SegmentValue::Exact(i), base[i]),
                            (SegmentValue::Exact(i + 1), base[i] + v),
                        ],
                        colour.filled(),
                    );
                    base[i] += v;
                    r
                })
                .collect();
            chart.draw_series(bars)?.label(*name).legend(move |(x, y)| {
                Rectangle::new([(x, y - 6), (x + 12, y + 6)], colour.filled())
            });
        }
        chart
            .configure_series_labels()
            .label_font((FONT, 13))
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.4))
            .draw()?;
        Ok(())
    })
}

/// The colour of a slice: a warning colour's own (红, 黄, 绿), else the
/// palette's in turn.
fn slice_colour(label: &str, i: usize) -> RGBColor {
    match label {
        "红" => RGBColor(180, 35, 24),
        "黄" => RGBColor(226, 180, 40),
        "绿" => RGBColor(23, 105, 58),
        _ => PALETTE[i % PALETTE.len()],
    }
}

/// A donut of shares, each slice labelled with its name (up to a full-width
/// bracket: A类, not its explanation) and count.
pub fn donut(title: &str, data: &[(String, u32)]) -> String {
    let sizes: Vec<f64> = data.iter().map(|(_, v)| f64::from(*v)).collect();
    let labels: Vec<String> = data
        .iter()
        .map(|(l, v)| format!("{} {v}", l.split('（').next().unwrap_or(l)))
        .collect();
    let colours: Vec<RGBColor> = data
        .iter()
        .enumerate()
        .map(|(i, (l, _))| slice_colour(l, i))
        .collect();
    svg(640, 300, |root| {
        let area = root.titled(title, (FONT, 18))?;
        if sizes.iter().sum::<f64>() <= 0.0 {
            return Ok(());
        }
        let (w, h) = area.dim_in_pixel();
        let center = (w as i32 / 2, h as i32 / 2);
        let radius = f64::from(h.min(w)) * 0.36;
        let mut pie = Pie::new(&center, &radius, &sizes, &colours, &labels);
        pie.donut_hole(radius * 0.55);
        pie.label_style((FONT, 14).into_font());
        pie.label_offset(radius * 0.1);
        area.draw(&pie)?;
        Ok(())
    })
}

/// Lines of percentages by year, one per series (gaps where nothing was
/// counted), with a legend.
pub fn lines(title: &str, years: &[i32], series: &[(&str, Vec<Option<f64>>)]) -> String {
    let (first, last) = (
        years.first().copied().unwrap_or(2026),
        years.last().copied().unwrap_or(2026),
    );
    svg(640, 300, |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(title, (FONT, 18))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(48)
            .build_cartesian_2d(first - 1..last + 1, 0f64..100f64)?;
        chart
            .configure_mesh()
            .x_labels(years.len() + 2)
            .x_label_formatter(&|y| format!("{y}年"))
            .y_label_formatter(&|p| format!("{p:.0}%"))
            .x_label_style((FONT, 12))
            .y_label_style((FONT, 12))
            .draw()?;
        for (k, (name, values)) in series.iter().enumerate() {
            let colour = PALETTE[k % PALETTE.len()];
            let points: Vec<(i32, f64)> = years
                .iter()
                .zip(values)
                .filter_map(|(y, v)| v.map(|v| (*y, v)))
                .collect();
            chart
                .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))?
                .label(*name)
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 14, y)], colour.stroke_width(2))
                });
            chart.draw_series(
                points
                    .into_iter()
                    .map(|p| Circle::new(p, 4, colour.filled())),
            )?;
        }
        chart
            .configure_series_labels()
            .label_font((FONT, 13))
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.4))
            .position(SeriesLabelPosition::LowerRight)
            .draw()?;
        Ok(())
    })
}

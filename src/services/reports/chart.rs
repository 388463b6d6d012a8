//! A bar chart as inline SVG, drawn on the server: readable without JavaScript, printable, and
//! with every value also written as text (never by length or colour alone).

use std::fmt::Write as _;

/// One bar: a label, the whole, and the part of it drawn darker (e.g. booked and arrived).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// What the bar is (an employer's name).
    pub label: String,
    /// The whole.
    pub total: usize,
    /// The part of the whole, drawn over it.
    pub part: usize,
}

const WIDTH: usize = 640;
const LABEL_WIDTH: usize = 200;
const VALUE_WIDTH: usize = 150;
const ROW: usize = 28;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Shortens a label to `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max - 1).collect();
        short.push('…');
        short
    }
}

/// The chart titled `title`; `total_name` and `part_name` say what the two lengths mean
/// (`booked`, `arrived`).
pub fn bar_chart(title: &str, bars: &[Bar], (total_name, part_name): (&str, &str)) -> String {
    let height = ROW * bars.len().max(1) + 40;
    let longest = bars.iter().map(|b| b.total).max().unwrap_or(0).max(1);
    let room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">{}</title><desc id="chart-desc">"#,
        escape(title)
    );
    for bar in bars {
        let _ = write!(
            svg,
            "{}: {} {total_name}, {} {part_name}. ",
            escape(&bar.label),
            bar.total,
            bar.part
        );
    }
    svg.push_str("</desc>");
    for (i, bar) in bars.iter().enumerate() {
        let y = i * ROW + 4;
        let whole = bar.total * room / longest;
        let part = bar.part.min(bar.total) * room / longest;
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="end" font-size="13">{}</text><rect x="{LABEL_WIDTH}" y="{y}" width="{whole}" height="{}" fill="#b9d3ee"/><rect x="{LABEL_WIDTH}" y="{y}" width="{part}" height="{}" fill="#0b5cad"/><text x="{}" y="{}" font-size="13">{} {total_name} · {} {part_name}</text>"##,
            LABEL_WIDTH - 8,
            y + 15,
            escape(&shorten(&bar.label, 28)),
            ROW - 8,
            ROW - 8,
            LABEL_WIDTH + whole + 6,
            y + 15,
            bar.total,
            bar.part
        );
    }
    let legend_y = ROW * bars.len().max(1) + 24;
    let _ = write!(
        svg,
        r##"<rect x="{LABEL_WIDTH}" y="{}" width="12" height="12" fill="#b9d3ee"/><text x="{}" y="{legend_y}" font-size="12">{total_name}</text><rect x="{}" y="{}" width="12" height="12" fill="#0b5cad"/><text x="{}" y="{legend_y}" font-size="12">{part_name}</text></svg>"##,
        legend_y - 10,
        LABEL_WIDTH + 16,
        LABEL_WIDTH + 100,
        legend_y - 10,
        LABEL_WIDTH + 116
    );
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars() -> Vec<Bar> {
        vec![
            Bar {
                label: "Havel Health & Co <Kliniken>".to_owned(),
                total: 10,
                part: 7,
            },
            Bar {
                label: "Nordlicht".to_owned(),
                total: 5,
                part: 5,
            },
        ]
    }

    #[test]
    fn bars_are_scaled_to_the_longest_and_every_value_is_written() {
        let svg = bar_chart("Bookings per employer", &bars(), ("booked", "arrived"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("<title id=\"chart-title\">Bookings per employer</title>"));
        // The longest bar takes the whole room, the other half of it.
        assert!(
            svg.contains(r##"width="290" height="20" fill="#b9d3ee""##),
            "{svg}"
        );
        assert!(svg.contains(r##"width="145" height="20" fill="#b9d3ee""##));
        assert!(svg.contains(r##"width="203" height="20" fill="#0b5cad""##));
        assert!(svg.contains("10 booked · 7 arrived"));
        assert!(svg.contains("Havel Health &amp; Co &lt;Kliniken&gt;: 10 booked, 7 arrived."));
        assert!(!svg.contains("<Kliniken>"), "labels are escaped");
    }

    #[test]
    fn an_empty_chart_is_still_a_valid_picture() {
        let svg = bar_chart("Nothing yet", &[], ("booked", "arrived"));
        assert!(svg.contains("viewBox=\"0 0 640 68\""));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn long_labels_are_shortened_on_the_bar_but_whole_in_the_description() {
        let long = Bar {
            label: "A very long employer name that goes on and on GmbH".to_owned(),
            total: 1,
            part: 0,
        };
        let svg = bar_chart("t", &[long], ("booked", "arrived"));
        assert!(svg.contains(">A very long employer name t…</text>"));
        assert!(svg.contains("A very long employer name that goes on and on GmbH: 1 booked"));
    }
}

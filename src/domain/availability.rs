//! A volunteer's availability as typed by their employer's contact (`09:00-12:00; 13:30-16:00`,
//! with a date in front when the event runs over several days), read as wall time in the event's
//! zone and kept inside the event's hours.

use super::fields::FieldError;
use super::local_time::{LocalTimeError, parse_local, to_civil};
use super::time::{TimeError, format_clock_range};
use jiff::civil::{Date, Time};

/// The most windows one volunteer may give for one event.
pub const MAX_WINDOWS: usize = 20;

/// The event a volunteer's windows belong to: its zone and hours.
#[derive(Clone, Copy, Debug)]
pub struct EventHours<'a> {
    /// IANA zone the event runs in.
    pub zone: &'a str,
    /// Start, ms.
    pub starts_at: i64,
    /// End, ms.
    pub ends_at: i64,
}

impl EventHours<'_> {
    /// The local dates of the event's first and last moments.
    fn dates(&self) -> Result<(Date, Date), TimeError> {
        Ok((
            to_civil(self.starts_at, self.zone)?.date(),
            to_civil(self.ends_at - 1, self.zone)?.date(),
        ))
    }

    /// Whether the event starts and ends on the same local date.
    pub fn is_one_day(&self) -> bool {
        self.dates().is_ok_and(|(first, last)| first == last)
    }

    /// The event's hours, for messages: `10:00–18:00`.
    fn describe(&self) -> String {
        format_clock_range(self.starts_at, self.ends_at, self.zone).unwrap_or_default()
    }
}

fn read_time(text: &str) -> Option<Time> {
    let text = text.trim();
    let (hour, minute) = text.split_once([':', '.'])?;
    Time::new(hour.parse().ok()?, minute.parse().ok()?, 0, 0).ok()
}

/// A problem with the availability field, told by the text `id` about `item`.
fn refused(id: &'static str, item: &str, more: Option<(&'static str, String)>) -> FieldError {
    let mut args = vec![("item", item.to_owned())];
    args.extend(more);
    FieldError::with_args("availability", id, args)
}

/// Reads one window like `09:00-12:00` or `2026-12-05 09:00-12:00`.
fn read_window(item: &str, hours: &EventHours) -> Result<(i64, i64), FieldError> {
    let unreadable = || {
        let id = if hours.is_one_day() {
            "problem-window-unreadable"
        } else {
            "problem-window-unreadable-dated"
        };
        refused(id, item, None)
    };
    let (date_text, times) = match item.split_once(char::is_whitespace) {
        Some((first, rest)) if first.contains('-') && first.len() == 10 => (Some(first), rest),
        _ => (None, item),
    };
    let (start, end) = times
        .split_once(['-', '–'])
        .or_else(|| times.split_once(" to "))
        .and_then(|(a, b)| Some((read_time(a)?, read_time(b)?)))
        .ok_or_else(unreadable)?;
    let (first_day, _) = hours
        .dates()
        .map_err(|_| FieldError::with_args("availability", "problem-time-zone", Vec::new()))?;
    let date = match date_text {
        Some(text) => text.parse::<Date>().map_err(|_| unreadable())?,
        None if hours.is_one_day() => first_day,
        None => {
            let example = format!("{first_day} {start}");
            return Err(refused(
                "problem-window-date-needed",
                item,
                Some(("example", example)),
            ));
        }
    };
    let at = |time: Time| {
        parse_local(&format!("{date}T{}", time.strftime("%H:%M")), hours.zone).map_err(
            |e| match e {
                LocalTimeError::Skipped => refused("problem-window-skipped", item, None),
                _ => e.problem("availability"),
            },
        )
    };
    let (starts_at, ends_at) = (at(start)?, at(end)?);
    if ends_at <= starts_at {
        return Err(refused("problem-window-order", item, None));
    }
    if starts_at < hours.starts_at || ends_at > hours.ends_at {
        return Err(refused(
            "problem-window-outside",
            item,
            Some(("hours", hours.describe())),
        ));
    }
    Ok((starts_at, ends_at))
}

/// Reads windows separated by `;`, `,` or new lines; overlapping or touching windows are joined.
/// An empty text means no availability (the volunteer gets no interview slots).
pub fn parse_windows(text: &str, hours: &EventHours) -> Result<Vec<(i64, i64)>, FieldError> {
    let mut windows = Vec::new();
    for item in text
        .split([';', ',', '\n'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        windows.push(read_window(item, hours)?);
    }
    if windows.len() > MAX_WINDOWS {
        return Err(FieldError::with_args(
            "availability",
            "problem-window-too-many",
            vec![("count", MAX_WINDOWS.to_string())],
        ));
    }
    windows.sort_unstable();
    let mut joined: Vec<(i64, i64)> = Vec::with_capacity(windows.len());
    for (start, end) in windows {
        match joined.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => joined.push((start, end)),
        }
    }
    Ok(joined)
}

/// Writes windows back the way [`parse_windows`] reads them, one per line.
pub fn format_windows(windows: &[(i64, i64)], hours: &EventHours) -> String {
    windows
        .iter()
        .filter_map(|&(start, end)| {
            let from = to_civil(start, hours.zone).ok()?;
            let until = to_civil(end, hours.zone).ok()?;
            let times = format!("{}-{}", from.strftime("%H:%M"), until.strftime("%H:%M"));
            Some(if hours.is_one_day() {
                times
            } else {
                format!("{} {times}", from.date())
            })
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::local_time::parse_local;
    use crate::i18n::InLocale as _;
    use proptest::prelude::*;

    fn at(text: &str, zone: &str) -> i64 {
        parse_local(text, zone).unwrap()
    }

    fn day(zone: &'static str) -> EventHours<'static> {
        EventHours {
            zone,
            starts_at: at("2026-12-05T09:00", zone),
            ends_at: at("2026-12-05T18:00", zone),
        }
    }

    #[test]
    fn windows_are_read_in_the_events_zone_and_joined_when_they_overlap() {
        let hours = day("Europe/Berlin");
        let windows = parse_windows("13:00-15:00; 09:30 – 12:00\n14:30-16:00", &hours).unwrap();
        assert_eq!(
            windows,
            [
                (
                    at("2026-12-05T09:30", "Europe/Berlin"),
                    at("2026-12-05T12:00", "Europe/Berlin")
                ),
                (
                    at("2026-12-05T13:00", "Europe/Berlin"),
                    at("2026-12-05T16:00", "Europe/Berlin")
                ),
            ]
        );
        assert_eq!(format_windows(&windows, &hours), "09:30-12:00\n13:00-16:00");
    }

    #[test]
    fn times_outside_the_event_backwards_or_unreadable_are_refused_with_the_reason() {
        let hours = day("America/New_York");
        let refused = |text: &str| {
            parse_windows(text, &hours)
                .unwrap_err()
                .in_locale(&crate::domain::locale::Locale::default())
        };
        let outside = refused("08:00-10:00");
        assert!(
            outside.contains("outside the event's hours (09:00–18:00)"),
            "{outside}"
        );
        assert!(refused("12:00-11:00").contains("after"));
        assert!(refused("lunchtime").contains("09:00-12:00"));
        assert!(parse_windows("25:00-26:00", &hours).is_err());
        assert_eq!(parse_windows("  ", &hours), Ok(vec![]));
    }

    #[test]
    fn an_event_over_several_days_needs_the_date() {
        let zone = "Europe/Berlin";
        let hours = EventHours {
            zone,
            starts_at: at("2026-12-05T09:00", zone),
            ends_at: at("2026-12-06T18:00", zone),
        };
        let english = crate::domain::locale::Locale::default();
        let refused = parse_windows("10:00-11:00", &hours).unwrap_err();
        assert!(refused.in_locale(&english).contains("date"));
        let windows = parse_windows("2026-12-06 10:00-11:00", &hours).unwrap();
        assert_eq!(
            windows,
            [(at("2026-12-06T10:00", zone), at("2026-12-06T11:00", zone))]
        );
        assert_eq!(format_windows(&windows, &hours), "2026-12-06 10:00-11:00");
    }

    #[test]
    fn a_time_the_clocks_skip_is_refused() {
        let zone = "America/New_York";
        let hours = EventHours {
            zone,
            starts_at: at("2026-03-08T00:00", zone),
            ends_at: at("2026-03-08T12:00", zone),
        };
        let english = crate::domain::locale::Locale::default();
        let refused = parse_windows("02:30-04:00", &hours).unwrap_err();
        assert!(refused.in_locale(&english).contains("clocks"));
        // 01:00 to 04:00 local is two hours of real time on this day.
        let windows = parse_windows("01:00-04:00", &hours).unwrap();
        assert_eq!(windows[0].1 - windows[0].0, 2 * 3_600_000);
    }

    proptest! {
        #[test]
        fn parsed_windows_are_sorted_disjoint_and_inside_the_event(
            spans in proptest::collection::vec((9u32..18, 0u32..60, 1u32..180), 0..8)
        ) {
            let hours = day("Europe/Berlin");
            let text: Vec<String> = spans
                .iter()
                .map(|(h, m, len)| {
                    let end = (h * 60 + m + len).min(18 * 60);
                    format!("{h:02}:{m:02}-{:02}:{:02}", end / 60, end % 60)
                })
                .collect();
            if let Ok(windows) = parse_windows(&text.join("; "), &hours) {
                for pair in windows.windows(2) {
                    prop_assert!(pair[0].1 < pair[1].0);
                }
                for (start, end) in windows {
                    prop_assert!(start < end && start >= hours.starts_at && end <= hours.ends_at);
                }
            }
        }
    }
}

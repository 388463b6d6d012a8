//! Dates and times for people to read, in their language: weekday and month names and the order
//! of the parts come from the Fluent files, the instant from the event's zone, which is always
//! named. In right-to-left languages clock times and zone names are isolated left to right, so
//! `18:30–19:00` never shows up as `19:00–18:30`.

use crate::domain::locale::{Direction, Locale};
use crate::domain::time::{TimeError, timestamp, zone};
use crate::i18n::text;
use jiff::Zoned;

/// Left-to-right isolate and its end (Unicode bidi isolation, as `<bdi dir="ltr">` does in HTML).
const LTR_ISOLATE: char = '\u{2066}';
const END_ISOLATE: char = '\u{2069}';

fn isolated(locale: &Locale, text: String) -> String {
    match locale.direction() {
        Direction::Ltr => text,
        Direction::Rtl => format!("{LTR_ISOLATE}{text}{END_ISOLATE}"),
    }
}

fn at(ms: i64, zone_name: &str) -> Result<Zoned, TimeError> {
    Ok(timestamp(ms)?.to_zoned(zone(zone_name)?))
}

/// `18:30`, or `6:30 PM` where the locale's region writes twelve-hour times.
fn clock(locale: &Locale, at: &Zoned) -> String {
    if locale.uses_twelve_hour_clock() {
        let (hour, minute) = (at.hour(), at.minute());
        let half = if hour < 12 { "AM" } else { "PM" };
        let hour = match hour % 12 {
            0 => 12,
            h => h,
        };
        format!("{hour}:{minute:02}\u{a0}{half}")
    } else {
        format!("{:02}:{:02}", at.hour(), at.minute())
    }
}

/// `18:30–19:00`; `6:30–7:00 PM` (one AM or PM when both share it); `11:30 AM–12:30 PM`.
fn clocks(locale: &Locale, start: &Zoned, end: &Zoned) -> String {
    let (from, until) = (clock(locale, start), clock(locale, end));
    let same_half = (start.hour() < 12) == (end.hour() < 12);
    match from.split_once('\u{a0}') {
        Some((time, _)) if same_half => format!("{time}–{until}"),
        _ => format!("{from}–{until}"),
    }
}

fn date_words(locale: &Locale, at: &Zoned) -> String {
    let weekday = text(
        locale,
        &format!("weekday-{}", at.weekday().to_monday_one_offset()),
        &[],
    );
    let month = text(locale, &format!("month-{}", at.month()), &[]);
    if locale.uses_twelve_hour_clock() {
        // English as written in the US and its neighbours: month before day.
        return format!("{weekday}, {month} {}, {}", at.day(), at.year());
    }
    text(
        locale,
        "date-long",
        &[
            ("weekday", &weekday),
            ("day", &at.day().to_string()),
            ("month", &month),
            ("year", &at.year().to_string()),
        ],
    )
}

fn date_time(locale: &Locale, at: &Zoned) -> String {
    let time = isolated(locale, clock(locale, at));
    text(
        locale,
        "date-time",
        &[("date", &date_words(locale, at)), ("time", &time)],
    )
}

/// A start and end in the event's zone, naming it: `Tue 3 March 2026, 18:30–19:00
/// (Europe/Berlin)`, `Di., 3. März 2026, 18:30–19:00 (Europe/Berlin)`.
pub fn range(
    locale: &Locale,
    start_ms: i64,
    end_ms: i64,
    zone_name: &str,
) -> Result<String, TimeError> {
    let start = at(start_ms, zone_name)?;
    let end = at(end_ms, zone_name)?;
    let (start_text, end_text) = if start.date() == end.date() {
        (dated_clocks(locale, &start, &end), None)
    } else {
        (date_time(locale, &start), Some(date_time(locale, &end)))
    };
    let zone_text = isolated(locale, zone_name.to_owned());
    Ok(match end_text {
        None => text(
            locale,
            "time-with-zone",
            &[("time", &start_text), ("zone", &zone_text)],
        ),
        Some(end_text) => text(
            locale,
            "time-span-with-zone",
            &[
                ("start", &start_text),
                ("end", &end_text),
                ("zone", &zone_text),
            ],
        ),
    })
}

/// One instant in the zone, naming it: `Tue 3 March 2026, 18:30 (Europe/Berlin)`.
pub fn instant(locale: &Locale, ms: i64, zone_name: &str) -> Result<String, TimeError> {
    let moment = at(ms, zone_name)?;
    Ok(text(
        locale,
        "time-with-zone",
        &[
            ("time", &date_time(locale, &moment)),
            ("zone", &isolated(locale, zone_name.to_owned())),
        ],
    ))
}

/// The date of an instant in the zone: `Tue 3 March 2026`.
pub fn date(locale: &Locale, ms: i64, zone_name: &str) -> Result<String, TimeError> {
    Ok(date_words(locale, &at(ms, zone_name)?))
}

/// Only the wall-clock time of an instant: `18:30`, `6:30 PM`.
pub fn clock_time(locale: &Locale, ms: i64, zone_name: &str) -> Result<String, TimeError> {
    Ok(isolated(locale, clock(locale, &at(ms, zone_name)?)))
}

/// Only the wall-clock times of a range: `18:30–19:00`.
pub fn clock_range(
    locale: &Locale,
    start_ms: i64,
    end_ms: i64,
    zone_name: &str,
) -> Result<String, TimeError> {
    let (start, end) = (at(start_ms, zone_name)?, at(end_ms, zone_name)?);
    Ok(isolated(locale, clocks(locale, &start, &end)))
}

/// The date and wall-clock times of a range, without the zone: `Tue 3 March 2026, 18:30–19:00`.
pub fn dated_clock_range(
    locale: &Locale,
    start_ms: i64,
    end_ms: i64,
    zone_name: &str,
) -> Result<String, TimeError> {
    let (start, end) = (at(start_ms, zone_name)?, at(end_ms, zone_name)?);
    Ok(dated_clocks(locale, &start, &end))
}

/// `Tue 3 March 2026, 18:30–19:00`: the start's date with both clock times.
fn dated_clocks(locale: &Locale, start: &Zoned, end: &Zoned) -> String {
    let times = isolated(locale, clocks(locale, start, end));
    text(
        locale,
        "date-time",
        &[("date", &date_words(locale, start)), ("time", &times)],
    )
}

/// How the times inside one event are written: only their wall-clock times when the event lies
/// within one calendar day (`18:30–19:00`, the date is said once, with the event), with their
/// dates when it spans several (`Tue 3 March 2026, 18:30–19:00`), so that two days'
/// `10:00–10:30` are never confused. A time on another day than a one-day event's carries its
/// date too.
#[derive(Clone, Debug)]
pub struct EventClock {
    locale: Locale,
    zone: String,
    /// The event's day, when it has only one.
    one_day: Option<jiff::civil::Date>,
}

impl EventClock {
    /// The clock of an event from `start_ms` to `end_ms` in `zone_name`, written for `locale`.
    pub fn new(
        locale: &Locale,
        zone_name: &str,
        (start_ms, end_ms): (i64, i64),
    ) -> Result<Self, TimeError> {
        let first = at(start_ms, zone_name)?.date();
        // An event ending at midnight ends on the day it began.
        let last = at(end_ms.max(start_ms + 1) - 1, zone_name)?.date();
        Ok(Self {
            locale: locale.clone(),
            zone: zone_name.to_owned(),
            one_day: (first == last).then_some(first),
        })
    }

    /// A range inside the event, dated if the event (or this time) needs it.
    pub fn range(&self, start_ms: i64, end_ms: i64) -> Result<String, TimeError> {
        let on_the_day = self.one_day == Some(at(start_ms, &self.zone)?.date());
        if on_the_day {
            clock_range(&self.locale, start_ms, end_ms, &self.zone)
        } else {
            dated_clock_range(&self.locale, start_ms, end_ms, &self.zone)
        }
    }

    /// Whether the times are written with their dates (the event spans several days).
    pub fn dated(&self) -> bool {
        self.one_day.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tuesday 3 March 2026, 18:30 in Berlin.
    const START: i64 = 1_772_559_000_000;
    const HALF_HOUR: i64 = 30 * 60_000;
    const ZONE: &str = "Europe/Berlin";

    fn in_language(tag: &str) -> String {
        range(&Locale::parse(tag), START, START + HALF_HOUR, ZONE).unwrap()
    }

    #[test]
    fn english_and_german_name_weekday_and_month_in_their_own_words() {
        assert_eq!(
            in_language("en"),
            "Tue 3 March 2026, 18:30–19:00 (Europe/Berlin)"
        );
        assert_eq!(
            in_language("de"),
            "Di., 3. März 2026, 18:30–19:00 (Europe/Berlin)"
        );
        assert_eq!(
            in_language("uk"),
            "вт, 3 березня 2026, 18:30–19:00 (Europe/Berlin)"
        );
    }

    #[test]
    fn right_to_left_languages_keep_clock_times_and_zone_left_to_right() {
        let arabic = in_language("ar");
        assert!(arabic.starts_with("الثلاثاء 3 مارس 2026"), "{arabic}");
        assert!(arabic.contains("\u{2066}18:30–19:00\u{2069}"), "{arabic}");
        assert!(arabic.contains("\u{2066}Europe/Berlin\u{2069}"), "{arabic}");
        let persian = in_language("fa");
        assert!(persian.starts_with("سه‌شنبه 3 مارس 2026"), "{persian}");
        assert!(persian.contains("\u{2066}18:30–19:00\u{2069}"), "{persian}");
    }

    #[test]
    fn us_english_writes_the_month_first_and_twelve_hour_times() {
        assert_eq!(
            in_language("en-US"),
            "Tue, March 3, 2026, 6:30–7:00\u{a0}PM (Europe/Berlin)"
        );
        let us = Locale::parse("en-US");
        let morning = START - 7 * 3_600_000;
        assert_eq!(
            clock_range(&us, morning, START, ZONE).unwrap(),
            "11:30\u{a0}AM–6:30\u{a0}PM"
        );
        let midnight = START + 5 * 3_600_000 + HALF_HOUR;
        assert_eq!(
            instant(&us, midnight, ZONE).unwrap(),
            "Wed, March 4, 2026, 12:00\u{a0}AM (Europe/Berlin)"
        );
        assert_eq!(in_language("en-GB"), in_language("en"));
    }

    #[test]
    fn a_range_over_midnight_names_both_dates() {
        let text = range(&Locale::default(), START, START + 6 * 3_600_000, ZONE).unwrap();
        assert_eq!(
            text,
            "Tue 3 March 2026, 18:30–Wed 4 March 2026, 00:30 (Europe/Berlin)"
        );
    }

    #[test]
    fn instants_dates_and_clock_ranges() {
        let german = Locale::parse("de");
        assert_eq!(
            instant(&german, START, ZONE).unwrap(),
            "Di., 3. März 2026, 18:30 (Europe/Berlin)"
        );
        assert_eq!(date(&german, START, ZONE).unwrap(), "Di., 3. März 2026");
        assert_eq!(
            clock_range(&german, START, START + HALF_HOUR, ZONE).unwrap(),
            "18:30–19:00"
        );
    }

    #[test]
    fn every_weekday_and_month_has_a_name_in_every_language() {
        for language in crate::domain::locale::PARTICIPANT_LANGUAGES {
            let locale = Locale::parse(language);
            for n in 1..=7 {
                assert!(
                    crate::i18n::has_text(&locale, &format!("weekday-{n}")),
                    "{language}"
                );
            }
            for n in 1..=12 {
                assert!(
                    crate::i18n::has_text(&locale, &format!("month-{n}")),
                    "{language}"
                );
            }
        }
    }

    #[test]
    fn times_inside_a_multi_day_event_carry_their_dates() {
        const DAY: i64 = 86_400_000;
        let english = Locale::parse("en");
        let one_day = EventClock::new(&english, ZONE, (START, START + 3 * HALF_HOUR)).unwrap();
        assert!(!one_day.dated());
        assert_eq!(
            one_day.range(START, START + HALF_HOUR).unwrap(),
            "18:30–19:00"
        );
        assert_eq!(
            one_day.range(START + DAY, START + DAY + HALF_HOUR).unwrap(),
            "Wed 4 March 2026, 18:30–19:00",
            "a time on another day than the event's says so"
        );
        let two_days = EventClock::new(&english, ZONE, (START, START + DAY)).unwrap();
        assert!(two_days.dated());
        assert_eq!(
            two_days.range(START, START + HALF_HOUR).unwrap(),
            "Tue 3 March 2026, 18:30–19:00"
        );
        assert_eq!(
            two_days
                .range(START + DAY, START + DAY + HALF_HOUR)
                .unwrap(),
            "Wed 4 March 2026, 18:30–19:00"
        );
        // Ending at midnight is still one day.
        let to_midnight = START + 11 * HALF_HOUR;
        assert!(
            !EventClock::new(&english, ZONE, (START, to_midnight))
                .unwrap()
                .dated()
        );
        let arabic = EventClock::new(&Locale::parse("ar"), ZONE, (START, START + DAY)).unwrap();
        let written = arabic.range(START, START + HALF_HOUR).unwrap();
        assert!(written.contains("\u{2066}18:30–19:00\u{2069}"), "{written}");
    }
}

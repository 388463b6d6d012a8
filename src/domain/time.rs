//! Instants as stored (milliseconds since the Unix epoch, UTC), zones, and the few plain
//! formats that are not for people to read in their language (file names, the event hours in a
//! form problem); pages and mails write times through `i18n::dates`.

use jiff::{Timestamp, tz::TimeZone};

/// Why an instant or zone cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// The zone name is not in the IANA database.
    #[error("'{0}' is not a time zone like Europe/Berlin")]
    UnknownZone(String),
    /// The instant is outside the representable range.
    #[error("{0} is not a valid instant")]
    OutOfRange(i64),
}

/// Looks up an IANA time zone by name.
pub fn zone(name: &str) -> Result<TimeZone, TimeError> {
    TimeZone::get(name).map_err(|_| TimeError::UnknownZone(name.to_owned()))
}

/// The IANA zone names a coordinator may pick from (`Region/City`), sorted.
pub fn zone_names() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|name| name.as_str().to_owned())
        .filter(|name| name.contains('/') && !name.starts_with("Etc/"))
        .collect();
    names.sort();
    names
}

/// Converts stored milliseconds to a timestamp.
pub fn timestamp(ms: i64) -> Result<Timestamp, TimeError> {
    Timestamp::from_millisecond(ms).map_err(|_| TimeError::OutOfRange(ms))
}

/// Formats the date of an instant in the zone: `Tue 3 March 2026`.
pub fn format_date(ms: i64, zone_name: &str) -> Result<String, TimeError> {
    let at = timestamp(ms)?.to_zoned(zone(zone_name)?);
    Ok(at.strftime("%a %-d %B %Y").to_string())
}

/// Formats only the wall-clock times of a range in the zone: `18:30–19:00`.
pub fn format_clock_range(
    start_ms: i64,
    end_ms: i64,
    zone_name: &str,
) -> Result<String, TimeError> {
    let tz = zone(zone_name)?;
    let start = timestamp(start_ms)?.to_zoned(tz.clone());
    let end = timestamp(end_ms)?.to_zoned(tz);
    Ok(format!(
        "{}–{}",
        start.strftime("%H:%M"),
        end.strftime("%H:%M")
    ))
}

/// The calendar date of an instant in the zone.
pub fn local_date(ms: i64, zone_name: &str) -> Result<jiff::civil::Date, TimeError> {
    Ok(timestamp(ms)?.to_zoned(zone(zone_name)?).date())
}

/// The same wall-clock time `days` calendar days later (earlier when negative) in the zone:
/// an event copied from a winter Tuesday at 18:00 to a summer Tuesday still starts at 18:00
/// there, whatever the change of clocks in between. A time that the clocks skip on the new day
/// moves forward by the gap, as calendars do.
pub fn shift_days(ms: i64, days: i32, zone_name: &str) -> Result<i64, TimeError> {
    let tz = zone(zone_name)?;
    let local = timestamp(ms)?.to_zoned(tz.clone()).datetime();
    let moved = local
        .checked_add(jiff::Span::new().days(days))
        .map_err(|_| TimeError::OutOfRange(ms))?;
    let zoned = tz
        .to_ambiguous_zoned(moved)
        .compatible()
        .map_err(|_| TimeError::OutOfRange(ms))?;
    Ok(zoned.timestamp().as_millisecond())
}

/// Calendar days from the date of `ms` in the zone to `date` (negative when `date` is earlier).
pub fn days_until(ms: i64, date: jiff::civil::Date, zone_name: &str) -> Result<i32, TimeError> {
    let from = local_date(ms, zone_name)?;
    let span = from.until(date).map_err(|_| TimeError::OutOfRange(ms))?;
    Ok(span.get_days())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;
    use crate::i18n::dates::{instant, range};

    fn at(zone_name: &str, y: i16, mo: i8, d: i8, h: i8, mi: i8) -> i64 {
        jiff::civil::date(y, mo, d)
            .at(h, mi, 0, 0)
            .to_zoned(zone(zone_name).unwrap())
            .unwrap()
            .timestamp()
            .as_millisecond()
    }

    #[test]
    fn times_on_the_day_clocks_go_forward_are_right_in_berlin_and_new_york() {
        let english = Locale::default();
        // Berlin switches to summer time on Sunday 29 March 2026 at 02:00.
        let start = at("Europe/Berlin", 2026, 3, 29, 10, 0);
        assert_eq!(start, 1_774_771_200_000, "10:00 CEST is 08:00 UTC");
        assert_eq!(
            range(&english, start, start + 1_800_000, "Europe/Berlin").unwrap(),
            "Sun 29 March 2026, 10:00–10:30 (Europe/Berlin)"
        );
        // New York switches on Sunday 8 March 2026.
        let start = at("America/New_York", 2026, 3, 8, 10, 0);
        assert_eq!(start, 1_772_978_400_000, "10:00 EDT is 14:00 UTC");
        assert_eq!(
            range(&english, start, start + 3_600_000, "America/New_York").unwrap(),
            "Sun 8 March 2026, 10:00–11:00 (America/New_York)"
        );
    }

    #[test]
    fn unknown_zones_are_refused() {
        assert!(matches!(
            zone("Mars/Olympus"),
            Err(TimeError::UnknownZone(_))
        ));
    }

    #[test]
    fn an_instant_is_shown_once_with_its_zone() {
        let ms = at("Europe/Berlin", 2026, 3, 3, 18, 30);
        assert_eq!(
            instant(&Locale::default(), ms, "Europe/Berlin").unwrap(),
            "Tue 3 March 2026, 18:30 (Europe/Berlin)"
        );
        assert_eq!(
            format_date(ms, "Europe/Berlin").unwrap(),
            "Tue 3 March 2026"
        );
    }

    #[test]
    fn a_copied_time_keeps_its_wall_clock_across_a_change_of_clocks() {
        let winter = at("Europe/Berlin", 2026, 1, 13, 18, 0);
        let date = jiff::civil::date(2026, 6, 16);
        let days = days_until(winter, date, "Europe/Berlin").unwrap();
        assert_eq!(days, 154);
        let summer = shift_days(winter, days, "Europe/Berlin").unwrap();
        assert_eq!(summer, at("Europe/Berlin", 2026, 6, 16, 18, 0));
        assert_eq!(
            summer - winter,
            154 * 86_400_000 - 3_600_000,
            "an hour less in UTC"
        );
        // 02:30 does not exist on 29 March 2026 in Berlin: it moves on by the gap.
        let night = at("Europe/Berlin", 2026, 3, 28, 2, 30);
        let skipped = shift_days(night, 1, "Europe/Berlin").unwrap();
        assert_eq!(skipped, at("Europe/Berlin", 2026, 3, 29, 3, 30));
        assert_eq!(
            days_until(summer, jiff::civil::date(2026, 6, 1), "Europe/Berlin"),
            Ok(-15)
        );
    }

    proptest::proptest! {
        #[test]
        fn shifting_there_and_back_keeps_a_daytime_instant(
            day in 0i64..3_650,
            minute in (6 * 60i64)..(23 * 60),
            days in -800i32..800,
            zone_name in proptest::sample::select(vec!["Europe/Berlin", "America/New_York", "Asia/Tehran", "UTC"]),
        ) {
            let date = jiff::civil::date(2020, 1, 1)
                .checked_add(jiff::Span::new().days(day))
                .unwrap();
            let ms = date
                .at((minute / 60) as i8, (minute % 60) as i8, 0, 0)
                .to_zoned(zone(zone_name).unwrap())
                .unwrap()
                .timestamp()
                .as_millisecond();
            let there = shift_days(ms, days, zone_name).unwrap();
            let local = |ms: i64| timestamp(ms).unwrap().to_zoned(zone(zone_name).unwrap()).time();
            proptest::prop_assert_eq!(local(there), local(ms));
            proptest::prop_assert_eq!(days_until(ms, local_date(there, zone_name).unwrap(), zone_name), Ok(days));
            proptest::prop_assert_eq!(shift_days(there, -days, zone_name), Ok(ms));
        }
    }
}

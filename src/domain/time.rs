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
}

//! Instants as stored (milliseconds since the Unix epoch, UTC) and their display in an event's zone.

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

/// Formats a start and end in the event's zone, naming the zone:
/// `Tue 3 March 2026, 18:30–19:00 (Europe/Berlin)`.
pub fn format_range(start_ms: i64, end_ms: i64, zone_name: &str) -> Result<String, TimeError> {
    let tz = zone(zone_name)?;
    let start = timestamp(start_ms)?.to_zoned(tz.clone());
    let end = timestamp(end_ms)?.to_zoned(tz);
    let end_text = if start.date() == end.date() {
        end.strftime("%H:%M").to_string()
    } else {
        end.strftime("%a %-d %B %Y, %H:%M").to_string()
    };
    Ok(format!(
        "{}–{} ({})",
        start.strftime("%a %-d %B %Y, %H:%M"),
        end_text,
        zone_name
    ))
}

/// Formats one instant in the zone, naming it: `Tue 3 March 2026, 18:30 (Europe/Berlin)`.
pub fn format_instant(ms: i64, zone_name: &str) -> Result<String, TimeError> {
    let at = timestamp(ms)?.to_zoned(zone(zone_name)?);
    Ok(format!(
        "{} ({zone_name})",
        at.strftime("%a %-d %B %Y, %H:%M")
    ))
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

/// Formats the wall-clock time of an instant in the zone: `18:30`.
pub fn format_clock(ms: i64, zone_name: &str) -> Result<String, TimeError> {
    let at = timestamp(ms)?.to_zoned(zone(zone_name)?);
    Ok(at.strftime("%H:%M").to_string())
}

/// For an online session: the time in the participant's own zone, when it is known, valid and
/// different from the event's (`None` otherwise).
pub fn format_range_for_viewer(
    start_ms: i64,
    end_ms: i64,
    event_zone: &str,
    viewer_zone: Option<&str>,
) -> Result<Option<String>, TimeError> {
    let Some(viewer) = viewer_zone.filter(|z| *z != event_zone) else {
        return Ok(None);
    };
    match zone(viewer) {
        Ok(_) => format_range(start_ms, end_ms, viewer).map(Some),
        Err(_) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // Berlin switches to summer time on Sunday 29 March 2026 at 02:00.
        let start = at("Europe/Berlin", 2026, 3, 29, 10, 0);
        assert_eq!(start, 1_774_771_200_000, "10:00 CEST is 08:00 UTC");
        assert_eq!(
            format_range(start, start + 1_800_000, "Europe/Berlin").unwrap(),
            "Sun 29 March 2026, 10:00–10:30 (Europe/Berlin)"
        );
        // New York switches on Sunday 8 March 2026.
        let start = at("America/New_York", 2026, 3, 8, 10, 0);
        assert_eq!(start, 1_772_978_400_000, "10:00 EDT is 14:00 UTC");
        assert_eq!(
            format_range(start, start + 3_600_000, "America/New_York").unwrap(),
            "Sun 8 March 2026, 10:00–11:00 (America/New_York)"
        );
    }

    #[test]
    fn online_sessions_also_show_the_viewers_own_time() {
        let start = at("Europe/Berlin", 2026, 3, 3, 18, 30);
        let own = format_range_for_viewer(
            start,
            start + 1_800_000,
            "Europe/Berlin",
            Some("Asia/Kabul"),
        );
        assert_eq!(
            own.unwrap().as_deref(),
            Some("Tue 3 March 2026, 22:00–22:30 (Asia/Kabul)")
        );
        assert_eq!(
            format_range_for_viewer(start, start, "Europe/Berlin", Some("Europe/Berlin")).unwrap(),
            None
        );
        assert_eq!(
            format_range_for_viewer(start, start, "Europe/Berlin", Some("Nowhere/Land")).unwrap(),
            None
        );
        assert_eq!(
            format_range_for_viewer(start, start, "Europe/Berlin", None).unwrap(),
            None
        );
    }

    #[test]
    fn ranges_name_the_zone_and_use_local_wall_time() {
        // 2026-03-03T17:30Z is 18:30 in Berlin (CET, UTC+1).
        let start = 1_772_559_000_000;
        let text = format_range(start, start + 30 * 60_000, "Europe/Berlin").unwrap();
        assert_eq!(text, "Tue 3 March 2026, 18:30–19:00 (Europe/Berlin)");
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
            format_instant(ms, "Europe/Berlin").unwrap(),
            "Tue 3 March 2026, 18:30 (Europe/Berlin)"
        );
        assert_eq!(
            format_date(ms, "Europe/Berlin").unwrap(),
            "Tue 3 March 2026"
        );
    }
}

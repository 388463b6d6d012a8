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

#[cfg(test)]
mod tests {
    use super::*;

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
}

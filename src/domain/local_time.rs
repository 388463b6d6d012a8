//! Wall-clock input (`2026-03-03T18:30`, what an HTML `datetime-local` field sends) turned into
//! stored instants in an event's zone, and back for editing.

use super::time::{TimeError, timestamp, zone};
use jiff::civil::DateTime;
use jiff::tz::{AmbiguousOffset, Disambiguation};

/// Why a wall-clock value cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    /// Not a date and time.
    #[error("enter a date and time like 2026-03-03 18:30")]
    Unreadable,
    /// The clocks skip this time (the hour lost when summer time starts).
    #[error("this time does not exist on that day because the clocks change; choose another")]
    Skipped,
    /// The zone is unknown.
    #[error(transparent)]
    Zone(#[from] TimeError),
}

impl LocalTimeError {
    /// The problem as a form shows it next to `field`, in any language.
    pub fn problem(&self, field: &str) -> crate::domain::fields::FieldError {
        let id = match self {
            Self::Unreadable => "problem-time-unreadable",
            Self::Skipped => "problem-time-skipped",
            Self::Zone(_) => "problem-time-zone",
        };
        crate::domain::fields::FieldError::with_args(field, id, Vec::new())
    }
}

/// Reads `YYYY-MM-DDTHH:MM` (or with a space, or with seconds) as wall time in `zone_name` and
/// returns the instant in milliseconds. A time the clocks skip is refused; a time they repeat
/// (the hour gained in autumn) means its first occurrence.
pub fn parse_local(text: &str, zone_name: &str) -> Result<i64, LocalTimeError> {
    let tz = zone(zone_name)?;
    let normalised = text.trim().replacen(' ', "T", 1);
    let civil: DateTime = normalised.parse().map_err(|_| LocalTimeError::Unreadable)?;
    let ambiguous = tz.to_ambiguous_zoned(civil);
    if matches!(ambiguous.offset(), AmbiguousOffset::Gap { .. }) {
        return Err(LocalTimeError::Skipped);
    }
    let zoned = ambiguous
        .disambiguate(Disambiguation::Earlier)
        .map_err(|_| LocalTimeError::Unreadable)?;
    Ok(zoned.timestamp().as_millisecond())
}

/// The wall time of an instant in `zone_name`, as a `datetime-local` field shows it.
pub fn format_local_input(ms: i64, zone_name: &str) -> Result<String, TimeError> {
    let tz = zone(zone_name)?;
    Ok(timestamp(ms)?
        .to_zoned(tz)
        .strftime("%Y-%m-%dT%H:%M")
        .to_string())
}

/// The wall time of an instant, as a civil date-time in `zone_name`.
pub fn to_civil(ms: i64, zone_name: &str) -> Result<DateTime, TimeError> {
    let tz = zone(zone_name)?;
    Ok(timestamp(ms)?.to_zoned(tz).datetime())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wall_time_round_trips_through_an_instant() {
        let ms = parse_local("2026-03-03T18:30", "Europe/Berlin").unwrap();
        assert_eq!(ms, 1_772_559_000_000);
        assert_eq!(
            format_local_input(ms, "Europe/Berlin").unwrap(),
            "2026-03-03T18:30"
        );
    }

    #[test]
    fn a_time_the_clocks_skip_is_refused() {
        assert_eq!(
            parse_local("2026-03-29T02:30", "Europe/Berlin"),
            Err(LocalTimeError::Skipped)
        );
    }

    #[test]
    fn a_repeated_time_means_its_first_occurrence() {
        let first = parse_local("2026-10-25T02:30", "Europe/Berlin").unwrap();
        let after = parse_local("2026-10-25T03:30", "Europe/Berlin").unwrap();
        assert_eq!(after - first, 2 * 3_600_000);
    }

    #[test]
    fn garbage_and_unknown_zones_are_refused() {
        assert_eq!(
            parse_local("next tuesday", "Europe/Berlin"),
            Err(LocalTimeError::Unreadable)
        );
        assert!(matches!(
            parse_local("2026-03-03T18:30", "Mars/Olympus"),
            Err(LocalTimeError::Zone(_))
        ));
    }
}

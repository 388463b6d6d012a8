//! [`When`]: a time a mail states, kept as instants and written in each block's own language
//! (weekday and month names, order of parts), always naming the zone.

use crate::domain::locale::Locale;
use crate::domain::time::{TimeError, zone};
use crate::i18n::dates;

/// A time a mail states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum When {
    /// From `start_ms` to `end_ms` in `zone`.
    Range {
        /// Start, milliseconds since the epoch.
        start_ms: i64,
        /// End, milliseconds since the epoch.
        end_ms: i64,
        /// IANA zone name.
        zone: String,
    },
    /// Only the wall-clock times from `start_ms` to `end_ms` in `zone` (a line under a heading
    /// that already gives the day).
    Clock {
        /// Start, milliseconds since the epoch.
        start_ms: i64,
        /// End, milliseconds since the epoch.
        end_ms: i64,
        /// IANA zone name.
        zone: String,
    },
    /// A time inside an event from `event.0` to `event.1`: only its wall-clock times when the
    /// event lies within one day, with its date when the event spans several (so a two-day
    /// event's two `10:00–10:30` are told apart).
    InEvent {
        /// Start, milliseconds since the epoch.
        start_ms: i64,
        /// End, milliseconds since the epoch.
        end_ms: i64,
        /// IANA zone name.
        zone: String,
        /// The event's start and end.
        event: (i64, i64),
    },
    /// One instant in `zone`.
    Instant {
        /// Milliseconds since the epoch.
        at_ms: i64,
        /// IANA zone name.
        zone: String,
    },
}

impl When {
    /// A range in a zone that exists.
    pub fn range(start_ms: i64, end_ms: i64, zone_name: &str) -> Result<Self, TimeError> {
        zone(zone_name)?;
        Ok(Self::Range {
            start_ms,
            end_ms,
            zone: zone_name.to_owned(),
        })
    }

    /// The clock times of a range, in a zone that exists.
    pub fn clock(start_ms: i64, end_ms: i64, zone_name: &str) -> Result<Self, TimeError> {
        zone(zone_name)?;
        Ok(Self::Clock {
            start_ms,
            end_ms,
            zone: zone_name.to_owned(),
        })
    }

    /// A time inside an event (see [`When::InEvent`]), in a zone that exists.
    pub fn in_event(
        (start_ms, end_ms): (i64, i64),
        zone_name: &str,
        event: (i64, i64),
    ) -> Result<Self, TimeError> {
        zone(zone_name)?;
        Ok(Self::InEvent {
            start_ms,
            end_ms,
            zone: zone_name.to_owned(),
            event,
        })
    }

    /// An instant in a zone that exists.
    pub fn instant(at_ms: i64, zone_name: &str) -> Result<Self, TimeError> {
        zone(zone_name)?;
        Ok(Self::Instant {
            at_ms,
            zone: zone_name.to_owned(),
        })
    }

    /// For an online session: the range in the reader's own zone, when it is known, exists and
    /// differs from the event's.
    pub fn for_viewer(
        start_ms: i64,
        end_ms: i64,
        event_zone: &str,
        viewer_zone: Option<&str>,
    ) -> Option<Self> {
        let viewer = viewer_zone.filter(|z| *z != event_zone)?;
        Self::range(start_ms, end_ms, viewer).ok()
    }

    /// The time written in `locale`.
    pub fn in_language(&self, locale: &Locale) -> String {
        let written = match self {
            Self::Range {
                start_ms,
                end_ms,
                zone,
            } => dates::range(locale, *start_ms, *end_ms, zone),
            Self::Clock {
                start_ms,
                end_ms,
                zone,
            } => dates::clock_range(locale, *start_ms, *end_ms, zone),
            Self::InEvent {
                start_ms,
                end_ms,
                zone,
                event,
            } => dates::EventClock::new(locale, zone, *event)
                .and_then(|clock| clock.range(*start_ms, *end_ms)),
            Self::Instant { at_ms, zone } => dates::instant(locale, *at_ms, zone),
        };
        // The zone was checked when the value was made; only an instant out of range is left,
        // which no stored time is.
        written.unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_the_same_time_its_own_way() {
        let start = 1_772_559_000_000;
        let when = When::range(start, start + 1_800_000, "Europe/Berlin").unwrap();
        assert_eq!(
            when.in_language(&Locale::default()),
            "Tue 3 March 2026, 18:30–19:00 (Europe/Berlin)"
        );
        assert_eq!(
            when.in_language(&Locale::parse("de")),
            "Di., 3. März 2026, 18:30–19:00 (Europe/Berlin)"
        );
        assert!(When::range(start, start, "Mars/Olympus").is_err());
        assert_eq!(
            When::for_viewer(start, start, "Europe/Berlin", Some("Europe/Berlin")),
            None
        );
        assert_eq!(
            When::for_viewer(start, start, "Europe/Berlin", Some("Nowhere/Land")),
            None
        );
    }
}

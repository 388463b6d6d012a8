//! A report's period: two dates (inclusive) in the programme's time zone.

use crate::domain::locale::Locale;
use crate::domain::time::zone;
use crate::i18n::dates;
use jiff::civil::Date;

/// Events starting from the first day's midnight up to the end of the last day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub to: Date,
    start_ms: i64,
    end_ms: i64,
    zone: String,
}

/// Why two dates are not a period.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// A date is not written like 2026-03-31.
    #[error("write the dates like 2026-03-31")]
    BadDate,
    /// The period ends before it starts.
    #[error("the last day comes before the first")]
    Reversed,
    /// The zone is unknown.
    #[error("the programme's time zone is not known")]
    Zone,
}

impl PeriodError {
    /// The id of the text that says it to a coordinator.
    pub fn text_id(&self) -> &'static str {
        match self {
            Self::BadDate => "coord-period-bad-date",
            Self::Reversed => "coord-period-reversed",
            Self::Zone => "coord-period-zone",
        }
    }
}

impl Period {
    /// Reads `from` and `to` (`YYYY-MM-DD`) as whole days in `zone_name`.
    pub fn parse(from: &str, to: &str, zone_name: &str) -> Result<Self, PeriodError> {
        let from: Date = from.trim().parse().map_err(|_| PeriodError::BadDate)?;
        let to: Date = to.trim().parse().map_err(|_| PeriodError::BadDate)?;
        if to < from {
            return Err(PeriodError::Reversed);
        }
        let tz = zone(zone_name).map_err(|_| PeriodError::Zone)?;
        let midnight = |day: Date| -> Result<i64, PeriodError> {
            Ok(day
                .to_zoned(tz.clone())
                .map_err(|_| PeriodError::BadDate)?
                .timestamp()
                .as_millisecond())
        };
        let after = to.tomorrow().map_err(|_| PeriodError::BadDate)?;
        Ok(Self {
            from,
            to,
            start_ms: midnight(from)?,
            end_ms: midnight(after)?,
            zone: zone_name.to_owned(),
        })
    }

    /// Whether an instant falls in the period.
    pub fn holds(&self, ms: i64) -> bool {
        self.start_ms <= ms && ms < self.end_ms
    }

    /// `Thu 1 January 2026 – Tue 31 March 2026`, in `locale`'s words.
    pub fn label(&self, locale: &Locale) -> String {
        let day = |ms: i64| dates::date(locale, ms, &self.zone).unwrap_or_default();
        format!("{} – {}", day(self.start_ms), day(self.end_ms - 1))
    }

    /// The query string that asks for this period again.
    pub fn query(&self) -> String {
        format!("from={}&to={}", self.from, self.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_whole_days_in_the_programmes_zone() {
        let period = Period::parse("2026-03-01", " 2026-03-31", "Europe/Berlin").unwrap();
        // 1 March 00:00 in Berlin is 28 February 23:00 UTC.
        assert!(period.holds(1_772_319_600_000));
        assert!(!period.holds(1_772_319_600_000 - 1));
        // 31 March 23:59 in Berlin (summer time) is inside; 1 April 00:00 is not.
        assert!(period.holds(1_774_994_340_000));
        assert!(!period.holds(1_774_994_400_000));
        assert_eq!(
            period.label(&Locale::default()),
            "Sun 1 March 2026 – Tue 31 March 2026"
        );
        assert_eq!(
            period.label(&Locale::parse("de")),
            "So., 1. März 2026 – Di., 31. März 2026"
        );
        assert_eq!(period.query(), "from=2026-03-01&to=2026-03-31");
    }

    #[test]
    fn bad_periods_say_what_is_wrong() {
        assert_eq!(
            Period::parse("1.3.2026", "2026-03-31", "UTC"),
            Err(PeriodError::BadDate)
        );
        assert_eq!(
            Period::parse("2026-03-31", "2026-03-01", "UTC"),
            Err(PeriodError::Reversed)
        );
        assert_eq!(
            Period::parse("2026-03-01", "2026-03-31", "Mars/Base"),
            Err(PeriodError::Zone)
        );
    }
}

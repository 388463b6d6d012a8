//! A read-only calendar (iTIP `PUBLISH`): a personal feed, or one booking as a download.

use super::invitation::{calendar, event};
use super::text::{refold, text};
use super::{Appointment, CalendarError, Party};
use ics::components::Property;

/// Writes `appointments` as one `PUBLISH` calendar named `name` (shown by calendar apps that
/// subscribe to it), organised by `organizer`, stamped `stamp`.
pub fn publish(
    name: &str,
    appointments: &[Appointment],
    organizer: &Party,
    stamp: i64,
) -> Result<String, CalendarError> {
    let mut calendar = calendar("PUBLISH");
    calendar.push(Property::new("X-WR-CALNAME", text(name)));
    for appointment in appointments {
        calendar.add_event(event(appointment, organizer, stamp, "CONFIRMED")?);
    }
    Ok(refold(&calendar.to_string()))
}

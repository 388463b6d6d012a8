//! PURE: iCalendar text for invitations (iTIP `REQUEST` / `CANCEL`) built with the `ics` crate
//! from plain structs. Time and ids are arguments; nothing here reads the clock or does IO.
//!
//! What calendars rely on (DESIGN.md): one UID per booking for its whole life, SEQUENCE raised on
//! every change, a reschedule is a `REQUEST` with the same UID, a cancellation is `METHOD:CANCEL`
//! with `STATUS:CANCELLED`, the recipient is the only ATTENDEE (`PARTSTAT=ACCEPTED`,
//! `RSVP=FALSE`), and times are in UTC.

mod feed;
mod invitation;
mod text;

pub use feed::publish;
pub use invitation::{Appointment, CalendarError, Method, Party, invitation};
pub use text::redact;

#[cfg(test)]
mod tests;

//! One appointment as an iTIP message to one recipient.

use super::text::{mailto, quoted_parameter, refold, text, utc};
use ics::components::{Parameter, Property};
use ics::properties::{
    Description, DtEnd, DtStart, Location, Method as MethodProperty, Sequence, Status, Summary,
    Transp, URL,
};
use ics::{Event, ICalendar};
use jiff::Timestamp;

/// The iTIP method of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// A new or changed appointment.
    Request,
    /// A cancelled appointment.
    Cancel,
}

impl Method {
    /// `REQUEST` or `CANCEL`, as in `METHOD:` and in the MIME part's `method=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Request => "REQUEST",
            Self::Cancel => "CANCEL",
        }
    }
}

/// A person in an invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    /// Display name (becomes `CN`).
    pub name: String,
    /// E-mail address.
    pub email: String,
}

/// What goes into the calendar entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appointment {
    /// Stable for the booking's whole life.
    pub uid: String,
    /// Raised on every change.
    pub sequence: u32,
    /// Start, milliseconds since the epoch (UTC).
    pub starts_at: i64,
    /// End, milliseconds since the epoch (UTC).
    pub ends_at: i64,
    /// Title.
    pub summary: String,
    /// Venue address or video link.
    pub location: String,
    /// Details, including the manage link.
    pub description: String,
    /// The manage link.
    pub url: Option<String>,
}

/// Why an invitation cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// An instant is outside the representable range.
    #[error("{0} is not a valid instant")]
    Instant(i64),
    /// The appointment ends before it starts.
    #[error("the appointment ends before it starts")]
    EndsBeforeStart,
}

fn timestamp(ms: i64) -> Result<Timestamp, CalendarError> {
    Timestamp::from_millisecond(ms).map_err(|_| CalendarError::Instant(ms))
}

fn person<'a>(key: &'a str, party: &Party) -> Property<'a> {
    let mut property = Property::new(key, mailto(&party.email));
    property.add(Parameter::new("CN", quoted_parameter(&party.name)));
    property
}

/// The VEVENT for `appointment`, with the organizer; the caller adds attendees.
pub(super) fn event<'a>(
    appointment: &Appointment,
    organizer: &Party,
    stamp: i64,
    status: &'static str,
) -> Result<Event<'a>, CalendarError> {
    let (start, end) = (
        timestamp(appointment.starts_at)?,
        timestamp(appointment.ends_at)?,
    );
    if end < start {
        return Err(CalendarError::EndsBeforeStart);
    }
    let mut event = Event::new(appointment.uid.clone(), utc(timestamp(stamp)?));
    event.push(Sequence::new(appointment.sequence.to_string()));
    event.push(DtStart::new(utc(start)));
    event.push(DtEnd::new(utc(end)));
    event.push(Summary::new(text(&appointment.summary)));
    if !appointment.location.is_empty() {
        event.push(Location::new(text(&appointment.location)));
    }
    event.push(Description::new(text(&appointment.description)));
    if let Some(url) = &appointment.url {
        event.push(URL::new(url.clone()));
    }
    event.push(person("ORGANIZER", organizer));
    event.push(Transp::new("OPAQUE"));
    event.push(Status::new(status));
    Ok(event)
}

/// A calendar with Fairplan's PRODID and the given METHOD.
pub(super) fn calendar<'a>(method: &'static str) -> ICalendar<'a> {
    let mut calendar = ICalendar::new("2.0", "-//Fairplan//Fairplan Events//EN");
    calendar.push(MethodProperty::new(method));
    calendar.push(Property::new("CALSCALE", "GREGORIAN"));
    calendar
}

/// Writes `appointment` as an iTIP `method` message from `organizer` to `attendee` (the only
/// attendee listed), stamped `stamp` (milliseconds since the epoch). One entry per message: an
/// iTIP message carries one UID, and calendar programs act on one entry per message.
pub fn invitation(
    method: Method,
    appointment: &Appointment,
    organizer: &Party,
    attendee: &Party,
    stamp: i64,
) -> Result<String, CalendarError> {
    let status = match method {
        Method::Request => "CONFIRMED",
        Method::Cancel => "CANCELLED",
    };
    let mut event = event(appointment, organizer, stamp, status)?;
    let mut attendee_line = person("ATTENDEE", attendee);
    for (key, value) in [
        ("ROLE", "REQ-PARTICIPANT"),
        ("PARTSTAT", "ACCEPTED"),
        ("RSVP", "FALSE"),
    ] {
        attendee_line.add(Parameter::new(key, value));
    }
    event.push(attendee_line);
    let mut calendar = calendar(method.as_str());
    calendar.add_event(event);
    Ok(refold(&calendar.to_string()))
}

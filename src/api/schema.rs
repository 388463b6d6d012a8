//! What the API answers, as documented in its OpenAPI description. Instants are RFC 3339 in
//! UTC (`2027-03-03T16:30:00Z`); the event's own zone is named beside them. Nothing here holds
//! a participant's sensitive facts or needs.

use crate::domain::time::timestamp;
use crate::services::events::EventDetails;
use crate::services::session_fill::SessionFill;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// An instant as RFC 3339 UTC text.
pub fn instant(ms: i64) -> String {
    timestamp(ms).map(|t| t.to_string()).unwrap_or_default()
}

/// An event.
#[derive(Serialize, ToSchema)]
pub struct EventOut {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// `draft`, `published`, `closed` or `cancelled`.
    pub status: String,
    /// IANA zone its wall times are in.
    pub time_zone: String,
    /// Venue, for an event in person.
    pub venue_address: Option<String>,
    /// Video link, for an online event.
    pub online_url: Option<String>,
    /// Language codes the event runs in.
    pub languages: Vec<String>,
    /// Start.
    pub starts_at: String,
    /// End.
    pub ends_at: String,
    /// Booking opens (absent: on publication).
    pub booking_opens_at: Option<String>,
    /// Booking closes (absent: when the event starts).
    pub booking_closes_at: Option<String>,
}

impl From<EventDetails> for EventOut {
    fn from(event: EventDetails) -> Self {
        Self {
            id: event.id,
            languages: event
                .languages
                .split(',')
                .map(|l| l.trim().to_owned())
                .filter(|l| !l.is_empty())
                .collect(),
            starts_at: instant(event.starts_at),
            ends_at: instant(event.ends_at),
            booking_opens_at: event.booking_opens_at.map(instant),
            booking_closes_at: event.booking_closes_at.map(instant),
            title: event.title,
            description: event.description,
            status: event.status.as_str().to_owned(),
            time_zone: event.time_zone,
            venue_address: event.venue_address,
            online_url: event.online_url,
        }
    }
}

/// A session with how full it is.
#[derive(Serialize, ToSchema)]
pub struct SessionOut {
    /// Id.
    pub id: Uuid,
    /// Its event.
    pub event_id: Uuid,
    /// Title.
    pub title: String,
    /// Room.
    pub room: String,
    /// What participants should bring.
    pub what_to_bring: String,
    /// `mock_interview`, `speed_networking`, `placement` or `group`.
    pub format: String,
    /// `first_come` or `preferences`.
    pub booking_mode: String,
    /// Start.
    pub starts_at: String,
    /// End.
    pub ends_at: String,
    /// Bookable units (slots, placements, seat pools).
    pub units: i64,
    /// Places in them.
    pub capacity: i64,
    /// Places taken.
    pub booked: i64,
    /// People waiting.
    pub waitlisted: i64,
}

impl From<SessionFill> for SessionOut {
    fn from(fill: SessionFill) -> Self {
        Self {
            id: fill.id,
            event_id: fill.event_id,
            starts_at: instant(fill.starts_at),
            ends_at: instant(fill.ends_at),
            title: fill.title,
            room: fill.room,
            what_to_bring: fill.what_to_bring,
            format: fill.format,
            booking_mode: fill.booking_mode,
            units: fill.units,
            capacity: fill.capacity,
            booked: fill.booked,
            waitlisted: fill.waitlisted,
        }
    }
}

/// An employer contact.
#[derive(Serialize, ToSchema)]
pub struct ContactOut {
    /// Name.
    pub name: String,
    /// Address their personal link goes to.
    pub email: String,
    /// Language of their mails.
    pub language: String,
}

/// An employer invited to an event.
#[derive(Serialize, ToSchema)]
pub struct EmployerOut {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Its contacts.
    pub contacts: Vec<ContactOut>,
}

/// One of a volunteer's slots.
#[derive(Serialize, ToSchema)]
pub struct VolunteerSlotOut {
    /// Slot id.
    pub id: Uuid,
    /// Its session.
    pub session_id: Uuid,
    /// Start.
    pub starts_at: String,
    /// End.
    pub ends_at: String,
    /// Places taken (0 or 1 for an interview).
    pub booked: i32,
}

/// A volunteer registered for an event, with their slots.
#[derive(Serialize, ToSchema)]
pub struct VolunteerOut {
    /// Id.
    pub id: Uuid,
    /// Their employer.
    pub employer_id: Uuid,
    /// Their employer's name.
    pub employer: String,
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Job title.
    pub job_title: String,
    /// Slots in time order.
    pub slots: Vec<VolunteerSlotOut>,
}

/// What withdrawing a volunteer did to the bookings of their slots.
#[derive(Serialize, ToSchema)]
pub struct WithdrawnOut {
    /// Bookings moved to another free time.
    pub moved: usize,
    /// People put on the waitlist because no other time was free.
    pub waitlisted: usize,
}

/// A participant on an event's list (contact details only; never sensitive facts).
#[derive(Serialize, ToSchema)]
pub struct ParticipantOut {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Address (null for someone reached by phone only; nothing is mailed to them).
    pub email: Option<String>,
    /// Phone number, if given.
    pub phone: Option<String>,
    /// Preferred language.
    pub language: String,
    /// Whether their personal link was sent.
    pub invited: bool,
    /// Their answers to the event's own sign-up questions (answered ones, in the form's order).
    pub answers: Vec<AnswerOut>,
}

/// An answer to one of an event's own sign-up questions.
#[derive(Serialize, ToSchema)]
pub struct AnswerOut {
    /// The question as asked.
    pub question: String,
    /// The answer as given (a choice as its text, yes/no as `yes` or `no`).
    pub answer: String,
}

/// A problem in an imported file.
#[derive(Serialize, ToSchema)]
pub struct ImportProblemOut {
    /// File line (the header is 1; 0 for the whole file).
    pub line: usize,
    /// Column name (empty for the whole file).
    pub column: String,
    /// What is wrong.
    pub message: String,
}

/// What an import did.
#[derive(Serialize, ToSchema)]
pub struct ImportOut {
    /// People newly on the event's list.
    pub added: usize,
    /// Rows merged into a person who existed or an earlier row with the same address.
    pub merged: usize,
    /// Rows left out because they had problems (only with `valid_rows_only=true`).
    pub skipped: usize,
    /// The problems of the rows left out.
    pub problems: Vec<ImportProblemOut>,
}

/// Why an import saved nothing (422): the rows' problems, or a request that could not be read
/// at all (a bad query, a body with control characters), told in the usual error envelope.
/// Only for the document: each answer is one of the two.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum ImportRefused {
    /// The file's problems, by line and column.
    Rows(ImportOut),
    /// The request itself could not be used.
    Request(ErrorEnvelope),
}

/// A booking.
#[derive(Serialize, ToSchema)]
pub struct BookingOut {
    /// Id.
    pub id: Uuid,
    /// Session.
    pub session_id: Uuid,
    /// Slot, seat pool or placement (absent while waiting).
    pub slot_id: Option<Uuid>,
    /// `confirmed`, `waitlisted` or `cancelled`.
    pub status: String,
    /// Participant.
    pub participant_id: Uuid,
    /// Participant's name.
    pub participant_name: String,
    /// Participant's address.
    pub participant_email: String,
    /// Start of the slot (absent while waiting).
    pub starts_at: Option<String>,
    /// End of the slot.
    pub ends_at: Option<String>,
    /// Employer of the slot.
    pub employer: Option<String>,
    /// Volunteer of the slot.
    pub volunteer: Option<String>,
    /// When it was made.
    pub created_at: String,
}

/// One problem with one field.
#[derive(Serialize, ToSchema)]
pub struct FieldErrorOut {
    /// Field name in the request body.
    pub field: String,
    /// What to do about it.
    pub message: String,
}

/// The body of every error answer.
#[derive(Serialize, ToSchema)]
pub struct ErrorEnvelope {
    /// The error.
    pub error: ErrorOut,
}

/// An error.
#[derive(Serialize, ToSchema)]
pub struct ErrorOut {
    /// Stable code: `not_found`, `unauthorized`, `forbidden`, `validation_failed`, `conflict`,
    /// `link_expired`, `csrf_rejected` or `internal`.
    pub code: String,
    /// Plain-language explanation.
    pub message: String,
    /// Per-field problems, for `validation_failed`.
    pub fields: Option<Vec<FieldErrorOut>>,
}

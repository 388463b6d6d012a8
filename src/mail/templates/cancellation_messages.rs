//! The mail that tells someone without a booking of their own that an event is cancelled: an
//! invited participant, a volunteer (listing their slots; each slot's CANCEL comes on its own),
//! an employer's contact (with the volunteers who were told).

use super::MailHead;
use super::volunteer_messages::ScheduleLine;
use super::{Notice, When, frame_from, mail_templates};
use crate::domain::local_text::LocalText;

/// Who reads an event's cancellation, which decides its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CancelledEventReader {
    /// A participant invited to the event who had no booking and no place on a waiting list.
    Participant,
    /// A volunteer: their slots are cancelled too (each slot's CANCEL comes on its own).
    Volunteer,
    /// An employer's contact: their volunteers have been told.
    EmployerContact,
}

/// An event was cancelled.
pub struct EventCancelledEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The reader's name.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
    /// When the event was to be, naming the zone.
    pub when: When,
    /// Who reads it.
    pub reader: CancelledEventReader,
    /// A volunteer's cancelled slots.
    pub slots: Vec<ScheduleLine>,
    /// An employer contact's volunteers who were told.
    pub volunteers: Vec<String>,
    /// The coordinator's note.
    pub notice: Notice,
    /// A participant's personal page, which shows the cancellation (empty for others).
    pub link: String,
}
frame_from!(EventCancelledEmail, head);
mail_templates!(
    EventCancelledEmail,
    "event_cancelled/subject.txt",
    "event_cancelled/body.txt",
    "event_cancelled/body.html"
);

impl EventCancelledEmail {
    /// The text id of the first line.
    pub fn lead_id(&self) -> &'static str {
        match self.reader {
            CancelledEventReader::Participant => "event-cancelled-lead-participant",
            CancelledEventReader::Volunteer => "event-cancelled-lead-volunteer",
            CancelledEventReader::EmployerContact => "event-cancelled-lead-employer",
        }
    }

    /// Whether the reader is an employer's contact (who is told about their volunteers).
    pub fn for_employer(&self) -> bool {
        self.reader == CancelledEventReader::EmployerContact
    }
}

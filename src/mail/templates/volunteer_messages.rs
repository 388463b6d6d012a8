//! The mails volunteers get: each slot as it is scheduled, booked, freed or removed, and their
//! whole schedule (on news, and as a reminder with who is coming).

use super::MailHead;
use super::when::When;
use super::{Notice, frame_from, mail_templates};

/// What happened to a volunteer's slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotNews {
    /// The slot enters the volunteer's calendar.
    Scheduled,
    /// Someone booked it, moved away or cancelled.
    Updated,
    /// The slot was taken out of their schedule (availability withdrawn, session changed).
    Removed,
    /// A coordinator changed the slot's time or place.
    Changed,
    /// The whole event was cancelled, so this slot is too.
    EventCancelled,
}

/// A volunteer's slot was scheduled, booked, freed or removed; carries the calendar REQUEST (or
/// CANCEL when removed) for the slot.
pub struct VolunteerSlotEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The volunteer's name.
    pub name: String,
    /// Session title.
    pub session_title: String,
    /// Event title.
    pub event_title: String,
    /// When, in the event's zone, written in each block's language.
    pub when: When,
    /// Venue address or video link.
    pub place: String,
    /// Who holds the slot now (name, occupation fields, languages); empty when it is free.
    pub booked_by: Vec<String>,
    /// What happened.
    pub news: SlotNews,
    /// What the organisers changed and wrote (empty unless a coordinator's change caused it).
    pub notice: Notice,
}

impl VolunteerSlotEmail {
    fn state(&self) -> &'static str {
        match self.news {
            SlotNews::Scheduled => "scheduled",
            SlotNews::Removed => "removed",
            SlotNews::Changed => "changed",
            SlotNews::EventCancelled => "event-cancelled",
            SlotNews::Updated if self.booked_by.is_empty() => "free",
            SlotNews::Updated => "booked",
        }
    }

    /// The text id of the subject line.
    pub fn subject_id(&self) -> String {
        format!("volunteer-slot-{}-subject", self.state())
    }

    /// The text id of the line about the calendar part: an update, or (for a removed slot) the
    /// CANCEL that takes it out.
    pub fn calendar_id(&self) -> &'static str {
        match self.news {
            SlotNews::Removed | SlotNews::EventCancelled => "volunteer-slot-calendar-removed",
            _ => "volunteer-slot-calendar",
        }
    }

    /// The text id of the first line.
    pub fn lead_id(&self) -> String {
        format!("volunteer-slot-{}-lead", self.state())
    }
}
frame_from!(VolunteerSlotEmail, head);
mail_templates!(
    VolunteerSlotEmail,
    "volunteer_slot/subject.txt",
    "volunteer_slot/body.txt",
    "volunteer_slot/body.html"
);

/// One line of a volunteer's schedule.
pub struct ScheduleLine {
    /// When (clock times in the event's zone).
    pub when: When,
    /// Session title.
    pub session_title: String,
    /// The room or table (may be empty).
    pub room: String,
    /// The names of the people booked (empty: nobody yet).
    pub booked_by: Vec<String>,
}

/// All of a volunteer's slots at one event, in one mail (each slot also gets its own invitation).
pub struct VolunteerScheduleEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The volunteer's name.
    pub name: String,
    /// Event title.
    pub event_title: String,
    /// The event's date and times, written in each block's language.
    pub when: When,
    /// Venue address or video link.
    pub place: String,
    /// The slots, in time order.
    pub slots: Vec<ScheduleLine>,
    /// Their personal link to their current schedule.
    pub link: String,
    /// A reminder shortly before the event rather than news of a change.
    pub reminder: bool,
}
frame_from!(VolunteerScheduleEmail, head);

impl VolunteerScheduleEmail {
    /// The text id of the subject.
    pub fn subject_id(&self) -> &'static str {
        if self.reminder {
            "volunteer-reminder-subject"
        } else {
            "volunteer-schedule-subject"
        }
    }

    /// The text id of the first line.
    pub fn lead_id(&self) -> &'static str {
        if self.reminder {
            "volunteer-reminder-lead"
        } else {
            "volunteer-schedule-lead"
        }
    }
}
mail_templates!(
    VolunteerScheduleEmail,
    "volunteer_schedule/subject.txt",
    "volunteer_schedule/body.txt",
    "volunteer_schedule/body.html"
);

//! The messages Fairplan sends, each a struct with the facts it states.

use super::{MailHead, Notice, When, frame_from, mail_templates};
use crate::domain::local_text::LocalText;

/// Invites a participant to book, with their personal link.
pub struct ParticipantInvitationEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
    /// When, naming the zone.
    pub when: When,
    /// Venue or video link.
    pub place: String,
    /// The personal link.
    pub link: String,
}
frame_from!(ParticipantInvitationEmail, head);
mail_templates!(
    ParticipantInvitationEmail,
    "participant_invitation/subject.txt",
    "participant_invitation/body.txt",
    "participant_invitation/body.html"
);

/// Invites an employer's contact to register volunteers, with their personal link.
pub struct EmployerInvitationEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The contact's name.
    pub name: String,
    /// The employer's name.
    pub employer: String,
    /// Event title.
    pub event_title: String,
    /// When, written in each block's language.
    pub when: When,
    /// The personal link.
    pub link: String,
}
frame_from!(EmployerInvitationEmail, head);
mail_templates!(
    EmployerInvitationEmail,
    "employer_invitation/subject.txt",
    "employer_invitation/body.txt",
    "employer_invitation/body.html"
);

/// What every booking mail says about the booking.
pub struct BookingDetails {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
    /// Session title.
    pub session_title: LocalText,
    /// With whom or where (employer, table, placement).
    pub with: LocalText,
    /// When, in the event's zone, naming it.
    pub when: When,
    /// For online sessions, the time in the participant's own zone when known and different.
    pub own_time: Option<When>,
    /// Room, venue address or video link.
    pub place: String,
    /// What to bring (may be empty).
    pub bring: LocalText,
    /// Whom to ask for on arrival (a taster placement's contact; may be empty).
    pub contact: String,
    /// What to do on arrival (a taster placement's instructions; may be empty).
    pub instructions: String,
    /// The participant's personal link to change or cancel.
    pub manage_link: String,
    /// What the organisers changed and wrote (empty unless a coordinator's change caused it).
    pub notice: Notice,
    /// The code that checks them in at the door, as read (`3F9A2-C07B1`); empty in mails
    /// other than a confirmation.
    pub check_in_code: String,
}

/// A booking was made; carries a calendar REQUEST.
pub struct BookingConfirmedEmail(pub BookingDetails);
frame_from!(BookingConfirmedEmail, 0.head);
mail_templates!(
    BookingConfirmedEmail,
    "booking_confirmed/subject.txt",
    "booking_confirmed/body.txt",
    "booking_confirmed/body.html"
);

/// Why a booking moved; the mail says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MovedBy {
    /// The participant chose another time.
    Participant,
    /// Its volunteer can no longer come, so the booking moved to another free time.
    VolunteerUnavailable,
    /// A coordinator moved the whole session (a workshop, a placement day) to another time.
    Organisers,
    /// A coordinator changed where it happens (room, venue, video link); the time stays.
    PlaceChanged,
    /// A coordinator changed a placement's description, contact or instructions.
    DetailsChanged,
    /// A coordinator removed the placement, so the booking moved to another of the session.
    PlacementRemoved,
}

impl MovedBy {
    /// The text id of the mail's first line.
    pub fn lead_id(self) -> &'static str {
        match self {
            Self::Participant => "booking-changed-lead",
            Self::VolunteerUnavailable => "booking-changed-volunteer",
            Self::Organisers => "booking-changed-organisers",
            Self::PlaceChanged => "booking-changed-place",
            Self::DetailsChanged => "booking-changed-details",
            Self::PlacementRemoved => "booking-changed-placement-removed",
        }
    }
}

/// A booking moved to another time; carries a calendar REQUEST with the same UID.
pub struct BookingChangedEmail(pub BookingDetails, pub MovedBy);
frame_from!(BookingChangedEmail, 0.head);
mail_templates!(
    BookingChangedEmail,
    "booking_changed/subject.txt",
    "booking_changed/body.txt",
    "booking_changed/body.html"
);

/// Who or what cancelled a booking; the mail says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CancelledBy {
    /// The participant.
    Participant,
    /// A coordinator.
    Coordinator,
    /// The whole event was cancelled.
    EventCancelled,
    /// Its volunteer can no longer come and no other time was free; the participant is put
    /// on the session's waitlist.
    VolunteerUnavailable,
    /// A coordinator removed the placement and no other of the session had a free place; the
    /// participant is put on the session's waitlist.
    PlacementRemoved,
}

impl CancelledBy {
    /// The text id of the mail's first line.
    pub fn lead_id(self) -> &'static str {
        match self {
            Self::Participant => "booking-cancelled-lead",
            Self::Coordinator => "booking-cancelled-by-coordinator",
            Self::EventCancelled => "booking-cancelled-event",
            Self::VolunteerUnavailable => "booking-cancelled-volunteer",
            Self::PlacementRemoved => "booking-cancelled-placement-removed",
        }
    }

    /// The text id of the line above the personal link: booking again, or, when the whole
    /// event is cancelled, seeing the cancellation on their page (there is nothing to rebook).
    pub fn link_id(self) -> &'static str {
        match self {
            Self::EventCancelled => "booking-see-cancellation",
            _ => "booking-rebook",
        }
    }

    /// Whether the volunteer's calendar entry is updated too; not when the slot itself goes
    /// away (the volunteer then gets a CANCEL of the whole slot instead).
    pub fn updates_volunteer(self) -> bool {
        !matches!(
            self,
            Self::EventCancelled | Self::VolunteerUnavailable | Self::PlacementRemoved
        )
    }
}

/// A booking was cancelled; carries a calendar CANCEL.
pub struct BookingCancelledEmail(pub BookingDetails, pub CancelledBy);
frame_from!(BookingCancelledEmail, 0.head);
mail_templates!(
    BookingCancelledEmail,
    "booking_cancelled/subject.txt",
    "booking_cancelled/body.txt",
    "booking_cancelled/body.html"
);

/// Tells a coordinator that a mail could not be delivered after its last attempt.
pub struct DeliveryFailedEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The coordinator's name.
    pub name: String,
    /// The undeliverable mail's recipient.
    pub failed_to: String,
    /// The undeliverable mail's subject.
    pub failed_subject: String,
    /// The last error.
    pub error: String,
    /// The coordinator dashboard.
    pub dashboard_link: String,
}
frame_from!(DeliveryFailedEmail, head);
mail_templates!(
    DeliveryFailedEmail,
    "delivery_failed/subject.txt",
    "delivery_failed/body.txt",
    "delivery_failed/body.html"
);

/// Reminds a participant of a booking (sent by the reminder schedule, e.g. 24 h and 2 h before).
pub struct ReminderEmail(pub BookingDetails);
frame_from!(ReminderEmail, 0.head);
mail_templates!(
    ReminderEmail,
    "reminder/subject.txt",
    "reminder/body.txt",
    "reminder/body.html"
);

/// Offers a freed place to the next person on a waiting list, held until a deadline.
pub struct WaitlistOfferEmail {
    /// The place on offer.
    pub details: BookingDetails,
    /// Until when it is held, in the event's zone, naming it.
    pub deadline: When,
}
frame_from!(WaitlistOfferEmail, details.head);
mail_templates!(
    WaitlistOfferEmail,
    "waitlist_offer/subject.txt",
    "waitlist_offer/body.txt",
    "waitlist_offer/body.html"
);

/// A fresh personal link, sent on request (the old link expired or was lost).
pub struct NewLinkEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
    /// When, naming the zone.
    pub when: When,
    /// The new personal link.
    pub link: String,
}
frame_from!(NewLinkEmail, head);
mail_templates!(
    NewLinkEmail,
    "new_link/subject.txt",
    "new_link/body.txt",
    "new_link/body.html"
);

/// A coordinator's own message to some of an event's people, with the reader's personal link.
pub struct CoordinatorMessageEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
    /// The coordinator's subject, as written.
    pub subject: String,
    /// The coordinator's text, as written (lines kept).
    pub text: String,
    /// The reader's personal link.
    pub link: String,
}
frame_from!(CoordinatorMessageEmail, head);
mail_templates!(
    CoordinatorMessageEmail,
    "coordinator_message/subject.txt",
    "coordinator_message/body.txt",
    "coordinator_message/body.html"
);

/// A link for a coordinator to choose a new password; it works once, within the hour.
pub struct PasswordResetEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The coordinator's name.
    pub name: String,
    /// The reset link.
    pub link: String,
}
frame_from!(PasswordResetEmail, head);
mail_templates!(
    PasswordResetEmail,
    "password_reset/subject.txt",
    "password_reset/body.txt",
    "password_reset/body.html"
);

/// What a waiting-list notice says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitlistNews {
    /// The participant joined the session's waiting list.
    Joined,
    /// The place held for them was not taken in time and went to the next person.
    OfferExpired,
    /// The event was cancelled, so the waiting list is closed.
    EventCancelled,
    /// A preferences session's places were given out and none was left for them (such sessions
    /// have no waiting list: freed places are given out again from the choices).
    NoPlaceAllocated,
}

impl WaitlistNews {
    /// The text id of the subject.
    pub fn subject_id(self) -> &'static str {
        match self {
            Self::Joined => "waitlist-joined-subject",
            Self::OfferExpired => "waitlist-expired-subject",
            Self::EventCancelled => "waitlist-cancelled-subject",
            Self::NoPlaceAllocated => "allocation-no-place-subject",
        }
    }

    /// The text id of the first line.
    pub fn lead_id(self) -> &'static str {
        match self {
            Self::Joined => "waitlist-joined-lead",
            Self::OfferExpired => "waitlist-expired-lead",
            Self::EventCancelled => "waitlist-cancelled-lead",
            Self::NoPlaceAllocated => "allocation-no-place-lead",
        }
    }
}

/// A notice about a participant's place on a waiting list (no calendar entry: nothing is booked).
pub struct WaitlistNoticeEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The participant's name.
    pub name: String,
    /// Session title.
    pub session_title: LocalText,
    /// Event title.
    pub event_title: LocalText,
    /// Their personal link.
    pub link: String,
    /// What happened.
    pub news: WaitlistNews,
    /// Why no place was given, as stored with the allocation run (empty for other news).
    pub reason: String,
    /// The coordinator's note (when the event was cancelled).
    pub notice: Notice,
}
frame_from!(WaitlistNoticeEmail, head);
mail_templates!(
    WaitlistNoticeEmail,
    "waitlist_notice/subject.txt",
    "waitlist_notice/body.txt",
    "waitlist_notice/body.html"
);

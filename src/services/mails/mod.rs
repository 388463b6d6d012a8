//! Mail messages: one typed struct per message, rendered by askama from `emails/<message>/`
//! (`subject.txt`, `body.txt`, `body.html` on the shared `layout.html`), and turned into an
//! outbox row.

use crate::app::error::AppError;
use crate::db::outbox::{CalendarPart, NewMail};
use crate::domain::locale::Locale;
use askama::Template;
use uuid::Uuid;

/// Subject, plain text and HTML of one mail.
pub struct RenderedMail {
    /// Subject line.
    pub subject: String,
    /// Plain-text part, complete on its own.
    pub text: String,
    /// HTML part.
    pub html: String,
}

impl RenderedMail {
    /// The outbox row for this mail to `to_name <to_address>`.
    pub fn to_outbox(
        self,
        kind: &str,
        to_address: &str,
        to_name: &str,
        participant_id: Option<Uuid>,
    ) -> NewMail {
        NewMail {
            kind: kind.to_owned(),
            to_address: to_address.to_owned(),
            to_name: to_name.to_owned(),
            subject: self.subject,
            text: self.text,
            html: self.html,
            calendar: None,
            participant_id,
        }
    }
}

/// Adds a calendar invitation to an outbox row.
pub fn with_calendar(mut mail: NewMail, part: CalendarPart) -> NewMail {
    mail.calendar = Some(part);
    mail
}

/// What the shared mail layout needs from every message.
pub trait MailFrame {
    /// The language the message is written in.
    fn locale(&self) -> &Locale;
    /// The programme's name, shown at the top.
    fn programme(&self) -> &str;
}

/// Declares the three templates of a message folder and a `render` method on its struct.
macro_rules! mail_templates {
    ($message:ident, $subject:tt, $text:tt, $html:tt) => {
        const _: () = {
            #[derive(Template)]
            #[template(path = $subject)]
            struct Subject<'a> {
                m: &'a $message,
            }
            #[derive(Template)]
            #[template(path = $text)]
            struct Text<'a> {
                m: &'a $message,
            }
            #[derive(Template)]
            #[template(path = $html)]
            struct Html<'a> {
                m: &'a $message,
            }
            impl Html<'_> {
                // The layout's `lang` and `dir`, whatever the message's shape.
                fn lang(&self) -> &str {
                    MailFrame::locale(self.m).lang()
                }
                fn dir(&self) -> &'static str {
                    MailFrame::locale(self.m).dir()
                }
                fn programme(&self) -> &str {
                    MailFrame::programme(self.m)
                }
            }
            impl $message {
                /// Renders subject, text and HTML.
                pub fn render(&self) -> Result<RenderedMail, AppError> {
                    Ok(RenderedMail {
                        subject: Subject { m: self }.render()?.trim().to_owned(),
                        text: Text { m: self }.render()?,
                        html: Html { m: self }.render()?,
                    })
                }
            }
        };
    };
}

/// Invites a participant to book, with their personal link.
pub struct ParticipantInvitationEmail {
    /// The mail's language.
    pub locale: Locale,
    /// The programme's name.
    pub programme: String,
    /// The participant's name.
    pub name: String,
    /// Event title.
    pub event_title: String,
    /// When, naming the zone.
    pub when: String,
    /// Venue or video link.
    pub place: String,
    /// The personal link.
    pub link: String,
}
impl MailFrame for ParticipantInvitationEmail {
    fn locale(&self) -> &Locale {
        &self.locale
    }
    fn programme(&self) -> &str {
        &self.programme
    }
}
mail_templates!(
    ParticipantInvitationEmail,
    "participant_invitation/subject.txt",
    "participant_invitation/body.txt",
    "participant_invitation/body.html"
);

/// Invites an employer's contact to register volunteers, with their personal link.
pub struct EmployerInvitationEmail {
    /// The mail's language.
    pub locale: Locale,
    /// The programme's name.
    pub programme: String,
    /// The contact's name.
    pub name: String,
    /// The employer's name.
    pub employer: String,
    /// Event title.
    pub event_title: String,
    /// When, naming the zone.
    pub when: String,
    /// The personal link.
    pub link: String,
}
impl MailFrame for EmployerInvitationEmail {
    fn locale(&self) -> &Locale {
        &self.locale
    }
    fn programme(&self) -> &str {
        &self.programme
    }
}
mail_templates!(
    EmployerInvitationEmail,
    "employer_invitation/subject.txt",
    "employer_invitation/body.txt",
    "employer_invitation/body.html"
);

/// What every booking mail says about the booking.
pub struct BookingDetails {
    /// The mail's language.
    pub locale: Locale,
    /// The programme's name.
    pub programme: String,
    /// The participant's name.
    pub name: String,
    /// Event title.
    pub event_title: String,
    /// Session title.
    pub session_title: String,
    /// With whom or where (employer, table, placement).
    pub with: String,
    /// When, in the event's zone, naming it.
    pub when: String,
    /// For online sessions, the time in the participant's own zone when known and different.
    pub own_time: Option<String>,
    /// Venue address or video link.
    pub place: String,
    /// The participant's personal link to change or cancel.
    pub manage_link: String,
}

/// A booking was made; carries a calendar REQUEST.
pub struct BookingConfirmedEmail(pub BookingDetails);
impl MailFrame for BookingConfirmedEmail {
    fn locale(&self) -> &Locale {
        &self.0.locale
    }
    fn programme(&self) -> &str {
        &self.0.programme
    }
}
mail_templates!(
    BookingConfirmedEmail,
    "booking_confirmed/subject.txt",
    "booking_confirmed/body.txt",
    "booking_confirmed/body.html"
);

/// A booking moved to another time; carries a calendar REQUEST with the same UID.
pub struct BookingChangedEmail(pub BookingDetails);
impl MailFrame for BookingChangedEmail {
    fn locale(&self) -> &Locale {
        &self.0.locale
    }
    fn programme(&self) -> &str {
        &self.0.programme
    }
}
mail_templates!(
    BookingChangedEmail,
    "booking_changed/subject.txt",
    "booking_changed/body.txt",
    "booking_changed/body.html"
);

/// A booking was cancelled; carries a calendar CANCEL.
pub struct BookingCancelledEmail(pub BookingDetails);
impl MailFrame for BookingCancelledEmail {
    fn locale(&self) -> &Locale {
        &self.0.locale
    }
    fn programme(&self) -> &str {
        &self.0.programme
    }
}
mail_templates!(
    BookingCancelledEmail,
    "booking_cancelled/subject.txt",
    "booking_cancelled/body.txt",
    "booking_cancelled/body.html"
);

#[cfg(test)]
mod tests;

/// A volunteer's slot was booked or freed; carries a calendar REQUEST for the slot.
pub struct VolunteerSlotEmail {
    /// The mail's language.
    pub locale: Locale,
    /// The programme's name.
    pub programme: String,
    /// The volunteer's name.
    pub name: String,
    /// Session title.
    pub session_title: String,
    /// Event title.
    pub event_title: String,
    /// When, in the event's zone, naming it.
    pub when: String,
    /// Venue address or video link.
    pub place: String,
    /// Who holds the slot now (name, occupation fields, languages); empty when it is free.
    pub booked_by: Vec<String>,
}
impl MailFrame for VolunteerSlotEmail {
    fn locale(&self) -> &Locale {
        &self.locale
    }
    fn programme(&self) -> &str {
        &self.programme
    }
}
mail_templates!(
    VolunteerSlotEmail,
    "volunteer_slot/subject.txt",
    "volunteer_slot/body.txt",
    "volunteer_slot/body.html"
);

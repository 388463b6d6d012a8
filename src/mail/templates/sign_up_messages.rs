//! The mails of signing up on an event's public page: "confirm your address" (for job seekers
//! and employers alike) and "the organisers declined your sign-up". An accepted job seeker gets
//! the usual invitation with their personal link, an accepted employer the usual employer link.

use super::{MailHead, When, frame_from, mail_templates};
use crate::domain::local_text::LocalText;

/// Asks someone who signed up to confirm their address.
pub struct SignUpConfirmEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The name they gave.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
    /// When, naming the zone.
    pub when: When,
    /// The confirmation link.
    pub link: String,
    /// How long the link works, in hours.
    pub hours: i64,
}
frame_from!(SignUpConfirmEmail, head);
mail_templates!(
    SignUpConfirmEmail,
    "sign_up_confirm/subject.txt",
    "sign_up_confirm/body.txt",
    "sign_up_confirm/body.html"
);

/// Tells someone the organisers declined their sign-up.
pub struct SignUpDeclinedEmail {
    /// Languages and programme.
    pub head: MailHead,
    /// The name they gave.
    pub name: String,
    /// Event title.
    pub event_title: LocalText,
}
frame_from!(SignUpDeclinedEmail, head);
mail_templates!(
    SignUpDeclinedEmail,
    "sign_up_declined/subject.txt",
    "sign_up_declined/body.txt",
    "sign_up_declined/body.html"
);

//! Mail messages: one typed struct per message, rendered by askama from `emails/<message>/`
//! (`subject.txt`, `body.txt`, `body.html` on the shared `layout.html`), and turned into an
//! outbox row.

use crate::app::error::AppError;
use crate::db::outbox::NewMail;
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
mail_templates!(
    EmployerInvitationEmail,
    "employer_invitation/subject.txt",
    "employer_invitation/body.txt",
    "employer_invitation/body.html"
);

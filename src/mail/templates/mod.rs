//! Mail templates: one typed struct per message, rendered by askama from `emails/<message>/`
//! (`subject.txt`, `body.txt`, `body.html`), with every text taken from the Fluent files in
//! `locales/`. A mail to someone whose language differs from the programme's carries both, the
//! recipient's first, each block with its own `lang` and `dir`.

mod cancellation_messages;
mod feedback_messages;
mod head;
mod messages;
mod networking_messages;
mod notice;
mod sign_up_messages;
mod volunteer_messages;
mod when;

use crate::db::outbox::{CalendarPart, NewMail};
use crate::domain::local_text::LocalText;
use crate::domain::locale::Locale;
use crate::domain::mail_kind::MailKind;
use crate::i18n::{self, MAIL_LANGUAGES};
use uuid::Uuid;

pub use cancellation_messages::*;
pub use feedback_messages::*;
pub use head::MailHead;
pub use messages::*;
pub use networking_messages::*;
pub use notice::{Changed, Notice};
pub use sign_up_messages::*;
pub use volunteer_messages::*;
pub use when::When;

/// A mail template that could not be written out (a template's own mistake, never the reader's).
#[derive(Debug, thiserror::Error)]
#[error("a mail could not be written: {0}")]
pub struct RenderError(#[from] askama::Error);

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
        kind: MailKind,
        to_address: &str,
        to_name: &str,
        participant_id: Option<Uuid>,
    ) -> NewMail {
        NewMail {
            kind,
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

/// The languages a mail is written in: the recipient's (when mails exist in it), then the
/// programme's if it differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailLanguages(Vec<Locale>);

impl MailLanguages {
    /// For a recipient who reads `recipient`, from a programme working in `programme`.
    pub fn new(recipient: &str, programme: &str) -> Self {
        Self::among(recipient, programme, MAIL_LANGUAGES)
    }

    /// Like [`MailLanguages::new`], with the recipient's language taken from `available` (the
    /// programme's is always one every mail exists in).
    pub fn among(recipient: &str, programme: &str, available: &[&str]) -> Self {
        let second = Locale::negotiate_among(programme, MAIL_LANGUAGES);
        let first = Locale::negotiate_among(recipient, available).with_region_of(&second);
        if first == second {
            Self(vec![first])
        } else {
            Self(vec![first, second])
        }
    }

    /// One block per language, in order.
    pub fn blocks(&self) -> Vec<Block> {
        self.0
            .iter()
            .cloned()
            .map(|locale| Block { locale })
            .collect()
    }

    /// The first (the recipient's) language.
    pub fn first(&self) -> &Locale {
        &self.0[0]
    }
}

/// One language's block of a mail; templates take every text from it.
pub struct Block {
    locale: Locale,
}

impl Block {
    /// `lang` attribute.
    pub fn lang(&self) -> &str {
        self.locale.lang()
    }

    /// `dir` attribute.
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    /// An organiser's text (a title, what to bring) in this block's language, else in the
    /// programme's.
    pub fn local<'a>(&self, text: &'a LocalText) -> &'a str {
        text.in_language(self.locale.lang())
    }

    /// A time, written in this block's language.
    pub fn when(&self, when: &When) -> String {
        when.in_language(&self.locale)
    }

    /// One changed value, as it was and as it is now, in this block's language.
    pub fn changed(&self, changed: &Changed) -> String {
        match changed {
            Changed::Time { was, now } => self.t2(
                "notice-time",
                "was",
                &self.when(was),
                "now",
                &self.when(now),
            ),
            Changed::Place { was, now } => self.t2("notice-place", "was", was, "now", now),
        }
    }

    /// An allocation's reason as stored with its run, in this block's language.
    pub fn reason(&self, stored: &str) -> String {
        crate::allocation::reason::Reason::stored_words(stored, &self.locale)
    }

    /// A text without arguments.
    pub fn t(&self, id: &str) -> String {
        i18n::text(&self.locale, id, &[])
    }

    /// A text with one argument.
    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        i18n::text(&self.locale, id, &[(name, value)])
    }

    /// A text with two arguments.
    pub fn t2(
        &self,
        id: &str,
        name: &'static str,
        value: &str,
        other: &'static str,
        other_value: &str,
    ) -> String {
        i18n::text(&self.locale, id, &[(name, value), (other, other_value)])
    }
}

/// What the shared mail frame needs from every message.
pub trait MailFrame {
    /// The languages the message is written in.
    fn languages(&self) -> &MailLanguages;
    /// The programme's name, shown at the top.
    fn programme(&self) -> &str;
}

/// Declares the three templates of a message and a `render` method on its struct. Each template
/// struct offers `blocks()`, `lang()`, `dir()` and `programme()` to its template.
macro_rules! mail_templates {
    ($message:ident, $subject:tt, $text:tt, $html:tt) => {
        const _: () = {
            use crate::mail::templates::{Block, MailFrame, RenderedMail};
            use askama::Template as _;

            macro_rules! frame {
                ($part:ident, $path:tt) => {
                    #[derive(askama::Template)]
                    #[template(path = $path)]
                    struct $part<'a> {
                        m: &'a $message,
                    }
                    #[allow(dead_code)]
                    impl $part<'_> {
                        fn blocks(&self) -> Vec<Block> {
                            MailFrame::languages(self.m).blocks()
                        }
                        fn lang(&self) -> &str {
                            MailFrame::languages(self.m).first().lang()
                        }
                        fn dir(&self) -> &'static str {
                            MailFrame::languages(self.m).first().dir()
                        }
                        fn programme(&self) -> &str {
                            MailFrame::programme(self.m)
                        }
                    }
                };
            }
            frame!(Subject, $subject);
            frame!(Text, $text);
            frame!(Html, $html);

            impl $message {
                /// Renders subject, text and HTML.
                pub fn render(&self) -> Result<RenderedMail, crate::mail::templates::RenderError> {
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
pub(crate) use mail_templates;

/// Implements [`MailFrame`] for a message with `languages` and `programme` at `$($path).+`.
macro_rules! frame_from {
    ($message:ident, $($path:tt).+) => {
        impl $crate::mail::templates::MailFrame for $message {
            fn languages(&self) -> &$crate::mail::templates::MailLanguages {
                &self.$($path).+.languages
            }
            fn programme(&self) -> &str {
                &self.$($path).+.programme
            }
        }
    };
}
pub(crate) use frame_from;

#[cfg(test)]
mod examples;
#[cfg(test)]
mod examples_sign_up;
#[cfg(test)]
mod tests;

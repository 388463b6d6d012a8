//! Examples of the sign-up mails for the template tests: the confirmation in Arabic with the
//! programme's English, and the refusal in Persian.

use super::examples::the_evening;
use super::*;
use crate::domain::locale::PARTICIPANT_LANGUAGES;

/// The head of a mail to someone who signed up in `language`, as `MailHead::for_sign_up`
/// makes it for a programme working in English.
fn head(language: &str) -> MailHead {
    MailHead {
        languages: MailLanguages::among(language, "en", PARTICIPANT_LANGUAGES),
        programme: "Career Bridge".to_owned(),
    }
}

pub(super) fn messages() -> Vec<(&'static str, RenderedMail)> {
    vec![
        (
            "sign_up_confirm_arabic",
            SignUpConfirmEmail {
                head: head("ar"),
                name: "Amina Haddad".to_owned(),
                event_title: "Career Evening".to_owned().into(),
                when: the_evening(),
                link: "https://events.example.org/sign-up/TOKEN".to_owned(),
                hours: 48,
            }
            .render()
            .unwrap(),
        ),
        (
            "sign_up_declined_persian",
            SignUpDeclinedEmail {
                head: head("fa"),
                name: "Farzana Ahmadi".to_owned(),
                event_title: "Career Evening".to_owned().into(),
            }
            .render()
            .unwrap(),
        ),
    ]
}

//! Who a mail is from and in which languages it is written.

use super::MailLanguages;
use crate::config::Config;
use crate::domain::locale::PARTICIPANT_LANGUAGES;
use crate::entities::participant;

/// Who a mail is from and in which languages it is written.
#[derive(Clone, Debug)]
pub struct MailHead {
    /// The mail's languages.
    pub languages: MailLanguages,
    /// The programme's name.
    pub programme: String,
}

impl MailHead {
    /// For a recipient who reads `recipient_language`, from the configured programme.
    pub fn new(config: &Config, recipient_language: &str) -> Self {
        Self {
            languages: MailLanguages::new(recipient_language, &config.default_language),
            programme: config.programme_name.clone(),
        }
    }

    /// For someone who signed up in `language` and is no participant yet: in that language,
    /// among those participants' mails are written in, with the programme's after it.
    pub fn for_sign_up(config: &Config, language: &str) -> Self {
        Self {
            languages: MailLanguages::among(
                language,
                &config.default_language,
                PARTICIPANT_LANGUAGES,
            ),
            programme: config.programme_name.clone(),
        }
    }

    /// For a participant: in the language they chose, among those participants' mails are
    /// written in (with the programme's after it when it differs); in the programme's alone
    /// until they choose one.
    pub fn for_participant(config: &Config, person: &participant::Model) -> Self {
        let own = if person.language_chosen {
            person.locale.as_str()
        } else {
            config.default_language.as_str()
        };
        Self {
            languages: MailLanguages::among(own, &config.default_language, PARTICIPANT_LANGUAGES),
            programme: config.programme_name.clone(),
        }
    }
}

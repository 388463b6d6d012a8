//! The language of a participant's pages: their own choice (from the import file or the
//! switcher on their page), else their browser's, else the programme's; and storing a choice.

use crate::db::begin_write;
use crate::domain::locale::{Locale, PARTICIPANT_LANGUAGES};
use crate::entities::participant;
use crate::i18n::request::set_page_locale;
use crate::services::access_links::resolve_participant;
use crate::services::error::ServiceError;
use sea_orm::ActiveValue::{Set, Unchanged};
use sea_orm::{ActiveModelTrait, DatabaseConnection};

/// Makes the current request answer in `person`'s chosen language, when they chose one that
/// participants' pages are written in (else it keeps the browser's).
pub fn answer_in_chosen(person: &participant::Model) {
    if person.language_chosen && PARTICIPANT_LANGUAGES.contains(&person.locale.as_str()) {
        set_page_locale(&Locale::parse(&person.locale));
    }
}

/// Stores `language` as the choice of the participant behind `token`; their pages and mails
/// are in it from now on. A language without participant pages is refused.
pub async fn choose(
    db: &DatabaseConnection,
    token: &str,
    language: &str,
    now_ms: i64,
) -> Result<Locale, ServiceError> {
    let Some(code) = PARTICIPANT_LANGUAGES.iter().find(|code| **code == language) else {
        return Err(ServiceError::Refused("language-unknown"));
    };
    let txn = begin_write(db).await?;
    let (_, person) = resolve_participant(&txn, token, now_ms).await?;
    participant::ActiveModel {
        id: Unchanged(person.id),
        locale: Set((*code).to_owned()),
        language_chosen: Set(true),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    let locale = Locale::parse(code);
    set_page_locale(&locale);
    Ok(locale)
}

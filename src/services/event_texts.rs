//! An event's own texts in other languages: the form that shows each text in the programme's
//! language beside its translation into one language, and saving that language's translations
//! at once (audited). Readers see their language's text, else the programme's.

use crate::config::Config;
use crate::db::translations::{self, NewText};
use crate::db::{audit, begin_write};
use crate::domain::actor::Actor;
use crate::domain::fields::FieldError;
use crate::domain::ids::EventId;
use crate::domain::local_text::{LocalText, TextField, Translations};
use crate::domain::locale::{Locale, PARTICIPANT_LANGUAGES};
use crate::domain::session_format::Format;
use crate::domain::text;
use crate::entities::{event, session, slot};
use crate::services::error::ServiceError;
use crate::services::events;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::HashMap;
use uuid::Uuid;

/// One text of the form: the programme's words and the translation typed or stored.
pub struct TextRow {
    /// The form field's name: `{field}-{owner}`.
    pub name: String,
    /// The event, session or placement it belongs to.
    pub owner: Uuid,
    /// Which text it is.
    pub field: TextField,
    /// For a placement, the employer offering it (empty otherwise).
    pub employer: String,
    /// The text in the programme's language.
    pub base: String,
    /// The translation (empty: readers see the programme's text).
    pub value: String,
}

impl TextRow {
    /// The text id of the field's label.
    pub fn label_id(&self) -> &'static str {
        match self.field {
            TextField::EventTitle => "coord-texts-event-title",
            TextField::EventDescription => "coord-texts-event-description",
            TextField::SessionTitle => "coord-texts-session-title",
            TextField::WhatToBring => "coord-texts-what-to-bring",
            TextField::PlacementDescription => "coord-texts-placement",
            TextField::QuestionLabel => "coord-texts-question",
        }
    }
}

/// The texts of the event itself, or of one of its sessions with its placements.
pub struct TextGroup {
    /// The event's or session's title in the programme's language.
    pub heading: String,
    /// Its texts.
    pub rows: Vec<TextRow>,
}

/// The translation form of an event into one language.
pub struct TextsForm {
    /// The language being written.
    pub language: Locale,
    /// Every language texts can be translated into (the participants' languages but the
    /// programme's).
    pub languages: Vec<&'static str>,
    /// The event's texts, then each session's.
    pub groups: Vec<TextGroup>,
}

/// The languages an event's texts can be translated into: those participants read, but the
/// programme's own (its texts are the originals).
pub fn languages(config: &Config) -> Vec<&'static str> {
    let programme = Locale::parse(&config.default_language);
    PARTICIPANT_LANGUAGES
        .iter()
        .copied()
        .filter(|code| *code != programme.lang())
        .collect()
}

/// The language `asked` for, or the first one when none was asked for; `None` when texts cannot
/// be translated into it (or into any language).
pub fn language_asked(config: &Config, asked: Option<&str>) -> Option<&'static str> {
    let mut choices = languages(config).into_iter();
    match asked {
        Some(asked) => choices.find(|code| *code == asked),
        None => choices.next(),
    }
}

fn row(owner: Uuid, field: TextField, base: &str, value: String) -> TextRow {
    TextRow {
        name: format!("{}-{owner}", field.as_str()),
        owner,
        field,
        employer: String::new(),
        base: base.to_owned(),
        value,
    }
}

/// The form's groups for event `event_id` in `language`, with `typed` values where given.
async fn groups(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
    language: &str,
    typed: Option<&HashMap<String, String>>,
) -> Result<Vec<TextGroup>, ServiceError> {
    let event = events::find(conn, event_id).await?;
    let stored = translations::of_event(conn, event_id).await?;
    let value = |owner: Uuid, field: TextField| -> String {
        let name = format!("{}-{owner}", field.as_str());
        match typed {
            Some(typed) => typed.get(&name).cloned().unwrap_or_default(),
            None => stored.only(owner, field, language).to_owned(),
        }
    };
    let mut groups = vec![TextGroup {
        heading: event.title.clone(),
        rows: vec![
            row(
                event.id,
                TextField::EventTitle,
                &event.title,
                value(event.id, TextField::EventTitle),
            ),
            row(
                event.id,
                TextField::EventDescription,
                &event.description,
                value(event.id, TextField::EventDescription),
            ),
        ],
    }];
    for session in crate::db::sessions::of_event(conn, event_id).await? {
        let mut rows = vec![
            row(
                session.id,
                TextField::SessionTitle,
                &session.title,
                value(session.id, TextField::SessionTitle),
            ),
            row(
                session.id,
                TextField::WhatToBring,
                &session.what_to_bring,
                value(session.id, TextField::WhatToBring),
            ),
        ];
        if session.format == Format::Placement {
            let slots = crate::db::slots::of_session(conn, session.id).await?;
            let employers = crate::db::employers::by_ids(
                conn,
                slots.iter().filter_map(|s| s.employer_id).collect(),
            )
            .await?;
            for slot in slots {
                let field = TextField::PlacementDescription;
                let mut placement = row(slot.id, field, &slot.label, value(slot.id, field));
                placement.employer = slot
                    .employer_id
                    .and_then(|id| employers.get(&id))
                    .map(|e| e.name.clone())
                    .unwrap_or_default();
                rows.push(placement);
            }
        }
        groups.push(TextGroup {
            heading: session.title,
            rows,
        });
    }
    let questions = crate::db::sign_up_forms::questions(conn, EventId(event_id)).await?;
    if !questions.is_empty() {
        let field = TextField::QuestionLabel;
        groups.push(TextGroup {
            // No title of the organisers' own: the page names the group.
            heading: String::new(),
            rows: questions
                .iter()
                .map(|q| row(q.id, field, &q.label, value(q.id, field)))
                .collect(),
        });
    }
    Ok(groups)
}

/// The translation form of event `event_id` into `language`, as stored, or as `typed` when a
/// save was refused.
pub async fn form(
    db: &DatabaseConnection,
    config: &Config,
    (event_id, language): (Uuid, &'static str),
    typed: Option<&HashMap<String, String>>,
) -> Result<TextsForm, ServiceError> {
    Ok(TextsForm {
        language: Locale::parse(language),
        languages: languages(config),
        groups: groups(db, event_id, language, typed).await?,
    })
}

/// Saves the translations of event `event_id` into `language` from `typed` (form field name
/// to text), replacing that language's earlier ones; a text left empty shows the programme's.
/// Every text is checked as its original is; one refused text saves nothing. Returns how many
/// texts now have a translation into `language`.
pub async fn save(
    db: &DatabaseConnection,
    (event_id, language): (Uuid, &'static str),
    typed: &HashMap<String, String>,
    (actor, now_ms): (Actor, i64),
) -> Result<usize, ServiceError> {
    let txn = begin_write(db).await?;
    events::find_editable(&txn, event_id).await?;
    // Only this event's own texts are read from the form: a name that is none of them (another
    // event's session, a made-up field) is ignored.
    let rows: Vec<TextRow> = groups(&txn, event_id, language, Some(typed))
        .await?
        .into_iter()
        .flat_map(|g| g.rows)
        .collect();
    let mut problems: Vec<FieldError> = Vec::new();
    let mut checked: Vec<(Uuid, TextField, String)> = Vec::new();
    for row in rows {
        match text::check(&row.value, row.field.rule()) {
            Ok(words) => checked.push((row.owner, row.field, words)),
            Err(problem) => problems.push(problem.for_field(&row.name)),
        }
    }
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    let texts: Vec<NewText<'_>> = checked
        .iter()
        .map(|(owner_id, field, body)| NewText {
            owner_id: *owner_id,
            field: *field,
            body,
        })
        .collect();
    translations::replace_language(&txn, (event_id, language), &texts).await?;
    let count = texts.iter().filter(|t| !t.body.is_empty()).count();
    audit::event_changed_with(
        &txn,
        (actor, "event.texts_translated"),
        EventId(event_id),
        format!("language={language} texts={count}"),
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(count)
}

/// Every translation of event `event_id`, for the pages and mails that show its texts.
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Translations, ServiceError> {
    Ok(translations::of_event(conn, event_id).await?)
}

/// The title of `event` in every language it is written in, for mails.
pub async fn title_of(
    conn: &impl ConnectionTrait,
    event: &event::Model,
) -> Result<LocalText, ServiceError> {
    let texts = translations::of_event(conn, event.id).await?;
    Ok(texts.text(event.id, TextField::EventTitle, &event.title))
}

/// `event`'s title and description as a reader of `language` sees them, for a page.
pub fn localise_event(texts: &Translations, event: &mut event::Model, language: &str) {
    event.title = texts
        .read((event.id, TextField::EventTitle), &event.title, language)
        .to_owned();
    event.description = texts
        .read(
            (event.id, TextField::EventDescription),
            &event.description,
            language,
        )
        .to_owned();
}

/// `session`'s title and what to bring as a reader of `language` sees them, for a page.
pub fn localise_session(texts: &Translations, session: &mut session::Model, language: &str) {
    session.title = texts
        .read(
            (session.id, TextField::SessionTitle),
            &session.title,
            language,
        )
        .to_owned();
    session.what_to_bring = texts
        .read(
            (session.id, TextField::WhatToBring),
            &session.what_to_bring,
            language,
        )
        .to_owned();
}

/// The placements among `slots` described as a reader of `language` sees them, for a page.
pub fn localise_slots(texts: &Translations, slots: &mut [slot::Model], language: &str) {
    for slot in slots {
        slot.label = texts
            .read(
                (slot.id, TextField::PlacementDescription),
                &slot.label,
                language,
            )
            .to_owned();
    }
}

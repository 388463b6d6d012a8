//! Participants as coordinators add them, and who is invited to which event; one participant,
//! and how many there are.

use crate::db::rows::{insert_if_missing, insert_many};
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::occupations;
use crate::domain::participant_import::{ParticipantRow, same_name};
use crate::domain::phone::PhoneNumber;
use crate::domain::webhook::WebhookEvent;
use crate::entities::{
    event_participant, participant, participant_language, participant_occupation,
};
use sea_orm::ActiveValue::{Set, Unchanged};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

/// Whether a row created a person or was merged into one who existed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// A new person.
    Created,
    /// Merged into the person with that address.
    Merged,
}

/// Creates the person, or merges the row's languages and occupation fields into the person
/// with that address (their name and language stay as they were). Returns their id.
pub async fn upsert(
    conn: &impl ConnectionTrait,
    row: &ParticipantRow,
    now_ms: i64,
) -> Result<(Uuid, Saved), DbErr> {
    // The same person: the same address, or (for someone without one) the same number.
    let existing = match (&row.email, &row.phone) {
        (Some(email), _) => {
            participant::Entity::find()
                .filter(participant::Column::Email.eq(email.as_str()))
                .one(conn)
                .await?
        }
        (None, Some(phone)) => participant::Entity::find()
            .filter(participant::Column::Email.is_null())
            .filter(participant::Column::Phone.is_not_null())
            .all(conn)
            .await?
            .into_iter()
            .find(|p| {
                let same_phone = p
                    .phone
                    .as_deref()
                    .and_then(|known| PhoneNumber::parse(known).ok().flatten())
                    .is_some_and(|known| known.key() == phone.key());
                // People who share a phone are several people: the name must match too.
                same_phone && same_name(&p.name) == same_name(&row.name)
            }),
        (None, None) => None,
    };
    let (id, saved) = match existing {
        Some(person) => {
            if let (None, Some(phone)) = (&person.phone, &row.phone) {
                participant::ActiveModel {
                    id: Unchanged(person.id),
                    phone: Set(Some(phone.as_str().to_owned())),
                    ..Default::default()
                }
                .update(conn)
                .await?;
            }
            (person.id, Saved::Merged)
        }
        None => {
            let id = Uuid::now_v7();
            insert_many(
                conn,
                vec![participant::ActiveModel {
                    id: Set(id),
                    email: Set(row.email.as_ref().map(|e| e.as_str().to_owned())),
                    phone: Set(row.phone.as_ref().map(|p| p.as_str().to_owned())),
                    name: Set(row.name.clone()),
                    locale: Set(row.locale.clone().unwrap_or_else(|| "en".to_owned())),
                    language_chosen: Set(row.locale.is_some()),
                    time_zone: Set(None),
                    needs: Set(row.needs.clone()),
                    keep_after_event: Set(false),
                    anonymised_at: Set(None),
                    created_at: Set(now_ms),
                }],
            )
            .await?;
            (id, Saved::Created)
        }
    };
    let known_fields: Vec<String> = participant_occupation::Entity::find()
        .filter(participant_occupation::Column::ParticipantId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| occupations::key(&o.occupation_field))
        .collect();
    let new_fields = row
        .occupations
        .iter()
        .filter(|f| !known_fields.contains(f))
        .map(|f| participant_occupation::ActiveModel {
            participant_id: Set(id),
            occupation_field: Set(f.clone()),
        })
        .collect();
    insert_many(conn, new_fields).await?;
    let known_languages = participant_language::Entity::find()
        .filter(participant_language::Column::ParticipantId.eq(id))
        .all(conn)
        .await?;
    for (code, level) in &row.languages {
        match known_languages.iter().find(|l| l.language == *code) {
            Some(known) if known.level < *level => {
                participant_language::ActiveModel {
                    participant_id: Unchanged(id),
                    language: Unchanged(code.clone()),
                    level: Set(*level),
                }
                .update(conn)
                .await?;
            }
            Some(_) => {}
            None => {
                insert_many(
                    conn,
                    vec![participant_language::ActiveModel {
                        participant_id: Set(id),
                        language: Set(code.clone()),
                        level: Set(*level),
                    }],
                )
                .await?;
            }
        }
    }
    Ok((id, saved))
}

/// A new random check-in code.
pub fn fresh_check_in_code() -> Result<String, DbErr> {
    let mut bytes = [0u8; 5];
    getrandom::fill(&mut bytes).map_err(|e| DbErr::Custom(format!("random generator: {e}")))?;
    Ok(crate::domain::check_in_code::from_random(bytes))
}

/// Adds a person to an event (nothing happens if they are already on its list), and tells the
/// systems that listen.
pub async fn add_to_event(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let added = insert_if_missing(
        conn,
        event_participant::ActiveModel {
            event_id: Set(event_id.0),
            participant_id: Set(participant_id.0),
            added_at: Set(now_ms),
            invited_at: Set(None),
            check_in_code: Set(Some(fresh_check_in_code()?)),
        },
        [
            event_participant::Column::EventId,
            event_participant::Column::ParticipantId,
        ],
    )
    .await?;
    if added {
        let data = serde_json::json!(crate::domain::webhook_news::ParticipantNews {
            participant_id: participant_id.0,
        });
        let news = (WebhookEvent::ParticipantRegistered, event_id.0);
        crate::db::webhooks::announce(conn, news, data, now_ms).await?;
    }
    Ok(added)
}

/// The people on an event's list, with whether they were invited.
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<(participant::Model, event_participant::Model)>, DbErr> {
    let entries = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(event_id))
        .all(conn)
        .await?;
    let people = participant::Entity::find()
        .filter(participant::Column::Id.is_in(entries.iter().map(|e| e.participant_id)))
        .all(conn)
        .await?;
    let mut list: Vec<_> = entries
        .into_iter()
        .filter_map(|entry| {
            let person = people
                .iter()
                .find(|p| p.id == entry.participant_id)?
                .clone();
            Some((person, entry))
        })
        .collect();
    list.sort_by_key(|(person, _)| person.name.to_lowercase());
    Ok(list)
}

/// The person `participant_id`, if they are on the list of `event_id`.
pub async fn on_list(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<Option<participant::Model>, DbErr> {
    let listed = event_participant::Entity::find_by_id((event_id.0, participant_id.0))
        .one(conn)
        .await?;
    match listed {
        Some(_) => {
            participant::Entity::find_by_id(participant_id)
                .one(conn)
                .await
        }
        None => Ok(None),
    }
}

/// Records that a person's invitation to an event went out.
pub async fn mark_invited(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
    now_ms: i64,
) -> Result<(), DbErr> {
    event_participant::ActiveModel {
        event_id: Unchanged(event_id.0),
        participant_id: Unchanged(participant_id.0),
        invited_at: Set(Some(now_ms)),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// The number of participants.
pub async fn count(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    participant::Entity::find().count(conn).await
}

/// One participant.
pub async fn find(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<participant::Model>, DbErr> {
    participant::Entity::find_by_id(id).one(conn).await
}

/// The person on `event_id`'s list whose check-in code is `code`.
pub async fn by_check_in_code(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    code: &str,
) -> Result<Option<participant::Model>, DbErr> {
    let listed = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(event_id.0))
        .filter(event_participant::Column::CheckInCode.eq(code))
        .one(conn)
        .await?;
    match listed {
        Some(entry) => {
            participant::Entity::find_by_id(entry.participant_id)
                .one(conn)
                .await
        }
        None => Ok(None),
    }
}

/// The check-in code of `participant_id` at `event_id`, if they are on its list.
pub async fn check_in_code(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    participant_id: ParticipantId,
) -> Result<Option<String>, DbErr> {
    Ok(
        event_participant::Entity::find_by_id((event_id.0, participant_id.0))
            .one(conn)
            .await?
            .and_then(|entry| entry.check_in_code),
    )
}

/// Records that the person agreed to be kept for later events (they ticked it when signing up).
pub async fn agree_to_keep(conn: &impl ConnectionTrait, participant_id: Uuid) -> Result<(), DbErr> {
    participant::ActiveModel {
        id: Unchanged(participant_id),
        keep_after_event: Set(true),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// The person's occupation fields and languages with levels, as stored.
pub async fn fields_and_languages(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
) -> Result<(Vec<String>, Vec<participant_language::Model>), DbErr> {
    let fields = participant_occupation::Entity::find()
        .filter(participant_occupation::Column::ParticipantId.eq(participant_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| o.occupation_field)
        .collect();
    let languages = participant_language::Entity::find()
        .filter(participant_language::Column::ParticipantId.eq(participant_id))
        .all(conn)
        .await?;
    Ok((fields, languages))
}

//! Volunteers as their employer's contact registers them: details, languages, expertise and
//! availability windows per event.

use crate::db::rows::insert_many;
use crate::domain::ids::{EmployerId, EventId, VolunteerId};
use crate::domain::volunteer_draft::VolunteerDraft;
use crate::entities::{
    event_volunteer, session, slot, volunteer, volunteer_availability, volunteer_expertise,
    volunteer_language,
};
use sea_orm::ActiveValue::{Set, Unchanged};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use std::collections::HashMap;
use uuid::Uuid;

/// One of `employer_id`'s volunteers.
pub async fn find(
    conn: &impl ConnectionTrait,
    employer_id: EmployerId,
    volunteer_id: VolunteerId,
) -> Result<Option<volunteer::Model>, DbErr> {
    volunteer::Entity::find_by_id(volunteer_id)
        .filter(volunteer::Column::EmployerId.eq(employer_id))
        .one(conn)
        .await
}

/// A volunteer by id, whoever their employer.
pub async fn by_id(
    conn: &impl ConnectionTrait,
    volunteer_id: Uuid,
) -> Result<Option<volunteer::Model>, DbErr> {
    volunteer::Entity::find_by_id(volunteer_id).one(conn).await
}

/// The employer's volunteer with this address.
pub async fn find_by_email(
    conn: &impl ConnectionTrait,
    employer_id: Uuid,
    email: &str,
) -> Result<Option<volunteer::Model>, DbErr> {
    volunteer::Entity::find()
        .filter(volunteer::Column::EmployerId.eq(employer_id))
        .filter(volunteer::Column::Email.eq(email))
        .one(conn)
        .await
}

/// Creates a volunteer with the draft's details (not its availability).
pub async fn insert(
    conn: &impl ConnectionTrait,
    employer_id: Uuid,
    draft: &VolunteerDraft,
    now_ms: i64,
) -> Result<volunteer::Model, DbErr> {
    let row = volunteer::ActiveModel {
        id: Set(Uuid::now_v7()),
        employer_id: Set(employer_id),
        name: Set(draft.name.clone()),
        email: Set(draft.email.as_str().to_owned()),
        job_title: Set(draft.job_title.clone()),
        locale: Set(draft.locale.clone()),
        withdrawn_at: Set(None),
        created_at: Set(now_ms),
    }
    .insert(conn)
    .await?;
    replace_profile(conn, row.id, draft).await?;
    Ok(row)
}

/// Replaces a volunteer's details, languages and expertise with the draft's.
pub async fn update(
    conn: &impl ConnectionTrait,
    volunteer_id: Uuid,
    draft: &VolunteerDraft,
) -> Result<volunteer::Model, DbErr> {
    let row = volunteer::ActiveModel {
        id: Unchanged(volunteer_id),
        name: Set(draft.name.clone()),
        email: Set(draft.email.as_str().to_owned()),
        job_title: Set(draft.job_title.clone()),
        locale: Set(draft.locale.clone()),
        withdrawn_at: Set(None),
        ..Default::default()
    }
    .update(conn)
    .await?;
    replace_profile(conn, volunteer_id, draft).await?;
    Ok(row)
}

async fn replace_profile(
    conn: &impl ConnectionTrait,
    volunteer_id: Uuid,
    draft: &VolunteerDraft,
) -> Result<(), DbErr> {
    volunteer_language::Entity::delete_many()
        .filter(volunteer_language::Column::VolunteerId.eq(volunteer_id))
        .exec(conn)
        .await?;
    volunteer_expertise::Entity::delete_many()
        .filter(volunteer_expertise::Column::VolunteerId.eq(volunteer_id))
        .exec(conn)
        .await?;
    insert_many(
        conn,
        draft
            .languages
            .iter()
            .map(|(code, level)| volunteer_language::ActiveModel {
                volunteer_id: Set(volunteer_id),
                language: Set(code.clone()),
                level: Set(*level),
            })
            .collect(),
    )
    .await?;
    insert_many(
        conn,
        draft
            .expertise
            .iter()
            .map(|field| volunteer_expertise::ActiveModel {
                volunteer_id: Set(volunteer_id),
                occupation_field: Set(field.clone()),
            })
            .collect(),
    )
    .await
}

/// Sets a volunteer's availability at one event (an empty list withdraws them from it).
pub async fn replace_availability(
    conn: &impl ConnectionTrait,
    volunteer_id: VolunteerId,
    event_id: EventId,
    windows: &[(i64, i64)],
) -> Result<(), DbErr> {
    volunteer_availability::Entity::delete_many()
        .filter(volunteer_availability::Column::VolunteerId.eq(volunteer_id))
        .filter(volunteer_availability::Column::EventId.eq(event_id))
        .exec(conn)
        .await?;
    insert_many(
        conn,
        windows
            .iter()
            .map(
                |&(starts_at, ends_at)| volunteer_availability::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    volunteer_id: Set(volunteer_id.0),
                    event_id: Set(event_id.0),
                    starts_at: Set(starts_at),
                    ends_at: Set(ends_at),
                },
            )
            .collect(),
    )
    .await
}

/// The availability windows at one event, by volunteer, in time order.
pub async fn availability_at(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<HashMap<Uuid, Vec<(i64, i64)>>, DbErr> {
    let mut windows: HashMap<Uuid, Vec<(i64, i64)>> = HashMap::new();
    for row in volunteer_availability::Entity::find()
        .filter(volunteer_availability::Column::EventId.eq(event_id))
        .order_by_asc(volunteer_availability::Column::StartsAt)
        .all(conn)
        .await?
    {
        windows
            .entry(row.volunteer_id)
            .or_default()
            .push((row.starts_at, row.ends_at));
    }
    Ok(windows)
}

/// Registers a volunteer for an event, or brings them back if they had withdrawn.
pub async fn register(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    volunteer_id: VolunteerId,
    now_ms: i64,
) -> Result<(), DbErr> {
    let row = event_volunteer::ActiveModel {
        event_id: Set(event_id.0),
        volunteer_id: Set(volunteer_id.0),
        added_at: Set(now_ms),
        withdrawn_at: Set(None),
    };
    event_volunteer::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                event_volunteer::Column::EventId,
                event_volunteer::Column::VolunteerId,
            ])
            .update_column(event_volunteer::Column::WithdrawnAt)
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Marks a volunteer withdrawn from an event and removes their availability there.
pub async fn withdraw(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    volunteer_id: VolunteerId,
    now_ms: i64,
) -> Result<(), DbErr> {
    event_volunteer::Entity::update_many()
        .col_expr(event_volunteer::Column::WithdrawnAt, Expr::value(now_ms))
        .filter(event_volunteer::Column::EventId.eq(event_id))
        .filter(event_volunteer::Column::VolunteerId.eq(volunteer_id))
        .exec(conn)
        .await?;
    replace_availability(conn, volunteer_id, event_id, &[]).await
}

/// The ids of the volunteers registered (and not withdrawn) for an event.
pub async fn registered(conn: &impl ConnectionTrait, event_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(event_volunteer::Entity::find()
        .filter(event_volunteer::Column::EventId.eq(event_id))
        .filter(event_volunteer::Column::WithdrawnAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.volunteer_id)
        .collect())
}

/// The slots of an event's sessions by volunteer, in time order.
pub async fn slots_by_volunteer(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<HashMap<Uuid, Vec<Uuid>>, DbErr> {
    let session_ids: Vec<Uuid> = session::Entity::find()
        .filter(session::Column::EventId.eq(event_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let mut slots: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for row in slot::Entity::find()
        .filter(slot::Column::SessionId.is_in(session_ids))
        .filter(slot::Column::VolunteerId.is_not_null())
        .order_by_asc(slot::Column::StartsAt)
        .all(conn)
        .await?
    {
        if let Some(volunteer_id) = row.volunteer_id {
            slots.entry(volunteer_id).or_default().push(row.id);
        }
    }
    Ok(slots)
}

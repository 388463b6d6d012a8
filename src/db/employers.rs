//! Partner employers, their contacts, and which events they are invited to; employers and
//! contacts looked up by id.

use crate::db::rows::{insert_if_missing, insert_many};
use crate::domain::employer_draft::EmployerDraft;
use crate::domain::ids::{EmployerId, EventId};
use crate::entities::{employer, employer_contact, event_employer};
use sea_orm::ActiveValue::{Set, Unchanged};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use std::collections::HashMap;
use uuid::Uuid;

/// The contact with this address, or a new employer with this contact. Returns both.
pub async fn find_or_create(
    conn: &impl ConnectionTrait,
    draft: &EmployerDraft,
    now_ms: i64,
) -> Result<(employer::Model, employer_contact::Model), DbErr> {
    let contact = employer_contact::Entity::find()
        .filter(employer_contact::Column::Email.eq(draft.contact_email.as_str()))
        .one(conn)
        .await?;
    if let Some(contact) = contact
        && let Some(found) = employer::Entity::find_by_id(contact.employer_id)
            .one(conn)
            .await?
        && found.name.to_lowercase() == draft.name.to_lowercase()
    {
        return Ok((found, contact));
    }
    let employer = employer::Model {
        id: Uuid::now_v7(),
        name: draft.name.clone(),
        website: None,
        offer: None,
        created_at: now_ms,
    };
    let contact = employer_contact::Model {
        id: Uuid::now_v7(),
        employer_id: employer.id,
        name: draft.contact_name.clone(),
        email: draft.contact_email.as_str().to_owned(),
        locale: draft.contact_language.clone(),
        created_at: now_ms,
    };
    insert_many(conn, vec![employer::ActiveModel::from(employer.clone())]).await?;
    insert_many(
        conn,
        vec![employer_contact::ActiveModel::from(contact.clone())],
    )
    .await?;
    Ok((employer, contact))
}

/// Puts an employer on an event (no change if it is on it already); `true` when it was new.
pub async fn invite(
    conn: &impl ConnectionTrait,
    event_id: EventId,
    employer_id: EmployerId,
    now_ms: i64,
) -> Result<bool, DbErr> {
    insert_if_missing(
        conn,
        event_employer::ActiveModel {
            event_id: Set(event_id.0),
            employer_id: Set(employer_id.0),
            invited_at: Set(now_ms),
        },
        [
            event_employer::Column::EventId,
            event_employer::Column::EmployerId,
        ],
    )
    .await
}

/// The employers of an event with their contacts, in invitation order.
pub async fn of_event(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<(employer::Model, Vec<employer_contact::Model>)>, DbErr> {
    let invited = event_employer::Entity::find()
        .filter(event_employer::Column::EventId.eq(event_id))
        .order_by_asc(event_employer::Column::InvitedAt)
        .all(conn)
        .await?;
    let ids: Vec<Uuid> = invited.iter().map(|i| i.employer_id).collect();
    let employers = employer::Entity::find()
        .filter(employer::Column::Id.is_in(ids.clone()))
        .all(conn)
        .await?;
    let contacts = employer_contact::Entity::find()
        .filter(employer_contact::Column::EmployerId.is_in(ids.clone()))
        .all(conn)
        .await?;
    Ok(ids
        .into_iter()
        .filter_map(|id| {
            let employer = employers.iter().find(|e| e.id == id)?.clone();
            let own = contacts
                .iter()
                .filter(|c| c.employer_id == id)
                .cloned()
                .collect();
            Some((employer, own))
        })
        .collect())
}

/// One employer contact and their employer.
pub async fn contact_with_employer(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<(employer_contact::Model, employer::Model)>, DbErr> {
    let Some(contact) = employer_contact::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let employer = employer::Entity::find_by_id(contact.employer_id)
        .one(conn)
        .await?;
    Ok(employer.map(|e| (contact, e)))
}

/// Employers by id, for labelling slots.
pub async fn by_ids(
    conn: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, employer::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = employer::Entity::find()
        .filter(employer::Column::Id.is_in(ids))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|e| (e.id, e)).collect())
}

/// Keeps what the employer offers, as it wrote when it signed up.
pub async fn set_offer(
    conn: &impl ConnectionTrait,
    employer_id: Uuid,
    offer: &str,
) -> Result<(), DbErr> {
    employer::ActiveModel {
        id: Unchanged(employer_id),
        offer: Set(Some(offer.to_owned())),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

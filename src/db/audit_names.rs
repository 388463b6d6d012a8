//! Who the audit log's ids are: the names (or, for coordinators, the addresses) of the people
//! its entries mention, each kind in one query, so a page of 300 entries costs five queries.

use crate::entities::{coordinator, employer, employer_contact, participant, volunteer};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// The ids to name, by kind.
#[derive(Clone, Debug, Default)]
pub struct AuditIds {
    /// Coordinators.
    pub coordinators: Vec<Uuid>,
    /// Volunteers.
    pub volunteers: Vec<Uuid>,
    /// Participants.
    pub participants: Vec<Uuid>,
    /// Employers' contact people.
    pub contacts: Vec<Uuid>,
}

/// What the ids are called; an id that is gone (erased, deleted) is missing.
#[derive(Clone, Debug, Default)]
pub struct AuditNames {
    /// A coordinator's e-mail address, by id.
    pub coordinators: HashMap<Uuid, String>,
    /// A volunteer's name, by id.
    pub volunteers: HashMap<Uuid, String>,
    /// A participant's name, by id.
    pub participants: HashMap<Uuid, String>,
    /// A contact's name and their employer's name (empty when the employer is gone), by id.
    pub contacts: HashMap<Uuid, (String, String)>,
}

/// The addresses of the coordinators in `ids`.
pub async fn coordinator_emails(
    conn: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    Ok(coordinator::Entity::find()
        .filter(coordinator::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c.email))
        .collect())
}

/// Looks up everyone in `ids`.
pub async fn names(conn: &impl ConnectionTrait, ids: AuditIds) -> Result<AuditNames, DbErr> {
    let coordinators = coordinator_emails(conn, ids.coordinators).await?;
    let volunteers = volunteer::Entity::find()
        .filter(volunteer::Column::Id.is_in(ids.volunteers))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let participants = participant::Entity::find()
        .filter(participant::Column::Id.is_in(ids.participants))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let contacts = employer_contact::Entity::find()
        .filter(employer_contact::Column::Id.is_in(ids.contacts))
        .all(conn)
        .await?;
    let employers: HashMap<Uuid, String> = employer::Entity::find()
        .filter(employer::Column::Id.is_in(contacts.iter().map(|c| c.employer_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    let contacts = contacts
        .into_iter()
        .map(|c| {
            let employer = employers.get(&c.employer_id).cloned().unwrap_or_default();
            (c.id, (c.name, employer))
        })
        .collect();
    Ok(AuditNames {
        coordinators,
        volunteers,
        participants,
        contacts,
    })
}

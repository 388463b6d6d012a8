//! Access links: stored by token hash, looked up by token hash.

use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::link_scope::LinkScope;
use crate::entities::access_link::{self, Column, Entity};
use crate::entities::participant;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, JoinType, QueryFilter,
    QuerySelect, RelationDef,
};
use uuid::Uuid;

/// Who a link lets act, and therefore its scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkSubject {
    /// A job seeker, for one event.
    Participant(Uuid),
    /// An employer's contact person, for one event.
    EmployerContact(Uuid),
    /// A volunteer, for one event.
    Volunteer(Uuid),
    /// A coordinator resetting a password.
    CoordinatorReset(Uuid),
}

impl LinkSubject {
    /// The link's scope.
    pub fn scope(self) -> LinkScope {
        match self {
            Self::Participant(_) => LinkScope::Participant,
            Self::EmployerContact(_) => LinkScope::EmployerContact,
            Self::Volunteer(_) => LinkScope::Volunteer,
            Self::CoordinatorReset(_) => LinkScope::CoordinatorReset,
        }
    }
}

/// Stores a new link for `subject`.
pub async fn insert(
    conn: &impl ConnectionTrait,
    token_hash: String,
    subject: LinkSubject,
    event_id: Option<Uuid>,
    now_ms: i64,
    expires_at: i64,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    let mut row = access_link::ActiveModel {
        id: Set(id),
        token_hash: Set(token_hash),
        scope: Set(subject.scope()),
        event_id: Set(event_id),
        participant_id: Set(None),
        employer_contact_id: Set(None),
        volunteer_id: Set(None),
        coordinator_id: Set(None),
        created_at: Set(now_ms),
        expires_at: Set(expires_at),
        revoked_at: Set(None),
        used_at: Set(None),
    };
    match subject {
        LinkSubject::Participant(p) => row.participant_id = Set(Some(p)),
        LinkSubject::EmployerContact(c) => row.employer_contact_id = Set(Some(c)),
        LinkSubject::Volunteer(v) => row.volunteer_id = Set(Some(v)),
        LinkSubject::CoordinatorReset(c) => row.coordinator_id = Set(Some(c)),
    }
    Entity::insert(row).exec_without_returning(conn).await?;
    Ok(id)
}

/// The link with this token hash, if any.
pub async fn find_by_hash(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<access_link::Model>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .one(conn)
        .await
}

/// The link with `token_hash` and, for a participant's link, its participant (one query).
pub async fn find_with_participant(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<(access_link::Model, Option<participant::Model>)>, DbErr> {
    let link_participant: RelationDef = Entity::belongs_to(participant::Entity)
        .from(Column::ParticipantId)
        .to(participant::Column::Id)
        .into();
    Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .select_also(participant::Entity)
        .join(JoinType::LeftJoin, link_participant)
        .one(conn)
        .await
}

/// Revokes every live link of a coordinator with `scope` (a used reset link takes the others
/// with it).
pub async fn revoke_for_coordinator(
    conn: &impl ConnectionTrait,
    coordinator_id: Uuid,
    scope: LinkScope,
    now_ms: i64,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(now_ms))
        .filter(Column::CoordinatorId.eq(coordinator_id))
        .filter(Column::Scope.eq(scope))
        .filter(Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Revokes every live link of a participant for one event; returns how many.
pub async fn revoke_for_participant(
    conn: &impl ConnectionTrait,
    participant_id: ParticipantId,
    event_id: EventId,
    now_ms: i64,
) -> Result<u64, DbErr> {
    Ok(Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(now_ms))
        .filter(Column::ParticipantId.eq(participant_id))
        .filter(Column::EventId.eq(event_id))
        .filter(Column::RevokedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

//! Coordinators and their browser sessions.

use crate::entities::{coordinator, coordinator_session, login_attempt};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

/// The coordinator with this (normalised) e-mail address.
pub async fn find_by_email(
    conn: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<coordinator::Model>, DbErr> {
    coordinator::Entity::find()
        .filter(coordinator::Column::Email.eq(email))
        .one(conn)
        .await
}

/// One coordinator.
pub async fn find_by_id(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<coordinator::Model>, DbErr> {
    coordinator::Entity::find_by_id(id).one(conn).await
}

/// Stores a new coordinator.
pub async fn insert(
    conn: &impl ConnectionTrait,
    email: &str,
    display_name: &str,
    password_hash: &str,
    now_ms: i64,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    coordinator::Entity::insert(coordinator::ActiveModel {
        id: Set(id),
        email: Set(email.to_owned()),
        display_name: Set(display_name.to_owned()),
        password_hash: Set(password_hash.to_owned()),
        disabled: Set(false),
        created_at: Set(now_ms),
        language: Set(None),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(id)
}

/// Replaces a coordinator's password hash.
pub async fn set_password_hash(
    conn: &impl ConnectionTrait,
    id: Uuid,
    password_hash: &str,
) -> Result<(), DbErr> {
    coordinator::Entity::update_many()
        .col_expr(coordinator::Column::PasswordHash, password_hash.into())
        .filter(coordinator::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Stores the language a coordinator chose for their pages.
pub async fn set_language(
    conn: &impl ConnectionTrait,
    id: Uuid,
    language: &str,
) -> Result<(), DbErr> {
    coordinator::Entity::update_many()
        .col_expr(coordinator::Column::Language, language.into())
        .filter(coordinator::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Stores a session; only the token's hash is kept.
pub async fn insert_session(
    conn: &impl ConnectionTrait,
    coordinator_id: Uuid,
    token_hash: String,
    csrf_token: String,
    now_ms: i64,
    expires_at: i64,
) -> Result<(), DbErr> {
    coordinator_session::Entity::insert(coordinator_session::ActiveModel {
        id: Set(Uuid::now_v7()),
        token_hash: Set(token_hash),
        coordinator_id: Set(coordinator_id),
        csrf_token: Set(csrf_token),
        created_at: Set(now_ms),
        expires_at: Set(expires_at),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// A live session and its coordinator.
pub async fn find_session(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    now_ms: i64,
) -> Result<Option<(coordinator_session::Model, coordinator::Model)>, DbErr> {
    let Some(session) = coordinator_session::Entity::find()
        .filter(coordinator_session::Column::TokenHash.eq(token_hash))
        .filter(coordinator_session::Column::ExpiresAt.gt(now_ms))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let coordinator = coordinator::Entity::find_by_id(session.coordinator_id)
        .filter(coordinator::Column::Disabled.eq(false))
        .one(conn)
        .await?;
    Ok(coordinator.map(|c| (session, c)))
}

/// Ends a session.
pub async fn delete_session(conn: &impl ConnectionTrait, token_hash: &str) -> Result<(), DbErr> {
    coordinator_session::Entity::delete_many()
        .filter(coordinator_session::Column::TokenHash.eq(token_hash))
        .exec(conn)
        .await?;
    Ok(())
}

/// Every coordinator who can sign in.
pub async fn active(conn: &impl ConnectionTrait) -> Result<Vec<coordinator::Model>, DbErr> {
    coordinator::Entity::find()
        .filter(coordinator::Column::Disabled.eq(false))
        .all(conn)
        .await
}

/// Records a failed sign-in for `email` and forgets failures older than a day.
pub async fn record_failed_sign_in(
    conn: &impl ConnectionTrait,
    email: &str,
    now_ms: i64,
) -> Result<(), DbErr> {
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::At.lt(now_ms - 86_400_000))
        .exec(conn)
        .await?;
    login_attempt::Entity::insert(login_attempt::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(email.to_owned()),
        at: Set(now_ms),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Failed sign-ins for `email` since `since_ms`.
pub async fn failed_sign_ins_since(
    conn: &impl ConnectionTrait,
    email: &str,
    since_ms: i64,
) -> Result<u64, DbErr> {
    login_attempt::Entity::find()
        .filter(login_attempt::Column::Email.eq(email))
        .filter(login_attempt::Column::At.gte(since_ms))
        .count(conn)
        .await
}

/// Forgets the failed sign-ins of `email` (after a successful one).
pub async fn clear_failed_sign_ins(conn: &impl ConnectionTrait, email: &str) -> Result<(), DbErr> {
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::Email.eq(email))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every session of a coordinator (after their password changed).
pub async fn delete_sessions_of(
    conn: &impl ConnectionTrait,
    coordinator_id: Uuid,
) -> Result<(), DbErr> {
    coordinator_session::Entity::delete_many()
        .filter(coordinator_session::Column::CoordinatorId.eq(coordinator_id))
        .exec(conn)
        .await?;
    Ok(())
}

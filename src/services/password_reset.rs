//! Coordinators who forgot their password get a link by mail that works once, within the hour.
//! The answer to a request is the same whether or not the address belongs to a coordinator, and
//! each address gets at most a few such mails an hour (counted in the database, so the limit
//! holds across instances).

use crate::config::Config;
use crate::db::access_links::{self as link_rows, LinkSubject};
use crate::db::{begin_write, coordinators, link_requests, outbox};
use crate::domain::email::EmailAddress;
use crate::domain::fields::FieldError;
use crate::domain::link_scope::LinkScope;
use crate::domain::mail_kind::MailKind;
use crate::entities::coordinator;
use crate::mail::templates::{MailHead, PasswordResetEmail};
use crate::services::access_links;
use crate::services::auth::{check_new_password, hash_password};
use crate::services::error::ServiceError;
use sea_orm::{ConnectionTrait, DatabaseConnection};

/// How long a reset link works.
pub const LINK_MINUTES: i64 = 60;
/// The most reset mails one address gets in an hour.
pub const PER_HOUR: u64 = 3;

/// Mails a reset link if `email` belongs to an active coordinator and the hourly limit allows.
/// Only a malformed address is an error; nothing else tells the caller whether it is known.
pub async fn request(
    db: &DatabaseConnection,
    config: &Config,
    email: &str,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let email =
        EmailAddress::parse(email).map_err(|e| ServiceError::Invalid(vec![e.problem("email")]))?;
    let txn = begin_write(db).await?;
    let Some(coordinator) = coordinators::find_by_email(&txn, email.as_str())
        .await?
        .filter(|c| !c.disabled)
    else {
        return Ok(());
    };
    if link_requests::mails_since(
        &txn,
        email.as_str(),
        MailKind::PasswordReset,
        now_ms - 3_600_000,
    )
    .await?
        >= PER_HOUR
    {
        tracing::info!("password reset request over the hourly limit");
        return Ok(());
    }
    let token = access_links::issue(
        &txn,
        LinkSubject::CoordinatorReset(coordinator.id),
        None,
        now_ms,
        now_ms + LINK_MINUTES * 60_000,
    )
    .await?;
    let mail = PasswordResetEmail {
        head: MailHead::new(config, &config.default_language),
        name: coordinator.display_name.clone(),
        link: format!("{}/coordinator/password-reset/{token}", config.base_url),
    }
    .render()?
    .to_outbox(
        MailKind::PasswordReset,
        &coordinator.email,
        &coordinator.display_name,
        None,
    );
    outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    txn.commit().await?;
    Ok(())
}

/// The coordinator a live, unused reset link belongs to.
pub async fn check_link(
    conn: &impl ConnectionTrait,
    token: &str,
    now_ms: i64,
) -> Result<coordinator::Model, ServiceError> {
    let link = access_links::resolve(conn, token, LinkScope::CoordinatorReset, now_ms).await?;
    if link.used_at.is_some() {
        return Err(ServiceError::LinkExpired);
    }
    let id = link.coordinator_id.ok_or(ServiceError::NotFound)?;
    coordinators::find_by_id(conn, id)
        .await?
        .filter(|c| !c.disabled)
        .ok_or(ServiceError::NotFound)
}

/// Sets the new password, uses up the link (and any other reset link of the coordinator), ends
/// every session signed in with the old password and clears failed sign-ins.
pub async fn reset(
    db: &DatabaseConnection,
    token: &str,
    password: &str,
    confirmation: &str,
    now_ms: i64,
) -> Result<(), ServiceError> {
    check_new_password(password)?;
    if password != confirmation {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "confirmation",
            "coord-password-mismatch",
        )]));
    }
    let hash = hash_password(password)?;
    let txn = begin_write(db).await?;
    let coordinator = check_link(&txn, token, now_ms).await?;
    coordinators::set_password_hash(&txn, coordinator.id, &hash).await?;
    link_rows::revoke_for_coordinator(&txn, coordinator.id, LinkScope::CoordinatorReset, now_ms)
        .await?;
    coordinators::delete_sessions_of(&txn, coordinator.id).await?;
    coordinators::clear_failed_sign_ins(&txn, &coordinator.email).await?;
    txn.commit().await?;
    Ok(())
}

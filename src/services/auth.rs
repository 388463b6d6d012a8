//! Coordinator accounts: passwords (argon2) and database-stored sessions, so any instance can
//! serve any request.

use super::tokens::new_token;
use crate::db::coordinators;
use crate::domain::email::EmailAddress;
use crate::domain::fields::FieldError;
use crate::domain::token::token_hash;
use crate::services::error::ServiceError;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// How long a sign-in lasts.
pub const SESSION_HOURS: i64 = 12;
/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// A new session: the cookie value and the CSRF token its forms carry.
pub struct NewSession {
    /// The cookie value (the database holds its hash).
    pub token: String,
    /// The anti-forgery token for this session's forms.
    pub csrf_token: String,
}

/// Hashes a password with argon2id and a random salt.
pub fn hash_password(password: &str) -> Result<String, ServiceError> {
    let mut salt_bytes = [0u8; 16];
    getrandom::fill(&mut salt_bytes).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let salt =
        SaltString::encode_b64(&salt_bytes).map_err(|e| ServiceError::Internal(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| ServiceError::Internal(e.to_string()))
}

fn password_matches(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// Checks a new password's length.
pub fn check_new_password(password: &str) -> Result<(), ServiceError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(ServiceError::Invalid(vec![FieldError::with_args(
            "password",
            "coord-password-too-short",
            vec![("count", MIN_PASSWORD_CHARS.to_string())],
        )]));
    }
    Ok(())
}

/// Creates a coordinator, or sets the password of an existing one with that address.
pub async fn create_or_update_coordinator(
    db: &DatabaseConnection,
    email: &str,
    display_name: &str,
    password: &str,
    now_ms: i64,
) -> Result<Uuid, ServiceError> {
    let email =
        EmailAddress::parse(email).map_err(|e| ServiceError::Invalid(vec![e.problem("email")]))?;
    check_new_password(password)?;
    let hash = hash_password(password)?;
    match coordinators::find_by_email(db, email.as_str()).await? {
        Some(existing) => {
            coordinators::set_password_hash(db, existing.id, &hash).await?;
            Ok(existing.id)
        }
        None => Ok(coordinators::insert(db, email.as_str(), display_name, &hash, now_ms).await?),
    }
}

/// Failed sign-ins one address may have in [`LOCKOUT_MINUTES`] before further attempts are
/// refused unchecked.
pub const MAX_FAILED_SIGN_INS: u64 = 10;
/// The window failed sign-ins are counted in.
pub const LOCKOUT_MINUTES: i64 = 15;

/// Signs a coordinator in. A wrong address and a wrong password look the same, and take the same
/// time (a hash is verified either way). After [`MAX_FAILED_SIGN_INS`] failures for an address
/// (known or not) within [`LOCKOUT_MINUTES`], attempts are refused without checking the password;
/// the count is in the database, so it holds across instances.
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    now_ms: i64,
) -> Result<NewSession, ServiceError> {
    // What no address can be still counts against itself, cut to an address's longest length
    // so the attempts' index never sees a megabyte of text.
    let key = EmailAddress::parse(email)
        .map(|e| e.as_str().to_owned())
        .unwrap_or_else(|_| email.trim().to_lowercase().chars().take(320).collect());
    let since = now_ms - LOCKOUT_MINUTES * 60_000;
    if coordinators::failed_sign_ins_since(db, &key, since).await? >= MAX_FAILED_SIGN_INS {
        tracing::warn!("sign-in refused: too many failed attempts for one address");
        return Err(ServiceError::Invalid(vec![FieldError::with_args(
            "email",
            "coord-signin-locked",
            vec![("count", LOCKOUT_MINUTES.to_string())],
        )]));
    }
    let found = match EmailAddress::parse(email) {
        Ok(email) => coordinators::find_by_email(db, email.as_str()).await?,
        Err(_) => None,
    };
    let stored_hash = found
        .as_ref()
        .map_or(DUMMY_HASH, |c| c.password_hash.as_str());
    let valid = password_matches(password, stored_hash);
    let Some(coordinator) = found.filter(|c| valid && !c.disabled) else {
        coordinators::record_failed_sign_in(db, &key, now_ms).await?;
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "email",
            "coord-signin-wrong",
        )]));
    };
    coordinators::clear_failed_sign_ins(db, &key).await?;
    let session = NewSession {
        token: new_token()?,
        csrf_token: new_token()?,
    };
    let expires_at = now_ms + SESSION_HOURS * 3_600_000;
    coordinators::insert_session(
        db,
        coordinator.id,
        token_hash(&session.token),
        session.csrf_token.clone(),
        now_ms,
        expires_at,
    )
    .await?;
    Ok(session)
}

/// The signed-in coordinator behind a session cookie, if the session is live.
pub async fn current(
    db: &DatabaseConnection,
    session_token: &str,
    now_ms: i64,
) -> Result<Option<LiveSession>, ServiceError> {
    let found = coordinators::find_session(db, &token_hash(session_token), now_ms).await?;
    Ok(found.map(|(session, coordinator)| LiveSession {
        coordinator: Coordinator {
            id: coordinator.id,
            email: coordinator.email,
            display_name: coordinator.display_name,
            language: coordinator.language,
        },
        csrf_token: session.csrf_token,
    }))
}

/// A signed-in coordinator, as their pages know them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coordinator {
    /// Their id.
    pub id: Uuid,
    /// Their sign-in address.
    pub email: String,
    /// The name their pages greet them with.
    pub display_name: String,
    /// The language they chose for their pages, if they chose one.
    pub language: Option<String>,
}

/// A live session: whose it is, and the anti-forgery token its forms carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveSession {
    /// Who is signed in.
    pub coordinator: Coordinator,
    /// The session's anti-forgery token.
    pub csrf_token: String,
}

/// Ends a session.
pub async fn sign_out(db: &DatabaseConnection, session_token: &str) -> Result<(), ServiceError> {
    Ok(coordinators::delete_session(db, &token_hash(session_token)).await?)
}

/// An argon2 hash of a random password, verified against when the address is unknown so that
/// the response time does not reveal which addresses have accounts.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$J2e1J5y6c2m5dLTV3Iq8x0v2c3Y1nH0w6lJ8yq8Q9pY";

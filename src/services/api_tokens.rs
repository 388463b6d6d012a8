//! Coordinators' API tokens: created in the UI and shown once, stored as a hash, named, expiring
//! and revocable. A request to `/api/v1` is answered for the coordinator whose live token it
//! carries; any other is refused the same way, whatever the reason.

use crate::db::{api_tokens, coordinators};
use crate::domain::fields::FieldError;
use crate::domain::ids::{ApiTokenId, CoordinatorId};
use crate::domain::token::{looks_like_token, token_hash};
use crate::entities::{api_token, coordinator};
use crate::services::error::ServiceError;
use crate::services::tokens::new_token;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// What every API token starts with, so a leaked one is easy to recognise and scan for.
pub const PREFIX: &str = "fpk_";

/// The lifetimes a coordinator can choose, in days.
pub const LIFETIMES_DAYS: [i64; 4] = [30, 90, 180, 365];

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A new token, as shown once.
pub struct NewToken {
    /// The stored row (without the secret).
    pub row: api_token::Model,
    /// The whole token: shown to the coordinator now and never again.
    pub secret: String,
}

/// A token as its coordinator's list shows it (never its hash).
pub struct TokenSummary {
    /// The token, for revoking it.
    pub id: Uuid,
    /// The name its coordinator gave it.
    pub name: String,
    /// When it was created.
    pub created_at: i64,
    /// When it stops working.
    pub expires_at: i64,
    /// When it was last used, if ever.
    pub last_used_at: Option<i64>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<i64>,
}

impl From<api_token::Model> for TokenSummary {
    fn from(token: api_token::Model) -> Self {
        Self {
            id: token.id,
            name: token.name,
            created_at: token.created_at,
            expires_at: token.expires_at,
            last_used_at: token.last_used_at,
            revoked_at: token.revoked_at,
        }
    }
}

/// Checks a token's name and lifetime as typed.
pub fn check(name: &str, days: &str) -> Result<(String, i64), Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("name", "problem-token-name"));
    } else if name.chars().any(char::is_control) {
        errors.push(FieldError::new("name", "problem-text-control"));
    } else if name.chars().count() > 80 {
        errors.push(FieldError::new("name", "problem-token-name-long"));
    }
    let days = days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| LIFETIMES_DAYS.contains(d));
    if days.is_none() {
        errors.push(FieldError::new("days", "problem-token-days"));
    }
    match days {
        Some(days) if errors.is_empty() => Ok((name.to_owned(), days)),
        _ => Err(errors),
    }
}

/// Creates a token for `coordinator_id`.
pub async fn create(
    db: &DatabaseConnection,
    coordinator_id: Uuid,
    name: &str,
    days: i64,
    now_ms: i64,
) -> Result<NewToken, ServiceError> {
    let random = new_token()?;
    let row = api_token::Model {
        id: Uuid::now_v7(),
        coordinator_id,
        name: name.to_owned(),
        token_hash: token_hash(&random),
        created_at: now_ms,
        expires_at: now_ms + days * DAY_MS,
        last_used_at: None,
        revoked_at: None,
    };
    api_tokens::insert(db, row.clone()).await?;
    Ok(NewToken {
        row,
        secret: format!("{PREFIX}{random}"),
    })
}

/// A coordinator's tokens, newest first.
pub async fn list(
    conn: &impl ConnectionTrait,
    coordinator_id: Uuid,
) -> Result<Vec<api_token::Model>, ServiceError> {
    Ok(api_tokens::of_coordinator(conn, coordinator_id).await?)
}

/// A coordinator's tokens as their list shows them, newest first.
pub async fn summaries(
    db: &DatabaseConnection,
    coordinator_id: Uuid,
) -> Result<Vec<TokenSummary>, ServiceError> {
    Ok(list(db, coordinator_id)
        .await?
        .into_iter()
        .map(TokenSummary::from)
        .collect())
}

/// Revokes one of the coordinator's own tokens.
pub async fn revoke(
    db: &DatabaseConnection,
    coordinator_id: CoordinatorId,
    id: ApiTokenId,
    now_ms: i64,
) -> Result<(), ServiceError> {
    if api_tokens::revoke(db, coordinator_id, id, now_ms).await? {
        Ok(())
    } else {
        Err(ServiceError::NotFound)
    }
}

/// The coordinator behind an `Authorization` header's bearer token. Missing, malformed, unknown,
/// expired and revoked tokens, and disabled coordinators, all get the same `Unauthorized`.
pub async fn authenticate(
    db: &DatabaseConnection,
    authorization: Option<&str>,
    now_ms: i64,
) -> Result<coordinator::Model, ServiceError> {
    let random = authorization
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .and_then(|token| token.strip_prefix(PREFIX))
        .filter(|random| looks_like_token(random))
        .ok_or(ServiceError::Unauthorized)?;
    let token = api_tokens::find_live(db, &token_hash(random), now_ms)
        .await?
        .ok_or(ServiceError::Unauthorized)?;
    let coordinator = coordinators::find_by_id(db, token.coordinator_id)
        .await?
        .filter(|c| !c.disabled)
        .ok_or(ServiceError::Unauthorized)?;
    api_tokens::touch(db, token.id, now_ms).await?;
    Ok(coordinator)
}

/// The id of the coordinator behind an `Authorization` header's bearer token, refused like
/// [`authenticate`] refuses.
pub async fn authenticate_id(
    db: &DatabaseConnection,
    authorization: Option<&str>,
    now_ms: i64,
) -> Result<Uuid, ServiceError> {
    Ok(authenticate(db, authorization, now_ms).await?.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_and_one_of_the_offered_lifetimes_are_needed() {
        assert_eq!(check(" CRM sync ", "90"), Ok(("CRM sync".to_owned(), 90)));
        let errors = check("", "7").unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "days"]);
        assert!(check(&"x".repeat(81), "30").is_err());
    }
}

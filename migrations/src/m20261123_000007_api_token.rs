//! Per-coordinator API tokens for `/api/v1`: only a hash is stored (the token is shown once),
//! each has a name, an expiry and can be revoked; deleting a coordinator deletes their tokens.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000007_api_token"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE api_token (
                    id {uuid} PRIMARY KEY,
                    coordinator_id {uuid} NOT NULL REFERENCES coordinator (id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
                    token_hash TEXT NOT NULL UNIQUE,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    last_used_at BIGINT,
                    revoked_at BIGINT,
                    CHECK (expires_at > created_at)
                )"#,
                "CREATE INDEX api_token_coordinator ON api_token (coordinator_id)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE api_token"]).await
    }
}

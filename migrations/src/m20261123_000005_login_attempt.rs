//! Failed sign-in attempts, counted per address across every instance, so guessing a password is
//! slowed down no matter which instance answers.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000005_login_attempt"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                r#"CREATE TABLE login_attempt (
                    id {uuid} PRIMARY KEY,
                    email TEXT NOT NULL,
                    at BIGINT NOT NULL
                )"#,
                "CREATE INDEX login_attempt_email_at ON login_attempt (email, at)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE login_attempt"]).await
    }
}

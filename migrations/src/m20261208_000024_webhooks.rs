//! `webhook_endpoint` and `webhook_delivery`: addresses of other systems (a case-management
//! system, a CRM) that hear of changes, and each change to send them, written in the same
//! transaction as the change (like the mail outbox) and sent by the worker with retries.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000024_webhooks"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "CREATE TABLE webhook_endpoint (
                    id {uuid} PRIMARY KEY NOT NULL,
                    url TEXT NOT NULL,
                    secret TEXT NOT NULL,
                    events TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    disabled_at BIGINT
                )",
                "CREATE TABLE webhook_delivery (
                    id {uuid} PRIMARY KEY NOT NULL,
                    endpoint_id {uuid} NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
                    event_type VARCHAR(40) NOT NULL,
                    payload TEXT NOT NULL,
                    status VARCHAR(16) NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at BIGINT NOT NULL,
                    claimed_until BIGINT,
                    last_status INTEGER,
                    last_error TEXT,
                    created_at BIGINT NOT NULL,
                    sent_at BIGINT
                )",
                "CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at)",
                "CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["DROP TABLE webhook_delivery", "DROP TABLE webhook_endpoint"],
        )
        .await
    }
}

//! `translated_text`: the organisers' own texts (event and session titles, the event's
//! description, what to bring, placement descriptions) in languages other than the programme's.
//! The text in the programme's language stays in its own column; a reader whose language has no
//! row here reads that one. One row per text and language, removed with its event.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000023_translated_text"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "CREATE TABLE translated_text (
                    owner_id {uuid} NOT NULL,
                    field VARCHAR(32) NOT NULL,
                    locale VARCHAR(16) NOT NULL,
                    event_id {uuid} NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    body TEXT NOT NULL,
                    PRIMARY KEY (owner_id, field, locale)
                )",
                "CREATE INDEX translated_text_event ON translated_text (event_id)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE translated_text"]).await
    }
}

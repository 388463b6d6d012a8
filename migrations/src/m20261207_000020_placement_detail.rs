//! `placement_detail`: where a taster placement happens and whom to ask, when it is not the
//! event's venue: the employer's address, a contact person and what to do on arrival. One row
//! per placement (a slot of a `placement` session), removed with it.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000020_placement_detail"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["CREATE TABLE placement_detail (
                slot_id {uuid} PRIMARY KEY NOT NULL REFERENCES slot(id) ON DELETE CASCADE,
                address TEXT NOT NULL DEFAULT '',
                contact TEXT NOT NULL DEFAULT '',
                instructions TEXT NOT NULL DEFAULT ''
            )"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(manager, &["DROP TABLE placement_detail"]).await
    }
}

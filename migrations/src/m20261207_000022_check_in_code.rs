//! `event_participant.check_in_code`: the code on each person's page and confirmation mail
//! (typed, or read from its QR code by the door's phone) that checks them in. Ten upper-case
//! hexadecimal digits, random, unique within an event; people already on a list get one now.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000022_check_in_code"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let fill = match manager.get_connection().get_database_backend() {
            DbBackend::Postgres => {
                "UPDATE event_participant SET check_in_code = upper(substr(md5(\
                 random()::text || participant_id::text || event_id::text), 1, 10))"
            }
            _ => "UPDATE event_participant SET check_in_code = substr(hex(randomblob(5)), 1, 10)",
        };
        run_all(
            manager,
            &[
                "ALTER TABLE event_participant ADD COLUMN check_in_code TEXT",
                fill,
                "CREATE UNIQUE INDEX event_participant_check_in_code \
                 ON event_participant (event_id, check_in_code)",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &[
                "DROP INDEX event_participant_check_in_code",
                "ALTER TABLE event_participant DROP COLUMN check_in_code",
            ],
        )
        .await
    }
}

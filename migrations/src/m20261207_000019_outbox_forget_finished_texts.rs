//! Blanks the texts and calendar parts of mails already sent or failed for good: they hold
//! working personal and password-reset links. From now on the delivery worker blanks each mail
//! as it finishes (`db::outbox`); this clears what earlier versions kept.

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000019_outbox_forget_finished_texts"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run_all(
            manager,
            &["UPDATE outbox_message SET body_text = '', body_html = '', \
               calendar_method = NULL, calendar_ics = NULL \
               WHERE status IN ('sent', 'failed')"],
        )
        .await
    }

    /// The texts cannot come back; the schema is unchanged, so there is nothing to undo.
    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}

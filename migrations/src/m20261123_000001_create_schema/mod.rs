//! The whole domain of DESIGN.md in one first migration.
//!
//! Conventions: every table's key is a UUID (`{uuid}`), so URLs never show sequential ids;
//! instants are `BIGINT` milliseconds since the Unix epoch in UTC (exact ordering and arithmetic
//! on both backends; the event's IANA zone is stored beside them); enumerations are `TEXT` with a
//! `CHECK`; capacity rules are constraints, so no code path can overbook.

mod events;
mod operations;
mod people;

use crate::ddl::run_all;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000001_create_schema"
    }
}

/// Every table in creation order (referenced tables first); `down` drops them in reverse.
fn tables() -> impl DoubleEndedIterator<Item = &'static (&'static str, &'static str)> {
    people::TABLES
        .iter()
        .chain(events::TABLES)
        .chain(operations::TABLES)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables: Vec<&str> = tables().map(|(_, sql)| *sql).collect();
        run_all(manager, &tables).await?;
        run_all(manager, operations::INDEXES).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drops: Vec<String> = tables()
            .rev()
            .map(|(name, _)| format!("DROP TABLE {name}"))
            .collect();
        let drops: Vec<&str> = drops.iter().map(String::as_str).collect();
        run_all(manager, &drops).await
    }
}

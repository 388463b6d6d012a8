//! Scheduled jobs' shared state (`job_run`): claiming a due run so that one instance runs it,
//! and recording how it went.

use super::rows::insert_if_missing;
use crate::entities::job_run::{ActiveModel, Column, Entity, Model};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};

/// Claims the run of `job` due at `now_ms`, if it is due: moves its next due time `every_ms`
/// on in one conditional update, so of several instances asking at once exactly one gets `true`.
/// A run that crashes is simply tried again when the next one is due.
pub async fn claim(
    conn: &impl ConnectionTrait,
    job: &str,
    every_ms: i64,
    now_ms: i64,
) -> Result<bool, DbErr> {
    let first = ActiveModel {
        name: Set(job.to_owned()),
        due_at: Set(0),
        started_at: NotSet,
        finished_at: NotSet,
        duration_ms: NotSet,
        last_error: NotSet,
    };
    insert_if_missing(conn, first, [Column::Name]).await?;
    let claimed = Entity::update_many()
        .col_expr(Column::DueAt, Expr::value(now_ms.saturating_add(every_ms)))
        .col_expr(Column::StartedAt, Expr::value(Some(now_ms)))
        .filter(Column::Name.eq(job))
        .filter(Column::DueAt.lte(now_ms))
        .exec(conn)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Records that the run of `job` begun at `started_ms` ended at `finished_ms`, with the error
/// it ended in, if any.
pub async fn record_finish(
    conn: &impl ConnectionTrait,
    job: &str,
    started_ms: i64,
    finished_ms: i64,
    error: Option<&str>,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::FinishedAt, Expr::value(Some(finished_ms)))
        .col_expr(
            Column::DurationMs,
            Expr::value(Some(finished_ms.saturating_sub(started_ms))),
        )
        .col_expr(Column::LastError, Expr::value(error.map(str::to_owned)))
        .filter(Column::Name.eq(job))
        .filter(Column::StartedAt.eq(started_ms))
        .exec(conn)
        .await?;
    Ok(())
}

/// Every job's state, by name.
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    Entity::find().order_by_asc(Column::Name).all(conn).await
}

//! Scheduled jobs' shared state (`job_run`): claiming a due run so that one instance runs it,
//! and recording how it went.

use super::rows::insert_if_missing;
use crate::entities::job_run::{ActiveModel, Column, Entity, Model};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr,
    EntityTrait, QueryFilter, QueryOrder,
};

/// How early a run may be claimed: ticks and intervals of the same length may drift apart by
/// milliseconds.
const SLACK_MS: i64 = 1_000;

/// Claims the run of `job` due at `now_ms`, if it is due: moves its next due time `every_ms`
/// on in one conditional update, so of several instances asking at once exactly one gets `true`.
/// A run that crashes is simply tried again when the next one is due. A job's first claim ever
/// also stores its row, due at once.
pub async fn claim(
    conn: &impl ConnectionTrait,
    job: &str,
    every_ms: i64,
    now_ms: i64,
) -> Result<bool, DbErr> {
    if claim_due(conn, job, every_ms, now_ms).await? {
        return Ok(true);
    }
    let first = ActiveModel {
        name: Set(job.to_owned()),
        due_at: Set(0),
        started_at: NotSet,
        finished_at: NotSet,
        duration_ms: NotSet,
        last_error: NotSet,
    };
    // Nothing claimed: not due yet, or the job has no row. Only a new row is worth a second try
    // (of several instances storing it at once, the claim still picks one).
    if insert_if_missing(conn, first, [Column::Name]).await? {
        return claim_due(conn, job, every_ms, now_ms).await;
    }
    Ok(false)
}

/// The conditional update of [`claim`]: `true` when this caller moved the due time on.
async fn claim_due(
    conn: &impl ConnectionTrait,
    job: &str,
    every_ms: i64,
    now_ms: i64,
) -> Result<bool, DbErr> {
    // Due now (within a second, so a tick as long as the interval never skips a run), or due
    // further off than one interval: the clock was set back, and waiting would stall the job.
    let due = Condition::any()
        .add(Column::DueAt.lte(now_ms.saturating_add(SLACK_MS)))
        .add(Column::DueAt.gt(now_ms.saturating_add(every_ms)));
    let claimed = Entity::update_many()
        .col_expr(Column::DueAt, Expr::value(now_ms.saturating_add(every_ms)))
        .col_expr(Column::StartedAt, Expr::value(Some(now_ms)))
        .col_expr(Column::FinishedAt, Expr::value(Option::<i64>::None))
        .col_expr(Column::DurationMs, Expr::value(Option::<i64>::None))
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .filter(Column::Name.eq(job))
        .filter(due)
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

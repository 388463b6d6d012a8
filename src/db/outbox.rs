//! The outbox table: enqueueing mail inside a caller's transaction, claiming due mail for
//! delivery so that no two workers ever hold the same row, and blanking a mail's texts (with
//! their personal links) once it is sent or has failed for good.

use crate::domain::delivery_status::DeliveryStatus;
use crate::domain::mail_kind::MailKind;
use crate::entities::outbox_message::{self, Column, Entity};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, Order, Query, UnionType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter,
    QueryOrder, QuerySelect, UpdateMany,
};
use uuid::Uuid;

/// A calendar invitation carried by a mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarPart {
    /// `REQUEST` or `CANCEL`: both the MIME part's `method=` and the METHOD inside.
    pub method: String,
    /// The iCalendar text.
    pub ics: String,
}

/// A rendered mail, ready to be stored.
#[derive(Clone, Debug)]
pub struct NewMail {
    /// What the message is for.
    pub kind: MailKind,
    /// Recipient address.
    pub to_address: String,
    /// Recipient name, shown in the To header.
    pub to_name: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
    /// Optional calendar invitation.
    pub calendar: Option<CalendarPart>,
    /// The participant the mail is about, so erasing them erases it too.
    pub participant_id: Option<Uuid>,
}

/// Stores `mail` for delivery. Call it with the transaction of the change that causes the mail:
/// if that transaction rolls back, the mail was never written. A mail to nobody (a participant
/// reached by phone only has no address) is not stored: `None`. This one place keeps every
/// change from trying to mail someone who has no address.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    mail: NewMail,
    mail_domain: &str,
    now_ms: i64,
) -> Result<Option<Uuid>, DbErr> {
    if mail.to_address.is_empty() {
        return Ok(None);
    }
    let id = Uuid::now_v7();
    Entity::insert(row_with_id(id, mail, mail_domain, now_ms))
        .exec_without_returning(conn)
        .await?;
    Ok(Some(id))
}

/// The outbox row [`enqueue`] stores, for a caller that stores it itself (in the same
/// transaction as the change that causes the mail, as `enqueue` asks).
pub fn new_row(mail: NewMail, mail_domain: &str, now_ms: i64) -> outbox_message::ActiveModel {
    row_with_id(Uuid::now_v7(), mail, mail_domain, now_ms)
}

fn row_with_id(
    id: Uuid,
    mail: NewMail,
    mail_domain: &str,
    now_ms: i64,
) -> outbox_message::ActiveModel {
    let (calendar_method, calendar_ics) = match mail.calendar {
        Some(part) => (Some(part.method), Some(part.ics)),
        None => (None, None),
    };
    outbox_message::ActiveModel {
        id: Set(id),
        // Stable and derived from the row: a resend after a crash carries the same Message-ID.
        message_id: Set(format!("<{}@{}>", id.simple(), mail_domain)),
        kind: Set(mail.kind),
        to_address: Set(mail.to_address),
        to_name: Set(mail.to_name),
        subject: Set(mail.subject),
        body_text: Set(mail.text),
        body_html: Set(mail.html),
        calendar_method: Set(calendar_method),
        calendar_ics: Set(calendar_ics),
        participant_id: Set(mail.participant_id),
        status: Set(DeliveryStatus::Pending.to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now_ms),
        lease_until: Set(None),
        last_error: Set(None),
        created_at: Set(now_ms),
        sent_at: Set(None),
    }
}

/// Claims due rows in one statement: up to `limit` pending rows whose time has come, oldest
/// first, and up to `limit` more sending rows whose lease ran out (a worker died with them),
/// marking them `sending` with a lease and counting the attempt.
///
/// The two kinds are separate subqueries, each walking the `outbox_due` index and stopping
/// after `limit` rows, joined by `UNION ALL` into one `IN`: one query with `OR` inside made
/// SQLite sort every due row on each claim (a queue of 10,000 invitations cost 10,000 rows a
/// claim), and two `IN`s joined by `OR` make PostgreSQL scan the whole table.
///
/// On PostgreSQL each subquery locks with `FOR UPDATE SKIP LOCKED`, so concurrent workers claim
/// disjoint rows. sea-query leaves that clause out on SQLite, where it is not needed: a single
/// `UPDATE ... RETURNING` is atomic there because SQLite runs one writer at a time.
pub async fn claim_due(
    conn: &impl ConnectionTrait,
    now_ms: i64,
    lease_ms: i64,
    limit: u64,
) -> Result<Vec<outbox_message::Model>, DbErr> {
    let pending_due = Query::select()
        .column(Column::Id)
        .from(Entity)
        .and_where(Column::Status.eq(DeliveryStatus::Pending))
        .and_where(Column::NextAttemptAt.lte(now_ms))
        .order_by(Column::NextAttemptAt, Order::Asc)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    let lease_ran_out = Query::select()
        .column(Column::Id)
        .from(Entity)
        .and_where(Column::Status.eq(DeliveryStatus::Sending))
        .and_where(Column::LeaseUntil.lt(now_ms))
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    // Each inside a derived table, so its ORDER BY, LIMIT and lock stay its own.
    let due = Query::select()
        .column(Column::Id)
        .from_subquery(pending_due, "pending_due")
        .union(
            UnionType::All,
            Query::select()
                .column(Column::Id)
                .from_subquery(lease_ran_out, "lease_ran_out")
                .to_owned(),
        )
        .to_owned();
    let claim = Query::update()
        .table(Entity)
        .value(Column::Status, DeliveryStatus::Sending)
        .value(Column::LeaseUntil, now_ms + lease_ms)
        .value(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .and_where(Expr::col(Column::Id).in_subquery(due))
        .returning_all()
        .to_owned();
    let statement = conn.get_database_backend().build(&claim);
    let mut claimed = Entity::find().from_raw_sql(statement).all(conn).await?;
    // RETURNING keeps no order: the oldest go first.
    claimed.sort_by_key(|row| row.next_attempt_at);
    Ok(claimed)
}

/// Blanks a finished mail's texts and calendar part, keeping who it went to, its subject, kind,
/// Message-ID, times and error: the texts hold working personal and password-reset links, which
/// must not lie in the database once nothing will send them again.
fn forget_texts(update: UpdateMany<Entity>) -> UpdateMany<Entity> {
    update
        .col_expr(Column::BodyText, Expr::value(""))
        .col_expr(Column::BodyHtml, Expr::value(""))
        .col_expr(Column::CalendarMethod, Expr::value(Option::<String>::None))
        .col_expr(Column::CalendarIcs, Expr::value(Option::<String>::None))
}

/// Records successful deliveries, all in one statement; the mails' texts are blanked unless
/// `keep_texts` (the development mailbox, which shows them).
pub async fn mark_sent(
    conn: &impl ConnectionTrait,
    ids: &[Uuid],
    now_ms: i64,
    keep_texts: bool,
) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut update = Entity::update_many();
    if !keep_texts {
        update = forget_texts(update);
    }
    update
        .col_expr(Column::Status, Expr::value(DeliveryStatus::Sent))
        .col_expr(Column::SentAt, Expr::value(now_ms))
        .col_expr(Column::LeaseUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::Status.eq(DeliveryStatus::Sending))
        .exec(conn)
        .await?;
    Ok(())
}

/// Gives back rows claimed under `lease_until` that were never tried (a worker stopping): they
/// are `pending` again at once, the attempt uncounted. A row whose lease another worker took
/// over since is left alone.
pub async fn release(
    conn: &impl ConnectionTrait,
    ids: &[Uuid],
    lease_until: i64,
) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    Entity::update_many()
        .col_expr(Column::Status, Expr::value(DeliveryStatus::Pending))
        .col_expr(Column::LeaseUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).sub(1))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::Status.eq(DeliveryStatus::Sending))
        .filter(Column::LeaseUntil.eq(lease_until))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt: back to `pending` at `retry_at`, or `failed` when `retry_at` is
/// `None`, with its texts blanked unless `keep_texts` (as [`mark_sent`]). The error is kept
/// (shortened) for coordinators.
pub async fn mark_attempt_failed(
    conn: &impl ConnectionTrait,
    id: Uuid,
    error: &str,
    retry_at: Option<i64>,
    keep_texts: bool,
) -> Result<(), DbErr> {
    let error: String = error.chars().take(1000).collect();
    let (next_status, next_attempt_at) = match retry_at {
        Some(at) => (DeliveryStatus::Pending, Expr::value(at)),
        None => (DeliveryStatus::Failed, Expr::col(Column::NextAttemptAt)),
    };
    let mut update = Entity::update_many();
    if retry_at.is_none() && !keep_texts {
        update = forget_texts(update);
    }
    update
        .col_expr(Column::Status, Expr::value(next_status))
        .col_expr(Column::NextAttemptAt, next_attempt_at)
        .col_expr(Column::LeaseUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::LastError, Expr::value(error))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(DeliveryStatus::Sending))
        .exec(conn)
        .await?;
    Ok(())
}

/// How many rows are in each state, for metrics and the dashboard.
pub async fn count_by_status(
    conn: &impl ConnectionTrait,
) -> Result<Vec<(DeliveryStatus, i64)>, DbErr> {
    Entity::find()
        .select_only()
        .column(Column::Status)
        .column_as(Expr::col(Column::Id).count(), "n")
        .group_by(Column::Status)
        .into_tuple::<(DeliveryStatus, i64)>()
        .all(conn)
        .await
}

/// The most recent messages, newest first (for the development mailbox and failure lists).
pub async fn recent(
    conn: &impl ConnectionTrait,
    only_status: Option<DeliveryStatus>,
    limit: u64,
) -> Result<Vec<outbox_message::Model>, DbErr> {
    let mut query = Entity::find()
        .order_by_desc(Column::CreatedAt)
        .order_by_desc(Column::Id);
    if let Some(wanted) = only_status {
        query = query.filter(Column::Status.eq(wanted));
    }
    query.limit(limit).all(conn).await
}

/// One message by id.
pub async fn find(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<outbox_message::Model>, DbErr> {
    Entity::find_by_id(id).one(conn).await
}

//! The deletes and rewrites that erase one participant. Records that only count (bookings,
//! attendance, ratings, outcome kinds, survey answers' choices) stay, tied to a person row that no
//! longer says who it was; everything that could name or reach them goes.

use crate::entities::{
    access_link, calendar_feed, feedback, networking_wish, outbox_message, outcome, participant,
    participant_language, participant_occupation, participant_sensitive, preference, sign_up,
    sign_up_answer, standby, survey_response,
};
use sea_orm::sea_query::{Expr, Func, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter};
use uuid::Uuid;

/// Deletes the person's profile details, links, feeds, choices, wishes, standby entries, answers
/// to sign-up questions, sign-ups still pending from their address, and the mails addressed to
/// them.
pub async fn delete_personal_rows(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    (email, phone): (&str, Option<&str>),
) -> Result<(), DbErr> {
    participant_language::Entity::delete_many()
        .filter(participant_language::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    participant_occupation::Entity::delete_many()
        .filter(participant_occupation::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    participant_sensitive::Entity::delete_many()
        .filter(participant_sensitive::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    access_link::Entity::delete_many()
        .filter(access_link::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    calendar_feed::Entity::delete_many()
        .filter(calendar_feed::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    preference::Entity::delete_many()
        .filter(preference::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    networking_wish::Entity::delete_many()
        .filter(networking_wish::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    standby::Entity::delete_many()
        .filter(standby::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    sign_up_answer::Entity::delete_many()
        .filter(sign_up_answer::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    // Their sign-ups still pending as a job seeker: by their address, or by the phone number
    // given without one.
    let mut theirs = sign_up::Column::Address.eq(email);
    if let Some(phone) = phone.filter(|p| !p.is_empty()) {
        theirs = theirs.or(sign_up::Column::Address
            .is_null()
            .and(sign_up::Column::Phone.eq(phone)));
    }
    if !email.is_empty() || phone.is_some() {
        sign_up::Entity::delete_many()
            .filter(sign_up::Column::Kind.eq("participant"))
            .filter(theirs)
            .exec(conn)
            .await?;
    }
    outbox_message::Entity::delete_many()
        .filter(
            outbox_message::Column::ParticipantId
                .eq(participant_id)
                .or(outbox_message::Column::ToAddress.eq(email)),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// Empties the free texts written about or by the person (feedback, survey comment, outcome
/// notes); the ratings, choices and kinds stay for the statistics.
pub async fn blank_texts(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    booking_ids: Vec<Uuid>,
) -> Result<(), DbErr> {
    feedback::Entity::update_many()
        .col_expr(feedback::Column::Strengths, Expr::value(""))
        .col_expr(feedback::Column::NextSteps, Expr::value(""))
        .filter(feedback::Column::BookingId.is_in(booking_ids))
        .exec(conn)
        .await?;
    survey_response::Entity::update_many()
        .col_expr(survey_response::Column::Comment, Expr::value(""))
        .filter(survey_response::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    outcome::Entity::update_many()
        .col_expr(outcome::Column::Note, Expr::value(""))
        .filter(outcome::Column::ParticipantId.eq(participant_id))
        .exec(conn)
        .await?;
    Ok(())
}

fn replaced(column: outbox_message::Column, needle: &str) -> SimpleExpr {
    Func::cust("REPLACE")
        .arg(Expr::col(column))
        .arg(needle)
        .arg("(erased)")
        .into()
}

/// Writes "(erased)" over `needle` (a name, an address, in any of the forms a mail holds it) in
/// every other mail that mentions it: volunteers' schedules and slot updates name the people
/// booked with them.
pub async fn redact_mails(conn: &impl ConnectionTrait, needle: &str) -> Result<(), DbErr> {
    if needle.chars().count() < 2 {
        return Ok(());
    }
    let pattern = format!("%{needle}%");
    for column in [
        outbox_message::Column::Subject,
        outbox_message::Column::BodyText,
        outbox_message::Column::BodyHtml,
        outbox_message::Column::CalendarIcs,
        outbox_message::Column::ToName,
    ] {
        outbox_message::Entity::update_many()
            .col_expr(column, replaced(column, needle))
            .filter(column.like(pattern.as_str()))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Rewrites the person row so it says nothing about who it was.
pub async fn anonymise(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    now_ms: i64,
) -> Result<(), DbErr> {
    participant::Entity::update_many()
        .col_expr(participant::Column::Name, Expr::value("Erased person"))
        .col_expr(
            participant::Column::Email,
            Expr::value(format!("erased-{}@erased.invalid", participant_id.simple())),
        )
        .col_expr(
            participant::Column::Phone,
            Expr::value(Option::<String>::None),
        )
        .col_expr(participant::Column::Locale, Expr::value("en"))
        .col_expr(
            participant::Column::TimeZone,
            Expr::value(Option::<String>::None),
        )
        .col_expr(participant::Column::Needs, Expr::value(""))
        .col_expr(participant::Column::KeepAfterEvent, Expr::value(false))
        .col_expr(participant::Column::AnonymisedAt, Expr::value(now_ms))
        .filter(participant::Column::Id.eq(participant_id))
        .exec(conn)
        .await?;
    Ok(())
}

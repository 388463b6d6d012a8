//! Erasing a participant, at their own request from their page or by a coordinator: in one
//! transaction their future places are given back (their interviewers' calendars updated without
//! their name), everything that names or reaches them is deleted or overwritten (profile,
//! sensitive facts, links, feeds, choices, mails to them and their name in other mails, free
//! texts about them), and the person row keeps only an anonymous id so bookings, attendance,
//! ratings and outcomes still count. The audit log records who erased whom (by id only).

use crate::calendar::redact;
use crate::config::Config;
use crate::db::bookings as booking_rows;
use crate::db::{begin_write, erasure};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::entities::{booking, outbox_message};
use crate::services::error::ServiceError;
use crate::services::places;
use crate::services::volunteer_calendar::{notify_slot_change, slot_uid};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};
use uuid::Uuid;

/// What erasing did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Erased {
    /// Places given back (bookings that had not happened yet).
    pub places_freed: usize,
    /// The person had been erased before: nothing changed.
    pub already: bool,
}

/// The forms a name or address takes in a stored mail: as written, HTML-escaped.
fn mail_forms(value: &str) -> Vec<String> {
    let escaped = value
        .replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;");
    let mut forms = vec![value.to_owned()];
    if escaped != value {
        forms.push(escaped);
    }
    forms
}

/// Erases participant `participant_id`; `actor` says who asked (`None`: the person themselves).
pub async fn erase_participant(
    db: &DatabaseConnection,
    config: &Config,
    participant_id: Uuid,
    actor: Option<Actor>,
    now_ms: i64,
) -> Result<Erased, ServiceError> {
    let txn = begin_write(db).await?;
    let person = booking_rows::participant(&txn, participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if person.anonymised_at.is_some() {
        return Ok(Erased {
            already: true,
            ..Erased::default()
        });
    }
    let bookings = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .all(&txn)
        .await?;
    let mut freed_slots = Vec::new();
    for held in &bookings {
        let slot = match held.slot_id {
            Some(id) => booking_rows::slot_context(&txn, id).await?.map(|p| p.0),
            None => None,
        };
        let upcoming = slot.as_ref().is_none_or(|s| s.starts_at > now_ms);
        let live = [
            BookingStatus::Confirmed,
            BookingStatus::Offered,
            BookingStatus::Waitlisted,
        ]
        .contains(&held.status);
        if !(upcoming && live) {
            continue;
        }
        places::cancel(&txn, held, now_ms).await?;
        crate::db::webhooks::announce_booking(&txn, "booking.erased", held.id, now_ms).await?;
        if let Some(slot) = slot.filter(|_| held.status.holds_a_place()) {
            freed_slots.push(slot.id);
        }
    }
    let contacts = (person.mail_address(), person.phone.as_deref());
    erasure::delete_personal_rows(&txn, person.id, contacts).await?;
    erasure::blank_texts(&txn, person.id, bookings.iter().map(|b| b.id).collect()).await?;
    let contacts = [person.email.as_deref(), person.phone.as_deref()];
    for needle in std::iter::once(person.name.as_str()).chain(contacts.into_iter().flatten()) {
        for form in mail_forms(needle) {
            erasure::redact_mails(&txn, &form).await?;
        }
    }
    redact_calendars(&txn, config, &bookings, &person.name).await?;
    erasure::anonymise(&txn, person.id, now_ms).await?;
    // The interviewers' calendar entries are sent again, now without the name.
    for slot_id in &freed_slots {
        notify_slot_change(&txn, config, *slot_id, now_ms).await?;
    }
    record(&txn, actor, person.id, now_ms).await?;
    txn.commit().await?;
    Ok(Erased {
        places_freed: freed_slots.len(),
        already: false,
    })
}

/// Calendar entries sent to interviewers about the person's slots hold their name in folded
/// lines, which a plain text search can miss: those are unfolded, redacted and folded again.
async fn redact_calendars(
    conn: &impl ConnectionTrait,
    config: &Config,
    bookings: &[booking::Model],
    name: &str,
) -> Result<(), ServiceError> {
    for slot_id in bookings.iter().filter_map(|b| b.slot_id) {
        let uid = slot_uid(slot_id, config.mail_domain());
        let rows = outbox_message::Entity::find()
            .filter(outbox_message::Column::CalendarIcs.contains(uid.as_str()))
            .all(conn)
            .await?;
        for row in rows {
            let Some(ics) = &row.calendar_ics else {
                continue;
            };
            let clean = redact(ics, name, "(erased)");
            if &clean != ics {
                outbox_message::Entity::update(outbox_message::ActiveModel {
                    id: Set(row.id),
                    calendar_ics: Set(Some(clean)),
                    ..Default::default()
                })
                .exec(conn)
                .await?;
            }
        }
    }
    Ok(())
}

async fn record(
    conn: &impl ConnectionTrait,
    actor: Option<Actor>,
    participant_id: Uuid,
    now_ms: i64,
) -> Result<(), ServiceError> {
    crate::db::audit::participant_erased(conn, actor, participant_id, now_ms).await?;
    Ok(())
}

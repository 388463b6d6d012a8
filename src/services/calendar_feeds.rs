//! Calendars a participant can take away: one booking as an `.ics` download, and a personal feed
//! of all their current bookings for calendar apps to subscribe to.

use super::access_links;
use super::booking_mails::{booking_appointment, slot_partner};
use super::tokens::new_token;
use super::volunteer_calendar::{organizer, slot_appointment};
use crate::app::error::AppError;
use crate::calendar::{Appointment, publish};
use crate::config::Config;
use crate::db::calendar_feeds::FeedOwner;
use crate::db::{begin_write, bookings, calendar_feeds};
use crate::domain::token::{looks_like_token, token_hash};
use crate::entities::booking;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

async fn appointment(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
) -> Result<Option<Appointment>, AppError> {
    let Some(slot_id) = booking.slot_id else {
        return Ok(None);
    };
    let Some((slot, session, event)) = bookings::slot_context(conn, slot_id).await? else {
        return Ok(None);
    };
    let with = slot_partner(conn, &slot, &session).await?;
    Ok(Some(booking_appointment(
        booking, &slot, &session, &event, &with, None,
    )))
}

/// One of the participant's current bookings as a calendar file.
pub async fn booking_download(
    db: &DatabaseConnection,
    config: &Config,
    manage_token: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<String, AppError> {
    let link = access_links::resolve(db, manage_token, "participant", now_ms).await?;
    let booking = bookings::find(db, booking_id)
        .await?
        .filter(|b| {
            Some(b.participant_id) == link.participant_id && b.status == bookings::status::CONFIRMED
        })
        .ok_or(AppError::NotFound)?;
    let appointment = appointment(db, &booking).await?.ok_or(AppError::NotFound)?;
    Ok(publish(
        &config.programme_name,
        &[appointment],
        &organizer(config),
        now_ms,
    )?)
}

/// Creates the participant's feed, revoking any earlier one, and returns its URL. The URL can
/// only read bookings; the participant can replace it at any time.
pub async fn create_participant_feed(
    db: &DatabaseConnection,
    config: &Config,
    manage_token: &str,
    now_ms: i64,
) -> Result<String, AppError> {
    let (_, person) = access_links::resolve_participant(db, manage_token, now_ms).await?;
    create_feed(db, config, FeedOwner::Participant(person.id), now_ms).await
}

/// Creates a volunteer's feed of all their slots, revoking any earlier one, and returns its URL.
pub async fn create_volunteer_feed(
    db: &DatabaseConnection,
    config: &Config,
    volunteer_id: Uuid,
    now_ms: i64,
) -> Result<String, AppError> {
    create_feed(db, config, FeedOwner::Volunteer(volunteer_id), now_ms).await
}

async fn create_feed(
    db: &DatabaseConnection,
    config: &Config,
    owner: FeedOwner,
    now_ms: i64,
) -> Result<String, AppError> {
    let token = new_token()?;
    let txn = begin_write(db).await?;
    calendar_feeds::replace(&txn, owner, token_hash(&token), now_ms).await?;
    txn.commit().await?;
    Ok(format!("{}/calendar/{token}.ics", config.base_url))
}

/// The feed behind `feed_token`: a participant's current bookings, or a volunteer's slots.
pub async fn feed(
    db: &DatabaseConnection,
    config: &Config,
    feed_token: &str,
    now_ms: i64,
) -> Result<String, AppError> {
    if !looks_like_token(feed_token) {
        return Err(AppError::NotFound);
    }
    let feed = calendar_feeds::find_live(db, &token_hash(feed_token))
        .await?
        .ok_or(AppError::NotFound)?;
    let mut appointments = Vec::new();
    if let Some(participant_id) = feed.participant_id {
        for booking in calendar_feeds::confirmed_bookings(db, participant_id).await? {
            appointments.extend(appointment(db, &booking).await?);
        }
    } else if let Some(volunteer_id) = feed.volunteer_id {
        for slot in calendar_feeds::slots_of_volunteer(db, volunteer_id).await? {
            if let Some((slot, session, event)) = bookings::slot_context(db, slot.id).await? {
                appointments.push(
                    slot_appointment(db, config, &slot, &session, &event)
                        .await?
                        .0,
                );
            }
        }
    }
    let name = format!("{}: my bookings", config.programme_name);
    Ok(publish(&name, &appointments, &organizer(config), now_ms)?)
}

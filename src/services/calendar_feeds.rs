//! Calendars a participant can take away: one booking as an `.ics` download, and a personal feed
//! of all their current bookings for calendar apps to subscribe to.

use super::access_links;
use super::booking_mails::{booking_appointment, slot_partner};
use super::tokens::new_token;
use super::volunteer_calendar::{organizer, slot_appointment};
use crate::calendar::{Appointment, publish};
use crate::config::Config;
use crate::db::calendar_feeds::FeedOwner;
use crate::db::{begin_write, bookings, calendar_feeds, volunteers};
use crate::domain::booking_status::BookingStatus;
use crate::domain::link_scope::LinkScope;
use crate::domain::locale::Locale;
use crate::domain::token::{looks_like_token, token_hash};
use crate::entities::booking;
use crate::i18n::text;
use crate::mail::templates::MailHead;
use crate::services::error::ServiceError;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// The language a participant's calendar notes are written in: their mails' first language.
async fn participant_locale(
    conn: &impl ConnectionTrait,
    config: &Config,
    participant_id: Uuid,
) -> Result<Locale, ServiceError> {
    let person = bookings::participant(conn, participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(MailHead::for_participant(config, &person)
        .languages
        .first()
        .clone())
}

async fn appointment(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
    locale: &Locale,
) -> Result<Option<Appointment>, ServiceError> {
    let Some(slot_id) = booking.slot_id else {
        return Ok(None);
    };
    let Some((slot, session, event)) = bookings::slot_context(conn, slot_id).await? else {
        return Ok(None);
    };
    let texts = crate::db::translations::of_event(conn, event.id).await?;
    let with = slot_partner(conn, &slot, &session, &texts).await?;
    let placement = crate::services::booking_mails::placement_of(conn, &slot, &session).await?;
    Ok(Some(booking_appointment(
        (booking, &slot, &session, &event),
        (&with, placement.as_ref()),
        None,
        (locale, &texts),
    )))
}

/// One of the participant's current bookings as a calendar file.
pub async fn booking_download(
    db: &DatabaseConnection,
    config: &Config,
    manage_token: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<String, ServiceError> {
    let link = access_links::resolve(db, manage_token, LinkScope::Participant, now_ms).await?;
    let booking = bookings::find(db, booking_id)
        .await?
        .filter(|b| {
            Some(b.participant_id) == link.participant_id && b.status == BookingStatus::Confirmed
        })
        .ok_or(ServiceError::NotFound)?;
    let locale = participant_locale(db, config, booking.participant_id).await?;
    let appointment = appointment(db, &booking, &locale)
        .await?
        .ok_or(ServiceError::NotFound)?;
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
) -> Result<String, ServiceError> {
    let (_, person) = access_links::resolve_participant(db, manage_token, now_ms).await?;
    create_feed(db, config, FeedOwner::Participant(person.id), now_ms).await
}

/// Creates a volunteer's feed of all their slots, revoking any earlier one, and returns its URL.
pub async fn create_volunteer_feed(
    db: &DatabaseConnection,
    config: &Config,
    volunteer_id: Uuid,
    now_ms: i64,
) -> Result<String, ServiceError> {
    create_feed(db, config, FeedOwner::Volunteer(volunteer_id), now_ms).await
}

async fn create_feed(
    db: &DatabaseConnection,
    config: &Config,
    owner: FeedOwner,
    now_ms: i64,
) -> Result<String, ServiceError> {
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
) -> Result<String, ServiceError> {
    if !looks_like_token(feed_token) {
        return Err(ServiceError::NotFound);
    }
    let feed = calendar_feeds::find_live(db, &token_hash(feed_token))
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut appointments = Vec::new();
    let mut locale = Locale::default();
    if let Some(participant_id) = feed.participant_id {
        locale = participant_locale(db, config, participant_id).await?;
        for booking in calendar_feeds::confirmed_bookings(db, participant_id).await? {
            appointments.extend(appointment(db, &booking, &locale).await?);
        }
    } else if let Some(volunteer_id) = feed.volunteer_id {
        let volunteer = volunteers::by_id(db, volunteer_id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        locale = MailHead::new(config, &volunteer.locale)
            .languages
            .first()
            .clone();
        for slot in calendar_feeds::slots_of_volunteer(db, volunteer_id).await? {
            if let Some((slot, session, event)) = bookings::slot_context(db, slot.id).await? {
                let context = (&slot, &session, &event);
                appointments.push(slot_appointment(db, config, context, &locale).await?.0);
            }
        }
    }
    let name = text(
        &locale,
        "calendar-feed-name",
        &[("programme", &config.programme_name)],
    );
    Ok(publish(&name, &appointments, &organizer(config), now_ms)?)
}

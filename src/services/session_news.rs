//! Telling people what a coordinator changed: when a session moves to another time or place,
//! or an event to another venue or video link, every participant booked there and every
//! volunteer whose slot it touches gets the same calendar entry again (same UID, higher
//! SEQUENCE) with a mail that names each value as it was and as it is now, and the
//! coordinator's note.

use crate::config::Config;
use crate::db::{audit, bookings, slots};
use crate::domain::actor::Actor;
use crate::entities::{event, session};
use crate::mail::templates::SlotNews;
use crate::mail::templates::{Changed, MovedBy, Notice, When};
use crate::services::access_links::participant_link;
use crate::services::booking_mails::Change;
use crate::services::bookings::{announce_with, slot_context};
use crate::services::error::ServiceError;
use crate::services::session_place;
use crate::services::volunteer_calendar::notify_slot_news;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use uuid::Uuid;

/// What a coordinator's edit tells the people it reaches: their note, and where the session
/// was before the edit (when the edit moved it elsewhere).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditNote {
    /// The coordinator's note for the mails (may be empty).
    pub note: String,
    /// The session's place before the edit, when the edit changed it.
    pub place_was: Option<String>,
}

impl EditNote {
    /// Only a note, nothing moved (yet).
    pub fn with_note(note: &str) -> Self {
        Self {
            note: note.trim().to_owned(),
            place_was: None,
        }
    }

    /// The notice for a slot of `session` that kept its time (`times: None`) or moved from
    /// `times.0` to `times.1`.
    pub fn notice(
        &self,
        (event, session): (&event::Model, &session::Model),
        times: Option<((i64, i64), (i64, i64))>,
    ) -> Result<Notice, ServiceError> {
        let mut changes = Vec::new();
        if let Some((was, now)) = times {
            let zone = &event.time_zone;
            changes.push(Changed::Time {
                was: When::range(was.0, was.1, zone)?,
                now: When::range(now.0, now.1, zone)?,
            });
        }
        if let Some(was) = &self.place_was {
            changes.push(Changed::Place {
                was: was.clone(),
                now: session_place(event, session),
            });
        }
        Ok(Notice {
            changes,
            note: self.note.clone(),
        })
    }
}

/// Tells everyone booked in `slot_id` what changed about it (`by` says what the mail's first
/// line reports): one mail each with the updated calendar entry (same UID, SEQUENCE + 1) and a
/// fresh personal link, logged as `actor`'s `action`. Returns how many were told.
pub async fn tell_booked(
    conn: &impl ConnectionTrait,
    config: &Config,
    slot_id: Uuid,
    (by, notice): (MovedBy, &Notice),
    (actor, action): (Actor, &'static str),
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let place = slot_context(conn, slot_id).await?;
    let booked = bookings::confirmed_in_slot(conn, slot_id).await?;
    for booking in &booked {
        let link =
            participant_link(conn, config, booking.participant_id, &place.event, now_ms).await?;
        // Same slot, next SEQUENCE: calendars replace the entry instead of adding one.
        if !bookings::move_to_slot(conn, booking, slot_id, now_ms).await? {
            let cause = format!("booking {} changed while its slot was updated", booking.id);
            return Err(ServiceError::Contention(cause));
        }
        let updated = bookings::find(conn, booking.id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let news = (Change::Rescheduled(by), notice);
        announce_with(conn, config, news, &updated, &place, &link, now_ms).await?;
        audit::booking_changed(conn, actor, action, booking.id, now_ms).await?;
    }
    Ok(booked.len())
}

/// The start and end of each of a session's slots, to tell afterwards which ones an edit
/// moved.
pub async fn slot_times(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<HashMap<Uuid, (i64, i64)>, ServiceError> {
    Ok(slots::of_session(conn, session_id)
        .await?
        .into_iter()
        .map(|s| (s.id, (s.starts_at, s.ends_at)))
        .collect())
}

/// After an edit that moved `session` to another place: tells the people of every slot that
/// kept its time (`before` holds the times as they were; slots that moved were told with their
/// new time, and new slots come with their own invitation). Returns how many participants
/// were told.
pub async fn tell_new_place(
    conn: &impl ConnectionTrait,
    config: &Config,
    (event, session): (&event::Model, &session::Model),
    (edit, before): (&EditNote, &HashMap<Uuid, (i64, i64)>),
    actor: Actor,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    if edit.place_was.is_none() {
        return Ok(0);
    }
    let notice = edit.notice((event, session), None)?;
    let mut told = 0;
    for slot in slots::of_session(conn, session.id).await? {
        if before.get(&slot.id) != Some(&(slot.starts_at, slot.ends_at)) {
            continue;
        }
        let by = (MovedBy::PlaceChanged, &notice);
        told += tell_booked(
            conn,
            config,
            slot.id,
            by,
            (actor, "booking.moved_place"),
            now_ms,
        )
        .await?;
        if slot.volunteer_id.is_some() {
            notify_slot_news(conn, config, slot.id, SlotNews::Changed, &notice, now_ms).await?;
        }
    }
    Ok(told)
}

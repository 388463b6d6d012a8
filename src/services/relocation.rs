//! When a volunteer withdraws or gives fewer hours, the bookings of the slots they can no longer
//! give are handled, never dropped: each participant moves to the nearest free time of the same
//! session that does not clash with their other bookings, or, when none is free, is told so and
//! put on the session's waitlist ahead of everyone who joined it later. When a coordinator
//! moves a whole session (a workshop, a placement day), its bookings move with it and each
//! participant is told the new time.

use crate::config::Config;
use crate::db::audit;
use crate::db::{bookings, waitlist};
use crate::domain::actor::Actor;
use crate::domain::ids::{BookingId, ParticipantId, SessionId, SlotId};
use crate::mail::templates::{CancelledBy, MovedBy, Notice};
use crate::services::access_links::participant_link;
use crate::services::booking_mails::Change;
use crate::services::bookings::{Place, announce_with, cancel_with_notice_in, slot_context};
use crate::services::error::ServiceError;
use crate::services::places;
use crate::services::volunteer_calendar::notify_slot_change;
use sea_orm::ConnectionTrait;
use std::ops::AddAssign;
use uuid::Uuid;

/// What happened to the bookings of slots that went away.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Relocated {
    /// Bookings moved to another time.
    pub moved: usize,
    /// Participants put on the waitlist because no other time was free.
    pub waitlisted: usize,
    /// Bookings that moved with their session to its new time.
    pub retimed: usize,
}

impl AddAssign for Relocated {
    fn add_assign(&mut self, other: Self) {
        self.moved += other.moved;
        self.waitlisted += other.waitlisted;
        self.retimed += other.retimed;
    }
}

/// Why the bookings of a slot are moved, as the mails say it.
#[derive(Clone, Copy, Debug)]
pub struct Why<'a> {
    /// The first line of the mail of someone moved to another place.
    pub moved: MovedBy,
    /// The first line of the mail of someone put on the waiting list.
    pub waitlisted: CancelledBy,
    /// The coordinator's note, in every mail.
    pub notice: &'a Notice,
}

impl Why<'static> {
    /// The volunteer of the slot can no longer come (no note).
    pub const VOLUNTEER_UNAVAILABLE: Why<'static> = Why {
        moved: MovedBy::VolunteerUnavailable,
        waitlisted: CancelledBy::VolunteerUnavailable,
        notice: &Notice::NONE,
    };
}

/// Moves every confirmed booking out of `slot_id`, never into one of `going` (slots about to be
/// removed). Each participant gets a mail with a fresh personal link saying `why`: the new time
/// with an updated calendar entry, or a cancellation saying they are on the waitlist. The audit
/// log names `actor` (whose change took the slot away) for each booking.
pub async fn relocate_bookings(
    conn: &impl ConnectionTrait,
    config: &Config,
    (slot_id, going): (SlotId, &[Uuid]),
    why: Why<'_>,
    actor: Actor,
    now_ms: i64,
) -> Result<Relocated, ServiceError> {
    let Place {
        slot,
        session,
        event,
    } = slot_context(conn, slot_id.0).await?;
    let mut result = Relocated::default();
    // A place held for someone on the waiting list goes back: they keep their turn in line and
    // the worker offers them another place.
    for held in waitlist::offers_in_slot(conn, slot.id).await? {
        places::take_back_offer(conn, &held, slot.id, now_ms).await?;
        let action = "booking.offer_withdrawn";
        crate::db::webhooks::announce_booking(conn, action, held.id, now_ms).await?;
    }
    for booking in bookings::confirmed_in_slot(conn, slot.id).await? {
        let link = participant_link(conn, config, booking.participant_id, &event, now_ms).await?;
        let held = bookings::times_held(
            conn,
            ParticipantId(booking.participant_id),
            Some(BookingId(booking.id)),
        )
        .await?;
        let mut free: Vec<_> = crate::db::slots::of_session(conn, session.id)
            .await?
            .into_iter()
            .filter(|c| c.id != slot.id && !going.contains(&c.id) && c.booked < c.capacity)
            .filter(|c| !held.iter().any(|&(s, e)| s < c.ends_at && c.starts_at < e))
            .collect();
        free.sort_by_key(|c| ((c.starts_at - slot.starts_at).abs(), c.starts_at));
        let mut new_place = None;
        for candidate in free {
            // Taking the place is the real check: a booking made meanwhile wins.
            if places::move_booking(conn, &booking, candidate.id, now_ms).await? {
                new_place = Some(candidate);
                break;
            }
        }
        match new_place {
            Some(candidate) => {
                let moved = bookings::find(conn, booking.id)
                    .await?
                    .ok_or(ServiceError::NotFound)?;
                let place = Place::from((candidate, session.clone(), event.clone()));
                let news = (Change::Rescheduled(why.moved), why.notice);
                announce_with(conn, config, news, &moved, &place, &link, now_ms).await?;
                notify_slot_change(conn, config, place.slot.id, now_ms).await?;
                audit::booking_changed(conn, actor, "booking.relocated", booking.id, now_ms)
                    .await?;
                result.moved += 1;
            }
            None => {
                let by = (why.waitlisted, why.notice);
                cancel_with_notice_in(conn, config, booking.id, by, &link, now_ms).await?;
                let waiting = bookings::insert_waitlisted(
                    conn,
                    SessionId(session.id),
                    ParticipantId(booking.participant_id),
                    booking.created_at,
                    config.mail_domain(),
                    now_ms,
                )
                .await?;
                let action = "booking.waitlisted_unavailable";
                audit::booking_changed(conn, actor, action, booking.id, now_ms).await?;
                // Other systems hear of the new place in line as a booking of its own.
                let joined = "booking.waitlisted";
                crate::db::webhooks::announce_booking(conn, joined, waiting.id, now_ms).await?;
                result.waitlisted += 1;
            }
        }
    }
    Ok(result)
}

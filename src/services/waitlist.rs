//! Waiting lists of first-come sessions. A participant joins when the session is full; when a
//! place frees up, the worker holds it for the first person in line whose other bookings it does
//! not clash with and mails them an offer; an offer not taken by its deadline goes to the next
//! person. Everything is stored and driven by [`run_due`] with the time passed in, so offers,
//! expiries and promotions survive restarts and run the same on every instance.

use crate::config::Config;
use crate::db::audit;
use crate::db::bookings as booking_rows;
use crate::db::outbox;
use crate::db::{begin_write, events, is_constraint_violation, sessions, waitlist};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, ParticipantId, SessionId};
use crate::domain::local_text::TextField;
use crate::domain::mail_kind::MailKind;
use crate::entities::{booking, event, session, slot};
use crate::mail::templates::{
    MailHead, Notice, WaitlistNews, WaitlistNoticeEmail, WaitlistOfferEmail, When,
};
use crate::services::access_links::participant_link;
use crate::services::booking_mails::{Change, details_for};
use crate::services::bookings::{Place, announce, slot_context};
use crate::services::error::ServiceError;
use crate::services::option_fits::SessionFits;
use crate::services::participant_bookings::{
    booking_closed_reason, owned_booking, owner, session_of_link,
};
use crate::services::places;
use crate::services::volunteer_calendar::notify_place_change;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// A place is offered only if it starts at least this long from now, so there is time to come.
const MIN_NOTICE_MS: i64 = 60 * 60 * 1000;

/// What one run of [`run_due`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WaitlistRun {
    /// Offers that ran out and were passed on.
    pub expired: usize,
    /// New offers mailed.
    pub offered: usize,
}

/// Joins the session's waiting list from a personal link. Only when the session is full; joining
/// again returns the same entry.
pub async fn join(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    session_id: Uuid,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let owner = owner(db, config, token, now_ms).await?;
    let (session, event) = session_of_link(db, &owner, session_id).await?;
    if let Some(reason) = booking_closed_reason(&session, &event, now_ms) {
        return Err(ServiceError::Refused(reason));
    }
    // A place can only ever be offered in a time still to come.
    let slots = crate::db::slots::of_session(db, session.id).await?;
    if slots.iter().all(|s| s.starts_at <= now_ms) {
        return Err(ServiceError::Refused("refuse-started"));
    }
    if let Some(existing) =
        crate::db::bookings::live_of_participant(db, owner.participant_id, vec![session.id])
            .await?
            .into_iter()
            .next()
    {
        return match existing.status {
            BookingStatus::Waitlisted | BookingStatus::Offered => Ok(existing),
            _ => Err(ServiceError::Refused("refuse-already-booked")),
        };
    }
    let free = waitlist::free_places(db, session.id, now_ms).await?;
    let fits = SessionFits::load(db, owner.participant_id, &session, &free).await?;
    if free.iter().any(|s| fits.allows(s)) {
        return Err(ServiceError::Refused("refuse-places-free"));
    }
    let txn = begin_write(db).await?;
    let entry = booking_rows::insert_waitlisted(
        &txn,
        SessionId(session.id),
        ParticipantId(owner.participant_id),
        now_ms,
        config.mail_domain(),
        now_ms,
    )
    .await
    .map_err(|e| {
        if is_constraint_violation(&e) {
            ServiceError::Refused("refuse-already-booked")
        } else {
            e.into()
        }
    })?;
    notice(
        &txn,
        config,
        entry.participant_id,
        (&session, &event),
        &owner.manage_link,
        (WaitlistNews::Joined, "", &Notice::NONE),
        now_ms,
    )
    .await?;
    let by = Actor::Participant(owner.participant_id);
    audit::booking_changed(&txn, by, "booking.waitlisted", entry.id, now_ms).await?;
    txn.commit().await?;
    Ok(entry)
}

/// Takes the place offered to the link's participant: it becomes a confirmed booking with its
/// calendar invitation. Refused once the offer has run out.
pub async fn accept(
    db: &DatabaseConnection,
    config: &Config,
    token: &str,
    booking_id: Uuid,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let owner = owner(db, config, token, now_ms).await?;
    let offered = owned_booking(db, &owner, booking_id).await?;
    if offered.status == BookingStatus::Confirmed {
        return Ok(offered);
    }
    let txn = begin_write(db).await?;
    if !waitlist::accept(&txn, offered.id, now_ms).await? {
        return Err(ServiceError::Refused("refuse-offer-gone"));
    }
    let booking = booking_rows::find(&txn, offered.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let place = slot_context(&txn, booking.slot_id.ok_or(ServiceError::NotFound)?).await?;
    announce(
        &txn,
        config,
        Change::Confirmed,
        &booking,
        &place,
        &owner.manage_link,
        now_ms,
    )
    .await?;
    notify_place_change(&txn, config, &place, now_ms).await?;
    let by = Actor::Participant(owner.participant_id);
    audit::booking_changed(&txn, by, "booking.offer_accepted", booking.id, now_ms).await?;
    txn.commit().await?;
    Ok(booking)
}

/// Leaves a waiting list, or declines an offer (its place goes back for the next person), at
/// the participant's request.
pub async fn leave(
    db: &DatabaseConnection,
    entry: &booking::Model,
    now_ms: i64,
) -> Result<booking::Model, ServiceError> {
    let txn = begin_write(db).await?;
    let closed = places::close_waiting(&txn, entry, now_ms).await?;
    if closed {
        let by = Actor::Participant(entry.participant_id);
        audit::booking_changed(&txn, by, "booking.waitlist_left", entry.id, now_ms).await?;
    }
    let left = booking_rows::find(&txn, entry.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    txn.commit().await?;
    Ok(left)
}

/// Passes on offers that ran out and offers freed places to the people waiting. Each step is
/// its own transaction; a conditional update decides every race, so any number of workers may
/// call this at once.
pub async fn run_due(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<WaitlistRun, ServiceError> {
    let mut run = WaitlistRun::default();
    for offer in waitlist::expired_offers(db, now_ms).await? {
        if expire(db, config, &offer, now_ms).await? {
            run.expired += 1;
        }
    }
    for session_id in waitlist::sessions_with_waiting(db).await? {
        run.offered += offer_free_places(db, config, session_id, now_ms).await?;
    }
    Ok(run)
}

/// Ends an offer that ran out, frees its place and tells the participant.
async fn expire(
    db: &DatabaseConnection,
    config: &Config,
    offer: &booking::Model,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let txn = begin_write(db).await?;
    let slot_id = offer.slot_id.ok_or(ServiceError::NotFound)?;
    if !places::close_waiting(&txn, offer, now_ms).await? {
        return Ok(false);
    }
    audit::booking_changed(
        &txn,
        Actor::System,
        "booking.offer_expired",
        offer.id,
        now_ms,
    )
    .await?;
    let Place { session, event, .. } = slot_context(&txn, slot_id).await?;
    let link = participant_link(&txn, config, offer.participant_id, &event, now_ms).await?;
    let news = WaitlistNews::OfferExpired;
    notice(
        &txn,
        config,
        offer.participant_id,
        (&session, &event),
        &link,
        (news, "", &Notice::NONE),
        now_ms,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Offers each free place of the session to the first person in line it suits.
async fn offer_free_places(
    db: &DatabaseConnection,
    config: &Config,
    session_id: Uuid,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let Some(session) = sessions::find(db, session_id).await? else {
        return Ok(0);
    };
    let Some(event) = events::find(db, session.event_id).await? else {
        return Ok(0);
    };
    if booking_closed_reason(&session, &event, now_ms).is_some() {
        return Ok(0);
    }
    let mut offered = 0;
    for waiting in waitlist::line(db, session.id).await? {
        let free = waitlist::free_places(db, session.id, now_ms + MIN_NOTICE_MS).await?;
        if free.is_empty() {
            break;
        }
        // Someone without an address cannot hear of an offer in time: rather than hold a place
        // for nobody to read about, they keep their turn and a coordinator books for them.
        let reachable = booking_rows::participant(db, waiting.participant_id)
            .await?
            .is_some_and(|person| person.email.is_some());
        if !reachable {
            continue;
        }
        let held = booking_rows::times_held(
            db,
            ParticipantId(waiting.participant_id),
            Some(BookingId(waiting.id)),
        )
        .await?;
        let suits = SessionFits::load(db, waiting.participant_id, &session, &free).await?;
        let fits = free
            .into_iter()
            .filter(|s| suits.allows(s))
            .find(|s| !held.iter().any(|&(a, b)| a < s.ends_at && s.starts_at < b));
        if let Some(place) = fits
            && make_offer(db, config, &waiting, &place, now_ms).await?
        {
            offered += 1;
        }
    }
    Ok(offered)
}

/// Holds `place` for `waiting` and mails the offer; `false` when someone else got there first.
async fn make_offer(
    db: &DatabaseConnection,
    config: &Config,
    waiting: &booking::Model,
    place: &slot::Model,
    now_ms: i64,
) -> Result<bool, ServiceError> {
    let txn = begin_write(db).await?;
    let hold_ms = config.waitlist_offer_hours * 60 * 60 * 1000;
    let expires_at = (now_ms + hold_ms).min(place.starts_at);
    if !places::hold_for_offer(&txn, waiting, place.id, expires_at, now_ms).await? {
        return Ok(false);
    }
    audit::booking_changed(&txn, Actor::System, "booking.offered", waiting.id, now_ms).await?;
    let (details, participant, event) =
        details_for(&txn, config, waiting.participant_id, place.id, now_ms).await?;
    let mail = WaitlistOfferEmail {
        details,
        deadline: When::instant(expires_at, &event.time_zone)?,
    }
    .render()?
    .to_outbox(
        MailKind::WaitlistOffer,
        participant.mail_address(),
        &participant.name,
        Some(participant.id),
    );
    outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
    txn.commit().await?;
    Ok(true)
}

/// Mails a notice about a participant's chances of a place: on a waiting list, or left without
/// one by an allocation (no calendar part: nothing is booked).
pub(crate) async fn notice(
    conn: &impl ConnectionTrait,
    config: &Config,
    participant_id: Uuid,
    (session, event): (&session::Model, &event::Model),
    link: &str,
    (news, reason, organisers): (WaitlistNews, &str, &Notice),
    now_ms: i64,
) -> Result<(), ServiceError> {
    let participant = booking_rows::participant(conn, participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let kind = match news {
        WaitlistNews::NoPlaceAllocated => MailKind::AllocationNoPlace,
        _ => MailKind::WaitlistNotice,
    };
    let texts = crate::db::translations::of_event(conn, event.id).await?;
    let mail = WaitlistNoticeEmail {
        head: MailHead::for_participant(config, &participant),
        name: participant.name.clone(),
        session_title: texts.text(session.id, TextField::SessionTitle, &session.title),
        event_title: texts.text(event.id, TextField::EventTitle, &event.title),
        link: link.to_owned(),
        news,
        reason: reason.to_owned(),
        notice: organisers.clone(),
    }
    .render()?
    .to_outbox(
        kind,
        participant.mail_address(),
        &participant.name,
        Some(participant.id),
    );
    outbox::enqueue(conn, mail, config.mail_domain(), now_ms).await?;
    Ok(())
}

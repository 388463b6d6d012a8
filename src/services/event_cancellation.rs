//! Cancelling an event reaches everyone it concerns, once each, with the coordinator's note:
//! every participant with a booking (the booking's CANCEL), everyone on a waiting list, every
//! invited participant with neither (a mail linking to their page, which shows the
//! cancellation), every volunteer (one mail listing their slots, and each slot's own CANCEL
//! saying why) and every contact of an invited employer (naming their volunteers who were told).
//! Erased people are left alone.
//!
//! Each slot's CANCEL is a message of its own: an iTIP message carries one calendar entry (one
//! UID), and calendar programs act on one entry per message.

use crate::config::Config;
use crate::db::outbox;
use crate::db::{audit, employers, events, participants, sessions, slot_calendar};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::mail_kind::MailKind;
use crate::entities::{event, session, slot, volunteer};
use crate::mail::templates::SlotNews;
use crate::mail::templates::{
    CancelledBy, CancelledEventReader, EventCancelledEmail, MailHead, Notice, ScheduleLine,
    WaitlistNews, When,
};
use crate::services::access_links::participant_link;
use crate::services::bookings::cancel_with_notice_in;
use crate::services::error::ServiceError;
use crate::services::volunteer_calendar::notify_slot_news;
use crate::services::{places, waitlist};
use sea_orm::ConnectionTrait;
use std::collections::HashSet;
use uuid::Uuid;

/// Tells everyone `event` (just set to cancelled) concerns, inside the caller's transaction;
/// the bookings' cancellations are logged as `actor`'s. Returns how many bookings were
/// cancelled.
pub(crate) async fn tell_everyone(
    conn: &impl ConnectionTrait,
    config: &Config,
    (event, note): (&event::Model, &str),
    actor: Actor,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let notice = Notice::note(note);
    let mut reached: HashSet<Uuid> = HashSet::new();
    let mut cancelled = 0;
    for booking in events::bookings_in_status(conn, event.id, &[BookingStatus::Confirmed]).await? {
        // Each mail links to the person's own page, which shows the cancellation.
        let link = participant_link(conn, config, booking.participant_id, event, now_ms).await?;
        let why = (CancelledBy::EventCancelled, &notice);
        cancel_with_notice_in(conn, config, booking.id, why, &link, now_ms).await?;
        audit::booking_changed(conn, actor, "booking.event_cancelled", booking.id, now_ms).await?;
        reached.insert(booking.participant_id);
        cancelled += 1;
    }
    close_waiting_lists(conn, config, (event, &notice), &mut reached, now_ms).await?;
    tell_invited(conn, config, (event, &notice), &reached, now_ms).await?;
    let told = tell_volunteers(conn, config, (event, &notice), now_ms).await?;
    tell_employer_contacts(conn, config, (event, &notice), &told, now_ms).await?;
    Ok(cancelled)
}

/// Closes every waiting-list entry and open offer, telling each person once.
async fn close_waiting_lists(
    conn: &impl ConnectionTrait,
    config: &Config,
    (event, notice): (&event::Model, &Notice),
    reached: &mut HashSet<Uuid>,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let waiting = [BookingStatus::Waitlisted, BookingStatus::Offered];
    for entry in events::bookings_in_status(conn, event.id, &waiting).await? {
        if !places::close_waiting(conn, &entry, now_ms).await? {
            continue;
        }
        let closed = "booking.event_cancelled";
        crate::db::webhooks::announce_booking(conn, closed, entry.id, now_ms).await?;
        let Some(session) = sessions::find(conn, entry.session_id).await? else {
            continue;
        };
        let person = entry.participant_id;
        // One mail each: someone booked elsewhere, or waiting twice, has heard already.
        if !reached.insert(person) {
            continue;
        }
        let link = participant_link(conn, config, person, event, now_ms).await?;
        let news = (WaitlistNews::EventCancelled, "", notice);
        waitlist::notice(conn, config, person, (&session, event), &link, news, now_ms).await?;
    }
    Ok(())
}

/// Invited participants who had neither a booking nor a place in line.
async fn tell_invited(
    conn: &impl ConnectionTrait,
    config: &Config,
    (event, notice): (&event::Model, &Notice),
    reached: &HashSet<Uuid>,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let event_title = crate::services::event_texts::title_of(conn, event).await?;
    for (person, entry) in participants::of_event(conn, event.id).await? {
        let erased = person.anonymised_at.is_some();
        if entry.invited_at.is_none() || reached.contains(&person.id) || erased {
            continue;
        }
        let link = participant_link(conn, config, person.id, event, now_ms).await?;
        let mail = EventCancelledEmail {
            head: MailHead::for_participant(config, &person),
            name: person.name.clone(),
            event_title: event_title.clone(),
            when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
            reader: CancelledEventReader::Participant,
            slots: Vec::new(),
            volunteers: Vec::new(),
            notice: notice.clone(),
            link,
        }
        .render()?
        .to_outbox(
            MailKind::EventCancelled,
            person.mail_address(),
            &person.name,
            Some(person.id),
        );
        outbox::enqueue(conn, mail, config.mail_domain(), now_ms).await?;
    }
    Ok(())
}

/// One mail per volunteer with a slot, listing them, and each slot's own CANCEL (its SEQUENCE
/// raised) saying the event is cancelled, with the note. Returns the volunteers told.
async fn tell_volunteers(
    conn: &impl ConnectionTrait,
    config: &Config,
    (event, notice): (&event::Model, &Notice),
    now_ms: i64,
) -> Result<Vec<volunteer::Model>, ServiceError> {
    let sessions = sessions::of_event(conn, event.id).await?;
    let slots = events::volunteer_slots(conn, event.id).await?;
    let mut volunteer_ids: Vec<Uuid> = slots.iter().filter_map(|s| s.volunteer_id).collect();
    let mut seen = HashSet::new();
    volunteer_ids.retain(|id| seen.insert(*id));
    let mut told = Vec::new();
    let event_title = crate::services::event_texts::title_of(conn, event).await?;
    for volunteer_id in volunteer_ids {
        let Some(volunteer) = slot_calendar::volunteer(conn, volunteer_id).await? else {
            continue;
        };
        let theirs: Vec<&slot::Model> = slots
            .iter()
            .filter(|s| s.volunteer_id == Some(volunteer_id))
            .collect();
        let lines = schedule_lines(event, &sessions, &theirs)?;
        let mail = EventCancelledEmail {
            head: MailHead::new(config, &volunteer.locale),
            name: volunteer.name.clone(),
            event_title: event_title.clone(),
            when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
            reader: CancelledEventReader::Volunteer,
            slots: lines,
            volunteers: Vec::new(),
            notice: notice.clone(),
            link: String::new(),
        }
        .render()?
        .to_outbox(
            MailKind::EventCancelled,
            &volunteer.email,
            &volunteer.name,
            None,
        );
        outbox::enqueue(conn, mail, config.mail_domain(), now_ms).await?;
        for slot in &theirs {
            notify_slot_news(
                conn,
                config,
                slot.id,
                SlotNews::EventCancelled,
                notice,
                now_ms,
            )
            .await?;
        }
        told.push(volunteer);
    }
    Ok(told)
}

/// A volunteer's slots as the mail lists them.
fn schedule_lines(
    event: &event::Model,
    sessions: &[session::Model],
    slots: &[&slot::Model],
) -> Result<Vec<ScheduleLine>, ServiceError> {
    let mut lines = Vec::new();
    for slot in slots {
        let Some(session) = sessions.iter().find(|s| s.id == slot.session_id) else {
            continue;
        };
        lines.push(ScheduleLine {
            when: When::in_event(
                (slot.starts_at, slot.ends_at),
                &event.time_zone,
                (event.starts_at, event.ends_at),
            )?,
            session_title: session.title.clone(),
            room: session.room.clone(),
            booked_by: Vec::new(),
        });
    }
    Ok(lines)
}

/// Each contact of each invited employer, naming that employer's volunteers who were told.
async fn tell_employer_contacts(
    conn: &impl ConnectionTrait,
    config: &Config,
    (event, notice): (&event::Model, &Notice),
    volunteers_told: &[volunteer::Model],
    now_ms: i64,
) -> Result<(), ServiceError> {
    let event_title = crate::services::event_texts::title_of(conn, event).await?;
    for (employer, contacts) in employers::of_event(conn, event.id).await? {
        let volunteers: Vec<String> = volunteers_told
            .iter()
            .filter(|v| v.employer_id == employer.id)
            .map(|v| v.name.clone())
            .collect();
        for contact in contacts {
            let mail = EventCancelledEmail {
                head: MailHead::new(config, &contact.locale),
                name: contact.name.clone(),
                event_title: event_title.clone(),
                when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
                reader: CancelledEventReader::EmployerContact,
                slots: Vec::new(),
                volunteers: volunteers.clone(),
                notice: notice.clone(),
                link: String::new(),
            }
            .render()?
            .to_outbox(
                MailKind::EventCancelled,
                &contact.email,
                &contact.name,
                None,
            );
            outbox::enqueue(conn, mail, config.mail_domain(), now_ms).await?;
        }
    }
    Ok(())
}

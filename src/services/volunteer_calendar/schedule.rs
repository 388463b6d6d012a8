//! A volunteer's whole schedule for an event: one mail listing every slot with who is coming
//! and a fresh personal link (also as the reminder run sheet), and one calendar invitation per
//! slot for slots made without one.

use super::SlotEntry;
use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::{outbox, slot_calendar};
use crate::domain::mail_kind::MailKind;
use crate::entities::{event, session, slot, volunteer};
use crate::mail::templates::{
    MailHead, Notice, ScheduleLine, SlotNews, VolunteerScheduleEmail, When,
};
use crate::services::error::ServiceError;
use crate::services::{access_links, event_place};
use sea_orm::ConnectionTrait;

/// How long a volunteer's personal link stays valid after their event ends (to look back at
/// their schedule and, later, to give feedback).
const LINK_DAYS_AFTER_EVENT: i64 = 14;

/// Mails a volunteer their schedule for an event: every slot in one mail, with a fresh personal
/// link to their current schedule. Returns the number of slots. (Each slot's own calendar
/// invitation is sent when the slot is created; see [`send_slot_invitations`] for slots made
/// without one.)
pub async fn send_schedule(
    conn: &impl ConnectionTrait,
    config: &Config,
    volunteer: &volunteer::Model,
    event: &event::Model,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    send_schedule_mail(conn, config, volunteer, event, false, now_ms).await
}

/// [`send_schedule`], or with `reminder` the same schedule as a reminder shortly before the
/// event (their run sheet: each slot with who is coming).
pub async fn send_schedule_mail(
    conn: &impl ConnectionTrait,
    config: &Config,
    volunteer: &volunteer::Model,
    event: &event::Model,
    reminder: bool,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let (sessions, slots) = schedule_of(conn, volunteer, event).await?;
    let mut lines = Vec::new();
    for slot in &slots {
        let Some(session) = sessions.iter().find(|s| s.id == slot.session_id) else {
            continue;
        };
        let booked_by = slot_calendar::participants_in(conn, slot.id)
            .await?
            .into_iter()
            .map(|person| person.name)
            .collect();
        lines.push(ScheduleLine {
            when: When::in_event(
                (slot.starts_at, slot.ends_at),
                &event.time_zone,
                (event.starts_at, event.ends_at),
            )?,
            session_title: session.title.clone(),
            room: session.room.clone(),
            booked_by,
        });
    }
    let token = access_links::issue(
        conn,
        LinkSubject::Volunteer(volunteer.id),
        Some(event.id),
        now_ms,
        event.ends_at + LINK_DAYS_AFTER_EVENT * 86_400_000,
    )
    .await?;
    let schedule = VolunteerScheduleEmail {
        head: MailHead::new(config, &volunteer.locale),
        name: volunteer.name.clone(),
        event_title: event.title.clone(),
        when: When::range(event.starts_at, event.ends_at, &event.time_zone)?,
        place: event_place(event),
        slots: lines,
        link: format!("{}/v/{token}", config.base_url),
        reminder,
    }
    .render()?;
    let mail = schedule.to_outbox(
        MailKind::VolunteerSchedule,
        &volunteer.email,
        &volunteer.name,
        None,
    );
    outbox::enqueue(conn, mail, config.mail_domain(), now_ms).await?;
    Ok(slots.len())
}

/// Sends one calendar invitation per slot of the volunteer at the event (for slots created
/// without one, as the demo does).
pub async fn send_slot_invitations(
    conn: &impl ConnectionTrait,
    config: &Config,
    volunteer: &volunteer::Model,
    event: &event::Model,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let (sessions, slots) = schedule_of(conn, volunteer, event).await?;
    for slot in &slots {
        if let Some(session) = sessions.iter().find(|s| s.id == slot.session_id) {
            let entry = SlotEntry {
                config,
                volunteer,
                slot,
                session,
                event,
                notice: &Notice::NONE,
            };
            entry.enqueue(conn, SlotNews::Scheduled, now_ms).await?;
        }
    }
    Ok(())
}

/// The event's sessions and the volunteer's slots in them, in time order.
pub(crate) async fn schedule_of(
    conn: &impl ConnectionTrait,
    volunteer: &volunteer::Model,
    event: &event::Model,
) -> Result<(Vec<session::Model>, Vec<slot::Model>), ServiceError> {
    let sessions: Vec<session::Model> = crate::db::session_fill::of_event(conn, event.id)
        .await?
        .into_iter()
        .map(|fill| fill.session)
        .collect();
    let slots = crate::db::slots::of_volunteers(
        conn,
        sessions.iter().map(|s| s.id).collect(),
        vec![volunteer.id],
    )
    .await?;
    Ok((sessions, slots))
}

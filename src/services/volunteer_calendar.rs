//! A volunteer's calendar: each of their slots is one entry (UID per slot). A new slot comes as
//! an invitation, a removed one as a CANCEL; the schedule mail lists them all with the
//! volunteer's personal link; afterwards each booking, move or cancellation updates the entry
//! with a higher SEQUENCE and a mail.
//!
//! The volunteer learns only what an interviewer needs: the participant's name, occupation fields
//! and languages; never contact details or sensitive facts.

use crate::calendar::{Appointment, Method, Party, invitation};
use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::outbox::{self, CalendarPart};
use crate::db::{bookings, slot_calendar};
use crate::domain::locale::Locale;
use crate::domain::mail_kind::MailKind;
use crate::domain::occupations;
use crate::entities::{event, participant, session, slot, volunteer};
use crate::i18n::{count_text_with, text};
use crate::mail::templates::{
    MailHead, Notice, ScheduleLine, SlotNews, VolunteerScheduleEmail, VolunteerSlotEmail, When,
    with_calendar,
};
use crate::services::bookings::Place;
use crate::services::error::ServiceError;
use crate::services::{access_links, event_place, session_place};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// The organiser of every invitation: the programme's mailbox.
pub fn organizer(config: &Config) -> Party {
    Party {
        name: config
            .mail_from
            .name
            .clone()
            .unwrap_or_else(|| config.programme_name.clone()),
        email: config.mail_from.email.to_string(),
    }
}

/// The calendar UID of a slot in its volunteer's calendar.
pub fn slot_uid(slot_id: Uuid, mail_domain: &str) -> String {
    format!("slot-{}@{}", slot_id.simple(), mail_domain)
}

/// Sends the slot's volunteer (if it has one) its updated calendar entry. Call it inside the
/// transaction that changed the slot.
pub async fn notify_slot_change(
    conn: &impl ConnectionTrait,
    config: &Config,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<(), ServiceError> {
    notify(
        conn,
        config,
        slot_id,
        (SlotNews::Updated, &Notice::NONE),
        now_ms,
    )
    .await
}

/// Sends the slot's volunteer (if it has one) its entry with `news` a coordinator's change
/// brought ([`SlotNews::Changed`]: its time or place changed, naming what changed;
/// [`SlotNews::EventCancelled`]: a CANCEL saying why), with the coordinator's note. Call it
/// inside the transaction that made the change.
pub async fn notify_slot_news(
    conn: &impl ConnectionTrait,
    config: &Config,
    slot_id: Uuid,
    news: SlotNews,
    notice: &Notice,
    now_ms: i64,
) -> Result<(), ServiceError> {
    notify(conn, config, slot_id, (news, notice), now_ms).await
}

/// [`notify_slot_change`] for a slot whose session and event the caller already holds: a slot
/// without a volunteer costs no query at all.
pub async fn notify_place_change(
    conn: &impl ConnectionTrait,
    config: &Config,
    place: &Place,
    now_ms: i64,
) -> Result<(), ServiceError> {
    notify_place(
        conn,
        config,
        place,
        (SlotNews::Updated, &Notice::NONE),
        now_ms,
    )
    .await
}

async fn notify(
    conn: &impl ConnectionTrait,
    config: &Config,
    slot_id: Uuid,
    news: (SlotNews, &Notice),
    now_ms: i64,
) -> Result<(), ServiceError> {
    match bookings::slot_context(conn, slot_id).await? {
        Some(place) => notify_place(conn, config, &place.into(), news, now_ms).await,
        None => Ok(()),
    }
}

async fn notify_place(
    conn: &impl ConnectionTrait,
    config: &Config,
    Place {
        slot,
        session,
        event,
    }: &Place,
    (news, notice): (SlotNews, &Notice),
    now_ms: i64,
) -> Result<(), ServiceError> {
    let Some(volunteer_id) = slot.volunteer_id else {
        return Ok(());
    };
    let Some(volunteer) = slot_calendar::volunteer(conn, volunteer_id).await? else {
        return Ok(());
    };
    // A first invitation goes out at SEQUENCE 0; every later change raises it.
    let slot = if news == SlotNews::Scheduled {
        slot.clone()
    } else {
        slot_calendar::bump_sequence(conn, slot.id)
            .await?
            .ok_or(ServiceError::NotFound)?
    };
    let entry = SlotEntry {
        config,
        volunteer: &volunteer,
        slot: &slot,
        session,
        event,
        notice,
    };
    entry.enqueue(conn, news, now_ms).await
}

/// Sends the slot's volunteer (if it has one) the invitation for a new slot. Call it inside the
/// transaction that created the slot.
pub async fn notify_slot_scheduled(
    conn: &impl ConnectionTrait,
    config: &Config,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<(), ServiceError> {
    notify(
        conn,
        config,
        slot_id,
        (SlotNews::Scheduled, &Notice::NONE),
        now_ms,
    )
    .await
}

/// Takes the slot out of its volunteer's calendar (a CANCEL with a higher SEQUENCE). Call it
/// inside the transaction that removes the slot or cancels its event, before deleting the row.
pub async fn notify_slot_removed(
    conn: &impl ConnectionTrait,
    config: &Config,
    slot_id: Uuid,
    now_ms: i64,
) -> Result<(), ServiceError> {
    notify(
        conn,
        config,
        slot_id,
        (SlotNews::Removed, &Notice::NONE),
        now_ms,
    )
    .await
}

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

/// A slot as its volunteer's calendar shows it, with who holds it (as participants, and as the
/// lines the volunteer reads: name, occupation fields, languages).
pub(crate) async fn slot_appointment(
    conn: &impl ConnectionTrait,
    config: &Config,
    (slot, session, event): (&slot::Model, &session::Model, &event::Model),
    locale: &Locale,
) -> Result<(Appointment, Vec<participant::Model>, Vec<String>), ServiceError> {
    let participants = slot_calendar::participants_in(conn, slot.id).await?;
    let mut booked_by = Vec::new();
    for participant in &participants {
        let (languages, fields) = slot_calendar::profile(conn, participant.id).await?;
        let languages: Vec<String> = languages
            .iter()
            .map(|l| format!("{} {}", l.language, l.level))
            .collect();
        booked_by.push(format!(
            "{} ({}; {})",
            participant.name,
            occupations::shown(&fields, locale.lang()),
            languages.join(", ")
        ));
    }
    let title = session.title.as_str();
    let summary = match participants.as_slice() {
        [] => text(locale, "volunteer-calendar-free", &[("session", title)]),
        [one] => text(
            locale,
            "volunteer-calendar-with",
            &[("session", title), ("name", &one.name)],
        ),
        many => count_text_with(
            locale,
            "volunteer-calendar-with-many",
            i64::try_from(many.len()).unwrap_or(i64::MAX),
            &[("session", title)],
        ),
    };
    let appointment = Appointment {
        uid: slot_uid(slot.id, config.mail_domain()),
        sequence: u32::try_from(slot.calendar_sequence).unwrap_or_default(),
        starts_at: slot.starts_at,
        ends_at: slot.ends_at,
        summary,
        // The room as well as the venue: an interviewer needs to know where to sit.
        location: session_place(event, session),
        description: if booked_by.is_empty() {
            text(locale, "volunteer-calendar-not-booked", &[])
        } else {
            booked_by.join("\n")
        },
        url: None,
    };
    Ok((appointment, participants, booked_by))
}

/// One slot as an entry in its volunteer's calendar.
struct SlotEntry<'a> {
    config: &'a Config,
    volunteer: &'a volunteer::Model,
    slot: &'a slot::Model,
    session: &'a session::Model,
    event: &'a event::Model,
    notice: &'a Notice,
}

impl SlotEntry<'_> {
    /// Mails the volunteer this slot's invitation (or cancellation) at its current SEQUENCE.
    async fn enqueue(
        &self,
        conn: &impl ConnectionTrait,
        news: SlotNews,
        now_ms: i64,
    ) -> Result<(), ServiceError> {
        let (slot, session, event, volunteer) =
            (self.slot, self.session, self.event, self.volunteer);
        let head = MailHead::new(self.config, &volunteer.locale);
        let context = (slot, session, event);
        let (appointment, participants, booked_by) =
            slot_appointment(conn, self.config, context, head.languages.first()).await?;
        let rendered = VolunteerSlotEmail {
            head,
            name: volunteer.name.clone(),
            session_title: session.title.clone(),
            event_title: event.title.clone(),
            when: When::range(slot.starts_at, slot.ends_at, &event.time_zone)?,
            place: session_place(event, session),
            booked_by,
            news,
            notice: self.notice.clone(),
        }
        .render()?;
        let attendee = Party {
            name: volunteer.name.clone(),
            email: volunteer.email.clone(),
        };
        let method = if matches!(news, SlotNews::Removed | SlotNews::EventCancelled) {
            Method::Cancel
        } else {
            Method::Request
        };
        let ics = invitation(
            method,
            &appointment,
            &organizer(self.config),
            &attendee,
            now_ms,
        )?;
        // Tied to the participant it names, so erasing them erases this mail too.
        let about = match participants.as_slice() {
            [one] => Some(one.id),
            _ => None,
        };
        let mail = rendered.to_outbox(
            MailKind::VolunteerSlot,
            &volunteer.email,
            &volunteer.name,
            about,
        );
        let mail = with_calendar(
            mail,
            CalendarPart {
                method: method.as_str().to_owned(),
                ics,
            },
        );
        outbox::enqueue(conn, mail, self.config.mail_domain(), now_ms).await?;
        Ok(())
    }
}

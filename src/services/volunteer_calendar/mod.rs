//! A volunteer's calendar: each of their slots is one entry (UID per slot). A new slot comes as
//! an invitation, a removed one as a CANCEL; the schedule mail lists them all with the
//! volunteer's personal link; afterwards each booking, move or cancellation updates the entry
//! with a higher SEQUENCE and a mail.
//!
//! The volunteer learns only what an interviewer needs: the participant's name, occupation fields
//! and languages; never contact details or sensitive facts.

use crate::calendar::{Appointment, Method, Party, invitation};
use crate::config::Config;
use crate::db::outbox::{self, CalendarPart};
use crate::db::{bookings, slot_calendar};
use crate::domain::locale::Locale;
use crate::domain::mail_kind::MailKind;
use crate::domain::occupations;
use crate::entities::{event, participant, session, slot, volunteer};
use crate::i18n::{count_text_with, text};
use crate::mail::templates::{MailHead, Notice, SlotNews, VolunteerSlotEmail, When, with_calendar};
use crate::services::bookings::Place;
use crate::services::error::ServiceError;
use crate::services::session_place;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

mod schedule;

pub(crate) use schedule::schedule_of;
pub use schedule::{send_schedule, send_schedule_mail, send_slot_invitations};

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
pub(super) struct SlotEntry<'a> {
    pub(super) config: &'a Config,
    pub(super) volunteer: &'a volunteer::Model,
    pub(super) slot: &'a slot::Model,
    pub(super) session: &'a session::Model,
    pub(super) event: &'a event::Model,
    pub(super) notice: &'a Notice,
}

impl SlotEntry<'_> {
    /// Mails the volunteer this slot's invitation (or cancellation) at its current SEQUENCE.
    pub(super) async fn enqueue(
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

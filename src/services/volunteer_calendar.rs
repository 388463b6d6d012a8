//! A volunteer's calendar: each of their slots is one entry (UID per slot), updated with a new
//! SEQUENCE and a mail whenever the slot is booked, moved away from, or freed.
//!
//! The volunteer learns only what an interviewer needs: the participant's name, occupation fields
//! and languages; never contact details or sensitive facts.

use crate::app::error::AppError;
use crate::calendar::{Appointment, Method, Party, invitation};
use crate::config::Config;
use crate::db::outbox::{self, CalendarPart};
use crate::db::{bookings, slot_calendar};
use crate::domain::time::format_range;
use crate::services::mails::{MailHead, VolunteerSlotEmail, with_calendar};
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
) -> Result<(), AppError> {
    let Some((slot, session, event)) = bookings::slot_context(conn, slot_id).await? else {
        return Ok(());
    };
    let Some(volunteer_id) = slot.volunteer_id else {
        return Ok(());
    };
    let Some(volunteer) = slot_calendar::volunteer(conn, volunteer_id).await? else {
        return Ok(());
    };
    let slot = slot_calendar::bump_sequence(conn, slot.id)
        .await?
        .ok_or(AppError::NotFound)?;
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
            fields.join(", "),
            languages.join(", ")
        ));
    }
    let place = event
        .venue_address
        .clone()
        .or_else(|| event.online_url.clone())
        .unwrap_or_default();
    let when = format_range(slot.starts_at, slot.ends_at, &event.time_zone)?;
    let rendered = VolunteerSlotEmail {
        head: MailHead::new(config, &volunteer.locale),
        name: volunteer.name.clone(),
        session_title: session.title.clone(),
        event_title: event.title.clone(),
        when,
        place: place.clone(),
        booked_by: booked_by.clone(),
    }
    .render()?;
    let summary = match participants.as_slice() {
        [] => format!("{} (free)", session.title),
        [one] => format!("{} with {}", session.title, one.name),
        many => format!("{} with {} people", session.title, many.len()),
    };
    let appointment = Appointment {
        uid: slot_uid(slot.id, config.mail_domain()),
        sequence: u32::try_from(slot.calendar_sequence).unwrap_or_default(),
        starts_at: slot.starts_at,
        ends_at: slot.ends_at,
        summary,
        location: place,
        description: if booked_by.is_empty() {
            "Not booked yet.".to_owned()
        } else {
            booked_by.join("\n")
        },
        url: None,
    };
    let attendee = Party {
        name: volunteer.name.clone(),
        email: volunteer.email.clone(),
    };
    let ics = invitation(
        Method::Request,
        &appointment,
        &organizer(config),
        &attendee,
        now_ms,
    )?;
    // Tied to the participant it names, so erasing them erases this mail too.
    let about = match participants.as_slice() {
        [one] => Some(one.id),
        _ => None,
    };
    let mail = rendered.to_outbox("volunteer_slot", &volunteer.email, &volunteer.name, about);
    let mail = with_calendar(
        mail,
        CalendarPart {
            method: Method::Request.as_str().to_owned(),
            ics,
        },
    );
    outbox::enqueue(conn, mail, config.mail_domain(), now_ms).await?;
    Ok(())
}

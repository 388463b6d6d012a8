//! The participant's mail for a booking change, with its calendar invitation, and the calendar
//! entry of a booking as downloads and feeds show it.

use crate::calendar::{Appointment, Method, Party, invitation};
use crate::config::Config;
use crate::db::outbox::{self, CalendarPart, NewMail};
use crate::db::participants as participant_rows;
use crate::db::{placement_details, translations};
use crate::domain::check_in_code;
use crate::domain::ids::{EventId, ParticipantId};
use crate::domain::local_text::{LocalText, TextField, Translations};
use crate::domain::locale::Locale;
use crate::domain::mail_kind::MailKind;
use crate::domain::session_format::Format;
use crate::entities::{booking, event, participant, placement_detail, session, slot};
use crate::i18n::text;
use crate::mail::templates::{
    BookingCancelledEmail, BookingChangedEmail, BookingConfirmedEmail, BookingDetails, CancelledBy,
    MailHead, MovedBy, Notice, When, with_calendar,
};
use crate::services::error::ServiceError;
use crate::services::{session_place, volunteer_calendar};
use sea_orm::ConnectionTrait;

/// Which change a mail reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Change {
    /// Booked.
    Confirmed,
    /// Moved to another time, and why.
    Rescheduled(MovedBy),
    /// Cancelled, by whom.
    Cancelled(CancelledBy),
}

/// Who or what a booking is with: the slot's label (a placement's description, in each
/// language it is written in) and employer, else the session's title.
pub(crate) async fn slot_partner(
    conn: &impl ConnectionTrait,
    slot: &slot::Model,
    session: &session::Model,
    texts: &Translations,
) -> Result<LocalText, ServiceError> {
    let employers =
        crate::db::employers::by_ids(conn, slot.employer_id.into_iter().collect()).await?;
    let employer = slot
        .employer_id
        .and_then(|id| employers.get(&id))
        .map(|e| e.name.clone());
    if slot.label.is_empty() && employer.is_none() {
        return Ok(texts.text(session.id, TextField::SessionTitle, &session.title));
    }
    let label = texts.text(slot.id, TextField::PlacementDescription, &slot.label);
    Ok(label.map(|label| {
        let mut parts: Vec<&str> = Vec::new();
        if !label.is_empty() {
            parts.push(label);
        }
        parts.extend(employer.as_deref());
        parts.join(", ")
    }))
}

/// The calendar entry of a booking, its notes in `locale`'s words. The manage link goes into
/// mails only: downloads and feeds leave it out, so a shared calendar never grants the right to
/// change a booking.
pub(crate) fn booking_appointment(
    (booking, slot, session, event): (
        &booking::Model,
        &slot::Model,
        &session::Model,
        &event::Model,
    ),
    (with, placement): (&LocalText, Option<&placement_detail::Model>),
    manage_link: Option<&str>,
    (locale, texts): (&Locale, &Translations),
) -> Appointment {
    let language = locale.lang();
    let mut description = with.in_language(language).to_owned();
    let bring = (session.id, TextField::WhatToBring);
    let bring = texts.read(bring, &session.what_to_bring, language);
    if !bring.is_empty() {
        description.push_str("\n\n");
        description.push_str(&text(locale, "calendar-what-to-bring", &[("item", bring)]));
    }
    for (id, value) in placement
        .map(|p| {
            [
                ("calendar-contact", &p.contact),
                ("calendar-instructions", &p.instructions),
            ]
        })
        .into_iter()
        .flatten()
        .filter(|(_, value)| !value.is_empty())
    {
        description.push_str("\n\n");
        description.push_str(&text(locale, id, &[("item", value.as_str())]));
    }
    if let Some(link) = manage_link {
        description.push_str("\n\n");
        description.push_str(&text(locale, "calendar-manage", &[("link", link)]));
    }
    Appointment {
        uid: booking.calendar_uid.clone(),
        sequence: u32::try_from(booking.sequence).unwrap_or_default(),
        starts_at: slot.starts_at,
        ends_at: slot.ends_at,
        summary: format!(
            "{}: {}",
            texts.read(
                (session.id, TextField::SessionTitle),
                &session.title,
                language
            ),
            texts.read((event.id, TextField::EventTitle), &event.title, language),
        ),
        location: booking_place(event, session, placement),
        description,
        url: manage_link.map(str::to_owned),
    }
}

/// Where a booking happens: a taster placement's own address, else the session's room at the
/// event's venue.
pub(crate) fn booking_place(
    event: &event::Model,
    session: &session::Model,
    placement: Option<&placement_detail::Model>,
) -> String {
    match placement.filter(|p| !p.address.is_empty()) {
        Some(p) => p.address.clone(),
        None => session_place(event, session),
    }
}

/// A taster placement's own address, contact and instructions, if it has them. Only placement
/// sessions have such details, so a booking anywhere else (the hot path) costs no query.
pub(crate) async fn placement_of(
    conn: &impl ConnectionTrait,
    slot: &slot::Model,
    session: &session::Model,
) -> Result<Option<placement_detail::Model>, ServiceError> {
    if session.format != Format::Placement {
        return Ok(None);
    }
    Ok(placement_details::of_slot(conn, slot.id).await?)
}

/// `details` with a taster placement's own address, contact and instructions.
pub(crate) fn with_placement(
    mut details: BookingDetails,
    placement: Option<&placement_detail::Model>,
) -> BookingDetails {
    if let Some(p) = placement {
        if !p.address.is_empty() {
            details.place = p.address.clone();
        }
        details.contact = p.contact.clone();
        details.instructions = p.instructions.clone();
    }
    details
}

/// Everything a booking mail is made from.
pub(crate) struct MailContext<'a> {
    pub(crate) config: &'a Config,
    pub(crate) slot: &'a slot::Model,
    pub(crate) session: &'a session::Model,
    pub(crate) event: &'a event::Model,
    pub(crate) participant: &'a participant::Model,
    pub(crate) manage_link: &'a str,
    /// What the organisers changed and wrote, for a change a coordinator made.
    pub(crate) notice: &'a Notice,
}

impl MailContext<'_> {
    /// The booking facts every participant mail shows; `with` is the slot's partner.
    pub(crate) fn details(
        &self,
        with: &LocalText,
        texts: &Translations,
    ) -> Result<BookingDetails, ServiceError> {
        let (event, session) = (self.event, self.session);
        Ok(BookingDetails {
            head: MailHead::for_participant(self.config, self.participant),
            name: self.participant.name.clone(),
            event_title: texts.text(event.id, TextField::EventTitle, &event.title),
            session_title: texts.text(session.id, TextField::SessionTitle, &session.title),
            with: with.clone(),
            when: When::range(
                self.slot.starts_at,
                self.slot.ends_at,
                &self.event.time_zone,
            )?,
            own_time: match self.event.online_url {
                Some(_) => When::for_viewer(
                    self.slot.starts_at,
                    self.slot.ends_at,
                    &self.event.time_zone,
                    self.participant.time_zone.as_deref(),
                ),
                None => None,
            },
            place: session_place(self.event, self.session),
            bring: texts.text(session.id, TextField::WhatToBring, &session.what_to_bring),
            contact: String::new(),
            instructions: String::new(),
            manage_link: self.manage_link.to_owned(),
            notice: self.notice.clone(),
            check_in_code: String::new(),
        })
    }

    /// Renders the mail for `change` with its calendar part, ready for the outbox. Needs only
    /// reads, so a booking can render it before taking the write lock.
    pub(crate) async fn prepare(
        &self,
        conn: &impl ConnectionTrait,
        change: Change,
        booking: &booking::Model,
        now_ms: i64,
    ) -> Result<NewMail, ServiceError> {
        let texts = translations::of_event(conn, self.event.id).await?;
        let with = slot_partner(conn, self.slot, self.session, &texts).await?;
        let placement = placement_of(conn, self.slot, self.session).await?;
        let mut details = with_placement(self.details(&with, &texts)?, placement.as_ref());
        let (kind, rendered, method) = match change {
            Change::Confirmed => {
                let ids = (EventId(self.event.id), ParticipantId(self.participant.id));
                details.check_in_code = participant_rows::check_in_code(conn, ids.0, ids.1)
                    .await?
                    .map(|code| check_in_code::shown(&code))
                    .unwrap_or_default();
                (
                    MailKind::BookingConfirmed,
                    BookingConfirmedEmail(details).render()?,
                    Method::Request,
                )
            }
            Change::Rescheduled(by) => (
                MailKind::BookingChanged,
                BookingChangedEmail(details, by).render()?,
                Method::Request,
            ),
            Change::Cancelled(by) => (
                MailKind::BookingCancelled,
                BookingCancelledEmail(details, by).render()?,
                Method::Cancel,
            ),
        };
        let reader = MailHead::for_participant(self.config, self.participant);
        let appointment = booking_appointment(
            (booking, self.slot, self.session, self.event),
            (&with, placement.as_ref()),
            Some(self.manage_link),
            (reader.languages.first(), &texts),
        );
        let organizer = volunteer_calendar::organizer(self.config);
        let attendee = Party {
            name: self.participant.name.clone(),
            email: self.participant.mail_address().to_owned(),
        };
        let ics = invitation(method, &appointment, &organizer, &attendee, now_ms)?;
        let mail = rendered.to_outbox(
            kind,
            self.participant.mail_address(),
            &self.participant.name,
            Some(self.participant.id),
        );
        Ok(with_calendar(
            mail,
            CalendarPart {
                method: method.as_str().to_owned(),
                ics,
            },
        ))
    }

    /// Renders the mail for `change` with its calendar part and stores it in the outbox.
    pub(crate) async fn enqueue(
        &self,
        conn: &impl ConnectionTrait,
        change: Change,
        booking: &booking::Model,
        now_ms: i64,
    ) -> Result<(), ServiceError> {
        let mail = self.prepare(conn, change, booking, now_ms).await?;
        outbox::enqueue(conn, mail, self.config.mail_domain(), now_ms).await?;
        Ok(())
    }
}

/// The booking facts for a mail to `participant_id` about `slot_id` (a reminder, an offer), with
/// a fresh personal link; also returns the participant and the event.
pub(crate) async fn details_for(
    conn: &impl ConnectionTrait,
    config: &Config,
    participant_id: uuid::Uuid,
    slot_id: uuid::Uuid,
    now_ms: i64,
) -> Result<(BookingDetails, participant::Model, event::Model), ServiceError> {
    let (slot, session, event) = crate::db::bookings::slot_context(conn, slot_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let participant = crate::db::bookings::participant(conn, participant_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let link = crate::services::access_links::participant_link(
        conn,
        config,
        participant.id,
        &event,
        now_ms,
    )
    .await?;
    let context = MailContext {
        config,
        slot: &slot,
        session: &session,
        event: &event,
        participant: &participant,
        manage_link: &link,
        notice: &Notice::NONE,
    };
    let texts = translations::of_event(conn, event.id).await?;
    let with = slot_partner(conn, &slot, &session, &texts).await?;
    let placement = placement_of(conn, &slot, &session).await?;
    let details = with_placement(context.details(&with, &texts)?, placement.as_ref());
    Ok((details, participant, event))
}

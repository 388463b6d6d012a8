//! Display-ready views for the people who give their time: an employer contact's page of their
//! volunteers at one event, and a volunteer's own schedule. Neither shows a participant's
//! contact details or sensitive facts; a volunteer sees only who booked their own slots.

use crate::config::Config;
use crate::db::{check_in as check_in_rows, volunteers};
use crate::domain::availability::format_windows;
use crate::domain::ids::{EmployerId, EventId, VolunteerId};
use crate::domain::link_scope::LinkScope;
use crate::domain::locale::Locale;
use crate::domain::occupations::{self, Occupation};
use crate::domain::session_draft::Format;
use crate::domain::volunteer_draft::VolunteerInput;
use crate::entities::{employer, event, volunteer};
use crate::i18n::MAIL_LANGUAGES;
use crate::i18n::dates::{self, EventClock};
use crate::i18n::request::{page_locale, set_page_locale};
use crate::services::access_links;
use crate::services::check_in::view::{Attendance, MarkOffers};
use crate::services::employer_duties::{self, Duty};
use crate::services::error::ServiceError;
use crate::services::event_place;
use crate::services::feedback::views::{self as feedback_views, FeedbackView};
use crate::services::volunteer_calendar::{schedule_of, slot_appointment};
use crate::services::volunteers::EmployerAccess;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// A volunteer as their employer's contact sees them.
pub struct VolunteerLine {
    /// For the edit and withdraw links.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Address for their schedule.
    pub email: String,
    /// Job title.
    pub job_title: String,
    /// Languages with levels.
    pub languages: String,
    /// Occupation fields, named in the contact's language.
    pub expertise: String,
    /// Occupation fields as stored (codes, or older text off the list), for the edit form.
    pub expertise_stored: Vec<String>,
    /// Availability windows, one per line, as the form takes them.
    pub availability: String,
    /// Their slots at this event: time, and whether it is booked.
    pub slots: Vec<(String, bool)>,
}

impl VolunteerLine {
    /// How many of their slots are booked.
    pub fn booked(&self) -> usize {
        self.slots.iter().filter(|(_, booked)| *booked).count()
    }
}

/// An employer contact's page for one event.
pub struct EmployerHome {
    /// The contact's name.
    pub contact_name: String,
    /// The employer.
    pub employer_name: String,
    /// Event title.
    pub event_title: String,
    /// When.
    pub when: String,
    /// Venue or video link.
    pub place: String,
    /// The hours of each interview session, so availability can be given inside them.
    pub interview_hours: Vec<String>,
    /// Everything the employer takes part in: interviews, tables, placements.
    pub duties: Vec<Duty>,
    /// Whether availability needs a date in front (the event runs over several days).
    pub needs_dates: bool,
    /// The employer's volunteers registered for this event.
    pub volunteers: Vec<VolunteerLine>,
    /// Feedback their volunteers wrote at this event (their own volunteers' only).
    pub feedback: Vec<FeedbackView>,
    /// The language of the contact's pages (the one of their mails).
    pub locale: Locale,
}

/// Loads an employer contact's page.
pub async fn employer_home(
    conn: &impl ConnectionTrait,
    access: &EmployerAccess,
) -> Result<EmployerHome, ServiceError> {
    let event = &access.event;
    // Their mails' language, with the region the browser (or the programme) gave the request.
    let locale = Locale::negotiate_among(&access.contact.locale, MAIL_LANGUAGES)
        .with_region_of(&page_locale());
    set_page_locale(&locale);
    let hours = access.hours();
    let registered = volunteers::registered(conn, event.id).await?;
    let profiles =
        crate::db::volunteer_profiles::profiles(conn, Some(access.employer.id), Some(registered))
            .await?;
    let sessions: Vec<_> = crate::db::session_fill::of_event(conn, event.id)
        .await?
        .into_iter()
        .map(|f| f.session)
        .collect();
    let slots = crate::db::slots::of_volunteers(
        conn,
        sessions.iter().map(|s| s.id).collect(),
        profiles.iter().map(|p| p.volunteer.id).collect(),
    )
    .await?;
    let windows = volunteers::availability_at(conn, event.id).await?;
    let event_clock = EventClock::new(&locale, &event.time_zone, (event.starts_at, event.ends_at))?;
    let clock = |start, end| event_clock.range(start, end).unwrap_or_default();
    let own_volunteers: Vec<_> = profiles.iter().map(|p| p.volunteer.id).collect();
    let duties = employer_duties::of_employer(
        conn,
        event,
        access.employer.id,
        &own_volunteers,
        &event_clock,
    )
    .await?;
    let volunteers = profiles
        .into_iter()
        .map(|p| VolunteerLine {
            id: p.volunteer.id,
            slots: slots
                .iter()
                .filter(|s| s.volunteer_id == Some(p.volunteer.id))
                .map(|s| (clock(s.starts_at, s.ends_at), s.booked > 0))
                .collect(),
            availability: format_windows(
                windows.get(&p.volunteer.id).map_or(&[][..], Vec::as_slice),
                &hours,
            ),
            name: p.volunteer.name,
            email: p.volunteer.email,
            job_title: p.volunteer.job_title,
            languages: p
                .languages
                .iter()
                .map(|l| format!("{} {}", l.language, l.level))
                .collect::<Vec<_>>()
                .join("; "),
            expertise: occupations::shown(&p.expertise, locale.lang()),
            expertise_stored: p.expertise,
        })
        .collect();
    Ok(EmployerHome {
        contact_name: access.contact.name.clone(),
        employer_name: access.employer.name.clone(),
        event_title: event.title.clone(),
        when: dates::range(&locale, event.starts_at, event.ends_at, &event.time_zone)?,
        place: event_place(event),
        locale,
        interview_hours: sessions
            .iter()
            .filter(|s| s.format == Format::MockInterview)
            .map(|s| format!("{}: {}", s.title, clock(s.starts_at, s.ends_at)))
            .collect(),
        needs_dates: !hours.is_one_day(),
        duties,
        volunteers,
        feedback: feedback_views::of_event(
            conn,
            EventId(event.id),
            &event.time_zone,
            Some(EmployerId(access.employer.id)),
        )
        .await?
        .given,
    })
}

/// The edit form of one of the employer's volunteers, filled with what is stored.
pub async fn volunteer_input(
    conn: &impl ConnectionTrait,
    access: &EmployerAccess,
    volunteer_id: Uuid,
) -> Result<VolunteerInput, ServiceError> {
    let home = employer_home(conn, access).await?;
    let line = home
        .volunteers
        .into_iter()
        .find(|v| v.id == volunteer_id)
        .ok_or(ServiceError::NotFound)?;
    let locale = volunteers::find(
        conn,
        EmployerId(access.employer.id),
        VolunteerId(volunteer_id),
    )
    .await?
    .map(|v| v.locale)
    .unwrap_or_default();
    Ok(VolunteerInput {
        name: line.name,
        email: line.email,
        job_title: line.job_title,
        language: locale,
        languages: line.languages,
        expertise: line.expertise_stored.join("; "),
        availability: line.availability,
        kept_expertise: line
            .expertise_stored
            .into_iter()
            .filter(|value| matches!(Occupation::read(value), Occupation::Own(_)))
            .collect(),
    })
}

/// One of a volunteer's slots on their own page.
pub struct VolunteerSlotLine {
    /// Time, in the event's zone.
    pub when: String,
    /// Session title.
    pub session_title: String,
    /// Room or table.
    pub room: String,
    /// Who booked it: name, occupation fields, languages.
    pub booked_by: Vec<String>,
    /// The same people for checking in: (booking, name, where they stand).
    pub check_in: Vec<(Uuid, String, Attendance)>,
    /// Whether the interview has started, so its feedback form is open.
    pub feedback_open: bool,
    /// Which check-in taps the clock allows now.
    pub offers: MarkOffers,
}

/// A volunteer's page for one event.
pub struct VolunteerHome {
    /// The volunteer's name.
    pub name: String,
    /// Their employer.
    pub employer_name: String,
    /// Event title.
    pub event_title: String,
    /// When, naming the zone.
    pub when: String,
    /// Venue or video link.
    pub place: String,
    /// Their slots, in time order.
    pub slots: Vec<VolunteerSlotLine>,
    /// The language of their pages.
    pub locale: Locale,
}

/// The language of a volunteer's pages: the one their mails are in (English or German), with the
/// region the browser (or the programme) gave the request; also set as the request's (for its
/// error pages).
pub fn volunteer_language(volunteer: &volunteer::Model) -> Locale {
    let locale =
        Locale::negotiate_among(&volunteer.locale, MAIL_LANGUAGES).with_region_of(&page_locale());
    set_page_locale(&locale);
    locale
}

/// Resolves a volunteer's personal link to the volunteer and their event.
pub async fn volunteer_access(
    conn: &impl ConnectionTrait,
    token: &str,
    now_ms: i64,
) -> Result<(volunteer::Model, employer::Model, event::Model), ServiceError> {
    let link = access_links::resolve(conn, token, LinkScope::Volunteer, now_ms).await?;
    let (Some(volunteer_id), Some(event_id)) = (link.volunteer_id, link.event_id) else {
        return Err(ServiceError::NotFound);
    };
    let profile = crate::db::volunteer_profiles::profiles(conn, None, Some(vec![volunteer_id]))
        .await?
        .pop()
        .ok_or(ServiceError::NotFound)?;
    let employer = crate::db::employers::by_ids(conn, vec![profile.volunteer.employer_id])
        .await?
        .remove(&profile.volunteer.employer_id)
        .ok_or(ServiceError::NotFound)?;
    let event = crate::db::events::find(conn, event_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((profile.volunteer, employer, event))
}

/// Loads a volunteer's page from their personal link.
pub async fn volunteer_home(
    conn: &impl ConnectionTrait,
    config: &Config,
    token: &str,
    now_ms: i64,
) -> Result<VolunteerHome, ServiceError> {
    let (volunteer, employer, event) = volunteer_access(conn, token, now_ms).await?;
    let locale = volunteer_language(&volunteer);
    let (sessions, slots) = schedule_of(conn, &volunteer, &event).await?;
    let mut lines = Vec::with_capacity(slots.len());
    let clock = EventClock::new(&locale, &event.time_zone, (event.starts_at, event.ends_at))?;
    for slot in &slots {
        let Some(session) = sessions.iter().find(|s| s.id == slot.session_id) else {
            continue;
        };
        let context = (slot, session, &event);
        let (_, _, booked_by) = slot_appointment(conn, config, context, &locale).await?;
        let mut check_in = Vec::new();
        for (booking, name) in check_in_rows::of_slot(conn, slot.id).await? {
            let attendance = Attendance::of(&booking, (&event.time_zone, &locale))?;
            check_in.extend(attendance.map(|a| (booking.id, name, a)));
        }
        lines.push(VolunteerSlotLine {
            when: clock.range(slot.starts_at, slot.ends_at)?,
            session_title: session.title.clone(),
            room: session.room.clone(),
            booked_by,
            check_in,
            feedback_open: slot.starts_at <= now_ms && session.format == Format::MockInterview,
            offers: MarkOffers::at(slot.starts_at, session.ends_at, now_ms),
        });
    }
    Ok(VolunteerHome {
        name: volunteer.name,
        employer_name: employer.name,
        event_title: event.title.clone(),
        when: dates::range(&locale, event.starts_at, event.ends_at, &event.time_zone)?,
        place: event_place(&event),
        slots: lines,
        locale,
    })
}

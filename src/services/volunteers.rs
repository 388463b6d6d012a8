//! Employer contacts register their volunteers for an event through their personal link: add,
//! edit, withdraw, or add many from a file. Every change re-plans the event's units in the same
//! transaction; volunteers get their schedule and calendar entries, and the bookings of slots
//! that go away are moved or waitlisted (see [`crate::services::relocation`]).

use crate::config::Config;
use crate::db::{begin_write, employers, is_constraint_violation, sessions, volunteers};
use crate::domain::actor::Actor;
use crate::domain::availability::EventHours;
use crate::domain::fields::FieldError;
use crate::domain::ids::{EmployerId, EventId, VolunteerId};
use crate::domain::link_scope::LinkScope;
use crate::domain::volunteer_draft::VolunteerDraft;
use crate::entities::{employer, employer_contact, event, volunteer};
use crate::services::error::ServiceError;
use crate::services::relocation::Relocated;
use crate::services::session_news::EditNote;
use crate::services::unit_sync::{WhenBooked, sync_units};
use crate::services::volunteer_calendar::send_schedule;
use crate::services::{access_links, events};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::HashMap;
use uuid::Uuid;

/// What an employer contact's link gives access to.
pub struct EmployerAccess {
    /// The contact person.
    pub contact: employer_contact::Model,
    /// Their employer: only its volunteers can be seen or changed.
    pub employer: employer::Model,
    /// The event the link is for.
    pub event: event::Model,
}

impl EmployerAccess {
    /// The event's zone and hours, for reading availability.
    pub fn hours(&self) -> EventHours<'_> {
        EventHours {
            zone: &self.event.time_zone,
            starts_at: self.event.starts_at,
            ends_at: self.event.ends_at,
        }
    }
}

/// Resolves an employer contact's link. Unknown tokens are `NotFound`, expired ones
/// `LinkExpired`.
pub async fn employer_access(
    conn: &impl ConnectionTrait,
    token: &str,
    now_ms: i64,
) -> Result<EmployerAccess, ServiceError> {
    let link = access_links::resolve(conn, token, LinkScope::EmployerContact, now_ms).await?;
    let (Some(contact_id), Some(event_id)) = (link.employer_contact_id, link.event_id) else {
        return Err(ServiceError::NotFound);
    };
    let (contact, employer) = employers::contact_with_employer(conn, contact_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let event = events::find(conn, event_id).await?;
    Ok(EmployerAccess {
        contact,
        employer,
        event,
    })
}

/// Whose volunteers a change is for, and who asks.
#[derive(Clone, Copy, Debug)]
pub enum Team<'a> {
    /// An employer contact, through their personal link (its token).
    Link(&'a str),
    /// A coordinator (through the API, or at check-in), for one employer invited to the event.
    Employer {
        /// The event.
        event_id: Uuid,
        /// The invited employer.
        employer_id: Uuid,
        /// Who acts (a coordinator).
        actor: Actor,
    },
}

/// The employer and event a change applies to: only this employer's volunteers are touched.
struct Scope {
    employer_id: Uuid,
    event: event::Model,
    /// Who makes the change, for the audit log of the bookings it moves.
    actor: Actor,
}

/// What a change did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Volunteers whose details or times were saved.
    pub saved: usize,
    /// Bookings of slots that went away: moved or waitlisted.
    pub relocated: Relocated,
}

/// Adds a volunteer (or updates the one with that address) or, with `volunteer_id`, changes one
/// of this employer's volunteers.
pub async fn save(
    db: &DatabaseConnection,
    config: &Config,
    team: Team<'_>,
    volunteer_id: Option<Uuid>,
    draft: &VolunteerDraft,
    now_ms: i64,
) -> Result<Outcome, ServiceError> {
    let txn = begin_write(db).await?;
    let access = editable_scope(&txn, team, now_ms).await?;
    let before = Snapshot::take(&txn, access.event.id).await?;
    let volunteer = store(&txn, &access, volunteer_id, draft, now_ms).await?;
    let relocated = replan(&txn, config, &access, now_ms).await?;
    before
        .send_news(&txn, config, &access.event, &[volunteer], now_ms)
        .await?;
    txn.commit().await?;
    Ok(Outcome {
        saved: 1,
        relocated,
    })
}

/// Adds or updates every volunteer of a checked file, in one transaction.
pub async fn import(
    db: &DatabaseConnection,
    config: &Config,
    team: Team<'_>,
    drafts: &[VolunteerDraft],
    now_ms: i64,
) -> Result<Outcome, ServiceError> {
    let txn = begin_write(db).await?;
    let access = editable_scope(&txn, team, now_ms).await?;
    let before = Snapshot::take(&txn, access.event.id).await?;
    let mut stored = Vec::with_capacity(drafts.len());
    for draft in drafts {
        stored.push(store(&txn, &access, None, draft, now_ms).await?);
    }
    let relocated = replan(&txn, config, &access, now_ms).await?;
    before
        .send_news(&txn, config, &access.event, &stored, now_ms)
        .await?;
    txn.commit().await?;
    Ok(Outcome {
        saved: drafts.len(),
        relocated,
    })
}

/// Withdraws one of this employer's volunteers from the event: their slots go away (each with a
/// calendar CANCEL) and the bookings in them are moved or waitlisted.
pub async fn withdraw(
    db: &DatabaseConnection,
    config: &Config,
    team: Team<'_>,
    volunteer_id: Uuid,
    now_ms: i64,
) -> Result<Outcome, ServiceError> {
    let txn = begin_write(db).await?;
    let relocated = withdraw_in(&txn, config, team, volunteer_id, now_ms).await?;
    txn.commit().await?;
    Ok(Outcome {
        saved: 0,
        relocated,
    })
}

/// [`withdraw`] inside the caller's transaction (an interviewer who did not come on the day).
pub async fn withdraw_in(
    conn: &impl ConnectionTrait,
    config: &Config,
    team: Team<'_>,
    volunteer_id: Uuid,
    now_ms: i64,
) -> Result<Relocated, ServiceError> {
    let access = editable_scope(conn, team, now_ms).await?;
    let volunteer = volunteers::find(
        conn,
        EmployerId(access.employer_id),
        VolunteerId(volunteer_id),
    )
    .await?
    .ok_or(ServiceError::NotFound)?;
    volunteers::withdraw(
        conn,
        EventId(access.event.id),
        VolunteerId(volunteer.id),
        now_ms,
    )
    .await?;
    replan(conn, config, &access, now_ms).await
}

/// What `team` may change, refused once the event is cancelled or over, and for an employer
/// not invited to the event.
async fn editable_scope(
    conn: &impl ConnectionTrait,
    team: Team<'_>,
    now_ms: i64,
) -> Result<Scope, ServiceError> {
    let access = match team {
        Team::Link(token) => {
            let access = employer_access(conn, token, now_ms).await?;
            Scope {
                employer_id: access.employer.id,
                event: access.event,
                actor: Actor::EmployerContact(access.contact.id),
            }
        }
        Team::Employer {
            event_id,
            employer_id,
            actor,
        } => {
            let invited = employers::of_event(conn, event_id)
                .await?
                .iter()
                .any(|(employer, _)| employer.id == employer_id);
            if !invited {
                return Err(ServiceError::NotFound);
            }
            Scope {
                employer_id,
                event: events::find(conn, event_id).await?,
                actor,
            }
        }
    };
    events::find_editable(conn, access.event.id).await?;
    if access.event.ends_at <= now_ms {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "staff-refuse-event-over",
        )));
    }
    Ok(access)
}

/// Writes one volunteer's details, registration and availability.
async fn store(
    conn: &impl ConnectionTrait,
    access: &Scope,
    volunteer_id: Option<Uuid>,
    draft: &VolunteerDraft,
    now_ms: i64,
) -> Result<volunteer::Model, ServiceError> {
    let employer_id = access.employer_id;
    let same_address = volunteers::find_by_email(conn, employer_id, draft.email.as_str()).await?;
    let target = match volunteer_id {
        Some(id) => {
            let found = volunteers::find(conn, EmployerId(employer_id), VolunteerId(id))
                .await?
                .ok_or(ServiceError::NotFound)?;
            if same_address.as_ref().is_some_and(|other| other.id != id) {
                return Err(ServiceError::Invalid(vec![FieldError::new(
                    "email",
                    "problem-volunteer-email-taken",
                )]));
            }
            Some(found.id)
        }
        None => same_address.map(|v| v.id),
    };
    let volunteer = match target {
        Some(id) => volunteers::update(conn, id, draft).await,
        None => volunteers::insert(conn, employer_id, draft, now_ms).await,
    }
    .map_err(|e| {
        if is_constraint_violation(&e) {
            ServiceError::Invalid(vec![FieldError::new(
                "email",
                "problem-volunteer-email-taken",
            )])
        } else {
            e.into()
        }
    })?;
    volunteers::register(
        conn,
        EventId(access.event.id),
        VolunteerId(volunteer.id),
        now_ms,
    )
    .await?;
    volunteers::replace_availability(
        conn,
        VolunteerId(volunteer.id),
        EventId(access.event.id),
        &draft.availability,
    )
    .await?;
    Ok(volunteer)
}

/// Re-plans every session of the event after volunteers changed; bookings moved are logged as
/// the scope's actor's doing.
async fn replan(
    conn: &impl ConnectionTrait,
    config: &Config,
    scope: &Scope,
    now_ms: i64,
) -> Result<Relocated, ServiceError> {
    let mut relocated = Relocated::default();
    let event = &scope.event;
    for session in sessions::of_event(conn, event.id).await? {
        let when_booked = (WhenBooked::Relocate, &EditNote::default());
        relocated += sync_units(
            conn,
            config,
            (&session, event),
            when_booked,
            scope.actor,
            now_ms,
        )
        .await?;
    }
    Ok(relocated)
}

/// Who was registered for the event and their slots, before a change.
struct Snapshot {
    registered: Vec<Uuid>,
    slots: HashMap<Uuid, Vec<Uuid>>,
}

impl Snapshot {
    async fn take(conn: &impl ConnectionTrait, event_id: Uuid) -> Result<Self, ServiceError> {
        Ok(Self {
            registered: volunteers::registered(conn, event_id).await?,
            slots: volunteers::slots_by_volunteer(conn, event_id).await?,
        })
    }

    /// Mails each saved volunteer their schedule with their personal link when they are new
    /// at the event or their slots changed (each slot's own invitation or CANCEL went out
    /// already).
    async fn send_news(
        &self,
        conn: &impl ConnectionTrait,
        config: &Config,
        event: &event::Model,
        saved: &[volunteer::Model],
        now_ms: i64,
    ) -> Result<(), ServiceError> {
        let after = volunteers::slots_by_volunteer(conn, event.id).await?;
        for volunteer in saved {
            let is_new = !self.registered.contains(&volunteer.id);
            if is_new || self.slots.get(&volunteer.id) != after.get(&volunteer.id) {
                send_schedule(conn, config, volunteer, event, now_ms).await?;
            }
        }
        Ok(())
    }
}

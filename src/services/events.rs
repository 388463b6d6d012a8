//! Events: created and edited by coordinators, published, closed, reopened or cancelled.
//! Cancelling an event cancels every booking and tells everyone, in one transaction.

use crate::config::Config;
use crate::db::{begin_write, events};
use crate::domain::actor::Actor;
use crate::domain::event_draft::{EventDraft, EventInput, slug};
use crate::domain::event_status::{EventStatus, StatusAction};
use crate::domain::local_time::format_local_input;
use crate::entities::event;
use crate::services::error::ServiceError;
use crate::services::event_cancellation;
use crate::services::session_news::{EditNote, slot_times, tell_new_place};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// What a page says of the event it belongs to: enough for its heading, its links and its
/// times, without the rest of the stored row.
#[derive(Clone, Debug)]
pub struct EventSummary {
    /// The event, for links.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// IANA zone its times are shown in.
    pub time_zone: String,
    /// Start, ms since the epoch.
    pub starts_at: i64,
    /// End, ms since the epoch.
    pub ends_at: i64,
}

impl From<&event::Model> for EventSummary {
    fn from(event: &event::Model) -> Self {
        Self {
            id: event.id,
            title: event.title.clone(),
            time_zone: event.time_zone.clone(),
            starts_at: event.starts_at,
            ends_at: event.ends_at,
        }
    }
}

/// An event's details as its page and the API show them (without its slug and bookkeeping).
#[derive(Clone, Debug)]
pub struct EventDetails {
    /// The event, for links.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Draft, published, closed or cancelled.
    pub status: EventStatus,
    /// What it is about.
    pub description: String,
    /// Where it happens, if in person.
    pub venue_address: Option<String>,
    /// Its video link, if online.
    pub online_url: Option<String>,
    /// Languages it is held in, comma-separated codes.
    pub languages: String,
    /// IANA zone its times are shown in.
    pub time_zone: String,
    /// Start, ms since the epoch.
    pub starts_at: i64,
    /// End, ms since the epoch.
    pub ends_at: i64,
    /// When booking opens; `None` is at publication.
    pub booking_opens_at: Option<i64>,
    /// When booking closes; `None` is at the start.
    pub booking_closes_at: Option<i64>,
}

impl From<event::Model> for EventDetails {
    fn from(event: event::Model) -> Self {
        Self {
            id: event.id,
            title: event.title,
            status: event.status,
            description: event.description,
            venue_address: event.venue_address,
            online_url: event.online_url,
            languages: event.languages,
            time_zone: event.time_zone,
            starts_at: event.starts_at,
            ends_at: event.ends_at,
            booking_opens_at: event.booking_opens_at,
            booking_closes_at: event.booking_closes_at,
        }
    }
}

/// Creates a draft event.
pub async fn create(
    db: &DatabaseConnection,
    draft: &EventDraft,
    now_ms: i64,
) -> Result<event::Model, ServiceError> {
    let suffix = Uuid::now_v7().simple().to_string();
    let slug = slug(&draft.title, &suffix[suffix.len() - 8..]);
    let txn = begin_write(db).await?;
    let event = events::insert(&txn, draft, slug, now_ms).await?;
    txn.commit().await?;
    Ok(event)
}

/// Every event, soonest first.
pub async fn list(conn: &impl ConnectionTrait) -> Result<Vec<EventDetails>, ServiceError> {
    Ok(events::all(conn)
        .await?
        .into_iter()
        .map(EventDetails::from)
        .collect())
}

/// One event's details, or "not found".
pub async fn details(conn: &impl ConnectionTrait, id: Uuid) -> Result<EventDetails, ServiceError> {
    Ok(EventDetails::from(find(conn, id).await?))
}

/// Loads an event or answers "not found".
pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<event::Model, ServiceError> {
    events::find(conn, id).await?.ok_or(ServiceError::NotFound)
}

/// Loads an event's summary or answers "not found".
pub async fn summary(conn: &impl ConnectionTrait, id: Uuid) -> Result<EventSummary, ServiceError> {
    Ok(EventSummary::from(&find(conn, id).await?))
}

/// A stored event as its edit form shows it: times in the event's zone, languages spaced.
pub async fn form_input(conn: &impl ConnectionTrait, id: Uuid) -> Result<EventInput, ServiceError> {
    let event = find(conn, id).await?;
    let local = |ms: Option<i64>| -> Result<String, ServiceError> {
        Ok(match ms {
            Some(ms) => format_local_input(ms, &event.time_zone)?,
            None => String::new(),
        })
    };
    Ok(EventInput {
        title: event.title.clone(),
        description: event.description.clone(),
        venue_address: event.venue_address.clone().unwrap_or_default(),
        online_url: event.online_url.clone().unwrap_or_default(),
        time_zone: event.time_zone.clone(),
        starts: local(Some(event.starts_at))?,
        ends: local(Some(event.ends_at))?,
        booking_opens: local(event.booking_opens_at)?,
        booking_closes: local(event.booking_closes_at)?,
        languages: event.languages.replace(',', ", "),
        note: String::new(),
    })
}

/// Loads an event that may still be changed (anything but cancelled).
pub async fn find_editable(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<event::Model, ServiceError> {
    let event = find(conn, id).await?;
    if !event.status.editable() {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-event-cancelled",
        )));
    }
    Ok(event)
}

/// Replaces an event's details (not allowed once it is cancelled). When the venue or video link
/// changes, everyone booked and every volunteer with a slot gets their calendar entry again
/// with the place as it was and as it is now, and `note`; the audit log names `actor`.
pub async fn update(
    db: &DatabaseConnection,
    config: &Config,
    (id, draft, note): (Uuid, &EventDraft, &str),
    (actor, now_ms): (Actor, i64),
) -> Result<event::Model, ServiceError> {
    let txn = begin_write(db).await?;
    let before = find_editable(&txn, id).await?;
    let event = events::update(&txn, id, draft, now_ms).await?;
    if crate::services::event_place(&before) != crate::services::event_place(&event) {
        for session in crate::db::sessions::of_event(&txn, id).await? {
            let edit = EditNote {
                note: note.trim().to_owned(),
                place_was: Some(crate::services::session_place(&before, &session)),
            };
            let times = slot_times(&txn, session.id).await?;
            let told = (&edit, &times);
            tell_new_place(&txn, config, (&event, &session), told, actor, now_ms).await?;
        }
    }
    txn.commit().await?;
    Ok(event)
}

/// Applies a status change. Cancelling cancels every booking and tells everyone the event
/// concerns, each mail with `note` (see `services::event_cancellation`). Returns the number of
/// bookings cancelled.
pub async fn change_status(
    db: &DatabaseConnection,
    config: &Config,
    (id, action, note): (Uuid, StatusAction, &str),
    actor: Actor,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let txn = begin_write(db).await?;
    let event = find(&txn, id).await?;
    let Some(next) = event.status.after(action) else {
        return Err(ServiceError::Conflict(
            crate::i18n::Message::new("coord-refuse-event-status")
                .said("status", crate::i18n::Message::new(event.status.text_id())),
        ));
    };
    events::set_status(&txn, id, next, now_ms).await?;
    let news = (crate::domain::webhook::WebhookEvent::EventStatusChanged, id);
    let data = serde_json::json!(crate::domain::webhook_news::EventStatusNews {
        status: next.as_str().to_owned(),
        was: event.status.as_str().to_owned(),
    });
    crate::db::webhooks::announce(&txn, news, data, now_ms).await?;
    let mut cancelled = 0;
    if next == EventStatus::Cancelled {
        let told = (&event, note);
        cancelled = event_cancellation::tell_everyone(&txn, config, told, actor, now_ms).await?;
    }
    txn.commit().await?;
    Ok(cancelled)
}

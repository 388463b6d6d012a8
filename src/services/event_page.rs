//! Everything a coordinator's page of one event shows, loaded in one call: the event's details
//! and status, its sessions' fill and the dashboard beyond them.

use crate::domain::event_status::EventStatus;
use crate::domain::locale::Locale;
use crate::entities::event;
use crate::services::error::ServiceError;
use crate::services::event_dashboard::{self, EventDashboard};
use crate::services::events;
use crate::services::views::{self, SessionLine};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// An event's details as its page shows them.
#[derive(Clone, Debug)]
pub struct EventDetails {
    /// The event, for links.
    pub id: Uuid,
    /// Title.
    pub title: String,
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

/// The content of an event's page.
pub struct EventOverview {
    /// The event.
    pub event: EventDetails,
    /// Where it stands (draft, published, closed, cancelled).
    pub status: EventStatus,
    /// Its sessions with their fill, times written for the page's language.
    pub sessions: Vec<SessionLine>,
    /// Fill per employer, who has not booked, mail failures.
    pub dashboard: EventDashboard,
}

/// Loads the page of event `id`, times written for `locale`.
pub async fn load(
    db: &DatabaseConnection,
    id: Uuid,
    locale: &Locale,
) -> Result<EventOverview, ServiceError> {
    let event = events::find(db, id).await?;
    let status = events::status_of(&event)?;
    let sessions = views::session_lines(db, &event, locale).await?;
    let dashboard = event_dashboard::dashboard(db, &event).await?;
    Ok(EventOverview {
        event: EventDetails::from(event),
        status,
        sessions,
        dashboard,
    })
}

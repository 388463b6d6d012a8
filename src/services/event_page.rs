//! Everything a coordinator's page of one event shows, loaded in one call: the event's details
//! and status, its sessions' fill and the dashboard beyond them.

use crate::domain::ids::EventId;
use crate::domain::locale::Locale;
use crate::services::error::ServiceError;
use crate::services::event_dashboard::{self, EventDashboard};
use crate::services::events::{self, EventDetails};
use crate::services::views::{self, SessionLine};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// The content of an event's page.
pub struct EventOverview {
    /// The event, with where it stands (draft, published, closed, cancelled).
    pub event: EventDetails,
    /// Its sessions with their fill, times written for the page's language.
    pub sessions: Vec<SessionLine>,
    /// Fill per employer, who has not booked, mail failures.
    pub dashboard: EventDashboard,
    /// Sign-ups waiting for a coordinator's answer.
    pub waiting_sign_ups: usize,
}

/// Loads the page of event `id`, times written for `locale`.
pub async fn load(
    db: &DatabaseConnection,
    id: Uuid,
    locale: &Locale,
) -> Result<EventOverview, ServiceError> {
    let event = events::find(db, id).await?;
    let sessions = views::session_lines(db, &event, locale).await?;
    let dashboard = event_dashboard::dashboard(db, &event).await?;
    let waiting = crate::db::sign_ups::awaiting_count(db, EventId(id)).await?;
    let waiting_sign_ups = usize::try_from(waiting).unwrap_or(usize::MAX);
    Ok(EventOverview {
        event: EventDetails::from(event),
        sessions,
        dashboard,
        waiting_sign_ups,
    })
}

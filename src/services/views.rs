//! Display-ready views of the coordinator's overview pages: loaded with `db/`, times formatted
//! in the event's zone.

use crate::app::error::AppError;
use crate::db::outbox;
use crate::db::overview::{self, SessionFill};
use crate::domain::time::{format_clock_range, format_range};
use crate::entities::event;
use crate::services::event_place;
use sea_orm::DatabaseConnection;

/// A line of the coordinator's dashboard: one session's fill.
pub struct SessionLine {
    /// The session, for links.
    pub id: uuid::Uuid,
    /// Session title.
    pub title: String,
    /// `mock_interview`, `speed_networking`, `placement` or `group`.
    pub format: String,
    /// `first_come` or `preferences`.
    pub booking_mode: String,
    /// When, in the event's zone.
    pub when: String,
    /// Bookable units.
    pub slots: i64,
    /// Places.
    pub capacity: i64,
    /// Places taken.
    pub booked: i64,
    /// People waiting.
    pub waitlisted: i64,
}

/// An event on the coordinator's dashboard.
pub struct EventSummary {
    /// The event, for links to its page.
    pub id: uuid::Uuid,
    /// Title.
    pub title: String,
    /// Status.
    pub status: String,
    /// When, in the event's zone.
    pub when: String,
    /// Venue or video link.
    pub place: String,
    /// Its sessions.
    pub sessions: Vec<SessionLine>,
}

/// The coordinator's dashboard.
pub struct CoordinatorHome {
    /// Events, soonest first.
    pub events: Vec<EventSummary>,
    /// Participants in the programme.
    pub participants: u64,
    /// Mails waiting to be delivered.
    pub mail_pending: i64,
    /// Mails that could not be delivered after every attempt, with their last error.
    pub mail_failures: Vec<(String, String, String)>,
}

/// When an event runs, in its zone, naming it.
pub(crate) fn when(event: &event::Model) -> String {
    format_range(event.starts_at, event.ends_at, &event.time_zone).unwrap_or_default()
}

fn session_line(fill: SessionFill, zone: &str) -> SessionLine {
    SessionLine {
        id: fill.session.id,
        when: format_clock_range(fill.session.starts_at, fill.session.ends_at, zone)
            .unwrap_or_default(),
        title: fill.session.title,
        format: fill.session.format,
        booking_mode: fill.session.booking_mode,
        slots: fill.slots,
        capacity: fill.capacity,
        booked: fill.booked,
        waitlisted: fill.waitlisted,
    }
}

/// The session lines of one event.
pub async fn session_lines(
    db: &DatabaseConnection,
    event: &event::Model,
) -> Result<Vec<SessionLine>, AppError> {
    Ok(overview::session_fill(db, event.id)
        .await?
        .into_iter()
        .map(|fill| session_line(fill, &event.time_zone))
        .collect())
}

/// Loads the coordinator's dashboard.
pub async fn coordinator_home(db: &DatabaseConnection) -> Result<CoordinatorHome, AppError> {
    let mut events = Vec::new();
    for event in overview::events(db).await? {
        let sessions = session_lines(db, &event).await?;
        events.push(EventSummary {
            id: event.id,
            title: event.title.clone(),
            status: event.status.clone(),
            when: when(&event),
            place: event_place(&event),
            sessions,
        });
    }
    let counts = outbox::count_by_status(db).await?;
    let mail_pending = counts
        .iter()
        .filter(|(status, _)| {
            status == outbox::status::PENDING || status == outbox::status::SENDING
        })
        .map(|(_, n)| n)
        .sum();
    let mail_failures = outbox::recent(db, Some(outbox::status::FAILED), 20)
        .await?
        .into_iter()
        .map(|m| (m.to_address, m.subject, m.last_error.unwrap_or_default()))
        .collect();
    Ok(CoordinatorHome {
        events,
        participants: overview::participant_count(db).await?,
        mail_pending,
        mail_failures,
    })
}

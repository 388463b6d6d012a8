//! Display-ready views of the coordinator's overview pages: loaded with `db/`, times formatted
//! in the event's zone.

use crate::db::outbox;
use crate::db::session_fill::SessionFill;
use crate::domain::delivery_status::DeliveryStatus;
use crate::domain::locale::Locale;
use crate::entities::event;
use crate::i18n::dates::{self, EventClock};
use crate::services::error::ServiceError;
use crate::services::event_place;
use sea_orm::DatabaseConnection;

/// A line of the coordinator's dashboard: one session's fill.
#[derive(Clone, Debug)]
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
    /// When it ends, ms since the epoch (the dashboard leaves events long over to the list).
    pub ends_at: i64,
    /// Its sessions.
    pub sessions: Vec<SessionLine>,
}

/// The coordinator's dashboard.
pub struct CoordinatorHome {
    /// Events not long over, soonest first.
    pub events: Vec<EventSummary>,
    /// How many events there are in all, past ones included.
    pub all_events: usize,
    /// Participants in the programme.
    pub participants: u64,
    /// Mails waiting to be delivered.
    pub mail_pending: i64,
    /// Mails that could not be delivered after every attempt, with their last error.
    pub mail_failures: Vec<(String, String, String)>,
}

/// When an event runs, in its zone, naming it, written for `locale`.
pub(crate) fn when(event: &event::Model, locale: &Locale) -> String {
    dates::range(locale, event.starts_at, event.ends_at, &event.time_zone).unwrap_or_default()
}

impl SessionLine {
    /// The text id of its format's name.
    pub fn format_id(&self) -> String {
        format!("coord-format-{}", self.format)
    }

    /// The text id of its booking mode's name.
    pub fn booking_mode_id(&self) -> String {
        format!("coord-mode-{}", self.booking_mode)
    }
}

impl EventSummary {
    /// The text id of its status.
    pub fn status_id(&self) -> String {
        format!("coord-status-{}", self.status)
    }

    /// Places taken in all its sessions.
    pub fn booked(&self) -> i64 {
        self.sessions.iter().map(|s| s.booked).sum()
    }

    /// Places in all its sessions.
    pub fn capacity(&self) -> i64 {
        self.sessions.iter().map(|s| s.capacity).sum()
    }
}

/// How long after its end an event stays on the dashboard: the days of feedback, outcomes
/// and reports that follow it.
pub const DASHBOARD_DAYS_AFTER: i64 = 14;

/// Every event with its sessions' fill, soonest first, times written for `locale`.
pub async fn event_overviews(
    db: &DatabaseConnection,
    locale: &Locale,
) -> Result<Vec<EventSummary>, ServiceError> {
    overviews_of(db, crate::db::events::all(db).await?, locale).await
}

/// `events` with their sessions' fill, times written for `locale`.
async fn overviews_of(
    db: &DatabaseConnection,
    events: Vec<event::Model>,
    locale: &Locale,
) -> Result<Vec<EventSummary>, ServiceError> {
    let mut overviews = Vec::new();
    for event in events {
        let sessions = session_lines(db, &event, locale).await?;
        overviews.push(EventSummary {
            id: event.id,
            title: event.title.clone(),
            status: event.status.as_str().to_owned(),
            when: when(&event, locale),
            place: event_place(&event),
            ends_at: event.ends_at,
            sessions,
        });
    }
    Ok(overviews)
}

fn session_line(fill: SessionFill, clock: &EventClock) -> SessionLine {
    SessionLine {
        id: fill.session.id,
        when: clock
            .range(fill.session.starts_at, fill.session.ends_at)
            .unwrap_or_default(),
        title: fill.session.title,
        format: fill.session.format.as_str().to_owned(),
        booking_mode: fill.session.booking_mode.as_str().to_owned(),
        slots: fill.slots,
        capacity: fill.capacity,
        booked: fill.booked,
        waitlisted: fill.waitlisted,
    }
}

/// The session lines of one event, times written for `locale`.
pub async fn session_lines(
    db: &DatabaseConnection,
    event: &event::Model,
    locale: &Locale,
) -> Result<Vec<SessionLine>, ServiceError> {
    let clock = EventClock::new(locale, &event.time_zone, (event.starts_at, event.ends_at))?;
    Ok(crate::db::session_fill::of_event(db, event.id)
        .await?
        .into_iter()
        .map(|fill| session_line(fill, &clock))
        .collect())
}

/// Loads the coordinator's dashboard at `now_ms`, times written for `locale`: events not
/// over, or over for less than [`DASHBOARD_DAYS_AFTER`] days.
pub async fn coordinator_home(
    db: &DatabaseConnection,
    locale: &Locale,
    now_ms: i64,
) -> Result<CoordinatorHome, ServiceError> {
    let mut current = crate::db::events::all(db).await?;
    let all_events = current.len();
    let shown_from = now_ms - DASHBOARD_DAYS_AFTER * 24 * 3_600_000;
    // Only the events shown have their sessions' fill loaded.
    current.retain(|event| event.ends_at >= shown_from);
    let events = overviews_of(db, current, locale).await?;
    let counts = outbox::count_by_status(db).await?;
    let mail_pending = counts
        .iter()
        .filter(|(status, _)| status.is_waiting())
        .map(|(_, n)| n)
        .sum();
    let mail_failures = outbox::recent(db, Some(DeliveryStatus::Failed), 20)
        .await?
        .into_iter()
        .map(|m| (m.to_address, m.subject, m.last_error.unwrap_or_default()))
        .collect();
    Ok(CoordinatorHome {
        events,
        all_events,
        participants: crate::db::participants::count(db).await?,
        mail_pending,
        mail_failures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event_status::EventStatus;
    use crate::domain::session_format::Format;

    #[test]
    fn every_status_format_and_booking_mode_has_a_name_in_english_and_german() {
        let line = |format: &str, mode: &str| SessionLine {
            id: uuid::Uuid::nil(),
            title: String::new(),
            format: format.to_owned(),
            booking_mode: mode.to_owned(),
            when: String::new(),
            slots: 0,
            capacity: 0,
            booked: 0,
            waitlisted: 0,
        };
        let mut ids = Vec::new();
        for format in Format::ALL {
            ids.push(line(format.as_str(), "first_come").format_id());
        }
        for mode in ["first_come", "preferences"] {
            ids.push(line("group", mode).booking_mode_id());
        }
        for status in [
            EventStatus::Draft,
            EventStatus::Published,
            EventStatus::Closed,
            EventStatus::Cancelled,
        ] {
            let summary = EventSummary {
                id: uuid::Uuid::nil(),
                title: String::new(),
                status: status.as_str().to_owned(),
                when: String::new(),
                place: String::new(),
                ends_at: 0,
                sessions: Vec::new(),
            };
            ids.push(summary.status_id());
        }
        for language in ["en", "de"] {
            for id in &ids {
                assert!(
                    crate::i18n::has_text(&Locale::parse(language), id),
                    "{language}: {id}"
                );
            }
        }
    }
}

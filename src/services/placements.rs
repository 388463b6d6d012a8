//! The placements page of a `placement` session: each invited employer's taster places, and the
//! employers a new one may be for.

use crate::db::employers;
use crate::services::error::ServiceError;
use crate::services::events::EventSummary;
use crate::services::sessions;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// An employer a placement can be added for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerOption {
    /// The employer.
    pub id: Uuid,
    /// Its name.
    pub name: String,
}

/// One placement as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacementLine {
    /// The placement (its unit).
    pub id: Uuid,
    /// The employer offering it (empty when that employer is no longer invited).
    pub employer: String,
    /// The taster day as labelled.
    pub label: String,
    /// Places.
    pub capacity: i32,
    /// Places taken.
    pub booked: i32,
}

/// What the page shows.
pub struct PlacementsView {
    /// The event the session belongs to.
    pub event: EventSummary,
    /// The session.
    pub session_id: Uuid,
    /// The session's title.
    pub session_title: String,
    /// The employers invited to the event, in invitation order.
    pub employers: Vec<EmployerOption>,
    /// The session's placements in time order.
    pub placements: Vec<PlacementLine>,
}

/// Loads the placements page of session `session_id`.
pub async fn view(
    db: &DatabaseConnection,
    session_id: Uuid,
) -> Result<PlacementsView, ServiceError> {
    let (session, event) = sessions::find(db, session_id).await?;
    let employers: Vec<EmployerOption> = employers::of_event(db, event.id)
        .await?
        .into_iter()
        .map(|(employer, _)| EmployerOption {
            id: employer.id,
            name: employer.name,
        })
        .collect();
    let placements = crate::db::slots::of_session(db, session.id)
        .await?
        .into_iter()
        .map(|slot| PlacementLine {
            id: slot.id,
            employer: employers
                .iter()
                .find(|e| Some(e.id) == slot.employer_id)
                .map(|e| e.name.clone())
                .unwrap_or_default(),
            label: slot.label,
            capacity: slot.capacity,
            booked: slot.booked,
        })
        .collect();
    Ok(PlacementsView {
        event: EventSummary::from(&event),
        session_id: session.id,
        session_title: session.title,
        employers,
        placements,
    })
}

/// The employers a placement in session `session_id` may be for: those invited to its event.
pub async fn invited_employers(
    db: &DatabaseConnection,
    session_id: Uuid,
) -> Result<Vec<Uuid>, ServiceError> {
    let (_, event) = sessions::find(db, session_id).await?;
    Ok(employers::of_event(db, event.id)
        .await?
        .into_iter()
        .map(|(employer, _)| employer.id)
        .collect())
}

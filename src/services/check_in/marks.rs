//! Marking a booking arrived or a no-show, and taking either back. Each is one conditional
//! update of the booking in a write transaction with its audit entry; a no-show frees the place
//! so a person on standby can have it. Two people tapping the same booking at once get the same
//! answer, and never a booking that is both arrived and a no-show.

use crate::db::audit;
use crate::db::bookings as booking_rows;
use crate::db::{begin_write, check_in};
use crate::domain::actor::Actor;
use crate::domain::booking_status::BookingStatus;
use crate::domain::ids::{BookingId, SlotId};
use crate::entities::booking;
use crate::services::bookings::slot_context;
use crate::services::error::ServiceError;
use crate::services::places;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// What the tap means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The person is here.
    Arrived,
    /// The person did not come: the place is freed.
    NoShow,
    /// Checked in by mistake.
    UndoArrival,
    /// Marked as not come, but came after all: their place back, if it is still free.
    CameLate,
}

impl Mark {
    /// Reads the form value (`arrived`, `no_show`, `undo_arrival`, `came_late`).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "arrived" => Some(Self::Arrived),
            "no_show" => Some(Self::NoShow),
            "undo_arrival" => Some(Self::UndoArrival),
            "came_late" => Some(Self::CameLate),
            _ => None,
        }
    }

    /// Whether the clock allows this mark now (a pure rule, tested below): "not come" only from
    /// the start of the person's time, since before it they may still come; "came after all"
    /// only until the session ends, since after it there is nothing left to come back to.
    /// Arrivals and taking one back are corrections, allowed at any time. `Err` holds the id of
    /// the text that says why not.
    pub fn permitted(
        self,
        slot_starts_at: i64,
        session_ends_at: i64,
        now_ms: i64,
    ) -> Result<(), &'static str> {
        match self {
            Self::NoShow if now_ms < slot_starts_at => Err("coord-refuse-not-begun"),
            Self::CameLate if now_ms >= session_ends_at => Err("coord-refuse-session-over"),
            _ => Ok(()),
        }
    }

    /// The audit log's action name.
    fn action(self) -> &'static str {
        match self {
            Self::Arrived => "booking.arrived",
            Self::NoShow => "booking.no_show",
            Self::UndoArrival => "booking.arrival_undone",
            Self::CameLate => "booking.came_late",
        }
    }
}

/// Whose bookings the person marking may touch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A coordinator: every booking of this event.
    Event(Uuid),
    /// A volunteer: the bookings of their own slots.
    Volunteer(Uuid),
}

/// What happened, for the notice on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// The participant's name.
    pub person: String,
    /// The event the booking belongs to.
    pub event_id: Uuid,
    /// What was asked.
    pub mark: Mark,
    /// The booking was in that state already (a double tap, or a colleague was quicker).
    pub already: bool,
}

/// Applies `mark` to the booking `booking_id`, if `scope` reaches it.
pub async fn mark(
    db: &DatabaseConnection,
    scope: Scope,
    actor: Actor,
    booking_id: Uuid,
    mark: Mark,
    now_ms: i64,
) -> Result<Marked, ServiceError> {
    let txn = begin_write(db).await?;
    let booking = booking_rows::find(&txn, booking_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let place = slot_context(&txn, booking.slot_id.ok_or(ServiceError::NotFound)?).await?;
    let reachable = match scope {
        Scope::Event(event_id) => place.event.id == event_id,
        Scope::Volunteer(volunteer_id) => place.slot.volunteer_id == Some(volunteer_id),
    };
    if !reachable {
        return Err(ServiceError::NotFound);
    }
    let person = booking_rows::participant(&txn, booking.participant_id)
        .await?
        .map(|p| p.name)
        .unwrap_or_default();
    mark.permitted(place.slot.starts_at, place.session.ends_at, now_ms)
        .map_err(|why| {
            ServiceError::Conflict(crate::i18n::Message::new(why).with("name", &person))
        })?;
    let changed = match mark {
        Mark::Arrived => check_in::mark_arrived(&txn, booking.id, now_ms).await?,
        Mark::NoShow => {
            places::no_show(&txn, BookingId(booking.id), SlotId(place.slot.id), now_ms).await?
        }
        Mark::UndoArrival => check_in::undo_arrival(&txn, booking.id, now_ms).await?,
        Mark::CameLate => {
            places::came_after_all(&txn, BookingId(booking.id), SlotId(place.slot.id), now_ms)
                .await
                .map_err(|e| match e {
                    ServiceError::Refused(_) => ServiceError::Conflict(
                        crate::i18n::Message::new("coord-refuse-place-given-away")
                            .with("name", &person),
                    ),
                    other => other,
                })?
        }
    };
    if !changed {
        let now = booking_rows::find(&txn, booking.id)
            .await?
            .ok_or(ServiceError::NotFound)?;
        refuse_unless_already(&now, mark, &person)?;
    } else {
        audit::booking_changed(&txn, actor, mark.action(), booking.id, now_ms).await?;
    }
    txn.commit().await?;
    Ok(Marked {
        person,
        event_id: place.event.id,
        mark,
        already: !changed,
    })
}

/// Nothing changed: fine when the booking is already where the tap wanted it, otherwise a
/// clear reason.
fn refuse_unless_already(
    booking: &booking::Model,
    mark: Mark,
    person: &str,
) -> Result<(), ServiceError> {
    let arrived = booking.arrived_at.is_some();
    let already = match (mark, booking.status) {
        (Mark::Arrived, BookingStatus::Confirmed) => arrived,
        (Mark::NoShow, BookingStatus::NoShow) => true,
        (Mark::UndoArrival, BookingStatus::Confirmed) => !arrived,
        (Mark::UndoArrival, BookingStatus::NoShow) => true,
        (Mark::CameLate, BookingStatus::Confirmed) => true,
        _ => false,
    };
    if already {
        return Ok(());
    }
    let id = match (booking.status, mark) {
        (BookingStatus::Confirmed, Mark::NoShow) => "coord-refuse-arrived-first",
        (BookingStatus::NoShow, _) => "coord-refuse-marked-no-show",
        (BookingStatus::Cancelled, _) => "coord-refuse-cancelled",
        _ => "coord-refuse-waitlisted",
    };
    Err(ServiceError::Conflict(
        crate::i18n::Message::new(id).with("name", person),
    ))
}

#[cfg(test)]
mod tests {
    use super::Mark;

    const SLOT_STARTS: i64 = 1_000;
    const SESSION_ENDS: i64 = 5_000;

    fn permitted(mark: Mark, now_ms: i64) -> Result<(), &'static str> {
        mark.permitted(SLOT_STARTS, SESSION_ENDS, now_ms)
    }

    #[test]
    fn not_come_waits_for_the_start_of_the_time() {
        assert_eq!(permitted(Mark::NoShow, 999), Err("coord-refuse-not-begun"));
        assert_eq!(permitted(Mark::NoShow, 1_000), Ok(()));
        assert_eq!(permitted(Mark::NoShow, 9_000), Ok(()));
    }

    #[test]
    fn came_after_all_lasts_until_the_session_ends() {
        assert_eq!(permitted(Mark::CameLate, 999), Ok(()));
        assert_eq!(permitted(Mark::CameLate, 4_999), Ok(()));
        assert_eq!(
            permitted(Mark::CameLate, 5_000),
            Err("coord-refuse-session-over")
        );
    }

    #[test]
    fn arrivals_and_their_undoing_are_allowed_at_any_time() {
        for now in [0, 1_000, 5_000, 9_000] {
            assert_eq!(permitted(Mark::Arrived, now), Ok(()));
            assert_eq!(permitted(Mark::UndoArrival, now), Ok(()));
        }
    }
}

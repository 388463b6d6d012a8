//! Changing and removing a taster placement. A change that people placed there would notice
//! (what the day holds, where, whom to ask, what to do) reaches each of them as an update of
//! their calendar entry with the coordinator's note; fewer places than are taken is refused.
//! Removing a placement with people placed asks what becomes of them, like a session change:
//! each moves to another placement of the session with a free place (else onto its waiting
//! list), or their place is cancelled; either way each is told, in the same transaction.

use crate::config::Config;
use crate::db::{audit, begin_write, bookings, placement_details, sessions as session_rows};
use crate::domain::actor::Actor;
use crate::domain::fields::FieldError;
use crate::domain::ids::SlotId;
use crate::domain::placement_draft::{PlacementDraft, PlacementInput};
use crate::domain::session_format::Format;
use crate::entities::{placement_detail, slot};
use crate::mail::templates::{CancelledBy, Changed, MovedBy, Notice};
use crate::services::access_links::participant_link;
use crate::services::booking_mails::booking_place;
use crate::services::bookings::{Place, cancel_with_notice_in, slot_context};
use crate::services::error::ServiceError;
use crate::services::events;
use crate::services::relocation::{Why, relocate_bookings};
use crate::services::session_news::tell_booked;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

/// What becomes of the people placed in a placement that is removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlacedPeople {
    /// Each moves to another placement of the session with a free place, else onto its
    /// waiting list.
    Move,
    /// Their places are cancelled.
    Cancel,
}

/// The placement `slot_id` of session `session_id` with its place in the event; "not found"
/// for anything else (another session's unit, a table, an interview slot).
async fn placement(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
    slot_id: Uuid,
) -> Result<(Place, Option<placement_detail::Model>), ServiceError> {
    let place = slot_context(conn, slot_id).await?;
    if place.session.id != session_id || place.session.format != Format::Placement {
        return Err(ServiceError::NotFound);
    }
    let detail = placement_details::of_slot(conn, slot_id).await?;
    Ok((place, detail))
}

/// The edit form of a placement, as stored.
pub async fn form_input(
    db: &DatabaseConnection,
    (session_id, slot_id): (Uuid, Uuid),
) -> Result<(PlacementInput, slot::Model), ServiceError> {
    let (place, detail) = placement(db, session_id, slot_id).await?;
    let detail = detail.unwrap_or(placement_detail::Model {
        slot_id,
        address: String::new(),
        contact: String::new(),
        instructions: String::new(),
    });
    let input = PlacementInput {
        employer_id: place
            .slot
            .employer_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
        capacity: place.slot.capacity.to_string(),
        description: place.slot.label.clone(),
        address: detail.address,
        contact: detail.contact,
        instructions: detail.instructions,
    };
    Ok((input, place.slot))
}

/// The name of the employer offering placement `slot` (empty when it has none).
pub async fn employer_name(
    db: &DatabaseConnection,
    slot: &slot::Model,
) -> Result<String, ServiceError> {
    let ids: Vec<Uuid> = slot.employer_id.into_iter().collect();
    Ok(crate::db::employers::by_ids(db, ids)
        .await?
        .into_values()
        .next()
        .map(|employer| employer.name)
        .unwrap_or_default())
}

/// Changes placement `slot_id` to `draft` (its employer stays), telling everyone placed there
/// what changed, with `note`. Returns how many were told.
pub async fn change(
    db: &DatabaseConnection,
    config: &Config,
    (session_id, slot_id, draft, note): (Uuid, Uuid, &PlacementDraft, &str),
    (actor, now_ms): (Actor, i64),
) -> Result<usize, ServiceError> {
    let txn = begin_write(db).await?;
    let (place, old) = placement(&txn, session_id, slot_id).await?;
    events::find_editable(&txn, place.event.id).await?;
    if draft.capacity < place.slot.booked {
        return Err(ServiceError::Invalid(vec![FieldError::with_args(
            "capacity",
            "problem-capacity-below-booked",
            vec![
                ("booked", place.slot.booked.to_string()),
                ("capacity", draft.capacity.to_string()),
            ],
        )]));
    }
    let new = placement_detail::Model {
        slot_id,
        address: draft.address.clone(),
        contact: draft.contact.clone(),
        instructions: draft.instructions.clone(),
    };
    session_rows::change_placement(&txn, slot_id, (&draft.description, draft.capacity)).await?;
    placement_details::replace(&txn, new.clone()).await?;
    let was = booking_place(&place.event, &place.session, old.as_ref());
    let now = booking_place(&place.event, &place.session, Some(&new));
    let texts = |d: Option<&placement_detail::Model>| {
        d.map(|d| (d.contact.clone(), d.instructions.clone()))
            .unwrap_or_default()
    };
    let details_changed =
        place.slot.label != draft.description || texts(old.as_ref()) != texts(Some(&new));
    let mut notice = Notice::note(note);
    let by = if was != now {
        notice.changes.push(Changed::Place { was, now });
        MovedBy::PlaceChanged
    } else if details_changed {
        MovedBy::DetailsChanged
    } else {
        txn.commit().await?;
        return Ok(0);
    };
    let logged = (actor, "booking.placement_changed");
    let told = tell_booked(&txn, config, slot_id, (by, &notice), logged, now_ms).await?;
    txn.commit().await?;
    Ok(told)
}

/// Removes placement `slot_id`; the people placed there move or lose their place as
/// `placed` says (refused without an answer when there are any), each told with `note`.
/// Returns how many people it concerned.
pub async fn remove(
    db: &DatabaseConnection,
    config: &Config,
    (session_id, slot_id): (Uuid, Uuid),
    (placed, note): (Option<PlacedPeople>, &str),
    (actor, now_ms): (Actor, i64),
) -> Result<usize, ServiceError> {
    let txn = begin_write(db).await?;
    let (place, _) = placement(&txn, session_id, slot_id).await?;
    events::find_editable(&txn, place.event.id).await?;
    let held = bookings::confirmed_in_slot(&txn, slot_id).await?;
    match (placed, held.is_empty()) {
        (_, true) => {}
        (None, false) => {
            return Err(ServiceError::Invalid(vec![FieldError::new(
                "placed",
                "problem-placement-placed",
            )]));
        }
        (Some(PlacedPeople::Move), false) => {
            let notice = Notice::note(note);
            let why = Why {
                moved: MovedBy::PlacementRemoved,
                waitlisted: CancelledBy::PlacementRemoved,
                notice: &notice,
            };
            let from = (SlotId(slot_id), &[slot_id][..]);
            relocate_bookings(&txn, config, from, why, actor, now_ms).await?;
        }
        (Some(PlacedPeople::Cancel), false) => {
            let notice = Notice::note(note);
            for booking in &held {
                let link =
                    participant_link(&txn, config, booking.participant_id, &place.event, now_ms)
                        .await?;
                let by = (CancelledBy::Coordinator, &notice);
                cancel_with_notice_in(&txn, config, booking.id, by, &link, now_ms).await?;
                audit::booking_changed(&txn, actor, "booking.cancelled_for", booking.id, now_ms)
                    .await?;
            }
        }
    }
    if session_rows::delete_unbooked(&txn, vec![slot_id]).await? == 0 {
        // An offer from the waiting list still holds a place here: nothing is removed.
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-refuse-placement-held",
        )));
    }
    crate::db::translations::delete_of(&txn, slot_id).await?;
    txn.commit().await?;
    Ok(held.len())
}

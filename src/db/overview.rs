//! Read-only queries behind the overview pages of each role.

use crate::entities::{
    booking, employer, employer_contact, event, participant, session, slot, volunteer,
    volunteer_expertise, volunteer_language,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A session with its capacity and how much of it is taken.
#[derive(Clone, Debug)]
pub struct SessionFill {
    /// The session.
    pub session: session::Model,
    /// Bookable units (slots, placements, seat pools).
    pub slots: i64,
    /// Places in all its units.
    pub capacity: i64,
    /// Places taken.
    pub booked: i64,
    /// People waiting for a place.
    pub waitlisted: i64,
}

/// A volunteer with what they offer.
#[derive(Clone, Debug)]
pub struct VolunteerProfile {
    /// The volunteer.
    pub volunteer: volunteer::Model,
    /// Languages with levels.
    pub languages: Vec<volunteer_language::Model>,
    /// Occupation fields.
    pub expertise: Vec<String>,
}

/// All events, soonest first.
pub async fn events(conn: &impl ConnectionTrait) -> Result<Vec<event::Model>, DbErr> {
    event::Entity::find()
        .order_by_asc(event::Column::StartsAt)
        .all(conn)
        .await
}

/// One event.
pub async fn event(conn: &impl ConnectionTrait, id: Uuid) -> Result<Option<event::Model>, DbErr> {
    event::Entity::find_by_id(id).one(conn).await
}

/// The sessions of an event with their fill, in time order.
pub async fn session_fill(
    conn: &impl ConnectionTrait,
    event_id: Uuid,
) -> Result<Vec<SessionFill>, DbErr> {
    let sessions = session::Entity::find()
        .filter(session::Column::EventId.eq(event_id))
        .order_by_asc(session::Column::StartsAt)
        .order_by_asc(session::Column::Title)
        .all(conn)
        .await?;
    let ids: Vec<Uuid> = sessions.iter().map(|s| s.id).collect();
    let sums: HashMap<Uuid, (i64, i64, i64)> = slot::Entity::find()
        .select_only()
        .column(slot::Column::SessionId)
        .column_as(Expr::col(slot::Column::Id).count(), "slots")
        .column_as(Expr::col(slot::Column::Capacity).sum(), "capacity")
        .column_as(Expr::col(slot::Column::Booked).sum(), "booked")
        .filter(slot::Column::SessionId.is_in(ids.clone()))
        .group_by(slot::Column::SessionId)
        .into_tuple::<(Uuid, i64, Option<i64>, Option<i64>)>()
        .all(conn)
        .await?
        .into_iter()
        .map(|(id, n, capacity, booked)| (id, (n, capacity.unwrap_or(0), booked.unwrap_or(0))))
        .collect();
    let waiting: HashMap<Uuid, i64> = booking::Entity::find()
        .select_only()
        .column(booking::Column::SessionId)
        .column_as(Expr::col(booking::Column::Id).count(), "n")
        .filter(booking::Column::SessionId.is_in(ids))
        .filter(booking::Column::Status.eq("waitlisted"))
        .group_by(booking::Column::SessionId)
        .into_tuple::<(Uuid, i64)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    Ok(sessions
        .into_iter()
        .map(|session| {
            let (slots, capacity, booked) = sums.get(&session.id).copied().unwrap_or_default();
            let waitlisted = waiting.get(&session.id).copied().unwrap_or_default();
            SessionFill {
                session,
                slots,
                capacity,
                booked,
                waitlisted,
            }
        })
        .collect())
}

/// The slots of a session, in time order.
pub async fn slots_of_session(
    conn: &impl ConnectionTrait,
    session_id: Uuid,
) -> Result<Vec<slot::Model>, DbErr> {
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .order_by_asc(slot::Column::StartsAt)
        .order_by_asc(slot::Column::Label)
        .all(conn)
        .await
}

/// The number of participants.
pub async fn participant_count(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    participant::Entity::find().count(conn).await
}

/// One participant.
pub async fn participant(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<participant::Model>, DbErr> {
    participant::Entity::find_by_id(id).one(conn).await
}

/// A participant's bookings in an event's sessions that are not cancelled.
pub async fn live_bookings(
    conn: &impl ConnectionTrait,
    participant_id: Uuid,
    session_ids: Vec<Uuid>,
) -> Result<Vec<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(participant_id))
        .filter(booking::Column::SessionId.is_in(session_ids))
        .filter(booking::Column::Status.ne("cancelled"))
        .all(conn)
        .await
}

/// One employer contact and their employer.
pub async fn employer_contact(
    conn: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<(employer_contact::Model, employer::Model)>, DbErr> {
    let Some(contact) = employer_contact::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let employer = employer::Entity::find_by_id(contact.employer_id)
        .one(conn)
        .await?;
    Ok(employer.map(|e| (contact, e)))
}

/// Employers by id, for labelling slots.
pub async fn employers(
    conn: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, employer::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = employer::Entity::find()
        .filter(employer::Column::Id.is_in(ids))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|e| (e.id, e)).collect())
}

/// Volunteers (with languages and expertise) by employer or by id.
pub async fn volunteer_profiles(
    conn: &impl ConnectionTrait,
    employer_id: Option<Uuid>,
    ids: Option<Vec<Uuid>>,
) -> Result<Vec<VolunteerProfile>, DbErr> {
    let mut query = volunteer::Entity::find().order_by_asc(volunteer::Column::Name);
    if let Some(employer_id) = employer_id {
        query = query.filter(volunteer::Column::EmployerId.eq(employer_id));
    }
    if let Some(ids) = ids {
        query = query.filter(volunteer::Column::Id.is_in(ids));
    }
    let volunteers = query.all(conn).await?;
    let ids: Vec<Uuid> = volunteers.iter().map(|v| v.id).collect();
    let mut languages: HashMap<Uuid, Vec<volunteer_language::Model>> = HashMap::new();
    for row in volunteer_language::Entity::find()
        .filter(volunteer_language::Column::VolunteerId.is_in(ids.clone()))
        .order_by_asc(volunteer_language::Column::Language)
        .all(conn)
        .await?
    {
        languages.entry(row.volunteer_id).or_default().push(row);
    }
    let mut expertise: HashMap<Uuid, Vec<String>> = HashMap::new();
    for row in volunteer_expertise::Entity::find()
        .filter(volunteer_expertise::Column::VolunteerId.is_in(ids))
        .order_by_asc(volunteer_expertise::Column::OccupationField)
        .all(conn)
        .await?
    {
        expertise
            .entry(row.volunteer_id)
            .or_default()
            .push(row.occupation_field);
    }
    Ok(volunteers
        .into_iter()
        .map(|volunteer| VolunteerProfile {
            languages: languages.remove(&volunteer.id).unwrap_or_default(),
            expertise: expertise.remove(&volunteer.id).unwrap_or_default(),
            volunteer,
        })
        .collect())
}

/// The slots of an event that belong to the given volunteers, in time order.
pub async fn slots_of_volunteers(
    conn: &impl ConnectionTrait,
    session_ids: Vec<Uuid>,
    volunteer_ids: Vec<Uuid>,
) -> Result<Vec<slot::Model>, DbErr> {
    slot::Entity::find()
        .filter(slot::Column::SessionId.is_in(session_ids))
        .filter(slot::Column::VolunteerId.is_in(volunteer_ids))
        .order_by_asc(slot::Column::StartsAt)
        .all(conn)
        .await
}

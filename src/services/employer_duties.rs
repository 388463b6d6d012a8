//! Everything an employer takes part in at one event, as their contact's page lists it: the
//! mock-interview hours their volunteers give, their table at each speed-networking session and
//! their taster-day placements, each with its time, place and how full it is.

use crate::db::{placement_details, sessions as session_rows, slots};
use crate::domain::session_format::Format;
use crate::entities::{event, session, slot};
use crate::i18n::dates::EventClock;
use crate::services::error::ServiceError;
use crate::services::session_place;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

/// One of the employer's duties at the event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duty {
    /// The text id of what kind of duty it is (interviews, a table, a placement).
    pub kind_id: &'static str,
    /// The session's title.
    pub session: String,
    /// The table's or the placement's own name (empty for interviews).
    pub what: String,
    /// When, in the event's zone.
    pub when: String,
    /// Where: the placement's address, else the session's room and the event's venue.
    pub place: String,
    /// Interviews booked, people booked for the session (tables), or people placed.
    pub booked: i64,
    /// Interviews, seats at the table each round, or places.
    pub capacity: i64,
}

/// The duties of employer `employer_id` at `event`, in time order; times written by `clock`.
pub async fn of_employer(
    conn: &impl ConnectionTrait,
    event: &event::Model,
    employer_id: Uuid,
    volunteer_ids: &[Uuid],
    clock: &EventClock,
) -> Result<Vec<Duty>, ServiceError> {
    let mut duties = Vec::new();
    for session in session_rows::of_event(conn, event.id).await? {
        let units = slots::of_session(conn, session.id).await?;
        let at = (event, &session, clock);
        match session.format {
            Format::MockInterview => {
                let own: Vec<_> = units
                    .iter()
                    .filter(|u| u.volunteer_id.is_some_and(|v| volunteer_ids.contains(&v)))
                    .collect();
                if !own.is_empty() {
                    let booked = own.iter().filter(|u| u.booked > 0).count();
                    let counts = (count(booked), count(own.len()));
                    duties.push(duty(at, "employer-duty-interviews", String::new(), counts)?);
                }
            }
            Format::SpeedNetworking => {
                duties.extend(table_duties(conn, at, &units, employer_id).await?);
            }
            Format::Placement => {
                let own: Vec<_> = units
                    .iter()
                    .filter(|u| u.employer_id == Some(employer_id))
                    .collect();
                let details =
                    placement_details::of_slots(conn, own.iter().map(|u| u.id).collect()).await?;
                for unit in own {
                    let mut line = duty(
                        at,
                        "employer-duty-placement",
                        unit.label.clone(),
                        (i64::from(unit.booked), i64::from(unit.capacity)),
                    )?;
                    line.when = clock.range(unit.starts_at, unit.ends_at)?;
                    if let Some(address) = details
                        .get(&unit.id)
                        .map(|d| d.address.trim())
                        .filter(|a| !a.is_empty())
                    {
                        line.place = address.to_owned();
                    }
                    duties.push(line);
                }
            }
            Format::Group => {}
        }
    }
    Ok(duties)
}

/// The employer's tables at a speed-networking session: the seats each has per round, beside
/// the people booked for the session (who are seated round by round by the rounds plan).
async fn table_duties(
    conn: &impl ConnectionTrait,
    at: At<'_>,
    units: &[slot::Model],
    employer_id: Uuid,
) -> Result<Vec<Duty>, ServiceError> {
    let session = at.1;
    let booked: i64 = units.iter().map(|u| i64::from(u.booked)).sum();
    session_rows::tables(conn, session.id)
        .await?
        .iter()
        .filter(|t| t.employer_id == Some(employer_id))
        .map(|table| {
            let fill = (booked, i64::from(table.seats));
            duty(at, "employer-duty-table", table.label.clone(), fill)
        })
        .collect()
}

/// Where a duty is: the event, the session and the clock its times are written by.
type At<'a> = (&'a event::Model, &'a session::Model, &'a EventClock);

/// A duty of `kind_id` at the session of `at`, for its whole time and at its place.
fn duty(
    (event, session, clock): At<'_>,
    kind_id: &'static str,
    what: String,
    (booked, capacity): (i64, i64),
) -> Result<Duty, ServiceError> {
    Ok(Duty {
        kind_id,
        session: session.title.clone(),
        what,
        when: clock.range(session.starts_at, session.ends_at)?,
        place: session_place(event, session),
        booked,
        capacity,
    })
}

impl Duty {
    /// The text id that says how full it is, with `booked` and `capacity`.
    pub fn fill_id(&self) -> &'static str {
        match self.kind_id {
            "employer-duty-interviews" => "employer-duty-interviews-fill",
            "employer-duty-table" => "employer-duty-table-fill",
            _ => "employer-duty-placement-fill",
        }
    }
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

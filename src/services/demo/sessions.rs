//! The demo event's sessions, rounds and slot rows.

use super::seed::{ZONE, at};
use crate::db::rows::insert_many;
use crate::domain::booking_mode::BookingMode;
use crate::domain::ids::{EmployerId, SessionId, VolunteerId};
use crate::domain::session_format::Format;
use crate::entities::*;
use crate::mail::templates::When;
use crate::services::error::ServiceError;
use jiff::civil::Date;
use sea_orm::ActiveValue::Set;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

/// The demo event's three sessions.
pub struct Sessions {
    /// The mock-interview session.
    pub mock_interview: Uuid,
    /// The speed-networking session.
    pub networking: Uuid,
    /// The taster-day placements.
    pub placement: Uuid,
    /// The event's time, for mails written in each reader's language.
    pub event_span: When,
}

impl Sessions {
    /// Creates the three sessions and the networking rounds.
    pub async fn create(
        txn: &DatabaseTransaction,
        event_id: Uuid,
        day: Date,
        next_day: Date,
        now_ms: i64,
    ) -> Result<Self, ServiceError> {
        let session =
            |id: Uuid, title: &str, format: Format, starts: i64, ends: i64| session::ActiveModel {
                id: Set(id),
                event_id: Set(event_id),
                title: Set(title.to_owned()),
                format: Set(format),
                booking_mode: Set(BookingMode::FirstCome),
                room: Set(String::new()),
                what_to_bring: Set(String::new()),
                starts_at: Set(starts),
                ends_at: Set(ends),
                capacity: Set(None),
                slot_minutes: Set(None),
                break_minutes: Set(0),
                rounds: Set(None),
                round_minutes: Set(None),
                changeover_minutes: Set(0),
                seats_per_table: Set(None),
                interview_language: Set(None),
                min_language_level: Set(None),
                require_occupation_match: Set(false),
                max_bookings_per_participant: Set(1),
                preferences_open_at: Set(None),
                preferences_close_at: Set(None),
                created_at: Set(now_ms),
            };
        let ids = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let mut mock = session(
            ids.0,
            "Mock interviews",
            Format::MockInterview,
            at(day, 17, 30)?,
            at(day, 19, 30)?,
        );
        mock.slot_minutes = Set(Some(30));
        mock.break_minutes = Set(10);
        mock.room = Set("Seminar rooms 1-3".to_owned());
        mock.what_to_bring = Set(
            "Your CV, printed twice, and the job advert you would like to practise for.".to_owned(),
        );
        let mut networking = session(
            ids.1,
            "Speed networking",
            Format::SpeedNetworking,
            at(day, 19, 45)?,
            at(day, 20, 45)?,
        );
        networking.rounds = Set(Some(4));
        networking.round_minutes = Set(Some(12));
        networking.changeover_minutes = Set(3);
        networking.seats_per_table = Set(Some(4));
        networking.room = Set("Saal 2".to_owned());
        let mut placement = session(
            ids.2,
            "Taster day at an employer",
            Format::Placement,
            at(next_day, 9, 0)?,
            at(next_day, 15, 0)?,
        );
        placement.booking_mode = Set(BookingMode::Preferences);
        placement.preferences_open_at = Set(Some(now_ms));
        placement.preferences_close_at = Set(Some(at(day, 12, 0)?));
        insert_many(txn, vec![mock, networking, placement]).await?;

        let rounds = (0..4)
            .map(
                |n: i32| -> Result<networking_round::ActiveModel, ServiceError> {
                    let start = at(day, 19, 45)? + i64::from(n) * 15 * 60_000;
                    Ok(networking_round::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        session_id: Set(ids.1),
                        number: Set(n + 1),
                        starts_at: Set(start),
                        ends_at: Set(start + 12 * 60_000),
                    })
                },
            )
            .collect::<Result<Vec<_>, _>>()?;
        insert_many(txn, rounds).await?;
        Ok(Self {
            mock_interview: ids.0,
            networking: ids.1,
            placement: ids.2,
            event_span: When::range(at(day, 17, 0)?, at(next_day, 15, 0)?, ZONE)?,
        })
    }
}

/// A slot row.
pub fn slot(
    session_id: SessionId,
    volunteer_id: Option<VolunteerId>,
    employer_id: Option<EmployerId>,
    label: &str,
    times: (i64, i64),
    capacity: i32,
    now_ms: i64,
) -> slot::ActiveModel {
    slot::ActiveModel {
        id: Set(Uuid::now_v7()),
        session_id: Set(session_id.0),
        volunteer_id: Set(volunteer_id.map(Uuid::from)),
        employer_id: Set(employer_id.map(Uuid::from)),
        label: Set(label.to_owned()),
        starts_at: Set(times.0),
        ends_at: Set(times.1),
        capacity: Set(capacity),
        booked: Set(0),
        created_at: Set(now_ms),
        calendar_sequence: Set(0),
    }
}

//! Writes the demo programme in one transaction.

use super::DemoSummary;
use super::choices::seed_choices;
use super::data::COORDINATOR;
use super::employers::seed_employers;
use super::participants::seed_participants;
use super::sessions::Sessions;
use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::{begin_write, coordinators, rows::insert_many};
use crate::domain::ids::{EventId, SessionId};
use crate::domain::time::zone;
use crate::entities::{event, programme};
use crate::services::access_links;
use crate::services::auth::hash_password;
use crate::services::error::ServiceError;
use crate::services::volunteer_calendar::{send_schedule, send_slot_invitations};
use jiff::civil::Date;
use sea_orm::ActiveValue::Set;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// The demo event's time zone.
pub const ZONE: &str = "Europe/Berlin";

/// Milliseconds of a local wall time on `day` in the demo's zone.
pub fn at(day: Date, hour: i8, minute: i8) -> Result<i64, ServiceError> {
    let zoned = day
        .at(hour, minute, 0, 0)
        .to_zoned(zone(ZONE)?)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    Ok(zoned.timestamp().as_millisecond())
}

/// Creates the demo programme: a coordinator, 3 employers with volunteers, an event two weeks
/// from `now_ms` with a mock-interview, a speed-networking and a placement session, 30
/// participants with personal links, and their invitation mails in the outbox.
pub async fn seed(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<DemoSummary, ServiceError> {
    let txn = begin_write(db).await?;
    let today = crate::domain::time::timestamp(now_ms)?
        .to_zoned(zone(ZONE)?)
        .date();
    let day = today
        .checked_add(jiff::Span::new().days(14))
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let next_day = day
        .tomorrow()
        .map_err(|e| ServiceError::Internal(e.to_string()))?;

    insert_many(
        &txn,
        vec![programme::ActiveModel {
            id: Set(Uuid::now_v7()),
            name: Set(config.programme_name.clone()),
            default_locale: Set("en".to_owned()),
            retention_days: Set(90),
            waitlist_offer_hours: Set(12),
            created_at: Set(now_ms),
        }],
    )
    .await?;
    let (email, password, name) = COORDINATOR;
    coordinators::insert(&txn, email, name, &hash_password(password)?, now_ms).await?;

    let event_id = Uuid::now_v7();
    // The career evening, and the taster day at an employer the day after: one two-day event.
    let (starts_at, ends_at) = (at(day, 17, 0)?, at(next_day, 15, 0)?);
    insert_many(&txn, vec![event::ActiveModel {
        id: Set(event_id),
        slug: Set(format!("career-evening-{day}")),
        title: Set("Career Evening: mock interviews and speed networking".to_owned()),
        description: Set("Practise a job interview with a professional from your field, then meet three employers.".to_owned()),
        status: Set(crate::domain::event_status::EventStatus::Published),
        time_zone: Set(ZONE.to_owned()),
        venue_address: Set(Some("Stadtbibliothek, Saal 2, Breite Straße 30, 10178 Berlin".to_owned())),
        online_url: Set(None),
        languages: Set("de,en".to_owned()),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        booking_opens_at: Set(Some(now_ms)),
        booking_closes_at: Set(Some(starts_at - 86_400_000)),
        created_at: Set(now_ms),
        updated_at: Set(now_ms),
    }])
    .await?;

    let sessions = Sessions::create(&txn, event_id, day, next_day, now_ms).await?;
    let employer_links =
        seed_employers(&txn, config, event_id, &sessions, day, now_ms, ends_at).await?;
    // Every volunteer gets their schedule, and each slot as a calendar invitation.
    let event = crate::db::events::find(&txn, event_id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut volunteer_links = Vec::new();
    for profile in crate::db::volunteer_profiles::profiles(&txn, None, None).await? {
        send_schedule(&txn, config, &profile.volunteer, &event, now_ms).await?;
        send_slot_invitations(&txn, config, &profile.volunteer, &event, now_ms).await?;
        // The same kind of link their schedule mail carries, to print.
        let token = access_links::issue(
            &txn,
            LinkSubject::Volunteer(profile.volunteer.id),
            Some(event_id),
            now_ms,
            ends_at,
        )
        .await?;
        let link = format!("{}/v/{token}", config.base_url);
        volunteer_links.push((profile.volunteer.name.clone(), link));
    }
    let participant_links =
        seed_participants(&txn, config, event_id, &sessions, now_ms, ends_at).await?;
    seed_choices(
        &txn,
        EventId(event_id),
        SessionId(sessions.placement),
        now_ms,
    )
    .await?;
    open_sign_up(&txn, event_id, now_ms).await?;
    txn.commit().await?;
    Ok(DemoSummary {
        public_page: format!("{}/events/career-evening-{day}", config.base_url),
        coordinator_email: email.to_owned(),
        coordinator_password: password.to_owned(),
        employer_links,
        volunteer_links,
        participant_links,
    })
}

/// Opens the demo event to sign-up, for job seekers (who may give only a phone number) and
/// employers, with one question of the organisers' own.
async fn open_sign_up(
    txn: &sea_orm::DatabaseTransaction,
    event_id: Uuid,
    now_ms: i64,
) -> Result<(), ServiceError> {
    let form = crate::entities::sign_up_form::Model {
        event_id,
        participants_open: true,
        whole_event: true,
        phone_allowed: true,
        approval: false,
        employers_open: true,
        updated_at: now_ms,
    };
    crate::db::sign_up_forms::save_settings(txn, form, &[]).await?;
    let question = crate::entities::sign_up_question::Model {
        id: Uuid::now_v7(),
        event_id,
        position: 1,
        kind: "yes_no".to_owned(),
        label: "Do you hold a driving licence?".to_owned(),
        choices: String::new(),
        required: false,
    };
    crate::db::sign_up_forms::add_question(txn, question).await?;
    Ok(())
}

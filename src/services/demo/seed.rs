//! Writes the demo programme in one transaction.

use super::DemoSummary;
use super::data::{COORDINATOR, EMPLOYERS, PARTICIPANTS};
use crate::app::error::AppError;
use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::{begin_write, coordinators, outbox, rows::insert_many};
use crate::domain::locale::Locale;
use crate::domain::slots::cut_slots;
use crate::domain::time::{TimeError, format_range, zone};
use crate::entities::*;
use crate::services::access_links;
use crate::services::auth::hash_password;
use crate::services::mails::{EmployerInvitationEmail, ParticipantInvitationEmail};
use jiff::civil::Date;
use sea_orm::ActiveValue::Set;
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use uuid::Uuid;

const ZONE: &str = "Europe/Berlin";

impl From<TimeError> for AppError {
    fn from(error: TimeError) -> Self {
        Self::Internal(error.to_string())
    }
}

/// Milliseconds of a local wall time on `day` in the demo's zone.
fn at(day: Date, hour: i8, minute: i8) -> Result<i64, AppError> {
    let zoned = day
        .at(hour, minute, 0, 0)
        .to_zoned(zone(ZONE)?)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(zoned.timestamp().as_millisecond())
}

/// Creates the demo programme: a coordinator, 3 employers with volunteers, an event two weeks
/// from `now_ms` with a mock-interview, a speed-networking and a placement session, 30
/// participants with personal links, and their invitation mails in the outbox.
pub async fn seed(
    db: &DatabaseConnection,
    config: &Config,
    now_ms: i64,
) -> Result<DemoSummary, AppError> {
    let txn = begin_write(db).await?;
    let today = crate::domain::time::timestamp(now_ms)?
        .to_zoned(zone(ZONE)?)
        .date();
    let day = today
        .checked_add(jiff::Span::new().days(14))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let next_day = day
        .tomorrow()
        .map_err(|e| AppError::Internal(e.to_string()))?;

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
    let (starts_at, ends_at) = (at(day, 17, 0)?, at(day, 21, 0)?);
    insert_many(&txn, vec![event::ActiveModel {
        id: Set(event_id),
        slug: Set(format!("career-evening-{day}")),
        title: Set("Career Evening: mock interviews and speed networking".to_owned()),
        description: Set("Practise a job interview with a professional from your field, then meet three employers.".to_owned()),
        status: Set("published".to_owned()),
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
    let participant_links =
        seed_participants(&txn, config, event_id, &sessions, now_ms, ends_at).await?;
    txn.commit().await?;
    Ok(DemoSummary {
        coordinator_email: email.to_owned(),
        coordinator_password: password.to_owned(),
        employer_links,
        participant_links,
    })
}

/// The demo event's three sessions.
struct Sessions {
    mock_interview: Uuid,
    networking: Uuid,
    placement: Uuid,
    event_when: String,
}

impl Sessions {
    async fn create(
        txn: &DatabaseTransaction,
        event_id: Uuid,
        day: Date,
        next_day: Date,
        now_ms: i64,
    ) -> Result<Self, AppError> {
        let session =
            |id: Uuid, title: &str, format: &str, starts: i64, ends: i64| session::ActiveModel {
                id: Set(id),
                event_id: Set(event_id),
                title: Set(title.to_owned()),
                format: Set(format.to_owned()),
                booking_mode: Set("first_come".to_owned()),
                room: Set(String::new()),
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
            "mock_interview",
            at(day, 17, 30)?,
            at(day, 19, 30)?,
        );
        mock.slot_minutes = Set(Some(30));
        mock.break_minutes = Set(10);
        mock.room = Set("Seminar rooms 1-3".to_owned());
        let mut networking = session(
            ids.1,
            "Speed networking",
            "speed_networking",
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
            "placement",
            at(next_day, 9, 0)?,
            at(next_day, 15, 0)?,
        );
        placement.booking_mode = Set("preferences".to_owned());
        placement.preferences_open_at = Set(Some(now_ms));
        placement.preferences_close_at = Set(Some(at(day, 12, 0)?));
        insert_many(txn, vec![mock, networking, placement]).await?;

        let rounds = (0..4)
            .map(
                |n: i32| -> Result<networking_round::ActiveModel, AppError> {
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
            event_when: format_range(at(day, 17, 0)?, at(day, 21, 0)?, ZONE)?,
        })
    }
}

fn slot(
    session_id: Uuid,
    volunteer_id: Option<Uuid>,
    employer_id: Option<Uuid>,
    label: &str,
    times: (i64, i64),
    capacity: i32,
    now_ms: i64,
) -> slot::ActiveModel {
    slot::ActiveModel {
        id: Set(Uuid::now_v7()),
        session_id: Set(session_id),
        volunteer_id: Set(volunteer_id),
        employer_id: Set(employer_id),
        label: Set(label.to_owned()),
        starts_at: Set(times.0),
        ends_at: Set(times.1),
        capacity: Set(capacity),
        booked: Set(0),
        created_at: Set(now_ms),
    }
}

#[allow(clippy::too_many_arguments)]
async fn seed_employers(
    txn: &DatabaseTransaction,
    config: &Config,
    event_id: Uuid,
    sessions: &Sessions,
    day: Date,
    now_ms: i64,
    link_expiry: i64,
) -> Result<Vec<(String, String)>, AppError> {
    let mut links = Vec::new();
    let next_day = day
        .tomorrow()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let interview_slots = cut_slots(day.at(17, 30, 0, 0), day.at(19, 30, 0, 0), ZONE, 30, 10)?;
    for (table, demo) in EMPLOYERS.iter().enumerate() {
        let employer_id = Uuid::now_v7();
        let contact_id = Uuid::now_v7();
        insert_many(
            txn,
            vec![employer::ActiveModel {
                id: Set(employer_id),
                name: Set(demo.name.to_owned()),
                website: Set(None),
                created_at: Set(now_ms),
            }],
        )
        .await?;
        insert_many(
            txn,
            vec![employer_contact::ActiveModel {
                id: Set(contact_id),
                employer_id: Set(employer_id),
                name: Set(demo.contact.0.to_owned()),
                email: Set(demo.contact.1.to_owned()),
                locale: Set("de".to_owned()),
                created_at: Set(now_ms),
            }],
        )
        .await?;
        insert_many(
            txn,
            vec![event_employer::ActiveModel {
                event_id: Set(event_id),
                employer_id: Set(employer_id),
                invited_at: Set(now_ms),
            }],
        )
        .await?;

        let (mut volunteers, mut languages, mut expertise, mut availability, mut slots) =
            (vec![], vec![], vec![], vec![], vec![]);
        for v in demo.volunteers {
            let volunteer_id = Uuid::now_v7();
            volunteers.push(volunteer::ActiveModel {
                id: Set(volunteer_id),
                employer_id: Set(employer_id),
                name: Set(v.name.to_owned()),
                email: Set(v.email.to_owned()),
                job_title: Set(v.job_title.to_owned()),
                locale: Set("de".to_owned()),
                withdrawn_at: Set(None),
                created_at: Set(now_ms),
            });
            languages.extend(v.languages.iter().map(|(language, level)| {
                volunteer_language::ActiveModel {
                    volunteer_id: Set(volunteer_id),
                    language: Set((*language).to_owned()),
                    level: Set((*level).to_owned()),
                }
            }));
            expertise.extend(
                v.expertise
                    .iter()
                    .map(|field| volunteer_expertise::ActiveModel {
                        volunteer_id: Set(volunteer_id),
                        occupation_field: Set((*field).to_owned()),
                    }),
            );
            availability.push(volunteer_availability::ActiveModel {
                id: Set(Uuid::now_v7()),
                volunteer_id: Set(volunteer_id),
                event_id: Set(event_id),
                starts_at: Set(at(day, 17, 30)?),
                ends_at: Set(at(day, 19, 30)?),
            });
            slots.extend(interview_slots.iter().map(|t| {
                slot(
                    sessions.mock_interview,
                    Some(volunteer_id),
                    Some(employer_id),
                    "",
                    (t.starts_at, t.ends_at),
                    1,
                    now_ms,
                )
            }));
        }
        insert_many(txn, volunteers).await?;
        insert_many(txn, languages).await?;
        insert_many(txn, expertise).await?;
        insert_many(txn, availability).await?;
        slots.push(slot(
            sessions.placement,
            None,
            Some(employer_id),
            "",
            (at(next_day, 9, 0)?, at(next_day, 15, 0)?),
            2,
            now_ms,
        ));
        insert_many(txn, slots).await?;
        insert_many(
            txn,
            vec![networking_table::ActiveModel {
                id: Set(Uuid::now_v7()),
                session_id: Set(sessions.networking),
                employer_id: Set(Some(employer_id)),
                volunteer_id: Set(None),
                label: Set(format!("Table {}", table + 1)),
                seats: Set(4),
            }],
        )
        .await?;

        let token = access_links::issue(
            txn,
            LinkSubject::EmployerContact(contact_id),
            Some(event_id),
            now_ms,
            link_expiry,
        )
        .await?;
        let link = format!("{}/e/{token}", config.base_url);
        let mail = EmployerInvitationEmail {
            locale: Locale::parse("en"),
            programme: config.programme_name.clone(),
            name: demo.contact.0.to_owned(),
            employer: demo.name.to_owned(),
            event_title: "Career Evening: mock interviews and speed networking".to_owned(),
            when: sessions.event_when.clone(),
            link: link.clone(),
        };
        outbox::enqueue(
            txn,
            mail.render()?
                .to_outbox("employer_invitation", demo.contact.1, demo.contact.0, None),
            config.mail_domain(),
            now_ms,
        )
        .await?;
        links.push((demo.name.to_owned(), link));
    }
    // One pool of seats for the networking session: 3 tables of 4 seats.
    insert_many(
        txn,
        vec![slot(
            sessions.networking,
            None,
            None,
            "Networking seats",
            (at(day, 19, 45)?, at(day, 20, 45)?),
            12,
            now_ms,
        )],
    )
    .await?;
    Ok(links)
}

async fn seed_participants(
    txn: &DatabaseTransaction,
    config: &Config,
    event_id: Uuid,
    sessions: &Sessions,
    now_ms: i64,
    link_expiry: i64,
) -> Result<Vec<(String, String)>, AppError> {
    let mut links = Vec::new();
    for (n, (name, locale, languages, fields, needs)) in PARTICIPANTS.iter().enumerate() {
        let participant_id = Uuid::now_v7();
        let email = format!("participant{:02}@demo.fairplan.test", n + 1);
        insert_many(
            txn,
            vec![participant::ActiveModel {
                id: Set(participant_id),
                email: Set(email.clone()),
                name: Set((*name).to_owned()),
                locale: Set((*locale).to_owned()),
                time_zone: Set(None),
                needs: Set((*needs).to_owned()),
                keep_after_event: Set(false),
                anonymised_at: Set(None),
                created_at: Set(now_ms),
            }],
        )
        .await?;
        insert_many(
            txn,
            languages
                .iter()
                .map(|(language, level)| participant_language::ActiveModel {
                    participant_id: Set(participant_id),
                    language: Set((*language).to_owned()),
                    level: Set((*level).to_owned()),
                })
                .collect(),
        )
        .await?;
        insert_many(
            txn,
            fields
                .iter()
                .map(|field| participant_occupation::ActiveModel {
                    participant_id: Set(participant_id),
                    occupation_field: Set((*field).to_owned()),
                })
                .collect(),
        )
        .await?;
        let token = access_links::issue(
            txn,
            LinkSubject::Participant(participant_id),
            Some(event_id),
            now_ms,
            link_expiry,
        )
        .await?;
        let link = format!("{}/p/{token}", config.base_url);
        let mail = ParticipantInvitationEmail {
            locale: Locale::parse(locale),
            programme: config.programme_name.clone(),
            name: (*name).to_owned(),
            event_title: "Career Evening: mock interviews and speed networking".to_owned(),
            when: sessions.event_when.clone(),
            place: "Stadtbibliothek, Saal 2, Breite Straße 30, 10178 Berlin".to_owned(),
            link: link.clone(),
        };
        outbox::enqueue(
            txn,
            mail.render()?
                .to_outbox("participant_invitation", &email, name, Some(participant_id)),
            config.mail_domain(),
            now_ms,
        )
        .await?;
        links.push(((*name).to_owned(), link));
    }
    Ok(links)
}

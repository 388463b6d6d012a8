//! The demo's employers, their contacts, volunteers, availability, slots and invitations.

use super::data::EMPLOYERS;
use super::seed::{ZONE, at};
use super::sessions::{Sessions, slot};
use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::{outbox, rows::insert_many};
use crate::domain::ids::{EmployerId, SessionId, VolunteerId};
use crate::domain::mail_kind::MailKind;
use crate::domain::slots::cut_slots;
use crate::entities::*;
use crate::mail::templates::{EmployerInvitationEmail, MailHead};
use crate::services::access_links;
use crate::services::error::ServiceError;
use jiff::civil::Date;
use sea_orm::ActiveValue::Set;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

#[allow(clippy::too_many_arguments)]
/// The demo's employer contacts read German (the firms are in Berlin).
const CONTACT_LANGUAGE: &str = "de";

/// Creates the employers and mails each contact their personal link; returns (employer, link).
pub async fn seed_employers(
    txn: &DatabaseTransaction,
    config: &Config,
    event_id: Uuid,
    sessions: &Sessions,
    day: Date,
    now_ms: i64,
    link_expiry: i64,
) -> Result<Vec<(String, String)>, ServiceError> {
    let mut links = Vec::new();
    let next_day = day
        .tomorrow()
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
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
                offer: Set(None),
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
                locale: Set(CONTACT_LANGUAGE.to_owned()),
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
        let mut registrations = vec![];
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
                    level: Set(*level),
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
            registrations.push(event_volunteer::ActiveModel {
                event_id: Set(event_id),
                volunteer_id: Set(volunteer_id),
                added_at: Set(now_ms),
                withdrawn_at: Set(None),
            });
            availability.push(volunteer_availability::ActiveModel {
                id: Set(Uuid::now_v7()),
                volunteer_id: Set(volunteer_id),
                event_id: Set(event_id),
                starts_at: Set(at(day, 17, 30)?),
                ends_at: Set(at(day, 19, 30)?),
            });
            slots.extend(interview_slots.iter().map(|t| {
                slot(
                    SessionId(sessions.mock_interview),
                    Some(VolunteerId(volunteer_id)),
                    Some(EmployerId(employer_id)),
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
        insert_many(txn, registrations).await?;
        insert_many(txn, availability).await?;
        slots.push(slot(
            SessionId(sessions.placement),
            None,
            Some(EmployerId(employer_id)),
            demo.placement,
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
            head: MailHead::new(config, CONTACT_LANGUAGE),
            name: demo.contact.0.to_owned(),
            employer: demo.name.to_owned(),
            event_title: "Career Evening: mock interviews and speed networking".to_owned(),
            when: sessions.event_span.clone(),
            link: link.clone(),
        };
        outbox::enqueue(
            txn,
            mail.render()?.to_outbox(
                MailKind::EmployerInvitation,
                demo.contact.1,
                demo.contact.0,
                None,
            ),
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
            SessionId(sessions.networking),
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

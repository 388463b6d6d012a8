//! The demo's thirty participants, their personal links and invitation mails.

use super::data::PARTICIPANTS;
use super::sessions::Sessions;
use crate::config::Config;
use crate::db::access_links::LinkSubject;
use crate::db::{outbox, rows::insert_many};
use crate::domain::mail_kind::MailKind;
use crate::entities::*;
use crate::mail::templates::{MailHead, ParticipantInvitationEmail};
use crate::services::access_links;
use crate::services::error::ServiceError;
use sea_orm::ActiveValue::Set;
use sea_orm::DatabaseTransaction;
use uuid::Uuid;

/// Creates the participants and mails each their personal link; returns (name, link).
pub async fn seed_participants(
    txn: &DatabaseTransaction,
    config: &Config,
    event_id: Uuid,
    sessions: &Sessions,
    now_ms: i64,
    link_expiry: i64,
) -> Result<Vec<(String, String)>, ServiceError> {
    let mut links = Vec::new();
    for (n, (name, locale, languages, fields, needs)) in PARTICIPANTS.iter().enumerate() {
        let participant_id = Uuid::now_v7();
        let email = format!("participant{:02}@demo.fairplan.test", n + 1);
        let person = participant::Model {
            id: participant_id,
            email: Some(email.clone()),
            phone: None,
            name: (*name).to_owned(),
            locale: (*locale).to_owned(),
            // As if they gave their language when they registered: their pages and mails are in
            // it (where Fairplan speaks it), whatever the browser of whoever tries the demo.
            language_chosen: true,
            time_zone: None,
            needs: (*needs).to_owned(),
            keep_after_event: false,
            anonymised_at: None,
            created_at: now_ms,
        };
        insert_many(txn, vec![participant::ActiveModel::from(person.clone())]).await?;
        insert_many(
            txn,
            languages
                .iter()
                .map(|(language, level)| participant_language::ActiveModel {
                    participant_id: Set(participant_id),
                    language: Set((*language).to_owned()),
                    level: Set(*level),
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
        // On the event's list, invited now (the mail below is the invitation).
        insert_many(
            txn,
            vec![event_participant::ActiveModel {
                event_id: Set(event_id),
                participant_id: Set(participant_id),
                added_at: Set(now_ms),
                invited_at: Set(Some(now_ms)),
                check_in_code: Set(Some(crate::db::participants::fresh_check_in_code()?)),
            }],
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
            head: MailHead::for_participant(config, &person),
            name: (*name).to_owned(),
            event_title: "Career Evening: mock interviews and speed networking"
                .to_owned()
                .into(),
            when: sessions.event_span.clone(),
            place: "Stadtbibliothek, Saal 2, Breite Straße 30, 10178 Berlin".to_owned(),
            link: link.clone(),
        };
        outbox::enqueue(
            txn,
            mail.render()?.to_outbox(
                MailKind::ParticipantInvitation,
                &email,
                name,
                Some(participant_id),
            ),
            config.mail_domain(),
            now_ms,
        )
        .await?;
        links.push(((*name).to_owned(), link));
    }
    Ok(links)
}

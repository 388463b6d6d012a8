//! Mails each seated participant their way through the rounds, in their language, with their
//! personal link; all mails are written to the outbox in one transaction.

use super::view::load;
use crate::config::Config;
use crate::db::{begin_write, bookings as booking_rows, outbox};
use crate::domain::local_text::TextField;
use crate::domain::mail_kind::MailKind;
use crate::mail::templates::{MailHead, NetworkingPlanEmail, PlanStop};
use crate::services::access_links::participant_link;
use crate::services::error::ServiceError;
use crate::services::session_place;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// Mails the stored plan of `session_id` to everyone with a table in it; returns how many.
pub async fn mail_plans(
    db: &DatabaseConnection,
    config: &Config,
    session_id: Uuid,
    now_ms: i64,
) -> Result<usize, ServiceError> {
    let (session, event) = crate::services::sessions::find(db, session_id).await?;
    let plan = load(db, session, &event).await?;
    if !plan.is_planned() {
        return Err(ServiceError::Conflict(crate::i18n::Message::new(
            "coord-rotation-plan-first",
        )));
    }
    let place = session_place(&event, &plan.session);
    let txn = begin_write(db).await?;
    let mut sent = 0;
    let texts = crate::db::translations::of_event(&txn, event.id).await?;
    let session_title = texts.text(
        plan.session.id,
        TextField::SessionTitle,
        &plan.session.title,
    );
    let event_title = texts.text(event.id, TextField::EventTitle, &event.title);
    for itinerary in plan.itineraries.iter().filter(|i| i.meetings() > 0) {
        let Some(participant) = booking_rows::participant(&txn, itinerary.participant_id).await?
        else {
            continue;
        };
        let link = participant_link(&txn, config, participant.id, &event, now_ms).await?;
        let mail = NetworkingPlanEmail {
            head: MailHead::for_participant(config, &participant),
            name: participant.name.clone(),
            session_title: session_title.clone(),
            event_title: event_title.clone(),
            place: place.clone(),
            stops: itinerary
                .stops
                .iter()
                .filter(|s| !s.table.is_empty())
                .map(|s| PlanStop {
                    round: s.number.to_string(),
                    when: s.when.clone(),
                    table: s.table.clone(),
                    employer: s.employer.clone(),
                })
                .collect(),
            link,
        }
        .render()?
        .to_outbox(
            MailKind::NetworkingPlan,
            participant.mail_address(),
            &participant.name,
            Some(participant.id),
        );
        outbox::enqueue(&txn, mail, config.mail_domain(), now_ms).await?;
        sent += 1;
    }
    txn.commit().await?;
    Ok(sent)
}

//! Cancelling an event reaches everyone it concerns, once each, with the coordinator's note:
//! booked participants (the booking's CANCEL), people on a waiting list, invited people with
//! neither, every volunteer (one mail listing their slots, and each slot's own CANCEL saying
//! why) and every employer contact (naming their volunteers who were told).

use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, first_slot};
use crate::support::smtp::ReceivedMail;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SessionId};
use fairplan::entities::*;
use icalendar::Component;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeMap, BTreeSet};

const NOTE: &str = "The hall is flooded. We will write to you with a new date.";

fn text_of(mail: &ReceivedMail) -> String {
    mail.part("text/plain").unwrap().replace("\r\n", "\n")
}

/// Every address of a participant invited to the event.
async fn invited_addresses(app: &TestApp, event_id: uuid::Uuid) -> BTreeSet<String> {
    let invited: Vec<uuid::Uuid> = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(event_id))
        .filter(event_participant::Column::InvitedAt.is_not_null())
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.participant_id)
        .collect();
    participant::Entity::find()
        .filter(participant::Column::Id.is_in(invited))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|p| p.email)
        .collect()
}

#[tokio::test]
async fn cancelling_an_event_tells_everyone_it_concerns_once_with_the_note() {
    let mut app = TestApp::spawn().await;
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    let booked = demo_person(&app, 1).await;
    let waiting = demo_person(&app, 2).await;
    book(&app, booked.id, first_slot(&app, session.id).await.id).await;
    fairplan::db::bookings::insert_waitlisted(
        &app.db,
        SessionId(session.id),
        ParticipantId(waiting.id),
        now_ms(),
        app.config.mail_domain(),
        now_ms(),
    )
    .await
    .unwrap();
    app.drain_outbox().await;
    let event_id = session.event_id;
    let invited = invited_addresses(&app, event_id).await;
    assert!(
        invited.len() > 2,
        "the demo invites more people than it books"
    );
    let volunteer_slots: BTreeMap<uuid::Uuid, Vec<slot::Model>> = {
        let mut by_volunteer = BTreeMap::<uuid::Uuid, Vec<slot::Model>>::new();
        for slot in slot::Entity::find()
            .filter(slot::Column::VolunteerId.is_not_null())
            .all(&app.db)
            .await
            .unwrap()
        {
            by_volunteer
                .entry(slot.volunteer_id.unwrap())
                .or_default()
                .push(slot);
        }
        by_volunteer
    };
    assert!(volunteer_slots.values().any(|s| s.len() > 1));
    let contacts: Vec<employer_contact::Model> =
        employer_contact::Entity::find().all(&app.db).await.unwrap();
    let received_before = app.smtp.received().len();

    let url = format!("/coordinator/events/{event_id}/status");
    let cancelled = app
        .post_form(
            &url,
            &[
                ("csrf", &csrf),
                ("action", "cancel"),
                ("confirm", "yes"),
                ("note", NOTE),
            ],
        )
        .await;
    assert_eq!(
        cancelled.status,
        StatusCode::SEE_OTHER,
        "{}",
        cancelled.body
    );
    app.drain_outbox().await;
    let mails: Vec<ReceivedMail> = app
        .smtp
        .received()
        .into_iter()
        .skip(received_before)
        .collect();
    let mut count_per_address = BTreeMap::<String, usize>::new();
    for mail in &mails {
        for to in &mail.to {
            *count_per_address.entry(to.clone()).or_default() += 1;
        }
        assert!(text_of(mail).contains(NOTE), "every mail carries the note");
    }

    // Participants: each invited person exactly once (booked, waiting or neither).
    for address in &invited {
        assert_eq!(count_per_address.get(address), Some(&1), "{address}");
    }
    let booked_mail = app.last_mail_to(booked.mail_address()).unwrap();
    assert!(
        booked_mail
            .part("text/calendar")
            .unwrap()
            .contains("METHOD:CANCEL")
    );
    let waiting_text = text_of(&app.last_mail_to(waiting.mail_address()).unwrap());
    assert!(waiting_text.contains("cancelled"), "{waiting_text}");
    let other = invited
        .iter()
        .find(|a| *a != booked.mail_address() && *a != waiting.mail_address())
        .unwrap();
    let other_text = text_of(&app.last_mail_to(other).unwrap());
    assert!(
        other_text.contains("You had no booking there, so nothing else changes for you."),
        "{other_text}"
    );
    assert!(
        other_text.contains("/p/"),
        "their page shows the cancellation"
    );

    // Volunteers: one mail listing their slots, and each slot's own CANCEL (one entry, its
    // SEQUENCE raised) saying the event is cancelled.
    for (volunteer_id, slots) in &volunteer_slots {
        let volunteer = volunteer::Entity::find_by_id(*volunteer_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let theirs: Vec<&ReceivedMail> = mails
            .iter()
            .filter(|m| m.to.contains(&volunteer.email))
            .collect();
        assert_eq!(theirs.len(), 1 + slots.len(), "{}", volunteer.email);
        let overview: Vec<&&ReceivedMail> = theirs
            .iter()
            .filter(|m| m.part("text/calendar").is_none())
            .collect();
        assert_eq!(overview.len(), 1, "one mail without a calendar part");
        let text = text_of(overview[0]);
        assert!(text.contains("Your cancelled slots:"), "{text}");
        assert!(text.contains("a separate message for each slot"), "{text}");
        for slot in slots {
            let uid = format!("UID:slot-{}@", slot.id.simple());
            let cancel = theirs
                .iter()
                .find(|m| {
                    m.part("text/calendar")
                        .is_some_and(|ics| icalendar::parser::unfold(&ics).contains(&uid))
                })
                .expect("a CANCEL per slot");
            let calendar: icalendar::Calendar =
                cancel.part("text/calendar").unwrap().parse().unwrap();
            assert_eq!(calendar.property_value("METHOD"), Some("CANCEL"));
            let entries: Vec<&icalendar::Event> = calendar
                .components
                .iter()
                .filter_map(|c| c.as_event())
                .collect();
            assert_eq!(entries.len(), 1, "one entry per message");
            assert_eq!(entries[0].property_value("STATUS"), Some("CANCELLED"));
            assert_eq!(
                entries[0].property_value("SEQUENCE"),
                Some((slot.calendar_sequence + 1).to_string().as_str())
            );
            let words = text_of(cancel);
            assert!(
                words.contains("cancelled because the organisers have cancelled the whole event"),
                "{words}"
            );
            assert!(!words.contains("updates this slot"), "{words}");
            crate::support::corpus::keep("change-volunteer-cancelled-CANCEL-n1", cancel);
        }
    }

    // Employer contacts: one mail each, naming their volunteers who were told.
    assert!(!contacts.is_empty());
    for contact in &contacts {
        assert_eq!(
            count_per_address.get(&contact.email),
            Some(&1),
            "{}",
            contact.email
        );
        let text = text_of(&app.last_mail_to(&contact.email).unwrap());
        let theirs = volunteer::Entity::find()
            .filter(volunteer::Column::EmployerId.eq(contact.employer_id))
            .all(&app.db)
            .await
            .unwrap();
        for volunteer in theirs
            .iter()
            .filter(|v| volunteer_slots.contains_key(&v.id))
        {
            assert!(text.contains(&volunteer.name), "{text}");
        }
    }

    // Nobody else was written to.
    let expected: BTreeSet<String> = invited
        .iter()
        .cloned()
        .chain(contacts.iter().map(|c| c.email.clone()))
        .collect();
    let volunteers_told = volunteer_slots.len();
    assert_eq!(count_per_address.len(), expected.len() + volunteers_told);
    for (volunteer_id, slots) in &volunteer_slots {
        let volunteer = volunteer::Entity::find_by_id(*volunteer_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            count_per_address.get(&volunteer.email),
            Some(&(1 + slots.len()))
        );
    }
}

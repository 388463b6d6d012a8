//! A volunteer's calendar follows each of their slots: scheduled, booked, freed.

use crate::booking_mails::{Fixture, calendar_of, fixture, sequence_of};
use crate::support::smtp::ReceivedMail;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::mail::templates::CancelledBy;
use fairplan::services::bookings;
use icalendar::{Component, EventLike};
use sea_orm::EntityTrait;

#[tokio::test]
async fn the_volunteers_calendar_follows_their_slot_with_one_uid_per_slot() {
    let fixture = fixture().await;
    let Fixture {
        app,
        amira,
        slots,
        link,
        ..
    } = &fixture;
    let slot = &slots[0];
    let volunteer = fairplan::entities::volunteer::Entity::find_by_id(slot.volunteer_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let now = now_ms();
    let booking = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(slot.id),
        link,
        now - 1_000,
    )
    .await
    .unwrap();
    bookings::cancel(
        &app.db,
        &app.config,
        booking.id,
        CancelledBy::Participant,
        link,
        now,
    )
    .await
    .unwrap();
    app.drain_outbox().await;

    // The slot's whole life in the volunteer's calendar: scheduled (the demo sent the schedule),
    // booked, freed; one UID, SEQUENCE 0, 1, 2.
    let uid = format!("slot-{}@fairplan.test", slot.id.simple());
    let mut mails: Vec<ReceivedMail> = app
        .smtp
        .received()
        .into_iter()
        .filter(|m| m.to == [volunteer.email.clone()])
        .filter(|m| {
            m.part("text/calendar")
                .is_some_and(|ics| ics.contains(&uid))
        })
        .collect();
    assert_eq!(mails.len(), 3, "scheduled, booked, freed");
    mails.sort_by_key(sequence_of);
    let events: Vec<(u32, String)> = mails
        .iter()
        .map(|m| {
            let (method, calendar) = calendar_of(m);
            assert_eq!(
                method, "REQUEST",
                "a freed slot stays in the volunteer's calendar"
            );
            let event = calendar
                .components
                .iter()
                .find_map(|c| c.as_event())
                .unwrap()
                .clone();
            assert_eq!(event.get_uid(), Some(uid.as_str()), "one UID per slot");
            (
                event.get_sequence().unwrap(),
                event.get_summary().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(events.iter().map(|e| e.0).collect::<Vec<_>>(), [0, 1, 2]);
    // The interviewer is told the room as well as the venue, in the entry and in the mail.
    for mail in &mails {
        let (_, calendar) = calendar_of(mail);
        let event = calendar
            .components
            .iter()
            .find_map(|c| c.as_event())
            .unwrap();
        let location = event.get_location().unwrap_or_default();
        assert!(location.starts_with("Seminar rooms 1-3, "), "{location}");
        assert!(
            mail.part("text/plain")
                .unwrap()
                .contains("Seminar rooms 1-3")
        );
    }
    let schedule = app
        .smtp
        .received()
        .into_iter()
        .filter(|m| m.to == [volunteer.email.clone()])
        .find(|m| m.part("text/calendar").is_none())
        .expect("the demo's schedule mail");
    let lines = schedule.part("text/plain").unwrap();
    assert!(
        lines.contains("Mock interviews, Seminar rooms 1-3 ("),
        "{lines}"
    );
    assert_eq!(
        events[0].1, "Mock interviews (frei)",
        "in the volunteer's language"
    );
    assert_eq!(events[1].1, "Mock interviews mit Amira Haddad");
    assert_eq!(events[2].1, "Mock interviews (frei)");
    let mails = &mails[1..];

    let booked_text = mails[0].part("text/plain").unwrap();
    assert!(
        booked_text.contains(
            "Amira Haddad (Akademische und verwandte Gesundheitsberufe; ar C2, de B1, en B2)"
        ),
        "{booked_text}"
    );
    assert!(
        !booked_text.contains(amira.mail_address()),
        "volunteers never see a participant's address"
    );
    // The demo's volunteers read German: their mails lead with German, then the programme's English.
    let subject = mails[1].header("Subject").unwrap();
    assert!(
        subject.starts_with("Wieder frei: Mock interviews")
            && subject.contains(" / Free again: Mock interviews"),
        "{subject}"
    );
}

//! A coordinator's change reaches everyone it concerns: a session moved to another time and
//! room, an interview session moved to another room, or an event moved to another venue sends
//! each booked participant and each volunteer their calendar entry again (same UID, higher
//! SEQUENCE) with a mail naming the old and new values and the coordinator's note.

use crate::coordinator_sessions::{employer_with_volunteer, event_on, session_form, slots_of};
use crate::support::TestApp;
use crate::support::smtp::ReceivedMail;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::*;
use sea_orm::EntityTrait;
use uuid::Uuid;

const NOTE: &str = "The lift is out of order.\r\nPlease use the stairs.";

/// Books a new participant into `slot_id` through the booking service.
async fn book(app: &TestApp, slot_id: Uuid, name: &str, email: &str) -> booking::Model {
    let person = crate::support::team::participant_named(app, name, email).await;
    fairplan::services::bookings::book(
        &app.db,
        &app.config,
        ParticipantId(person.id),
        SlotId(slot_id),
        "http://x",
        now_ms(),
    )
    .await
    .unwrap()
}

fn text_of(mail: &ReceivedMail) -> String {
    mail.part("text/plain").unwrap().replace("\r\n", "\n")
}

fn calendar_of(mail: &ReceivedMail) -> String {
    icalendar::parser::unfold(&mail.part("text/calendar").unwrap())
}

async fn the_session(app: &TestApp) -> session::Model {
    session::Entity::find().one(&app.db).await.unwrap().unwrap()
}

#[tokio::test]
async fn a_group_moved_to_another_time_and_room_names_both_and_the_note() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2027-05-05").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let mut fields = session_form(&csrf, "group", "2027-05-05T10:00", "2027-05-05T11:00");
    set_room(&mut fields, "Room 1");
    assert_eq!(
        app.post_form(&url, &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let group = slots_of(&app).await.remove(0);
    let ada = book(&app, group.id, "Ada Obi", "ada@example.org").await;
    app.drain_outbox().await;

    let edit_url = format!("/coordinator/sessions/{}", the_session(&app).await.id);
    let mut later = session_form(&csrf, "group", "2027-05-05T12:00", "2027-05-05T13:00");
    set_room(&mut later, "Room 4");
    later.push(("note", NOTE));
    let moved = app.post_form(&edit_url, &later).await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);

    assert_eq!(app.drain_outbox().await, 1, "one mail, naming both changes");
    let mail = app.last_mail_to("ada@example.org").unwrap();
    let text = text_of(&mail);
    assert!(
        text.contains("the organisers have moved your session"),
        "{text}"
    );
    assert!(
        text.contains("Time: was Wed 5 May 2027, 10:00–11:00"),
        "{text}"
    );
    assert!(text.contains("now Wed 5 May 2027, 12:00–13:00"), "{text}");
    assert!(
        text.contains("Place: was Room 1, Main Street 1, now Room 4, Main Street 1"),
        "{text}"
    );
    assert!(
        text.contains(
            "A note from the organisers:\nThe lift is out of order.\nPlease use the stairs."
        ),
        "{text}"
    );
    crate::support::corpus::keep("change-retimed-REQUEST-n1", &mail);
    let ics = calendar_of(&mail);
    assert!(ics.contains(&format!("UID:{}", ada.calendar_uid)), "{ics}");
    assert!(ics.contains("SEQUENCE:1"), "{ics}");
    assert!(ics.contains("LOCATION:Room 4\\, Main Street 1"), "{ics}");
}

fn set_room<'a>(fields: &mut Vec<(&'a str, &'a str)>, room: &'a str) {
    fields.retain(|(k, _)| *k != "room");
    fields.push(("room", room));
}

#[tokio::test]
async fn an_interview_session_moved_to_another_room_updates_the_participant_and_the_volunteer() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2027-06-01").await;
    let volunteer_id =
        employer_with_volunteer(&app, event_id, "2027-06-01T10:00", "2027-06-01T11:00").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let mut fields = session_form(
        &csrf,
        "mock_interview",
        "2027-06-01T10:00",
        "2027-06-01T11:00",
    );
    set_room(&mut fields, "Room 1");
    assert_eq!(
        app.post_form(&url, &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let slots = slots_of(&app).await;
    assert_eq!(slots.len(), 2);
    book(&app, slots[0].id, "Ben Cruz", "ben@example.org").await;
    app.drain_outbox().await;
    let volunteer = volunteer::Entity::find_by_id(volunteer_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let sequence_before = slot::Entity::find_by_id(slots[0].id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .calendar_sequence;

    let received_before = app.smtp.received().len();
    let edit_url = format!("/coordinator/sessions/{}", the_session(&app).await.id);
    set_room(&mut fields, "Room 4");
    fields.push(("note", "Follow the signs."));
    let saved = app.post_form(&edit_url, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(slots_of(&app).await.len(), 2, "the same slots");

    app.drain_outbox().await;
    let mail = app.last_mail_to("ben@example.org").unwrap();
    let text = text_of(&mail);
    assert!(
        text.contains("the organisers have changed where your session takes place"),
        "{text}"
    );
    assert!(
        text.contains("Place: was Room 1, Main Street 1, now Room 4, Main Street 1"),
        "{text}"
    );
    assert!(text.contains("Follow the signs."), "{text}");
    assert!(
        !text.contains("Time: was"),
        "the time did not change: {text}"
    );
    assert!(calendar_of(&mail).contains("SEQUENCE:1"));

    // The volunteer: one update for the booked slot and one for the free one, each the same
    // entry (UID of the slot) with a higher SEQUENCE and the new room.
    let to_volunteer: Vec<ReceivedMail> = app
        .smtp
        .received()
        .into_iter()
        .skip(received_before)
        .filter(|m| m.to.contains(&volunteer.email))
        .collect();
    assert_eq!(to_volunteer.len(), 2, "one per slot");
    let booked = to_volunteer
        .iter()
        .find(|m| calendar_of(m).contains(&slots[0].id.simple().to_string()))
        .expect("the booked slot's update");
    crate::support::corpus::keep("change-volunteer-room-REQUEST-n1", booked);
    let text = text_of(booked);
    assert!(
        text.contains("the organisers have changed this slot of yours"),
        "{text}"
    );
    assert!(
        text.contains("Place: was Room 1, Main Street 1, now Room 4, Main Street 1"),
        "{text}"
    );
    assert!(text.contains("Follow the signs."), "{text}");
    let ics = calendar_of(booked);
    assert!(ics.contains("METHOD:REQUEST"), "{ics}");
    assert!(
        ics.contains(&format!("SEQUENCE:{}", sequence_before + 1)),
        "{ics}"
    );
    assert!(ics.contains("LOCATION:Room 4\\, Main Street 1"), "{ics}");
}

#[tokio::test]
async fn an_event_moved_to_another_venue_tells_everyone_booked_and_every_volunteer() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2027-07-01").await;
    let volunteer_id =
        employer_with_volunteer(&app, event_id, "2027-07-01T10:00", "2027-07-01T10:30").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let fields = session_form(
        &csrf,
        "mock_interview",
        "2027-07-01T10:00",
        "2027-07-01T10:30",
    );
    assert_eq!(
        app.post_form(&url, &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let slot = slots_of(&app).await.remove(0);
    let cy = book(&app, slot.id, "Cy Doe", "cy@example.org").await;
    app.drain_outbox().await;

    let moved = app
        .post_form(
            &format!("/coordinator/events/{event_id}"),
            &[
                ("csrf", &csrf),
                ("title", "Interview day"),
                ("venue_address", "Harbour Hall, Dock Road 7"),
                ("time_zone", "America/New_York"),
                ("starts", "2027-07-01T00:00"),
                ("ends", "2027-07-01T23:00"),
                ("languages", "en"),
                ("note", "The old hall is flooded."),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);

    assert_eq!(
        app.drain_outbox().await,
        2,
        "the participant and the volunteer"
    );
    let mail = app.last_mail_to("cy@example.org").unwrap();
    let text = text_of(&mail);
    assert!(
        text.contains("Place: was Main Street 1, now Harbour Hall, Dock Road 7"),
        "{text}"
    );
    assert!(text.contains("The old hall is flooded."), "{text}");
    let ics = calendar_of(&mail);
    assert!(ics.contains(&format!("UID:{}", cy.calendar_uid)), "{ics}");
    assert!(
        ics.contains("LOCATION:Harbour Hall\\, Dock Road 7"),
        "{ics}"
    );
    let volunteer = volunteer::Entity::find_by_id(volunteer_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let theirs = app.last_mail_to(&volunteer.email).unwrap();
    assert!(text_of(&theirs).contains("The old hall is flooded."));
    assert!(calendar_of(&theirs).contains("LOCATION:Harbour Hall\\, Dock Road 7"));

    // Saving again without a change of place tells nobody.
    let again = app
        .post_form(
            &format!("/coordinator/events/{event_id}"),
            &[
                ("csrf", &csrf),
                ("title", "Interview day, renamed"),
                ("venue_address", "Harbour Hall, Dock Road 7"),
                ("time_zone", "America/New_York"),
                ("starts", "2027-07-01T00:00"),
                ("ends", "2027-07-01T23:00"),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(app.drain_outbox().await, 0);
}

#[tokio::test]
async fn a_note_too_long_or_with_control_characters_is_shown_on_the_form_and_nothing_changes() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_on(&mut app, "2027-08-01").await;
    let url = format!("/coordinator/events/{event_id}/sessions");
    let mut fields = session_form(&csrf, "group", "2027-08-01T10:00", "2027-08-01T11:00");
    set_room(&mut fields, "Room 1");
    assert_eq!(
        app.post_form(&url, &fields).await.status,
        StatusCode::SEE_OTHER
    );
    let edit_url = format!("/coordinator/sessions/{}", the_session(&app).await.id);
    set_room(&mut fields, "Room 9");
    let long = "x".repeat(1001);
    fields.push(("note", &long));
    let refused = app.post_form(&edit_url, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("id=\"note-error\""),
        "{}",
        refused.body
    );
    assert_eq!(the_session(&app).await.room, "Room 1", "nothing saved");
}

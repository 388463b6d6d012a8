//! A taster placement is changed or removed by its coordinator: a change people placed there
//! would notice reaches them as an update of their calendar entry with the note; fewer places
//! than are taken is refused; removing one with people placed asks what becomes of them, then
//! moves them to another placement (or its waiting list) or cancels their places, telling each.

use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, session_of_format};
use crate::support::smtp::ReceivedMail;
use axum::http::StatusCode;
use fairplan::domain::booking_status::BookingStatus;
use fairplan::entities::{booking, slot};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

fn text_of(mail: &ReceivedMail) -> String {
    mail.part("text/plain").unwrap().replace("\r\n", "\n")
}

fn calendar_of(mail: &ReceivedMail) -> String {
    icalendar::parser::unfold(&mail.part("text/calendar").unwrap())
}

async fn placements_of(app: &TestApp, session_id: Uuid) -> Vec<slot::Model> {
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .order_by_asc(slot::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

fn edit_form<'a>(csrf: &'a str, capacity: &'a str, address: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("capacity", capacity),
        ("description", "A day on the ward"),
        ("address", address),
        ("contact", "Ms Weber"),
        ("instructions", "Wear closed shoes."),
        ("note", "Please bring your ID."),
    ]
}

#[tokio::test]
async fn a_changed_placement_reaches_the_people_placed_there_and_keeps_its_places() {
    let mut app = TestApp::spawn().await;
    let (csrf, _) = demo_session(&mut app, "mock_interview").await;
    let session = session_of_format(&app, "placement").await;
    let units = placements_of(&app, session.id).await;
    let (amira, bo) = (demo_person(&app, 1).await, demo_person(&app, 2).await);
    book(&app, amira.id, units[0].id).await;
    book(&app, bo.id, units[0].id).await;
    app.drain_outbox().await;
    let base = format!(
        "/coordinator/sessions/{}/placements/{}",
        session.id, units[0].id
    );

    let list = app
        .get(&format!("/coordinator/sessions/{}/placements", session.id))
        .await;
    assert!(list.body.contains(&format!("{base}/edit")));
    let form = app.get(&format!("{base}/edit")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("2 people are placed here"));

    let too_few = app
        .post_form(&base, &edit_form(&csrf, "1", "Klinikweg 4"))
        .await;
    assert_eq!(too_few.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_few.body.contains("2 places are already booked"),
        "{}",
        too_few.body
    );
    assert!(
        too_few.body.contains(r#"value="Klinikweg 4""#),
        "what was typed is kept"
    );

    let saved = app
        .post_form(&base, &edit_form(&csrf, "3", "Klinikweg 4"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(saved.header("location").ends_with("?changed=2"));
    let told = app.get(saved.header("location")).await;
    assert!(told.body.contains("2 people placed there were told"));
    let unit = slot::Entity::find_by_id(units[0].id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (unit.capacity, unit.label.as_str(), unit.booked),
        (3, "A day on the ward", 2)
    );
    assert_eq!(app.drain_outbox().await, 2);
    let mail = app.last_mail_to(amira.email.as_deref().unwrap()).unwrap();
    let text = text_of(&mail);
    assert!(
        text.contains("Klinikweg 4") && text.contains("Please bring your ID."),
        "{text}"
    );
    let ics = calendar_of(&mail);
    assert!(ics.contains("LOCATION:Klinikweg 4"), "{ics}");
    assert!(ics.contains("SEQUENCE:1"), "{ics}");

    // Only the instructions change: the people are told of the details, same place.
    let mut form = edit_form(&csrf, "3", "Klinikweg 4");
    form[5] = ("instructions", "Wear closed shoes and bring lunch.");
    let again = app.post_form(&base, &form).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    app.drain_outbox().await;
    let text = text_of(&app.last_mail_to(amira.email.as_deref().unwrap()).unwrap());
    assert!(
        text.contains("changed the details of your taster day"),
        "{text}"
    );
    assert!(text.contains("bring lunch"), "{text}");
    // Saving it as it is tells nobody.
    let same = app.post_form(&base, &form).await;
    assert!(same.header("location").ends_with("?changed=0"));
    assert_eq!(app.drain_outbox().await, 0);

    // Another session's unit is no placement of this one.
    let mock = session_of_format(&app, "mock_interview").await;
    let other = placements_of(&app, mock.id).await;
    let foreign = format!(
        "/coordinator/sessions/{}/placements/{}/edit",
        session.id, other[0].id
    );
    assert_eq!(app.get(&foreign).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn removing_a_placement_asks_what_becomes_of_its_people_then_moves_or_cancels_them() {
    let mut app = TestApp::spawn().await;
    let (csrf, _) = demo_session(&mut app, "mock_interview").await;
    let session = session_of_format(&app, "placement").await;
    let units = placements_of(&app, session.id).await;
    assert!(units.len() >= 2, "the demo has a placement per employer");
    let amira = demo_person(&app, 1).await;
    book(&app, amira.id, units[0].id).await;
    app.drain_outbox().await;
    let remove = |unit: Uuid| {
        format!(
            "/coordinator/sessions/{}/placements/{unit}/remove",
            session.id
        )
    };

    let unanswered = app
        .post_form(&remove(units[0].id), &[("csrf", &csrf)])
        .await;
    assert_eq!(unanswered.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unanswered
            .body
            .contains("choose what becomes of the people placed here")
    );
    assert_eq!(
        placements_of(&app, session.id).await.len(),
        units.len(),
        "nothing removed"
    );

    let moved = app
        .post_form(
            &remove(units[0].id),
            &[
                ("csrf", &csrf),
                ("placed", "move"),
                ("note", "The ward is closed that day."),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert!(moved.header("location").ends_with("?removed=1"));
    let left = placements_of(&app, session.id).await;
    assert!(left.iter().all(|unit| unit.id != units[0].id));
    let held = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(amira.id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .expect("still placed");
    assert!(
        left.iter().any(|unit| Some(unit.id) == held.slot_id),
        "moved to another placement of the session"
    );
    assert_eq!(app.drain_outbox().await, 1, "and told");
    let text = text_of(&app.last_mail_to(amira.email.as_deref().unwrap()).unwrap());
    assert!(
        text.contains("removed the taster placement you had"),
        "{text}"
    );
    assert!(text.contains("The ward is closed that day."), "{text}");
    assert!(
        !text.contains("volunteer"),
        "nothing about a volunteer: {text}"
    );

    let cancelled = app
        .post_form(
            &remove(held.slot_id.unwrap()),
            &[
                ("csrf", &csrf),
                ("placed", "cancel"),
                ("note", "The firm closed for the day."),
            ],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    app.drain_outbox().await;
    let text = text_of(&app.last_mail_to(amira.email.as_deref().unwrap()).unwrap());
    assert!(text.contains("The firm closed for the day."), "{text}");
    let still = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(amira.id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed.as_str()))
        .one(&app.db)
        .await
        .unwrap();
    assert!(still.is_none(), "their place is cancelled");
    // An empty placement goes without a question.
    if let Some(empty) = placements_of(&app, session.id).await.first() {
        let gone = app.post_form(&remove(empty.id), &[("csrf", &csrf)]).await;
        assert!(gone.header("location").ends_with("?removed=0"));
    }
}

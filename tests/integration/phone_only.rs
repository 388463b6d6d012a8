//! People without an e-mail address (many job seekers share a phone or only use messaging
//! apps): a coordinator adds them with a phone number only, books for them, and prints or
//! copies their personal link and schedule; nothing ever tries to mail them.

use crate::support::demo::{demo_session, first_slot};
use crate::support::{TestApp, audited_by};
use axum::http::StatusCode;
use fairplan::entities::{booking, outbox_message, participant};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn outbox_rows(app: &TestApp) -> u64 {
    outbox_message::Entity::find().count(&app.db).await.unwrap()
}

async fn person_with_phone(app: &TestApp, phone: &str) -> participant::Model {
    participant::Entity::find()
        .filter(participant::Column::Phone.eq(phone))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the person with that phone number")
}

#[tokio::test]
async fn a_person_with_a_phone_only_is_added_booked_for_and_given_their_link_without_any_mail() {
    let mut app = TestApp::spawn().await;
    let (csrf, interviews) = demo_session(&mut app, "mock_interview").await;
    let event_id = interviews.event_id;
    let list = format!("/coordinator/events/{event_id}/participants");

    // Neither an address nor a number: refused on the form, with why.
    let neither = app
        .post_form(&list, &[("csrf", &csrf), ("name", "Samir Nouri")])
        .await;
    assert_eq!(neither.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        neither
            .body
            .contains("or, for someone without one, a phone number"),
        "{}",
        neither.body
    );
    let added = app
        .post_form(
            &list,
            &[
                ("csrf", &csrf),
                ("name", "Samir Nouri"),
                ("phone", "+49 170 1234567"),
                ("language", "ar"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let samir = person_with_phone(&app, "+49 170 1234567").await;
    assert_eq!(samir.email, None);

    // The list shows the number and finds them by it.
    let found = app.get(&format!("{list}?find=1234567")).await;
    assert!(found.body.contains("Samir Nouri"), "{}", found.body);
    assert!(found.body.contains("+49 170 1234567"));

    // Invitations go to everyone with an address; Samir gets none and stays "not yet invited".
    app.drain_outbox().await;
    let before = outbox_rows(&app).await;
    let invited = app
        .post_form(
            &format!("/coordinator/events/{event_id}/invitations"),
            &[("csrf", &csrf)],
        )
        .await;
    assert!(invited.status.is_redirection(), "{}", invited.body);
    let rows_to_nobody = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(""))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(rows_to_nobody, 0, "nothing is ever queued for nobody");
    assert!(
        outbox_message::Entity::find()
            .filter(outbox_message::Column::ParticipantId.eq(samir.id))
            .count(&app.db)
            .await
            .unwrap()
            == 0
    );

    // A coordinator books for them: the booking is made, no mail is written for them.
    let page_path = format!("{list}/{}", samir.id);
    let page = app.get(&page_path).await;
    assert!(page.body.contains("No e-mail address"), "{}", page.body);
    let slot = first_slot(&app, interviews.id).await;
    let rows_before_booking = outbox_rows(&app).await;
    let booked = app
        .post_form(
            &format!("{page_path}/book"),
            &[("csrf", &csrf), ("slot_id", &slot.id.to_string())],
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
    let held = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(samir.id))
        .one(&app.db)
        .await
        .unwrap()
        .expect("booked");
    assert_eq!(held.slot_id, Some(slot.id));
    let new_rows = outbox_rows(&app).await - rows_before_booking;
    assert!(new_rows <= 1, "at most the volunteer's update: {new_rows}");
    assert!(before <= outbox_rows(&app).await);

    // Their link and schedule, to print or copy: a POST (it changes which links work).
    let handed = app
        .post_form(&format!("{page_path}/link"), &[("csrf", &csrf)])
        .await;
    assert_eq!(handed.status, StatusCode::OK, "{}", handed.body);
    let start = handed.body.find("/p/").expect("the personal link");
    let link: String = handed.body[start..]
        .chars()
        .take_while(|c| *c != '"' && *c != '<')
        .collect();
    assert!(handed.body.contains(&interviews.title), "{}", handed.body);
    assert_eq!(
        audited_by(&app, "participant.link_handed_over", "coordinator")
            .await
            .len(),
        1
    );
    let their_page = app.get(&link).await;
    assert_eq!(their_page.status, StatusCode::OK);
    assert!(their_page.body.contains("Samir Nouri"));

    // "Send a new link" would revoke the printed link and mail nobody: refused, link kept.
    let list_page = app.get(&list).await;
    assert!(
        list_page
            .body
            .contains("No e-mail: give a new link in person")
    );
    let resend = app
        .post_form(&format!("{page_path}/resend-link"), &[("csrf", &csrf)])
        .await;
    assert_eq!(resend.status, StatusCode::CONFLICT, "{}", resend.body);
    assert!(
        resend.body.contains("has no e-mail address"),
        "{}",
        resend.body
    );
    assert_eq!(
        app.get(&link).await.status,
        StatusCode::OK,
        "the printed link still works"
    );

    // A file row with a number and no address is read the same way.
    let file = "name,email,phone\nLina Haddad,,0170 7654321\n";
    let imported = app
        .post_multipart(
            &format!("{list}/import"),
            &[("csrf", &csrf)],
            ("file", file.as_bytes()),
        )
        .await;
    assert!(imported.status.is_redirection(), "{}", imported.body);
    assert_eq!(person_with_phone(&app, "0170 7654321").await.email, None);
}

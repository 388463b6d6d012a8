//! Checking in by code: each person on a list has a code, shown with its QR code on their page
//! and written in their confirmation mail; at the door a coordinator types it, or photographs
//! the QR code with the phone's camera through a plain file input, and the person's next
//! booking is marked arrived.

use crate::support::demo::{
    book, demo_person, demo_session, first_slot, happening_today, slots_of_session,
};
use crate::support::{TestApp, audited};
use axum::http::StatusCode;
use fairplan::entities::{booking, event_participant};
use sea_orm::EntityTrait;
use uuid::Uuid;

async fn code_of(app: &TestApp, event_id: Uuid, participant_id: Uuid) -> String {
    event_participant::Entity::find_by_id((event_id, participant_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .check_in_code
        .expect("everyone on a list has a code")
}

/// A photo (PNG) of `text`'s QR code, as a phone would take it: a few pixels a module.
pub(crate) fn photo_of(text: &str) -> Vec<u8> {
    fairplan::web::qr::png_of(text, 6).unwrap()
}

async fn arrived(app: &TestApp, booking_id: Uuid) -> bool {
    booking::Entity::find_by_id(booking_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .arrived_at
        .is_some()
}

#[tokio::test]
async fn a_code_typed_or_photographed_checks_the_person_in_for_their_next_booking() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    let slots = slots_of_session(&app, mock.id).await;
    let (amira, bo, chen) = (
        demo_person(&app, 1).await,
        demo_person(&app, 2).await,
        demo_person(&app, 3).await,
    );
    let first = book(&app, amira.id, slots[0].id).await;
    let second = book(&app, bo.id, slots[1].id).await;
    app.drain_outbox().await;
    let code = code_of(&app, mock.event_id, amira.id).await;
    let shown = format!("{}-{}", &code[..5], &code[5..]);

    // The confirmation mail carries the code.
    let mail = app.last_mail_to(amira.email.as_deref().unwrap()).unwrap();
    let text = mail.part("text/plain").unwrap();
    assert!(
        text.contains(&format!("Your check-in code is {shown}.")),
        "{text}"
    );

    let url = format!("/coordinator/events/{}/check-in/code", mock.event_id);
    let page = app
        .get(&format!("/coordinator/events/{}/check-in", mock.event_id))
        .await;
    assert!(
        page.body.contains(r#"capture="environment""#),
        "the phone's camera"
    );
    // Two weeks ahead, the code marks nobody: it opens the door on the day.
    let early = app
        .post_multipart(&url, &[("csrf", &csrf), ("code", &code)], ("file", b""))
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early.body.contains("opens on the day") && early.body.contains(&amira.name),
        "{}",
        early.body
    );
    assert!(!arrived(&app, first.id).await);
    happening_today(&app, &[slots[0].id, slots[1].id]).await;
    let typed = app
        .post_multipart(
            &url,
            &[("csrf", &csrf), ("code", &shown.to_lowercase())],
            ("file", b""),
        )
        .await;
    assert_eq!(typed.status, StatusCode::OK, "{}", typed.body);
    assert!(
        typed.body.contains("is checked in for Mock interviews"),
        "{}",
        typed.body
    );
    assert!(arrived(&app, first.id).await);
    // Her own page says so beside the booking.
    let resend = format!(
        "/coordinator/events/{}/participants/{}/resend-link",
        mock.event_id, amira.id
    );
    app.post_form(&resend, &[("csrf", &csrf)]).await;
    app.drain_outbox().await;
    let link = app
        .link_from_last_mail(amira.email.as_deref().unwrap())
        .unwrap();
    let page = app.get(&link).await;
    assert!(page.body.contains("You are checked in"), "{}", page.body);
    let again = app
        .post_multipart(&url, &[("csrf", &csrf), ("code", &code)], ("file", b""))
        .await;
    assert!(again.body.contains("was checked in already"));
    assert_eq!(audited(&app, "booking.arrived").await.len(), 1);

    let photographed = app
        .post_multipart(
            &url,
            &[("csrf", &csrf), ("code", "")],
            (
                "file",
                &photo_of(&code_of(&app, mock.event_id, bo.id).await),
            ),
        )
        .await;
    assert_eq!(photographed.status, StatusCode::OK);
    assert!(
        photographed.body.contains(&bo.name),
        "{}",
        photographed.body
    );
    assert!(arrived(&app, second.id).await);

    for (code, file, said) in [
        ("0000000000", &b""[..], "Nobody on this event"),
        ("not a code", &b""[..], "That is not a check-in code"),
        ("", &b"not a photo"[..], "No QR code could be read"),
    ] {
        let refused = app
            .post_multipart(&url, &[("csrf", &csrf), ("code", code)], ("file", file))
            .await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{code:?}");
        assert!(refused.body.contains(said), "{code:?}: {}", refused.body);
    }
    let nothing = app
        .post_multipart(
            &url,
            &[
                ("csrf", &csrf),
                ("code", &code_of(&app, mock.event_id, chen.id).await),
            ],
            ("file", b""),
        )
        .await;
    assert!(
        nothing.body.contains("has no booking at this event"),
        "{}",
        nothing.body
    );
    let forged = app
        .post_multipart(&url, &[("csrf", "forged"), ("code", &code)], ("file", b""))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_participant_s_page_shows_the_code_and_its_qr_code_once_they_hold_a_place() {
    let mut app = TestApp::spawn().await;
    let (_, mock) = demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    let amira = demo_person(&app, 1).await;
    let address = amira.email.clone().unwrap();
    let link = app.link_from_last_mail(&address).unwrap();
    let before = app.get(&link).await;
    assert!(
        !before.body.contains("Your check-in code"),
        "nothing to check in for yet"
    );
    let first = first_slot(&app, mock.id).await;
    book(&app, amira.id, first.id).await;
    let page = app.get(&link).await;
    let code = code_of(&app, mock.event_id, amira.id).await;
    assert!(page.body.contains("Your check-in code"));
    assert!(
        page.body
            .contains(&format!("{}-{}", &code[..5], &code[5..]))
    );
    assert!(
        page.body.contains("<svg"),
        "the QR code, drawn on the server"
    );
    assert!(page.body.contains(r#"role="img""#));

    // The confirmation mail shows the same code as an image the mail reader fetches.
    app.drain_outbox().await;
    let mail = app.last_mail_to(&address).unwrap();
    let html = mail.part("text/html").unwrap();
    assert!(html.contains("/check-in.png\""), "{html}");
    let image = app.get(&format!("{link}/check-in.png")).await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.header("content-type"), "image/png");
    let read = fairplan::web::qr::text_in_photo(&image.bytes).unwrap();
    assert_eq!(read, code);
    let unknown = app.get("/p/not-a-real-token-at-all/check-in.png").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(!unknown.body.contains("<form"), "no page for an image");
}

//! Coordinators create, edit, publish and cancel events through the pages.

use crate::booking_mails::{calendar_of, fixture};
use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{booking, event};
use sea_orm::{EntityTrait, PaginatorTrait};

fn event_form<'a>(csrf: &'a str, title: &'a str, ends: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("title", title),
        ("description", "Practise an interview."),
        ("venue_address", "Main Street 1, Springfield"),
        ("online_url", ""),
        ("time_zone", "America/New_York"),
        ("starts", "2026-03-03T17:00"),
        ("ends", ends),
        ("booking_opens", ""),
        ("booking_closes", "2026-03-02T12:00"),
        ("languages", "en, es"),
    ]
}

async fn event_count(app: &TestApp) -> u64 {
    event::Entity::find().count(&app.db).await.unwrap()
}

#[tokio::test]
async fn a_form_with_problems_shows_each_next_to_its_field_and_keeps_what_was_typed() {
    let mut app = TestApp::spawn().await;
    let csrf = app.sign_in_as_coordinator().await;
    let mut fields = event_form(&csrf, "Spring evening", "2026-03-03T16:00");
    fields.retain(|(name, _)| *name != "time_zone");
    fields.push(("time_zone", "Atlantis/Capital"));
    let page = app.post_form("/coordinator/events", &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body.contains(r#"id="time_zone-error""#),
        "{}",
        page.body
    );
    assert!(page.body.contains("choose a time zone like Europe/Berlin"));
    assert!(
        page.body.contains(r#"value="Spring evening""#),
        "typed title kept"
    );
    assert!(
        page.body.contains(r#"value="Atlantis/Capital""#),
        "typed zone kept"
    );
    assert_eq!(event_count(&app).await, 0, "nothing stored");

    let fields = event_form(&csrf, "Spring evening", "2026-03-03T16:00");
    let page = app.post_form("/coordinator/events", &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains(r#"id="ends-error""#));
    assert!(page.body.contains("the end must be after the start"));
    assert_eq!(event_count(&app).await, 0);
}

#[tokio::test]
async fn a_coordinator_creates_edits_and_publishes_an_event() {
    let mut app = TestApp::spawn().await;
    let csrf = app.sign_in_as_coordinator().await;
    let form = app.get("/coordinator/events/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"<label for="starts">"#));

    let created = app
        .post_form(
            "/coordinator/events",
            &event_form(&csrf, "Spring evening", "2026-03-03T21:00"),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let page_url = created
        .header("location")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let stored = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(stored.status.as_str(), "draft");
    assert_eq!(stored.languages, "en,es");
    // 17:00 in New York on 3 March 2026 (EST, UTC-5) is 22:00 UTC.
    assert_eq!(stored.starts_at, 1_772_575_200_000);
    assert!(stored.slug.starts_with("spring-evening-"));

    let page = app.get(&page_url).await;
    assert!(
        page.body
            .contains("Tue 3 March 2026, 17:00–21:00 (America/New_York)")
    );

    let edit = app.get(&format!("{page_url}/edit")).await;
    assert!(
        edit.body.contains(r#"value="2026-03-03T17:00""#),
        "wall time shown for editing"
    );
    let saved = app
        .post_form(
            &page_url,
            &event_form(&csrf, "Spring career evening", "2026-03-03T20:30"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let stored = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(stored.title, "Spring career evening");
    assert_eq!(stored.ends_at - stored.starts_at, 210 * 60_000);

    let published = app
        .post_form(
            &format!("{page_url}/status"),
            &[("csrf", &csrf), ("action", "publish")],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let stored = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(stored.status.as_str(), "published");
    let again = app
        .post_form(
            &format!("{page_url}/status"),
            &[("csrf", &csrf), ("action", "publish")],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "already published");
}

#[tokio::test]
async fn forms_without_the_sessions_token_or_without_a_session_change_nothing() {
    let mut app = TestApp::spawn().await;
    let csrf = app.sign_in_as_coordinator().await;
    let forged = app
        .post_form(
            "/coordinator/events",
            &event_form("forged", "Spring evening", "2026-03-03T21:00"),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let mut stranger = TestApp::spawn().await;
    let anonymous = stranger
        .post_form(
            "/coordinator/events",
            &event_form(&csrf, "Spring evening", "2026-03-03T21:00"),
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(anonymous.header("location"), "/coordinator/login");
    assert_eq!(
        stranger.get("/coordinator/events/new").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(event_count(&app).await, 0);
    assert_eq!(event_count(&stranger).await, 0);
}

#[tokio::test]
async fn cancelling_an_event_cancels_every_booking_and_clears_every_calendar() {
    let mut f = fixture().await;
    let slot = f.slots[0].clone();
    fairplan::services::bookings::book(
        &f.app.db,
        &f.app.config,
        ParticipantId(f.amira.id),
        SlotId(slot.id),
        &f.link,
        fairplan::clock::now_ms(),
    )
    .await
    .unwrap();
    f.app.drain_outbox().await;
    let csrf = f.app.sign_in_as_coordinator().await;
    let event = event::Entity::find().one(&f.app.db).await.unwrap().unwrap();
    let url = format!("/coordinator/events/{}/status", event.id);

    let unconfirmed = f
        .app
        .post_form(&url, &[("csrf", &csrf), ("action", "cancel")])
        .await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let cancelled = f
        .app
        .post_form(
            &url,
            &[("csrf", &csrf), ("action", "cancel"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);

    let live = booking::Entity::find()
        .all(&f.app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|b| b.status.as_str() != "cancelled")
        .count();
    assert_eq!(live, 0);
    let cancelled_count = booking::Entity::find().all(&f.app.db).await.unwrap().len();
    assert_eq!(
        crate::support::audited(&f.app, "booking.event_cancelled")
            .await
            .len(),
        cancelled_count,
        "who cancelled each booking is in the audit log"
    );
    f.app.drain_outbox().await;
    let mail = f.app.last_mail_to(f.amira.mail_address()).unwrap();
    let (method, _) = calendar_of(&mail);
    assert_eq!(method, "CANCEL");
    let text = mail.part("text/plain").unwrap();
    assert!(text.contains("the event has been cancelled"), "{text}");
    // The mail leads to the person's own page, which says so; never to the start page.
    assert!(
        text.contains("Your personal page shows the cancellation:"),
        "{text}"
    );
    assert!(!text.contains("book another time"), "{text}");
    let page_link = f.app.link_from_last_mail(f.amira.mail_address()).unwrap();
    assert!(page_link.starts_with("/p/"), "{page_link}");
    let page = f.app.get(&page_link).await;
    assert!(
        page.body.contains("This event has been cancelled."),
        "{}",
        page.body
    );

    let volunteer = fairplan::entities::volunteer::Entity::find_by_id(slot.volunteer_id.unwrap())
        .one(&f.app.db)
        .await
        .unwrap()
        .unwrap();
    let mail = f.app.last_mail_to(&volunteer.email).unwrap();
    assert_eq!(calendar_of(&mail).0, "CANCEL");

    let edit = f
        .app
        .post_form(
            &format!("/coordinator/events/{}", event.id),
            &event_form(&csrf, "Renamed", "2026-03-03T21:00"),
        )
        .await;
    assert_eq!(
        edit.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a cancelled event stays as it was, its form shown again with why"
    );
    assert!(
        edit.body
            .contains("was cancelled and can no longer be changed")
    );
    let unchanged = event::Entity::find_by_id(event.id)
        .one(&f.app.db)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(unchanged.title, "Renamed");
}

#[tokio::test]
async fn ten_wrong_passwords_lock_the_address_for_a_quarter_of_an_hour_on_every_instance() {
    use crate::support::coordinator::{EMAIL, PASSWORD};
    use fairplan::services::auth;
    let mut app = TestApp::spawn().await;
    app.sign_in_as_coordinator().await;
    let start = 1_900_000_000_000;
    for n in 0..10 {
        let wrong = auth::sign_in(&app.db, EMAIL, "not the password", start + n).await;
        assert!(wrong.is_err());
    }
    let locked = auth::sign_in(&app.db, EMAIL, PASSWORD, start + 60_000).await;
    let Err(fairplan::services::error::ServiceError::Invalid(errors)) = locked else {
        panic!("the right password is refused while locked");
    };
    assert_eq!(errors[0].message, "coord-signin-locked");
    let told =
        fairplan::i18n::localise_errors(&errors, &fairplan::domain::locale::Locale::default());
    assert!(told[0].message.contains("too many attempts"), "{told:?}");
    let later = start + 16 * 60_000;
    assert!(auth::sign_in(&app.db, EMAIL, PASSWORD, later).await.is_ok());
}

//! Waiting lists, driven by a fixed clock: join a full session, a cancellation frees the place,
//! the first in line gets an offer held for a set time, an offer not taken passes to the next
//! person, and the next person takes it. Everything is stored, so a second run (a restart)
//! changes nothing.

use crate::support::team::participant_named;
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::entities::{booking, event, session, slot};
use fairplan::mail::templates::CancelledBy;
use fairplan::services::waitlist::{WaitlistRun, run_due};
use fairplan::services::{access_links, bookings};
use sea_orm::EntityTrait;

const HOUR: i64 = 60 * 60 * 1000;

/// A published event with one workshop of capacity 1; returns the event and the workshop's slot.
async fn full_workshop(app: &mut TestApp) -> (event::Model, slot::Model) {
    let csrf = app.sign_in_as_coordinator().await;
    app.post_form(
        "/coordinator/events",
        &[
            ("csrf", &csrf),
            ("title", "Career evening"),
            ("venue_address", "Main Street 1"),
            ("time_zone", "Europe/Berlin"),
            ("starts", "2027-03-03T17:00"),
            ("ends", "2027-03-03T21:00"),
            ("languages", "en"),
        ],
    )
    .await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let added = app
        .post_form(
            &format!("/coordinator/events/{}/sessions", event.id),
            &[
                ("csrf", &csrf),
                ("title", "CV workshop"),
                ("format", "group"),
                ("starts", "2027-03-03T18:00"),
                ("ends", "2027-03-03T19:00"),
                ("booking_mode", "first_come"),
                ("capacity", "1"),
                ("max_bookings_per_participant", "1"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let published = app
        .post_form(
            &format!("/coordinator/events/{}/status", event.id),
            &[("csrf", &csrf), ("action", "publish")],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let slot = slot::Entity::find().one(&app.db).await.unwrap().unwrap();
    (event, slot)
}

/// A participant's personal link path.
async fn link_of(
    app: &TestApp,
    name: &str,
    email: &str,
    event: &event::Model,
) -> (uuid::Uuid, String) {
    let person = participant_named(app, name, email).await;
    let url = access_links::participant_link(&app.db, &app.config, person.id, event, now_ms())
        .await
        .unwrap();
    let path = url
        .split_once("/p/")
        .map(|(_, t)| format!("/p/{t}"))
        .unwrap();
    (person.id, path)
}

/// Posts a participant form from their page (which sets the form cookie).
async fn press(app: &mut TestApp, link: &str, action: &str) -> crate::support::TestResponse {
    let page = app.get(link).await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    app.post_form(action, &[("csrf", &csrf)]).await
}

fn subject_of(app: &TestApp, address: &str) -> String {
    app.last_mail_to(address)
        .unwrap()
        .header("Subject")
        .unwrap_or_default()
}

#[tokio::test]
async fn a_freed_place_is_offered_in_turn_expires_passes_on_and_is_taken() {
    let mut app = TestApp::spawn().await;
    let (event, place) = full_workshop(&mut app).await;
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let (ana, ana_link) = link_of(&app, "Ana Lima", "ana@example.org", &event).await;
    let (_, ben_link) = link_of(&app, "Ben Okafor", "ben@example.org", &event).await;
    let (_, cy_link) = link_of(&app, "Cy Nguyen", "cy@example.org", &event).await;
    let manage = format!("http://x{ana_link}");
    let anas = book_directly(&app, ana, place.id, &manage).await;

    let join = |link: &str| format!("{link}/sessions/{}/waitlist", session.id);
    let joined = press(&mut app, &ben_link, &join(&ben_link)).await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    assert!(joined.header("location").ends_with("notice=waitlisted"));
    assert_eq!(
        press(&mut app, &cy_link, &join(&cy_link)).await.status,
        StatusCode::SEE_OTHER
    );
    let again = press(&mut app, &cy_link, &join(&cy_link)).await;
    assert_eq!(
        again.status,
        StatusCode::SEE_OTHER,
        "joining twice is the same entry"
    );
    // Ana's page has no waiting-list form (she holds the place); the form token of this browser
    // comes from another page.
    let refused = press(&mut app, &ben_link, &join(&ana_link)).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "Ana holds the place");
    assert!(app.get(&cy_link).await.body.contains("number 2 in line"));
    app.drain_outbox().await;
    assert_eq!(
        subject_of(&app, "ben@example.org"),
        "You are on the waiting list: CV workshop"
    );

    let t0 = now_ms();
    assert_eq!(
        run_due(&app.db, &app.config, t0).await.unwrap(),
        WaitlistRun::default()
    );

    bookings::cancel(
        &app.db,
        &app.config,
        anas.id,
        CancelledBy::Participant,
        &manage,
        t0,
    )
    .await
    .unwrap();
    let first = run_due(&app.db, &app.config, t0).await.unwrap();
    assert_eq!(
        first,
        WaitlistRun {
            expired: 0,
            offered: 1
        }
    );
    let held = slot::Entity::find_by_id(place.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        held.booked, 1,
        "the place is held for Ben, not free for anyone"
    );
    app.drain_outbox().await;
    let offer = app.last_mail_to("ben@example.org").unwrap();
    let subject = offer.header("Subject").unwrap_or_default();
    assert!(
        subject.starts_with("A place is free for you: CV workshop"),
        "{subject}"
    );
    assert!(
        offer
            .part("text/plain")
            .unwrap()
            .contains("It is held for you until")
    );
    assert!(
        offer.part("text/calendar").is_none(),
        "nothing in the calendar until taken"
    );
    assert!(
        app.get(&ben_link)
            .await
            .body
            .contains("A place is held for you")
    );
    assert!(app.get(&cy_link).await.body.contains("number 1 in line"));

    assert_eq!(
        run_due(&app.db, &app.config, t0 + HOUR).await.unwrap(),
        WaitlistRun::default(),
        "an open offer is left alone, and a second run offers nothing twice"
    );
    let later = t0 + 12 * HOUR + 1;
    let second = run_due(&app.db, &app.config, later).await.unwrap();
    assert_eq!(
        second,
        WaitlistRun {
            expired: 1,
            offered: 1
        }
    );
    app.drain_outbox_at(later).await;
    assert_eq!(
        subject_of(&app, "ben@example.org"),
        "The place was not taken: CV workshop"
    );
    let audited = |action| crate::support::audited_by(&app, action, "system");
    assert_eq!(
        audited("booking.offered").await.len(),
        2,
        "both offers are in the audit log"
    );
    assert_eq!(audited("booking.offer_expired").await.len(), 1);
    assert!(subject_of(&app, "cy@example.org").starts_with("A place is free for you"));

    let rows = booking::Entity::find().all(&app.db).await.unwrap();
    let bens = rows
        .iter()
        .find(|b| {
            b.status.as_str() == "cancelled" && b.slot_id == Some(place.id) && b.id != anas.id
        })
        .unwrap();
    let late = press(
        &mut app,
        &ben_link,
        &format!("{ben_link}/bookings/{}/accept", bens.id),
    )
    .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("no longer open"));

    let cys = rows
        .iter()
        .find(|b| b.status.as_str() == "offered")
        .unwrap();
    let taken = press(
        &mut app,
        &cy_link,
        &format!("{cy_link}/bookings/{}/accept", cys.id),
    )
    .await;
    assert_eq!(taken.status, StatusCode::SEE_OTHER, "{}", taken.body);
    let confirmed = booking::Entity::find_by_id(cys.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (confirmed.status.as_str(), confirmed.offer_expires_at),
        ("confirmed", None)
    );
    app.drain_outbox().await;
    let mail = app.last_mail_to("cy@example.org").unwrap();
    let ics = mail.part("text/calendar").unwrap();
    assert!(ics.contains("METHOD:REQUEST") && ics.contains("SEQUENCE:0"));
    assert!(ics.contains(&format!("UID:{}", cys.calendar_uid)));
    let held = slot::Entity::find_by_id(place.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(held.booked, 1, "exactly the capacity");

    let after = run_due(&app.db, &app.config, later + 13 * HOUR)
        .await
        .unwrap();
    assert_eq!(
        after,
        WaitlistRun::default(),
        "a taken place is never offered again"
    );
    assert_eq!(app.drain_outbox_at(later + 13 * HOUR).await, 0);
}

#[tokio::test]
async fn declining_an_offer_gives_the_place_to_the_next_person_and_leaving_the_line_works() {
    let mut app = TestApp::spawn().await;
    let (event, place) = full_workshop(&mut app).await;
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let (ana, ana_link) = link_of(&app, "Ana Lima", "ana@example.org", &event).await;
    let (_, ben_link) = link_of(&app, "Ben Okafor", "ben@example.org", &event).await;
    let (_, cy_link) = link_of(&app, "Cy Nguyen", "cy@example.org", &event).await;
    let manage = format!("http://x{ana_link}");
    let anas = book_directly(&app, ana, place.id, &manage).await;
    for link in [&ben_link, &cy_link] {
        let action = format!("{link}/sessions/{}/waitlist", session.id);
        assert_eq!(
            press(&mut app, link, &action).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let t0 = now_ms();
    bookings::cancel(
        &app.db,
        &app.config,
        anas.id,
        CancelledBy::Participant,
        &manage,
        t0,
    )
    .await
    .unwrap();
    run_due(&app.db, &app.config, t0).await.unwrap();
    let offered = booking::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|b| b.status.as_str() == "offered")
        .unwrap();
    let declined = press(
        &mut app,
        &ben_link,
        &format!("{ben_link}/bookings/{}/cancel", offered.id),
    )
    .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    assert!(declined.header("location").ends_with("notice=left"));
    let freed = slot::Entity::find_by_id(place.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(freed.booked, 0, "the held place is free again");
    let left = crate::support::audited_by(&app, "booking.waitlist_left", "participant").await;
    assert_eq!(left.len(), 1, "declining is logged as Ben's doing");
    assert_eq!(left[0].subject_id, Some(offered.id));
    assert_eq!(
        run_due(&app.db, &app.config, t0 + 1).await.unwrap(),
        WaitlistRun {
            expired: 0,
            offered: 1
        },
        "and goes to Cy"
    );
}

#[tokio::test]
async fn cancelling_the_event_closes_its_waiting_lists_and_tells_everyone_waiting() {
    let mut app = TestApp::spawn().await;
    let (event, place) = full_workshop(&mut app).await;
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let (ana, ana_link) = link_of(&app, "Ana Lima", "ana@example.org", &event).await;
    let (_, ben_link) = link_of(&app, "Ben Okafor", "ben@example.org", &event).await;
    let manage = format!("http://x{ana_link}");
    book_directly(&app, ana, place.id, &manage).await;
    let join = format!("{ben_link}/sessions/{}/waitlist", session.id);
    assert_eq!(
        press(&mut app, &ben_link, &join).await.status,
        StatusCode::SEE_OTHER
    );
    app.drain_outbox().await;

    let page = app.get(&format!("/coordinator/events/{}", event.id)).await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let cancelled = app
        .post_form(
            &format!("/coordinator/events/{}/status", event.id),
            &[("csrf", &csrf), ("action", "cancel"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(
        cancelled.status,
        StatusCode::SEE_OTHER,
        "{}",
        cancelled.body
    );
    let rows = booking::Entity::find().all(&app.db).await.unwrap();
    assert!(
        rows.iter().all(|b| b.status.as_str() == "cancelled"),
        "nobody left waiting"
    );
    app.drain_outbox().await;
    assert_eq!(
        subject_of(&app, "ben@example.org"),
        "Cancelled: CV workshop"
    );
    assert_eq!(
        run_due(&app.db, &app.config, now_ms()).await.unwrap(),
        WaitlistRun::default()
    );
}

/// Books `slot` for `person` through the service, as their own link would.
async fn book_directly(
    app: &TestApp,
    person: uuid::Uuid,
    slot: uuid::Uuid,
    manage: &str,
) -> fairplan::entities::booking::Model {
    let (person, slot) = (ParticipantId(person), SlotId(slot));
    bookings::book(&app.db, &app.config, person, slot, manage, now_ms())
        .await
        .unwrap()
}

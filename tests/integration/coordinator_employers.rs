//! Coordinators invite partner employers; the contact's link opens their employer's page.

use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::entities::{employer, event, networking_table, slot};
use sea_orm::{EntityTrait, PaginatorTrait};

async fn event_with_networking(app: &mut TestApp) -> (uuid::Uuid, String) {
    let csrf = app.sign_in_as_coordinator().await;
    app.post_form(
        "/coordinator/events",
        &[
            ("csrf", &csrf),
            ("title", "Speed networking night"),
            ("venue_address", "Main Street 1"),
            ("time_zone", "Europe/Berlin"),
            ("starts", "2027-03-03T17:00"),
            ("ends", "2027-03-03T21:00"),
            ("languages", "de, en"),
        ],
    )
    .await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let added = app
        .post_form(
            &format!("/coordinator/events/{}/sessions", event.id),
            &[
                ("csrf", &csrf),
                ("title", "Networking"),
                ("format", "speed_networking"),
                ("starts", "2027-03-03T18:00"),
                ("ends", "2027-03-03T19:00"),
                ("booking_mode", "first_come"),
                ("rounds", "4"),
                ("round_minutes", "10"),
                ("changeover_minutes", "2"),
                ("seats_per_table", "5"),
                ("max_bookings_per_participant", "1"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    (event.id, csrf)
}

#[tokio::test]
async fn an_invited_employer_gets_a_link_and_a_table_at_every_networking_session() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_networking(&mut app).await;
    assert_eq!(
        slot::Entity::find().count(&app.db).await.unwrap(),
        0,
        "no tables, no seats"
    );
    let url = format!("/coordinator/events/{event_id}/employers");
    for (name, contact) in [
        ("Acme Health", "jo@acme.example"),
        ("Borealis Bank", "kim@borealis.example"),
    ] {
        let invited = app
            .post_form(
                &url,
                &[
                    ("csrf", &csrf),
                    ("name", name),
                    ("contact_name", "Contact Person"),
                    ("contact_email", contact),
                    ("contact_language", "de"),
                ],
            )
            .await;
        assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
    }
    assert_eq!(
        networking_table::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        2
    );
    let seats = slot::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(seats.capacity, 10, "two tables of five seats");

    app.drain_outbox().await;
    let mail = app.last_mail_to("jo@acme.example").unwrap();
    assert!(
        mail.header("subject")
            .unwrap()
            .contains("Speed networking night")
    );
    let link = app.link_from_last_mail("jo@acme.example").unwrap();
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Acme Health"));
    assert!(
        !page.body.contains("Borealis Bank"),
        "one employer's link shows only its own data"
    );
    // The contact reads German: so do the problems of their volunteer form.
    let csrf_of_form = crate::support::team::form_token(&mut app, &link).await;
    let refused = app
        .post_form(
            &format!("{link}/volunteers"),
            &[
                ("csrf", &csrf_of_form),
                ("name", "Dana Roth"),
                ("email", "keine-adresse"),
                ("language", "de"),
                ("languages", "en Z9"),
                ("availability", "mittags"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for problem in [
        "„keine-adresse“ ist keine E-Mail-Adresse",
        "„Z9“ ist kein Sprachniveau",
        "schreiben Sie „mittags“ als Beginn und Ende",
    ] {
        assert!(
            refused.body.contains(problem),
            "{problem}: {}",
            refused.body
        );
    }

    // Inviting the same contact again sends a fresh link, not a second employer.
    app.post_form(
        &url,
        &[
            ("csrf", &csrf),
            ("name", "Acme Health"),
            ("contact_name", "Contact Person"),
            ("contact_email", "jo@acme.example"),
            ("contact_language", "de"),
        ],
    )
    .await;
    assert_eq!(employer::Entity::find().count(&app.db).await.unwrap(), 2);
    assert_eq!(
        networking_table::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        2
    );
}

#[tokio::test]
async fn an_employer_form_with_problems_keeps_what_was_typed() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_networking(&mut app).await;
    let refused = app
        .post_form(
            &format!("/coordinator/events/{event_id}/employers"),
            &[
                ("csrf", &csrf),
                ("name", "Acme Health"),
                ("contact_name", ""),
                ("contact_email", "jo@"),
                ("contact_language", "xx"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["contact_name", "contact_email", "contact_language"] {
        assert!(
            refused.body.contains(&format!(r#"id="{field}-error""#)),
            "{field}"
        );
    }
    assert!(refused.body.contains(r#"value="Acme Health""#));
    assert_eq!(employer::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_coordinator_adds_an_invited_employers_placement_and_bad_values_are_refused() {
    let mut app = TestApp::spawn().await;
    let (event_id, csrf) = event_with_networking(&mut app).await;
    let added = app
        .post_form(
            &format!("/coordinator/events/{event_id}/sessions"),
            &[
                ("csrf", &csrf),
                ("title", "Taster days"),
                ("format", "placement"),
                ("starts", "2027-03-03T17:00"),
                ("ends", "2027-03-03T21:00"),
                ("booking_mode", "preferences"),
                ("preferences_open", "2027-02-01T09:00"),
                ("preferences_close", "2027-02-20T18:00"),
                ("max_bookings_per_participant", "1"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    app.post_form(
        &format!("/coordinator/events/{event_id}/employers"),
        &[
            ("csrf", &csrf),
            ("name", "Acme Logistics"),
            ("contact_name", "Jo Lee"),
            ("contact_email", "jo@acme.example"),
            ("contact_language", "en"),
        ],
    )
    .await;
    let acme = employer::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let session = fairplan::entities::session::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.format.as_str() == "placement")
        .unwrap();
    let url = format!("/coordinator/sessions/{}/placements", session.id);
    let page = app.get(&url).await;
    assert!(page.body.contains("Acme Logistics") && page.body.contains("No placements yet"));

    let stranger = uuid::Uuid::now_v7().to_string();
    let refused = app
        .post_form(
            &url,
            &[
                ("csrf", &csrf),
                ("employer_id", &stranger),
                ("capacity", "0"),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("choose one of the event&#39;s employers")
    );
    let saved = app
        .post_form(
            &url,
            &[
                ("csrf", &csrf),
                ("employer_id", &acme.id.to_string()),
                ("capacity", "3"),
                ("description", "A day with the warehouse team"),
                ("address", "Lagerstraße 5, 12345 Berlin"),
                ("contact", "Ms Weber, 030 1234"),
                (
                    "instructions",
                    "Ring at gate 2.\r\nSafety shoes are provided.",
                ),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let placement = slot::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.session_id == session.id)
        .unwrap();
    assert_eq!(
        (
            placement.employer_id,
            placement.capacity,
            placement.label.as_str()
        ),
        (Some(acme.id), 3, "A day with the warehouse team")
    );
    assert!(
        app.get(&url)
            .await
            .body
            .contains("A day with the warehouse team")
    );

    // Someone placed there is sent to the employer's address, told whom to ask and what to do,
    // on their page, in the mail and in the calendar entry (not the event's venue).
    let added = app
        .post_form(
            &format!("/coordinator/events/{event_id}/participants"),
            &[
                ("csrf", &csrf),
                ("name", "Olena Koval"),
                ("email", "olena@example.org"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let olena = fairplan::entities::participant::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    app.drain_outbox().await;
    crate::support::demo::book(&app, olena.id, placement.id).await;
    app.drain_outbox().await;
    let mail = app.last_mail_to("olena@example.org").unwrap();
    let text = mail.part("text/plain").unwrap();
    assert!(
        text.contains("Where: Lagerstraße 5, 12345 Berlin"),
        "{text}"
    );
    assert!(text.contains("Ask for: Ms Weber, 030 1234"), "{text}");
    assert!(text.contains("Safety shoes are provided."), "{text}");
    let calendar = mail.part("text/calendar").unwrap();
    let unfolded = calendar.replace("\r\n ", "");
    assert!(
        unfolded.contains("LOCATION:Lagerstraße 5\\, 12345 Berlin"),
        "{unfolded}"
    );
    assert!(unfolded.contains("Ask for: Ms Weber"), "{unfolded}");
    let the_event = fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let link = fairplan::services::access_links::participant_link(
        &app.db,
        &app.config,
        olena.id,
        &the_event,
        fairplan::clock::now_ms(),
    )
    .await
    .unwrap();
    let page = app.get(&link.replace(&app.config.base_url, "")).await;
    assert!(
        page.body.contains("Lagerstraße 5, 12345 Berlin"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Ms Weber, 030 1234"));
    assert!(page.body.contains("Ring at gate 2."));
}

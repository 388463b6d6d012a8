//! Setting up an event with employers whose contacts register volunteers, and reading what
//! the volunteers and participants were sent.

use super::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{event, participant, session, slot, volunteer};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Acme's contact.
pub const ACME: &str = "jo@acme.example";
/// Borealis's contact.
pub const BOREALIS: &str = "kim@borealis.example";

/// An event with a mock-interview session 17:30-19:30 and two invited employers; returns the
/// coordinator's CSRF token and each contact's link path.
pub async fn event_with_two_employers(app: &mut TestApp) -> (String, String, String) {
    let csrf = app.sign_in_as_coordinator().await;
    app.post_form(
        "/coordinator/events",
        &[
            ("csrf", &csrf),
            ("title", "Interview evening"),
            ("venue_address", "Main Street 1"),
            ("time_zone", "Europe/Berlin"),
            ("starts", "2027-03-03T17:00"),
            ("ends", "2027-03-03T21:00"),
            ("languages", "en, de"),
        ],
    )
    .await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let added = app
        .post_form(
            &format!("/coordinator/events/{}/sessions", event.id),
            &[
                ("csrf", &csrf),
                ("title", "Mock interviews"),
                ("format", "mock_interview"),
                ("starts", "2027-03-03T17:30"),
                ("ends", "2027-03-03T19:30"),
                ("booking_mode", "first_come"),
                ("slot_minutes", "30"),
                ("break_minutes", "0"),
                ("max_bookings_per_participant", "1"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    for (name, contact) in [("Acme Health", ACME), ("Borealis Bank", BOREALIS)] {
        let invited = app
            .post_form(
                &format!("/coordinator/events/{}/employers", event.id),
                &[
                    ("csrf", &csrf),
                    ("name", name),
                    ("contact_name", "Contact Person"),
                    ("contact_email", contact),
                    ("contact_language", "en"),
                ],
            )
            .await;
        assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
    }
    app.drain_outbox().await;
    let acme = app.link_from_last_mail(ACME).unwrap();
    let borealis = app.link_from_last_mail(BOREALIS).unwrap();
    (csrf, acme, borealis)
}

/// Opens the contact's page (which sets the form cookie) and returns the form token.
pub async fn form_token(app: &mut TestApp, link: &str) -> String {
    let page = app.get(link).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden_field(&page.body, "csrf").unwrap()
}

/// Adds a volunteer through the contact's form (languages en C2; ar B2) and returns their id.
pub async fn add_volunteer(
    app: &mut TestApp,
    link: &str,
    name: &str,
    email: &str,
    availability: &str,
) -> Uuid {
    let csrf = form_token(app, link).await;
    let saved = app
        .post_form(
            &format!("{link}/volunteers"),
            &[
                ("csrf", &csrf),
                ("name", name),
                ("email", email),
                ("job_title", "Recruiter"),
                ("language", "en"),
                ("languages", "en C2; ar B2"),
                ("expertise", "nursing; care"),
                ("availability", availability),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    volunteer::Entity::find()
        .filter(volunteer::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The slots of one volunteer.
pub async fn slots_of(app: &TestApp, volunteer_id: Uuid) -> Vec<slot::Model> {
    slot::Entity::find()
        .filter(slot::Column::VolunteerId.eq(volunteer_id))
        .all(&app.db)
        .await
        .unwrap()
}

/// The iTIP METHOD of every calendar part mailed to `address`, in delivery order.
pub fn methods_of(app: &TestApp, address: &str) -> Vec<String> {
    app.smtp
        .received()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == address))
        .filter_map(|m| m.part("text/calendar"))
        .map(|ics| {
            ics.lines()
                .find_map(|l| l.strip_prefix("METHOD:"))
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
        .collect()
}

/// A participant stored directly (the booking service is what these tests drive).
pub async fn participant_named(app: &TestApp, name: &str, email: &str) -> participant::Model {
    let row = participant::Model {
        id: Uuid::now_v7(),
        email: Some(email.to_owned()),
        phone: None,
        name: name.to_owned(),
        locale: "en".to_owned(),
        language_chosen: true,
        time_zone: None,
        needs: String::new(),
        keep_after_event: false,
        anonymised_at: None,
        created_at: now_ms(),
    };
    participant::Entity::insert(participant::ActiveModel::from(row.clone()))
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    row
}

/// Turns the first session (the interview evening's) into a ranked-choice one whose window is
/// open from 2026 until `closes`, allowing `max` places per person.
pub async fn make_ranked(app: &mut TestApp, csrf: &str, closes: &str, max: &str) {
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let saved = app
        .post_form(
            &format!("/coordinator/sessions/{}", session.id),
            &[
                ("csrf", csrf),
                ("title", "Mock interviews"),
                ("format", "mock_interview"),
                ("starts", "2027-03-03T17:30"),
                ("ends", "2027-03-03T19:30"),
                ("booking_mode", "preferences"),
                ("preferences_open", "2026-01-01T00:00"),
                ("preferences_close", closes),
                ("slot_minutes", "30"),
                ("break_minutes", "0"),
                ("max_bookings_per_participant", max),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

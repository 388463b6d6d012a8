//! Interview slots are matched to the participant: slots whose interviewer shares the interview
//! language at the level and an occupation field come first; a session that requires the field
//! to match does not offer (or book) the others.

use crate::support::team::{add_volunteer, event_with_two_employers, form_token, slots_of};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{event, participant, session, volunteer};
use fairplan::services::access_links;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Changes the interview rules of the event's session through the coordinator's form.
pub(crate) async fn set_rules(app: &mut TestApp, csrf: &str, require_field: bool) {
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let mut fields = vec![
        ("csrf", csrf),
        ("title", "Mock interviews"),
        ("format", "mock_interview"),
        ("starts", "2027-03-03T17:30"),
        ("ends", "2027-03-03T19:30"),
        ("booking_mode", "first_come"),
        ("slot_minutes", "30"),
        ("break_minutes", "0"),
        ("max_bookings_per_participant", "1"),
        ("interview_language", "en"),
        ("min_language_level", "B1"),
    ];
    if require_field {
        fields.push(("require_occupation_match", "on"));
    }
    let saved = app
        .post_form(&format!("/coordinator/sessions/{}", session.id), &fields)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

/// Puts Amira Haddad (English mails; Arabic and English; the given occupation fields) on the
/// event's list, publishes the event, and answers the path of her personal page.
pub(crate) async fn amira_on_published_event(
    app: &mut TestApp,
    csrf: &str,
    occupations: &str,
) -> String {
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let added = app
        .post_form(
            &format!("/coordinator/events/{}/participants", event.id),
            &[
                ("csrf", csrf),
                ("name", "Amira Haddad"),
                ("email", "amira@example.org"),
                ("language", "en"),
                ("occupations", occupations),
                ("languages", "ar C2; en B2"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    app.post_form(
        &format!("/coordinator/events/{}/status", event.id),
        &[("csrf", csrf), ("action", "publish")],
    )
    .await;
    let amira = participant::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let url = access_links::participant_link(&app.db, &app.config, amira.id, &event, now_ms())
        .await
        .unwrap();
    format!("/p/{}", url.rsplit('/').next().unwrap())
}

#[tokio::test]
async fn fitting_interviewers_come_first_and_a_required_field_is_enforced() {
    let mut app = TestApp::spawn().await;
    let (csrf, acme, borealis) = event_with_two_employers(&mut app).await;
    let dana = add_volunteer(
        &mut app,
        &acme,
        "Dana Roth",
        "dana@acme.example",
        "18:30-19:00",
    )
    .await;
    let token = form_token(&mut app, &borealis).await;
    let saved = app
        .post_form(
            &format!("{borealis}/volunteers"),
            &[
                ("csrf", &token),
                ("name", "Sam Lee"),
                ("email", "sam@borealis.example"),
                ("language", "en"),
                ("languages", "de C2; en C1"),
                ("expertise", "banking"),
                ("availability", "17:30-18:00"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let sam = volunteer::Entity::find()
        .filter(volunteer::Column::Email.eq("sam@borealis.example"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    set_rules(&mut app, &csrf, false).await;
    let link = amira_on_published_event(&mut app, &csrf, "nursing").await;

    let page = app.get(&link).await;
    let dana_at = page.body.find("18:30–19:00").expect("Dana's slot");
    let sam_at = page
        .body
        .find("17:30–18:00")
        .expect("Sam's slot, still offered");
    assert!(
        dana_at < sam_at,
        "the interviewer in her field comes first, though later"
    );
    assert!(page.body.contains("(interviewer from another field)"));

    set_rules(&mut app, &csrf, true).await;
    let page = app.get(&link).await;
    assert!(page.body.contains("18:30–19:00"));
    assert!(
        !page.body.contains("17:30–18:00"),
        "another field is not offered now"
    );
    let csrf_p = hidden_field(&page.body, "csrf").unwrap();
    let sams_slot = slots_of(&app, sam.id).await.remove(0);
    let refused = app
        .post_form(
            &format!("{link}/book"),
            &[("csrf", &csrf_p), ("slot_id", &sams_slot.id.to_string())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .body
            .contains("does not match your languages or occupation")
    );
    let danas_slot = slots_of(&app, dana).await.remove(0);
    let booked = app
        .post_form(
            &format!("{link}/book"),
            &[("csrf", &csrf_p), ("slot_id", &danas_slot.id.to_string())],
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
}

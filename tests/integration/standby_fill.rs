//! Filling a session's free places from the standby list at once, with the allocation
//! engine: where giving places one by one to the first in line leaves a place empty, the engine
//! places everyone who can be placed.

use crate::check_in::{booked, day_with_one_booking, reload};
use crate::support::TestApp;
use axum::http::StatusCode;
use fairplan::entities::{booking, participant, slot, standby};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// Adds a walk-in through the form.
async fn walk_in(app: &mut TestApp, csrf: &str, event_id: Uuid, name: &str, fields: &str) {
    let email = format!("{}@example.org", name.to_lowercase().replace(' ', "."));
    let added = app
        .post_form(
            &format!("/coordinator/events/{event_id}/walk-ins"),
            &[
                ("csrf", csrf),
                ("name", name),
                ("email", &email),
                ("language", "en"),
                ("languages", "de C1; en C1"),
                ("occupations", fields),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
}

#[tokio::test]
async fn filling_a_session_at_once_places_everyone_one_by_one_giving_would_not() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let session_id = day.slot.session_id;
    // Interviews need a shared occupation field. Only two places stay free: one with the
    // engineer, a later one with the nurse.
    let mut rules: fairplan::entities::session::ActiveModel =
        fairplan::entities::session::Entity::find_by_id(session_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .into();
    rules.require_occupation_match = Set(true);
    rules.update(&app.db).await.unwrap();
    let volunteer_named = |name: &'static str| {
        let db = app.db.clone();
        async move {
            fairplan::entities::volunteer::Entity::find()
                .filter(fairplan::entities::volunteer::Column::Name.eq(name))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let engineer = volunteer_named("Jonas Becker").await;
    let nurse = volunteer_named("Samir Haddad").await;
    let slots: Vec<slot::Model> = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    let engineering_place = slots
        .iter()
        .find(|s| s.volunteer_id == Some(engineer.id) && s.booked == 0)
        .unwrap()
        .clone();
    let healthcare_place = slots
        .iter()
        .rev()
        .find(|s| s.volunteer_id == Some(nurse.id))
        .unwrap()
        .clone();
    // (Every other place of the event is taken, the other sessions' too.)
    for slot in slot::Entity::find().all(&app.db).await.unwrap() {
        if slot.id != engineering_place.id && slot.id != healthcare_place.id {
            let mut full: slot::ActiveModel = slot.clone().into();
            full.booked = Set(slot.capacity);
            full.update(&app.db).await.unwrap();
        }
    }
    // First in line can do both; second only engineering.
    walk_in(
        &mut app,
        &day.csrf,
        day.event_id,
        "Amal Nasser",
        "engineering; healthcare",
    )
    .await;
    walk_in(
        &mut app,
        &day.csrf,
        day.event_id,
        "Bohdan Koval",
        "engineering",
    )
    .await;
    let page_path = format!("/coordinator/events/{}/check-in", day.event_id);
    let page = app.get(&page_path).await;
    // One by one, both places would be offered to Amal first: whoever takes the engineering
    // place leaves the nurse's without anyone who fits.
    assert_eq!(
        page.body
            .matches("Give to \u{2068}Amal Nasser\u{2069}")
            .count(),
        2
    );
    assert!(
        page.body
            .contains("Fill every free place of \u{2068}Mock interviews\u{2069} from standby")
    );

    let filled = app
        .post_form(
            &format!("/coordinator/events/{}/standby/fill", day.event_id),
            &[("csrf", &day.csrf), ("session_id", &session_id.to_string())],
        )
        .await;
    assert_eq!(filled.status, StatusCode::SEE_OTHER, "{}", filled.body);
    assert!(filled.header("location").contains("notice=filled"));
    let place_of = |email: &'static str| {
        let db = app.db.clone();
        async move {
            let person = participant::Entity::find()
                .filter(participant::Column::Email.eq(email))
                .one(&db)
                .await
                .unwrap()
                .unwrap();
            booking::Entity::find()
                .filter(booking::Column::ParticipantId.eq(person.id))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let amal = place_of("amal.nasser@example.org").await;
    let bohdan = place_of("bohdan.koval@example.org").await;
    assert_eq!(amal.slot_id, Some(healthcare_place.id));
    assert_eq!(bohdan.slot_id, Some(engineering_place.id));
    assert!(amal.arrived_at.is_some() && bohdan.arrived_at.is_some());
    assert_eq!(
        standby::Entity::find()
            .filter(standby::Column::LeftAt.is_null())
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "nobody is left waiting"
    );
    assert_eq!(booked(&app, healthcare_place.id).await, 1);
    // Filling again with nobody waiting changes nothing.
    let again = app
        .post_form(
            &format!("/coordinator/events/{}/standby/fill", day.event_id),
            &[("csrf", &day.csrf), ("session_id", &session_id.to_string())],
        )
        .await;
    assert!(again.header("location").contains("notice=none_fit"));
    assert_eq!(
        reload(&app, amal.id).await.slot_id,
        Some(healthcare_place.id)
    );
}

//! Check-in seen from elsewhere: a volunteer checks in the people booked with them through
//! their own link (and no one else's), and the rounds page re-plans for the people present.

use crate::check_in::{day_with_one_booking, reload};
use crate::support::demo::{book, demo_person};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::entities::{audit_log, booking, slot};
use fairplan::services::access_links;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

#[tokio::test]
async fn a_volunteer_checks_in_the_people_booked_with_them_only() {
    let mut app = TestApp::spawn().await;
    let day = day_with_one_booking(&mut app).await;
    let volunteer =
        fairplan::entities::volunteer::Entity::find_by_id(day.slot.volunteer_id.unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
    let token = access_links::issue(
        &app.db,
        LinkSubject::Volunteer(volunteer.id),
        Some(day.event_id),
        now_ms(),
        now_ms() + 30 * 86_400_000,
    )
    .await
    .unwrap();
    let path = format!("/v/{token}");
    app.forget_cookies();
    let page = app.get(&path).await;
    assert!(
        page.body.contains("Am Tag selbst"),
        "the volunteer's page is in the language of their mails"
    );
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let done = app
        .post_form(
            &format!("{path}/check-in/{}", day.booking.id),
            &[("csrf", &csrf), ("mark", "arrived")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(reload(&app, day.booking.id).await.arrived_at.is_some());
    let entry = audit_log::Entity::find()
        .filter(audit_log::Column::SubjectId.eq(day.booking.id))
        // (The booking itself is logged as the participant's doing.)
        .filter(audit_log::Column::Action.ne("booking.booked"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (entry.actor_kind.as_str(), entry.actor_id),
        ("volunteer", Some(volunteer.id))
    );

    // A booking with another interviewer is not theirs to touch.
    let other_slot = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(day.slot.session_id))
        .filter(slot::Column::VolunteerId.ne(volunteer.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let other = demo_person(&app, 2).await;
    let theirs = book(&app, other.id, other_slot.id).await;
    let refused = app
        .post_form(
            &format!("{path}/check-in/{}", theirs.id),
            &[("csrf", &csrf), ("mark", "no_show")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(reload(&app, theirs.id).await.status.as_str(), "confirmed");
}

/// Books of `session_id` for `person`, by the database (the check-in is what is tested).
async fn booking_of(app: &TestApp, session_id: Uuid, person: Uuid) -> booking::Model {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::ParticipantId.eq(person))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn the_rounds_are_re_planned_for_the_people_actually_present() {
    let mut app = TestApp::spawn().await;
    let setup = crate::rotation::networking_with(&mut app, 6).await;
    let session_id = setup.session.id;
    let event_id = setup.session.event_id;
    let mark = |booking_id: Uuid, mark: &'static str| {
        (
            format!("/coordinator/events/{event_id}/check-in/{booking_id}"),
            mark,
        )
    };
    // Nobody checked in yet: nobody is ticked as absent.
    let page = app
        .get(&format!("/coordinator/sessions/{session_id}/rotation"))
        .await;
    assert!(!page.body.contains("(not checked in)"));
    // The rounds have begun.
    let first = booking_of(&app, session_id, setup.seated[0].id).await;
    crate::support::clock::begin_now(&app, first.slot_id.unwrap()).await;
    // Four arrive, one does not come, one is not checked in yet.
    for (n, person) in setup.seated.iter().enumerate() {
        let booking = booking_of(&app, session_id, person.id).await;
        let what = match n {
            0..4 => "arrived",
            4 => "no_show",
            _ => continue,
        };
        let (path, what) = mark(booking.id, what);
        let done = app
            .post_form(&path, &[("csrf", &setup.csrf), ("mark", what)])
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
    }
    let page = app
        .get(&format!("/coordinator/sessions/{session_id}/rotation"))
        .await;
    let late = &setup.seated[5];
    assert!(
        page.body.contains(&format!(
            r#"value="{}" checked><label for="absent-{}"><bdi>{}</bdi> (not checked in)"#,
            late.id, late.id, late.name
        )),
        "the one not checked in is offered as absent"
    );
    assert!(
        !page.body.contains(&setup.seated[4].name),
        "a no-show holds no seat"
    );
    // Planning with what the page offers seats the four present people only.
    let absent = late.id.to_string();
    let planned = crate::rotation::plan(
        &mut app,
        &setup,
        &[("from_round", "1"), ("seed", "1"), ("absent", &absent)],
    )
    .await;
    assert_eq!(planned.status, StatusCode::SEE_OTHER, "{}", planned.body);
    let seated: std::collections::HashSet<Uuid> = crate::rotation::seating(&app)
        .await
        .into_iter()
        .map(|(_, _, person)| person)
        .collect();
    let present: std::collections::HashSet<Uuid> = setup.seated[..4].iter().map(|p| p.id).collect();
    assert_eq!(seated, present);
}

//! The coordinator's allocation page for a preferences session: demand, a preview that books
//! nothing, figures and reasons, a commit that books and mails in one go and never twice, and a
//! re-run after a cancellation that fills only the freed place without moving anybody.

use crate::support::TestApp;
use crate::support::demo::demo_session;
use crate::support::ranked::{
    commit, live_bookings, mails_of_kind, oversubscribed_session, placed_by, preview,
    session_with_places_per_person,
};
use crate::support::team::event_with_two_employers;
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{allocation_run, participant, session, slot};
use fairplan::mail::templates::CancelledBy;
use fairplan::services::bookings;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

#[tokio::test]
async fn a_coordinator_previews_commits_once_and_refills_a_freed_place() {
    let mut app = TestApp::spawn().await;
    let setup = oversubscribed_session(&mut app, 6).await;
    let page_path = format!("/coordinator/sessions/{}/allocation", setup.session.id);

    let page = app.get(&page_path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("6 people have ranked options"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Oversubscribed"),
        "6 first choices for 1 place"
    );

    // A preview books nothing and mails nobody.
    let run = preview(&mut app, &setup, "7").await;
    assert!(live_bookings(&app).await.is_empty());
    let shown = app
        .get(&format!("{page_path}?run={run}&notice=previewed"))
        .await;
    assert!(shown.body.contains("Preview ready"), "{}", shown.body);
    assert!(
        shown.body.contains("<dd>4 of 6</dd>"),
        "placed 4 of 6: {}",
        shown.body
    );
    assert!(shown.body.contains("Left out (2)"));
    assert!(
        shown.body.contains("a lottery decided (seed 7)"),
        "the reason names the lottery and its seed: {}",
        shown.body
    );
    let stored = allocation_run::Entity::find_by_id(run)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((stored.seed, stored.status.as_str()), (7, "preview"));

    // The same seed gives the same places; the newer preview replaces the older.
    let again = preview(&mut app, &setup, "7").await;
    assert_eq!(placed_by(&app, run).await, placed_by(&app, again).await);
    let stale = commit(&mut app, &setup, run).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("A newer preview replaced this one"));
    assert!(live_bookings(&app).await.is_empty());

    // Commit: four bookings, four invitations, two "no place" notices, in one go.
    let committed = commit(&mut app, &setup, again).await;
    assert_eq!(
        committed.status,
        StatusCode::SEE_OTHER,
        "{}",
        committed.body
    );
    assert!(committed.header("location").ends_with("notice=committed"));
    let booked = live_bookings(&app).await;
    assert_eq!(booked.len(), 4);
    let audited = crate::support::audited(&app, "booking.allocated").await;
    assert_eq!(audited.len(), 4, "each place given is in the audit log");
    let expected: Vec<(Uuid, Option<Uuid>)> = placed_by(&app, again)
        .await
        .into_iter()
        .filter(|(_, slot)| slot.is_some())
        .collect();
    let got: Vec<(Uuid, Option<Uuid>)> = booked
        .iter()
        .map(|b| (b.participant_id, b.slot_id))
        .collect();
    assert_eq!(got, expected, "the bookings are the preview's places");
    for slot in slot::Entity::find().all(&app.db).await.unwrap() {
        assert_eq!(slot.booked, 1, "every slot holds exactly its one place");
    }
    assert_eq!(mails_of_kind(&app, "booking_confirmed").await, 4);
    assert_eq!(mails_of_kind(&app, "allocation_no_place").await, 2);
    app.drain_outbox().await;
    let left_out: Vec<&participant::Model> = setup
        .people
        .iter()
        .filter(|p| !booked.iter().any(|b| b.participant_id == p.id))
        .collect();
    let notice = app.last_mail_to(left_out[0].mail_address()).unwrap();
    let subject = notice.header("subject").unwrap();
    assert!(
        subject.contains("No place this time"),
        "{subject}: {}",
        notice.raw
    );
    assert!(
        notice.part("text/calendar").is_none(),
        "nothing booked, no invitation"
    );
    // The mail and the page say why, and the ranking is closed.
    let text = notice.part("text/plain").unwrap();
    assert!(text.contains("Why: "), "{text}");
    let reason = text[text.find("Why: ").unwrap() + 5..]
        .lines()
        .next()
        .unwrap()
        .to_owned();
    assert!(reason.len() > 20, "a real reason: {reason}");
    assert!(
        !reason.contains("alloc-"),
        "in words, not a text id: {reason}"
    );
    let their_link = app.link_from_last_mail(left_out[0].mail_address()).unwrap();
    let page = app.get(&their_link).await;
    assert!(page.body.contains("No place was given to you this time."));
    assert!(page.body.contains(&reason), "the same reason on the page");
    assert!(page.body.contains("the ranking is closed"));
    assert!(!page.body.contains("/preferences\""), "no ranking form");
    let placed = setup
        .people
        .iter()
        .find(|p| booked.iter().any(|b| b.participant_id == p.id))
        .unwrap();
    let invitation = app.last_mail_to(placed.mail_address()).unwrap();
    assert!(
        invitation
            .part("text/calendar")
            .unwrap()
            .contains("METHOD:REQUEST")
    );

    // Pressing commit again books nothing twice.
    let twice = commit(&mut app, &setup, again).await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    assert!(twice.header("location").ends_with("notice=already"));
    assert_eq!(live_bookings(&app).await.len(), 4);
    assert_eq!(mails_of_kind(&app, "booking_confirmed").await, 4);

    // A cancellation frees one place; the re-run fills only that place, moving nobody.
    let gone = &booked[0];
    bookings::cancel(
        &app.db,
        &app.config,
        gone.id,
        CancelledBy::Participant,
        "https://fairplan.test/p/x",
        now_ms(),
    )
    .await
    .unwrap();
    let refill = preview(&mut app, &setup, "11").await;
    let given: Vec<(Uuid, Option<Uuid>)> = placed_by(&app, refill)
        .await
        .into_iter()
        .filter(|(_, slot)| slot.is_some())
        .collect();
    assert_eq!(given.len(), 1, "only the freed place is given: {given:?}");
    assert_eq!(given[0].1, gone.slot_id);
    assert!(
        left_out.iter().any(|p| p.id == given[0].0),
        "it goes to someone who had nothing"
    );
    let done = commit(&mut app, &setup, refill).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let after = live_bookings(&app).await;
    assert_eq!(after.len(), 4);
    for kept in &booked[1..] {
        assert!(
            after
                .iter()
                .any(|b| b.id == kept.id && b.slot_id == kept.slot_id),
            "nobody moved"
        );
    }
    let runs = app.get(&page_path).await;
    assert!(runs.body.contains("All runs"));
    assert_eq!(runs.body.matches(">committed<").count(), 2, "{}", runs.body);
}

#[tokio::test]
async fn commit_refuses_a_preview_whose_places_were_taken_meanwhile_and_books_nothing() {
    let mut app = TestApp::spawn().await;
    let setup = oversubscribed_session(&mut app, 6).await;
    let run = preview(&mut app, &setup, "3").await;
    // Someone's place disappears under the preview: the slot fills up by another route.
    let taken = placed_by(&app, run)
        .await
        .into_iter()
        .find_map(|(_, slot)| slot)
        .unwrap();
    let row = slot::Entity::find_by_id(taken)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut full: slot::ActiveModel = row.into();
    full.booked = sea_orm::ActiveValue::Set(1);
    sea_orm::ActiveModelTrait::update(full, &app.db)
        .await
        .unwrap();

    let refused = commit(&mut app, &setup, run).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .body
            .contains("Places have changed since this preview"),
        "{}",
        refused.body
    );
    assert!(live_bookings(&app).await.is_empty(), "nothing half-booked");
    assert_eq!(mails_of_kind(&app, "booking_confirmed").await, 0);
    let stored = allocation_run::Entity::find_by_id(run)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.status.as_str(),
        "preview",
        "the commit was rolled back whole"
    );
}

#[tokio::test]
async fn people_without_choices_are_placed_only_when_asked_and_never_told_they_got_nothing() {
    let mut app = TestApp::spawn().await;
    // Two rank, four do not.
    let setup = oversubscribed_session(&mut app, 2).await;
    let only_ranked = preview(&mut app, &setup, "5").await;
    assert_eq!(placed_by(&app, only_ranked).await.len(), 2);

    let made = app
        .post_form(
            &format!(
                "/coordinator/sessions/{}/allocation/preview",
                setup.session.id
            ),
            &[
                ("csrf", &setup.csrf),
                ("seed", "5"),
                ("include_unranked", "yes"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let run = allocation_run::Entity::find()
        .filter(allocation_run::Column::Status.eq("preview"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let rows = placed_by(&app, run.id).await;
    assert_eq!(rows.len(), 6);
    assert_eq!(rows.iter().filter(|(_, s)| s.is_some()).count(), 4);
    let rankers: Vec<Uuid> = setup.people.iter().take(2).map(|p| p.id).collect();
    for ranker in &rankers {
        assert!(
            rows.iter().any(|(p, s)| p == ranker && s.is_some()),
            "people who asked come before people who did not"
        );
    }
    let done = commit(&mut app, &setup, run.id).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(mails_of_kind(&app, "allocation_no_place").await, 0);
    assert_eq!(setup.slots.len(), live_bookings(&app).await.len());
}

#[tokio::test]
async fn a_first_come_session_has_no_allocation_and_bad_seeds_are_explained() {
    let mut app = TestApp::spawn().await;
    let (csrf, _, _) = event_with_two_employers(&mut app).await;
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let path = format!("/coordinator/sessions/{}/allocation", session.id);
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Only sessions whose places are given out from ranked choices")
    );
    assert!(!page.body.contains("Run the preview"));
    let refused = app
        .post_form(
            &format!("{path}/preview"),
            &[("csrf", &csrf), ("seed", "1")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);

    let setup_app = &mut TestApp::spawn().await;
    let setup = oversubscribed_session(setup_app, 3).await;
    let bad = setup_app
        .post_form(
            &format!(
                "/coordinator/sessions/{}/allocation/preview",
                setup.session.id
            ),
            &[("csrf", &setup.csrf), ("seed", "seven")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("The lottery seed must be a whole number"));
    assert!(bad.body.contains("value=\"seven\""), "kept as typed");
    let forged = setup_app
        .post_form(
            &format!(
                "/coordinator/sessions/{}/allocation/preview",
                setup.session.id
            ),
            &[("csrf", "wrong"), ("seed", "1")],
        )
        .await;
    assert_ne!(forged.status, StatusCode::SEE_OTHER);
    assert!(
        allocation_run::Entity::find()
            .all(&setup_app.db)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_session_allowing_two_places_books_two_for_each_person_who_asked() {
    let mut app = TestApp::spawn().await;
    let setup = session_with_places_per_person(&mut app, 2, "2").await;
    let run = preview(&mut app, &setup, "9").await;
    let done = commit(&mut app, &setup, run).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let booked = live_bookings(&app).await;
    assert_eq!(booked.len(), 4, "two people, two places each");
    for person in setup.people.iter().take(2) {
        let mut places: Vec<i32> = booked
            .iter()
            .filter(|b| b.participant_id == person.id)
            .map(|b| b.place_no)
            .collect();
        places.sort();
        assert_eq!(places, [1, 2]);
    }
}

#[tokio::test]
async fn the_demo_event_has_an_oversubscribed_placement_session_to_allocate() {
    let mut app = TestApp::spawn().await;
    let (csrf, placements) = demo_session(&mut app, "placement").await;
    let event = app
        .get(&format!("/coordinator/events/{}", placements.event_id))
        .await;
    let path = format!("/coordinator/sessions/{}/allocation", placements.id);
    assert!(
        event.body.contains(&path),
        "the event page links the allocation"
    );
    let page = app.get(&path).await;
    assert!(
        page.body.contains("20 people have ranked options"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Oversubscribed"));
    let made = app
        .post_form(
            &format!("{path}/preview"),
            &[("csrf", &csrf), ("seed", "1")],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let shown = app.get(made.header("location")).await;
    assert!(
        shown.body.contains("Left out before, placed now"),
        "{}",
        shown.body
    );
    assert!(shown.body.contains("Commit and mail everyone"));
}

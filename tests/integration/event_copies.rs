//! Running an event again: a copy on new dates keeps its sessions, placements and (when asked)
//! employers, and nobody is booked; a session can be copied within its event.

use crate::support::demo::{demo_session, session_of_format};
use crate::support::{TestApp, audited};
use axum::http::StatusCode;
use fairplan::domain::time::{local_date, shift_days};
use fairplan::entities::{
    booking, event, event_employer, event_participant, networking_table, placement_detail, session,
    slot,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

const ZONE: &str = "Europe/Berlin";

async fn sessions_of(app: &TestApp, event_id: Uuid) -> Vec<session::Model> {
    session::Entity::find()
        .filter(session::Column::EventId.eq(event_id))
        .order_by_asc(session::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
}

async fn units_of(app: &TestApp, session_id: Uuid) -> Vec<slot::Model> {
    slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session_id))
        .order_by_asc(slot::Column::StartsAt)
        .order_by_asc(slot::Column::EmployerId)
        .order_by_asc(slot::Column::Label)
        .all(&app.db)
        .await
        .unwrap()
}

/// Adds a placement with every detail given, through the page.
async fn add_detailed_placement(app: &mut TestApp, csrf: &str, session_id: Uuid) {
    let page = app
        .get(&format!("/coordinator/sessions/{session_id}/placements"))
        .await;
    let select = &page.body[page.body.find(r#"id="employer_id""#).unwrap()..];
    let employer = select.split(r#"<option value=""#).nth(1).unwrap();
    let employer = &employer[..employer.find('"').unwrap()];
    let added = app
        .post_form(
            &format!("/coordinator/sessions/{session_id}/placements"),
            &[
                ("csrf", csrf),
                ("employer_id", employer),
                ("capacity", "3"),
                ("description", "A day on the ward"),
                ("address", "Klinikweg 4"),
                ("contact", "Ms Weber, +49 30 555"),
                ("instructions", "Wear closed shoes."),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
}

#[tokio::test]
async fn a_copied_event_runs_on_new_dates_with_its_sessions_placements_and_employers() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    let placement = session_of_format(&app, "placement").await;
    add_detailed_placement(&mut app, &csrf, placement.id).await;
    app.drain_outbox().await;
    let source = event::Entity::find_by_id(mock.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let form = app
        .get(&format!("/coordinator/events/{}/copy", source.id))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"type="date""#));
    let first_day = local_date(source.starts_at, ZONE).unwrap() + jiff::Span::new().days(14);
    let first_day = first_day.to_string();
    let copied = app
        .post_form(
            &format!("/coordinator/events/{}/copy", source.id),
            &[
                ("csrf", &csrf),
                ("title", "Career Evening, again"),
                ("first_day", &first_day),
                ("invite_employers", "yes"),
            ],
        )
        .await;
    assert_eq!(copied.status, StatusCode::SEE_OTHER, "{}", copied.body);
    let location = copied.header("location").to_owned();
    assert!(location.ends_with("?notice=copied"));
    let shown = app.get(&location).await;
    assert!(shown.body.contains("This is the copy"));

    let copy = event::Entity::find()
        .filter(event::Column::Title.eq("Career Evening, again"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let moved = |ms: i64| shift_days(ms, 14, ZONE).unwrap();
    assert_eq!(copy.status.as_str(), "draft");
    assert_eq!(
        (copy.starts_at, copy.ends_at),
        (moved(source.starts_at), moved(source.ends_at))
    );
    assert_eq!(copy.venue_address, source.venue_address);
    assert_eq!(copy.languages, source.languages);

    let (old_sessions, new_sessions) = (
        sessions_of(&app, source.id).await,
        sessions_of(&app, copy.id).await,
    );
    assert_eq!(old_sessions.len(), new_sessions.len());
    for (old, new) in old_sessions.iter().zip(&new_sessions) {
        assert_eq!(
            (&old.title, old.format, old.booking_mode),
            (&new.title, new.format, new.booking_mode)
        );
        assert_eq!(
            (moved(old.starts_at), moved(old.ends_at)),
            (new.starts_at, new.ends_at)
        );
        assert_eq!(
            old.preferences_close_at.map(moved),
            new.preferences_close_at
        );
        assert_eq!(
            (old.rounds, old.seats_per_table, &old.room),
            (new.rounds, new.seats_per_table, &new.room)
        );
        let booked = booking::Entity::find()
            .filter(booking::Column::SessionId.eq(new.id))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(booked, 0, "nobody is booked in {}", new.title);
    }
    let new_placement = new_sessions
        .iter()
        .find(|s| s.format.as_str() == "placement")
        .unwrap();
    let (old_units, new_units) = (
        units_of(&app, placement.id).await,
        units_of(&app, new_placement.id).await,
    );
    assert_eq!(old_units.len(), new_units.len());
    for (old, new) in old_units.iter().zip(&new_units) {
        assert_eq!(
            (old.employer_id, &old.label, old.capacity),
            (new.employer_id, &new.label, new.capacity)
        );
        assert_eq!((new.booked, new.starts_at), (0, moved(old.starts_at)));
    }
    let details = placement_detail::Entity::find().all(&app.db).await.unwrap();
    let copied_detail = details
        .iter()
        .find(|d| new_units.iter().any(|u| u.id == d.slot_id))
        .expect("the placement's details came along");
    assert_eq!(
        (
            copied_detail.address.as_str(),
            copied_detail.instructions.as_str()
        ),
        ("Klinikweg 4", "Wear closed shoes.")
    );
    let new_networking = new_sessions
        .iter()
        .find(|s| s.format.as_str() == "speed_networking")
        .unwrap();
    let tables = networking_table::Entity::find()
        .filter(networking_table::Column::SessionId.eq(new_networking.id))
        .count(&app.db)
        .await
        .unwrap();
    let invited = |id: Uuid| {
        event_employer::Entity::find()
            .filter(event_employer::Column::EventId.eq(id))
            .count(&app.db)
    };
    let employers = invited(source.id).await.unwrap();
    assert_eq!(invited(copy.id).await.unwrap(), employers);
    assert_eq!(tables, employers, "a table for each employer");
    let listed = event_participant::Entity::find()
        .filter(event_participant::Column::EventId.eq(copy.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(listed, 0, "participants stay with the first event");
    assert!(
        app.drain_outbox().await >= employers as usize,
        "each contact is mailed"
    );
    let mail = app.last_mail_to("katrin.vogel@nordlicht.example").unwrap();
    let text = mail.part("text/plain").unwrap();
    assert!(text.contains("Career Evening, again"), "{text}");
    let link = app
        .link_from_last_mail("katrin.vogel@nordlicht.example")
        .unwrap();
    assert!(link.starts_with("/e/"), "{link}");
    let employer_page = app.get(&link).await;
    assert!(employer_page.body.contains("Career Evening, again"));
    assert_eq!(audited(&app, "event.copied").await.len(), 1);
}

#[tokio::test]
async fn a_copy_without_invitations_mails_nobody_and_a_day_gone_by_is_refused() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    let path = format!("/coordinator/events/{}/copy", mock.event_id);
    let events_before = event::Entity::find().count(&app.db).await.unwrap();
    for (day, problem) in [
        ("2020-01-07", "that day has passed"),
        ("2027-02-30", "enter the first day as a date"),
        ("", "enter the first day as a date"),
        ("9999-12-31", "within ten years"),
    ] {
        let refused = app
            .post_form(
                &path,
                &[("csrf", &csrf), ("title", "Again"), ("first_day", day)],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{day}");
        assert!(refused.body.contains(r#"id="first_day-error""#), "{day}");
        assert!(refused.body.contains(problem), "{day}: {}", refused.body);
        assert!(
            refused.body.contains(r#"value="Again""#),
            "the title typed is kept"
        );
    }
    let untitled = app
        .post_form(
            &path,
            &[
                ("csrf", &csrf),
                ("title", "\u{0}"),
                ("first_day", "2030-01-08"),
            ],
        )
        .await;
    assert!(untitled.status.is_client_error(), "{}", untitled.status);
    assert_eq!(
        event::Entity::find().count(&app.db).await.unwrap(),
        events_before
    );

    let source = event::Entity::find_by_id(mock.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let first_day = local_date(source.starts_at, ZONE).unwrap() + jiff::Span::new().days(30);
    let first_day = first_day.to_string();
    let copied = app
        .post_form(
            &path,
            &[
                ("csrf", &csrf),
                ("title", "Again"),
                ("first_day", &first_day),
            ],
        )
        .await;
    assert_eq!(copied.status, StatusCode::SEE_OTHER, "{}", copied.body);
    let copy = event::Entity::find()
        .filter(event::Column::Title.eq("Again"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        local_date(copy.starts_at, ZONE).unwrap().to_string(),
        first_day
    );
    let employers = event_employer::Entity::find()
        .filter(event_employer::Column::EventId.eq(copy.id))
        .count(&app.db)
        .await
        .unwrap();
    assert!(employers > 0, "the employers come along");
    assert_eq!(
        app.drain_outbox().await,
        0,
        "but nobody is mailed without the box ticked"
    );
}

#[tokio::test]
async fn a_session_copied_within_its_event_keeps_its_settings_and_placements() {
    let mut app = TestApp::spawn().await;
    let (csrf, _) = demo_session(&mut app, "mock_interview").await;
    let placement = session_of_format(&app, "placement").await;
    let forged = app
        .post_form(
            &format!("/coordinator/sessions/{}/copy", placement.id),
            &[("csrf", "x")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let copied = app
        .post_form(
            &format!("/coordinator/sessions/{}/copy", placement.id),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(copied.status, StatusCode::SEE_OTHER);
    let edit = copied.header("location").to_owned();
    assert!(edit.ends_with("/edit"), "{edit}");
    let form = app.get(&edit).await;
    assert!(form.body.contains("Taster day at an employer (copy)"));
    let copy = session::Entity::find()
        .filter(session::Column::Title.eq("Taster day at an employer (copy)"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            copy.event_id,
            copy.starts_at,
            copy.ends_at,
            copy.booking_mode
        ),
        (
            placement.event_id,
            placement.starts_at,
            placement.ends_at,
            placement.booking_mode
        )
    );
    let (old, new) = (
        units_of(&app, placement.id).await,
        units_of(&app, copy.id).await,
    );
    assert_eq!(old.len(), new.len());
    assert!(new.iter().all(|unit| unit.booked == 0));
    assert_eq!(audited(&app, "session.copied").await.len(), 1);
}

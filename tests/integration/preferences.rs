//! Ranked choices in a preferences session: at least three, no number twice, shown again as
//! typed when wrong, changeable while the window is open, refused after it closes.

use crate::support::team::{add_volunteer, event_with_two_employers, make_ranked};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{event, participant, preference, session, slot};
use fairplan::services::access_links;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, QueryOrder};

/// Turns the event's interview session into a ranked-choice one, open from now until a week
/// before the event, publishes the event and returns a participant's link path and the slots.
async fn ranked_session(app: &mut TestApp) -> (String, Vec<slot::Model>) {
    let (csrf, acme, _) = event_with_two_employers(app).await;
    add_volunteer(app, &acme, "Dana Roth", "dana@acme.example", "17:30-19:30").await;
    make_ranked(app, &csrf, "2027-02-24T12:00", "1").await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    app.post_form(
        &format!("/coordinator/events/{}/participants", event.id),
        &[
            ("csrf", &csrf),
            ("name", "Amira Haddad"),
            ("email", "amira@example.org"),
            ("language", "en"),
            ("occupations", "nursing"),
            ("languages", "en B2"),
        ],
    )
    .await;
    app.post_form(
        &format!("/coordinator/events/{}/status", event.id),
        &[("csrf", &csrf), ("action", "publish")],
    )
    .await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let amira = participant::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let url = access_links::participant_link(&app.db, &app.config, amira.id, &event, now_ms())
        .await
        .unwrap();
    let slots = slot::Entity::find()
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    (format!("/p/{}", url.rsplit('/').next().unwrap()), slots)
}

async fn rank(
    app: &mut TestApp,
    link: &str,
    slots: &[slot::Model],
    ranks: &[&str],
) -> crate::support::TestResponse {
    let page = app.get(link).await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    rank_with(app, link, slots, ranks, &csrf).await
}

/// Sends a ranking with a form token taken earlier.
async fn rank_with(
    app: &mut TestApp,
    link: &str,
    slots: &[slot::Model],
    ranks: &[&str],
    csrf: &str,
) -> crate::support::TestResponse {
    let session = session::Entity::find().one(&app.db).await.unwrap().unwrap();
    let names: Vec<String> = slots.iter().map(|s| format!("rank_{}", s.id)).collect();
    let mut fields: Vec<(&str, &str)> = vec![("csrf", csrf)];
    for (name, value) in names.iter().zip(ranks) {
        fields.push((name, value));
    }
    app.post_form(
        &format!("{link}/sessions/{}/preferences", session.id),
        &fields,
    )
    .await
}

async fn stored(app: &TestApp) -> Vec<(i32, uuid::Uuid)> {
    preference::Entity::find()
        .order_by_asc(preference::Column::Rank)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|p| (p.rank, p.slot_id))
        .collect()
}

#[tokio::test]
async fn a_participant_ranks_changes_and_is_told_what_is_wrong() {
    let mut app = TestApp::spawn().await;
    let (link, slots) = ranked_session(&mut app).await;
    assert_eq!(slots.len(), 4);
    let page = app.get(&link).await;
    assert!(
        page.body.contains("Number at least 3 options"),
        "{}",
        page.body
    );

    let too_few = rank(&mut app, &link, &slots, &["1", "2", "", ""]).await;
    assert_eq!(too_few.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_few.body.contains("Choose at least 3"));
    // Said at the top of the page too, linked to the form, which is unfolded.
    let summary = too_few
        .body
        .split(r#"<div class="error-summary" role="alert">"#)
        .nth(1)
        .expect("a summary at the top");
    assert!(summary.find("Choose at least 3").unwrap() < summary.find("What to do next").unwrap());
    assert!(summary.contains(r##"<a href="#rank-"##), "{summary}");
    assert!(too_few.body.contains(r#"<details class="options" open>"#));
    assert!(
        too_few.body.contains("<option value=\"2\" selected>"),
        "kept as typed"
    );
    let twice = rank(&mut app, &link, &slots, &["1", "1", "2", ""]).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("Choice 1 is given twice"));
    assert!(stored(&app).await.is_empty(), "nothing saved");

    let saved = rank(&mut app, &link, &slots, &["3", "", "1", "2"]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(saved.header("location").ends_with("notice=ranked"));
    assert_eq!(
        stored(&app).await,
        [(1, slots[2].id), (2, slots[3].id), (3, slots[0].id)]
    );

    let changed = rank(&mut app, &link, &slots, &["1", "2", "3", "4"]).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let now: Vec<uuid::Uuid> = stored(&app).await.into_iter().map(|(_, s)| s).collect();
    assert_eq!(now, slots.iter().map(|s| s.id).collect::<Vec<_>>());

    let page = app.get(&link).await;
    let book = app
        .post_form(
            &format!("{link}/book"),
            &[
                ("csrf", &hidden_field(&page.body, "csrf").unwrap()),
                ("slot_id", &slots[0].id.to_string()),
            ],
        )
        .await;
    assert_eq!(
        book.status,
        StatusCode::CONFLICT,
        "no direct booking in a ranked session"
    );

    let csrf = hidden_field(&app.get(&link).await.body, "csrf").unwrap();
    let mut closing: session::ActiveModel = session::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    closing.preferences_open_at = Set(Some(now_ms() - 2_000));
    closing.preferences_close_at = Set(Some(now_ms() - 1_000));
    closing.update(&app.db).await.unwrap();
    let late = rank_with(&mut app, &link, &slots, &["4", "3", "2", "1"], &csrf).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains("Choosing has closed"));
    assert_eq!(stored(&app).await[0], (1, slots[0].id), "unchanged");
}

//! After the event: the follow-up survey mail (once per person, a day after), the survey page
//! (answered once, shown back), and outcomes recorded by coordinators, counted in the report.

use crate::support::demo::{book, demo_person, demo_session, first_slot};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{event, event_employer, outcome, participant, survey_response};
use fairplan::services::{access_links, surveys};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

const DAY: i64 = 24 * 60 * 60 * 1000;

/// The demo with demo participant 1 booked into an interview: (csrf, event, participant).
async fn took_part(app: &mut TestApp) -> (String, event::Model, participant::Model) {
    let (csrf, session) = demo_session(app, "mock_interview").await;
    let slot = first_slot(app, session.id).await;
    let person = demo_person(app, 1).await;
    book(app, person.id, slot.id).await;
    let event = event::Entity::find_by_id(session.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    (csrf, event, person)
}

#[tokio::test]
async fn the_survey_goes_out_once_a_day_after_and_is_answered_once() {
    let mut app = TestApp::spawn().await;
    let (_, event, person) = took_part(&mut app).await;
    app.drain_outbox().await;
    // Not before the event has been over for a day.
    let after = event.ends_at + DAY + 60_000;
    assert_eq!(
        surveys::send_due(&app.db, &app.config, event.ends_at + DAY / 2)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        surveys::send_due(&app.db, &app.config, after)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        surveys::send_due(&app.db, &app.config, after)
            .await
            .unwrap(),
        0,
        "once"
    );
    app.drain_outbox_at(after).await;
    let path = app
        .link_from_last_mail(person.mail_address())
        .expect("a survey link");
    assert!(path.ends_with("/survey"), "{path}");

    app.forget_cookies();
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("<legend>Was the event useful for you?</legend>")
    );
    assert!(
        page.body
            .contains(r#"<label for="useful">Very useful</label>"#)
    );
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    let missing = app
        .post_form(
            &path,
            &[("csrf", &csrf), ("plan", "apply"), ("comment", "Danke")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains(r#"id="useful-error""#));
    assert!(
        missing.body.contains(r#"value="apply" checked"#),
        "ticks stay"
    );
    let answer = [
        ("csrf", csrf.as_str()),
        ("useful", "very"),
        ("plan", "language"),
        ("plan", "apply"),
        ("comment", "The interviewer was very kind."),
    ];
    let sent = app.post_form(&path, &answer).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let shown = app.get(sent.header("location")).await;
    assert!(shown.body.contains("Thank you"));
    assert!(
        shown
            .body
            .contains("Apply for jobs; Improve my language skills")
    );
    assert!(
        !shown.body.contains("<form class=\"stack wide\""),
        "answered: no form"
    );
    app.post_form(&path, &answer).await;
    assert_eq!(
        survey_response::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );

    // Someone who did not take part is not asked.
    let other = demo_person(&app, 2).await;
    let link = access_links::participant_link(&app.db, &app.config, other.id, &event, now_ms())
        .await
        .unwrap();
    let theirs = app
        .get(&format!(
            "{}/survey",
            link.replace(&app.config.base_url, "")
        ))
        .await;
    assert_eq!(theirs.status, StatusCode::CONFLICT);
    assert!(theirs.body.contains("for the people who took part"));
}

#[tokio::test]
async fn coordinators_record_outcomes_and_the_report_counts_them() {
    let mut app = TestApp::spawn().await;
    let (csrf, event, person) = took_part(&mut app).await;
    let path = format!("/coordinator/events/{}/outcomes", event.id);
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(&person.name),
        "the person who took part is offered"
    );
    assert!(
        page.body
            .contains(r#"<label for="kind">What happened</label>"#)
    );

    let incomplete = app
        .post_form(&path, &[("csrf", &csrf), ("happened_on", "2999-01-01")])
        .await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(incomplete.body.contains("Choose the person."));
    assert!(incomplete.body.contains("cannot be in the future"));

    let partner = event_employer::Entity::find()
        .filter(event_employer::Column::EventId.eq(event.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .employer_id;
    let person_id = person.id.to_string();
    let partner_id = partner.to_string();
    let recorded = app
        .post_form(
            &path,
            &[
                ("csrf", &csrf),
                ("participant", &person_id),
                ("kind", "job_offer"),
                ("employer", &partner_id),
                ("happened_on", "2026-01-15"),
                ("note", "Nurse, full time"),
            ],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    let page = app.get(&path).await;
    assert!(page.body.contains("Job offer"));
    assert!(page.body.contains("Nurse, full time"));

    // Someone who did not take part cannot be credited to this event.
    let stranger = Uuid::now_v7().to_string();
    let refused = app
        .post_form(
            &path,
            &[
                ("csrf", &csrf),
                ("participant", &stranger),
                ("kind", "training"),
                ("happened_on", "2026-01-15"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("took part in this event"));

    let report = app
        .get(&format!("/coordinator/events/{}/report", event.id))
        .await;
    assert!(
        report
            .body
            .contains("<tr><td>Job offer</td><td>1</td></tr>"),
        "{}",
        report.body
    );
    let csv = app
        .get(&format!("/coordinator/events/{}/report.csv", event.id))
        .await;
    assert!(csv.body.contains("outcome,Job offer,,1,"));

    let row = outcome::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(row.employer_id, Some(partner));
    assert!(
        !row.employer_name.is_empty(),
        "the partner's name is kept with it"
    );
    let removed = app
        .post_form(&format!("{path}/{}/delete", row.id), &[("csrf", &csrf)])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(outcome::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn an_event_in_the_past_is_what_the_survey_waits_for() {
    // The survey waits for the event's end, not its start: an event still running is not asked
    // about, even long after it started.
    let mut app = TestApp::spawn().await;
    let (_, event, _) = took_part(&mut app).await;
    let mut long: event::ActiveModel = event.clone().into();
    long.ends_at = Set(event.ends_at + 10 * DAY);
    long.update(&app.db).await.unwrap();
    assert_eq!(
        surveys::send_due(&app.db, &app.config, event.ends_at + 2 * DAY)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        surveys::send_due(&app.db, &app.config, event.ends_at + 11 * DAY + 60_000)
            .await
            .unwrap(),
        1
    );
}

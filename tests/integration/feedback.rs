//! Written feedback after a mock interview: the volunteer is asked once the interview has ended
//! (once, whatever restarts), fills in the rubric through their link, and the participant gets
//! it by mail in their language and on their page; coordinators see all feedback, employers
//! only their own volunteers'. Late, repeated and out-of-range submissions are handled.

use crate::support::demo::{book, demo_person, demo_session, first_slot};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::domain::booking_status::BookingStatus;
use fairplan::domain::feedback::FeedbackDraft;
use fairplan::entities::{
    booking, employer_contact, feedback, outbox_message, participant, slot, volunteer,
};
use fairplan::services::access_links;
use fairplan::services::error::ServiceError;
use fairplan::services::feedback::{self as feedback_service, Submitted, WINDOW_MS};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

const HOUR: i64 = 60 * 60 * 1000;

/// An interview that ended an hour ago, booked by demo participant 1 (who reads German):
/// (csrf, event id, the slot, the booking, the participant, the volunteer).
struct Held {
    csrf: String,
    event_id: Uuid,
    slot: slot::Model,
    booking: booking::Model,
    participant: participant::Model,
    volunteer: volunteer::Model,
}

async fn interview_held(app: &mut TestApp) -> Held {
    let (csrf, session) = demo_session(app, "mock_interview").await;
    let first = first_slot(app, session.id).await;
    let mut past: slot::ActiveModel = first.into();
    past.starts_at = Set(now_ms() - 2 * HOUR);
    past.ends_at = Set(now_ms() - HOUR);
    let slot = past.update(&app.db).await.unwrap();
    let person = demo_person(app, 1).await;
    let mut german: participant::ActiveModel = person.into();
    german.locale = Set("de".to_owned());
    german.language_chosen = Set(true);
    let participant = german.update(&app.db).await.unwrap();
    let booking = book(app, participant.id, slot.id).await;
    let volunteer = volunteer::Entity::find_by_id(slot.volunteer_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    Held {
        csrf,
        event_id: session.event_id,
        slot,
        booking,
        participant,
        volunteer,
    }
}

/// The feedback form's path from the request mail to the volunteer.
fn form_path_from_mail(app: &TestApp, volunteer: &volunteer::Model) -> String {
    app.link_from_last_mail(&volunteer.email)
        .expect("a request with a link")
}

const RATED: &[(&str, &str)] = &[
    ("preparation", "4"),
    ("presentation", "3"),
    ("professional_depth", "3"),
    ("communication", "2"),
    ("strengths", "Klare Beispiele aus Ihrer Arbeit in Aleppo."),
    (
        "next_steps",
        "Practise the salary question & the gap in your CV.",
    ),
];

async fn feedback_mails(app: &TestApp, participant: Uuid) -> u64 {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq("feedback"))
        .filter(outbox_message::Column::ParticipantId.eq(participant))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_volunteer_is_asked_once_and_the_participant_gets_the_feedback_in_their_language() {
    let mut app = TestApp::spawn().await;
    let held = interview_held(&mut app).await;
    app.drain_outbox().await;
    // Asked once, however often the worker runs.
    let now = now_ms();
    assert_eq!(
        feedback_service::request_due(&app.db, &app.config, now)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        feedback_service::request_due(&app.db, &app.config, now)
            .await
            .unwrap(),
        0
    );
    app.drain_outbox().await;
    let path = form_path_from_mail(&app, &held.volunteer);
    assert!(
        path.ends_with(&format!("/feedback/{}", held.booking.id)),
        "{path}"
    );

    app.forget_cookies();
    let form = app.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("<legend>Vorbereitung</legend>"));
    assert!(
        form.body
            .contains(r#"<label for="preparation">1: braucht noch viel Übung</label>"#)
    );
    assert!(
        form.body
            .contains(r#"<label for="strengths">Was gut war</label>"#)
    );
    let csrf = hidden_field(&form.body, "csrf").unwrap();

    // A rating out of range and an empty text: the form again, each problem at its field.
    let mut bad: Vec<(&str, &str)> = RATED.to_vec();
    bad[0] = ("preparation", "7");
    bad[5] = ("next_steps", " ");
    bad.push(("csrf", &csrf));
    let shown = app.post_form(&path, &bad).await;
    assert_eq!(shown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        shown
            .body
            .contains(r#"aria-describedby="preparation-error""#)
    );
    assert!(shown.body.contains(r#"id="next_steps-error""#));
    assert!(
        shown.body.contains("Klare Beispiele"),
        "what was typed stays"
    );
    assert_eq!(feedback_mails(&app, held.participant.id).await, 0);

    let mut good: Vec<(&str, &str)> = RATED.to_vec();
    good.push(("csrf", &csrf));
    let sent = app.post_form(&path, &good).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let after = app.get(sent.header("location")).await;
    assert!(after.body.contains("Ihre Rückmeldung, wie gesendet"));
    assert!(after.body.contains("3 von 4: \u{2068}gut\u{2069}"));
    assert!(
        !after.body.contains("<form class=\"stack wide\""),
        "read-only now"
    );

    // Sending again (a second tab, the back button) stores and mails nothing more.
    let again = app.post_form(&path, &good).await;
    assert!(again.header("location").contains("notice=already"));
    assert_eq!(feedback::Entity::find().count(&app.db).await.unwrap(), 1);
    assert_eq!(feedback_mails(&app, held.participant.id).await, 1);

    app.drain_outbox().await;
    let mail = app.last_mail_to(held.participant.mail_address()).unwrap();
    let text = mail.part("text/plain").unwrap();
    assert!(text.contains("Vorbereitung: 4/4 (sehr gut)"), "{text}");
    assert!(text.contains("Sprache und Kommunikation: 2/4 (braucht noch etwas Übung)"));
    assert!(
        text.contains("Klare Beispiele aus Ihrer Arbeit in Aleppo."),
        "as written"
    );
    assert!(text.contains("Practise the salary question & the gap in your CV."));
    let html = mail.part("text/html").unwrap();
    assert!(html.contains(r#"lang="de""#));
    assert!(
        html.contains("the salary question &#38; the gap"),
        "escaped in HTML"
    );
}

#[tokio::test]
async fn everyone_sees_the_feedback_they_may_see_and_no_more() {
    let mut app = TestApp::spawn().await;
    let held = interview_held(&mut app).await;
    let token = volunteer_token(&app, &held).await;
    let draft = FeedbackDraft {
        ratings: [4, 3, 3, 2],
        strengths: "Clear answers.".to_owned(),
        next_steps: "Shorter introduction.".to_owned(),
    };
    let stored = feedback_service::submit(
        &app.db,
        &app.config,
        &token,
        held.booking.id,
        &draft,
        now_ms(),
    )
    .await
    .unwrap();
    assert_eq!(stored, Submitted::Stored);

    // The coordinator sees all of it.
    let page = app
        .get(&format!("/coordinator/events/{}/feedback", held.event_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Shorter introduction."));
    assert!(page.body.contains(&held.participant.name));

    // The participant on their page.
    let event = fairplan::entities::event::Entity::find_by_id(held.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let link =
        access_links::participant_link(&app.db, &app.config, held.participant.id, &event, now_ms())
            .await
            .unwrap();
    app.forget_cookies();
    let own = app.get(&link.replace(&app.config.base_url, "")).await;
    assert!(
        own.body
            .contains("Rückmeldung zu Ihrem Probe-Vorstellungsgespräch"),
        "in the language they chose"
    );
    assert!(own.body.contains("Clear answers."));

    // The volunteer's employer, and not another employer.
    let theirs = contact_page(&mut app, held.event_id, held.volunteer.employer_id).await;
    assert!(theirs.contains("Rückmeldungen Ihrer Ehrenamtlichen"));
    assert!(theirs.contains("Clear answers."));
    let other_employer = employer_contact::Entity::find()
        .filter(employer_contact::Column::EmployerId.ne(held.volunteer.employer_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .employer_id;
    let others = contact_page(&mut app, held.event_id, other_employer).await;
    assert!(!others.contains("Clear answers."));
    assert!(!others.contains("Feedback your volunteers gave"));
}

/// The page of an employer contact of `employer_id`, through a fresh link.
async fn contact_page(app: &mut TestApp, event_id: Uuid, employer_id: Uuid) -> String {
    let contact = employer_contact::Entity::find()
        .filter(employer_contact::Column::EmployerId.eq(employer_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let token = access_links::issue(
        &app.db,
        LinkSubject::EmployerContact(contact.id),
        Some(event_id),
        now_ms(),
        now_ms() + 30 * 24 * HOUR,
    )
    .await
    .unwrap();
    let page = app.get(&format!("/e/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

async fn volunteer_token(app: &TestApp, held: &Held) -> String {
    access_links::issue(
        &app.db,
        LinkSubject::Volunteer(held.volunteer.id),
        Some(held.event_id),
        now_ms(),
        now_ms() + 60 * 24 * HOUR,
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn feedback_sent_twice_at_once_is_stored_and_mailed_once() {
    let mut app = TestApp::spawn().await;
    let held = interview_held(&mut app).await;
    let token = volunteer_token(&app, &held).await;
    let draft = FeedbackDraft {
        ratings: [2, 2, 2, 2],
        strengths: "Punctual.".to_owned(),
        next_steps: "Prepare questions.".to_owned(),
    };
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (db, config, token, draft) = (
            app.db.clone(),
            app.config.clone(),
            token.clone(),
            draft.clone(),
        );
        let booking_id = held.booking.id;
        tasks.push(tokio::spawn(async move {
            feedback_service::submit(&db, &config, &token, booking_id, &draft, now_ms()).await
        }));
    }
    let mut stored = 0;
    for task in tasks {
        if task.await.unwrap().unwrap() == Submitted::Stored {
            stored += 1;
        }
    }
    assert_eq!(stored, 1);
    assert_eq!(feedback_mails(&app, held.participant.id).await, 1);
}

#[tokio::test]
async fn late_early_and_no_show_feedback_is_refused_with_a_reason() {
    let mut app = TestApp::spawn().await;
    let held = interview_held(&mut app).await;
    let token = volunteer_token(&app, &held).await;
    let draft = FeedbackDraft {
        ratings: [3, 3, 3, 3],
        strengths: "Good.".to_owned(),
        next_steps: "More.".to_owned(),
    };
    let late = held.slot.ends_at + WINDOW_MS + HOUR;
    match feedback_service::submit(&app.db, &app.config, &token, held.booking.id, &draft, late)
        .await
    {
        Err(ServiceError::Conflict(message)) => {
            assert!(
                message.to_string().contains("could be given until"),
                "{message}"
            )
        }
        other => panic!("late feedback accepted: {other:?}"),
    }
    let early = held.slot.starts_at - HOUR;
    match feedback_service::submit(&app.db, &app.config, &token, held.booking.id, &draft, early)
        .await
    {
        Err(ServiceError::Conflict(message)) => {
            assert!(message.to_string().contains("not started yet"))
        }
        other => panic!("early feedback accepted: {other:?}"),
    }
    // Marked as not come: no request, and the form says why.
    let mut gone: booking::ActiveModel = held.booking.clone().into();
    gone.status = Set(BookingStatus::NoShow);
    gone.update(&app.db).await.unwrap();
    assert_eq!(
        feedback_service::request_due(&app.db, &app.config, now_ms())
            .await
            .unwrap(),
        0
    );
    app.forget_cookies();
    let page = app
        .get(&format!("/v/{token}/feedback/{}", held.booking.id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("als nicht gekommen markiert"));
    // Cancelled: no request either (the interview never happened).
    let mut cancelled: booking::ActiveModel = held.booking.clone().into();
    cancelled.status = Set(BookingStatus::Cancelled);
    cancelled.update(&app.db).await.unwrap();
    let asked = feedback_service::request_due(&app.db, &app.config, now_ms()).await;
    assert_eq!(asked.unwrap(), 0, "never for a cancelled booking");
    // Another volunteer's interview is not theirs to rate.
    let stranger = volunteer::Entity::find()
        .filter(volunteer::Column::Id.ne(held.volunteer.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let their_token = access_links::issue(
        &app.db,
        LinkSubject::Volunteer(stranger.id),
        Some(held.event_id),
        now_ms(),
        now_ms() + HOUR,
    )
    .await
    .unwrap();
    let refused = app
        .get(&format!("/v/{their_token}/feedback/{}", held.booking.id))
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(held.csrf.len() > 10);
}

//! What coordinators do with sign-ups: ask their own questions, have each confirmed sign-up
//! wait for their answer, accept (the usual link goes out) or decline (one mail in the person's
//! language); employers and people with only a phone number wait for them too.

use crate::support::sign_up::{amina, demo_page, question_field};
use crate::support::{TestApp, audited};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{employer, event, event_employer, participant, sign_up, sign_up_answer};
use fairplan::services::demo;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// The demo, with a coordinator signed in; answers (csrf, event, public page).
async fn as_coordinator(app: &mut TestApp) -> (String, event::Model, String) {
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    app.drain_outbox().await;
    let csrf = app.sign_in_as_coordinator().await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let page = demo_page(app).await;
    (csrf, event, page)
}

async fn waiting(app: &TestApp) -> Vec<sign_up::Model> {
    sign_up::Entity::find()
        .filter(sign_up::Column::State.eq("awaiting_approval"))
        .all(&app.db)
        .await
        .unwrap()
}

async fn on_list(app: &TestApp, email: &str) -> bool {
    participant::Entity::find()
        .filter(participant::Column::Email.eq(email))
        .count(&app.db)
        .await
        .unwrap()
        > 0
}

#[tokio::test]
async fn with_approval_confirmed_sign_ups_wait_and_are_accepted_or_declined() {
    let mut app = TestApp::spawn().await;
    let (csrf, event, page) = as_coordinator(&mut app).await;
    let base = format!("/coordinator/events/{}", event.id);
    let saved = app
        .post_form(
            &format!("{base}/sign-up"),
            &[
                ("csrf", &csrf),
                ("participants_open", "yes"),
                ("approval", "yes"),
                ("sessions", "all"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let refused = app
        .post_form(
            &format!("{base}/sign-up/questions"),
            &[
                ("csrf", &csrf),
                ("label", "Which shift?"),
                ("kind", "choice"),
                ("choices", "Early"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("give 2 to 12 different answers"));
    let added = app
        .post_form(
            &format!("{base}/sign-up/questions"),
            &[
                ("csrf", &csrf),
                ("label", "Which shift?"),
                ("kind", "choice"),
                ("choices", "Early\nLate"),
                ("required", "yes"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let shift = question_field(&app, "Which shift?").await;

    let unanswered = app
        .sign_up((&page, "/sign-up"), &amina("amina@example.org", &[]))
        .await;
    assert_eq!(unanswered.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unanswered.body.contains("answer this question"));
    for email in ["amina@example.org", "bohdan@example.org"] {
        let sent = app
            .sign_up((&page, "/sign-up"), &amina(email, &[(&shift, "Late")]))
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let confirmed = app.confirm_sign_up(email).await;
        assert_eq!(confirmed.status, StatusCode::OK);
        assert!(
            confirmed.body.contains("يردّون عليك بالبريد الإلكتروني"),
            "in the language she chose"
        );
        assert!(
            !on_list(&app, email).await,
            "nobody is on the list before the answer"
        );
    }
    let list = app.get(&format!("{base}/sign-up")).await;
    assert!(list.body.contains("2 sign-ups waiting for your answer"));
    assert!(list.body.contains("Which shift?"));
    assert!(list.body.contains("Late"));
    let overview = app.get(&base).await;
    assert!(
        overview.body.contains("2 sign-ups waiting for your answer"),
        "the overview says so too"
    );

    // The question can be read in Arabic once translated on the texts page.
    let question = shift.trim_start_matches("q-").to_owned();
    let texts = app.get(&format!("{base}/texts?language=ar")).await;
    assert!(texts.body.contains("Your own sign-up questions"));
    let translated = app
        .post_form(
            &format!("{base}/texts?language=ar"),
            &[
                ("csrf", &csrf),
                (&format!("question_label-{question}"), "أي وردية؟"),
            ],
        )
        .await;
    assert_eq!(
        translated.status,
        StatusCode::SEE_OTHER,
        "{}",
        translated.body
    );
    let arabic = app.get(&format!("{page}?lang=ar")).await;
    assert!(arabic.body.contains("أي وردية؟"));
    assert!(app.get(&page).await.body.contains("Which shift?"));

    let [amina_waits, bohdan_waits] = <[sign_up::Model; 2]>::try_from(waiting(&app).await).unwrap();
    let accepted = app
        .post_form(
            &format!("{base}/sign-ups/{}", amina_waits.id),
            &[("csrf", &csrf), ("action", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert!(on_list(&app, "amina@example.org").await);
    let amina_id = participant::Entity::find()
        .filter(participant::Column::Email.eq("amina@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let person_page = app.get(&format!("{base}/participants/{amina_id}")).await;
    for told in [
        "An interpreter for Arabic",
        "Which shift?",
        "Late",
        "Languages and levels",
    ] {
        assert!(
            person_page.body.contains(told),
            "the person page shows {told}"
        );
    }
    let declined = app
        .post_form(
            &format!("{base}/sign-ups/{}", bohdan_waits.id),
            &[("csrf", &csrf), ("action", "decline")],
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    assert!(!on_list(&app, "bohdan@example.org").await);
    assert!(waiting(&app).await.is_empty());
    app.drain_outbox().await;
    let welcome = app.last_mail_to("amina@example.org").unwrap();
    assert!(
        welcome
            .header("Subject")
            .unwrap()
            .contains("Book your place")
    );
    let no = app.last_mail_to("bohdan@example.org").unwrap();
    let subject = no.header("Subject").unwrap();
    assert!(
        subject.contains("Your sign-up") && subject.contains("تسجيلك"),
        "{subject}"
    );
    assert!(
        no.part("text/plain")
            .unwrap()
            .contains("cannot offer you a place")
    );
    assert_eq!(audited(&app, "participant.signed_up").await.len(), 1);
    assert_eq!(audited(&app, "sign_up.declined").await.len(), 1);
    assert_eq!(
        sign_up_answer::Entity::find().count(&app.db).await.unwrap(),
        1
    );

    // Answering twice finds nothing left to answer.
    let again = app
        .post_form(
            &format!("{base}/sign-ups/{}", amina_waits.id),
            &[("csrf", &csrf), ("action", "accept")],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    // The answers go with the person when they are erased.
    let amina = participant::Entity::find()
        .filter(participant::Column::Email.eq("amina@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let erased = app
        .post_form(
            &format!("{base}/participants/{}/erase", amina.id),
            &[("csrf", &csrf), ("confirm", "yes")],
        )
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER, "{}", erased.body);
    assert_eq!(
        sign_up_answer::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}

#[tokio::test]
async fn an_employer_signs_up_and_once_accepted_gets_the_employer_link() {
    let mut app = TestApp::spawn().await;
    let (csrf, event, page) = as_coordinator(&mut app).await;
    let fields = [
        ("organisation", "Nordlicht Logistik"),
        ("contact_name", "Jonas Berg"),
        ("contact_email", "jonas@nordlicht.example"),
        ("contact_language", "de"),
        (
            "offer",
            "Two interviewers and a table at the speed networking",
        ),
        ("website", ""),
    ];
    let sent = app.sign_up((&page, "/employers"), &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(sent.header("location").contains("by=employer"));
    let confirmed = app.confirm_sign_up("jonas@nordlicht.example").await;
    assert_eq!(confirmed.status, StatusCode::OK);
    let [pending] = <[sign_up::Model; 1]>::try_from(waiting(&app).await).unwrap();
    assert_eq!(pending.kind, "employer");
    let accepted = app
        .post_form(
            &format!("/coordinator/events/{}/sign-ups/{}", event.id, pending.id),
            &[("csrf", &csrf), ("action", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let nordlicht = employer::Entity::find()
        .filter(employer::Column::Name.eq("Nordlicht Logistik"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the employer");
    assert_eq!(
        nordlicht.offer.as_deref(),
        Some("Two interviewers and a table at the speed networking")
    );
    let invited = event_employer::Entity::find()
        .filter(event_employer::Column::EmployerId.eq(nordlicht.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(invited, 1);
    app.drain_outbox().await;
    let link = app.link_from_last_mail("jonas@nordlicht.example").unwrap();
    assert!(link.starts_with("/e/"), "{link}");
    assert_eq!(app.get(&link).await.status, StatusCode::OK);
}

#[tokio::test]
async fn someone_with_only_a_phone_number_waits_for_a_call_and_gets_no_mail() {
    let mut app = TestApp::spawn().await;
    let (csrf, event, page) = as_coordinator(&mut app).await;
    let fields = amina(
        "",
        &[("phone", "+49 170 1234567"), ("name", "Samir Nasser")],
    );
    let sent = app.sign_up((&page, "/sign-up"), &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(sent.header("location").contains("by=phone"));
    assert_eq!(app.drain_outbox().await, 0);
    let list = app
        .get(&format!("/coordinator/events/{}/sign-up", event.id))
        .await;
    assert!(list.body.contains("Samir Nasser"));
    assert!(list.body.contains("call them before you accept"));
    let [pending] = <[sign_up::Model; 1]>::try_from(waiting(&app).await).unwrap();
    app.post_form(
        &format!("/coordinator/events/{}/sign-ups/{}", event.id, pending.id),
        &[("csrf", &csrf), ("action", "accept")],
    )
    .await;
    let samir = participant::Entity::find()
        .filter(participant::Column::Name.eq("Samir Nasser"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("on the list");
    assert!(samir.email.is_none());
    assert_eq!(samir.phone.as_deref(), Some("+49 170 1234567"));
    assert_eq!(
        app.drain_outbox().await,
        0,
        "nothing is mailed to someone without an address"
    );
}

#[tokio::test]
async fn the_api_lists_each_persons_answers() {
    let mut app = TestApp::spawn().await;
    let (_, event, page) = as_coordinator(&mut app).await;
    let licence = question_field(&app, "Do you hold a driving licence?").await;
    app.sign_up(
        (&page, "/sign-up"),
        &amina("amina@example.org", &[(&licence, "no")]),
    )
    .await;
    app.confirm_sign_up("amina@example.org").await;
    let token = crate::api::new_token(&mut app, "CRM").await;
    let path = format!("/api/v1/events/{}/participants", event.id);
    let (status, listed, _) = crate::api::call(&mut app, "GET", &path, Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
    let people = listed.as_array().expect("a list");
    let amina = people
        .iter()
        .find(|p| p["email"] == "amina@example.org")
        .expect("Amina is listed");
    assert_eq!(
        amina["answers"][0]["question"],
        "Do you hold a driving licence?"
    );
    assert_eq!(amina["answers"][0]["answer"], "no");
    assert!(
        people
            .iter()
            .filter(|p| p["email"] != "amina@example.org")
            .all(|p| p["answers"] == serde_json::json!([]))
    );
}

//! Job seekers sign themselves up on an event's public page: a confirmation mail first, then
//! the list and the usual personal link; the same address is always the same person, and the
//! page never tells whether an address was known.

use crate::support::sign_up::{amina, demo_page, question_field};
use crate::support::{TestApp, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::entities::{event_participant, participant, sign_up, sign_up_answer};
use fairplan::services::demo;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

pub(crate) const AMINA: &str = "amina.haddad@example.org";

pub(crate) async fn person(app: &TestApp, email: &str) -> Option<participant::Model> {
    participant::Entity::find()
        .filter(participant::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
}

pub(crate) async fn seeded() -> (TestApp, String) {
    let app = TestApp::spawn().await;
    demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    app.drain_outbox().await;
    let page = demo_page(&app).await;
    (app, page)
}

#[tokio::test]
async fn a_job_seeker_signs_up_confirms_and_is_on_the_list_with_their_answers() {
    let (mut app, page) = seeded().await;
    let shown = app.get(&page).await;
    assert_eq!(shown.status, StatusCode::OK);
    for expected in [
        "Career Evening",
        "places free",
        "Do you hold a driving licence?",
        r#"name="website""#,
        r#"action="/events/career-evening-"#,
    ] {
        assert!(shown.body.contains(expected), "{expected}");
    }
    let licence = question_field(&app, "Do you hold a driving licence?").await;
    let sent = app
        .sign_up((&page, "/sign-up"), &amina(AMINA, &[(&licence, "yes")]))
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(sent.header("location").contains("/thanks?by=mail"));
    let thanks = app.get(sent.header("location")).await;
    assert!(thanks.body.contains("Please check your e-mail"));
    assert!(
        person(&app, AMINA).await.is_none(),
        "nobody is on the list before confirming"
    );

    app.drain_outbox().await;
    let mail = app.last_mail_to(AMINA).expect("a confirmation mail");
    assert!(
        mail.header("Subject")
            .unwrap_or_default()
            .contains("Please confirm your sign-up"),
        "{}",
        mail.header("Subject").unwrap_or_default()
    );
    assert!(
        mail.header("Subject")
            .unwrap_or_default()
            .contains("يُرجى تأكيد تسجيلك"),
        "in her language too"
    );
    let link = app.link_from_last_mail(AMINA).unwrap();
    for _ in 0..2 {
        let opened = app.get(&link).await;
        assert_eq!(opened.status, StatusCode::OK);
        assert!(opened.body.contains(AMINA));
    }
    assert!(
        person(&app, AMINA).await.is_none(),
        "opening the link changes nothing"
    );

    let confirmed = app.confirm_sign_up(AMINA).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    let own_page = confirmed.header("location").to_owned();
    assert!(
        own_page.contains("/p/") && own_page.ends_with("?notice=signed-up"),
        "{own_page}"
    );
    let landed = app.get(&own_page).await;
    assert!(
        landed.body.contains("أنت الآن على القائمة"),
        "she is told she is on the list"
    );
    let amina_row = person(&app, AMINA).await.expect("on the list");
    assert_eq!(amina_row.locale, "ar");
    assert!(amina_row.language_chosen && amina_row.keep_after_event);
    let listed = event_participant::Entity::find()
        .filter(event_participant::Column::ParticipantId.eq(amina_row.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(listed, 1);
    let answers = sign_up_answer::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].answer, "yes");
    app.drain_outbox().await;
    let invitation = app.last_mail_to(AMINA).unwrap();
    assert!(
        invitation
            .header("Subject")
            .unwrap_or_default()
            .contains("Book your place"),
        "{}",
        invitation.header("Subject").unwrap_or_default()
    );
    let used = app.get(&link).await;
    assert_eq!(
        used.status,
        StatusCode::GONE,
        "a confirmation link works once"
    );
    assert!(
        used.body.contains("لم يعد هذا الرابط يعمل"),
        "in the language she chose"
    );

    // The coordinator sees the answer on the list, in its file and through the API.
    app.sign_in_as_coordinator().await;
    let event = fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let list = app
        .get(&format!(
            "/coordinator/events/{}/participants?find=Amina",
            event.id
        ))
        .await;
    assert!(list.body.contains("Answers to your questions"));
    assert!(
        list.body
            .contains("Do you hold a driving licence?</bdi>: <bdi>yes")
    );
    let csv = app
        .get(&format!(
            "/coordinator/events/{}/participants.csv",
            event.id
        ))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("invited,Do you hold a driving licence?"));
    assert!(
        csv.body
            .contains("Amina Haddad,amina.haddad@example.org,,ar,yes,yes")
    );
}

#[tokio::test]
async fn the_same_address_is_one_person_and_the_page_says_the_same_for_known_and_unknown() {
    let (mut app, page) = seeded().await;
    let known = "participant04@demo.fairplan.test";
    let before = participant::Entity::find().count(&app.db).await.unwrap();
    let known_person = person(&app, known).await.unwrap();
    let to_known = app.sign_up((&page, "/sign-up"), &amina(known, &[])).await;
    let to_new = app.sign_up((&page, "/sign-up"), &amina(AMINA, &[])).await;
    assert_eq!(to_known.status, to_new.status);
    assert_eq!(to_known.header("location"), to_new.header("location"));
    assert_eq!(
        app.get(to_known.header("location")).await.body,
        app.get(to_new.header("location")).await.body
    );

    let confirmed = app.confirm_sign_up(known).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        participant::Entity::find().count(&app.db).await.unwrap(),
        before
    );
    let merged = person(&app, known).await.unwrap();
    assert_eq!(
        merged.id, known_person.id,
        "the same person, never a duplicate"
    );
    assert_eq!(merged.name, known_person.name, "their name stays as it was");

    // Signing up again before confirming is a sign-up of its own, with its own link: nobody can
    // change what someone else is about to confirm. Confirming one retires the other.
    app.drain_outbox().await;
    let first = app.link_from_last_mail(AMINA).unwrap();
    app.sign_up((&page, "/sign-up"), &amina(AMINA, &[("name", "Amina H.")]))
        .await;
    let pending = sign_up::Entity::find()
        .filter(sign_up::Column::Address.eq(AMINA))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(pending, 2);
    let shown = app.get(&first).await;
    assert!(
        shown.body.contains("Amina Haddad"),
        "the first link shows what it confirms"
    );
    assert!(!shown.body.contains("Amina H.<"));
    app.confirm_sign_up(AMINA).await;
    assert_eq!(person(&app, AMINA).await.unwrap().name, "Amina H.");
    assert_eq!(
        app.get(&first).await.status,
        StatusCode::GONE,
        "the other one is retired"
    );
    assert_eq!(
        participant::Entity::find().count(&app.db).await.unwrap(),
        before + 1
    );
}

#[tokio::test]
async fn confirming_twice_confirms_once_and_a_closed_form_confirms_nobody() {
    let (mut app, page) = seeded().await;
    let licence = question_field(&app, "Do you hold a driving licence?").await;
    app.sign_up((&page, "/sign-up"), &amina(AMINA, &[(&licence, "no")]))
        .await;
    app.drain_outbox().await;
    let link = app.link_from_last_mail(AMINA).unwrap();
    let shown = app.get(&link).await;
    for expected in [
        "Do you hold a driving licence?",
        "An interpreter for Arabic",
        "الاحتفاظ ببياناتك",
    ] {
        assert!(shown.body.contains(expected), "the page shows {expected}");
    }
    let csrf = hidden_field(&shown.body, "csrf").unwrap();
    let first = app.post_form(&link, &[("csrf", &csrf)]).await;
    let second = app.post_form(&link, &[("csrf", &csrf)]).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(second.status, StatusCode::GONE);
    app.drain_outbox().await;
    let invitations = app
        .smtp
        .received()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == AMINA))
        .count();
    assert_eq!(
        invitations, 2,
        "one confirmation request and one invitation"
    );

    // A link mailed before the coordinators closed the form confirms nobody after.
    app.sign_up((&page, "/sign-up"), &amina("late@example.org", &[]))
        .await;
    let csrf = app.sign_in_as_coordinator().await;
    let event = fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    app.post_form(
        &format!("/coordinator/events/{}/sign-up", event.id),
        &[
            ("csrf", &csrf),
            ("employers_open", "yes"),
            ("sessions", "all"),
        ],
    )
    .await;
    let refused = app.confirm_sign_up("late@example.org").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(person(&app, "late@example.org").await.is_none());
}

#[tokio::test]
async fn the_public_page_speaks_the_readers_language_and_says_when_it_is_closed() {
    let (mut app, page) = seeded().await;
    let arabic = app.get(&format!("{page}?lang=ar")).await;
    assert!(arabic.body.contains(r#"lang="ar" dir="rtl""#));
    assert!(arabic.body.contains("سجّل"));
    app.speak("uk");
    let ukrainian = app.get(&page).await;
    assert!(ukrainian.body.contains(r#"lang="uk""#));
    assert!(ukrainian.body.contains("Зареєструватися"));

    // An online event's video link is for the people on its list only.
    let event = fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut online = sea_orm::IntoActiveModel::into_active_model(event.clone());
    online.venue_address = sea_orm::ActiveValue::Set(None);
    online.online_url =
        sea_orm::ActiveValue::Set(Some("https://meet.example/secret-room".to_owned()));
    sea_orm::ActiveModelTrait::update(online, &app.db)
        .await
        .unwrap();
    app.speak("en");
    let shown = app.get(&page).await;
    assert!(
        shown
            .body
            .contains("Online: the people on the list get the video link")
    );
    assert!(!shown.body.contains("secret-room"));

    let csrf = app.sign_in_as_coordinator().await;
    let closed = app
        .post_form(
            &format!("/coordinator/events/{}/sign-up", event.id),
            &[("csrf", &csrf), ("sessions", "all")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let closed_page = app.get(&page).await;
    assert_eq!(
        closed_page.status,
        StatusCode::OK,
        "a flyer's address never dead-ends"
    );
    assert!(
        closed_page
            .body
            .contains("Sign-up for this event is closed.")
    );
    assert!(!closed_page.body.contains("action=\"/events/"));
    assert_eq!(
        app.get("/events/no-such-event").await.status,
        StatusCode::NOT_FOUND
    );
}

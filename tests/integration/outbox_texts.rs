//! Once a mail is sent or has failed for good, the outbox keeps who it went to, its subject,
//! kind, Message-ID, times and error, but not its texts: those hold working personal and
//! password-reset links.

use crate::support::demo::{demo_person, demo_session, first_slot};
use crate::support::smtp::Behaviour;
use crate::support::{BASE_URL, TestApp, hidden_field};
use fairplan::clock::now_ms;
use fairplan::db::outbox::{self, NewMail};
use fairplan::entities::outbox_message;
use sea_orm::{ConnectionTrait, EntityTrait, Statement};

/// Every text value of every outbox row, read raw from the table.
async fn outbox_texts(app: &TestApp) -> Vec<String> {
    let backend = app.db.get_database_backend();
    let rows = app
        .db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT * FROM outbox_message",
        ))
        .await
        .unwrap();
    let mut texts = Vec::new();
    for row in rows {
        for i in 0..row.column_names().len() {
            if let Ok(Some(text)) = row.try_get_by_index::<Option<String>>(i) {
                texts.push(text);
            }
        }
    }
    texts
}

/// The token of every Fairplan link in every mail the SMTP server received.
fn mailed_tokens(app: &TestApp) -> Vec<String> {
    let mut tokens = Vec::new();
    for mail in app.smtp.received() {
        let text = mail.part("text/plain").unwrap_or_default();
        for word in text.split_whitespace() {
            if let Some(path) = word.strip_prefix(BASE_URL)
                && let Some(token) = path.split('/').rfind(|part| part.len() >= 32)
            {
                tokens.push(token.to_owned());
            }
        }
    }
    tokens
}

#[tokio::test]
async fn delivered_mails_leave_no_working_link_in_the_outbox() {
    let mut app = TestApp::spawn().await;
    let (_, session) = demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    // A booking made through the personal link: its mail carries the link and an invitation
    // whose URL is the link again.
    let person = demo_person(&app, 1).await;
    let link = app.link_from_last_mail(person.mail_address()).unwrap();
    let slot = first_slot(&app, session.id).await;
    fairplan::services::bookings::book(
        &app.db,
        &app.config,
        fairplan::domain::ids::ParticipantId(person.id),
        fairplan::domain::ids::SlotId(slot.id),
        &format!("{BASE_URL}{link}"),
        now_ms(),
    )
    .await
    .unwrap();
    // And a coordinator's password-reset link.
    app.forget_cookies();
    let form = app.get("/coordinator/password-reset").await;
    let csrf = hidden_field(&form.body, "csrf").unwrap();
    app.post_form(
        "/coordinator/password-reset",
        &[
            ("csrf", &csrf),
            ("email", crate::support::coordinator::EMAIL),
        ],
    )
    .await;
    app.drain_outbox().await;

    let tokens = mailed_tokens(&app);
    assert!(tokens.len() > 30, "the test sees the links: {tokens:?}");
    assert!(
        app.smtp
            .received()
            .iter()
            .any(|m| m.part("text/calendar").is_some()),
        "an invitation went out"
    );
    let texts = outbox_texts(&app).await;
    let left: Vec<_> = tokens
        .iter()
        .filter(|token| texts.iter().any(|text| text.contains(token.as_str())))
        .collect();
    assert!(left.is_empty(), "links left in the outbox: {left:?}");

    let rows = outbox_message::Entity::find().all(&app.db).await.unwrap();
    assert!(rows.iter().all(|r| r.status.as_str() == "sent"));
    let reset = rows
        .iter()
        .find(|r| r.kind == fairplan::domain::mail_kind::MailKind::PasswordReset)
        .unwrap();
    assert_eq!(reset.to_address, crate::support::coordinator::EMAIL);
    assert!(!reset.subject.is_empty() && !reset.message_id.is_empty());
    assert!(reset.sent_at.is_some());
    assert!(rows.iter().all(|r| r.calendar_ics.is_none()));
    assert!(
        app.get(&link).await.status.is_success(),
        "the link itself still works"
    );
}

#[tokio::test]
async fn a_mail_that_failed_for_good_keeps_its_error_but_not_its_text() {
    let app = TestApp::spawn().await;
    app.smtp.set_behaviour(Behaviour::Refuse);
    let token = "Tok3nOfAnInvitationThatCouldNotBeDelivered0";
    let id = outbox::enqueue(
        &app.db,
        NewMail {
            kind: fairplan::domain::mail_kind::MailKind::ParticipantInvitation,
            to_address: "amira@example.org".to_owned(),
            to_name: "Amira Haddad".to_owned(),
            subject: "Book your place".to_owned(),
            text: format!("Your link: {BASE_URL}/p/{token}\n"),
            html: format!("<a href=\"{BASE_URL}/p/{token}\">Book</a>"),
            calendar: None,
            participant_id: None,
        },
        "fairplan.test",
        now_ms(),
    )
    .await
    .unwrap()
    .expect("a mail with an address is stored");
    app.worker().deliver_due(now_ms()).await.unwrap();

    let failed = outbox_message::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(failed.status.as_str(), "failed");
    assert!(failed.last_error.unwrap().contains("554"));
    assert_eq!(
        (failed.subject.as_str(), failed.to_address.as_str()),
        ("Book your place", "amira@example.org")
    );
    assert!(
        outbox_texts(&app)
            .await
            .iter()
            .all(|text| !text.contains(token)),
        "the link is gone from the outbox"
    );
}

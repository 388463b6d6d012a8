//! A coordinator writes to a group of an event's people: the preview shows who it reaches and
//! the mail as they read it without sending anything; sending puts one mail per person in the
//! outbox, in their language with the programme's, with their personal link, and audits it.

use crate::support::demo::{book, demo_person, demo_session, slots_of_session};
use crate::support::{TestApp, audited};
use axum::http::StatusCode;
use fairplan::domain::booking_status::BookingStatus;
use fairplan::entities::{access_link, booking, outbox_message, participant};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

async fn mails(app: &TestApp) -> u64 {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq("coordinator_message"))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_message_is_previewed_then_sent_once_to_each_person_of_the_group() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    let slots = slots_of_session(&app, mock.id).await;
    let (amira, bo) = (demo_person(&app, 1).await, demo_person(&app, 2).await);
    book(&app, amira.id, slots[0].id).await;
    let waiting = book(&app, bo.id, slots[1].id).await;
    booking::ActiveModel {
        status: Set(BookingStatus::Waitlisted),
        slot_id: Set(None),
        ..waiting.into()
    }
    .update(&app.db)
    .await
    .unwrap();
    participant::ActiveModel {
        locale: Set("ar".into()),
        language_chosen: Set(true),
        ..amira.clone().into()
    }
    .update(&app.db)
    .await
    .unwrap();
    app.drain_outbox().await;
    let path = format!("/coordinator/events/{}/message", mock.event_id);
    let form = app.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    let booked_in = format!("booked:{}", mock.id);
    assert!(form.body.contains(&format!(r#"value="{booked_in}""#)));
    assert!(
        form.body
            .contains("Everyone booked in \u{2068}Mock interviews\u{2069}")
    );

    let message = [
        ("csrf", csrf.as_str()),
        ("step", "preview"),
        ("audience", booked_in.as_str()),
        ("subject", "Room change"),
        (
            "text",
            "We meet in room 2.14, not 1.02.\r\nBring your CV twice.",
        ),
    ];
    let links_before = access_link::Entity::find().count(&app.db).await.unwrap();
    let preview = app.post_form(&path, &message).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(preview.body.contains("It reaches 1 person:"));
    assert!(
        preview.body.contains("<strong>Subject:</strong>")
            && preview.body.contains(": Room change</bdi>"),
        "the subject as read"
    );
    assert!(preview.body.contains(&amira.name));
    assert!(!preview.body.contains(&bo.name), "not booked in it");
    assert!(
        preview.body.contains("We meet in room 2.14"),
        "the mail as read"
    );
    assert!(preview.body.contains("Send to 1 person"));
    assert_eq!(mails(&app).await, 0, "a preview sends nothing");
    assert_eq!(
        access_link::Entity::find().count(&app.db).await.unwrap(),
        links_before,
        "and makes no link"
    );

    let key = crate::support::hidden_field(&preview.body, "key").unwrap();
    let mut send = message.to_vec();
    send[1] = ("step", "send");
    let stale = [send.clone(), vec![("key", key.as_str()), ("expected", "2")]].concat();
    let changed = app.post_form(&path, &stale).await;
    assert_eq!(changed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(changed.body.contains("the group changed since you looked"));
    assert_eq!(mails(&app).await, 0);
    send.extend([("key", key.as_str()), ("expected", "1")]);
    let sent = app.post_form(&path, &send).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let told = app.get(sent.header("location")).await;
    assert!(told.body.contains("The message is on its way to 1 person."));
    let twice = app.post_form(&path, &send).await;
    assert_eq!(
        twice.status,
        StatusCode::CONFLICT,
        "a second click sends nothing"
    );
    assert!(twice.body.contains("This message was sent already"));
    assert!(
        twice.body.contains(r#"name="subject""#),
        "back on the form, not an error page"
    );
    assert_eq!(mails(&app).await, 1);
    assert_eq!(audited(&app, "event.message_sent").await.len(), 1);
    app.drain_outbox().await;
    let address = amira.email.clone().unwrap();
    let mail = app.last_mail_to(&address).unwrap();
    let subject = mail.header("Subject").unwrap();
    assert!(subject.contains("Room change"), "{subject}");
    let text = mail.part("text/plain").unwrap();
    assert!(
        text.contains("رسالة من منظمي"),
        "their language first: {text}"
    );
    assert!(
        text.contains("A message from the organisers of"),
        "then the programme's"
    );
    assert!(text.contains("Bring your CV twice."));
    let link = app.link_from_last_mail(&address).unwrap();
    assert_eq!(app.get(&link).await.status, StatusCode::OK);

    // The waiting list is its own group.
    let waiting_for = format!("waiting:{}", mock.id);
    let mut to_waiting = message.to_vec();
    to_waiting[2] = ("audience", waiting_for.as_str());
    let preview = app.post_form(&path, &to_waiting).await;
    assert!(preview.body.contains(&bo.name) && !preview.body.contains(&amira.name));

    // Everyone booked anywhere at the event, and everyone on the list: the booked and the
    // not booked together.
    let mut reach = std::collections::HashMap::new();
    for group in ["booked", "not-booked", "everyone"] {
        let mut to_group = message.to_vec();
        to_group[2] = ("audience", group);
        let preview = app.post_form(&path, &to_group).await;
        assert_eq!(preview.status, StatusCode::OK, "{group}");
        let count = hidden_field_value(&preview.body, "expected");
        reach.insert(group, count);
    }
    assert_eq!(reach["booked"], 1, "Amira alone holds a place");
    assert_eq!(reach["everyone"], reach["booked"] + reach["not-booked"]);
}

/// The number in the send form's hidden field `name`.
fn hidden_field_value(html: &str, name: &str) -> usize {
    crate::support::hidden_field(html, name)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        .parse()
        .unwrap()
}

#[tokio::test]
async fn a_message_with_problems_or_a_foreign_group_sends_nothing() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    app.drain_outbox().await;
    let path = format!("/coordinator/events/{}/message", mock.event_id);
    let other_session = format!("booked:{}", uuid::Uuid::now_v7());
    for (audience, subject, text, problem) in [
        ("not-booked", "", "Text", "subject"),
        ("not-booked", "Hi", "", "text"),
        ("all", "Hi", "Text", "audience"),
        (other_session.as_str(), "Hi", "Text", "audience"),
    ] {
        for step in ["preview", "send"] {
            let refused = app
                .post_form(
                    &path,
                    &[
                        ("csrf", &csrf),
                        ("step", step),
                        ("audience", audience),
                        ("subject", subject),
                        ("text", text),
                    ],
                )
                .await;
            assert_eq!(
                refused.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{audience} {step}"
            );
            assert!(
                refused.body.contains(&format!(r#"id="{problem}-error""#)),
                "{problem}"
            );
        }
    }
    let forged = app
        .post_form(
            &path,
            &[
                ("csrf", "forged"),
                ("step", "send"),
                ("audience", "not-booked"),
                ("subject", "Hi"),
                ("text", "T"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(mails(&app).await, 0);

    // Everyone not booked: the demo's list, with the people who have no address counted apart.
    participant::ActiveModel {
        email: Set(None),
        phone: Set(Some("+49 170 1234567".into())),
        ..demo_person(&app, 5).await.into()
    }
    .update(&app.db)
    .await
    .unwrap();
    let mut fields = vec![
        ("csrf", csrf.clone()),
        ("step", "preview".to_owned()),
        ("audience", "not-booked".to_owned()),
        ("subject", "Hi".to_owned()),
        ("text", "T".to_owned()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let preview = app.post_form(&path, &refs).await;
    fields[1].1 = "send".to_owned();
    fields.push((
        "key",
        crate::support::hidden_field(&preview.body, "key").unwrap(),
    ));
    fields.push((
        "expected",
        crate::support::hidden_field(&preview.body, "expected").unwrap(),
    ));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let sent = app.post_form(&path, &refs).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let told = app.get(sent.header("location")).await;
    assert!(
        told.body
            .contains("1 person in the group has no e-mail address"),
        "{}",
        told.body
    );
    assert!(mails(&app).await > 1);
}

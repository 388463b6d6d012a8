//! An event's texts in other languages: a coordinator writes them one language at a time
//! beside the originals; each participant reads their language's text on their page, in their
//! mails' first block and in their calendar, and the programme's text where none was written.

use crate::support::demo::{book, demo_person, demo_session, first_slot, session_of_format};
use crate::support::{TestApp, audited};
use axum::http::StatusCode;
use fairplan::entities::{event, participant, translated_text};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

const EVENT_AR: &str = "أمسية المهن";
const MOCK_AR: &str = "مقابلات تجريبية";
const BRING_AR: &str = "سيرتك الذاتية مطبوعة مرتين";

async fn speaks(app: &TestApp, person: &participant::Model, language: &str) {
    participant::ActiveModel {
        locale: Set(language.into()),
        language_chosen: Set(true),
        ..person.clone().into()
    }
    .update(&app.db)
    .await
    .unwrap();
}

async fn translations_of(app: &TestApp, event_id: Uuid) -> u64 {
    translated_text::Entity::find()
        .filter(translated_text::Column::EventId.eq(event_id))
        .count(&app.db)
        .await
        .unwrap()
}

/// The participant's personal page, through a link the coordinator sends them anew.
async fn page_of(
    app: &mut TestApp,
    csrf: &str,
    event_id: Uuid,
    person: &participant::Model,
) -> String {
    let resend = format!(
        "/coordinator/events/{event_id}/participants/{}/resend-link",
        person.id
    );
    let resent = app.post_form(&resend, &[("csrf", csrf)]).await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER, "{}", resent.body);
    app.drain_outbox().await;
    let link = app
        .link_from_last_mail(person.email.as_deref().unwrap())
        .unwrap();
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

#[tokio::test]
async fn each_participant_reads_the_event_s_texts_in_their_language_else_the_programme_s() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    let event_id = mock.event_id;
    let event = event::Entity::find_by_id(event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let (amira, bo) = (demo_person(&app, 1).await, demo_person(&app, 2).await);
    speaks(&app, &amira, "ar").await;
    speaks(&app, &bo, "uk").await;
    app.drain_outbox().await;

    // The form: the programme writes English, so German comes first; each original beside it.
    let path = format!("/coordinator/events/{event_id}/texts");
    let form = app.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(r#"aria-current="page">Deutsch</a>"#),
        "{}",
        form.body
    );
    assert!(form.body.contains(&event.title));
    let arabic = app.get(&format!("{path}?language=ar")).await;
    assert!(arabic.body.contains(r#"lang="ar" dir="rtl""#));
    let mock_title = format!("session_title-{}", mock.id);
    assert!(
        arabic
            .body
            .contains(&format!(r#"<label for="{mock_title}">"#))
    );
    for refused in ["en", "xx"] {
        let other = app.get(&format!("{path}?language={refused}")).await;
        assert_eq!(other.status, StatusCode::NOT_FOUND, "{refused}");
    }

    // Saving Arabic texts: the event's title, the session's title and what to bring.
    let event_title = format!("event_title-{event_id}");
    let bring = format!("what_to_bring-{}", mock.id);
    let fields = [
        ("csrf", csrf.as_str()),
        (event_title.as_str(), EVENT_AR),
        (mock_title.as_str(), MOCK_AR),
        (bring.as_str(), BRING_AR),
        // A text of another event is no text of this one: ignored.
        (&*format!("session_title-{}", Uuid::now_v7()), "غريب"),
    ];
    let saved = app.post_form(&format!("{path}?language=ar"), &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let shown = app.get(saved.header("location")).await;
    assert!(
        shown
            .body
            .contains("Saved: 3 texts have a translation in this language.")
    );
    assert!(
        shown.body.contains(MOCK_AR),
        "the form shows what is stored"
    );
    assert_eq!(translations_of(&app, event_id).await, 3);
    let entries = audited(&app, "event.texts_translated").await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].details, "language=ar texts=3");

    // Booked: the mail's Arabic block reads the Arabic texts, the English block the originals,
    // and the calendar entry (one language) the reader's.
    let slot = first_slot(&app, mock.id).await;
    book(&app, amira.id, slot.id).await;
    app.drain_outbox().await;
    let mail = app.last_mail_to(amira.email.as_deref().unwrap()).unwrap();
    assert!(mail.header("Subject").unwrap().contains(MOCK_AR));
    let text = mail.part("text/plain").unwrap();
    let (arabic_block, english_block) = text.split_at(text.find("Hello").unwrap());
    assert!(arabic_block.contains(MOCK_AR) && arabic_block.contains(EVENT_AR));
    assert!(arabic_block.contains(BRING_AR), "{arabic_block}");
    assert!(english_block.contains(&mock.title) && english_block.contains(&event.title));
    assert!(!english_block.contains(MOCK_AR));
    let calendar = mail.part("text/calendar").unwrap().replace("\r\n ", "");
    assert!(
        calendar.contains(&format!("SUMMARY:{MOCK_AR}: {EVENT_AR}")),
        "{calendar}"
    );
    assert!(calendar.contains(BRING_AR));

    // Their page too; a reader of Ukrainian, with no Ukrainian texts, reads the originals.
    let page = page_of(&mut app, &csrf, event_id, &amira).await;
    assert!(page.contains(&format!("<h1>{EVENT_AR}</h1>")), "{page}");
    assert!(page.contains(MOCK_AR) && page.contains(BRING_AR));
    let mail = app.last_mail_to(amira.email.as_deref().unwrap()).unwrap();
    assert!(
        mail.header("Subject").unwrap().contains(EVENT_AR),
        "the new-link mail too"
    );
    let page = page_of(&mut app, &csrf, event_id, &bo).await;
    assert!(page.contains(&format!("<h1>{}</h1>", event.title)));
    assert!(page.contains(&mock.title) && !page.contains(MOCK_AR));

    // A text emptied shows the original again.
    let fields = [("csrf", csrf.as_str()), (mock_title.as_str(), MOCK_AR)];
    app.post_form(&format!("{path}?language=ar"), &fields).await;
    assert_eq!(translations_of(&app, event_id).await, 1);
}

#[tokio::test]
async fn a_refused_text_saves_nothing_and_says_which() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    let path = format!("/coordinator/events/{}/texts?language=fa", mock.event_id);
    let title = format!("session_title-{}", mock.id);
    let bring = format!("what_to_bring-{}", mock.id);
    let long = "ب".repeat(201);
    for (value, problem) in [
        (
            "دو\r\nخط",
            "remove the line breaks or other control characters",
        ),
        (long.as_str(), "shorten this to at most 200 characters"),
    ] {
        let fields = [
            ("csrf", csrf.as_str()),
            (title.as_str(), value),
            (bring.as_str(), "رزومه"),
        ];
        let refused = app.post_form(&path, &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains(problem), "{}", refused.body);
        assert!(refused.body.contains(r#"aria-invalid="true""#));
        assert!(refused.body.contains("رزومه"), "what was typed stays");
        assert_eq!(translations_of(&app, mock.event_id).await, 0);
    }
    let forged = app
        .post_form(&path, &[("csrf", "nope"), (title.as_str(), "x")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(translations_of(&app, mock.event_id).await, 0);
}

#[tokio::test]
async fn copies_bring_the_translations_that_still_fit() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    let placement = session_of_format(&app, "placement").await;
    let place = first_slot(&app, placement.id).await;
    let event_id = mock.event_id;
    let fields = [
        ("csrf", csrf.as_str()),
        (&*format!("event_title-{event_id}"), "Вечір кар'єри"),
        (&*format!("session_title-{}", mock.id), "Пробні співбесіди"),
        (&*format!("what_to_bring-{}", mock.id), "Резюме"),
        (
            &*format!("placement_description-{}", place.id),
            "День на складі",
        ),
    ];
    let path = format!("/coordinator/events/{event_id}/texts?language=uk");
    let saved = app.post_form(&path, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(translations_of(&app, event_id).await, 4);

    // A copy of the session is titled anew: its title's translation stays behind.
    let copied = app
        .post_form(
            &format!("/coordinator/sessions/{}/copy", mock.id),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(copied.status, StatusCode::SEE_OTHER);
    assert_eq!(
        translations_of(&app, event_id).await,
        5,
        "what to bring came along"
    );

    // A copy of the event under the same title brings all of them, onto the copies.
    let source = event::Entity::find_by_id(event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let first_day = fairplan::domain::time::local_date(source.starts_at, &source.time_zone)
        .unwrap()
        + jiff::Span::new().days(28);
    let copy = app
        .post_form(
            &format!("/coordinator/events/{event_id}/copy"),
            &[
                ("csrf", csrf.as_str()),
                ("title", source.title.as_str()),
                ("first_day", first_day.to_string().as_str()),
            ],
        )
        .await;
    assert_eq!(copy.status, StatusCode::SEE_OTHER, "{}", copy.body);
    let copy_id: Uuid = copy
        .header("location")
        .split('/')
        .nth(3)
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(translations_of(&app, copy_id).await, 5);
    let rows = translated_text::Entity::find()
        .filter(translated_text::Column::EventId.eq(copy_id))
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        rows.iter()
            .all(|r| r.owner_id != mock.id && r.owner_id != place.id)
    );
    assert!(
        rows.iter()
            .any(|r| r.owner_id == copy_id && r.body == "Вечір кар'єри")
    );

    // Removing a placement removes its texts.
    let removed = app
        .post_form(
            &format!(
                "/coordinator/sessions/{}/placements/{}/remove",
                placement.id, place.id
            ),
            &[("csrf", csrf.as_str()), ("placed", "cancel")],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    assert_eq!(translations_of(&app, event_id).await, 4);
}

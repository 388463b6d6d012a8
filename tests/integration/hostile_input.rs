//! Hostile input into every form and API body, on the database the suite runs on: NUL, line
//! breaks in names, escape sequences, a megabyte, invalid UTF-8, wrong content types, days at
//! the calendar's end, a time that does not exist (a DST gap), huge and negative numbers. The
//! forms are found by following links from each role's start page, so a new form is attacked
//! without being listed here. No answer may be a server error, a refusal (4xx) must change
//! nothing, and nothing stored may hold a control character in a one-line field. The API's
//! bodies are attacked the same way in `hostile_api`.

use crate::support::TestApp;
use crate::support::forms::{PostForm, forms_reachable};
use fairplan::clock::now_ms;
use fairplan::services::demo;
use sea_orm::{DatabaseConnection, EntityTrait};
use std::collections::BTreeSet;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// Values a person or a program might send, with a name for the failure message.
pub fn hostile_values() -> Vec<(&'static str, String)> {
    vec![
        ("NUL", "Amira\u{0}Haddad".to_owned()),
        (
            "CR/LF",
            "Amira Haddad\r\nBcc: someone@evil.example".to_owned(),
        ),
        ("escape", "\u{1b}[2J\u{7}".to_owned()),
        ("1 MB", "x".repeat(1 << 20)),
        ("calendar's end", "9999-12-31".to_owned()),
        ("DST gap", "2026-03-29T02:30".to_owned()),
        ("huge number", "99999999999999999999999".to_owned()),
        ("negative", "-1".to_owned()),
        ("right-to-left override", "\u{202e}fdp.exe".to_owned()),
    ]
}

/// A fingerprint of everything a refused request must leave alone (not the logs of attempts,
/// failures and sessions, which a refusal may write).
pub async fn fingerprint(db: &DatabaseConnection) -> u64 {
    use fairplan::entities::*;
    let mut rows: Vec<String> = Vec::new();
    macro_rules! take {
        ($($table:ident),+) => {$(
            rows.extend(
                $table::Entity::find().all(db).await.unwrap().iter().map(|row| format!("{row:?}")),
            );
        )+};
    }
    take!(
        event,
        session,
        slot,
        booking,
        participant,
        event_participant,
        participant_language,
        participant_occupation,
        participant_sensitive,
        employer,
        employer_contact,
        event_employer,
        volunteer,
        event_volunteer,
        volunteer_availability,
        volunteer_expertise,
        volunteer_language,
        preference,
        networking_wish,
        outcome,
        standby,
        survey_response,
        feedback,
        api_token,
        outbox_message,
        allocation_run,
        sign_up,
        sign_up_form,
        sign_up_question,
        sign_up_answer,
        translated_text,
        webhook_endpoint
    );
    // Row order is the database's business (PostgreSQL moves updated rows).
    rows.sort();
    let mut hasher = DefaultHasher::new();
    rows.hash(&mut hasher);
    hasher.finish()
}

/// Forms that end the session or undo a lot go last, so the others meet the demo as it was.
fn undoes_much(form: &PostForm) -> bool {
    [
        "cancel", "erase", "delete", "revoke", "withdraw", "remove", "status", "absent",
    ]
    .iter()
    .any(|word| form.action.contains(word))
}

/// Posts `fields` to `form` and checks the answer; returns the fingerprint after it.
async fn attack(
    app: &mut TestApp,
    form: &PostForm,
    what: &str,
    answer: crate::support::TestResponse,
    before: u64,
) -> u64 {
    assert!(
        answer.status.as_u16() < 500,
        "{} with {what}: {}\n{}",
        form.action,
        answer.status,
        answer.body.chars().take(500).collect::<String>()
    );
    let after = fingerprint(&app.db).await;
    if answer.status.is_client_error() {
        assert_eq!(
            before, after,
            "{} with {what} was refused but changed data",
            form.action
        );
    }
    after
}

#[tokio::test]
async fn every_form_refuses_hostile_values_without_a_server_error_or_a_change() {
    let mut app = TestApp::spawn().await;
    let summary = demo::seed(&app.db, &app.config, now_ms()).await.unwrap();
    // Signed out first: the start page's new-link form, sign-in, password reset.
    let mut public = forms_reachable(&mut app, "/", "/", 10).await;
    public.extend(forms_reachable(&mut app, "/coordinator/login", "/coordinator/login", 1).await);
    public.extend(
        forms_reachable(
            &mut app,
            "/coordinator/password-reset",
            "/coordinator/password-reset",
            1,
        )
        .await,
    );
    // The event's public page, with its sign-up forms for job seekers and employers.
    let page = crate::support::sign_up::demo_page(&app).await;
    let sign_up_forms = forms_reachable(&mut app, &page, "/events/", 3).await;
    for form in ["/sign-up", "/employers"] {
        assert!(
            sign_up_forms.iter().any(|f| f.action.contains(form)),
            "the public page's {form} form is attacked too"
        );
    }
    public.extend(sign_up_forms);
    let mut posts = attack_all(&mut app, one_per_shape(public)).await;

    app.sign_in_as_coordinator().await;
    let mut forms = forms_reachable(&mut app, "/coordinator", "/coordinator", 120).await;
    let path_of = |url: &str, from: &str| url[url.find(from).unwrap()..].to_owned();
    let participant = path_of(&summary.participant_links[0].1, "/p/");
    forms.extend(forms_reachable(&mut app, &participant, &participant, 30).await);
    let employer = path_of(&summary.employer_links[0].1, "/e/");
    forms.extend(forms_reachable(&mut app, &employer, &employer, 30).await);
    let volunteer = volunteer_page(&app).await;
    forms.extend(forms_reachable(&mut app, &volunteer, &volunteer, 30).await);
    let forms = one_per_shape(forms);
    assert!(forms.len() >= 25, "only {} forms found", forms.len());
    posts += attack_all(&mut app, forms).await;
    assert_one_line_names(&app.db).await;
    eprintln!("{posts} hostile posts");
}

/// One form per handler and set of fields (the rows of a list share their form), sign-out
/// left out, the forms that undo much last.
fn one_per_shape(forms: BTreeSet<PostForm>) -> Vec<PostForm> {
    let mut shapes = BTreeSet::new();
    let mut forms: Vec<PostForm> = forms
        .into_iter()
        .filter(|form| !form.action.contains("logout"))
        .filter(|form| shapes.insert((shape_of(&form.action), form.typed_fields())))
        .collect();
    forms.sort_by_key(undoes_much);
    forms
}

/// The page of a demo volunteer with a slot, through a link of their own.
async fn volunteer_page(app: &TestApp) -> String {
    use fairplan::db::access_links::LinkSubject;
    use fairplan::entities::slot;
    use sea_orm::{ColumnTrait, QueryFilter};
    let slot = slot::Entity::find()
        .filter(slot::Column::VolunteerId.is_not_null())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let session = fairplan::entities::session::Entity::find_by_id(slot.session_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let token = fairplan::services::access_links::issue(
        &app.db,
        LinkSubject::Volunteer(slot.volunteer_id.unwrap()),
        Some(session.event_id),
        now_ms(),
        now_ms() + 86_400_000,
    )
    .await
    .unwrap();
    format!("/v/{token}")
}

/// Posts every hostile value into every field of every form, and bodies no browser sends;
/// returns how many posts it made.
async fn attack_all(app: &mut TestApp, forms: Vec<PostForm>) -> usize {
    let values = hostile_values();
    let mut posts = 0;
    let mut before = fingerprint(&app.db).await;
    for form in &forms {
        if let Some(file_field) = &form.file_field {
            for (what, value) in &values {
                let csv = format!("name,email\n\"{value}\",amira@example.org\n");
                let fields: Vec<(&str, &str)> = form
                    .fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let answer = app
                    .post_multipart(&form.action, &fields, (file_field, csv.as_bytes()))
                    .await;
                before = attack(app, form, &format!("a file with {what}"), answer, before).await;
            }
            continue;
        }
        for field in form.typed_fields() {
            for (what, value) in &values {
                let body = serde_urlencoded::to_string(form.with(&field, value)).unwrap();
                let answer = app.post_raw(&form.action, FORM, body.into_bytes()).await;
                posts += 1;
                before = attack(app, form, &format!("{what} in {field}"), answer, before).await;
            }
            let invalid_utf8 = format!("{}&{field}=%FF%FE%00", form_body(form));
            let answer = app
                .post_raw(&form.action, FORM, invalid_utf8.into_bytes())
                .await;
            before = attack(
                app,
                form,
                &format!("invalid UTF-8 in {field}"),
                answer,
                before,
            )
            .await;
        }
        for (content_type, body) in [
            ("application/json", form_body(form)),
            ("text/plain", form_body(form)),
            (FORM, String::new()),
        ] {
            let answer = app
                .post_raw(&form.action, content_type, body.into_bytes())
                .await;
            before = attack(app, form, &format!("a {content_type} body"), answer, before).await;
        }
    }
    posts
}

/// A form's action with its ids left out (`/coordinator/events/{}/sessions/{}`).
fn shape_of(action: &str) -> String {
    action
        .split('/')
        .map(|part| if part.len() >= 32 { "{}" } else { part })
        .collect::<Vec<_>>()
        .join("/")
}

const FORM: &str = "application/x-www-form-urlencoded";

/// The form's own values, URL-encoded.
fn form_body(form: &PostForm) -> String {
    serde_urlencoded::to_string(&form.fields).unwrap()
}

/// No stored name or title holds a control character (a line break would end a mail header).
async fn assert_one_line_names(db: &DatabaseConnection) {
    use fairplan::entities::{employer, employer_contact, event, participant, session, volunteer};
    let mut names: Vec<String> = Vec::new();
    macro_rules! take {
        ($($table:ident . $column:ident),+) => {$(
            names.extend($table::Entity::find().all(db).await.unwrap().into_iter().map(|r| r.$column));
        )+};
    }
    take!(
        participant.name,
        volunteer.name,
        employer.name,
        employer_contact.name,
        event.title,
        session.title
    );
    let broken: Vec<&String> = names
        .iter()
        .filter(|n| n.chars().any(char::is_control))
        .collect();
    assert!(
        broken.is_empty(),
        "names with control characters: {broken:?}"
    );
}

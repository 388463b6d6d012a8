//! Times follow the reader's region and calendar notes their language: a programme set to US
//! English writes `6:30 PM` and the month first; a participant who reads German gets the notes
//! of their calendar invitation in German.

use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, first_slot};
use fairplan::entities::participant;
use sea_orm::{ActiveModelTrait, Set};

#[tokio::test]
async fn a_us_programme_writes_twelve_hour_times_in_mails() {
    let mut app = TestApp::spawn_with(|config| config.default_language = "en-US".to_owned()).await;
    let (_, session) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 1).await;
    let slot = first_slot(&app, session.id).await;
    book(&app, person.id, slot.id).await;
    app.drain_outbox().await;
    let text = app
        .last_mail_to(person.mail_address())
        .unwrap()
        .part("text/plain")
        .unwrap();
    assert!(
        text.contains("\u{a0}PM") || text.contains("\u{a0}AM"),
        "{text}"
    );
    let month_first = [
        "January", "February", "March", "April", "May", "June", "July",
    ]
    .iter()
    .chain(&["August", "September", "October", "November", "December"])
    .any(|month| text.contains(&format!(", {month} ")));
    assert!(month_first, "{text}");
}

#[tokio::test]
async fn a_german_reader_gets_the_notes_of_the_calendar_invitation_in_german() {
    let mut app = TestApp::spawn().await;
    let (_, session) = demo_session(&mut app, "mock_interview").await;
    let person = demo_person(&app, 1).await;
    let mut german: participant::ActiveModel = person.clone().into();
    german.locale = Set("de".to_owned());
    german.language_chosen = Set(true);
    german.update(&app.db).await.unwrap();
    let slot = first_slot(&app, session.id).await;
    book(&app, person.id, slot.id).await;
    app.drain_outbox().await;
    let ics = app
        .last_mail_to(person.mail_address())
        .unwrap()
        .part("text/calendar")
        .unwrap();
    // Folded lines are joined before looking.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("Bitte mitbringen:"), "{unfolded}");
    assert!(
        unfolded.contains("Ansehen\\, ändern oder absagen:"),
        "{unfolded}"
    );
    assert!(!unfolded.contains("What to bring"), "{unfolded}");
}

#[tokio::test]
async fn a_browser_asking_for_us_english_gets_twelve_hour_times_on_pages() {
    let mut app = TestApp::spawn().await;
    let (csrf, _) = demo_session(&mut app, "mock_interview").await;
    let dashboard = app.get("/coordinator").await;
    assert!(!dashboard.body.contains("\u{a0}PM"), "{}", dashboard.body);
    app.speak("en-US,en;q=0.9");
    let dashboard = app.get("/coordinator").await;
    assert!(dashboard.body.contains("\u{a0}PM"), "{}", dashboard.body);
    // A stored choice of English keeps the browser's region.
    app.post_form(
        "/coordinator/language",
        &[("language", "en"), ("csrf", &csrf)],
    )
    .await;
    let dashboard = app.get("/coordinator").await;
    assert!(dashboard.body.contains("\u{a0}PM"), "{}", dashboard.body);
}

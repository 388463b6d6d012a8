//! An event over two days (the demo: a career evening, and a taster day at an employer the day
//! after) writes the date with every time it lists, so that two days' `10:00–10:30` are never
//! confused: the participant's options and schedule, the volunteer's page and schedule mail,
//! the run sheet and the check-in page. (A one-day event keeps the bare times: the unit tests of
//! `i18n::dates::EventClock`.)

use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, first_slot, session_of_format};
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::domain::locale::Locale;
use fairplan::entities::{event, volunteer};
use fairplan::i18n::dates;
use fairplan::services::access_links;
use sea_orm::EntityTrait;

const ZONE: &str = "Europe/Berlin";

fn dated(locale: &str, start: i64, end: i64) -> String {
    dates::dated_clock_range(&Locale::parse(locale), start, end, ZONE).unwrap()
}

#[tokio::test]
async fn every_time_of_a_two_day_event_carries_its_date() {
    let mut app = TestApp::spawn().await;
    let (_, interviews) = demo_session(&mut app, "mock_interview").await;
    let taster = session_of_format(&app, "placement").await;
    let the_event = event::Entity::find_by_id(interviews.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        the_event.ends_at >= taster.ends_at,
        "the demo's event holds its taster day"
    );
    let slot = first_slot(&app, interviews.id).await;
    let person = demo_person(&app, 1).await;

    // The participant's page: the interview options, the taster day's heading, the schedule.
    let token = access_links::issue(
        &app.db,
        LinkSubject::Participant(person.id),
        Some(the_event.id),
        now_ms(),
        now_ms() + 86_400_000,
    )
    .await
    .unwrap();
    let page = app.get(&format!("/p/{token}")).await;
    let option = dated("en", slot.starts_at, slot.ends_at);
    assert!(page.body.contains(&option), "{option} in {}", page.body);
    let taster_day = dated("en", taster.starts_at, taster.ends_at);
    assert!(page.body.contains(&taster_day), "{taster_day}");

    // The interviewer's page and schedule mail (sent by the demo) give the date too.
    book(&app, person.id, slot.id).await;
    let interviewer = volunteer::Entity::find_by_id(slot.volunteer_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let language = if interviewer.locale.starts_with("de") {
        "de"
    } else {
        "en"
    };
    let their_time = dated(language, slot.starts_at, slot.ends_at);
    let link = access_links::issue(
        &app.db,
        LinkSubject::Volunteer(interviewer.id),
        Some(the_event.id),
        now_ms(),
        now_ms() + 86_400_000,
    )
    .await
    .unwrap();
    let theirs = app.get(&format!("/v/{link}")).await;
    assert!(
        theirs.body.contains(&their_time),
        "{their_time} in {}",
        theirs.body
    );
    app.drain_outbox().await;
    let schedule_mailed = app
        .smtp
        .received()
        .into_iter()
        .filter(|m| m.to.contains(&interviewer.email))
        .filter_map(|m| m.part("text/plain"))
        .any(|text| text.contains(&their_time));
    assert!(schedule_mailed, "the schedule mail dates {their_time}");

    // The coordinator's run sheet and check-in page.
    app.sign_in_as_coordinator().await;
    let sheet = app
        .get(&format!("/coordinator/events/{}/run-sheet", the_event.id))
        .await;
    assert!(sheet.body.contains(&option), "{option} on the run sheet");
    let check_in = app
        .get(&format!("/coordinator/events/{}/check-in", the_event.id))
        .await;
    let day = dates::date(&Locale::parse("en"), slot.starts_at, ZONE).unwrap();
    assert!(
        check_in.body.contains(&format!("<h3>{day}</h3>")),
        "the check-in list is headed by its day"
    );
}

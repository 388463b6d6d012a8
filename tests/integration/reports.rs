//! Reports per event and per period: the page with its chart, the CSV file and a volunteer's
//! certificate, with figures checked against what the test booked and checked in.

use crate::support::TestApp;
use crate::support::demo::{book, demo_session};
use axum::http::StatusCode;
use fairplan::entities::{event, participant, slot, volunteer};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

#[tokio::test]
async fn an_events_report_counts_attendance_bookings_and_volunteer_hours() {
    let mut app = TestApp::spawn().await;
    let (csrf, session) = demo_session(&mut app, "mock_interview").await;
    let event = event::Entity::find_by_id(session.event_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // Three people booked with one interviewer: one arrives, one does not come, one unmarked.
    let first = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(session.id))
        .order_by_asc(slot::Column::StartsAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let interviewer = volunteer::Entity::find_by_id(first.volunteer_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let theirs: Vec<slot::Model> = slot::Entity::find()
        .filter(slot::Column::VolunteerId.eq(interviewer.id))
        .filter(slot::Column::SessionId.eq(session.id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    let people: Vec<participant::Model> = participant::Entity::find()
        .order_by_asc(participant::Column::Email)
        .all(&app.db)
        .await
        .unwrap();
    let mut booked = Vec::new();
    for (person, slot) in people.iter().zip(&theirs).take(3) {
        booked.push(book(&app, person.id, slot.id).await);
    }
    // The second time has begun, so its person can be marked as not come.
    crate::support::clock::begin_now(&app, theirs[1].id).await;
    for (booking, mark) in booked.iter().zip(["arrived", "no_show"]) {
        let done = app
            .post_form(
                &format!("/coordinator/events/{}/check-in/{}", event.id, booking.id),
                &[("csrf", &csrf), ("mark", mark)],
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
    }

    let page = app
        .get(&format!("/coordinator/events/{}/report", event.id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("<dt>Bookings</dt><dd>3</dd>"), "{body}");
    assert!(body.contains("<dt>Arrived</dt><dd>1</dd>"));
    assert!(body.contains("<dt>Not come</dt><dd>1</dd>"));
    assert!(body.contains("<dt>Not checked</dt><dd>1</dd>"));
    assert!(body.contains("<dt>No-show rate</dt><dd>50 %</dd>"));
    assert!(body.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart""#));
    assert!(
        body.contains("3 booked · 1 arrived"),
        "the chart writes its values"
    );
    // Every slot of the interviewer counts for their hours, booked or not.
    let minutes: i64 = theirs
        .iter()
        .map(|s| (s.ends_at - s.starts_at) / 60_000)
        .sum();
    let hours = fairplan::services::reports::figures::hours_text(minutes);
    assert!(
        body.contains(&format!(
            "<td>{}</td><td>2</td><td>{hours}</td>",
            theirs.len()
        )),
        "slots, people (a no-show is not one), hours: {body}"
    );

    let csv = app
        .get(&format!("/coordinator/events/{}/report.csv", event.id))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.starts_with('\u{feff}'));
    let total = csv.body.lines().nth(1).unwrap();
    assert!(total.starts_with("total,"), "{total}");
    assert!(
        total.contains(",3,1,1,"),
        "bookings, arrived, no-shows: {total}"
    );
    assert!(csv.body.lines().any(
        |l| l.starts_with(&format!("volunteer,{},", interviewer.name))
            && l.contains(&minutes.to_string())
    ));

    let certificate = app
        .get(&format!(
            "/coordinator/volunteers/{}/certificate?event={}",
            interviewer.id, event.id
        ))
        .await;
    assert_eq!(certificate.status, StatusCode::OK);
    assert!(certificate.body.contains(&interviewer.name));
    assert!(
        certificate
            .body
            .contains(&format!("for giving {hours} of their time"))
    );
    assert!(certificate.body.contains("with 2 job seekers"));
    // A volunteer who gave no time at this event has no certificate for it.
    let other = volunteer::Entity::find()
        .filter(volunteer::Column::Id.ne(interviewer.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let none = app
        .get(&format!(
            "/coordinator/volunteers/{}/certificate?event={}",
            other.id,
            uuid::Uuid::now_v7()
        ))
        .await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_period_report_covers_the_events_starting_in_it() {
    let mut app = TestApp::spawn().await;
    demo_session(&mut app, "mock_interview").await;
    let event = event::Entity::find().one(&app.db).await.unwrap().unwrap();
    let day = jiff::Timestamp::from_millisecond(event.starts_at)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::get(&event.time_zone).unwrap())
        .date();
    let around = app
        .get(&format!("/coordinator/reports?from={day}&to={day}"))
        .await;
    assert_eq!(around.status, StatusCode::OK);
    assert!(around.body.contains("1 event:"), "{}", around.body);
    assert!(around.body.contains(&event.title));
    let before = day.yesterday().unwrap();
    let empty = app
        .get(&format!("/coordinator/reports?from={before}&to={before}"))
        .await;
    assert!(empty.body.contains("0 events"));
    let reversed = app
        .get(&format!("/coordinator/reports?from={day}&to={before}"))
        .await;
    assert_eq!(reversed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reversed
            .body
            .contains("a last day that does not come before the first")
    );
    let csv = app
        .get(&format!("/coordinator/reports.csv?from={day}&to={day}"))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains(&event.title) || csv.body.contains("total,"));
}

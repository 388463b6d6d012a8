//! An event's participant list as a coordinator pages through it: search, filters, 50 people a
//! page, each with their bookings, and nothing destructive on the list itself.

use crate::support::TestApp;
use crate::support::demo::{book, demo_person, demo_session, slots_of_session};
use axum::http::StatusCode;
use fairplan::domain::booking_status::BookingStatus;
use fairplan::entities::{booking, event_participant};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};

/// How many rows the list's table shows.
fn rows(html: &str) -> usize {
    let body = &html[html.find(r#"<table id="list">"#).unwrap()..];
    let body = &body[..body.find("</table>").unwrap()];
    body.matches("<tr><td><a href=").count()
}

async fn set_status(app: &TestApp, booking: booking::Model, status: BookingStatus) {
    let waiting = status == BookingStatus::Waitlisted;
    booking::ActiveModel {
        status: Set(status),
        slot_id: Set(if waiting { None } else { booking.slot_id }),
        ..booking.into()
    }
    .update(&app.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn the_list_is_searched_filtered_and_paged_with_each_person_s_bookings() {
    let mut app = TestApp::spawn().await;
    let (csrf, mock) = demo_session(&mut app, "mock_interview").await;
    let path = format!("/coordinator/events/{}/participants", mock.event_id);
    let mut file = String::from("name,email\n");
    for n in 1..=60 {
        file.push_str(&format!("Person {n:03},person{n:03}@example.org\n"));
    }
    let imported = app
        .post_multipart(
            &format!("{path}/import"),
            &[("csrf", &csrf)],
            ("file", file.as_bytes()),
        )
        .await;
    assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
    let total = event_participant::Entity::find()
        .count(&app.db)
        .await
        .unwrap() as usize;
    assert!(total > 60);

    let slots = slots_of_session(&app, mock.id).await;
    let (booked, came_not, waits) = (
        demo_person(&app, 1).await,
        demo_person(&app, 2).await,
        demo_person(&app, 3).await,
    );
    book(&app, booked.id, slots[0].id).await;
    let no_show = book(&app, came_not.id, slots[1].id).await;
    set_status(&app, no_show, BookingStatus::NoShow).await;
    let waiting = book(&app, waits.id, slots[2].id).await;
    set_status(&app, waiting, BookingStatus::Waitlisted).await;

    let first = app.get(&path).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(rows(&first.body), 50);
    assert!(first.body.contains(&format!("{total} people on the list.")));
    assert!(
        first
            .body
            .contains(&format!("Page 1 of {}", total.div_ceil(50)))
    );
    assert!(first.body.contains(r#"rel="next""#));
    assert!(
        !first.body.contains("/erase"),
        "erasing is on the person's own page"
    );
    let odd = app.get(&format!("{path}?page=abc")).await;
    assert_eq!(
        odd.status,
        StatusCode::OK,
        "a page that is no number shows the first"
    );
    let last = app.get(&format!("{path}?page=99")).await;
    assert_eq!(rows(&last.body), total - 50 * (total.div_ceil(50) - 1));
    assert!(last.body.contains(r#"rel="prev""#));

    let found = app.get(&format!("{path}?find=person%2005")).await;
    assert_eq!(rows(&found.body), 10, "Person 050 to 059");
    assert!(found.body.contains(&format!("10 of {total} people match.")));

    let shown = |filter: &str| format!("{path}?show={filter}");
    let only_booked = app.get(&shown("booked")).await;
    assert_eq!(rows(&only_booked.body), 1);
    assert!(only_booked.body.contains(&booked.name));
    assert!(
        only_booked.body.contains("Mock interviews"),
        "the booking's session"
    );
    assert!(only_booked.body.contains(">Booked<") || only_booked.body.contains(" · Booked"));
    let no_shows = app.get(&shown("no-show")).await;
    assert_eq!(rows(&no_shows.body), 1);
    assert!(no_shows.body.contains(&came_not.name));
    assert!(no_shows.body.contains("Marked as not come"));
    let waiting_list = app.get(&shown("waiting")).await;
    assert_eq!(rows(&waiting_list.body), 1);
    assert!(waiting_list.body.contains(&waits.name));
    assert!(waiting_list.body.contains("On the waiting list"));
    let not_booked = app.get(&format!("{}&page=99", shown("not-booked"))).await;
    assert!(!not_booked.body.contains(&booked.name));
    assert!(
        not_booked
            .body
            .contains(&format!("{} of {total} people match.", total - 1))
    );
    // The page links keep the search and the filter.
    let narrowed = app
        .get(&format!("{path}?find=person&show=not-booked"))
        .await;
    assert!(
        narrowed
            .body
            .contains("?find=person&#38;show=not-booked&#38;page=2#list-heading")
    );
    // A language is named in itself, not by its code.
    assert!(first.body.contains("<td>English</td>") || first.body.contains("<td>Deutsch</td>"));
}

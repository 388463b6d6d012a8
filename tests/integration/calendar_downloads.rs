//! A participant takes their bookings away: one booking as `.ics`, or a feed to subscribe to.

use crate::booking_mails::{Fixture, fixture};
use crate::support::{TestApp, TestResponse, hidden_field};
use axum::http::StatusCode;
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::domain::ids::{ParticipantId, SlotId};
use fairplan::mail::templates::CancelledBy;
use fairplan::services::{access_links, bookings};
use icalendar::Component;

fn parse(ics: &str) -> icalendar::Calendar {
    let unfolded = icalendar::parser::unfold(ics);
    icalendar::parser::read_calendar(&unfolded)
        .expect("valid iCalendar")
        .into()
}

fn uids(calendar: &icalendar::Calendar) -> Vec<String> {
    calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter_map(|e| e.get_uid())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_booking_downloads_as_ics_for_its_owner_only_and_without_the_manage_link() {
    let Fixture {
        mut app,
        amira,
        yusuf,
        slots,
        token,
        link,
    } = fixture().await;
    let booking = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(slots[0].id),
        &link,
        now_ms(),
    )
    .await
    .unwrap();

    let page = app.get(&format!("/p/{token}")).await;
    let path = format!("/p/{token}/bookings/{}/invite.ics", booking.id);
    assert!(
        page.body.contains(&path),
        "the booking page offers its .ics"
    );

    let download = app.get(&path).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.header("content-type").starts_with("text/calendar"));
    assert!(
        download
            .header("content-disposition")
            .contains("attachment")
    );
    let calendar = parse(&download.body);
    assert_eq!(calendar.property_value("METHOD"), Some("PUBLISH"));
    assert_eq!(uids(&calendar), vec![booking.calendar_uid.clone()]);
    assert!(
        !download.body.contains(&token),
        "a calendar file never carries the manage link"
    );

    let event_id = the_event_id(&app).await;
    let yusuf_token = access_links::issue(
        &app.db,
        LinkSubject::Participant(yusuf.id),
        Some(event_id),
        now_ms(),
        now_ms() + 86_400_000,
    )
    .await
    .unwrap();
    let foreign = app
        .get(&format!(
            "/p/{yusuf_token}/bookings/{}/invite.ics",
            booking.id
        ))
        .await;
    assert_eq!(
        foreign.status,
        StatusCode::NOT_FOUND,
        "another participant cannot download it"
    );
}

/// Presses the "new calendar address" button on the person's page, as they would.
async fn press_feed_button(app: &mut TestApp, token: &str) -> TestResponse {
    let page = app.get(&format!("/p/{token}")).await;
    let csrf = hidden_field(&page.body, "csrf").unwrap();
    app.post_form(&format!("/p/{token}/calendar-feed"), &[("csrf", &csrf)])
        .await
}

/// The path of the feed address shown on a "new calendar address" page.
fn feed_path_on(page: &TestResponse) -> String {
    let start = page
        .body
        .find("http://fairplan.test/calendar/")
        .expect("the feed address is shown");
    let url = &page.body[start..];
    url[..url.find('"').unwrap()]
        .strip_prefix("http://fairplan.test")
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_post_without_the_form_token_neither_makes_nor_replaces_a_feed() {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let Fixture { mut app, token, .. } = fixture().await;
    let feed_path = feed_path_on(&press_feed_button(&mut app, &token).await);
    let feeds = fairplan::entities::calendar_feed::Entity::find()
        .all(&app.db)
        .await
        .unwrap();

    // A form on another site posts without the token, or with a wrong one.
    let path = format!("/p/{token}/calendar-feed");
    let without = app.post_form(&path, &[]).await;
    assert!(without.status.is_client_error(), "{}", without.status);
    let forged = app.post_form(&path, &[("csrf", "forged")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    app.forget_cookies();
    let cookieless = app.post_form(&path, &[("csrf", "forged")]).await;
    assert_eq!(cookieless.status, StatusCode::FORBIDDEN);

    assert!(!without.body.contains("/calendar/") && !forged.body.contains("/calendar/"));
    assert_eq!(
        fairplan::entities::calendar_feed::Entity::find()
            .all(&app.db)
            .await
            .unwrap(),
        feeds,
        "no feed made or retired"
    );
    assert_eq!(
        fairplan::entities::calendar_feed::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        app.get(&feed_path).await.status,
        StatusCode::OK,
        "the address still works"
    );
}

/// The demo's one event.
async fn the_event_id(app: &crate::support::TestApp) -> uuid::Uuid {
    use sea_orm::EntityTrait;
    fairplan::entities::event::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn the_feed_lists_current_bookings_and_a_new_feed_retires_the_old_address() {
    let Fixture {
        mut app,
        amira,
        slots,
        token,
        link,
        ..
    } = fixture().await;
    let booking = bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(slots[0].id),
        &link,
        now_ms(),
    )
    .await
    .unwrap();

    let created = press_feed_button(&mut app, &token).await;
    assert_eq!(created.status, StatusCode::OK);
    let feed_path = feed_path_on(&created);
    assert!(created.body.contains("webcal://fairplan.test/calendar/"));

    let feed = app.get(&feed_path).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(uids(&parse(&feed.body)), vec![booking.calendar_uid.clone()]);
    assert!(feed.body.contains("X-WR-CALNAME"));

    bookings::cancel(
        &app.db,
        &app.config,
        booking.id,
        CancelledBy::Participant,
        &link,
        now_ms(),
    )
    .await
    .unwrap();
    assert!(
        uids(&parse(&app.get(&feed_path).await.body)).is_empty(),
        "cancelled bookings leave the feed"
    );

    press_feed_button(&mut app, &token).await;
    assert_eq!(
        app.get(&feed_path).await.status,
        StatusCode::NOT_FOUND,
        "the old address stops working"
    );
    assert_eq!(
        app.get("/calendar/not-a-token.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_volunteers_feed_shows_each_of_their_slots_and_who_booked_it() {
    let Fixture {
        mut app,
        amira,
        slots,
        link,
        ..
    } = fixture().await;
    let slot = &slots[0];
    let volunteer_id = slot.volunteer_id.unwrap();
    bookings::book(
        &app.db,
        &app.config,
        ParticipantId(amira.id),
        SlotId(slot.id),
        &link,
        now_ms(),
    )
    .await
    .unwrap();

    let url = fairplan::services::calendar_feeds::create_volunteer_feed(
        &app.db,
        &app.config,
        volunteer_id,
        now_ms(),
    )
    .await
    .unwrap();
    let feed = app
        .get(url.strip_prefix("http://fairplan.test").unwrap())
        .await;
    assert_eq!(feed.status, StatusCode::OK);
    let calendar = parse(&feed.body);
    let own_slots: Vec<String> = slots
        .iter()
        .filter(|s| s.volunteer_id == Some(volunteer_id))
        .map(|s| format!("slot-{}@fairplan.test", s.id.simple()))
        .collect();
    assert_eq!(
        uids(&calendar),
        own_slots,
        "every slot of this volunteer, and only theirs"
    );
    assert!(
        feed.body
            .contains("SUMMARY:Mock interviews mit Amira Haddad"),
        "in the volunteer's language"
    );
    assert!(
        !feed.body.contains(amira.mail_address()),
        "volunteers never see a participant's address"
    );
}

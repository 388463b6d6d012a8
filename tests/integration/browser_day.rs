//! The day of the event in a real browser (headless Chromium at 360 px, like a cheap phone): a
//! participant is offered nothing that has begun, the check-in list offers "not come" only once a
//! time has begun and finds a late-comer another place, a coordinator books for someone from the
//! participants list, and no participant, volunteer or employer page scrolls sideways in any
//! language Fairplan speaks.

use crate::browser::{
    ENGLISH_READER, click, demo_over_http, sign_in, start_browser, wait_for_element, wait_for_url,
};
use crate::support::TestApp;
use crate::support::clock::begin_now;
use crate::support::demo::{book, first_slot, session_of_format};
use fairplan::clock::now_ms;
use fairplan::db::access_links::LinkSubject;
use fairplan::entities::{booking, employer_contact, feedback, participant, slot, volunteer};
use fairplan::services::access_links;
use fantoccini::{Client, Locator};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

async fn person(app: &TestApp, email: &str) -> participant::Model {
    participant::Entity::find()
        .filter(participant::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn link(app: &TestApp, subject: LinkSubject, event_id: Uuid) -> String {
    let prefix = match subject {
        LinkSubject::Participant(_) => "p",
        LinkSubject::Volunteer(_) => "v",
        _ => "e",
    };
    let token = access_links::issue(
        &app.db,
        subject,
        Some(event_id),
        now_ms(),
        now_ms() + 86_400_000,
    )
    .await
    .unwrap();
    format!("/{prefix}/{token}")
}

async fn fits_the_screen(client: &Client, what: &str) {
    let (scroll, inner): (i64, i64) = {
        let value = client
            .execute(
                "return [document.documentElement.scrollWidth, window.innerWidth];",
                vec![],
            )
            .await
            .unwrap();
        let pair: Vec<i64> = serde_json::from_value(value).unwrap();
        (pair[0], pair[1])
    };
    // A phone lays a page that is too wide out wider and zooms out, so the viewport grows.
    assert_eq!(
        inner, 360,
        "{what}: laid out {inner} px wide on a 360 px phone"
    );
    assert!(
        scroll <= inner,
        "{what}: {scroll} px wide on a {inner} px screen"
    );
}

#[tokio::test]
async fn no_page_scrolls_sideways_on_a_phone_in_any_language() {
    let Some(mut browser) = start_browser().await else {
        return;
    };
    let (app, base, _) = demo_over_http().await;
    let client = browser.client.take().unwrap();
    let interviews = session_of_format(&app, "mock_interview").await;
    let slots = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(interviews.id))
        .order_by_asc(slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    // Readers of each language, each with a booking and written feedback on it (long words and
    // an address with no place to break are what push a narrow page sideways).
    let readers = [
        ("en", ENGLISH_READER),
        ("de", "participant30@demo.fairplan.test"),
        ("ar", "participant01@demo.fairplan.test"),
        ("uk", "participant02@demo.fairplan.test"),
        ("fa", "participant03@demo.fairplan.test"),
    ];
    for (n, (language, address)) in readers.into_iter().enumerate() {
        let reader = person(&app, address).await;
        let held = book(&app, reader.id, slots[n].id).await;
        feedback::ActiveModel {
            booking_id: Set(held.id),
            volunteer_id: Set(slots[n].volunteer_id.unwrap()),
            preparation: Set(4),
            presentation: Set(3),
            professional_depth: Set(3),
            communication: Set(4),
            strengths: Set("Arbeitsmarktintegrationsmaßnahmenteilnahmebescheinigung, Будь ласка, продовжуйте ретельно готуватися".to_owned()),
            next_steps: Set("https://www.arbeitsagentur.de/bildung/ausbildung/ausbildungsplatzsuche-und-bewerbung-unterstuetzung".to_owned()),
            submitted_at: Set(now_ms()),
        }
        .insert(&app.db)
        .await
        .unwrap();
        let path = link(
            &app,
            LinkSubject::Participant(reader.id),
            interviews.event_id,
        )
        .await;
        client.goto(&format!("{base}{path}")).await.unwrap();
        let html = client.find(Locator::Css("html")).await.unwrap();
        assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some(language));
        fits_the_screen(&client, &format!("participant page in {language}")).await;
    }
    // Volunteers and employer contacts read English or German.
    for language in ["en", "de"] {
        let someone = volunteer::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut chosen: volunteer::ActiveModel = someone.clone().into();
        chosen.locale = Set(language.to_owned());
        chosen.update(&app.db).await.unwrap();
        let path = link(
            &app,
            LinkSubject::Volunteer(someone.id),
            interviews.event_id,
        )
        .await;
        client.goto(&format!("{base}{path}")).await.unwrap();
        fits_the_screen(&client, &format!("volunteer page in {language}")).await;
        let contact = employer_contact::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut chosen: employer_contact::ActiveModel = contact.clone().into();
        chosen.locale = Set(language.to_owned());
        chosen.update(&app.db).await.unwrap();
        let path = link(
            &app,
            LinkSubject::EmployerContact(contact.id),
            interviews.event_id,
        )
        .await;
        client.goto(&format!("{base}{path}")).await.unwrap();
        fits_the_screen(&client, &format!("employer page in {language}")).await;
    }
    client.close().await.unwrap();
}

#[tokio::test]
async fn on_the_day_the_pages_offer_only_what_the_clock_allows_and_coordinators_fix_the_rest() {
    let Some(mut browser) = start_browser().await else {
        return;
    };
    let (app, base, link_path) = demo_over_http().await;
    let client = browser.client.take().unwrap();
    let interviews = session_of_format(&app, "mock_interview").await;
    let first = first_slot(&app, interviews.id).await;
    let aisha = person(&app, ENGLISH_READER).await;
    let held = book(&app, aisha.id, first.id).await;
    let later = slot::Entity::find()
        .filter(slot::Column::SessionId.eq(interviews.id))
        .filter(slot::Column::StartsAt.gt(first.starts_at))
        .order_by_asc(slot::Column::StartsAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let tigist = person(&app, "participant13@demo.fairplan.test").await;
    let waiting = book(&app, tigist.id, later.id).await;
    begin_now(&app, first.id).await;

    // Point 1: Aisha's interview has begun: no cancel or move, and the begun time is not offered.
    client.goto(&format!("{base}{link_path}")).await.unwrap();
    let page = client.source().await.unwrap();
    assert!(
        !page.contains(&format!("/bookings/{}/cancel", held.id)),
        "{page}"
    );
    assert!(client.find(Locator::Css("button.move")).await.is_err());
    assert!(!page.contains(&format!(r#"value="{}""#, first.id)));

    // Point 2: "not come" for the time that has begun, not for the later one.
    sign_in(&client, &base).await;
    let check_in = format!("{base}/coordinator/events/{}/check-in", interviews.event_id);
    client.goto(&check_in).await.unwrap();
    let no_show = |id: Uuid| format!("button[value='no_show:{id}']");
    assert!(
        client
            .find(Locator::Css(&no_show(waiting.id)))
            .await
            .is_err()
    );
    click(&client, &no_show(held.id)).await;
    wait_for_url(&client, "notice=no_show").await;
    // Someone else takes the freed place; Aisha turns up after all and is offered another.
    let yusuf = person(&app, "participant07@demo.fairplan.test").await;
    book(&app, yusuf.id, first.id).await;
    client.goto(&check_in).await.unwrap();
    click(&client, &format!("button[value='came_late:{}']", held.id)).await;
    wait_for_element(&client, "#late form button").await;
    click(&client, "#late form button").await;
    wait_for_url(&client, "notice=seated_late").await;
    let seated = booking::Entity::find_by_id(held.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(seated.status.as_str(), "confirmed");
    assert!(seated.arrived_at.is_some());
    assert_ne!(seated.slot_id, Some(first.id));

    // Point 5: find someone on the participants list and book for them, though booking closed.
    client
        .goto(&format!(
            "{base}/coordinator/events/{}/participants",
            interviews.event_id
        ))
        .await
        .unwrap();
    client
        .find(Locator::Id("find"))
        .await
        .unwrap()
        .send_keys("participant15@")
        .await
        .unwrap();
    click(&client, "form.filters button[type=submit]").await;
    wait_for_url(&client, "find=").await;
    click(&client, "#list tbody a").await;
    wait_for_element(&client, "form[action$='/book'] button").await;
    fits_the_screen(&client, "a person's bookings").await;
    click(&client, "form[action$='/book'] button").await;
    wait_for_url(&client, "notice=booked").await;
    let booked = person(&app, "participant15@demo.fairplan.test").await;
    let theirs = booking::Entity::find()
        .filter(booking::Column::ParticipantId.eq(booked.id))
        .filter(booking::Column::Status.eq("confirmed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(theirs.len(), 1);
    client.close().await.unwrap();
}
